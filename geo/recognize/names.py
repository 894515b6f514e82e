"""Rules for names inside longer names: a feature's (Richmond Street, Lake Vermont), a
hyphenated one (Winston-Salem), a list of counties ("Dallas and Tarrant counties")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

from geo.lang import en
from geo.recognize.candidate import Added, Candidate, Occupied
from geo.rules import LATIN, rule
from geo.text import fold

if TYPE_CHECKING:
    from geo.recognize.facts import DocumentFacts

_FEATURE_RE = re.compile(
    rf"\b(?=[A-Z])(?:(?:(?!(?:{'|'.join(en.FEATURE_NAME_STOPWORDS)}) )[A-Z][a-z]+ ){{1,3}}"
    rf"(?P<after>{'|'.join(map(re.escape, en.FEATURE_WORDS_AFTER))})"
    rf"|(?P<before>{'|'.join(en.FEATURE_WORDS_BEFORE)}) [A-Z][a-z]+(?: [A-Z][a-z]+)?)(?!\w)"
)
_LATIN_WORD = re.compile(r"[A-Z][a-z]")
_ASCII_LATIN_WORD = re.compile(rb"[A-Z][a-z]")
# "Cooke, Grayson and Love counties": each name in the list is a county.
_COUNTY_WORD_RE = re.compile(r"\b(?:[Cc]ounties|[Pp]arishes)\b")
_COUNTY_LIST_RE = re.compile(
    r"\b((?:[A-Z][a-z]+(?: [A-Z][a-z]+)?, )*[A-Z][a-z]+(?: [A-Z][a-z]+)?,? (?:and|or) [A-Z][a-z]+(?: [A-Z][a-z]+)?) \Z"
)
_COUNTY_LIST_WINDOW = 200  # characters before "counties" a list may take
_LIST_NAME_RE = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?")


class Features(NamedTuple):
    found: list[Candidate]
    at: list[Candidate | None]  # per folded offset, the feature it lies in; empty in Arabic text


def features_in(facts: DocumentFacts, names: list[Candidate]) -> Features:
    """Brazos River, Lake Lanier, Richmond Street: English names a feature word marks as one
    place. A known place the feature's name opens with stays that place: Green Bay, Mount
    Vernon in "Mount Vernon Police"."""
    text = facts.text
    if not _has_latin_word(text.original):
        return Features([], [])  # an Arabic text: spare it the feature regex
    # The names do not overlap here (longest match): index them by where they start.
    by_start = {c.start: c for c in names}
    found, at = [], [None] * (len(text.folded) + 1)
    for match in _FEATURE_RE.finditer(text.original):
        start, end = text.to_folded(match.start()), text.to_folded(match.end())
        known = by_start.get(start)
        if known is not None and (known.end >= end or match.group("before")):
            continue
        cue = (match.group("before") or match.group("after")).lower()
        feature = Candidate(start, end, text.folded[start:end], (), cue=cue, via="cue", rule=feature_names.name)
        found.append(feature)
        at[start:end] = [feature] * (end - start)
    return Features(found, at)


def _has_latin_word(text: str) -> bool:
    """Whether a capital Latin letter and a small one stand together in ``text``. Looked for
    first among the text's ASCII characters alone, which ``encode`` picks out at C speed:
    an Arabic text has few, and seldom a capital, where a regular expression that starts with
    a class of letters is tried at every offset of the whole text. Two letters side by side in
    the text are side by side among its ASCII characters, so the first test never misses one."""
    return _ASCII_LATIN_WORD.search(text.encode("ascii", "ignore")) is not None \
        and _LATIN_WORD.search(text) is not None


@rule("name.in_feature", stage="filter", scripts={LATIN})
def in_feature(facts: DocumentFacts, candidate: Candidate) -> str | None:
    """A name inside a feature's name is not the town or state it names alone.

    English: Richmond in "Richmond Street", Vermont in "Lake Vermont". Arabic: features are
    found by their facility words instead (added.facility).
    """
    at = facts.features.at
    inside = at[candidate.start] if at else None
    if inside is None or candidate.end > inside.end:
        return None
    kind = "street" if inside.cue in en.STREET_WORDS else "feature"
    return f"part of the {kind} name '{inside.key}'"


@rule("name.hyphenated", stage="filter", scripts={LATIN})
def hyphenated(facts: DocumentFacts, candidate: Candidate) -> str | None:
    """A name joined by a hyphen to a capitalised word is part of a longer name.

    English: Winston in "Winston-Salem" (when the whole is not listed). Arabic: folding
    joins such names, and the longer one is matched whole.
    """
    original = facts.text.original
    end = facts.text.span_to_original(candidate.start, candidate.end)[1]
    if original[end:end + 1] == "-" and original[end + 1:end + 2].isupper():
        return "part of a longer hyphenated name"
    return None


@rule("added.feature", stage="generate", scripts={LATIN})
def feature_names(facts: DocumentFacts, names: list[Candidate], taken: Occupied) -> Added:
    """A feature's name (Brazos River, Lake Lanier, Richmond Street) is one place.

    Kept unresolved for the online geocoder when the gazetteer lacks it. English: "The
    Brazos River flooded"; not "the river". Arabic: see added.facility.
    """
    found = facts.features.found
    if not found:
        return Added([])
    return Added([f for f in found if not taken.overlaps(f.start, f.end)])


@rule("added.listed_county", stage="generate", scripts={LATIN})
def listed_counties(facts: DocumentFacts, names: list[Candidate], taken: Occupied) -> Added:
    """In a list of counties or parishes, each name stands for its county.

    The county replaces the town of that name (or a word such as "Love") as the candidate.
    English: "Dallas and Tarrant counties", "Cooke, Grayson and Love counties". Arabic: no
    such lists.
    """
    original = facts.text.original
    if "ounties" not in original and "arishes" not in original:
        return Added([])
    listed = []
    for word in _COUNTY_WORD_RE.finditer(original):
        # The list ends at the word: match it in a bounded window before it, never across
        # the whole text (a long comma list would make the regex quadratic).
        match = _COUNTY_LIST_RE.search(original, max(0, word.start() - _COUNTY_LIST_WINDOW), word.start())
        if match is None:
            continue
        unit = "parish" if word.group().lower() == "parishes" else "county"
        for name in _LIST_NAME_RE.finditer(match.group(1)):
            found = _county(facts, name, unit)
            if found:
                name_start, key, entries = found
                start = facts.text.to_folded(match.start(1) + name_start)
                end = facts.text.to_folded(match.start(1) + name.end())
                listed.append(Candidate(start, end, key, entries, cue=unit, rule=listed_counties.name))
    superseded = []
    for candidate in names:
        county = next((c for c in listed if c.start < candidate.end and candidate.start < c.end), None)
        if county is not None:
            superseded.append((candidate, f"the name of {county.key.title()} here, in a list of {county.cue} names"))
    return Added(listed, tuple(superseded))


def _county(facts: DocumentFacts, name: re.Match, unit: str):
    """(where the name starts, key, entries) of "<name> County", trying the last word
    alone when two were taken ("In Dallas" in "In Dallas and Tarrant counties")."""
    words = name.group().split(" ")
    for first in range(len(words)):
        key = fold(" ".join(words[first:]) + f" {unit}")
        packed = facts.gazetteer.lookup(key)[1]
        if packed:
            skipped = sum(len(word) + 1 for word in words[:first])
            return name.start() + skipped, key, facts.lexicon.unpacked(packed)
    return None
