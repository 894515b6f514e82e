"""The place cue word before a name, kept with it: resolution asks the kind of place it names."""

from __future__ import annotations

import re
from itertools import islice
from typing import TYPE_CHECKING

from geo.arabic import FOLDED_FEMININE_ENDING
from geo.lang import ar, en
from geo.proclitics import word_before
from geo.recognize.candidate import Candidate
from geo.recognize.keywords import SPACE_AND_QUOTES, Cue
from geo.rules import ARABIC, LATIN, rule
from geo.text import TERMINATORS

if TYPE_CHECKING:
    from geo.gazetteer import Gazetteer
    from geo.recognize.facts import DocumentFacts
    from geo.recognize.lexicon import Lexicon

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
    """Where a name after "city of" (town, village) would start: the English cue comes with "of".
    Folding lower-cases the text, so "City of" is found as "city of"."""
    starts = set()
    for cue in en.TOWN_CUES:
        spaced = f"{cue} of "
        at = folded.find(spaced)
        while at != -1:
            if not at or not folded[at - 1].isalnum():
                starts.add(at + len(spaced))
            at = folded.find(spaced, at + 1)
    return starts


def english_town_cue(folded: str, start: int) -> str:
    """"city" for "the city of Caen" (and town, village): English's cue word comes with "of"."""
    of, gap = word_before(folded, start)
    if of.lower() != "of" or gap != " ":
        return ""
    word, gap = word_before(folded, start - len(of) - 1)
    return word.lower() if gap == " " and word.lower() in en.TOWN_CUES else ""


def names_past_capital_adjectives(folded: str, cues: dict[int, Cue], gazetteer: Gazetteer) -> dict[int, Cue]:
    """Where a name starts after the capital's cue word and its adjective, with that cue
    (العاصمة التونسية تونس is Tunis, not Tunisia; بالعاصمة الكتالونية برشلونة is the city, not
    the club): the adjective is the capital's, the name after it the capital. An adjective is a
    definite word with the feminine ending, as the cue's (العاصمة الاقتصادية الدار البيضاء), and
    no place's name (العاصمة المنامة is Manama's name); a word of grammar after it is no name."""
    found = {}
    for end, cue in cues.items():
        if cue.stem != ar.CAPITAL_CUE or folded[end:end + 1] != " ":
            continue
        adjective = _WORD_RE.match(folded, end + 1)
        if adjective is None or not _is_definite_feminine(adjective.group()) \
                or gazetteer.names_a_place(adjective.group()):
            continue
        start = adjective.end()
        while start < len(folded) and folded[start] in SPACE_AND_QUOTES:
            start += 1
        name = _WORD_RE.match(folded, start)
        if start > adjective.end() and name is not None and not _is_a_word_of_grammar(name.group()):
            found[start] = Cue(cue.stem, start, definite=cue.definite)
    return found


def _is_a_word_of_grammar(word: str) -> bool:
    """A word of grammar, with the conjunction too: وأن "and that" is no Van."""
    return word in ar.STOPWORDS or (word.startswith(ar.AND) and word[len(ar.AND):] in ar.STOPWORDS)


def _is_definite_feminine(word: str) -> bool:
    """An adjective with the article and the feminine ending: التونسية، الكتالونية."""
    return word.startswith("ال") and word.endswith(FOLDED_FEMININE_ENDING) and word.isalpha() and len(word) > 4


# A dual cue's second name comes a few words after it, joined by و: بلدتي الفوعة وكفريا،
# منطقتي دار سعد والعلم، بلدتي بصر الحرير ومليحة العطش.
_SECOND_NAME_WITHIN = 4  # words after the cue
_CLAUSE_ENDS = frozenset(TERMINATORS + ":;")  # not the comma: محافظتي حجة، وصعدة
_WORD_RE = re.compile(r"\S+")
_AROUND_A_NAME = "".join(SPACE_AND_QUOTES) + "،,"  # what a name's word may carry: حجة، «الوجه»


def pair_duals(folded: str, duals: dict[int, Cue], lexicon: Lexicon) -> tuple[dict[int, Cue], dict[int, Cue]]:
    """The dual cue words that name two places (by where they end) and the second names'
    cues (by where the names start: the و before one repeats its dual). A dual names two
    places: a word that may begin a name right after it, and a second word joined by و
    within its clause (بلدتي الفوعة وكفريا; و السهيلي, و»ضباء»). Else it is no cue: ولايتي
    is Velayati too (علي أكبر ولايتي قوله، ولايتي مع وزير), مدينتي and قريتي "my town" and "my
    village" (قريتي الصغيرة والمدينة)."""
    named, second_names = {}, {}
    for end, cue in duals.items():
        second = _second_name(folded, end, lexicon)
        if second is not None:
            named[end] = cue
            second_names[second] = Cue(cue.stem, second, definite=False)
    return named, second_names


def _second_name(folded: str, end: int, lexicon: Lexicon) -> int | None:
    """Where the second name after the dual cue word ending at ``end`` starts, or None."""
    clause = folded[end:end + 100].partition("\n")[0]
    words = list(islice(_WORD_RE.finditer(clause), _SECOND_NAME_WITHIN))
    if not words or not _may_begin_a_name(words[0].group().strip(_AROUND_A_NAME), lexicon):
        return None
    for index, match in enumerate(words[1:], 1):
        word = match.group()
        if word.startswith(ar.AND) and not _is_a_word_with_wa(word, words[:index + 1], lexicon):
            after = match.start() + len(ar.AND)
            while after < len(clause) and clause[after] in SPACE_AND_QUOTES:
                after += 1
            return end + after
        if not _CLAUSE_ENDS.isdisjoint(word):
            return None
    return None


def _may_begin_a_name(word: str, lexicon: Lexicon) -> bool:
    """A word of letters, no function word (مع، إن، أمس) and no everyday feminine word, the
    adjective agreeing with the cue (قريتي الصغيرة "my little village"), but a place's name.
    Other everyday words begin places' names too (حفر الباطن، دار سعد، الخلف)."""
    if not word.isalpha() or word in ar.STOPWORDS:
        return False
    return not (word.endswith(FOLDED_FEMININE_ENDING) and lexicon.is_everyday_word(word)) \
        or lexicon.gazetteer.names_a_place(word)


def _is_a_word_with_wa(word: str, words: list[re.Match], lexicon: Lexicon) -> bool:
    """A word that begins with و but no conjunction: وسط "the centre of", an everyday word
    (وزير، وكالة), or a part of the first name (مدينتي بني وليد وترهونة)."""
    if word == ar.AND:
        return False
    places = lexicon.gazetteer
    # A whole everyday word (وزير), not و and one (وحلب: حلب "milking" is one too).
    everyday = word in ar.STOPWORDS or word in places.common_words
    return word in ar.PART_CUES or (everyday and not places.names_a_place(word[len(ar.AND):])) \
        or places.names_a_place(" ".join(match.group() for match in words))
