"""The words the rules look for anywhere in a document, found in one pass of one automaton:
place cue words (مدينة، مطار) and plural ones (قرى، مديريات), sport words (is the document a sport report?), football
clubs' words (does it name a club at all?), newspapers' words (صحيفة: does it name one?),
and the words a name after which is a person's or an organisation's (أبو، شركة، فريق).
pyahocorasick's walk costs about the same per character whatever it looks for, so one walk
for them all costs little more than one (a str.find per word would walk the text once per word)."""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

import ahocorasick

from geo.arabic import ARABIC_CHARACTER
from geo.gazetteer import automaton_of
from geo.lang import ar, en
from geo.proclitics import WORD_PREFIXES, word_before, word_start

CUE_WORDS = ar.PLACE_CUES | ar.FACILITY_CUES
SPORT_WORDS = ar.SPORT_WORDS | en.SPORT_WORDS
CLUB_WORDS = ar.CLUB_WORDS_BEFORE | ar.CLUB_WORDS_AFTER | ar.TEAM_NICKNAME_WORDS | en.CLUB_WORDS_BEFORE | en.CLUB_WORDS_AFTER
PUBLICATION_WORDS_BEFORE = ar.PUBLICATION_WORDS_BEFORE
# Words the name after which the rules read (as whole words, one space before the name).
TEAM_WORDS = ar.TEAM_WORDS | ar.SPORT_TEAM_WORDS
STORM_WORDS = ar.STORM_WORDS | ar.STORM_WORDS_WITH_THE_ARTICLE | en.STORM_WORDS
# What a sport word may be written after: proclitics and the article (والمباراة، للفريق).
_SPORT_WORD_PREFIXES = frozenset(p + a for p in ("", "و", "ف", "ب", "ل") for a in ("", "ال", "لل"))
_CUE, _PLURAL_CUE, _SPORT, _CLUB, _PUBLICATION = "cue", "plural cue", "sport", "club", "publication"
_NAME_PARTICLE, _COMPANY, _BANK, _TEAM, _STORM = "name particle", "company", "bank", "team", "storm"


class Cue(NamedTuple):
    """A place cue word in the text: ``end`` is where its word ends (folded offsets); for the
    second name of a dual, where that name starts (the و before it repeats the dual)."""

    stem: str
    end: int
    definite: bool  # المطار refers back; مطار X names X

    @property
    def refers_back(self) -> bool:
        """With the article a cue refers back ("the city") and names nothing after it, but for
        the capital's, which stands beside its name (العاصمة بيروت)."""
        return self.definite and self.stem != ar.CAPITAL_CUE


class Keywords(NamedTuple):
    """What :func:`keywords_in` finds in one text."""

    cues: dict[int, Cue]  # cue words standing as words (after proclitics and the article), by where they end
    sport_words: set[str]  # sport words standing as words, after the proclitics and article they may take
    clubs_named: bool  # a football club's word anywhere, even inside a word
    publications_named: bool  # a newspaper's or magazine's word anywhere (صحيفة، جريدة، مجلة)
    # Where a word right after one of these words and one space begins (the word standing
    # whole: a space or the text's start before it): أبو، بن; شركة; فريق، جمعية.
    after_name_particles: frozenset[int]
    after_company_words: frozenset[int]
    after_team_words: frozenset[int]
    # The dual cue words (محافظتي، بلدتا), by where they end: cues only when two names follow
    # them (geo.recognize.cues.pair_duals), which takes the lexicon to tell.
    duals: dict[int, Cue]
    storms_named: bool = False  # a storm's word anywhere (إعصار، العاصفة، hurricane)
    plural_cues: dict[int, str] | None = None  # plural cue words (قرى، بمديريات), by where they end
    after_bank_words: frozenset[int] = frozenset()  # where a word right after بنك or مصرف begins


def keywords_in(folded: str) -> Keywords:
    """The cue (dual cues apart), sport, club, newspaper, name and storm words of ``folded`` (:class:`Keywords`)."""
    cues, duals, plural_cues, sport_words = {}, {}, {}, set()
    clubs_named = publications_named = storms_named = False
    after = {_NAME_PARTICLE: set(), _COMPANY: set(), _BANK: set(), _TEAM: set()}
    size = len(folded)
    for last, (word, kinds) in _automaton_for(folded).iter(folded):
        end = last + 1
        if _CLUB in kinds:
            clubs_named = True
        if _PUBLICATION in kinds:
            publications_named = True
        if _STORM in kinds:
            storms_named = True
        # A letter or a digit after it: the hit is inside a longer word (most hits).
        if end < size and folded[end].isalnum():
            continue
        start = end - len(word)
        prefix = folded[word_start(folded, start):start]
        if _CUE in kinds and prefix in WORD_PREFIXES and (word not in ar.VERBAL_NOUN_FACILITIES
                                                          or _after_a_place_preposition(folded, start, prefix)):
            (duals if word in ar.DUAL_CUES else cues)[end] = Cue(word, end, definite=prefix.endswith(("ال", "لل")))
        if _PLURAL_CUE in kinds and prefix in _PLURAL_CUE_PREFIXES:
            plural_cues[end] = word
        if _SPORT in kinds and prefix in _SPORT_WORD_PREFIXES:
            sport_words.add(word)
        if folded[end:end + 1] == " " and (not start or folded[start - 1] == " "):
            for kind in after.keys() & kinds:
                after[kind].add(end + 1)
    return Keywords(cues, sport_words, clubs_named, publications_named, frozenset(after[_NAME_PARTICLE]),
                    frozenset(after[_COMPANY]), frozenset(after[_TEAM]), duals, storms_named, plural_cues,
                    frozenset(after[_BANK]))


def _after_a_place_preposition(folded: str, start: int, prefix: str) -> bool:
    """Whether a word is written apart right after في، من، إلى، داخل...: a verbal noun that is a
    facility's word too is the facility there (في سجن إيفين) and the act elsewhere (قضت بسجن
    أولمرت، أدت إلى سجن نواز شريف is the one it lets through)."""
    return not prefix and word_before(folded, start)[0] in _PLACE_PREPOSITIONS


_PLACE_PREPOSITIONS = ar.PLACE_PREPOSITIONS | ar.IN_WORDS
_PLURAL_CUE_PREFIXES = frozenset(("", "و", "ب", "وب"))  # قرى، وقرى، بقرى، وبقرى: never with the article
SPACE_AND_QUOTES = frozenset(" \"'«»“”#")  # what may stand between a cue word and its name (مدينة #ميدي: a hashtag)


def _words_and_kinds() -> dict[str, frozenset[str]]:
    """Each word the keywords' automaton looks for, with its kinds."""
    kinds: dict[str, set[str]] = {}
    for kind, words in ((_CUE, CUE_WORDS), (_PLURAL_CUE, ar.PLURAL_CUES), (_SPORT, SPORT_WORDS), (_CLUB, CLUB_WORDS),
                        (_PUBLICATION, PUBLICATION_WORDS_BEFORE), (_NAME_PARTICLE, ar.KUNYA_PARTICLES),
                        (_COMPANY, ar.COMPANY_WORDS), (_BANK, ar.BANK_WORDS), (_TEAM, TEAM_WORDS),
                        (_STORM, STORM_WORDS)):
        for word in words:
            kinds.setdefault(word, set()).add(kind)
    return {word: frozenset(its_kinds) for word, its_kinds in kinds.items()}


_KINDS_OF_WORDS = _words_and_kinds()
# The ASCII characters no word written in ASCII starts with ("stadium", "fc"): deleted from a
# text's ASCII characters, they leave none when the text can hold no such word.
_NO_ASCII_WORD_START = bytes(set(range(128)) - {ord(word[0]) for word in _KINDS_OF_WORDS if word.isascii()})


def _automaton_for(folded: str) -> ahocorasick.Automaton:
    """The automaton of the words ``folded`` may hold, by the scripts it is written in: a walk
    looks for each character of the text among a node's children one by one, and the first
    letters of words it cannot hold would lengthen the root's (most Arabic stories spell out
    no English word; one that does is walked for both)."""
    if ARABIC_CHARACTER.search(folded) is None:
        return _automaton(arabic=False, ascii_words=True)
    # Two passes in C (4 µs for 5,000 characters), where a regular expression's search for a
    # Latin letter tries each character at several times the cost.
    ascii_words = bool(folded.encode("ascii", "ignore").translate(None, _NO_ASCII_WORD_START))
    return _automaton(arabic=True, ascii_words=ascii_words)


@cache
def _automaton(*, arabic: bool, ascii_words: bool) -> ahocorasick.Automaton:
    """The automaton of the words, those with an Arabic character only if ``arabic``, and
    those written in ASCII only if ``ascii_words``."""
    return automaton_of({word: (word, kinds) for word, kinds in _KINDS_OF_WORDS.items()
                         if (arabic or not ARABIC_CHARACTER.search(word)) and (ascii_words or not word.isascii())})
