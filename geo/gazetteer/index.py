"""The built gazetteer: places by index, the folded names that lead to them, and the lookups
the recognition and resolution rules ask of it."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from itertools import chain, repeat
from typing import NamedTuple

import ahocorasick

from geo.model import Place

# Name flags.
# An official or everyday name in English or Arabic of the place; without it, a foreign variant
# or a lesser sense ("secondary" in aliases.tsv; a division named after its notable town),
# which a cue word or the document's context must ask for.
PRIMARY = 1
ARTICLE_DROPPED = 2  # ال removed: only valid after the proclitic ل (للبيت الأبيض)
QUALIFIER_ONLY = 4  # only right after "Town, " (AP state abbreviations)
NEEDS_EVIDENCE = 8  # also a common word, a foreign spelling or a name without its article
ALL_CAPS = 32  # an abbreviation (US, UAE): only matches where the text is in capitals too
WORD_FIRST = 64  # a very common word: the document's country is not evidence enough

FLAG_BITS = 7  # entries pack (place index << FLAG_BITS) | flags into one int
FLAG_MASK = (1 << FLAG_BITS) - 1

# Below this population a town (no capital) is minor: in Arabic text with nothing else from
# its country it is more likely a word or a person's name than the town; in English text a
# name before "said" is a person's; named bare, it needs a compatriot in the document.
MINOR_POPULATION = 200_000


def automaton_of(values: dict[str, object]) -> ahocorasick.Automaton:
    """An Aho-Corasick automaton of each key of ``values`` to its value, its keys added with
    the letters most keys use first at every node of its trie. A node looks for the next
    letter of a text among its children one by one, in the order they were added, so a walk
    over a text meets the usual letters (a, space, ا, ي) early instead of after rare ones (ḏ,
    ɛ); the keys, their values and what a walk finds are the same in any order."""
    counts = Counter(chain.from_iterable(values))
    rank = {letter: order for order, (letter, _) in enumerate(counts.most_common())}
    automaton = ahocorasick.Automaton()
    for key in sorted(values, key=lambda key: [rank[letter] for letter in key]):
        automaton.add_word(key, values[key])
    automaton.make_automaton()
    return automaton


class PlaceRow(NamedTuple):
    """One place as the index keeps it: the fields of :class:`~geo.model.Place`, in order."""

    place_id: str
    name: str
    lat: float
    lon: float
    kind: str
    country_code: str
    population: int
    name_ar: str


@dataclass
class Gazetteer:
    """Places and the folded names that lead to them. Built once, then read-only.

    The Aho-Corasick automaton maps each folded name to ``(length, entries, demonym)``:
    ``entries`` packs place index and name flags per place; ``demonym`` is the country code
    when the word is an adjective of nationality (with ``entries`` too when it is also a
    notable place's name: السعودية). Places are
    :class:`PlaceRow` tuples, pickled as plain tuples so the index loads fast;
    ``place(i)`` builds the record.
    """

    place_rows: list[PlaceRow]
    admin1: list[str]  # per place: "CC:Division" it lies in, or ""
    skeletons: dict[str, tuple[int, ...]]  # consonant skeleton of Latin names -> places
    capitals: frozenset[int]
    country_of_code: dict[str, int]
    common_words: frozenset[str]  # folded everyday Arabic and English words
    first_names: frozenset[str]  # folded given names: a place name after one is a surname
    # consonant skeletons of Arab and Persian given names (Bashar, Hala): بشار الأسد is a man
    arabic_given_names: frozenset[str]
    english_speaking: frozenset[str]  # codes of the countries whose main language is English
    arabic_speaking: frozenset[str]  # codes of the countries where Arabic is official
    automaton: ahocorasick.Automaton = field(repr=False)
    # (word, name): words more frequent whole than the proclitic and the town's name they
    # would split into: (بلاتر, لاتر) is Blatter, not ب + Latur; (بايدن, ايدن) is Biden.
    whole_words: frozenset[tuple[str, str]] = frozenset()
    # Folded Arabic words as frequent as FREQUENT_WORD_ZIPF, which after a cue word are words
    # first: منطقة نائية is a remote area, المنطقة سيستغرق no West Greece.
    frequent_words: frozenset[str] = frozenset()
    # Folded Arabic names of minor towns of the Arab world that Arabic news names bare, without
    # their country (الفلوجة، صلالة): geo.gazetteer.words.famous_towns.
    famous_towns: frozenset[str] = frozenset()
    # Folded names that are words prepositions take too (مشهد "a scene"):
    # geo.gazetteer.words.nouns_after_prepositions.
    nouns_after_prepositions: frozenset[str] = frozenset()
    _places: dict[int, Place] = field(default_factory=dict, repr=False, compare=False)

    def place(self, index: int) -> Place:
        place = self._places.get(index)
        if place is None:
            place = self._places[index] = Place(*self.place_rows[index])
        return place

    def lookup(self, key: str) -> tuple[int, tuple[int, ...], str]:
        """``(length, entries, demonym)`` for a folded name, or ``(0, (), "")``."""
        return self.automaton.get(key, (0, (), ""))

    def names_a_place(self, key: str) -> bool:
        """Whether a folded word or name leads to any place."""
        return bool(self.lookup(key)[1])

    def places_named(self, key: str) -> dict[int, int]:
        """Place -> flags of the places named ``key``."""
        return dict(unpack(e) for e in self.lookup(key)[1])

    def is_minor_town(self, place: int) -> bool:
        """A town of fewer than MINOR_POPULATION people that is no capital."""
        row = self.place_rows[place]
        return row.kind == "city" and row.population < MINOR_POPULATION and place not in self.capitals

    def is_town(self, place: int) -> bool:
        """A town or city that is no capital."""
        return self.place_rows[place].kind == "city" and place not in self.capitals

    def is_notable(self, place: int) -> bool:
        """A country, continent, capital or big city: a name the news uses as the place."""
        row = self.place_rows[place]
        return row.kind in ("country", "continent") or (row.kind == "city" and not self.is_minor_town(place))

    def names_a_notable_place(self, key: str) -> bool:
        """Georgia, Jordan, Victoria: given names too, but a country or an English-speaking
        country's state first (Paul, a region of Cape Verde, is a given name first)."""
        rows = self.place_rows
        return any(rows[p].kind == "country" or (rows[p].place_id.startswith("adm1:") and rows[p].country_code in self.english_speaking)
                   for p, _ in map(unpack, self.lookup(key)[1]))

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        state["_places"] = {}
        state["place_rows"] = [tuple(row) for row in self.place_rows]
        return state

    def __setstate__(self, state: dict) -> None:
        # One C-level call per row: unpickling the rows as PlaceRow would call its Python
        # constructor 66,000 times.
        state["place_rows"] = list(map(tuple.__new__, repeat(PlaceRow), state["place_rows"]))
        self.__dict__.update(state)


def unpack(entry: int) -> tuple[int, int]:
    """(place index, flags) of a packed entry."""
    return entry >> FLAG_BITS, entry & FLAG_MASK


def is_lesser_division(place_id: str, flags: int) -> bool:
    """Whether a name leads to a first-level division by its lesser sense (the governorates of
    حلب and القصرين, named like their towns), which leaves the name its town's."""
    return not flags & PRIMARY and place_id.startswith("adm1:")


def pack(index: int, flags: int) -> int:
    """The packed entry of a place index and its name flags."""
    return (index << FLAG_BITS) | flags
