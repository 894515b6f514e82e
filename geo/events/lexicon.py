"""Trigger and cue lexicons: the data files in geo/events/data, read and checked once.

A trigger row names an event: ``term, type, form, constraint, note``. A cue row names a word
the rules look for around triggers (negation, future, sport...): ``term, role, form, note``.
Terms are folded as place names are (geo.text.fold). ``form`` says how a term inflects:

- Arabic: ``noun`` (proclitics, the article, plural/dual/nisba endings and pronouns),
  ``fem`` (a feminine noun listed without its ة: مظاهر → مظاهرة، مظاهرات، مظاهرتهم),
  ``verb`` (proclitics, the future س, person prefixes, verb endings and pronouns; list the stem
  without a leading ا: عتقل → اعتقل، يعتقل، واعتقلتهم), ``word`` (proclitics only); several
  joined by ``+`` (``noun+verb``). A phrase takes prefixes on its first word, endings on its last.
- English: ``noun`` (-s, -es: on a phrase's last word), ``verb`` (-s, -ed, -ing, with e-drop and
  doubling: on a phrase's first word), ``word`` (as written); ``noun+verb`` for both.

Constraints, ``;``-separated: ``needs=w1|w2`` (one of these words within ``window`` words,
4 unless given; ``needs_after=`` only after the trigger: نشر قوات), ``attribute_before=``/``attribute_after=`` and ``figurative_before=``/
``figurative_after=`` (neighbouring words that make the trigger no event), ``future_before=``
(words before it that make this trigger not yet real: حكم بالإعدام), and the flags
``sport`` (figurative in a sports sentence), ``casualty`` (takes the type of its cause;
``casualty=needs_cause`` when it is no event without one), ``attack`` (typed by its means and
target), ``crowd`` (a riot when protesters or rioters are in the sentence), ``hostage`` (a detention
or release that is violence against civilians when hostages are in the sentence), ``participant``
(names the people taking part, presupposed under negation and denial). A trigger row of type
``none`` lists a word that is no event although a trigger hides inside it (وزارة holds زار).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from geo.errors import GeoError
from geo.events.model import EVENT_TYPES
from geo.events.words import EMPTY, WordList, word_list
from geo.text import ARABIC_RE, fold

DATA_DIR = Path(__file__).resolve().parent / "data"  # not geo/data: the gazetteer fingerprints every file there
TRIGGER_FILES = ("ar.tsv", "en.tsv")
CUE_FILE = "cues.tsv"
CUE_ROLES = (
    "negation", "negation_after", "denial", "future", "future_after", "ongoing", "boundary", "neutral", "sport",
    "violent", "explosive", "civilian_target", "fighters", "hostage",
)  # fmt: skip
ARABIC_FORMS = frozenset({"noun", "fem", "verb", "word"})
ENGLISH_FORMS = frozenset({"noun", "verb", "word"})
LIST_KEYS = frozenset({
    "needs", "needs_after", "attribute_before", "attribute_after", "figurative_before", "figurative_after",
    "future_before",
})
FLAGS = frozenset({"sport", "casualty", "attack", "crowd", "hostage", "participant"})
NONE = "none"  # the type of a listed word that is no event (وزارة، أبو قتادة): it hides the triggers inside it
DEFAULT_WINDOW = 4


class LexiconError(GeoError, ValueError):
    """A lexicon row is malformed: names the file, the line and the bad value."""


@dataclass(frozen=True, slots=True)
class Constraint:
    needs: WordList = EMPTY
    needs_after: WordList = EMPTY
    window: int = DEFAULT_WINDOW
    attribute_before: WordList = EMPTY
    attribute_after: WordList = EMPTY
    figurative_before: WordList = EMPTY
    figurative_after: WordList = EMPTY
    future_before: WordList = EMPTY
    flags: frozenset[str] = frozenset()
    needs_cause: bool = False


@dataclass(frozen=True, slots=True)
class Term:
    """One lexicon row: a trigger (``label`` an event type) or a cue (``label`` a role)."""

    term: str  # folded
    label: str
    forms: frozenset[str]
    arabic: bool
    cue: bool
    constraint: Constraint = field(default_factory=Constraint)
    source: str = ""  # file:line, so a wrong answer leads back to its row

    def has(self, flag: str) -> bool:
        return flag in self.constraint.flags


def load_terms(data_dir: Path | str = DATA_DIR) -> tuple[Term, ...]:
    """Every trigger row of the language files, then every cue row."""
    data_dir = Path(data_dir)
    terms = [term for name in TRIGGER_FILES for term in _read(data_dir / name, cue=False)]
    terms += _read(data_dir / CUE_FILE, cue=True)
    _check_unique(terms)
    return tuple(terms)


def _read(path: Path, *, cue: bool) -> list[Term]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise LexiconError(f"{path}: cannot read the lexicon: {error.strerror or error}") from error
    rows = [(number, line.split("\t")) for number, line in enumerate(lines, start=1)
            if line.strip() and not line.startswith("#")]
    header = ["term", "role", "form", "note"] if cue else ["term", "type", "form", "constraint", "note"]
    if not rows or [cell.strip() for cell in rows[0][1]] != header:
        raise LexiconError(f"{path}: the first row must be the header {' '.join(header)!r} (tab-separated)")
    return [_term(f"{path.name}:{number}", cells, cue=cue) for number, cells in rows[1:]]


def _term(source: str, cells: list[str], *, cue: bool) -> Term:
    width = 4 if cue else 5
    if not 3 <= len(cells) <= width:
        raise LexiconError(f"{source}: expected {width} tab-separated cells, found {len(cells)}: {cells!r}")
    cells = [cell.strip() for cell in cells] + [""] * (width - len(cells))
    term, label, forms = " ".join(fold(cells[0]).split()), cells[1], frozenset(cells[2].split("+"))
    if not term:
        raise LexiconError(f"{source}: empty term")
    labels = CUE_ROLES if cue else (*EVENT_TYPES, NONE)
    if label not in labels:
        raise LexiconError(f"{source}: {'role' if cue else 'type'} {label!r} is not one of {', '.join(labels)}")
    arabic = ARABIC_RE.search(term) is not None
    allowed = ARABIC_FORMS if arabic else ENGLISH_FORMS
    if not forms or not forms <= allowed:
        raise LexiconError(f"{source}: form {cells[2]!r} of {cells[0]!r}; expected some of {'+'.join(sorted(allowed))}")
    constraint = Constraint() if cue else _constraint(source, cells[3])
    return Term(term, label, forms, arabic, cue, constraint, source)


def _constraint(source: str, text: str) -> Constraint:
    values: dict = {"flags": set()}
    for item in filter(None, (part.strip() for part in text.split(";"))):
        key, _, value = (part.strip() for part in item.partition("="))
        if key in LIST_KEYS and value:
            values[key] = word_list(" ".join(fold(word).split()) for word in value.split("|") if word.strip())
        elif key == "window" and value.isdigit():
            values["window"] = int(value)
        elif key == "casualty" and value in ("", "needs_cause"):
            values["flags"].add(key)
            values["needs_cause"] = value == "needs_cause"
        elif key in FLAGS and not value:
            values["flags"].add(key)
        else:
            raise LexiconError(
                f"{source}: constraint {item!r} is not one of {', '.join(sorted(LIST_KEYS))}=a|b, window=N, "
                f"casualty[=needs_cause] or a flag ({', '.join(sorted(FLAGS - {'casualty'}))})"
            )
    values["flags"] = frozenset(values["flags"])
    return Constraint(**values)


def _check_unique(terms: Iterable[Term]) -> None:
    seen: dict[tuple, str] = {}
    for term in terms:
        key = (term.term, term.label, term.cue, term.forms, term.constraint)
        if key in seen:
            raise LexiconError(f"{term.source}: repeats {seen[key]} ({term.term!r} {term.label})")
        seen[key] = term.source
