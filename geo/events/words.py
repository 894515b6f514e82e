"""Lists of neighbouring words a lexicon row gives (needs=, attribute_before=...), ready to be
tested against the words around a trigger."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from geo.events import clitics

NUMBER = "#"  # in a word list, any number (March 5)


@dataclass(frozen=True)
class WordList:
    """A lexicon's list of neighbouring words, ready to test a window of tokens against. A word
    matches a token with its Arabic proclitics and article before it; an Arabic word of three
    letters or more (an English one of four or more) also matches a token it starts (its endings,
    or inflections: police → policemen); ``#`` matches any number; a phrase matches words in a row."""

    words: tuple[str, ...]
    singles: frozenset[str]
    stems: frozenset[str]  # words that may start a longer token
    phrases: tuple[tuple[str, ...], ...]
    numbers: bool
    longest: int

    def __len__(self) -> int:
        return len(self.words)

    def found_in(self, tokens: list[str]) -> bool:
        for index, token in enumerate(tokens):
            whole, starts = _readings(token)
            if not (whole.isdisjoint(self.singles) and starts.isdisjoint(self.stems)) \
                    or (self.numbers and token.isdigit()):
                return True
            for phrase in self.phrases:
                if index + len(phrase) <= len(tokens) and all(
                        _word_matches(tokens[index + i], word) for i, word in enumerate(phrase)):
                    return True
        return False


def word_list(words: Iterable[str]) -> WordList:
    words = tuple(words)
    singles = frozenset(w for w in words if " " not in w and w != NUMBER)
    stems = frozenset(w for w in singles if len(w) >= _shortest_stem(w))
    phrases = tuple(tuple(w.split()) for w in words if " " in w)
    return WordList(words, singles, stems, phrases, NUMBER in words, max((len(p) for p in phrases), default=1))


def _shortest_stem(word: str) -> int:
    return 4 if word.isascii() else 3


@lru_cache(maxsize=1 << 16)
def _readings(token: str) -> tuple[frozenset[str], frozenset[str]]:
    """A token's whole readings (without proclitics) and every start of them a stem may be."""
    whole = frozenset((token,) if token.isascii() else clitics.bases(token))
    shortest = _shortest_stem(token)
    return whole, frozenset(base[:length] for base in whole for length in range(shortest, len(base) + 1))


def _word_matches(token: str, word: str) -> bool:
    if word == NUMBER:
        return token.isdigit()
    whole, starts = _readings(token)
    return word in whole or (len(word) >= _shortest_stem(word) and word in starts)


EMPTY = word_list(())
