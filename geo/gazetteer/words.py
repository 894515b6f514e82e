"""Names that are words too: flagged to need evidence, or dropped for minor places; and the
demonyms, the adjectives of nationality that name no place but say which country is meant."""

from __future__ import annotations

from geo.arabic import ACCUSATIVE_ALIF, ARTICLE, is_arabic
from geo.gazetteer.build import Builder
from geo.gazetteer.cities import EVIDENCE_ZIPF, SMALL_TOWN_POPULATION
from geo.gazetteer.index import (
    ARTICLE_DROPPED, MINOR_POPULATION, NEEDS_EVIDENCE, PRIMARY, WORD_FIRST, is_lesser_division)
from geo.gazetteer.skeletons import arabic_skeleton
from geo.gazetteer.sources import (
    DATA, FREQUENT_WORD_ZIPF, arabic_countries, arabic_given_names, arabic_majority_countries, english_words,
    is_english_word, read_tsv, word_frequencies, words_hiding)
from geo.lang import ar
from geo.model import Place
from geo.proclitics import BARE_NAME_PREFIXES
from geo.text import fold_name

# EVIDENCE_ZIPF: a name this frequent as a word (Zipf scale) is a word first: the place needs evidence.
# ... this frequent, the document's country is not evidence enough;
WORD_FIRST_ZIPF = 4.8
# ... and this frequent, a minor place is not worth the false matches at all.
DROP_ZIPF = 5.5
MAJOR_POPULATION = 1_000_000
# A town this big keeps a name that is an everyday word, but only where a cue word names it
# (مدينة صور): smaller ones are not worth the false matches.
CUED_WORD_POPULATION = 100_000
ARTICLE_WORD_ZIPF = 2.5  # a name with its article added or dropped this frequent is a word
NAME_AFTER_PREPOSITION_ZIPF = 3.0  # بغزة this frequent: غزة is a name, however frequent
# A minor town abroad whose Arabic name is this frequent owes it to someone or something else.
FAMOUS_NAME_ZIPF = 3.5
# A town of the Arab world this big whose Arabic name is this frequent, and no word, is known
# to Arabic readers without its country (الفلوجة، صلالة، القيروان).
FAMOUS_TOWN_ZIPF = 3.0
FAMOUS_TOWN_POPULATION = 100_000
# A name that is a word too and stands after the preposition ب this often (Zipf) as a word is
# a noun prepositions take (بمشهد "in a scene", بصور "with pictures"), not an adverb (بدوما).
NOUN_AFTER_PREPOSITION_ZIPF = 2.8
# A capital smaller than this (The Valley, Anguilla: دولي "international") is no household name.
EXEMPT_CAPITAL_POPULATION = 100_000
SHORT_NAME = 3
SHORT_NAME_POPULATION = 200_000
SHORT_DIVISION_WORD_ZIPF = 4.8  # a division's three-letter name this frequent is dropped: باي 5.0 (حجة 4.5 stays)
SHORT_WORD_ZIPF = 3.5  # a three-letter name this frequent is a word too: its city needs its country named
CONJUNCTION_WORD_ZIPF = 4.0  # a name that is و and a word this frequent reads as "and" + the word
# A city abroad this small whose name is this frequent and sounds like an Arab given name
# needs its country named: the frequency comes from the people (هالة، ساري، مينا).
GIVEN_NAME_CITY_POPULATION = 300_000
GIVEN_NAME_ZIPF = 3.5


def yield_to_notable_names(builder: Builder) -> None:
    """A small town does not share a name with a country, a world region or a curated place:
    in the news "the Middle East" is never the hamlet of 1,872 in Pennsylvania, however
    American the story."""
    for entries in builder.names.values():
        if len(entries) > 1 and any(builder.places[i].kind != "city" and _is_exempt(builder, i) for i in entries):
            for index in [i for i in entries if builder.places[i].kind == "city"
                          and builder.places[i].population < SMALL_TOWN_POPULATION and i not in builder.capitals]:
                del entries[index]


def flag_common_words(builder: Builder) -> None:
    """Names that are everyday words need evidence; very common ones name only major places.

    Countries, continents, capitals, big cities and curated places are exempt: in news
    their name is the place. Word frequencies (wordfreq) do not tell "Columbus" from
    "reading", since they count lower-cased text; so a Latin name counts as a word only
    when an English dictionary lists it in lower case too.
    """
    frequencies = word_frequencies()
    dictionary = english_words()
    arabic = arabic_countries()
    for key, entries in builder.names.items():
        if " " in key:
            continue
        frequency = frequencies.get(key, 0.0)
        if frequency < EVIDENCE_ZIPF or (key.isascii() and not is_english_word(key, dictionary)):
            continue
        if is_arabic(key) and not _is_arabic_word(key, frequencies):
            continue
        for index in list(entries):
            place = builder.places[index]
            if _is_exempt(builder, index):
                # A capital's name is the capital, but not a bare everyday word GeoNames
                # also gives it (أمان "safety", beside الأمان, for Amman: عمان).
                if index in builder.capitals and _is_bare_word(key, frequencies):
                    entries[index] |= NEEDS_EVIDENCE | WORD_FIRST
                continue
            # A big city keeps a name that is a word in its own language (the Arab world's
            # Arabic names, the English-speaking world's English ones); an Arabic word that
            # spells a city elsewhere (هوية Huế, مشهد Mashhad) is the word first.
            if place.population >= MAJOR_POPULATION and (key.isascii() or place.country_code in arabic):
                continue
            if frequency >= DROP_ZIPF and place.population < CUED_WORD_POPULATION and not place.place_id.startswith("adm"):
                del entries[index]
            else:
                # Abroad, an Arabic word is the word even in a story about the place's
                # country (مشهد "a scene" in a story about Iran, قوم "a people"): it takes
                # a cue word, a qualifier or a list of its compatriots. So is a small town's
                # at home (الخبراء "the experts", الوجه "the face" in Saudi news; عاصفة
                # الحزم "Decisive Storm" in Yemeni news).
                # So is a bare word written more often with the article than without
                # (سلطات, of السلطات "the authorities": no Settat in a story about Morocco).
                abroad = is_arabic(key) and place.country_code not in arabic
                small_town = place.kind == "city" and place.population < CUED_WORD_POPULATION
                word_first = frequency >= WORD_FIRST_ZIPF or abroad or small_town or _is_bare_word_with_article(key, frequencies)
                entries[index] |= NEEDS_EVIDENCE | (WORD_FIRST if word_first else 0)
    _flag_famous_names_of_minor_towns(builder, frequencies, arabic)
    _flag_frequent_names_of_villages(builder, frequencies, arabic)
    _flag_short_words_abroad(builder, frequencies, arabic)
    _flag_words_taking_the_article_abroad(builder, frequencies, arabic)
    # After the flags above: it raises the names they (and flag_common_words) flagged.
    _flag_frequent_other_names_abroad(builder, frequencies, arabic)
    _flag_conjunction_readings(builder, frequencies, arabic)
    _flag_given_names_abroad(builder, frequencies, arabic)
    _drop_names_of_function_words(builder, frequencies)
    _drop_short_minor_names(builder, frequencies, arabic)
    for row in read_tsv(DATA / "ambiguous_words.tsv"):
        for index in builder.names.get(fold_name(row["word"]), {}):
            builder.names[fold_name(row["word"])][index] |= NEEDS_EVIDENCE | WORD_FIRST
    for key in [k for k, v in builder.names.items() if not v]:
        del builder.names[key]


def _flag_famous_names_of_minor_towns(builder: Builder, frequencies: dict[str, float], arabic: frozenset[str]) -> None:
    """A minor town abroad whose Arabic name is as frequent as an everyday word owes that to
    someone or something else: a person (كلينتون Clinton, Iowa; هارفي; روزفلت), a company
    (نوكيا), a word (أنتم "you": Anthem, Arizona). Arabic news seldom names such a town: it
    takes a cue word, a qualifier or a list of its compatriots, not its country alone."""
    for key, entries in builder.names.items():
        if not is_arabic(key) or frequencies.get(key, 0.0) < FAMOUS_NAME_ZIPF:
            continue
        for index in entries:
            if _is_minor_town(builder, index) and builder.places[index].country_code not in arabic:
                entries[index] |= NEEDS_EVIDENCE | WORD_FIRST


def _flag_frequent_names_of_villages(builder: Builder, frequencies: dict[str, float], arabic: frozenset[str]) -> None:
    """A town of the Arab world of fewer than SMALL_TOWN_POPULATION people whose Arabic name is
    as frequent as EVIDENCE_ZIPF owes that to a word or a man, never to itself, though the
    word never takes the article: لا سيما "especially" is no Sima in the Comoros, حكما "a
    ruling" no Hakama, ملكا "a king" no Malka in Jordan."""
    for key, entries in builder.names.items():
        if " " in key or not is_arabic(key) or frequencies.get(key, 0.0) < EVIDENCE_ZIPF:
            continue
        for index in entries:
            place = builder.places[index]
            if place.kind == "city" and place.country_code in arabic and place.population < SMALL_TOWN_POPULATION:
                entries[index] |= NEEDS_EVIDENCE | WORD_FIRST


def _is_minor_town(builder: Builder, index: int) -> bool:
    """``Gazetteer.is_minor_town`` while the index is built: a town of fewer than
    MINOR_POPULATION people that is no capital."""
    place = builder.places[index]
    return place.kind == "city" and place.population < MINOR_POPULATION and index not in builder.capitals


def _is_arabic_word(key: str, frequencies: dict[str, float]) -> bool:
    """Whether a frequent Arabic name is also an everyday word. Wordfreq counts names too
    (حضرموت is as frequent as many words), but a proper noun seldom changes its article:
    تعز is never التعز, nor القصيم قصيم; a common word does (جدة, الجدة; الشرقية, شرقية).
    A word as frequent as لأول is one whatever its article does (كان, منا), unless it
    also stands after the preposition ب as often as a name does (غزة, بغزة)."""
    other = key[2:] if key.startswith("ال") else "ال" + key
    if frequencies.get(other, 0.0) >= ARTICLE_WORD_ZIPF:
        return True
    return frequencies.get(key, 0.0) >= WORD_FIRST_ZIPF and frequencies.get("ب" + key, 0.0) < NAME_AFTER_PREPOSITION_ZIPF


def _is_bare_word(key: str, frequencies: dict[str, float]) -> bool:
    """An Arabic word without the article that is frequent with it too (أمان, الأمان)."""
    return is_arabic(key) and not key.startswith("ال") and frequencies.get("ال" + key, 0.0) >= EVIDENCE_ZIPF


def _is_bare_word_with_article(key: str, frequencies: dict[str, float]) -> bool:
    """An Arabic word without the article that is more frequent with it (سلطات, السلطات)."""
    return is_arabic(key) and not key.startswith("ال") and frequencies.get("ال" + key, 0.0) > frequencies.get(key, 0.0)


def _flag_short_words_abroad(builder: Builder, frequencies: dict[str, float], arabic: frozenset[str]) -> None:
    """A three-letter Arabic name of a city abroad that is as frequent as a word (SHORT_WORD_ZIPF)
    is that city only in a story that names its country: سدة الحكم "the seat of power" is no
    Khomeyni Shahr, لوم "blame" no Lomé, هزة "a tremor" no Heze, أبا "father" no Aba, كروم
    "vineyards" no ك + روم; but نيس in a story about France is Nice. (Another name of the
    city as frequent as FAMOUS_NAME_ZIPF, سدة or لوم, needs more:
    _flag_frequent_other_names_abroad.) Short words hide inside
    longer ones and after proclitics too often to be trusted bare. A capital keeps its own
    Arabic name (سول is Seoul, دكا Dhaka, in any story), not another one (روم beside روما)."""
    for key, entries in builder.names.items():
        if len(key) > SHORT_NAME or not is_arabic(key) or frequencies.get(key, 0.0) < SHORT_WORD_ZIPF:
            continue
        for index in entries:
            if _abroad_by_another_name(builder, index, key, arabic):
                entries[index] |= NEEDS_EVIDENCE


def _flag_words_taking_the_article_abroad(builder: Builder, frequencies: dict[str, float],
                                          arabic: frozenset[str]) -> None:
    """A city abroad whose bare Arabic name is a frequent word (FREQUENT_WORD_ZIPF) that also
    takes the article (ARTICLE_WORD_ZIPF) is the word first, however big the city: a name
    seldom changes its article, a word does (مدان "convicted", المدان: no Medan; بخاري of
    البخاري: no Bukhara; بنين "boys": no Benin City; هاربين "fleeing": no Harbin). More
    frequent words are flag_common_words'; a name that begins with ال abroad is a foreign
    name's Al (الماتي, Almaty), not the article. A capital keeps its names (كابل, Kabul)."""
    for key, entries in builder.names.items():
        if " " in key or not is_arabic(key) or key.startswith("ال") \
                or not FREQUENT_WORD_ZIPF <= frequencies.get(key, 0.0) < EVIDENCE_ZIPF \
                or frequencies.get("ال" + key, 0.0) < ARTICLE_WORD_ZIPF:
            continue
        for index, flags in entries.items():
            # An article-dropped form (ماتي of الماتي) is the name's own: its article proves nothing.
            if not flags & ARTICLE_DROPPED and _abroad_by_another_name(builder, index, key, arabic) \
                    and not _is_exempt(builder, index):
                entries[index] = flags | NEEDS_EVIDENCE | WORD_FIRST


def _flag_frequent_other_names_abroad(builder: Builder, frequencies: dict[str, float], arabic: frozenset[str]) -> None:
    """A city abroad that needs evidence for a name as frequent as FAMOUS_NAME_ZIPF, other
    than its own Arabic name, is that city only where a cue word, a qualifier or its
    compatriots name it, as flag_common_words has it for the words it flags abroad: its
    country named is no evidence (اللعب سويا "playing together" in a story on Spain is no
    Sevilla; وين "where" in one on Austria no Vienna; أمسك "he held" in one on Russia no Omsk;
    سايكس بيكو no Vigo)."""
    for key, entries in builder.names.items():
        if " " in key or not is_arabic(key) or frequencies.get(key, 0.0) < FAMOUS_NAME_ZIPF:
            continue
        for index, flags in entries.items():
            if flags & NEEDS_EVIDENCE and _abroad_by_another_name(builder, index, key, arabic) \
                    and fold_name(builder.places[index].name_ar) != key:
                entries[index] = flags | WORD_FIRST


def _flag_conjunction_readings(builder: Builder, frequencies: dict[str, float], arabic: frozenset[str]) -> None:
    """A city abroad whose Arabic name reads as و "and" before a frequent word
    (CONJUNCTION_WORD_ZIPF) is that city only in a story that names its country: وأرى "and I
    see" is no Warri, وشقة "and a flat" no Huesca, واو no Wau. A capital keeps its own name,
    and a city of a million its names (وهان, Wuhan)."""
    for key, entries in builder.names.items():
        if not key.startswith("و") or " " in key or frequencies.get(key[1:], 0.0) < CONJUNCTION_WORD_ZIPF:
            continue
        for index in entries:
            if _abroad_by_another_name(builder, index, key, arabic) and builder.places[index].population < MAJOR_POPULATION:
                entries[index] |= NEEDS_EVIDENCE


def _flag_given_names_abroad(builder: Builder, frequencies: dict[str, float], arabic: frozenset[str]) -> None:
    """A city abroad of fewer than GIVEN_NAME_CITY_POPULATION people whose Arabic name is
    frequent (GIVEN_NAME_ZIPF) and sounds like an Arab given name is that city only in a story
    that names its country: the news names more women Hala than it names Halle (هالة), more
    men Sari than Sari in Iran (ساري), and Yerry Mina more than Minna (مينا). Household names
    (لاهاي، ليون، ميامي) and capitals keep theirs. (A name that is also a word taking the
    article, هالة and ساري, needs more: _flag_words_taking_the_article_abroad.)"""
    given = arabic_given_names()
    for key, entries in builder.names.items():
        if " " in key or not is_arabic(key) or frequencies.get(key, 0.0) < GIVEN_NAME_ZIPF \
                or arabic_skeleton(key) not in given:
            continue
        for index in entries:
            if _abroad_by_another_name(builder, index, key, arabic) and index not in builder.capitals \
                    and builder.places[index].population < GIVEN_NAME_CITY_POPULATION:
                entries[index] |= NEEDS_EVIDENCE


def _drop_names_of_function_words(builder: Builder, frequencies: dict[str, float]) -> None:
    """A name of two or more Arabic words that are each as frequent as a particle or a pronoun
    (DROP_ZIPF) reads as them, whatever place it spells: هي في "she is in" is no Hefei (خفي)."""
    for key in list(builder.names):
        words = key.split()
        if len(words) > 1 and is_arabic(key) and all(frequencies.get(word, 0.0) >= DROP_ZIPF for word in words):
            entries = builder.names[key]
            for index in [i for i in entries if not _is_exempt(builder, i)]:
                del entries[index]


def _abroad_by_another_name(builder: Builder, index: int, key: str, arabic: frozenset[str]) -> bool:
    """A city outside the Arab world, named by ``key`` unless ``key`` is its own Arabic name
    and it is a capital (سول is Seoul's, روم only one of Rome's)."""
    place = builder.places[index]
    return place.kind == "city" and place.country_code not in arabic \
        and not (index in builder.capitals and fold_name(place.name_ar) == key)


def _drop_short_minor_names(builder: Builder, frequencies: dict[str, float], arabic: frozenset[str]) -> None:
    """Three-letter names hit inside countless words; keep them for notable places only, for
    a first-level division named like a notable town of its country (its capital, mostly)
    as the name's lesser sense, which a cue word asks for (محافظة حلب is Aleppo Governorate,
    حلب bare the city; Van, Qom, Ibb too), and for another first-level division of the Arab
    world as a word first, which a cue word or a list of its compatriots makes the place:
    محافظة لحج, not ل + حج "for the pilgrimage"; محافظات مأرب وحجة, not حجة "an argument"."""
    places = builder.places
    for key, entries in builder.names.items():
        if len(key) > SHORT_NAME:
            continue
        notable = {index for index in entries
                   if _is_exempt(builder, index) or places[index].population >= SHORT_NAME_POPULATION}
        for index in list(entries):
            if index in notable:
                continue
            town = _notable_town_alike(builder, index, notable)
            if places[index].population >= CUED_WORD_POPULATION:
                entries[index] |= NEEDS_EVIDENCE | WORD_FIRST
            elif town is not None:
                # With the town's restrictions: the article-dropped رقة is no و + رقة in ورقة.
                entries[index] = entries[town] & ~PRIMARY
            elif _is_short_division_name(places[index], entries[index], frequencies.get(key, 0.0), arabic):
                entries[index] |= NEEDS_EVIDENCE | WORD_FIRST
            else:
                del entries[index]


def _is_short_division_name(place: Place, flags: int, frequency: float, arabic: frozenset[str]) -> bool:
    """Whether a three-letter name is the own name of a first-level division of the Arab
    world as written (abroad CLDR's short names are words first: غور "depth" is no Ghowr in
    طريق غور; nor the form without its article that ل asks for: للكاف is "for the CAF" as
    often as for Le Kef), and no word so frequent that it is mostly part of other names
    (باي: ملعب باي أرينا)."""
    return place.place_id.startswith("adm1:") and place.country_code in arabic and not flags & ARTICLE_DROPPED \
        and frequency < SHORT_DIVISION_WORD_ZIPF


def _notable_town_alike(builder: Builder, index: int, notable: set[int]) -> int | None:
    """The notable town of a division's country that shares its name, if the place is a
    first-level division."""
    place = builder.places[index]
    if not place.place_id.startswith("adm1:"):
        return None
    return next((town for town in notable if builder.places[town].kind == "city"
                 and builder.places[town].country_code == place.country_code), None)


def _is_exempt(builder: Builder, index: int) -> bool:
    place = builder.places[index]
    return (
        place.kind in ("country", "continent")
        or (index in builder.capitals and place.population >= EXEMPT_CAPITAL_POPULATION)
        or place.place_id.startswith(("alias:", "un:", "adm1:US:"))
    )


def whole_words(builder: Builder) -> frozenset[tuple[str, str]]:
    """(word, name) pairs of Arabic words more frequent whole than the town's name they would
    split into after a proclitic: (بلاتر, لاتر), (بايدن, ايدن), (كمبالا, مبالا), (فاجن, اجن) (the
    فاجن of فولكس فاجن is no ف + Aachen), (فاتن, اتن); and of number words, however frequent
    the name: (بليون, ليون). Towns only, as the everyday-word split rule reads, and capitals by
    names other than their own."""
    frequencies = word_frequencies()
    found = set()
    for key, entries in builder.names.items():
        # A capital's own Arabic name is read whole, another of its names as any town's
        # (فاتن "charming", a given name, is no ف + اتن, one of Athens' names beside أثينا).
        if not is_arabic(key) or " " in key or not all(
                builder.places[i].kind == "city" and (i not in builder.capitals or _another_name_of(builder, i, key))
                for i in entries):
            continue
        found.update((word, key) for word in words_hiding(key, frequencies))
        found.update((word, key) for word in ar.NUMBER_WORDS
                     if word.endswith(key) and word[:-len(key)] in BARE_NAME_PREFIXES)
    return frozenset(found)


def famous_towns(builder: Builder) -> frozenset[str]:
    """Folded one-word Arabic names of minor towns of Arabic-speaking countries that Arabic text names as
    often as an everyday word (FAMOUS_TOWN_ZIPF) while no word: a reader knows الفلوجة or
    القيروان without the country. Each place of the name is such a town, one of them at least
    FAMOUS_TOWN_POPULATION strong, and the name is plain (no flag asks for evidence): السفيرة
    ("the ambassador"), also a town of Syria, is a word, as its article comes and goes; بعقوبة
    is also ب + عقوبة ("with a penalty"), a word more frequent than the name, and صيدا the
    accusative of صيد ("prey": أصبح صيدا سهلا)."""
    frequencies = word_frequencies()
    arabic = arabic_majority_countries()
    found = set()
    for key, entries in builder.names.items():
        if not is_arabic(key) or " " in key or frequencies.get(key, 0.0) < FAMOUS_TOWN_ZIPF \
                or _is_arabic_word(key, frequencies):
            continue
        # A division's lesser sense (the governorate of القيروان) leaves the name the town's.
        primary = {index: flags for index, flags in entries.items()
                   if not is_lesser_division(builder.places[index].place_id, flags)}
        if not primary or any(flags != PRIMARY for flags in primary.values()) \
                or _is_proclitic_and_word(key, frequencies) or _is_accusative_of_word(key, frequencies):
            continue
        if all(_is_minor_town(builder, i) and builder.places[i].country_code in arabic for i in primary) \
                and max(builder.places[i].population for i in primary) >= FAMOUS_TOWN_POPULATION:
            found.add(key)
    return frozenset(found)


def nouns_after_prepositions(builder: Builder) -> frozenset[str]:
    """Folded Arabic names that need evidence and are words that prepositions take as often
    as NOUN_AFTER_PREPOSITION_ZIPF after ب (مشهد "a scene": في مشهد مؤثر; صور "pictures"):
    after a preposition they are no more a place than anywhere. Not دوما ("always"), which
    no preposition takes: من دوما is the town."""
    frequencies = word_frequencies()
    # A name with its article is left out: بالطائف is frequent for the town.
    return frozenset(key for key, entries in builder.names.items()
                     if is_arabic(key) and not key.startswith("ال")
                     and any(flags & NEEDS_EVIDENCE for flags in entries.values())
                     and frequencies.get("ب" + key, 0.0) >= NOUN_AFTER_PREPOSITION_ZIPF)


def _is_proclitic_and_word(key: str, frequencies: dict[str, float]) -> bool:
    """Whether a proclitic and a word more frequent than the whole make up ``key`` (بحركة)."""
    return key[0] in BARE_NAME_PREFIXES and frequencies.get(key[1:], 0.0) > frequencies.get(key, 0.0)


def _is_accusative_of_word(key: str, frequencies: dict[str, float]) -> bool:
    """Whether ``key`` is a frequent word with the alif of the indefinite accusative (صيدا of صيد)."""
    return key.endswith(ACCUSATIVE_ALIF) and frequencies.get(key[:-1], 0.0) >= ARTICLE_WORD_ZIPF


def _another_name_of(builder: Builder, index: int, key: str) -> bool:
    """Whether ``key`` is a name of the place other than its own Arabic name, with or without
    the article (لقدس, of للقدس, is Jerusalem's own)."""
    own = fold_name(builder.places[index].name_ar)
    return key != own and not (own.startswith("ال") and key == "ل" + own[2:])


def demonyms(builder: Builder) -> dict[str, str]:
    """Folded demonym -> country code: the table's, plus Arabic nisba forms of country names.
    A form that names a notable place (السعودية) stays a place and is a demonym too (the
    recognition rules tell which it is where it stands); a form that names only minor towns
    (Kazakh, روسي) is the adjective, and the names go; the places only a variant spelling
    gave it need a cue word (برازيلية: Brasília is برازيليا)."""
    found: dict[str, str] = {}
    for place in builder.places:
        if place.kind == "country" and place.name_ar:
            for form in _nisba_forms(fold_name(place.name_ar), with_article=place.name_ar.startswith(ARTICLE)):
                found.setdefault(form, place.country_code)
    for row in read_tsv(DATA / "demonyms.tsv"):
        for word in row["demonyms"].split(","):
            found[fold_name(word)] = row["country_code"]
    for form in list(found):
        entries = builder.names.get(form)
        if entries and all(not _is_exempt(builder, i) and builder.places[i].population < MAJOR_POPULATION for i in entries):
            del builder.names[form]
        elif entries:
            # A demonym that only a foreign spelling makes a place's name is the demonym
            # unless a cue word names the place: محكمة برازيلية is a Brazilian court, not
            # Brasília; كوبي is Cuban, or Vissel Kobe, and مدينة كوبي the city.
            for index, flags in entries.items():
                if not flags & PRIMARY:
                    entries[index] = flags | NEEDS_EVIDENCE | WORD_FIRST
    return found


def _nisba_forms(name: str, *, with_article: bool) -> list[str]:
    """روسيا -> روسي، الروسيه، الروسيون ...; كازاخستان -> الكازاخستاني ...; ألمانيا (no
    article, though folded it begins like one) -> ألماني، الألمانية ..."""
    stem = name[2:] if with_article else name
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
