"""Text handling shared by names and documents: normalisation with offsets, words, sentences.

Arabic is matched on a *folded* copy of the text: alef/hamza forms, ta marbuta, alef maqsura
and Persian/Urdu letters are unified, diacritics, tatweel and invisible marks are removed,
cased scripts are lower-cased, and hyphens/underscores become spaces. Folding only deletes or
replaces characters one for one, so every folded offset maps back to an original offset.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from geo.arabic import ARABIC_CHARACTER as ARABIC_RE
from geo.arabic import is_arabic
from geo.model import Sentence

# is_arabic and ARABIC_RE are geo.arabic's, kept here for the modules that read them from here.
__all__ = ["ARABIC_RE", "WORD_RE", "FoldedText", "fold", "fold_name", "fold_with_offsets", "is_arabic", "split_sentences"]

_REPLACE = {
    # alef and hamza carriers
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ؤ": "و", "ئ": "ي",
    # ta marbuta and alef maqsura
    "ة": "ه", "ى": "ي",
    # Persian, Urdu, Kurdish and other variants of Arabic letters
    "ک": "ك", "ڪ": "ك", "گ": "ك", "ی": "ي", "ې": "ي", "ۍ": "ي", "ے": "ي", "ي": "ي",
    "ہ": "ه", "ە": "ه", "ۀ": "ه", "ھ": "ه", "ۃ": "ه",
    "پ": "ب", "چ": "ج", "ژ": "ز", "ڤ": "ف", "ڨ": "ق", "ٹ": "ت", "ڈ": "د", "ڑ": "ر",
    "ں": "ن", "ۆ": "و", "ۇ": "و", "ۋ": "و",
    # separators that join the words of one name
    "-": " ", "_": " ", "‐": " ", "‑": " ", "–": " ", "—": " ", "\u00a0": " ",
    "’": "'", "ʼ": "'", "‘": "'", "`": "'",
}
# Marks that carry no letter: Arabic diacritics, superscript alef, tatweel, and the
# invisible joiners and direction marks pasted from the web.
_DELETED = "".join(chr(c) for c in range(0x064B, 0x0653)) + "\u0670\u0640\u200b\u200c\u200d\u200e\u200f\u00ad\u061c\ufeff"
_MARKS = frozenset(chr(c) for c in range(0x064B, 0x0653)) | {"\u0670", "\u0640"}  # diacritics, tatweel


_REPLACEMENTS = tuple(_REPLACE.items())


WORD_RE = re.compile(r"\w+")


def fold(text: str) -> str:
    """Fold a name or a text for matching (no offsets kept).

    Chained ``str.replace`` calls, each skipped when its letter is absent, run several
    times faster than one ``str.translate`` with a table on Arabic text. ``lower`` keeps
    the length of every character but İ, which is made I first.
    """
    folded = text.replace("İ", "I").lower()
    for letter, replacement in _REPLACEMENTS:
        if letter in folded:
            folded = folded.replace(letter, replacement)
    for mark in _DELETED:
        if mark in folded:
            folded = folded.replace(mark, "")
    return folded


def fold_translation() -> tuple[str, str]:
    """:func:`fold` as a character translation, ``(from, to)``, for engines that translate
    character by character after lower-casing (DuckDB's ``translate``): each character of
    ``from`` becomes the one at the same place in ``to``, and those past its end are deleted."""
    replaced = [(letter, replacement) for letter, replacement in _REPLACEMENTS if len(letter) == len(replacement) == 1]
    deleted = [char for char in _DELETED if char not in dict(replaced)]
    return "".join(a for a, _ in replaced) + "".join(deleted), "".join(b for _, b in replaced)


def fold_name(name: str) -> str:
    """Fold a gazetteer name and squeeze its spaces, the form keys are stored in."""
    return " ".join(fold(name).split())


@dataclass(frozen=True, slots=True)
class FoldedText:
    """A folded copy of ``original`` and the map from folded offsets back to it."""

    original: str
    folded: str
    _shifts: tuple[int, ...]
    _deleted: tuple[int, ...]  # original offsets of the characters folding removed

    def to_original(self, index: int) -> int:
        """Original offset of the folded character at ``index``."""
        return index + bisect_right(self._shifts, index)

    def to_folded(self, index: int) -> int:
        """Folded offset of the original character at ``index`` (or of the next one kept)."""
        return index - bisect_left(self._deleted, index)

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original ``[start, end)`` of a non-empty folded span, with the diacritics that
        sit on its last letter (الأُرْدُنّ keeps its shadda)."""
        original_end = self.to_original(end - 1) + 1
        while original_end < len(self.original) and self.original[original_end] in _MARKS:
            original_end += 1
        return self.to_original(start), original_end


def fold_with_offsets(text: str) -> FoldedText:
    folded = fold(text)
    # Folding replaces characters one for one or deletes them: a folded text as long as its
    # original lost none, and most texts have no diacritic or invisible mark to look for.
    deleted = offsets_of(text, _DELETED) if len(folded) < len(text) else []
    # After the r-th deleted character, folded offsets lag original ones by r + 1; the
    # folded offset where that lag starts is ``deleted[r] - r``.
    shifts = tuple(pos - rank for rank, pos in enumerate(deleted))
    return FoldedText(text, folded, shifts, tuple(deleted))


# --- sentences ---------------------------------------------------------------------

_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "gov", "sen", "rep", "lt", "col",
    "capt", "sgt", "cpl", "maj", "cmdr", "adm", "prof", "rev", "hon", "pres", "inc", "co",
    "corp", "ltd", "vs", "etc", "no", "mt", "ft", "ave", "blvd", "rd", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "ala", "ariz", "ark",
    "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky", "la", "md",
    "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn",
    "tex", "va", "vt", "wash", "wis", "wyo", "approx", "dept", "est", "fig", "e.g", "i.e",
}
TERMINATORS = ".!?؟؛…"  # what ends a sentence (a clause's end too, for the dual cue words)
_TERMINATOR_RE = re.compile(rf"[{TERMINATORS}]+[\"'”’»)\]]*")
_OPENING_QUOTES = {'"': '"', "«": "»", "“": "”"}
OPENING_QUOTES = frozenset(_OPENING_QUOTES)
CLOSING_QUOTES = frozenset(_OPENING_QUOTES.values())


def quotation_starts(text: str) -> frozenset[int]:
    """Where the first word of each quotation may begin: after an opening quote and spaces.
    (str.find, not a regular expression: this runs over every text, and Python's re tries
    each position in turn.)"""
    starts = set()
    for quote in _OPENING_QUOTES:
        at = text.find(quote)
        while at != -1:
            start = at + 1
            while text[start:start + 1] == " ":
                start += 1
            starts.add(start)
            at = text.find(quote, start)
    return frozenset(starts)


def quoted_whole(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is all a quotation holds: «الشرق الأوسط», " الرياض "."""
    before = text[max(0, start - 3):start].rstrip(" ")
    after = text[end:end + 3].lstrip(" ")
    return before[-1:] in _OPENING_QUOTES and after[:1] in CLOSING_QUOTES


class _Quotes:
    """Which quotations are open at any offset, from one pass over the text's quote marks.
    A line break closes them all, so one stray quote cannot swallow the rest of a text."""

    def __init__(self, text: str):
        self.positions = offsets_of(text, '"«»“”\n')
        self.open_after: list[bool] = []
        straight = guillemets = curly = 0
        for position in self.positions:
            mark = text[position]
            if mark == "\n":
                straight = guillemets = curly = 0
            straight += mark == '"'
            guillemets += (mark == "«") - (mark == "»")
            curly += (mark == "“") - (mark == "”")
            self.open_after.append(straight % 2 == 1 or guillemets > 0 or curly > 0)

    def open_at(self, offset: int) -> bool:
        index = bisect_right(self.positions, offset - 1) - 1
        return index >= 0 and self.open_after[index]


def _is_abbreviation(text: str, dot: int) -> bool:
    if dot == 0 or not text[dot - 1].isascii():
        return False
    word_start = dot
    while word_start > 0 and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
        word_start -= 1
    word = text[word_start:dot].lower()
    if not word or not word.isascii():
        return False
    return word in _ABBREVIATIONS or len(word.replace(".", "")) == 1 or "." in word


# After "U.S." or "p.m.", these words start a new sentence; a name ("U.S. Army") does not.
_SENTENCE_STARTERS = frozenset(
    "he she it they we i you the a an this that these those there his her its their our "
    "but and in on at after when while however meanwhile".split()
)
_TIME_FOLLOWERS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday "
    "est edt cst cdt mst mdt pst pdt et ct mt pt gmt utc".split()
)


def _abbreviation_ends_sentence(text: str, dot: int, next_word_start: int) -> bool:
    """Does the abbreviation ending at ``dot`` also end its sentence?"""
    next_word = re.match(r"[A-Za-z]+", text[next_word_start:next_word_start + 20])
    if not next_word:
        return False
    word = next_word.group().lower()
    abbreviation = text[max(0, dot - 3):dot + 1].lower()
    if abbreviation.endswith(("a.m.", "p.m.")):
        return word not in _TIME_FOLLOWERS
    return "." in text[max(0, dot - 4):dot] and word in _SENTENCE_STARTERS


def _ends_sentence(text: str, match: re.Match, quotes: _Quotes) -> bool:
    end = match.end()
    if end < len(text) and not text[end].isspace():
        return False  # "3.5", "U.S.A", "example.com": no space after the mark
    after = end
    while after < len(text) and text[after].isspace():
        after += 1
    next_char = text[after] if after < len(text) else ""
    if next_char.isascii() and (next_char.islower() or next_char.isdigit()):
        return False
    mark = match.group()
    if mark.startswith(".") and not mark.startswith("..") and _is_abbreviation(text, match.start()):
        return _abbreviation_ends_sentence(text, match.start(), after)
    closes_quote = mark.endswith(("\"", "'", "”", "’", "»"))
    return closes_quote or not quotes.open_at(match.start())


def split_sentences(text: str) -> list[Sentence]:
    """Sentences with offsets into ``text``; whitespace between them belongs to none.

    A mark ends a sentence only when whitespace follows it, the next word is not lower
    case Latin, it does not close an abbreviation (U.S., Mr.), and no quotation is still
    open (so ellipses inside quotes do not cut them). Blank lines always end a sentence.
    """
    sentences: list[Sentence] = []
    quotes = _Quotes(text)
    boundaries = [m.end() for m in _terminators(text) if _ends_sentence(text, m, quotes)]
    boundaries.extend(m.start() for m in re.finditer(r"\n\s*\n", text))
    start = 0
    for boundary in sorted(set(boundaries)):
        _append_sentence(sentences, text, start, boundary)
        start = boundary
    _append_sentence(sentences, text, start, len(text))
    return sentences


def _terminators(text: str) -> list[re.Match]:
    """What ``_TERMINATOR_RE.finditer`` finds: each run of sentence marks, with the closing
    quotes and brackets after it."""
    matches, end = [], 0
    for offset in offsets_of(text, TERMINATORS):
        if offset >= end:  # not inside the run matched last
            match = _TERMINATOR_RE.match(text, offset)
            matches.append(match)
            end = match.end()
    return matches


def offsets_of(text: str, needles) -> list[int]:
    """Where any of ``needles`` (characters of a string, or strings) occurs in ``text``, in
    order. ``str.find`` skips the rest at C speed, where a regular expression that starts with a
    class of non-ASCII characters is tried at every offset (about 185 instructions a character
    for the sentence marks')."""
    offsets = []
    for needle in needles:
        offset = text.find(needle)
        while offset != -1:
            offsets.append(offset)
            offset = text.find(needle, offset + 1)
    offsets.sort()
    return offsets


def _append_sentence(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        sentences.append(Sentence(start, end, text[start:end]))
