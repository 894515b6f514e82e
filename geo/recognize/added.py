"""Rules that add names the gazetteer lacks: after a place cue word (by their sound, or as the
cue names them), buildings after a facility word, hashtags, and repeats of what was learned.

Cue rules read one cue word each: the first that names something after it takes it (a cue
word names one place). Generating rules read the names so far and propose new ones where
no name stands yet: ``taken`` holds the offsets names take, and a rule takes those of the
names it adds as it adds them, so that they do not overlap.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import islice
from typing import TYPE_CHECKING

from geo.arabic import (
    ARABIC_ALPHABET, FEMININE_ENDING, FOLDED_FEMININE_ENDING, HAMZA_ALIFS, PRONOUN_ENDINGS,
    is_verb_or_noun_with_pronoun)
from geo.gazetteer import PRIMARY, arabic_skeleton, has_an_h, writes_an_h
from geo.geometry import distance_km
from geo.lang import ar
from geo.proclitics import (
    ARTICLE_DROPPED_PREFIXES,
    ARTICLE_NAME_PREFIXES,
    BARE_NAME_PREFIXES,
    NAME_PREFIXES,
    PROCLITIC_LETTERS,
    word_after,
    word_before,
    word_end,
    word_right_before,
    word_start,
)
from geo.recognize.candidate import Added, Candidate, Occupied
from geo.recognize.cues import CUE_KINDS
from geo.recognize.keywords import CUE_WORDS, SPACE_AND_QUOTES
from geo.recognize.people import is_family_name, title_distance
from geo.rules import ARABIC, rule
from geo.text import CLOSING_QUOTES, OPENING_QUOTES, TERMINATORS, WORD_RE, fold

if TYPE_CHECKING:
    from geo.recognize.facts import Cue, DocumentFacts

_MAX_CUE_WORDS = 3
_FOR_THE = "لل"  # ل and the article: مخيم للنازحين is "a camp for the displaced", no name
_MIN_SKELETON = 3
_TELLING_SKELETON = 5  # consonants: enough to trust a transliteration with nothing else to go on
_NOT_FOREIGN_STARTS = ("ال", "لل", "و")
# A word after في that may be a foreign name (no article, no و), not run into the next word. The
# regular expression starts with في, so that it is searched for fast; the word before is read apart.
_WORD_AFTER_IN_RE = re.compile(
    rf"{ar.IN} (?!{'|'.join(_NOT_FOREIGN_STARTS)})([{ARABIC_ALPHABET}]{{3,}})(?![{ARABIC_ALPHABET}])")
_HASHTAG_WORD_RE = re.compile(rf"#([{ARABIC_ALPHABET}]{{3,}})(?![{ARABIC_ALPHABET}])")
# A hashtag's skeleton must have this many consonants to be matched without a cue word: with 3,
# words such as كوفيد and يستاهل sound like some town of the country.
_HASHTAG_SKELETON = 4
# Before a country's adjective, a name is matched to that country's divisions and towns of
# this many people: with every hamlet, inflected Arabic words sound like some American town.
_NOTED_TOWN = 100_000
# A neighbourhood's name sounds like a town's only this near a town the document names (حي
# فولهام in a story on London is Fulham; حي برزة in one on Damascus is no Paris).
_NEIGHBOURHOOD_KM = 60.0
_SENTENCE_ENDS = TERMINATORS + "\n"  # a headline's line ends its sentence too
# A pronoun on a noun (جولته الأمريكية: "his American tour", في مملكتنا "in our kingdom"), which
# a foreign name does not end in.
_PRONOUN_ENDINGS = ("ته", "تنا", "تكم", *PRONOUN_ENDINGS)


# -- after a place cue word ------------------------------------------------------------


def _words_after(facts: DocumentFacts, cue: Cue) -> tuple[list[re.Match], int]:
    """The first words after a cue word (matched on the folded text from the cue's end), and
    how many of them may be a name's: it ends before its first everyday word, before
    punctuation inside it, before the next cue word (منطقة الطابعي بمعتمدية بنقردان: the
    الطابعي area, in the Ben Guerdane delegation) and, after a dual, before the second name's
    و. None when the first is a verb or a noun with an attached pronoun (مدينة يقطنها 200
    ألف، مقاطعة تفرضها الدول، محافظة يخسرها الحوثيون), or a government's department after
    مديرية (مديرية أوقاف حلب): the cue names nothing after it. Read by every cue rule, so kept
    in ``facts.cue_words``."""
    found = facts.cue_words.get(cue.end)
    if found is None:
        folded, lexicon, offset = facts.folded, facts.lexicon, cue.end
        words = list(islice(WORD_RE.finditer(folded[offset:offset + 80]), _MAX_CUE_WORDS))
        if words and (is_verb_or_noun_with_pronoun(words[0].group())
                      or (cue.stem == ar.DIRECTORATE_CUE and words[0].group() in ar.DEPARTMENT_WORDS)):
            words = []
        usable = next((index for index, word in enumerate(words)
                       if word.group().isascii() or lexicon.is_everyday_word(word.group())
                       or (index and folded[offset + words[index - 1].end():offset + word.start()].strip())
                       or (index and _is_a_cue_word(word.group()))
                       or (index and cue.stem in ar.DUAL_CUES and word.group().startswith(ar.AND))),
                      len(words))
        found = facts.cue_words[cue.end] = (words, usable)
    return found


@rule("added.cued_transliteration", stage="cue", scripts={ARABIC})
def cued_transliteration(facts: DocumentFacts, cue: Cue, taken: Occupied) -> Candidate | None:
    """After a place cue word, a name that sounds like a place's Latin name is that place.

    Its consonant skeleton matches; a short one, or a frequent Arabic word's (منطقة سيستغرق
    is no West Greece), only in a country the document names; an adjective of nationality is
    the cue's, not a name (العاصمة الأوكرانية كييف); a cue with the article refers back
    (المنطقة تفضي), but the capital's; a name the document puts after a foreign given name or
    a title and its adjective is a surname (ولاية ماكرون beside إيمانويل ماكرون is no McCamey, Texas);
    a verb or a noun with a pronoun names nothing (مدينة يقطنها, no Qatana), nor an adjective made
    from an everyday noun (ميناء ترفيهي "a leisure port"); a word in -ية sounds like a town of
    the country the document names most only (قاعدة لوجستية is no League City; مدينة ملاطية in a
    story on Turkey is Malatya); a name with the article is Arabic, and left to the cue's spot
    (محافظة الأفلاج is no Fallujah); after a state's cue, no small town (إقليم ننكرهار). Arabic:
    مدينة كراتشي in a story about باكستان is Karachi, though GeoNames lacks that spelling.
    English: names are read as written.
    """
    if CUE_KINDS.get(cue.stem) in (None, "country"):
        # Every country has its Arabic name in CLDR: a word after دولة or المملكة that no
        # gazetteer lists is an adjective (طرق المملكة سالكة), not an unlisted country.
        return None
    if cue.refers_back:
        # With the article the cue refers back ("the region"), and a verb, an adjective or a
        # noun follows it (المنطقة تفضي، المنطقة المحايدة، المدينة العتيقة); the capital
        # stands beside its name (العاصمة اسونثيون).
        return None
    folded, offset = facts.folded, cue.end
    words, usable = _words_after(facts, cue)
    if words and folded[offset:offset + words[0].start()].strip():
        return None
    if words and facts.gazetteer.lookup(words[0].group())[2]:
        return None  # the cue's adjective of nationality: العاصمة الروسية، العاصمة الأوكرانية كييف
    if words and _is_a_cue_after_a_proclitic(words[0].group()):
        return None  # عرفت المدينة كميناء تجاري: ك and "a port", not Qishan
    if words and _is_nisba_of(words[0].group(), facts.lexicon.is_everyday_word):
        return None  # ميناء ترفيهي "a leisure port", not The Wharf; كفريا is no Kavār either
    # A word in -ية may be the cue's feminine adjective (قاعدة لوجستية، قرية تراثية): a frequent
    # one is, another only sounds like a town of the country the document names most (مدينة
    # ملاطية in a story on Turkey; قاعدة لوجستية in one on Lebanon is no League City, Texas).
    feminine = bool(words) and _is_feminine_adjective(facts, offset, words[0])
    if feminine and words[0].group() in facts.gazetteer.frequent_words:
        return None
    if not usable or _with_the_article(facts, offset + words[0].start()):
        # An Arabic name's Latin spelling transliterates the Arabic, whose consonants many Arab
        # places share (محافظة الأفلاج is no Fallujah, منطقة الحسيان no Louisiana): the cue's
        # spot, placed by the towns beside it, is nearer the truth.
        return None
    sentence_countries = None  # read for a sound some place has only: most have none
    for count in range(usable, 0, -1):
        span = words[:count]
        start, end = offset + span[0].start(), offset + span[-1].end()
        if taken.overlaps(start, end):
            return None
        skeleton = arabic_skeleton(folded[start:end])
        places = _plausible_transliterations(facts, folded[start:end], skeleton,
                                             local_only=folded[start:end] in facts.gazetteer.frequent_words)
        if not places:
            continue
        if sentence_countries is None:
            sentence_countries = _sentence_countries(facts, offset + words[0].start())
        by_names, by_names_and_demonyms = sentence_countries
        # The sentence says where the name is (مدينة سيفاري في وسط مالي): not Sèvres, though the
        # story's agency is French. A short sound leans on the story's countries, and the
        # sentence's demonyms come first (منطقة برزة شمال العاصمة السورية is no Paris); a
        # telling one stands on its own (ولاية ميريلاند beside المسألة العراقية is Maryland).
        sentence = by_names_and_demonyms if len(skeleton) < _TELLING_SKELETON else by_names
        if sentence:
            places = tuple(p for p in places if facts.gazetteer.place_rows[p].country_code in sentence)
        if feminine and count == 1:
            main, rows = facts.main_country, facts.gazetteer.place_rows
            places = tuple(p for p in places if main and rows[p].country_code == main)
        if cue.stem in ar.STATE_CUES:
            places = _fit_for_a_state_cue(facts, places)
        elif cue.stem in ar.NEIGHBOURHOOD_CUES:
            places = _fit_for_a_neighbourhood_cue(facts, places)
        if len(skeleton) >= _MIN_SKELETON and places and not _named_as_a_person(folded, folded[start:end]):
            return Candidate(start, end, folded[start:end], tuple((p, PRIMARY) for p in places),
                             cue=cue.stem, via="transliteration", rule=cued_transliteration.name)
    return None


def _fit_for_a_state_cue(facts: DocumentFacts, places: tuple[int, ...]) -> tuple[int, ...]:
    """After ولاية، إقليم or مقاطعة, the divisions and the towns of _NOTED_TOWN people: a
    small town that only sounds like the name is seldom it (إقليم ننكرهار is no Henniker, New
    Hampshire; ولاية سلفه "his predecessor's term" no Solvay, New York)."""
    rows = facts.gazetteer.place_rows
    return tuple(p for p in places if rows[p].kind != "city" or rows[p].population >= _NOTED_TOWN)


def _fit_for_a_neighbourhood_cue(facts: DocumentFacts, places: tuple[int, ...]) -> tuple[int, ...]:
    """After حي, the towns within _NEIGHBOURHOOD_KM of a town the document names: a
    neighbourhood is part of the story's town or beside it (حي مونترويل شرقي العاصمة باريس),
    never a country nor a town abroad its name only sounds like (حي برزة الدمشقي is no Paris,
    حي كورورتني no Croatia)."""
    rows = facts.gazetteer.place_rows
    towns = {rows[place] for name in facts.names_at["evidence"] for place, _ in name.entries
             if rows[place].kind == "city"}
    return tuple(p for p in places if rows[p].kind == "city" and any(
        distance_km(rows[p].lat, rows[p].lon, town.lat, town.lon) <= _NEIGHBOURHOOD_KM
        for town in towns if town is not rows[p]))


def _is_feminine_adjective(facts: DocumentFacts, offset: int, word: re.Match) -> bool:
    """A word in -ية without the article, written with ة (which folding does not keep: غومبيه
    is Gombe): the shape of the cue's feminine adjective (قاعدة لوجستية), and of a few towns'
    names (ملاطية، قونية)."""
    if word.group().startswith("ال") or not word.group().endswith(ar.FEMININE_NISBA_ENDING):
        return False
    text = facts.text
    return text.original[text.to_original(offset + word.end() - 1)] == FEMININE_ENDING


def _named_as_a_person(folded: str, name: str) -> bool:
    """Whether the document puts ``name`` right after a foreign given name or a title and its
    adjective somewhere (إيمانويل ماكرون، الرئيس الفرنسي ماكرون): a surname, which a cue word
    elsewhere does not make a place's (ولاية ماكرون is his term of office, not McCamey,
    Texas). Not after a bare title, whose complement a place is (أمير المحمرة)."""
    spaced = " " + name
    at = folded.find(spaced)
    while at != -1:
        end = at + len(spaced)
        if end == len(folded) or not folded[end].isalnum():
            if word_right_before(folded, at + 1) in ar.FOREIGN_GIVEN_NAMES or title_distance(folded, at + 1) > 0:
                return True
        at = folded.find(spaced, at + 1)
    return False


def _is_a_cue_after_a_proclitic(word: str) -> bool:
    """كميناء، بمنطقة، ومدينة: a proclitic letter and a cue word, not a name."""
    return word[:1] in PROCLITIC_LETTERS and word[1:] in CUE_WORDS


def _is_a_cue_word(word: str) -> bool:
    """مدينة، بمعتمدية: a cue word, bare or after a proclitic letter."""
    return word in CUE_WORDS or _is_a_cue_after_a_proclitic(word)


def _with_the_article(facts: DocumentFacts, start: int) -> bool:
    """Whether the word at folded ``start`` begins with the article as written: ال, not the
    أل or إل of a foreign name (ألكسندروبوليس، إليكوت), which folding writes alike."""
    return facts.text.original.startswith("ال", facts.text.to_original(start))


def _sentence_countries(facts: DocumentFacts, start: int) -> tuple[frozenset[str], frozenset[str]]:
    """The countries the names needing no evidence of the sentence around folded ``start`` pin
    down, without and with its demonyms'."""
    folded = facts.folded
    begin = max(folded.rfind(mark, 0, start) for mark in _SENTENCE_ENDS) + 1
    end = min((at for at in (folded.find(mark, start) for mark in _SENTENCE_ENDS) if at != -1), default=len(folded))
    lexicon = facts.lexicon
    starts = facts.evidence_starts  # in order: the sentence's names are a slice of them
    names = facts.names_at["evidence"][bisect_left(starts, begin):bisect_left(starts, end)]
    hits = facts.gazetteer_hits
    codes = [code for at, code in zip(hits.demonym_starts, facts.demonyms) if begin <= at < end]
    return frozenset(lexicon.countries_named(names, [])), frozenset(lexicon.countries_named(names, codes))


def _plausible_transliterations(facts: DocumentFacts, written: str, skeleton: str, *,
                                local_only: bool) -> tuple[int, ...]:
    """Places whose Latin name has this skeleton: those in the document's countries when
    there are any, else only when the skeleton is long enough to be telling (منطقة البتراء
    in a Jordanian story is not Ulan Bator) and the word is no frequent one."""
    places = _sounding_like(facts, written, skeleton)
    rows, countries = facts.gazetteer.place_rows, facts.countries
    local = tuple(p for p in places if countries.get(rows[p].country_code))
    return local or (places if len(skeleton) >= _TELLING_SKELETON and not local_only else ())


@rule("added.cue_named", stage="cue", scripts={ARABIC})
def cue_named(facts: DocumentFacts, cue: Cue, taken: Occupied) -> Candidate | None:
    """After a cue word that is always followed by a name, a rare word is a place's name.

    Kept unresolved when no gazetteer knows it, or sent to the online geocoder. Arabic:
    مطار ساكوني names an airport; المطار (the airport) refers back and names nothing;
    منطقة سهلية is a plain (an adjective), and so is a frequent feminine word (منطقة نائية، منطقة
    عازلة، منطقة مأهولة); ولاية ماكرون where the document has إيمانويل ماكرون is his term of
    office; مدينة يقطنها 200 ألف and مقاطعة تفرضها الدول are a verb with a pronoun after it.
    English: see added.feature.
    """
    if cue.stem not in ar.NAMING_CUES or cue.definite:
        return None
    folded, offset, lexicon = facts.folded, cue.end, facts.lexicon
    words, usable = _words_after(facts, cue)
    if not words:
        return None
    # Where the words a transliteration would read are taken, the cue names nothing new.
    if usable and taken.overlaps(offset + words[0].start(), offset + words[usable - 1].end()):
        return None
    first = words[0]
    word = first.group()
    if not set(folded[offset:offset + first.start()]) <= SPACE_AND_QUOTES \
            or len(word) < 3 or not word.isalpha() or word.isascii() or lexicon.is_everyday_word(word) \
            or (not word.startswith("ال") and _is_nisba_of(word, lexicon.is_everyday_word)):
        return None
    if word in ar.NAME_LINKS or _is_cue_adjective(facts, word):
        return None  # مطار الملك خالد: a longer name's start
    if word.startswith(_FOR_THE) or (cue.stem in ar.BASE_CUES and not _called_a_base(facts.folded, word)):
        return None
    start, end = offset + first.start(), offset + first.end()
    if taken.overlaps(start, end) or _named_as_a_person(folded, word):
        return None
    return Candidate(start, end, word, (), cue=cue.stem, via="cue", rule=cue_named.name)


def _called_a_base(folded: str, name: str) -> bool:
    """Whether the document gives the name a military base's adjective (قاعدة حميميم الجوية,
    قاعدة العند العسكرية) somewhere, right after it or one word on: قاعدة is a rule and a
    base of support too (قاعدة الصادرات، توسيع قاعدة المنتجين)."""
    return any(re.search(rf"(?<!\w){re.escape(name)}(?: \w+)? {adjective}(?!\w)", folded)
               for adjective in ar.BASE_ADJECTIVES)


@rule("added.named_after_person", stage="cue", scripts={ARABIC})
def named_after_person(facts: DocumentFacts, cue: Cue, taken: Occupied) -> Candidate | None:
    """After a naming cue, an Arab given name and a family name name a place after a person.

    Though the given name is an everyday word too. Arabic: منطقة صباح الأحمد، مدينة سعد
    العبدالله (صباح "morning", سعد "luck"); not منطقة جزاء شيفلد, a penalty area, nor منطقة
    صباح جميلة, nor محافظة يخسرها الحوثيون, a verb with its pronoun. English: no such rule.
    """
    if cue.stem not in ar.NAMING_CUES or cue.definite:
        return None
    words, _ = _words_after(facts, cue)
    folded = facts.folded
    if len(words) < 2 or folded[cue.end:cue.end + words[0].start()].strip() or words[0].end() + 1 != words[1].start():
        return None
    given, family = words[0].group(), words[1].group()
    start, end = cue.end + words[0].start(), cue.end + words[1].end()
    # The family name with its article (منطقة جزاء شيفلد is a penalty area, منطقة غير
    # مكتشفة an unexplored one).
    if given.startswith("ال") or given in ar.STOPWORDS or _is_cue_adjective(facts, given) or not family.startswith("ال") \
            or arabic_skeleton(given) not in facts.gazetteer.arabic_given_names \
            or not is_family_name(facts, family, cue.end + words[1].start()) or taken.overlaps(start, end):
        return None
    return Candidate(start, end, folded[start:end], (), cue=cue.stem, via="cue", rule=named_after_person.name)


def _is_word_after_proclitic(facts: DocumentFacts, word: str) -> bool:
    """للعرائس، ومدرجات، لمستلزمات: لل, or a conjunction or a preposition on a frequent word
    (FREQUENT_WORD_ZIPF), which no facility's name begins with (the article alone does:
    الملك، الشفاء)."""
    if word[0] not in "وفبل":  # most names start with the article or a letter no proclitic is
        return False
    if word.startswith(("لل", "ولل")):
        return True
    frequent = facts.gazetteer.frequent_words
    return any(word.startswith(prefix) and len(word) - len(prefix) > 2  # not بن
               and (word[len(prefix):] in frequent or "ال" + word[len(prefix):] in frequent)
               for prefix in _FACILITY_NAME_PROCLITICS)


_FACILITY_NAME_PROCLITICS = ("وال", "بال", "و", "ف", "ب", "ل")
_PREPOSITIONS = frozenset(fold("في من إلى عن مع بين").split())
# مطار العاصمة، مستشفى المدينة، مسجد الحي: the town's (or the neighbourhood's) facility, the
# town named elsewhere (not مستشفى الجمهورية).
_TOWN_WORDS = ar.NAMING_CUES | ar.DISTRICT_CUES | {ar.CAPITAL_CUE}


def _is_frequent_word_form(facts: DocumentFacts, word: str, *, given_names: bool = True) -> bool:
    """A word without the article, as frequent as a word (FREQUENT_WORD_ZIPF), in a shape names
    seldom take: a participle (مسدود، مزدحم، متعرج), a nisba adjective (جليدي، استراتيجي،
    استراتيجيا), a verb (يلقب; not one with ت, which begins too many foreign names: شارع تونغ خوا) or a noun
    with a pronoun (استعادتها). Not a place's name (قصر قرطاج، طريق خريص) nor, with
    ``given_names``, an Arab given name (جبل منيف; a stadium is seldom named by a given name
    alone: ملعب محايد is "a neutral ground"). Given names are known by their Latin spellings'
    skeletons, which adjectives share (مسدود sounds like Masud, رئاسي like Rasi): a word of an
    adjective's shape is taken for none."""
    gazetteer = facts.gazetteer
    if word.startswith("ال") or word not in gazetteer.frequent_words:
        return False
    shaped = (word.startswith("م") and len(word) >= 4) or (word.endswith(("ي", "يا")) and len(word) >= 5) \
        or (word.startswith("ي") and len(word) >= 4) or word.endswith("ها")
    given_name = given_names and not _is_adjective_shaped(word) \
        and arabic_skeleton(word) in gazetteer.arabic_given_names
    return shaped and not gazetteer.names_a_place(word) and not given_name


def _is_adjective_shaped(word: str) -> bool:
    """A nisba adjective's shape (رئاسي، سياحيا; not صيدنايا, whose يا follows an alif) or a passive
    participle's of three root letters (مسدود، مفتوح)."""
    nisba = len(word) >= 5 and (word.endswith(ar.NISBA_ENDING) or (word.endswith("يا") and not word.endswith("ايا")))
    participle = len(word) == 5 and word[0] == "م" and word[3] == "و"
    return nisba or participle


def _is_cue_adjective(facts: DocumentFacts, word: str) -> bool:
    """منطقة نائية، منطقة عازلة، منطقة منزوعة السلاح: after an indefinite cue, an indefinite
    feminine word as frequent as a word (FREQUENT_WORD_ZIPF) is the cue's adjective. (بيشة,
    a Saudi town the gazetteer lacks in Arabic and as frequent, goes with them.)"""
    return not word.startswith("ال") and word.endswith(FOLDED_FEMININE_ENDING) and word in facts.gazetteer.frequent_words


def _is_nisba_of(word: str, is_everyday) -> bool:
    """ميدانيا، رئيسي: an adjective made from an everyday noun (ميدان، رئيس) with ي."""
    for suffix in ("يا", "يه", "ي"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            return is_everyday(word[:-len(suffix)])
    return False


# -- elsewhere -------------------------------------------------------------------------


@rule("added.facility", stage="generate", scripts={ARABIC})
def facilities(facts: DocumentFacts, names: list[Candidate], taken: Occupied) -> Added:
    """A facility word and the name after it are one landmark, which the gazetteer seldom knows.

    A known place after it keeps its own mention. Arabic: مستشفى الملك خالد، معهد الأورام
    القومي، طريق الكورنيش; but مطار بيروت is Beirut, عن طريق "by means of" and مستشفى
    ميداني a field hospital. English: see added.feature.
    """
    folded = facts.folded
    cues = [cue for cue in facts.cues.values() if cue.stem in ar.FACILITY_CUES and not cue.definite]
    if not cues:
        return Added([])
    found = []
    for cue in cues:
        if taken.overlaps(cue.end + 1, cue.end + 2):
            continue  # a known place's name right after it keeps its mention (مطار بيروت)
        cue_start = cue.end - len(cue.stem)
        start = word_start(folded, cue_start)
        previous, _ = word_before(folded, start)
        if previous in ar.NOT_A_FACILITY_BEFORE:
            continue  # عن طريق "by means of"
        if cue.stem == ar.VALLEY_CUE and _written_with_a_hamza(facts, cue_start + 1):
            continue  # وأدى "and (it) led to", no valley
        end = _quoted_name_end(facts, cue.end) if cue.stem not in ar.QUOTED_ORGANISATION_CUES else None
        if end is None:
            end = _facility_name_end(facts, cue.end, figurative=cue.stem in ar.FIGURATIVE_FACILITIES,
                                     foreign=cue.stem in ar.STADIUM_WORDS,
                                     verbal_noun=cue.stem in ar.VERBAL_NOUN_FACILITIES)
        if end is None or taken.overlaps(start, end):
            continue
        found.append(Candidate(cue_start, end, folded[cue_start:end], (), cue=cue.stem, via="cue", rule=facilities.name))
        taken.take(cue_start, end)
    return Added(found)


def _written_with_a_hamza(facts: DocumentFacts, offset: int) -> bool:
    """Whether the original text writes the folded alif at ``offset`` with a hamza (أ إ آ)."""
    text = facts.text
    return text.original[text.to_original(offset)] in HAMZA_ALIFS


def _quoted_name_end(facts: DocumentFacts, offset: int) -> int | None:
    """Where a quoted name right after a facility word ends, its closing quote included
    (ملعب "لوفتس رود"، جبل «منيف»، مستشفى "ابن سينا"): the quotes mark the whole name, the
    everyday words after its first too. None without a quote, a closing one within a few Arabic
    words, or with an everyday word first (كنيسة "كاتدرائية") or a word behind a proclitic."""
    folded = facts.folded
    if folded[offset:offset + 1] != " " or folded[offset + 1:offset + 2] not in OPENING_QUOTES:
        return None
    start = offset + 2
    close = next((at for at in range(start, min(len(folded), start + _QUOTED_NAME_REACH))
                  if folded[at] in CLOSING_QUOTES), None)
    if close is None:
        return None
    words = folded[start:close].split()
    if not words or len(words) > _QUOTED_NAME_WORDS or not all(word.isalpha() and not word.isascii() for word in words):
        return None
    first = words[0]
    if (first not in ar.NAME_LINKS and facts.lexicon.is_everyday_word(first)) or _is_word_after_proclitic(facts, first):
        return None  # مقبرة "للشهداء": "for the martyrs"
    return close + 1


_QUOTED_NAME_WORDS = 4  # a quoted facility's name: ملعب "واندا متروبوليتانو"، ملعب "كويكن لونز أرينا"
_QUOTED_NAME_REACH = 40  # characters from the opening quote to the closing one, at most


def _facility_name_end(facts: DocumentFacts, offset: int, *, figurative: bool, foreign: bool,
                       verbal_noun: bool) -> int | None:
    """Where the name after a facility word ends: its first word, the words a link word
    joins (الملك عبد العزيز), after a stadium's word the words of a foreign name
    (``foreign``: ملعب سانتياغو برنابيو), and one adjective of the article's form (القومي). An
    indefinite everyday word after it is an adjective (مستشفى ميداني، طريق مسدود), a word
    after a proclitic no name (مسرح للعرائس، مسرح ومدرجات), a verb with its pronoun neither
    (سجن تديرها المخابرات "a prison the intelligence runs"); after a word that is a verbal noun too, no
    indefinite word in -ي is a name (سجن انفرادي "solitary confinement")."""
    folded, is_everyday = facts.folded, facts.lexicon.is_everyday_word
    words = list(islice(WORD_RE.finditer(folded, offset, offset + 80), 4))
    if not words or folded[offset:words[0].start()] != " ":
        return None
    first = words[0].group()
    if first.isascii() or not first.isalpha() or len(first) < 2 or first in ar.STOPWORDS \
            or first in ar.FACILITY_CUES or first.removeprefix("ال") in _TOWN_WORDS \
            or _is_word_after_proclitic(facts, first) or is_verb_or_noun_with_pronoun(first):
        return None  # مطار العاصمة: the capital's airport, named by the capital's name elsewhere
    if verbal_noun and not first.startswith("ال") and first.endswith(ar.NISBA_ENDING):
        return None
    if first not in ar.NAME_LINKS and is_everyday(first) and (figurative or not first.startswith("ال")):
        return None
    if figurative and _is_frequent_word_form(facts, first, given_names=not foreign):
        return None  # طريق مسدود "a dead end", شارع مزدحم، جبل جليدي، جبل يلقب، ملعب محايد
    if foreign and _is_everyday_with_pronoun(facts, first):
        return None  # ملعب خصمه "his rival's ground"
    if not first.startswith("ال") and _is_nisba_of(first, is_everyday):
        return None  # an indefinite adjective: مستشفى ميدانيا، طريق رئيسي (but مسجد علي)
    end, index = words[0].end(), 0
    while words[index].group() in ar.NAME_LINKS and index + 1 < len(words) \
            and folded[end:words[index + 1].start()] == " " and not _conjoined_word(words[index + 1].group()):
        index += 1
        end = words[index].end()
        if words[index].group() in _PREPOSITIONS:
            return None  # "حديقة الملكة في": the name is cut off (not على, which folds to علي)
    if words[index].group() in ar.NAME_LINKS:
        return None  # "جسر الملك،": the name is cut off
    if foreign and not _with_the_article(facts, words[0].start()):  # not أليانز, which folds to اليانز
        index, end = _foreign_name_words(facts, words, index, end)
    if index + 1 < len(words) and folded[end:words[index + 1].start()] == " ":
        adjective = words[index + 1].group()
        if adjective.startswith("ال") and adjective.endswith("ي") and len(adjective) > 4:
            end = words[index + 1].end()
    return end


def _conjoined_word(word: str) -> bool:
    """A word the conjunction joins, with the article or a cue word after it (جبل رأس والمجاعشة،
    جبل راس ومديرية حيس): a list's next name, not the rest of a name."""
    return word.startswith(ar.AND) and (word.startswith("ال", 1) or word[1:] in ar.PLACE_CUES)


def _is_everyday_with_pronoun(facts: DocumentFacts, word: str) -> bool:
    """An everyday noun with an attached pronoun: خصمه "his rival", ملعبها."""
    return any(word.endswith(pronoun) and facts.lexicon.is_everyday_word(word[:-len(pronoun)])
               for pronoun in _ATTACHED_PRONOUNS)


_ATTACHED_PRONOUNS = (FOLDED_FEMININE_ENDING, *PRONOUN_ENDINGS)  # ه "his" as folded (and ة), ها، هم، هما
# How a word that is no part of a foreign name begins: the article (with a proclitic too),
# the conjunction, an imperfect verb's prefix (يتسع).
_NOT_IN_A_FOREIGN_NAME = ("ال", "لل", "بال", "كال", ar.AND, "ي")


def _foreign_name_words(facts: DocumentFacts, words: list[re.Match], index: int, end: int) -> tuple[int, int]:
    """A stadium's foreign name of several words goes on while its words are rare ones
    without the article, a proclitic, a pronoun or a verb's prefix (ملعب سانتياغو برنابيو، ملعب
    أولد ترافورد; not ملعب أنفيلد معقل ليفربول, an everyday word, nor ملعب لوجنيكي في موسكو,
    nor ملعب أنفيلد يتسع), across a link word and the name after it (ستاد هزاع بن زايد), and
    ends with an arena's word (ملعب أليانز أرينا، ملعب سيغنال إيدونا بارك)."""
    folded, lexicon = facts.folded, facts.lexicon
    while index + 1 < len(words) and folded[end:words[index + 1].start()] == " ":
        word = words[index + 1].group()
        if word in ar.STADIUM_NAME_ENDS:
            return index + 1, words[index + 1].end()  # ملعب أليانز أرينا
        linking = word in ar.NAME_LINKS and index + 2 < len(words)  # ستاد هزاع بن زايد
        linked = words[index].group() in ar.NAME_LINKS and index > 0
        if not word.isalpha() or word.isascii():
            break
        if not (linking or linked) and (word.startswith(_NOT_IN_A_FOREIGN_NAME) or word.endswith(PRONOUN_ENDINGS)
                                        or word in ar.FACILITY_CUES or lexicon.is_everyday_word(word)
                                        or facts.gazetteer.names_a_place(word)):
            break
        index, end = index + 1, words[index + 1].end()
    if words[index].group() in ar.NAME_LINKS:  # "ستاد هزاع بن": cut off before the link
        index, end = index - 1, words[index - 1].end()
    return index, end


@rule("added.transliteration_before_demonym", stage="generate", scripts={ARABIC})
def transliterations_before_demonyms(facts: DocumentFacts, names: list[Candidate], taken: Occupied) -> Added:
    """A name the gazetteer lacks, before a country's feminine adjective, is the place there it sounds like.

    So Arabic news writes foreign places: يكاترينبورغ الروسية (Yekaterinburg), جزيرة كريت
    اليونانية (Crete); not after an organisation's word (شركة غولدمان ساكس الأمريكية), nor a
    noun with a pronoun (جولته الأمريكية، جذوره التركية "his Turkish roots"), nor a town of
    fewer than 100,000 people (most Arabic words sound like some American hamlet). English:
    names are read as written.
    """
    folded = facts.folded
    found = []
    for begin, end, word, code in facts.words_before_feminine_adjectives:
        # A foreign name takes no article and seldom begins with و; an Arabic word with
        # either is a noun or an adjective (الرسوم الجمركية الأمريكية، وكشمير), or with a pronoun.
        if len(word) < 3 or not word.isalpha() or word.isascii() or word.startswith(_NOT_FOREIGN_STARTS) \
                or word.endswith(_PRONOUN_ENDINGS) or taken.overlaps(begin, end) or facts.lexicon.is_everyday_word(word):
            continue
        if _after_an_organisation_word(folded, begin) or _is_everyday_with_pronoun(facts, word):
            continue
        places = _sounding_like_in(facts, word, code)
        if places:
            found.append(Candidate(begin, end, word, tuple((p, PRIMARY) for p in places), via="transliteration",
                                   rule=transliterations_before_demonyms.name))
            taken.take(begin, end)
    return Added(found)


@rule("added.transliteration_after_in", stage="generate", scripts={ARABIC})
def transliterations_after_in(facts: DocumentFacts, names: list[Candidate], taken: Occupied) -> Added:
    """A name the gazetteer lacks, right after في, is the place it sounds like in a country the document names.

    Arabic news writes foreign places as they sound, and GeoNames lacks many of their Arabic
    spellings: المعتقلين في غوانتنامو in a story that names the United States is Guantánamo,
    في إنغولشتات beside Germany Ingolstadt. Only a division or a town of 100,000 people, a name
    of five consonants or more (an Arabic word has three or four, and with them sounds like some
    town: في استناد، في استلهام; so Grozny and Corsica, with four, are not found this way), and
    not a word with the article, و, a pronoun, nor an everyday word. English: names are read
    as written.
    """
    folded = facts.folded
    if ar.IN not in folded or not facts.countries:  # an English text has no في
        return Added([])
    countries, lexicon = facts.countries, facts.lexicon
    found = []
    for match in _WORD_AFTER_IN_RE.finditer(folded):
        begin, end = match.span(1)
        word = match.group(1)
        if facts.word_right_before(begin) not in ar.IN_WORDS or taken.overlaps(begin, end) \
                or word.endswith(_PRONOUN_ENDINGS) or lexicon.is_everyday_word(word):
            continue
        if len(arabic_skeleton(word)) < _TELLING_SKELETON:
            continue
        places = tuple(p for code in countries for p in _sounding_like_in(facts, word, code))
        if places:
            found.append(Candidate(begin, end, word, tuple((p, PRIMARY) for p in places), via="transliteration",
                                   rule=transliterations_after_in.name))
            taken.take(begin, end)
    return Added(found)


@rule("added.town_against_adjective", stage="generate", scripts={ARABIC})
def towns_against_adjectives(facts: DocumentFacts, names: list[Candidate], taken: Occupied) -> Added:
    """A minor town's name before a country's feminine adjective that none of its places agrees with is no town abroad.

    Arabic: with the article it is a noun the adjective agrees with: السفيرة الأمريكية "the American
    ambassador" (not As Safirah, Syria), السلط التونسية "the Tunisian authorities", المنشأة
    السورية. Without it, it is the place of that country it sounds like: برمنغهام البريطانية is
    Birmingham, England (not Alabama), لومبوك الإندونيسية Lombok; a name that sounds like none
    of that country's divisions or towns of 100,000 people is no place the gazetteer knows:
    after a cue word it is a spot to place approximately (مدينة هورست الهولندية), otherwise no
    place (not Hurst, Texas). English: names are read as written.
    """
    adjectives = facts.words_before_feminine_adjectives
    if not adjectives:
        return Added([])
    gazetteer = facts.gazetteer
    rows = gazetteer.place_rows
    ends = {end for _, end, _, _ in adjectives}
    by_end = {c.end: c for c in names if c.end in ends and c.entries}
    found, superseded = [], []
    for begin, end, word, code in adjectives:
        candidate = by_end.get(end)
        # The name is the word, or the word after its proclitics (ببرمنغهام، والسفيرة).
        if candidate is None or candidate.start < begin or facts.folded[begin:candidate.start] not in NAME_PREFIXES \
                or any(rows[p].country_code == code or not gazetteer.is_minor_town(p) for p, _ in candidate.entries):
            continue
        cue = facts.cue_before(begin)
        if cue is not None and cue.refers_back:
            cue = None  # المطار السفيرة الأمريكية: "the airport" refers back and names nothing
        if candidate.key.startswith("ال") and cue is None:
            superseded.append((candidate, _AGREEING_NOUN))
            continue
        places = _sounding_like_in(facts, candidate.key, code)
        if places or cue is not None:
            found.append(candidate.replace(
                entries=tuple((p, PRIMARY) for p in places), cue=cue.stem if cue else candidate.cue,
                via="transliteration" if places else "cue", rule=towns_against_adjectives.name))
        superseded.append((candidate, _TOWN_ABROAD))
    return Added(found, tuple(superseded))


_AGREEING_NOUN = "a noun before a nationality's adjective that agrees with it, not a town abroad"
_TOWN_ABROAD = "a town abroad, where the adjective after it names another country"


def words_before_feminine_adjectives(facts: DocumentFacts) -> list[tuple[int, int, str, str]]:
    """(start, end, word, country code) of each word right before a definite feminine adjective
    of nationality as written (الروسية), which folding cannot tell from an indefinite one with
    hamza (غواصات ألمانية) nor from a masculine one (الرئيس الروسي)."""
    folded = facts.folded
    found = []
    for start, code in zip(facts.gazetteer_hits.demonym_starts, facts.demonyms):
        if folded[word_end(folded, start) - 1] != "ه" or word_start(folded, start) != start \
                or not _with_the_article(facts, start):
            continue
        word, gap = word_before(folded, start)
        if gap == " " and word:
            end = start - 1
            found.append((end - len(word), end, word, code))
    return found


def _sounding_like(facts: DocumentFacts, written: str, skeleton: str) -> tuple[int, ...]:
    """The places whose Latin name has ``skeleton``, and an h where ``written`` has one."""
    places = facts.gazetteer.skeletons.get(skeleton, ())
    if not places or not writes_an_h(written):  # most names write none
        return places
    rows = facts.gazetteer.place_rows
    return tuple(p for p in places if has_an_h(rows[p].name))


def _sounding_like_in(facts: DocumentFacts, word: str, code: str) -> tuple[int, ...]:
    """The divisions and towns of _NOTED_TOWN people or more of country ``code`` whose Latin
    name sounds like ``word``."""
    skeleton = arabic_skeleton(word)
    if len(skeleton) < _MIN_SKELETON:
        return ()
    rows = facts.gazetteer.place_rows
    return tuple(p for p in _sounding_like(facts, word, skeleton) if rows[p].country_code == code
                 and (rows[p].kind == "region" or rows[p].kind == "city" and rows[p].population >= _NOTED_TOWN))


@rule("added.state_long_name", stage="generate", scripts={ARABIC})
def state_long_names(facts: DocumentFacts, names: list[Candidate], taken: Occupied) -> Added:
    """A state's long name, its state word and its nationality's adjective, is its country.

    It replaces what was found inside it, and names the state its bare state word means
    elsewhere in the document (then المملكة is Jordan). Arabic: الجمهورية العربية السورية،
    الجمهورية التونسية، المملكة الأردنية الهاشمية، بالجمهورية الإسلامية الإيرانية; not
    الدولة الإسلامية, nor الجمهورية الإسلامية alone. English: the gazetteer lists the
    official names.
    """
    if not any(cue.stem in ar.STATE_WORDS for cue in facts.cues.values()):
        return Added([])  # a state word is a place cue word: most texts have none
    folded, gazetteer = facts.folded, facts.gazetteer
    found = []
    for start, code in zip(facts.gazetteer_hits.demonym_starts, facts.demonyms):
        end = word_end(folded, start)
        if word_start(folded, start) != start or not folded.startswith("ال", start) \
                or not folded.endswith(ar.FEMININE_NISBA_ENDING, start, end) or code not in gazetteer.country_of_code:
            continue
        name_start = _state_word_start(folded, start)
        if name_start is None:
            continue
        end = _after_adjectives(folded, end)
        if any(c.start <= name_start and end <= c.end for c in facts.names_at["evidence"]):
            # A name the gazetteer lists (المملكة العربية السعودية), already judged, kept or
            # not (بتوقيت المملكة العربية السعودية is a time zone).
            continue
        found.append(Candidate(name_start, end, folded[name_start:end], ((gazetteer.country_of_code[code], PRIMARY),),
                               rule=state_long_names.name))
        taken.take(name_start, end)
    superseded = [(c, f"part of the state's long name {s.key}") for c in names for s in found
                  if s.start <= c.start and c.end <= s.end]
    repeated = _state_words_named_by_long_names(facts, names, found, superseded)
    superseded += [(c, f"the state the document names {s.key}") for c, s in repeated]
    return Added(found + [s for _, s in repeated], tuple(superseded))


def _state_words_named_by_long_names(facts: DocumentFacts, names: list[Candidate], found: list[Candidate],
                                     superseded: list) -> list[tuple[Candidate, Candidate]]:
    """The bare state words (المملكة) of a document whose long names name one state of that
    word (المملكة الأردنية الهاشمية): each replaced by that state, as (old, new)."""
    states: dict[str, set[int]] = {}
    for part, _ in superseded:
        long_name = next(s for s in found if s.start <= part.start and part.end <= s.end)
        if part.start == long_name.start:
            states.setdefault(part.key, set()).add(long_name.entries[0][0])
    gone = {id(c) for c, _ in superseded}
    repeated = []
    for candidate in names:
        country = states.get(candidate.key)
        if id(candidate) not in gone and country and len(country) == 1:
            entry = next((e for e in candidate.entries if e[0] in country), None)
            if entry is not None:
                repeated.append((candidate, candidate.replace(entries=(entry,), rule=state_long_names.name)))
    return repeated


def _state_word_start(folded: str, start: int) -> int | None:
    """Where the state word before a nationality's adjective starts (after the proclitics
    on it), past the adjectives of the state's form; None when no state word stands there."""
    word, gap = word_before(folded, start)
    while word in ar.STATE_ADJECTIVES and gap == " ":
        start -= len(word) + 1
        word, gap = word_before(folded, start)
    if gap != " ":
        return None
    word_begin = start - 1 - len(word)
    for stem in ar.STATE_WORDS:
        if word.endswith(stem):
            prefix = word[:-len(stem)]
            if prefix.endswith("ال") and prefix[:-2] in ARTICLE_NAME_PREFIXES:
                return word_begin + len(prefix) - 2
            if prefix in ARTICLE_DROPPED_PREFIXES:
                return word_begin + len(prefix)
    return None


def _after_adjectives(folded: str, end: int) -> int:
    """The end of the adjectives of a state's form after its name (الأردنية الهاشمية)."""
    word, gap = word_after(folded, end)
    while word in ar.STATE_ADJECTIVES and gap == " ":
        end += len(gap) + len(word)
        word, gap = word_after(folded, end)
    return end


def _after_an_organisation_word(folded: str, start: int) -> bool:
    """Whether one of the two words before ``start`` is an organisation's word (شركة
    غولدمان ساكس، شركة مطاعم بريزو)."""
    previous, _ = word_before(folded, start)
    if previous in ar.ORGANISATION_WORDS:
        return True
    return word_before(folded, start - len(previous) - 1)[0] in ar.ORGANISATION_WORDS if previous else False


@rule("added.plural_cue_list", stage="generate", scripts={ARABIC})
def plural_cue_lists(facts: DocumentFacts, names: list[Candidate], taken: Occupied) -> Added:
    """The names listed after a plural cue word are places, though no gazetteer knows them.

    The list has two names at least, joined by و or commas, each of words that are no
    everyday words. Arabic: قرى المتونة والسويمرة وعراجة، مديريات شدا وباقم وحرف سفيان، بلدات
    العوامية، القديح، أم الحمام (a known name in the list keeps its own mention, and so does a
    name a rule before this one learned elsewhere: ولايات بيهار واوتار براديش); not مناطق
    سيطرتهم، مدن جديدة، أحياء المسلمين، محافظات أخرى, nor one name alone (مناطق الخليقة).
    English: no such rule.
    """
    plural_cues = facts.keywords.plural_cues
    if not plural_cues:
        return Added([])
    folded = facts.folded
    found = []
    for cue_end, word in plural_cues.items():
        if folded[cue_end:cue_end + 1] != " ":
            continue
        items = _listed_names(facts, cue_end)
        if len(items) < 2:
            continue
        singular = ar.PLURAL_CUES[word]
        for start, end in items:
            if not taken.overlaps(start, end):
                found.append(Candidate(start, end, folded[start:end], (), cue=singular, via="cue",
                                       rule=plural_cue_lists.name))
                taken.take(start, end)
    return Added(found)


_MAX_LISTED = 12
_MAX_NAME_WORDS = 2


def _listed_names(facts: DocumentFacts, offset: int) -> list[tuple[int, int]]:
    """The (start, end) of each name listed from folded ``offset``: up to _MAX_NAME_WORDS words
    a name, a name ending at a comma or before a word with و. The list ends before a word
    that may be no name's (:func:`_ends_a_list`), and at a comma after a name joined by و
    (قرى الخشموع والقمرية، لابتزاز العائلات)."""
    folded = facts.folded
    items: list[tuple[int, int]] = []
    start = end = None
    joined = False  # whether a name of the list came with و
    for word in WORD_RE.finditer(folded, offset, offset + 300):
        text, gap = word.group(), folded[(end if end is not None else offset):word.start()].strip()
        if gap not in ("", "،", ","):
            break
        with_and = start is not None and text.startswith(ar.AND)
        opens = start is None or bool(gap) or with_and
        if start is not None and gap and not with_and and joined:
            break
        bare = text[1:] if with_and else text
        if _ends_a_list(facts, text, bare, first_word=opens):
            break
        if opens:
            if start is not None:
                items.append((start, end))
            start, count, joined = word.start() + len(text) - len(bare), 1, joined or with_and
        else:
            count += 1
            if count > _MAX_NAME_WORDS:
                return []
        end = word.end()
        if len(items) >= _MAX_LISTED:
            break
    if start is not None:
        items.append((start, end))
    # A name's first word that is an everyday word too is no name alone (وعين، at the list's end).
    return [(start, end) for start, end in items if folded[start:end] not in ar.NAME_HEAD_WORDS]


def _ends_a_list(facts: DocumentFacts, text: str, bare: str, *, first_word: bool) -> bool:
    """Whether a word may be no name's, so that a list of names ends before it: an everyday
    word (with its و or without: وصولا، حرف), but not one a name begins with (وعين ترما); a cue
    word (مدن وبلدات), a word with a pronoun (مناطق سيطرتهم، عفرين وقراها), an indefinite
    adjective of an everyday noun (بلدات ساحلية، مناطق جبلية; القمرية is a name), and after a
    name's first word a plural (الجراحي تاركين)."""
    is_everyday = facts.lexicon.is_everyday_word
    cue = text.removeprefix(ar.AND)  # مدن وبلدات: the و joins a second cue word
    if first_word and bare in ar.NAME_HEAD_WORDS:
        return False
    return (not bare.isalpha() or len(bare) < 3 or is_everyday(text) or is_everyday(bare)
            or _is_a_cue_word(cue) or cue in ar.PLURAL_CUES or bare.endswith(_PRONOUN_ENDINGS)
            or is_verb_or_noun_with_pronoun(bare) or (not bare.startswith("ال") and _is_nisba_of(bare, is_everyday))
            or (not first_word and bare.endswith(_PLURAL_ENDINGS)))


_PLURAL_ENDINGS = ("ين", "ون")


@rule("added.hashtag_transliteration", stage="generate", scripts={ARABIC})
def hashtag_transliterations(facts: DocumentFacts, names: list[Candidate], taken: Occupied) -> Added:
    """A hashtag that sounds like a town of an Arab country the document names is that town.

    Tweets tag places, and GeoNames lacks many towns' Arabic spelling. Arabic: #الخفجي beside
    #السعودية is Al Khafji; alone it is no place (any rare word matched so would bring in too
    many words). Not a town abroad: the news tags people, companies and events with foreign
    names (إيمانويل #ماكرون was McCamey, Texas, #بريكست and #كوالكوم towns too), and on
    IDRISI-D's tweets no town abroad was found so. English: hashtags are read as names.
    """
    folded = facts.folded
    if "#" not in folded or not facts.countries:
        return Added([])
    gazetteer, countries = facts.gazetteer, facts.countries
    rows = gazetteer.place_rows
    found = []
    for match in _HASHTAG_WORD_RE.finditer(folded):
        start, end = match.span(1)
        word = match.group(1)
        if taken.overlaps(start, end) or facts.lexicon.is_everyday_word(word):
            continue
        places = sorted({
            p for skeleton in _skeletons(word) if len(skeleton) >= _HASHTAG_SKELETON
            for p in _sounding_like(facts, word, skeleton)
            if countries.get(rows[p].country_code) and rows[p].kind == "city"
            and rows[p].country_code in gazetteer.arabic_speaking
        })
        if places:
            found.append(Candidate(start, end, word, tuple((p, PRIMARY) for p in places), via="transliteration",
                                   rule=hashtag_transliterations.name))
            taken.take(start, end)
    return Added(found)


def _skeletons(word: str) -> set[str]:
    """Consonant skeletons of a folded Arabic word, the article's ل also assimilated to a
    sun letter as Latin names write it (الزرقاء, Az Zarqa)."""
    skeletons = {arabic_skeleton(word)}
    if word.startswith("ال") and word[2:3] in ar.SUN_LETTERS:
        skeletons.add(arabic_skeleton(word[2:]))
    return skeletons


@rule("added.repeated_transliteration", stage="generate", scripts={ARABIC})
def repeated_transliterations(facts: DocumentFacts, names: list[Candidate], taken: Occupied) -> Added:
    """A name recognised by its sound is a place wherever else the document repeats it.

    Arabic: after مدينة كراتشي, every كراتشي (وكراتشي, بكراتشي) is Karachi. English: names
    are found as written.
    """
    return Added(_repeats(facts, names, taken, via="transliteration", rule=repeated_transliterations.name,
                          with_cue=False, not_after=frozenset()))


@rule("added.repeated_cue_name", stage="generate", scripts={ARABIC})
def repeated_cue_names(facts: DocumentFacts, names: list[Candidate], taken: Occupied) -> Added:
    """A name a cue word named is a place wherever else the document repeats it.

    Arabic: after محافظة المخواة, the fire brigade of إدارة المخواة is there too; after مديرية
    حيس, every حيس (وحيس, بحيس); not after a cue that is a boycott or a term of office too
    (مقاطعة المونديال، ولاية ساركوزي). English: names are found as written.
    """
    return Added(_repeats(facts, names, taken, via="cue", rule=repeated_cue_names.name, with_cue=True,
                          not_after=ar.TWO_SENSE_NAMING_CUES))


def _repeats(facts: DocumentFacts, names: list[Candidate], taken: Occupied, *, via: str, rule: str,
             with_cue: bool, not_after: frozenset[str]) -> list[Candidate]:
    """Every other whole-word occurrence of the names found ``via`` one way (but after a cue
    word of ``not_after``), after a bare name's proclitics only, each with its source's places,
    and its cue word ``with_cue`` (a name no gazetteer knows keeps the kind its cue asked for)."""
    learned = {c.key: c for c in names if c.via == via and c.cue not in not_after}
    if not learned:
        return []
    folded = facts.folded
    extra = []
    for key, source in learned.items():
        for match in re.finditer(re.escape(key), folded):
            start, end = match.start(), match.end()
            if folded[word_start(folded, start):start] not in BARE_NAME_PREFIXES or word_end(folded, end) != end:
                continue
            if taken.overlaps(start, end):
                continue
            extra.append(Candidate(start, end, key, source.entries, cue=source.cue if with_cue else "",
                                   via=f"repeated {via}", rule=rule))
            taken.take(start, end)
    return extra
