"""The place cue word before a name, kept with it: resolution asks the kind of place it names."""

from __future__ import annotations

from typing import TYPE_CHECKING

from geo.lang import ar, en
from geo.proclitics import word_before
from geo.recognize.candidate import Candidate
from geo.rules import ARABIC, LATIN, rule

if TYPE_CHECKING:
    from geo.recognize.facts import DocumentFacts

CUE_KINDS = ar.CUE_KINDS | en.CUE_KINDS  # cue word (folded) -> the kind of place it names


@rule("cue.marks_kind", stage="filter", scripts={ARABIC, LATIN}, at="names_after_cue_words")
def marks_kind(facts: DocumentFacts, candidate: Candidate) -> Candidate | None:
    """A place cue word right before a name goes with it, for resolution to ask its kind.

    Arabic: ولاية جورجيا is the US state, not the country; مدينة الكويت the city. English:
    "the city of Caen" is the city.
    """
    folded = facts.folded
    if folded[candidate.start].isascii():
        cue = english_town_cue(folded, candidate.start)
    else:
        found = facts.cue_of(candidate.start)
        cue = found.stem if found and found.stem in CUE_KINDS else ""
    return candidate.replace(cue=cue) if cue else None


def names_after_english_cues(folded: str) -> set[int]:
    """Where a name after "city of" (town, village) would start: the English cue comes with "of"."""
    lowered, starts = folded.lower(), set()
    for cue in en.TOWN_CUES:
        spaced = f"{cue} of "
        at = lowered.find(spaced)
        while at != -1:
            if not at or not lowered[at - 1].isalnum():
                starts.add(at + len(spaced))
            at = lowered.find(spaced, at + 1)
    return starts


def english_town_cue(folded: str, start: int) -> str:
    """"city" for "the city of Caen" (and town, village): English's cue word comes with "of"."""
    of, gap = word_before(folded, start)
    if of.lower() != "of" or gap != " ":
        return ""
    word, gap = word_before(folded, start - len(of) - 1)
    return word.lower() if gap == " " and word.lower() in en.TOWN_CUES else ""
