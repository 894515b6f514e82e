"""The recognizer: runs the rules, stage by stage, over one document."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from operator import attrgetter

from geo.gazetteer import Gazetteer
from geo.recognize.candidate import Candidate, Occupied, Recognition
from geo.recognize.default import DEFAULT_RULES, STAGES
from geo.recognize.facts import DocumentFacts
from geo.recognize.lexicon import Lexicon
from geo.rules import ARABIC, LATIN, Rule, RuleError, check_unique
from geo.text import FoldedText

_START = attrgetter("start")
# Stages whose rules read one name each, and skip the names of scripts they do not apply to.
_PER_NAME = ("evidence", "filter", "support")


class Recognizer:
    """Finds the spans of a text that name places, with ``rules`` (:data:`DEFAULT_RULES`, or
    some of them in that order: ``geo.rules.enabled(DEFAULT_RULES, disable=...)``).

    ``prior`` scores a place of a name before any context (the resolver's ``prior``):
    recognition asks it which place an unambiguous name pins down, as resolution does.
    A name is read as Latin when its first letter is ASCII, otherwise as Arabic (Cyrillic
    names and accented Latin ones too), and per-name rules skip the names of scripts they
    do not apply to.
    """

    def __init__(self, gazetteer: Gazetteer, *, prior: Callable[[int, int], float],
                 rules: Sequence[Rule] = DEFAULT_RULES):
        self.rules = check_unique(rules)
        unknown = [r.name for r in self.rules if r.stage not in STAGES]
        stages = [STAGES.index(r.stage) for r in self.rules if r.stage in STAGES]
        if unknown or stages != sorted(stages):
            raise RuleError(f"recognition rules must run stage by stage ({', '.join(STAGES)}); "
                            f"got {[r.name + ':' + r.stage for r in self.rules]}")
        facts = [(r.name, fact) for r in self.rules for fact in (r.when, r.at) if fact is not None]
        unknown_facts = [f"{name}: {fact}" for name, fact in facts if not hasattr(DocumentFacts, fact)]
        if unknown_facts:
            raise RuleError(f"rules name document facts DocumentFacts does not have: {unknown_facts}")
        self.lexicon = Lexicon(gazetteer)
        self.prior = prior
        self._stage = {stage: tuple(r for r in self.rules if r.stage == stage) for stage in STAGES}
        # Per-name stages call plain functions (no Rule.__call__ in between), chosen per script
        # once, and per document among those that name a fact they need (Rule.when, Rule.at).
        self._by_script = {
            stage: {script: tuple((r.function, r.when, r.at) for r in self._stage[stage] if r.applies_to(script))
                    for script in (ARABIC, LATIN)}
            for stage in _PER_NAME
        }
        self._name_of = {r.function: r.name for r in self.rules}

    def recognize(self, text: FoldedText, *, home_country: str = "") -> Recognition:
        """The place names in ``text``; ``home_country``: the code of the outlet's country, if known."""
        facts = DocumentFacts(text, self.lexicon, self.prior, home_country=home_country)
        names: list[Candidate] = []
        for each in self._stage["scan"]:
            names = each.function(facts, names)
        rejected: list[tuple[Candidate, str]] = []
        facts.names_at["evidence"] = names
        names = self._judge(facts, "evidence", names, rejected)
        facts.names_at["filter"] = names
        names = self._judge(facts, "filter", names, rejected)
        # The offsets names take, kept through the cue and generate stages: a name found there
        # may not overlap one found before it.
        taken = Occupied.by(len(facts.folded), names)
        names = names + self._name_after_cues(facts, taken)
        for each in self._stage["generate"]:
            added = each.function(facts, names, taken)
            if added.superseded:
                gone = {id(candidate) for candidate, _ in added.superseded}
                names = [c for c in names if id(c) not in gone]
                rejected += [(candidate.replace(rule=each.name), reason) for candidate, reason in added.superseded]
                taken = Occupied.by(len(facts.folded), names)
            for candidate in added.candidates:
                taken.take(candidate.start, candidate.end)
            names = names + added.candidates
        names.sort(key=_START)
        facts.names_at["support"] = names
        names = self._judge(facts, "support", names, rejected)
        rejected.sort(key=lambda pair: pair[0].start)
        return Recognition(names, rejected, facts.demonyms, facts=facts)

    def _judge(self, facts: DocumentFacts, stage: str, names: list[Candidate],
               rejected: list[tuple[Candidate, str]]) -> list[Candidate]:
        """The names no rule of ``stage`` rejects, as the rules left them; the others go to
        ``rejected`` with the first reason found."""
        rules = self._by_script[stage]
        # Each script's rules are chosen when its first name comes: an English text asks none
        # of the facts only Arabic rules read.
        latin = arabic = None
        folded = facts.folded
        kept = []
        for candidate in names:
            if folded[candidate.start].isascii():
                checks = latin = _applying(facts, rules[LATIN]) if latin is None else latin
            else:
                checks = arabic = _applying(facts, rules[ARABIC]) if arabic is None else arabic
            for check, starts in checks:
                if starts is not None and candidate.start not in starts:
                    continue
                verdict = check(facts, candidate)
                if verdict is None:
                    continue
                if verdict.__class__ is str:
                    rejected.append((candidate.replace(rule=self._name_of[check]), verdict))
                    break
                candidate = verdict
            else:
                kept.append(candidate)
        return kept

    def _name_after_cues(self, facts: DocumentFacts, taken: Occupied) -> list[Candidate]:
        """For each place cue word, and each second name of a dual (محافظتي حماة وحلب), the
        name the first cue rule finds after it; each takes its span in ``taken``, so a later
        cue's name cannot overlap it."""
        rules = self._stage["cue"]
        if not rules or not facts.cues:
            return []
        found = []
        for cue in facts.naming_cues:
            for each in rules:
                candidate = each.function(facts, cue, taken)
                if candidate is not None:
                    found.append(candidate)
                    taken.take(candidate.start, candidate.end)
                    break
        return found


def _applying(facts: DocumentFacts, rules: tuple) -> tuple:
    """(function, the offsets where the names it reads start, or None for every name) of the
    rules whose facts the document has."""
    return tuple((check, getattr(facts, at) if at else None) for check, when, at in rules
                 if (when is None or getattr(facts, when)) and (at is None or getattr(facts, at)))
