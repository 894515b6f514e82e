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


def arabic_skeleton(folded: str) -> str:
    """Skeleton of a folded Arabic name; long vowels, ع, ح and ه carry no consonant here.
    تش is how Arabic writes "ch" (كراتشي, Karachi)."""
    letters = (_ARABIC_SKELETON.get(c, "") for c in folded.replace("تش", "ش"))
    return squeeze(letter for letter in letters if letter)


# Latin digraphs whose h is no h of its own ("sh", "kh"...): Arabic writes them ش، خ.
_H_DIGRAPHS = ("sh", "kh", "ch", "th", "ph", "zh")
_ARABIC_H = frozenset("هح")


def h_agrees(folded: str, latin_name: str) -> bool:
    """Whether an h the Arabic writes (ه or ح; not a last ه, which folding makes of ة) is in
    the Latin name too, which the skeleton leaves out: ليكهيد is no Lakewood, ننكرهار no
    Anchorage, تشينغهاي no Shanghai's h of "sh" (but Shanghai keeps the h of "ngh")."""
    if not _ARABIC_H.intersection(folded[:-1]):
        return True
    latin = ascii_form(latin_name).lower()
    for digraph in _H_DIGRAPHS:
        latin = latin.replace(digraph, "")
    return "h" in latin

