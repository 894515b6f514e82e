"""One Aho-Corasick pass over folded text finds every lexicon term; this module turns the raw
hits into words: where the word around a hit starts and ends, and what lies before and after
the term inside it (the prefix and suffix the word-stage rules judge)."""

from __future__ import annotations

import re
from dataclasses import dataclass

import ahocorasick

from geo.events import clitics
from geo.events.lexicon import Term
from geo.text import FoldedText

_VOWELS = frozenset("aeiou")


@dataclass(frozen=True, slots=True)
class Hit:
    """A term found in folded text, with the rest of its word around it."""

    term: Term
    index: int  # the term's position in the lexicon (its row order)
    start: int  # folded offsets of the term itself
    end: int
    word_start: int  # folded offsets of the whole word(s), clitics and endings included
    word_end: int
    inflected: bool  # an English form made from the lemma (arrested for arrest)
    prefix: str  # the part of the word before the term, and after it
    suffix: str
    marbuta: bool = False  # the suffix's folded ه was a ة as written (مظاهرة, not مظاهره "its forms")


def build_automaton(terms: tuple[Term, ...], *, cues: bool) -> ahocorasick.Automaton:
    """The trigger terms (or the cue terms) under every key they are matched by: Arabic terms as
    listed (their clitics and endings are judged around the hit), English ones in each inflected form."""
    keys: dict[str, list[tuple[int, bool]]] = {}
    for index, term in enumerate(terms):
        if term.cue != cues:
            continue
        surfaces = {term.term: False} if term.arabic else english_forms(term.term, term.forms)
        for surface, inflected in surfaces.items():
            keys.setdefault(surface, []).append((index, inflected))
    automaton = ahocorasick.Automaton()
    for key, entries in keys.items():
        automaton.add_word(key, (len(key), tuple(entries)))
    automaton.make_automaton()
    return automaton


def find_hits(automaton: ahocorasick.Automaton, terms: tuple[Term, ...], text: FoldedText,
              begin: int = 0, stop: int | None = None) -> list[Hit]:
    """Hits of whole words, or of words with clitics and endings some form allows, in
    ``folded[begin:stop]``, in text order. Most raw hits sit inside longer words: the cheap
    tests on what surrounds them come first."""
    hits = []
    folded = text.folded
    size = len(folded)
    for last, (length, entries) in automaton.iter(folded, begin, size if stop is None else stop):
        start, end = last - length + 1, last + 1
        word_start = _word_start(folded, start)
        prefix = folded[word_start:start]
        if prefix not in _ANY_PREFIX:
            continue
        word_end = _word_end(folded, end, size)
        suffix = folded[end:word_end]
        if suffix not in _ANY_SUFFIX:
            continue
        marbuta = suffix[:1] == "ه" and text.original[text.to_original(end)] == "ة"
        for index, inflected in entries:
            term = terms[index]
            if term.arabic or not (prefix or suffix):  # English terms are whole words in every form
                hits.append(Hit(term, index, start, end, word_start, word_end, inflected, prefix, suffix, marbuta))
    hits.sort(key=lambda hit: (hit.start, -hit.end, hit.index))
    return hits


# The most letters clitics (وبال، وسيت) and endings (اتهما، يتموها) add to a term: a hit with
# more letters around it in its word is inside another word. The scans stop a letter past these
# limits, which is enough to tell, and what surrounds a hit must be a prefix and an ending some
# form allows (English terms: none).
_ANY_PREFIX = frozenset(clitics.NOUN_PREFIXES) | frozenset(clitics.VERB_PREFIXES)
_ANY_SUFFIX = clitics.NOUN_SUFFIXES | clitics.FEMININE_SUFFIXES | clitics.VERB_SUFFIXES | {""}


def _word_start(folded: str, index: int) -> int:
    limit = max(0, index - clitics.LONGEST_PREFIX - 1)
    while index > limit and folded[index - 1].isalnum():
        index -= 1
    return index


def _word_end(folded: str, index: int, size: int) -> int:
    limit = min(size, index + clitics.LONGEST_SUFFIX + 1)
    while index < limit and folded[index].isalnum():
        index += 1
    return index


def arabic_fit(forms: frozenset[str], prefix: str, suffix: str, *, marbuta: bool = True) -> int | None:
    """How many letters of ``prefix`` are clitics outside the span, if one of ``forms`` allows
    this prefix and suffix around the term; None when none does. A feminine noun's bare ending
    must have been written ة: folded, مظاهره is also مظاهر + ه, "its forms"."""
    for form in sorted(forms):
        prefixes, endings = _ARABIC_FORMS[form]
        if form == "fem" and suffix == "ه" and not marbuta:
            continue
        if prefix in prefixes and suffix in endings:
            return prefixes[prefix]
    return None


_ARABIC_FORMS: dict[str, tuple[dict[str, int], frozenset[str]]] = {
    "noun": (clitics.NOUN_PREFIXES, clitics.NOUN_SUFFIXES),
    "fem": (clitics.NOUN_PREFIXES, clitics.FEMININE_SUFFIXES),
    "verb": (clitics.VERB_PREFIXES, clitics.VERB_SUFFIXES),
    "word": (clitics.NOUN_PREFIXES, frozenset({""})),
}


def english_forms(term: str, forms: frozenset[str]) -> dict[str, bool]:
    """The lemma (False) and its inflected forms (True): a noun phrase inflects its last word,
    a verb phrase its first (air strikes; took... is listed on its own)."""
    words = term.split()
    surfaces = {term: False}
    if "noun" in forms:
        for form in _noun_forms(words[-1]):
            surfaces.setdefault(" ".join([*words[:-1], form]), True)
    if "verb" in forms:
        for form in _verb_forms(words[0]):
            surfaces.setdefault(" ".join([form, *words[1:]]), True)
    return surfaces


def _noun_forms(word: str) -> list[str]:
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return [word + "es"]
    if len(word) > 2 and word[-1] == "y" and word[-2] not in _VOWELS:
        return [word[:-1] + "ies"]
    return [word + "s"]


def _verb_forms(word: str) -> list[str]:
    if word.endswith("e"):
        return [word + "s", word + "d", word[:-1] + "ing"]
    if len(word) > 2 and word[-1] == "y" and word[-2] not in _VOWELS:
        return [word[:-1] + "ies", word[:-1] + "ied", word + "ing"]
    stem = word + word[-1] if _doubles(word) else word
    return [*_noun_forms(word), stem + "ed", stem + "ing"]


def _doubles(word: str) -> bool:
    """Whether the final consonant doubles (stop → stopped, stab → stabbing): a word of one
    syllable ending in one vowel and a consonant other than w, x or y. Longer words that double
    (kidnapped) are listed on their own."""
    vowel_groups = sum(1 for i, c in enumerate(word) if c in _VOWELS and (i == 0 or word[i - 1] not in _VOWELS))
    return (vowel_groups == 1 and len(word) >= 3 and word[-1] not in _VOWELS and word[-1] not in "wxy"
            and word[-2] in _VOWELS and word[-3] not in _VOWELS)


class CueIndex:
    """Cue words looked up word by word, in the sentences a rule asks about (a sentence with a
    trigger): the first word of each cue by its stem (Arabic, any clitics and endings its form
    allows around it) or its surface (English, every inflected form), the rest of a phrase as written."""

    def __init__(self, terms: tuple[Term, ...]):
        self._arabic: dict[str, list[tuple[Term, tuple[str, ...]]]] = {}
        self._english: dict[str, list[tuple[Term, tuple[str, ...]]]] = {}
        self._readings: dict[str, tuple[tuple[Term, tuple[str, ...]], ...]] = {}
        for term in terms:
            if not term.cue:
                continue
            surfaces = [term.term] if term.arabic else list(english_forms(term.term, term.forms))
            for surface in surfaces:
                first, *rest = surface.split()
                (self._arabic if term.arabic else self._english).setdefault(first, []).append((term, tuple(rest)))

    def find(self, folded: str, start: int, end: int) -> list[tuple[Term, int, int]]:
        """(cue term, start, end) of every cue in ``folded[start:end]``, in text order."""
        found = []
        words = None
        for index, match in enumerate(matches := list(_WORD_RE.finditer(folded, start, end))):
            readings = self._readings.get(match.group())
            if readings is None:
                readings = self._remember(match.group())
            for term, rest in readings:
                if rest:
                    words = words or [m.group() for m in matches]
                    if tuple(words[index + 1:index + 1 + len(rest)]) != rest:
                        continue
                found.append((term, match.start(), matches[index + len(rest)].end()))
        return found

    def _remember(self, word: str) -> tuple[tuple[Term, tuple[str, ...]], ...]:
        """The cue readings of a word, kept: the same few thousand words recur in every document
        (forgotten all at once past a bound, so a long ingest does not grow without end)."""
        if len(self._readings) > _MAX_REMEMBERED:
            self._readings.clear()
        readings = self._readings[word] = self._read(word)
        return readings

    def _read(self, word: str) -> tuple[tuple[Term, tuple[str, ...]], ...]:
        if word.isascii():
            return tuple(self._english.get(word, ()))
        readings = []
        for cut in range(min(len(word), clitics.LONGEST_PREFIX) + 1):
            prefix = word[:cut]
            if prefix not in _ANY_PREFIX:
                continue
            for ending in range(min(len(word) - cut, clitics.LONGEST_SUFFIX) + 1):
                suffix = word[len(word) - ending:] if ending else ""
                for term, rest in self._arabic.get(word[cut:len(word) - ending], ()):
                    if arabic_fit(term.forms, prefix, suffix) is not None:
                        readings.append((term, rest))
        return tuple(readings)


_MAX_REMEMBERED = 200_000
_WORD_RE = re.compile(r"\w+")
