"""Arabic spellings of foreign names that the sources do not list, made from those they do
(and English "St." for "Saint").

Arabic writes a foreign name's vowels with or without a long-vowel letter, its hard g as
غ or ج, its opening "s" and consonant with an alif before them or not, and "Saint" as
سانت or سان: GeoNames and CLDR give تايلاند، الدانمرك، اورغواي، هامبورغ، ستوكهولم، سانت
بطرسبرغ, the news writes تايلند، الدانمارك، اوروغواي، هامبورج، استوكهولم، سان بطرسبرغ too.
Each notable foreign place's Arabic name gives the spellings that differ from it by one
long-vowel letter inside one of its words, by its hard g, by that alif or by its "Saint"; a
spelling that is a word, or another place's name, is not added. A compass word is
transliterated too (كارولاينا الشمالية, نورث كارولاينا).

Only notable places abroad, whose names are foreign: an Arabic name's long vowels are part
of the word (السعودية is no السعودة), and a small town's variants would be rare words that
sound like it by chance.
"""

from __future__ import annotations

from collections.abc import Iterator

from geo.arabic import FOLDED_FEMININE_ENDING, HARD_G_LETTERS, LONG_VOWEL_LETTERS, is_arabic
from geo.gazetteer.build import Builder
from geo.gazetteer.divisions import ARABIC_COMPASS_ADJECTIVES
from geo.gazetteer.index import ARTICLE_DROPPED, PRIMARY
from geo.gazetteer.sources import arabic_countries, common_words, first_names, word_frequencies
from geo.gazetteer.words import EXEMPT_CAPITAL_POPULATION
from geo.text import fold_name

# Whose names get variants: countries of this many people (not Anguilla, whose انغيلا is
# Angela Merkel's), and capitals that are household names (EXEMPT_CAPITAL_POPULATION),
# first-level divisions and cities of this many whose name is no given name (هاملتون is
# Lewis Hamilton, not Hamilton, Bermuda).
VARIANT_COUNTRY_POPULATION = 200_000
VARIANT_CITY_POPULATION = 1_000_000
# A name of several words is no word by chance: cities this big get its variants too
# (نيو أورلينز, نيو أورليانز).
VARIANT_NAME_OF_WORDS_POPULATION = 100_000
# Towns of this many people are found by "St." and "Saint" whichever GeoNames writes.
SAINT_FORM_POPULATION = 50_000
# A variant's changed word, and the word it comes from, have at least this many letters:
# shorter ones are words by chance (بوكر for Bogor, تدني for Taoudenit, أكيرا for اكرا).
MIN_VARIANT_LETTERS = 5
# A spelling this frequent (Zipf) is an everyday word, not a name's variant.
VARIANT_WORD_ZIPF = 4.0
# Arabic endings of adjectives and plurals (السعودية، فرنسيا، البحرين): a long vowel is
# not added or dropped just before them.
_WORD_ENDINGS = frozenset("اويهنت")
# How Arabic transliterates an English compass word (folded), by the word: North Carolina is
# كارولاينا الشمالية and نورث كارولاينا.
_TRANSLITERATED_COMPASS = {"north": "نورث", "south": "ساوث", "west": "وست", "east": "ايست"}
# The same by the Arabic adjective of the point (divisions.ARABIC_COMPASS_ADJECTIVES).
_BY_ADJECTIVE = {ARABIC_COMPASS_ADJECTIVES[english]: english for english in _TRANSLITERATED_COMPASS}
# Arabic may open a foreign name that starts with "s" and a consonant with an alif.
_SEEN, _PROTHETIC_ALIF = "س", "ا"
_CLOSING_ALIF = "ا"  # a foreign name's closing "a" written with alif (كويتا), not ة
# "Saint" before a name: سانت بطرسبرغ، سان بطرسبرغ (folded).
_SAINT = ("سانت", "سان")
# And in English (folded): Saint Cloud, St. Cloud.
_ENGLISH_SAINT = ("saint", "st.")
_NEW = "نيو"  # "New" as Arabic writes it before a name, run into it or not


def add_spelling_variants(builder: Builder) -> None:
    """Add each notable foreign place's Arabic spelling variants as names, with the flags of
    the name they come from."""
    frequencies, everyday, given_names = word_frequencies(), common_words(), first_names()
    variants: dict[str, dict[int, int]] = {}
    for key, entries in builder.names.items():
        if not is_arabic(key):
            continue
        sources = {index: flags for index, flags in entries.items()
                   if _gives_variants(builder, index, flags, given_names, key)}
        if not sources:
            continue
        for variant in spelling_variants(key):
            if variant in builder.names or variant in everyday or frequencies.get(variant, 0.0) >= VARIANT_WORD_ZIPF:
                continue
            variants.setdefault(variant, {}).update(sources)
    for variant, entries in variants.items():
        for index, flags in entries.items():
            builder.add_name(index, variant, flags)
    _add_transliterated_compass_names(builder)
    _add_english_saint_forms(builder)


def _add_english_saint_forms(builder: Builder) -> None:
    """English writes "Saint" as "St." (St. Cloud, St. Paul) and GeoNames one or the other:
    each form gets the towns of the other (Saint Cloud, Minnesota is found as St. Cloud;
    St. Paul leads to Saint Paul, Minnesota's capital, too). Only towns of
    SAINT_FORM_POPULATION: "St. Patrick's Day", "St. James Youth Center" and "St. Rose
    Hospital" name saints, not parishes of Barbados or a village of Louisiana."""
    places = builder.places
    added: list[tuple[int, str, int]] = []
    for key, entries in builder.names.items():
        first, _, rest = key.partition(" ")
        if rest and first in _ENGLISH_SAINT:
            added += [(index, f"{form} {rest}", flags) for form in _ENGLISH_SAINT if form != first
                      for index, flags in entries.items()
                      if places[index].kind == "city" and places[index].population >= SAINT_FORM_POPULATION]
    for index, name, flags in added:
        known = builder.names.get(name, {})
        if index not in known:
            builder.add_name(index, name, flags)
        elif flags & PRIMARY and not known[index] & PRIMARY:  # GeoNames's alternate "St. Paul"
            builder.add_name(index, name, known[index] | PRIMARY, override=True)


def add_spaced_new_forms(builder: Builder) -> None:
    """A place whose English name starts with "New" and whose Arabic name runs نيو into the
    rest (نيوجيرسي، نيومكسيكو) is written with a space too (ولاية نيو جيرسي، نيو مكسيكو):
    the spaced form, with the same flags, once every flag is set (a spaced name the index
    has already keeps its own)."""
    added = []
    for key, entries in builder.names.items():
        rest = key[len(_NEW):]
        if not key.startswith(_NEW) or not rest.isalpha() or not is_arabic(key):
            continue
        added += [(_NEW + " " + rest, index, flags) for index, flags in entries.items()
                  if builder.places[index].name.startswith("New ")]
    for name, index, flags in added:
        if index not in builder.names.get(name, {}):
            builder.add_name(index, name, flags)


def _add_transliterated_compass_names(builder: Builder) -> None:
    """North Carolina is كارولاينا الشمالية in GeoNames, and نورث كارولاينا in the news too:
    a place whose English name starts with a compass word, and its Arabic names that end with
    that word's adjective, give the transliterated form and its spelling variants."""
    added: dict[str, set[int]] = {}
    for key, entries in builder.names.items():
        base, _, last = key.rpartition(" ")
        if not base or last not in _BY_ADJECTIVE or not is_arabic(key):
            continue
        english = _BY_ADJECTIVE[last]
        for index, flags in entries.items():
            if flags & PRIMARY and builder.places[index].name.startswith(english.title() + " "):
                name = f"{_TRANSLITERATED_COMPASS[english]} {base}"
                for form in (name, *spelling_variants(name)):
                    added.setdefault(form, set()).add(index)
    for form, indexes in added.items():
        if form not in builder.names:
            for index in indexes:
                builder.add_name(index, form, PRIMARY)


def _gives_variants(builder: Builder, index: int, flags: int, given_names: frozenset[str], key: str) -> bool:
    place = builder.places[index]
    if not flags & PRIMARY or flags & ARTICLE_DROPPED or place.country_code in arabic_countries():
        return False
    if place.kind == "country":
        return place.population >= VARIANT_COUNTRY_POPULATION
    if fold_name(place.name) in given_names:
        return False
    if place.kind == "city" and index in builder.capitals:
        return place.population >= EXEMPT_CAPITAL_POPULATION  # not Marigot (مارغوت is Margot)
    if place.kind != "city":
        return place.place_id.startswith("adm1:")
    return place.population >= (VARIANT_NAME_OF_WORDS_POPULATION if " " in key else VARIANT_CITY_POPULATION)


def spelling_variants(name: str) -> set[str]:
    """The spellings of a folded Arabic name that differ from it in one word, by one
    long-vowel letter or by its hard g, by an alif before its opening "st", by how it
    writes "Saint" or its closing "a": تايلاند gives تايلند, الدانمرك gives الدانمارك, ستوكهولم
    gives استوكهولم, سانت بطرسبرغ gives سان بطرسبرغ, كويته gives كويتا."""
    words = name.split(" ")
    found = set()
    if len(words) > 1 and words[0] in _SAINT:
        found.update(" ".join((saint, *words[1:])) for saint in _SAINT)
    for position, word in enumerate(words):
        if len(word) < MIN_VARIANT_LETTERS:
            continue
        for variant in _word_variants(word):
            if len(variant) >= MIN_VARIANT_LETTERS:
                found.add(" ".join((*words[:position], variant, *words[position + 1:])))
    # An alif before the name's opening س and a consonant: ستوكهولم، استوكهولم (Stockholm). Not
    # dropped where the name has it: in اسمرة (Asmara) it is a vowel, and سمرة a word.
    if name[0] == _SEEN and name[1] not in LONG_VOWEL_LETTERS and len(words[0]) >= MIN_VARIANT_LETTERS:
        found.add(_PROTHETIC_ALIF + name)
    # A foreign name's closing "a" is written ة or ا: كويتة، كويتا (Quetta). Not the other
    # way: an ا written ة makes Arabic words (أدانا, Adana: إدانة "condemnation").
    if name.endswith(FOLDED_FEMININE_ENDING) and len(words[-1]) >= MIN_VARIANT_LETTERS:
        found.add(name[:-1] + _CLOSING_ALIF)
    found.discard(name)
    return found


def _word_variants(word: str) -> Iterator[str]:
    # The article's letters and the word's first letter stay; so do the last two, where
    # Arabic endings are (a long vowel dropped before a last consonant: بنغلادش).
    first = 3 if word.startswith("ال") else 1
    last = len(word) - 1
    for at in range(first, last - 1):
        if word[at] in LONG_VOWEL_LETTERS and (_between_consonants(word, at) or _diphthong(word, at)):
            yield word[:at] + word[at + 1:]
    if last - 1 >= first and word[last] not in _WORD_ENDINGS and word[last - 1] in LONG_VOWEL_LETTERS \
            and word[last - 2] not in LONG_VOWEL_LETTERS:
        yield word[:last - 1] + word[last]
    for at in range(first, last):
        if word[at - 1] not in LONG_VOWEL_LETTERS and word[at] not in LONG_VOWEL_LETTERS:
            for vowel in LONG_VOWEL_LETTERS:
                yield word[:at] + vowel + word[at:]
    # Not a first letter: جينيا is "genetically" before it is Guinea.
    for letter, other in (HARD_G_LETTERS, HARD_G_LETTERS[::-1]):
        if letter in word[1:]:
            yield word[0] + word[1:].replace(letter, other)


def _diphthong(word: str, at: int) -> bool:
    """اي after a consonant: "ai", written ي too (كارولاينا، كارولينا)."""
    return word[at] == "ا" and word[at + 1] == "ي" and word[at - 1] not in LONG_VOWEL_LETTERS


def _between_consonants(word: str, at: int) -> bool:
    return word[at - 1] not in LONG_VOWEL_LETTERS and word[at + 1] not in LONG_VOWEL_LETTERS
