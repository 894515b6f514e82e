"""What the rules know before they read a document: the gazetteer, the word lists, and the
questions they ask of both. One per gazetteer, shared by every document."""

from __future__ import annotations

from collections import Counter
from functools import cached_property

from geo.gazetteer import FLAG_BITS, FLAG_MASK, NEEDS_EVIDENCE, PRIMARY, Gazetteer
from geo.lang import ar
from geo.proclitics import EVERYDAY_WORD_PREFIXES
from geo.recognize.candidate import Candidate, Entries
from geo.text import fold_name

# A town this big is the place even before a famous name (برنامج طهران النووي).
PEOPLE_NAMED_TOWN_POPULATION = 1_000_000


class Lexicon:
    """The gazetteer and the word lists, asked as the rules ask them. Read-only but for
    caches of what it reads of the places (unpacked gazetteer entries, whether a town is
    named as people are, the country a name's places pin down): the same few names recur in
    every document."""

    def __init__(self, gazetteer: Gazetteer):
        self.gazetteer = gazetteer
        self.rows = gazetteer.place_rows
        self.unpacked_cache: dict[tuple[int, ...], Entries] = {}
        self.named_as_people_cache: dict[int, bool] = {}  # place -> names_towns_named_as_people's answer
        self.country_pinned_cache: dict[Entries, str] = {}  # entries -> _country_pinned's answer

    @cached_property
    def divisions(self) -> frozenset[int]:
        """The first-level divisions' places: found once, as rules ask it of many names' places."""
        return frozenset(place for place, row in enumerate(self.rows) if row.place_id.startswith("adm1:"))

    def unpacked(self, packed: tuple[int, ...]) -> Entries:
        """The (place, flags) entries of a gazetteer hit, shared by every hit of that name."""
        entries = self.unpacked_cache.get(packed)
        if entries is None:
            entries = self.unpacked_cache[packed] = tuple((e >> FLAG_BITS, e & FLAG_MASK) for e in packed)
        return entries

    def is_everyday_word(self, word: str) -> bool:
        """An Arabic function word, or a frequent word of either language, with its proclitics."""
        return word in ar.STOPWORDS or word in self.gazetteer.common_words or self.is_everyday_word_after_proclitic(word)

    def is_everyday_word_after_proclitic(self, word: str) -> bool:
        """بمنطقة، للفوز: a proclitic and an everyday word; not the article and a function word,
        which never takes it (العند, Al Anad, is no ال + عند "at")."""
        if not word.startswith(EVERYDAY_WORD_PREFIXES):  # one test in C before one per prefix
            return False
        words = self.gazetteer.common_words
        return any(word.startswith(p) and word[len(p):] in words
                   and not (p.endswith("ال") and word[len(p):] in ar.STOPWORDS) for p in EVERYDAY_WORD_PREFIXES)

    def may_be_a_name(self, word: str) -> bool:
        """An Arabic word that is neither an everyday word nor a place: a person's name, maybe."""
        return not (word.isascii() or word.startswith("و") or self.is_everyday_word(word)
                    or self.gazetteer.names_a_place(word))

    def is_famous_name(self, word: str) -> bool:
        """A frequent Arabic word that never takes the article and names no place: the name
        of someone the news is full of (بوتين، بيل), or a verb or particle, which the
        callers' title before it rules out."""
        words = self.gazetteer.common_words
        return (word in words and not word.startswith(("ال", "و")) and "ال" + word not in words
                and word not in ar.STOPWORDS and not self.gazetteer.names_a_place(word))

    def countries_named(self, candidates: list[Candidate], demonyms: list[str]) -> Counter:
        """Countries that names needing no evidence pin down, and demonyms, by code; each
        name counts once. A region of no country (الخليج، الكوريتين) pins none."""
        pinned = self.country_pinned_cache
        countries = Counter(demonyms)
        for candidate in {c.key: c for c in candidates}.values():
            code = pinned.get(candidate.entries)
            if code is None:
                code = pinned[candidate.entries] = self._country_pinned(candidate.entries)
            if code:
                countries[code] += 1
        return countries

    def _country_pinned(self, entries: Entries) -> str:
        """The country of the places needing no evidence of a name's entries when they have
        one, else "": asked of every name several times a document, of the same few entries."""
        rows = self.rows
        codes = {rows[p].country_code for p, f in entries if not f & NEEDS_EVIDENCE}
        return codes.pop() if len(codes) == 1 else ""

    def names_only_towns(self, candidate: Candidate) -> bool:
        """Whether the name's places are towns, its lesser senses aside (قنا is Qena; its
        governorate, named after it, only where a cue word asks: a dateline's قنا is the agency)."""
        rows = self.rows
        primary = [p for p, flags in candidate.entries if flags & PRIMARY] or [p for p, _ in candidate.entries]
        for place in primary:  # a loop, no generator
            if rows[place].kind != "city":
                return False
        return True

    def names_a_country(self, candidate: Candidate) -> bool:
        rows = self.rows
        for place, _ in candidate.entries:  # a loop, no generator: rules ask it of most names
            if rows[place].kind == "country":
                return True
        return False

    def may_share_a_given_name(self, place: int) -> bool:
        """A minor town, or a division, whose bare name seldom stands without a cue word.
        (A big city's name before a masculine word is often a construct: برنامج طهران النووي.)"""
        return self.gazetteer.is_minor_town(place) or self.rows[place].place_id.startswith("adm")

    def names_towns_named_as_people(self, candidate: Candidate) -> bool:
        """Towns of less than a million (no capitals) and first-level divisions outside the
        Arab world whose Latin name is a given name (فلاديمير, Vladimir): a famous person's
        given name first, before a famous surname. (In the Arab world the town: غرفة أبها
        ستقدم; Arab given names are compared by their sound instead.)"""
        if candidate.key.isascii() and candidate.key not in self.gazetteer.first_names:
            return False  # Ga., Georgia's abbreviation
        named = self.named_as_people_cache
        for place, _ in candidate.entries:
            found = named.get(place)
            if found is None:
                found = named[place] = self._is_named_as_people(place)
            if not found:
                return False
        return True

    def _is_named_as_people(self, place: int) -> bool:
        gazetteer, row = self.gazetteer, self.rows[place]
        return ((gazetteer.is_town(place) and row.population < PEOPLE_NAMED_TOWN_POPULATION
                 or row.place_id.startswith("adm1:"))
                and row.country_code not in gazetteer.arabic_speaking and fold_name(row.name) in gazetteer.first_names)

    def ends_a_name(self, folded: str, word_start: int, end: int) -> bool:
        """موسكووواشنطن: does a name fill ``folded[word_start:end]`` (after proclitics)?"""
        for prefix in ("", "و", "ف", "ب", "ل"):
            length, packed, _ = self.gazetteer.lookup(folded[word_start + len(prefix):end])
            if packed and length >= 4:
                return True
        return False
