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


def build_automaton(terms: tuple[Term, ...]) -> ahocorasick.Automaton:
    """Every term under every key it is matched by: Arabic terms as listed (their clitics and
    endings are judged around the hit), English ones in each inflected form."""
    keys: dict[str, list[tuple[int, bool]]] = {}
    for index, term in enumerate(terms):
        surfaces = {term.term: False} if term.arabic else english_forms(term.term, term.forms)
        for surface, inflected in surfaces.items():
            keys.setdefault(surface, []).append((index, inflected))
    automaton = ahocorasick.Automaton()
    for key, entries in keys.items():
        automaton.add_word(key, (len(key), tuple(entries)))
    automaton.make_automaton()
    return automaton


def find_hits(automaton: ahocorasick.Automaton, terms: tuple[Term, ...], text: FoldedText) -> list[Hit]:
    """Hits of whole words or word parts the rules may accept, in text order."""
    hits = []
    folded = text.folded
    size = len(folded)
    for last, (length, entries) in automaton.iter(folded):
        start, end = last - length + 1, last + 1
        word_start = _word_start(folded, start)
        word_end = _word_end(folded, end, size)
        for index, inflected in entries:
            term = terms[index]
            if not term.arabic and (word_start != start or word_end != end):
                continue  # English terms are matched as whole words in every form
            suffix = folded[end:word_end]
            marbuta = suffix[:1] == "ه" and text.original[text.to_original(end)] == "ة"
            hits.append(Hit(term, index, start, end, word_start, word_end, inflected,
                            folded[word_start:start], suffix, marbuta))
    hits.sort(key=lambda hit: (hit.start, -hit.end, hit.index))
    return hits


def _word_start(folded: str, index: int) -> int:
    while index > 0 and folded[index - 1].isalnum():
        index -= 1
    return index


def _word_end(folded: str, index: int, size: int) -> int:
    while index < size and folded[index].isalnum():
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
        if prefix in prefixes and (endings.fullmatch(suffix) if endings else not suffix):
            return prefixes[prefix]
    return None


_ARABIC_FORMS: dict[str, tuple[dict[str, int], re.Pattern | None]] = {
    "noun": (clitics.NOUN_PREFIXES, clitics.NOUN_SUFFIX),
    "fem": (clitics.NOUN_PREFIXES, clitics.FEMININE_SUFFIX),
    "verb": (clitics.VERB_PREFIXES, clitics.VERB_SUFFIX),
    "word": (clitics.NOUN_PREFIXES, None),
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
    forms = [*_noun_forms(word), word + "ed", word + "ing"]
    if _doubles(word):
        forms += [word + word[-1] + "ed", word + word[-1] + "ing"]
    return forms


def _doubles(word: str) -> bool:
    """Whether a final consonant may double (stop → stopped, kidnap → kidnapped): one vowel
    right before a last consonant other than w, x or y."""
    return (len(word) >= 3 and word[-1] not in _VOWELS and word[-1] not in "wxy"
            and word[-2] in _VOWELS and word[-3] not in _VOWELS)
