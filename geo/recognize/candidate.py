"""The records recognition passes around: a candidate name, what recognition made of a
document, and a map of the offsets names already take."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from geo.recognize.facts import DocumentFacts

Entries = tuple[tuple[int, int], ...]  # (place index, name flags) per place a name may mean


@dataclass(slots=True)
class Candidate:
    """A span that may name a place, with the gazetteer entries its name leads to.

    Read-only by contract: a rule that narrows a candidate's places or moves its span returns
    a new one (:meth:`replace`), and a test checks that no rule changes one it is given. (Not
    a frozen dataclass: thousands are made per megabyte, and frozen ones are slow to make.)
    """

    start: int  # folded offsets
    end: int
    key: str  # the folded name, as the gazetteer keeps it
    entries: Entries
    cue: str = ""  # the place cue word before it, folded, if any
    via: str = "gazetteer"  # how it was found: gazetteer, transliteration, cue ...
    rule: str = "scan.gazetteer"  # the rule that added it, vouched for it or rejected it

    def replace(self, **changes) -> Candidate:
        """A new candidate, as this one but for ``changes``."""
        fields = {"start": self.start, "end": self.end, "key": self.key, "entries": self.entries, "cue": self.cue,
                  "via": self.via, "rule": self.rule}
        fields.update(changes)
        return Candidate(**fields)


class Added(NamedTuple):
    """What a generating rule proposes: new candidates, and the candidates they replace, each
    with the reason it is no place here."""

    candidates: list[Candidate]
    superseded: tuple[tuple[Candidate, str], ...] = ()


@dataclass
class Recognition:
    """The names of one document judged places (in text order), those judged not to be, each
    with the reason (its ``rule`` says which rule decided), and the countries its demonyms
    name. ``facts`` holds what the rules learned of the document (None for a recognition
    made by hand): resolution reads its context from them."""

    candidates: list[Candidate]
    rejected: list[tuple[Candidate, str]]
    demonym_countries: list[str]
    facts: DocumentFacts | None = None


class Occupied:
    """Offsets of a document already taken by a name: overlap tests in time proportional
    to the span, not to the number of names found so far."""

    def __init__(self, size: int, spans=()):
        self._taken = bytearray(size)
        for start, end in spans:
            self.take(start, end)

    @classmethod
    def by(cls, size: int, candidates) -> Occupied:
        """The offsets ``candidates`` take, in a document of ``size`` folded characters."""
        return cls(size, ((c.start, c.end) for c in candidates))

    def overlaps(self, start: int, end: int) -> bool:
        return 1 in self._taken[start:end]  # a slice: find with bounds parses its arguments slowly

    def take(self, start: int, end: int) -> None:
        self._taken[start:end] = b"\x01" * (end - start)
