"""What the rules read about one document, each fact computed on first use, once.

Facts about the text alone (its cue words, whether it names a football club) are computed
from the text. Facts about its names are computed from the names as the stage that reads
them found them, so that a fact means the same whichever rules are switched off:

- ``countries`` and ``divisions_named`` from the names the scan found (``names_at["evidence"]``);
- ``features``, ``surnames``, ``given_names`` and ``named_as_people`` from the names the
  evidence rules kept (``names_at["filter"]``), the last three leaving out names inside a
  feature's;
- ``qualifiers``, ``pinned``, ``countries_named`` and ``named_countries`` from every name
  after generation (``names_at["support"]``), and ``named_countries`` from the scan's names
  inside a news agency's name too (وكالة تونس إفريقيا للأنباء).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from operator import itemgetter

from geo.arabic import FOLDED_FEMININE_ENDING, PRONOUN_HA
from geo.lang import ar
from geo.proclitics import word_after, word_right_before, word_start
from geo.recognize.added import words_before_feminine_adjectives
from geo.recognize.candidate import Candidate
from geo.recognize.cues import names_after_english_cues, names_past_capital_adjectives, pair_duals
from geo.recognize.keywords import SPACE_AND_QUOTES, Cue, Keywords, keywords_in
from geo.recognize.lexicon import Lexicon
from geo.recognize.names import Features, features_in
from geo.recognize.organisations import (
    SPORT_REPORT_WORDS,
    AgencyName,
    agency_names,
    names_near_agency_marks,
    parties_named_after,
)
from geo.recognize.people import (
    PLACE_PREPOSITIONS, PLACE_PROCLITIC, GivenNames, NamedAsPeople, english_word_before, given_names_in, named_as_people_in, names_after_nationalities, surnames_in,
    title_distance,
)
from geo.recognize.scan import GazetteerHits, gazetteer_hits
from geo.recognize.support import (countries_named, likeliest, name_lists, names_listed_with_divisions, pinned_places,
                                   qualifiers_of)
from geo.text import FoldedText, quotation_starts

# An entry's place: map(_PLACE, entries) reads them in C, where a generator runs Python code for each.
_PLACE = itemgetter(0)
_FIXED_EXPRESSION_NAMES = frozenset(ar.FIXED_EXPRESSIONS) | frozenset(ar.VERB_EXPRESSIONS) \
    | frozenset(ar.FIXED_EXPRESSIONS_BEFORE)


class fact:
    """functools.cached_property without its lock: Python 3.11 takes one lock, shared by every
    document, on the first read of each fact, which costs more than most facts do (3.12 dropped
    it). A document's facts are read by the one thread that parses it."""

    def __init__(self, compute: Callable):
        self.compute = compute
        self.__doc__ = compute.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, facts: DocumentFacts | None, owner: type | None = None):
        if facts is None:
            return self
        value = facts.__dict__[self.name] = self.compute(facts)
        return value


class DocumentFacts:
    """One document as the rules read it: its text, the lexicon, and the facts several rules
    share (see the module's doc), each computed when first read. ``names_at`` is filled by
    the recognizer as each stage begins."""

    # The attributes __init__ sets are slots, the facts go to __dict__: CPython 3.11 shares one
    # table of at most 30 attribute names among a class's instances, a document that adds a name
    # past it gets a plain dict, and the attribute reads specialised for the shared table miss.
    __slots__ = ("text", "home_country", "folded", "lexicon", "gazetteer", "prior", "names_at", "_after",
                 "_right_before", "_titles", "_english_before", "cue_words", "cue_kinds_of_names", "__dict__")

    def __init__(self, text: FoldedText, lexicon: Lexicon, prior: Callable[[int, int], float], *,
                 home_country: str = ""):
        self.text = text
        self.home_country = home_country  # the outlet's country's code, or ""
        self.folded = text.folded
        self.lexicon = lexicon
        self.gazetteer = lexicon.gazetteer
        self.prior = prior
        self.names_at: dict[str, list[Candidate]] = {}
        self._after: dict[int, tuple[str, str]] = {}
        self._right_before: dict[int, str] = {}
        self._titles: dict[int, int] = {}
        self._english_before: dict[int, tuple[str, str] | None] = {}
        # The words after each place cue word, and how many may be a name's, by where the cue
        # ends: every cue rule reads them (geo.recognize.added).
        self.cue_words: dict[int, tuple[list, int]] = {}
        # The kinds of the cue words that mark each name as a place somewhere in the text
        # (word.needs_evidence).
        self.cue_kinds_of_names: dict[str, frozenset[str | None]] = {}

    def word_after(self, index: int) -> tuple[str, str]:
        """``geo.proclitics.word_after`` in this text, remembered: several rules ask it of each name's end."""
        found = self._after.get(index)
        if found is None:
            found = self._after[index] = word_after(self.folded, index)
        return found

    def word_right_before(self, index: int) -> str:
        """``geo.proclitics.word_right_before`` in this text, remembered: several rules ask it of each name's start."""
        found = self._right_before.get(index)
        if found is None:
            found = self._right_before[index] = word_right_before(self.folded, index)
        return found

    # -- the text ---------------------------------------------------------------------

    def title_distance(self, start: int) -> int:
        """``geo.recognize.people.title_distance`` before ``start``, remembered."""
        found = self._titles.get(start)
        if found is None:
            found = self._titles[start] = title_distance(self.folded, start)
        return found

    def english_word_before(self, start: int) -> tuple[str, str] | None:
        """``geo.recognize.people.english_word_before`` ``start``, remembered."""
        if start in self._english_before:
            return self._english_before[start]
        found = self._english_before[start] = english_word_before(self.text, start)
        return found

    @property
    def name_particle_ends(self) -> frozenset[int]:
        """Where a word right after أبو، أبي or بن begins (person.after_name_particle)."""
        return self.keywords.after_name_particles

    @fact
    def names_written_with_ha(self) -> frozenset[int]:
        """Where the names the scan found start whose last letter is written ه, not ة (word.pronoun_ending)."""
        original, to_original = self.text.original, self.text.to_original
        return frozenset(name.start for name in self.names_at["evidence"]
                         if name.key[-1] == FOLDED_FEMININE_ENDING and original[to_original(name.end - 1)] == PRONOUN_HA)

    @fact
    def names_after_nationalities(self) -> frozenset[int]:
        """Where a word right after a masculine nationality with the article begins (person.after_demonym)."""
        hits = self.gazetteer_hits
        return names_after_nationalities(self.folded, hits.demonym_starts, hits.demonym_ends)

    @fact
    def names_of_fixed_expressions(self) -> frozenset[int]:
        """Where the names start that may open or close a fixed expression: مسقط، النيل، ينبع،
        المغرب (word.fixed_expression)."""
        return self._names_keyed(_FIXED_EXPRESSION_NAMES)

    @fact
    def names_of_party_countries(self) -> frozenset[int]:
        """Where the names start that a party is named after: تونس، الشام (organisation.party)."""
        return self._names_keyed(parties_named_after())

    def _names_keyed(self, keys) -> frozenset[int]:
        """Where the names the filter rules read start whose key is one of ``keys``."""
        return frozenset(c.start for c in self.names_at["filter"] if c.key in keys)

    @fact
    def names_near_agency_marks(self) -> frozenset[int]:
        """Where the names start that a news agency's may be (organisation.news_agency)."""
        return names_near_agency_marks(self.folded, self.names_at["filter"])

    @fact
    def agency_names(self) -> list[AgencyName]:
        """Where the names of agencies named by a place lie: وكالة تونس إفريقيا للأنباء (organisation.news_agency)."""
        return agency_names(self.folded)

    @property
    def company_word_ends(self) -> frozenset[int]:
        """Where a word right after شركة begins (organisation.company)."""
        return self.keywords.after_company_words

    @property
    def bank_word_ends(self) -> frozenset[int]:
        """Where a word right after بنك or مصرف begins (organisation.bank)."""
        return self.keywords.after_bank_words

    @fact
    def team_word_names(self) -> frozenset[int]:
        """Where a name of the gazetteer starts right after فريق or جمعية (organisation.team):
        most texts with those words have none there."""
        starts = self.keywords.after_team_words
        return starts & self.gazetteer_hits.starts if starts else frozenset()

    @fact
    def names_of_adjectives(self) -> frozenset[int]:
        """Where the names start that are everyday adjectives too: مالي، دولي (word.adjective_after_noun)."""
        return self._names_keyed(ar.ADJECTIVE_NAMES)

    @fact
    def quotation_starts(self) -> frozenset[int]:
        """Where the first word of each quotation may begin (organisation.quoted_region)."""
        return quotation_starts(self.folded)

    @fact
    def gazetteer_hits(self) -> GazetteerHits:
        """Every gazetteer name standing as a word, and the demonyms: one pass of the automaton."""
        return gazetteer_hits(self)

    @property
    def demonyms(self) -> list[str]:
        """Country codes of the demonyms the text uses, one per use."""
        return self.gazetteer_hits.demonyms

    @fact
    def words_before_feminine_adjectives(self) -> list[tuple[int, int, str, str]]:
        """(start, end, word, country code) of each word right before a definite feminine
        adjective of nationality (added.transliteration_before_demonym, added.town_against_adjective)."""
        return words_before_feminine_adjectives(self) if self.demonyms else []

    @fact
    def keywords(self) -> Keywords:
        """The cue, sport and club words of the text: one pass (:mod:`geo.recognize.keywords`)."""
        return keywords_in(self.folded)

    @fact
    def cues(self) -> dict[int, Cue]:
        """Place cue words standing as words (after proclitics and the article), by where they
        end; the duals among them that name two places (geo.recognize.cues.pair_duals)."""
        if not self.keywords.duals:
            return self.keywords.cues
        return dict(sorted({**self.keywords.cues, **self._duals[0]}.items()))

    @fact
    def second_names(self) -> dict[int, Cue]:
        """Where the second name after a dual cue word starts, with the dual as a cue ending
        there (محافظتي حماة وحلب: حلب)."""
        return self._duals[1] if self.keywords.duals else {}

    @fact
    def _duals(self) -> tuple[dict[int, Cue], dict[int, Cue]]:
        return pair_duals(self.folded, self.keywords.duals, self.lexicon)

    @fact
    def names_past_capital_adjectives(self) -> dict[int, Cue]:
        """Where a name starts after the capital's cue word and its adjective (العاصمة التونسية
        تونس), with that cue (geo.recognize.cues.names_past_capital_adjectives)."""
        return names_past_capital_adjectives(self.folded, self.cues, self.gazetteer)

    def after_a_preposition_of_place(self, start: int) -> bool:
        """Whether the name at ``start`` follows a preposition of place (في عفرين) or ب (بعفرين)."""
        folded = self.folded
        if start and folded[start - 1] == PLACE_PROCLITIC:
            return True
        return start >= 2 and folded[start - 1] == " " and self.word_right_before(start) in PLACE_PREPOSITIONS

    @property
    def naming_cues(self) -> list[Cue]:
        """Every cue word and every second name's dual (محافظتي حماة وحلب: the dual again
        before حلب), each for the cue rules to read the name after it."""
        return [*self.cues.values(), *self.second_names.values()]

    @fact
    def words_after_arabic_cues(self) -> dict[int, Cue]:
        """Where the word after each Arabic place cue word starts, past the spaces or quotes
        that follow it (مدينة " بورصة "), with its cue (one each: a cue ends on a letter), and
        where the second name after a dual cue starts (محافظتي حماة وحلب: حلب), with the dual."""
        folded, size, starts = self.folded, len(self.folded), dict(self.second_names)
        for end, cue in self.cues.items():
            start = end
            while start < size and folded[start] in SPACE_AND_QUOTES:
                start += 1
            if start > end:
                starts[start] = cue
        return starts

    @fact
    def names_after_cue_words(self) -> frozenset[int]:
        """Where a name right after a place cue word would start: after an Arabic cue and the
        spaces or quotes that follow it, or after "city of" (cue.marks_kind)."""
        return frozenset(names_after_english_cues(self.folded) | self.words_after_arabic_cues.keys()
                         | self.names_past_capital_adjectives.keys())

    def cues_before_word(self, word: str) -> list[Cue]:
        """The cue words right before ``word`` as a whole word anywhere in the text, with only
        spaces and quotes between (مدينة دوما): read from the cues, fewer than the names."""
        folded, size, found = self.folded, len(self.folded), []
        for start, cue in self.words_after_arabic_cues.items():
            after = start + len(word)
            if folded.startswith(word, start) and not (after < size and folded[after].isalnum()):
                found.append(cue)
        return found

    def cue_of(self, start: int) -> Cue | None:
        """The cue word that marks the name at ``start``: right before its word, with only
        spaces and quotes between (مدينة دوما; not a name behind a proclitic: بلدتي باغوز is
        no ب + Oguz), the dual whose second name it is (محافظتي حماة وحلب), or the capital's
        before its adjective (العاصمة التونسية تونس)."""
        cue = self.cue_before(start) if word_start(self.folded, start) == start else None
        return cue or self.second_names.get(start) or self.names_past_capital_adjectives.get(start)

    def cue_before(self, start: int) -> Cue | None:
        """The cue word right before ``start``, with only spaces and quotes between
        (مدينة " بورصة ")."""
        folded = self.folded
        end = start
        while end > 0 and folded[end - 1] in SPACE_AND_QUOTES:
            end -= 1
        return self.cues.get(end) if end < start else None

    @property
    def publications_named(self) -> bool:
        """Whether a newspaper's or a magazine's word is in the text at all (most name none)."""
        return self.keywords.publications_named

    @property
    def clubs_named(self) -> bool:
        """Whether any football club's word is in the text at all (most name none)."""
        return self.keywords.clubs_named

    @property
    def storms_named(self) -> bool:
        """Whether a storm's word is in the text at all (most name none)."""
        return self.keywords.storms_named

    @fact
    def qaeda_named(self) -> bool:
        """Whether al-Qaeda is named in the text at all (most name it not): one search."""
        return ar.QAEDA in self.folded

    @fact
    def about_sport(self) -> bool:
        """Whether the document is a sport report: several different sport words in it."""
        return len(self.keywords.sport_words) >= SPORT_REPORT_WORDS

    # -- its names --------------------------------------------------------------------

    @fact
    def countries(self) -> Counter:
        """Countries the found names that need no evidence pin down, and the demonyms, by code."""
        return self.lexicon.countries_named(self.names_at["evidence"], self.demonyms)

    @fact
    def main_country(self) -> str:
        """The code of the country the document names most (the first of equals), or ""."""
        most = self.countries.most_common(1)
        return most[0][0] if most else ""

    @fact
    def evidence_starts(self) -> list[int]:
        """Where the names the scan found start, in order (``names_at["evidence"]``)."""
        return [c.start for c in self.names_at["evidence"]]

    @fact
    def features(self) -> Features:
        """English features (Brazos River, Richmond Street) and where each lies."""
        return features_in(self, self.names_at["filter"])

    @fact
    def people_names(self) -> list[Candidate]:
        """The names the evidence rules kept outside a feature's name: what people are read from."""
        names, at = self.names_at["filter"], self.features.at
        if not at:
            return names
        return [c for c in names if at[c.start] is None or c.end > at[c.start].end]

    @fact
    def surnames(self) -> set[str]:
        """Surnames of the document's people."""
        return surnames_in(self, self.people_names)

    @fact
    def named_as_people(self) -> NamedAsPeople:
        """Where town names are the subject of a verb of speech, and the names the document
        uses as people's."""
        return named_as_people_in(self, self.people_names)

    @fact
    def given_names(self) -> GivenNames:
        """Town names the document uses as Arab given names, and where."""
        return given_names_in(self, self.people_names)

    @fact
    def names_listed_with_divisions(self) -> dict[int, str]:
        """Where each name listed beside a name that is only a first-level division starts, and
        that division's country (place.listed_division)."""
        lists = name_lists(self.folded, self.names_at["filter"])
        return names_listed_with_divisions(self.lexicon, lists, self._starts_after_town_cues()) if lists else {}

    def _starts_after_town_cues(self) -> frozenset[int]:
        """Where a name right after a town's cue word starts: singular or dual (مدينة، مدينتي)
        or plural (مدن، بلدات، قرى)."""
        starts = {start for start, cue in self.words_after_arabic_cues.items() if ar.CUE_KINDS.get(cue.stem) == "city"}
        plural_cues = self.keywords.plural_cues or {}
        starts.update(end + 1 for end, word in plural_cues.items() if ar.CUE_KINDS.get(ar.PLURAL_CUES[word]) == "city")
        return frozenset(starts)

    @fact
    def qualifiers(self) -> dict[int, tuple[str, str] | None]:
        """The qualifier right after each name, by ``id`` of the name (no rule before the
        support stage's replaces a name, so the ids hold)."""
        return qualifiers_of(self.gazetteer, self.folded, self.names_at["support"], self.word_after)

    @fact
    def pinned(self) -> dict[str, int]:
        """Name -> the place it pins down, for the names that can mean only one place."""
        return pinned_places(self.gazetteer, self.names_at["support"], self.prior)

    @fact
    def divisions_named(self) -> frozenset[str]:
        """The first-level divisions the scan found named, by admin1 code: those that are their
        names' likeliest places (فرجينيا Virginia; not واشنطن, the capital before the state)."""
        divisions, admin1, prior = self.lexicon.divisions, self.gazetteer.admin1, self.prior
        places = (likeliest(candidate, prior)[0] for candidate in self.names_at["evidence"]
                  if not divisions.isdisjoint(map(_PLACE, candidate.entries)))
        return frozenset(admin1[place] for place in places if place in divisions)

    @fact
    def countries_named(self) -> dict[str, str]:
        """Name -> the country it places the story in, for the names that name one."""
        return countries_named(self.gazetteer, self.names_at["support"], self.pinned, self.prior)

    @fact
    def named_countries(self) -> Counter:
        """The demonyms' countries and the names', by code; and the countries of news agencies
        named by them (وكالة تونس إفريقيا للأنباء is no mention of Tunisia, but the story's
        agency is Tunisian)."""
        return Counter(self.demonyms) + Counter(self.countries_named.values()) + self._agency_countries()

    def _agency_countries(self) -> Counter:
        agencies = self.agency_names
        if not agencies:
            return Counter()
        rows = self.gazetteer.place_rows
        codes = Counter()
        for name in self.names_at["evidence"]:
            countries = {rows[p].country_code for p, _ in name.entries if rows[p].kind == "country"}
            if len(countries) == 1 and any(agency.holds(name) for agency in agencies):
                codes[countries.pop()] += 1
        return codes
