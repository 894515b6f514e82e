"""What the context rules see: a candidate trigger and the sentence around it, on folded text."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from geo.events import clitics
from geo.events.lexicon import Term
from geo.events.model import ASSERTED
from geo.model import Sentence

_WORD_RE = re.compile(r"\w+")
# Marks that end the reach of a negation or future cue (and of neighbours' words).
_CLAUSE_MARKS = frozenset(",;:()[]«»\"،؛!?")
NUMBER = "#"  # in a lexicon's word list, any number (March 5)


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


@dataclass
class SentenceView:
    """One sentence of a document: its tokens, the cues in it and its triggers so far."""

    sentence: Sentence
    folded: str  # the whole document, folded
    start: int  # folded offsets of the sentence
    end: int
    cues: list[Cue] = field(default_factory=list)
    triggers: list[Candidate] = field(default_factory=list)
    _starts: list[int] = field(default_factory=list)
    _tokens: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        for match in _WORD_RE.finditer(self.folded, self.start, self.end):
            self._starts.append(match.start())
            self._tokens.append(match.group())

    # --- words around a span -------------------------------------------------------------

    def words_before(self, position: int, count: int, *, across_clauses: bool = False) -> list[str]:
        """Up to ``count`` words ending before ``position``, nearest last, stopping at a clause
        mark unless ``across_clauses``."""
        last = bisect_left(self._starts, position)
        first = max(0, last - count)
        words = []
        for index in range(last - 1, first - 1, -1):
            if not across_clauses and self._clause_mark_between(self._starts[index] + len(self._tokens[index]), position):
                break
            words.append(self._tokens[index])
            position = self._starts[index]
        return words[::-1]

    def words_after(self, position: int, count: int, *, across_clauses: bool = False) -> list[str]:
        """Up to ``count`` words starting at or after ``position``, stopping at a clause mark
        unless ``across_clauses``."""
        first = bisect_left(self._starts, position)
        words = []
        for index in range(first, min(len(self._tokens), first + count)):
            if not across_clauses and self._clause_mark_between(position, self._starts[index]):
                break
            words.append(self._tokens[index])
            position = self._starts[index] + len(self._tokens[index])
        return words

    def words_between(self, start: int, end: int) -> int:
        """How many words start in ``[start, end)``."""
        return bisect_left(self._starts, end) - bisect_left(self._starts, start)

    def _clause_mark_between(self, start: int, end: int) -> bool:
        return any(char in _CLAUSE_MARKS for char in self.folded[start:end])

    # --- cues --------------------------------------------------------------------------------

    def cue_before(self, role: str, position: int, window: int, *, across_clauses: bool = False) -> Cue | None:
        """The nearest ``role`` cue ending before ``position`` within ``window`` words, in the
        same clause (no clause mark or boundary word between) unless ``across_clauses``."""
        for cue in reversed(self.cues):
            if cue.role != role or cue.end > position:
                continue
            if self.words_between(cue.end, position) > window:
                return None
            if across_clauses or not self._boundary_between(cue.end, position):
                return cue
            return None
        return None

    def cue_after(self, role: str, position: int, window: int) -> Cue | None:
        """The nearest ``role`` cue starting at or after ``position`` within ``window`` words, same clause."""
        for cue in self.cues:
            if cue.role != role or cue.start < position:
                continue
            if self.words_between(position, cue.start) >= window or self._boundary_between(position, cue.start):
                return None
            return cue
        return None

    def has_cue(self, role: str) -> bool:
        return any(cue.role == role for cue in self.cues)

    def _boundary_between(self, start: int, end: int) -> bool:
        return self._clause_mark_between(start, end) or any(
            cue.role == "boundary" and start <= cue.start and cue.end <= end for cue in self.cues
        )

    # --- lexicon words in context ----------------------------------------------------------

    def near(self, words: tuple[str, ...], candidate: Candidate, *, before: int, after: int,
             across_clauses: bool = False) -> bool:
        """Whether one of ``words`` (folded; several words in a row allowed) stands within
        ``before`` words before the candidate or ``after`` words after it."""
        longest = max((len(word.split()) for word in words), default=1) - 1  # room for a whole phrase
        preceding = self.words_before(candidate.word_start, before + longest, across_clauses=across_clauses) if before else []
        following = self.words_after(candidate.end, after + longest, across_clauses=across_clauses) if after else []
        return any(_contains(preceding, word) or _contains(following, word) for word in words)


def _contains(tokens: list[str], phrase: str) -> bool:
    """Whether ``phrase`` (one or more folded words) occurs in ``tokens``, each word allowed
    its Arabic proclitics and article before it, an Arabic word its endings after it, and an
    English word of four letters or more its inflections (police → policemen)."""
    words = phrase.split()
    for offset in range(len(tokens) - len(words) + 1):
        if all(_word_matches(tokens[offset + i], word) for i, word in enumerate(words)):
            return True
    return False


def _word_matches(token: str, word: str) -> bool:
    if token == word or (word == NUMBER and token.isdigit()):
        return True
    if token.isascii():
        return len(word) >= 4 and token.startswith(word)
    return any(base == word or (len(word) >= 3 and base.startswith(word)) for base in clitics.bases(token))
