"""Consonant skeletons, to match Arabic transliterations against Latin names (كراتشي, Karachi)."""

from __future__ import annotations

import unicodedata

_LATIN_DIGRAPHS = (("kh", "H"), ("sh", "S"), ("ch", "S"), ("zh", "G"), ("gh", "G"),
                   ("dzh", "G"), ("dj", "G"), ("th", "t"), ("ph", "f"), ("ck", "k"),
                   ("x", "ks"), ("q", "k"), ("c", "k"), ("j", "G"), ("g", "G"), ("v", "f"),
                   ("p", "b"))
_LATIN_DROPPED = set("aeiouyhw'` ")
_ARABIC_SKELETON = {
    "ب": "b", "ت": "t", "ث": "t", "ج": "G", "خ": "H", "د": "d", "ذ": "z", "ر": "r", "ز": "z",
    "س": "s", "ش": "S", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "غ": "G", "ف": "f", "ق": "k",
    "ك": "k", "ل": "l", "م": "m", "ن": "n",
}


def squeeze(letters) -> str:
    """The letters with each run of one letter written once."""
    out = []
    for letter in letters:
        if not out or out[-1] != letter:
            out.append(letter)
    return "".join(out)


def ascii_form(name: str) -> str:
    """The name without its accents, and without the letters that have no ASCII form."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def latin_skeleton(name: str) -> str:
    ascii_name = ascii_form(name).lower()
    ascii_name = ascii_name.replace("-", " ")
    for digraph, sound in _LATIN_DIGRAPHS:
        ascii_name = ascii_name.replace(digraph, sound)
    return squeeze(c for c in ascii_name if c not in _LATIN_DROPPED and not c.isdigit())


# Turkish and Azerbaijani letters as Arabic writes them: c and ç are ج (Suruç سروج, Cizre
# جزيرة, Çanakkale جناق قلعة), ş is ش (Şırnak), ğ lengthens a vowel. Elsewhere c is k, as
# latin_skeleton reads it (California كاليفورنيا).
TURKIC_COUNTRIES = frozenset({"TR", "AZ"})
_TURKIC_LETTERS = str.maketrans({"ç": "j", "c": "j", "ş": "sh", "ğ": ""})


def turkic_skeleton(name: str) -> str:
    """The skeleton of a Turkish or Azerbaijani name, its letters read as those languages
    sound them: Suruç is srG, as سروج."""
    return latin_skeleton(name.lower().translate(_TURKIC_LETTERS))


def arabic_skeleton(folded: str) -> str:
    """Skeleton of a folded Arabic name; long vowels, ع, ح and ه carry no consonant here.
    تش is how Arabic writes "ch" (كراتشي, Karachi)."""
    letters = (_ARABIC_SKELETON.get(c, "") for c in folded.replace("تش", "ش"))
    return squeeze(letter for letter in letters if letter)


# Latin digraphs whose h is no h of its own ("sh", "kh"...): Arabic writes them ش، خ.
_H_DIGRAPHS = ("sh", "kh", "ch", "th", "ph", "zh")
_ARABIC_H = frozenset("هح")


def writes_an_h(folded: str) -> bool:
    """Whether a folded Arabic name writes an h (ه or ح), which its skeleton leaves out: not
    a last ه, which folding makes of ة (بلنسية)."""
    return not _ARABIC_H.isdisjoint(folded[:-1])


def has_an_h(latin_name: str) -> bool:
    """Whether a Latin name has an h of its own, not that of "sh", "kh", "ch"... (Nangarhar,
    Hamburg, Bietigheim's "gh"; not Anchorage, Lakewood): the Latin side of an Arabic h, so
    that ليكهيد is no Lakewood nor ننكرهار Anchorage, though their skeletons agree."""
    latin = ascii_form(latin_name).lower()
    for digraph in _H_DIGRAPHS:
        latin = latin.replace(digraph, "")
    return "h" in latin
