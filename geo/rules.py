"""Named, ordered, switchable rules: the mechanism place recognition and event detection share.

A rule is a small function declared with :func:`rule`, which gives it a unique dotted name
(``person.after_title``), the stage of its pipeline it runs in, and the scripts it applies to.
Its docstring's first line is its description (``python -m geo rules`` lists them); the rest
carries an Arabic and an English example where both apply. A pipeline keeps its rules in one
visible tuple, in the order they run, and :func:`enabled` switches any of them off by name, so
the value of a rule is one ablation away. The name of the rule that decided travels with
every result, so a wrong answer can be traced to the rule that made it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from geo.errors import GeoError

ARABIC, LATIN = "arabic", "latin"
SCRIPTS = frozenset({ARABIC, LATIN})
_NAME = re.compile(r"[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)+")


class RuleError(GeoError, ValueError):
    """A rule is declared wrongly, or a rule name given to switch one off is unknown."""


@dataclass(frozen=True, slots=True)
class Rule:
    """One named rule: call it as the function it wraps."""

    name: str
    stage: str
    scripts: frozenset[str]
    function: Callable[..., Any]
    # The document fact without which the rule cannot apply (a per-name rule is then not
    # called for that document's names at all): "clubs_named" for a rule that reads club
    # names. None: every document.
    when: str | None = None
    # For a per-name rule, the document fact that is the set of offsets where the names it
    # reads start: it is called for those names only ("company_word_ends" for a rule that
    # reads the word after شركة), and not at all in a document where the set is empty.
    at: str | None = None

    @property
    def description(self) -> str:
        """The first line of the rule's docstring."""
        return (self.function.__doc__ or "").strip().split("\n", 1)[0]

    @property
    def family(self) -> str:
        """The name's first part (``person`` for ``person.after_title``)."""
        return self.name.split(".", 1)[0]

    def applies_to(self, script: str) -> bool:
        return script in self.scripts

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        """The function's answer; for a rule with ``at``, None for a name (``args[1]``) that
        does not start where the fact says, as the recognizer would not call it there."""
        if self.at is not None and args[1].start not in getattr(args[0], self.at):
            return None
        return self.function(*args, **kwargs)


def rule(name: str, *, stage: str, scripts: Iterable[str] = SCRIPTS,
         when: str | None = None, at: str | None = None) -> Callable[[Callable[..., Any]], Rule]:
    """Declare a rule: ``@rule("person.after_title", stage="filter", scripts={ARABIC, LATIN})``.

    The name is dotted lower case (``family.what_it_does``); the function must have a docstring.
    ``when`` names the document fact (an attribute of what the rule reads) that must be true
    for the rule to apply at all, so a rule that can seldom apply costs nothing elsewhere;
    ``at``, for a rule that reads one name at a time, the fact that is the set of offsets
    where the names it reads start, so that it is not even called for the others.
    """
    scripts = frozenset(scripts)
    if not _NAME.fullmatch(name):
        raise RuleError(f"rule name {name!r} is not dotted lower case, as 'person.after_title' is")
    if not stage:
        raise RuleError(f"rule {name!r} has no stage")
    if not scripts or not scripts <= SCRIPTS:
        raise RuleError(f"rule {name!r} applies to scripts {sorted(scripts)}; expected some of {sorted(SCRIPTS)}")

    def declare(function: Callable[..., Any]) -> Rule:
        if not (function.__doc__ or "").strip():
            raise RuleError(f"rule {name!r} ({function.__qualname__}) has no docstring")
        return Rule(name, stage, scripts, function, when, at)

    return declare


def check_unique(rules: Sequence[Rule]) -> tuple[Rule, ...]:
    """The rules, after checking that no two share a name."""
    seen: set[str] = set()
    for each in rules:
        if each.name in seen:
            raise RuleError(f"two rules are named {each.name!r}")
        seen.add(each.name)
    return tuple(rules)


def enabled(rules: Sequence[Rule], *, disable: Iterable[str] = ()) -> tuple[Rule, ...]:
    """``rules`` without those named in ``disable``: a full name, or a family (``person``)."""
    switched_off = set(disable)
    known = {each.name for each in rules} | {each.family for each in rules}
    unknown = sorted(switched_off - known)
    if unknown:
        raise RuleError(
            f"no rule named {', '.join(map(repr, unknown))}; `python -m geo rules` lists them"
        )
    return tuple(each for each in rules if each.name not in switched_off and each.family not in switched_off)


def describe(rules: Sequence[Rule]) -> list[str]:
    """One line per rule, in order: name, stage, scripts and description."""
    width = max((len(each.name) for each in rules), default=0)
    return [
        f"{each.name:<{width}}  {each.stage:<9} {'+'.join(sorted(each.scripts)):<13} {each.description}"
        for each in rules
    ]
