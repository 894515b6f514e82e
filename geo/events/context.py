"""What the context rules see: a candidate trigger and the sentence around it, on folded text."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from geo.events.lexicon import Term
from geo.events.words import WordList
from geo.events.model import ASSERTED
from geo.model import Sentence

_WORD_RE = re.compile(r"\w+")
# Marks that end the reach of a negation or future cue (and of neighbours' words).
_CLAUSE_MARK_RE = re.compile(r"[,;:()\[\]«»\"،؛!?]")


@dataclass(frozen=True, slots=True)
class Candidate:
    """A trigger on its way to becoming an event: folded offsets, its type and polarity so far."""

    term: Term
    start: int  # the span, clitics outside
    end: int
    word_start: int  # the whole first word, clitics included
    prefix: str
    type: str
    rule: str
    polarity: str = ASSERTED
    polarity_rule: str = ""


@dataclass(frozen=True, slots=True)
class Cue:
    role: str
    start: int
    end: int
    term: Term


class SentenceView:
    """One sentence of a document: its triggers so far, and its words and cues, each found the
    first time a rule asks (most candidates are settled by their lexicon row alone)."""

    def __init__(self, sentence: Sentence, index: int, folded: str, start: int, end: int, *,
                 triggers: list[Candidate], find_cues: Callable[[int, int], list[Cue]]):
        self.sentence = sentence
        self.index = index  # the sentence's place in its document
        self.folded = folded  # the whole document, folded
        self.start, self.end = start, end  # folded offsets of the sentence
        self.triggers = triggers
        self._find_cues = find_cues

    @cached_property
    def cues(self) -> list[Cue]:
        return self._find_cues(self.start, self.end)

    @cached_property
    def _cues_by_role(self) -> dict[str, list[Cue]]:
        by_role: dict[str, list[Cue]] = {}
        for cue in self.cues:
            by_role.setdefault(cue.role, []).append(cue)
        return by_role

    @cached_property
    def _marks(self) -> list[int]:
        """Offsets of the clause marks in the sentence."""
        return [match.start() for match in _CLAUSE_MARK_RE.finditer(self.folded, self.start, self.end)]

    # --- words around a span: read off the text near it, the sentence is never split whole ---

    def words_before(self, position: int, count: int, *, across_clauses: bool = False) -> list[str]:
        """Up to ``count`` words ending before ``position``, nearest last, stopping at a clause
        mark unless ``across_clauses``."""
        floor = self.start if across_clauses else self._mark_before(position)
        begin = position
        for _ in range(count + 1):  # a space before each word, and one to spare
            begin = self.folded.rfind(" ", floor, begin)
            if begin < 0:
                begin = floor
                break
        return _WORD_RE.findall(self.folded, begin, position)[-count:] if count else []

    def words_after(self, position: int, count: int, *, across_clauses: bool = False) -> list[str]:
        """Up to ``count`` words starting at or after ``position``, stopping at a clause mark
        unless ``across_clauses``."""
        ceiling = self.end if across_clauses else self._mark_after(position)
        stop = position
        for _ in range(count + 1):
            stop = self.folded.find(" ", stop + 1, ceiling)
            if stop < 0:
                stop = ceiling
                break
        return _WORD_RE.findall(self.folded, position, stop)[:count]

    def words_between(self, start: int, end: int) -> int:
        """How many words lie in ``[start, end)``."""
        return len(_WORD_RE.findall(self.folded, start, end)) if start < end else 0

    def _mark_before(self, position: int) -> int:
        index = bisect_left(self._marks, position)
        return self._marks[index - 1] + 1 if index else self.start

    def _mark_after(self, position: int) -> int:
        index = bisect_left(self._marks, position)
        return self._marks[index] if index < len(self._marks) else self.end

    def _clause_mark_between(self, start: int, end: int) -> bool:
        index = bisect_left(self._marks, start)
        return index < len(self._marks) and self._marks[index] < end

    # --- cues --------------------------------------------------------------------------------

    def cue_before(self, role: str, position: int, window: int, *, across_clauses: bool = False) -> Cue | None:
        """The nearest ``role`` cue ending before ``position`` within ``window`` words, in the
        same clause (no clause mark or boundary word between) unless ``across_clauses``."""
        for cue in reversed(self._cues_by_role.get(role, ())):
            if cue.end > position:
                continue
            if self.words_between(cue.end, position) > window:
                return None
            if across_clauses or not self._boundary_between(cue.end, position):
                return cue
            return None
        return None

    def cue_after(self, role: str, position: int, window: int) -> Cue | None:
        """The nearest ``role`` cue starting at or after ``position`` within ``window`` words, same clause."""
        for cue in self._cues_by_role.get(role, ()):
            if cue.start < position:
                continue
            if self.words_between(position, cue.start) >= window or self._boundary_between(position, cue.start):
                return None
            return cue
        return None

    def has_cue(self, role: str) -> bool:
        return role in self._cues_by_role

    def _boundary_between(self, start: int, end: int) -> bool:
        return self._clause_mark_between(start, end) or any(
            start <= cue.start and cue.end <= end for cue in self._cues_by_role.get("boundary", ())
        )

    # --- lexicon words in context ----------------------------------------------------------

    def near(self, words: WordList, candidate: Candidate, *, before: int, after: int,
             across_clauses: bool = False) -> bool:
        """Whether one of ``words`` stands within ``before`` words before the candidate or
        ``after`` words after it (a phrase of them may run past the window by its length)."""
        if not words:
            return False
        if before and words.found_in(self.words_before(candidate.word_start, before + words.longest - 1,
                                                       across_clauses=across_clauses)):
            return True
        return bool(after) and words.found_in(self.words_after(candidate.end, after + words.longest - 1,
                                                               across_clauses=across_clauses))
