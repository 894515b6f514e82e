"""Word rules: names that are everyday words too, or abbreviations, or qualifiers, and are
places only where the context makes them one.

Each reads one name and returns a reason it is no place here, a new candidate for it (with
fewer places, or vouched for), or None.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from typing import TYPE_CHECKING

from geo.arabic import ACCUSATIVE_ALIF, FEMININE_ENDING, FOLDED_FEMININE_ENDING, PRONOUN_ENDINGS
from geo.gazetteer import NEEDS_EVIDENCE, QUALIFIER_ONLY, WORD_FIRST
from geo.lang import ar, en
from geo.proclitics import DEFINITE_PREFIXES, with_proclitics, without_article, word_before, word_start
from geo.recognize.candidate import Candidate
from geo.recognize.keywords import SPACE_AND_QUOTES
from geo.rules import ARABIC, LATIN, rule
from geo.text import CLOSING_QUOTES, fold

if TYPE_CHECKING:
    from geo.recognize.facts import Cue, DocumentFacts

_LIST_GAPS = frozenset(fold("و ، , ،و ,و إلى").split())  # between the names of a list
_RULERS_BEFORE_THEIR_REALM = frozenset(
    p + title for p in ("", "و", "ل", "ب", "ف", "ول", "وب") for title in ar.RULER_TITLES)
_TIME_ZONE_WORDS = with_proclitics(ar.TIME_ZONE_WORD)  # بتوقيت، التوقيت، وبتوقيت
_STORM_WORDS = with_proclitics(" ".join(ar.STORM_WORDS)) \
    | frozenset(prefix + word for prefix in DEFINITE_PREFIXES for word in ar.STORM_WORDS_WITH_THE_ARTICLE)
_FIXED_EXPRESSION_UNDONE_AFTER = with_proclitics(" ".join(ar.FIXED_EXPRESSION_UNDONE_AFTER | ar.WATER_WORDS))
# A verb follows no noun that names a place: مدينة ينبع من، مستشفى ينبع من are Yanbu.
_VERB_EXPRESSION_UNDONE_AFTER = with_proclitics(" ".join(ar.PLACE_CUES | ar.FACILITY_CUES))
_FIXED_EXPRESSION_WORDS_BEFORE = {key: with_proclitics(" ".join(words))
                                  for key, words in ar.FIXED_EXPRESSIONS_BEFORE.items()}
_DIVISION_GAP = len(" في ولاية ")  # between a town and its division: بولاية، في ولاية، ", "
_IN_PROCLITIC = "ب"  # بجده: "in Jeddah"
_TOWN_CUE_KINDS = ("city", "region")
_DIRECTION_GAPS = (" ", " (")  # حجة شمال غرب اليمن، حجة (شمال غربي اليمن)


@rule("word.state_abbreviation", stage="evidence", scripts={LATIN})
def state_abbreviation(facts: DocumentFacts, candidate: Candidate) -> str | Candidate | None:
    """A state's abbreviation is a place only as a qualifier, a party label, or dotted after "in" or before a state's body.

    English: "Tulsa, Okla.", "Rep. James Clyburn, D-S.C.", "set to open in S.C. today" and
    "the S.C. Highway Patrol" name the states; "Ala." and "Ore" alone do not, nor "in OR"
    (or) without points, nor "OR Highway". Arabic: no name is an abbreviation only, so Arabic
    names are not read.
    """
    entries = candidate.entries
    for _, flags in entries:
        if flags & QUALIFIER_ONLY:
            break
    else:
        return None
    folded = facts.folded
    in_place = _is_qualifier(folded, candidate, facts.names_at["evidence"]) or _after_party(folded, candidate.start) \
        or _dotted_after_locative(folded, candidate) or _dotted_before_state_body(facts, candidate)
    if in_place:
        return candidate.replace(rule=state_abbreviation.name)
    kept = tuple(entry for entry in entries if not entry[1] & QUALIFIER_ONLY)
    if not kept:
        return "state abbreviation outside a 'Town, ST' qualifier or a party label (D-S.C.)"
    return candidate.replace(entries=kept)


def _is_qualifier(folded: str, candidate: Candidate, candidates: list[Candidate]) -> bool:
    return any(0 < candidate.start - other.end <= 3 and folded[other.end:candidate.start].strip() == ","
               for other in candidates)


def _dotted_after_locative(folded: str, candidate: Candidate) -> bool:
    """"in S.C.", "from Calif.": an abbreviation with its points after a preposition of place
    (without them, "in OR" and "to IN" are words)."""
    word, gap = word_before(folded, candidate.start)
    return "." in candidate.key and gap == " " and word in en.LOCATIVES


def _dotted_before_state_body(facts: DocumentFacts, candidate: Candidate) -> bool:
    """"the S.C. Highway Patrol": an abbreviation with its points before a capitalised word
    for one of a state's bodies."""
    following, gap = facts.word_after(candidate.end)
    if "." not in candidate.key or gap != " " or following not in en.STATE_BODIES:
        return False
    text = facts.text
    after = text.to_original(candidate.end) + 1
    return text.original[after:after + 1].isupper()


def _after_party(folded: str, start: int) -> bool:
    """"Rep. James Clyburn, D-S.C.": a state abbreviation after a party letter."""
    return folded[max(0, start - 2):start] in ("d ", "r ", "i ") and not folded[max(0, start - 3):start - 2].isalnum() \
        and folded[max(0, start - 5):start - 2].endswith((", ", "("))  # the hyphen is folded to a space


@rule("word.needs_evidence", stage="evidence", scripts={ARABIC, LATIN})
def needs_evidence(facts: DocumentFacts, candidate: Candidate) -> str | Candidate | None:
    """A name that is also an everyday word is a place only where the context marks it one.

    So are foreign spellings and names without their article. Arabic: جدة is "grandmother"
    unless a cue word (مدينة جدة), a dateline (سبق – الباحة:), a name of its country (الرياض
    وجدة), a demonym after it that agrees with a town (طرابلس الليبية, not العلم العراقي nor,
    after a very common noun with the article, الثورة السورية), a list with a compatriot (رشت
    والأهواز ومشهد) or a hashtag among others (#الشرقية) makes it the place. English:
    "Reading" is a place "in Reading" or in "Reading, Pennsylvania", not in "Reading is fun".
    So does its state right after it (كامبريدج بولاية ماساتشوستس) or a direction from a
    compatriot (كامبريدج شمال لندن), or a cue word before it elsewhere in the document with a
    preposition of place before it here (مدينة دوما, then خرج المدنيون من دوما; not كان دوما
    "was always", nor في المدينة "in the city", nor a noun prepositions take: في مشهد مؤثر
    "in a moving scene"), or في before it in a document that names its country (في دوما in a
    story naming Syria). A name that is a place without evidence loses the minor towns that need
    some (باريس: Paris, not Paris, Texas).
    """
    flagged = ()
    for entry in candidate.entries:  # a loop, no generator: asked of every name, and most need none
        if entry[1] & NEEDS_EVIDENCE:
            flagged += (entry,)
    if not flagged:
        return None
    if len(flagged) < len(candidate.entries):
        return _without_unsupported_minor_towns(facts, candidate, flagged)
    if _has_evidence(facts, candidate) or _cued_elsewhere(facts, candidate):
        return candidate.replace(rule=needs_evidence.name)
    return ("may be no place here (a common word, a foreign spelling, a name without its article), "
            "and nothing in the context marks it as one")


@rule("word.pronoun_ending", stage="evidence", scripts={ARABIC}, at="names_written_with_ha")
def pronoun_ending(facts: DocumentFacts, candidate: Candidate) -> str | None:
    """A name written with ه for its final ة is an everyday word with its pronoun unless the context marks the place.

    Arabic: أن جده كان طباخا ("his grandfather", not Jeddah), الاهتمام الذي وجده ("that he
    found", not Oujda), تم حله ("its solution", not Hillah): news writes جدة and وجدة, and a
    ه after an everyday word is its pronoun far more often than a spelling. The place stays
    after في, من or إلى or with ب (قادما من جده، بجده), after a cue word (مدينة جده), in a
    dateline (جده - فلان), and where the rest of the document vouches for it as for any name
    that needs evidence (جده in a story that names Saudi Arabia); a minor place's where the
    context marks it but by its country alone (صنعاء وصعده، جونيه اللبنانية، جونيه - قال; not
    في ميله للموسيقى "in his leaning to music", no Mila; في بيانه, no Baena). Not where a
    notable place's own name ends in ه (كوبه, Kobe) or the word before the ه names a place
    first (كالي, Cali; not ميل "a mile", also Milagro). English: no such ending.
    """
    key = candidate.key
    stem, gazetteer = key[:-1], facts.gazetteer
    rows = gazetteer.place_rows
    if " " in key or stem not in gazetteer.common_words or _names_a_place_first(gazetteer, stem) \
            or not all(rows[p].name_ar.endswith(FEMININE_ENDING) or not gazetteer.is_notable(p) for p, _ in candidate.entries):
        return None
    folded = facts.folded
    word = word_start(folded, candidate.start)
    if any(gazetteer.is_notable(p) for p, _ in candidate.entries):
        before, gap = word_before(folded, word)
        if (before in ar.TRAVEL_PREPOSITIONS and gap == " ") or folded[word:candidate.start].endswith(_IN_PROCLITIC) \
                or _has_evidence(facts, candidate, counted_itself=True):
            return None
    elif _has_evidence(facts, candidate, counted_itself=True, countries_named=False):
        # A minor place needs more than its country (في بيانه "in its statement" is no
        # Baena in a story that names Spain too): a cue word, its demonym, a dateline, a
        # compatriot beside it.
        return None
    return f"the word «{stem}» with the pronoun ه, and nothing in the context marks the place"


def _cued_elsewhere(facts: DocumentFacts, candidate: Candidate) -> bool:
    """Whether a preposition of place or ب stands before the name here and a cue word marks
    it as a place elsewhere in the document, or في stands before it and the document names
    its country (:func:`_in_a_country_named`); or, wherever it stands, a town's or a region's
    cue word marks it elsewhere (:func:`_cued_as_a_town`: غارات على دوما، قوات النظام التي
    تحاصر دوما beside مدينة دوما). Not a definite word first: في المدينة is "in the city" the
    story is about, whatever منطقة المدينة means elsewhere."""
    key = candidate.key
    if key.isascii() or key in facts.gazetteer.nouns_after_prepositions \
            or (key.startswith("ال") and all(flags & WORD_FIRST for _, flags in candidate.entries)):
        return False
    if facts.after_a_preposition_of_place(candidate.start):
        return _cued_somewhere(facts, candidate) or _in_a_country_named(facts, candidate)
    # Anywhere else a town's or a region's cue elsewhere marks it (تحاصر دوما، صحة الباحة), but
    # not a word of grammar (كان "was", though مهرجان كان is Cannes's festival) nor an adverb
    # after a copula (كان دوما يقول "was always saying").
    return key not in ar.STOPWORDS and facts.word_right_before(candidate.start) not in ar.COPULAS \
        and _cued_as_a_town(facts, candidate)


def _in_a_country_named(facts: DocumentFacts, candidate: Candidate) -> bool:
    """في دوما in a story that names Syria, في هوليوود in one that names the United States:
    right after في, a word that is no noun (nouns take the article: في قنوات "in channels",
    في محلات الصرافة, في رياض الأطفال), no person's name (Lewis, Wilson: عن لويس، إلى ويلسون
    are people, and so would في ويلسون be) and, in a sport report, no club's town (موسمين في
    برشلونة: two seasons at the club) is the place when the document names its country."""
    key, gazetteer = candidate.key, facts.gazetteer
    if "ال" + key in gazetteer.common_words or facts.word_right_before(candidate.start) not in ar.IN_WORDS \
            or (facts.about_sport and key in ar.CLUB_TOWNS) or facts.lexicon.names_towns_named_as_people(candidate):
        return False
    rows, countries = gazetteer.place_rows, facts.countries
    return any(countries.get(rows[p].country_code) for p, _ in candidate.entries)


def _cued_as_a_town(facts: DocumentFacts, candidate: Candidate) -> bool:
    """Whether a town's or a region's cue word marks the name as a place somewhere in the
    document (مدينة دوما), not a facility's: قاعدة كلينتون is "Clinton's base" of support, and
    على كلينتون a person's preposition."""
    return not _kinds_of_cues_marking(facts, candidate).isdisjoint(_TOWN_CUE_KINDS)


def _cued_somewhere(facts: DocumentFacts, candidate: Candidate) -> bool:
    """Whether a cue word right before the name marks it as a place anywhere in the document."""
    return bool(_kinds_of_cues_marking(facts, candidate))


def _kinds_of_cues_marking(facts: DocumentFacts, candidate: Candidate) -> frozenset[str | None]:
    """The kinds of place (``ar.CUE_KINDS``, None for a cue word of no kind) of the cue words
    right before the name anywhere in the document that mark it as a place; remembered per
    name, as a document's cues are read for each of its names that needs evidence."""
    key = candidate.key
    kinds = facts.cue_kinds_of_names.get(key)
    if kinds is None:
        kinds = facts.cue_kinds_of_names[key] = frozenset(
            ar.CUE_KINDS.get(cue.stem) for cue in facts.cues_before_word(key) if _cue_marks(facts, cue, candidate))
    return kinds


def _names_a_place_first(gazetteer, key: str) -> bool:
    """Whether a folded word names a place by a name that needs no evidence (كالي, Cali)."""
    return any(not flags & NEEDS_EVIDENCE for flags in gazetteer.places_named(key).values())


# A dateline: the place first on its line before a dash (جده - عبدالرحمن العمري، الرياض -
# واس:), or after the agency's or writer's name and a dash, or both (سبق- الطائف:، عاصم
# الغامدي - سبق – جدة:), before a colon or a dash, or before the end of the document's first
# line (عين اليوم – الرياض; a credit line at the end, المصدر - المدينة, names a newspaper).
# Not first on its line before a colon, a label's or a speaker's (المدينة: لندن، غازي: رد مسرعاً).
_DATELINE_AGENCY = re.compile(r"(?:[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,3}[ \t]*[-–—][ \t]*){1,2}")
_DASH_AFTER = re.compile(r"[ \t]*[-–—]")
_DASH_OR_COLON_AFTER = re.compile(r"[ \t]*[-–—:]")
_LINE_END_AFTER = re.compile(r"[ \t]*(?:\n|$)")
_DATELINE_REACH = 40  # characters from the line's start


def _in_a_dateline(facts: DocumentFacts, candidate: Candidate) -> bool:
    """Whether the name is a dateline's place (see _DATELINE_AGENCY)."""
    folded, text = facts.folded, facts.text
    word = word_start(folded, candidate.start)
    if word - folded.rfind("\n", 0, word) > _DATELINE_REACH:  # most names stand far from a line's start
        return False
    start = text.to_original(word)
    line_start = text.original.rfind("\n", 0, start) + 1
    after = text.to_original(candidate.end - 1) + 1
    if not text.original[line_start:start].strip():
        return bool(_DASH_AFTER.match(text.original, after))
    if not _DATELINE_AGENCY.fullmatch(text.original, line_start, start):
        return False
    return bool(_DASH_OR_COLON_AFTER.match(text.original, after)) or (
        not text.original[:line_start].strip() and bool(_LINE_END_AFTER.match(text.original, after)))


def _without_unsupported_minor_towns(facts: DocumentFacts, candidate: Candidate,
                                    flagged: tuple[tuple[int, int], ...]) -> Candidate | None:
    """A name that is a place without evidence keeps the minor towns that need some only with
    it: باريس is Paris, not Paris, Texas (a name Arabic writes for someone else), unless
    تكساس qualifies it. Where the document names the town's state (مانشستر، كبرى مدن
    الولاية, in a story about New Hampshire), the town stays for resolution to weigh."""
    gazetteer, divisions = facts.gazetteer, facts.divisions_named
    minor = tuple(entry for entry in flagged
                  if gazetteer.is_minor_town(entry[0]) and gazetteer.admin1[entry[0]] not in divisions)
    # (Not a list: لندن وواشنطن وباريس names capitals, whatever towns share their names.)
    if not minor or _has_evidence(facts, candidate.replace(entries=minor), lists=False):
        return None
    return candidate.replace(entries=tuple(entry for entry in candidate.entries if entry not in minor))


def _has_evidence(facts: DocumentFacts, candidate: Candidate, *, lists: bool = True,
                  counted_itself: bool = False, countries_named: bool = True) -> bool:
    """Whether the context marks the name as a place. ``counted_itself``: the name needs no
    evidence in the gazetteer, so the countries the document names count it too (جده pins
    Saudi Arabia), which is no evidence for it; ``countries_named``: whether the countries the
    document names count at all."""
    folded, gazetteer = facts.folded, facts.gazetteer
    cue = facts.cue_of(candidate.start)
    if cue and _cue_marks(facts, cue, candidate):
        return True
    if facts.word_right_before(candidate.start) in _RULERS_BEFORE_THEIR_REALM \
            and not all(flags & WORD_FIRST for _, flags in candidate.entries):
        return True  # ملك أراجون "the king of Aragon"; not ملكة جمال "a beauty queen"
    # تعز in a document that names عدن is about Yemen. (Not for English: local news names
    # its own country on every line, which vouches for nothing.) A whole hashtag is a
    # tag, not a word of the sentence: #الشرقية among #الدمام and #القصيم is the province
    # (but a small town's name is still the word: #كورونا is no Corona, California).
    hashtag = _is_whole_hashtag(folded, candidate)
    rows = gazetteer.place_rows
    if countries_named and not candidate.key.isascii():
        countries = _countries_besides(facts, candidate) if counted_itself else facts.countries
        if _placed_in_a_named_country(gazetteer, candidate, countries, hashtag):
            return True
    if folded[candidate.start].isascii():
        word, gap = word_before(folded, candidate.start)
        start = facts.text.to_original(candidate.start)
        if word in en.LOCATIVES and not gap.strip() and not _sentence_initial(facts.text.original, start):
            return True
    following, gap = facts.word_after(candidate.end)
    if gap.strip() in ("", ",") and following:
        demonym = gazetteer.lookup(following)[2]
        if demonym:
            # A very common noun with the article takes the adjective itself: الثورة السورية is
            # the Syrian revolution, المدينة العراقية "the Iraqi city" (دوما السورية stays Douma).
            common_noun = candidate.key.startswith("ال") and candidate.key[2:] in gazetteer.common_words
            if any(rows[p].country_code == demonym and not (common_noun and f & WORD_FIRST)
                   and (rows[p].kind != "city" or _agrees_with_a_town(following)) for p, f in candidate.entries):
                return True  # طرابلس الليبية, but not وزير الداخلية الأردني (Oman's Ad Dakhiliyah) nor العلم العراقي
        if gap.strip() == "," and _next_name(facts, candidate.end + 1, 2) is not None:
            return True  # Reading, Pennsylvania
    if candidate.key.isascii():
        return False
    if _in_a_dateline(facts, candidate) or _in_a_division_named(facts, candidate) or _placed_by_a_neighbour(facts, candidate) \
            or _country_right_after(facts, candidate):
        return True
    return lists and _listed_with_a_compatriot(facts, candidate)


def _placed_in_a_named_country(gazetteer, candidate: Candidate, countries: Counter, hashtag: bool) -> bool:
    """Whether a place of the name that is no word first (in a whole hashtag, no minor town
    either) lies in a country of ``countries``. A loop, no generator: asked of most names."""
    rows = gazetteer.place_rows
    for place, flags in candidate.entries:
        if (not flags & WORD_FIRST or (hashtag and not gazetteer.is_minor_town(place))) \
                and countries.get(rows[place].country_code):
            return True
    return False


def _countries_besides(facts: DocumentFacts, candidate: Candidate) -> Counter:
    """The countries the document's names pin down, less the one this name pins by itself."""
    rows = facts.gazetteer.place_rows
    codes = {rows[p].country_code for p, f in candidate.entries if not f & NEEDS_EVIDENCE}
    return facts.countries - Counter(codes) if len(codes) == 1 else facts.countries


def _in_a_division_named(facts: DocumentFacts, candidate: Candidate) -> bool:
    """كامبريدج بولاية ماساتشوستس، الإسكندرية في ولاية فرجينيا: a town followed closely by the
    first-level division it lies in."""
    following = _next_name(facts, candidate.end, _DIVISION_GAP)
    if following is None:
        return False
    rows, admin1, division_places = facts.gazetteer.place_rows, facts.gazetteer.admin1, facts.lexicon.divisions
    divisions = {admin1[p] for p, _ in following.entries if p in division_places}
    return any(rows[p].kind == "city" and admin1[p] in divisions for p, _ in candidate.entries)


def _country_right_after(facts: DocumentFacts, candidate: Candidate) -> bool:
    """برشلونة ( إسبانيا )، ليجازبي سيتي (الفلبين): a town with its country right after it in
    brackets, as datelines write it; or after في, for a name without the article (روتردام في
    هولندا وكوبي في اليابان; but الثورة في سوريا is "the revolution in Syria")."""
    following = _next_name(facts, candidate.end, len(" في "))
    if following is None:
        return False
    gap = facts.folded[candidate.end:following.start].strip()
    if gap != "(" and (gap != ar.IN or candidate.key.startswith("ال")):  # كوبي في اليابان
        return False
    rows = facts.gazetteer.place_rows
    countries = {rows[p].country_code for p, _ in following.entries if rows[p].kind == "country"}
    return any(rows[p].country_code in countries for p, _ in candidate.entries)


def _next_name(facts: DocumentFacts, index: int, gap: int) -> Candidate | None:
    """The name the scan found starting at most ``gap`` characters after ``index``."""
    names = facts.names_at["evidence"]
    at = bisect_left(facts.evidence_starts, index)
    return names[at] if at < len(names) and names[at].start - index <= gap else None


def _placed_by_a_neighbour(facts: DocumentFacts, candidate: Candidate) -> bool:
    """كامبريدج شمال لندن، حجة شمال غرب اليمن، حجة (شمال غربي اليمن): a town placed by a
    direction (one word or two, in brackets or not) from a place of its country."""
    following, gap = facts.word_after(candidate.end)
    if gap not in _DIRECTION_GAPS or following not in ar.DIRECTIONS:
        return False
    end = candidate.end + len(gap) + len(following)
    second, gap = facts.word_after(end)
    if gap == " " and second in ar.DIRECTIONS:
        end += len(gap) + len(second)
    neighbour = _next_name(facts, end, 2)
    if neighbour is None:
        return False
    rows = facts.gazetteer.place_rows
    countries = {rows[p].country_code for p, f in neighbour.entries if not f & NEEDS_EVIDENCE}
    return any(rows[p].country_code in countries for p, _ in candidate.entries)


def _agrees_with_a_town(adjective: str) -> bool:
    """A town is feminine in Arabic: طرابلس الليبية; العلم العراقي is a flag, not a town. (A
    Latin demonym agrees with anything.)"""
    return adjective.isascii() or adjective.endswith(("ه", "ة"))


def _listed_with_a_compatriot(facts: DocumentFacts, candidate: Candidate) -> bool:
    """رشت والأهواز ومشهد، من طهران إلى مشهد: a name in a list (joined by و, a comma or
    إلى) with a place of its country that needs no evidence, beside it or further along across
    names of its country that need some themselves (صعدة والجوف وحجة). (Not "X في إيران":
    فيروس كورونا في الولايات المتحدة is no Corona, California.)"""
    names, rows = facts.names_at["evidence"], facts.gazetteer.place_rows
    at = bisect_left(facts.evidence_starts, candidate.start)
    countries = {rows[p].country_code for p, _ in candidate.entries}
    for step in (-1, 1):
        index = at
        while 0 <= index + step < len(names) and _listed_together(facts.folded, names[index], names[index + step]):
            flags = [f for p, f in names[index + step].entries if rows[p].country_code in countries]
            if not flags:
                break
            if any(not f & NEEDS_EVIDENCE for f in flags):
                return True
            index += step
    return False


def _listed_together(folded: str, name: Candidate, other: Candidate) -> bool:
    """Whether only a list's joining word or comma stands between two names."""
    start, end = (other.end, name.start) if other.start < name.start else (name.end, other.start)
    # Most names have no neighbour this close: no slice to make.
    return end - start <= _LIST_GAP_REACH and folded[start:end].replace(" ", "") in _LIST_GAPS


_LIST_GAP_REACH = max(map(len, _LIST_GAPS)) + 4  # the gap's letters and a few spaces


@rule("word.direction", stage="filter", scripts={LATIN})
def direction_word(facts: DocumentFacts, candidate: Candidate) -> str | None:
    """A direction, a qualifier or a day's or month's name is no place by itself.

    English: "Central banks raised rates" (Central, Louisiana), "North", "March". Arabic:
    such words name no place in the gazetteer.
    """
    if candidate.key in en.NEIGHBOURS:
        return "a direction or qualifier word, not a place by itself"
    return None


@rule("word.time_zone", stage="filter", scripts={ARABIC, LATIN})
def time_zone(facts: DocumentFacts, candidate: Candidate) -> str | None:
    """A town's name that gives a clock time's zone names no place of the story.

    Arabic: الساعة 16:00 بتوقيت غرينتش، الساعة 16:00 غرينتش، بتوقيت مكة المكرمة، التوقيت:
    غرينتش + 3. English: "at 10 a.m. Moscow time". The town stays elsewhere (وصل إلى موسكو
    الساعة 16:00).
    """
    folded, start = facts.folded, candidate.start
    # Most names have neither a colon nor the zone's word just before them: look no further
    # (in slices: str.find with bounds parses its arguments slowly, and this is asked of every name).
    if ":" in folded[max(0, start - 4):start] or ar.TIME_ZONE_WORD in folded[max(0, start - 10):start]:
        before, gap = word_before(folded, start)
        if gap.strip() in ("", ":") and (
                before in _TIME_ZONE_WORDS or _is_clock_time(folded, start - len(gap) - len(before), before)):
            return "the zone of a clock time, not a place of the story"
    if candidate.key.isascii():
        after, gap = facts.word_after(candidate.end)
        if gap == " " and after.lower() in en.TIME_ZONE_WORDS_AFTER:
            return "the zone of a clock time, not a place of the story"
    return None


@rule("word.storm_name", stage="filter", scripts={ARABIC, LATIN}, when="storms_named")
def storm_name(facts: DocumentFacts, candidate: Candidate) -> str | None:
    """A town's name quoted or named as people are right after a storm's word is the storm's.

    Storms are given people's names. Arabic: الإعصار فلورنس، إعصار «فلورنس»، العاصفة فلورنس
    (Hurricane Florence, not Florence, Alabama); where a storm strikes stands there too, and
    stays: a country or a division (ضرب الإعصار عمان), a town named as no one is or of a
    million (اجتاح الإعصار ميامي، هيوستن), a town after عاصفة without the article (ضحايا عاصفة
    حفر الباطن, the storm of Hafar al-Batin). English: "Hurricane Florence", "Typhoon Haiyan";
    not "the storm Charleston residents feared".
    """
    if candidate.key.isascii():
        before = facts.english_word_before(candidate.start)
        if before is None or before[0].lower() not in en.STORM_WORDS or not before[0][:1].isupper():
            return None
        quoted = False
    else:
        before, gap = word_before(facts.folded, candidate.start)
        if before not in _STORM_WORDS or not set(gap) <= SPACE_AND_QUOTES:
            return None
        quoted = bool(gap.strip())
    lexicon = facts.lexicon
    if lexicon.names_only_towns(candidate) and (quoted or lexicon.names_towns_named_as_people(candidate)):
        return "a storm's name, not a place of the story"
    return None


@rule("word.fixed_expression", stage="filter", scripts={ARABIC}, at="names_of_fixed_expressions")
def fixed_expression(facts: DocumentFacts, candidate: Candidate) -> str | None:
    """A place's name that with the word after or before it is a fixed expression is no place.

    Arabic: ولد في مسقط رأسه "in his birthplace" (not Muscat), محاولة النيل من أمن الوطن "to
    harm" (not the Nile), خطرها ينبع من "stems from" (not Yanbu), بعد صلاة المغرب "the sunset
    prayer" (not Morocco); but مياه النيل من إثيوبيا، لمياه النيل من، ضفاف النيل من الجهة
    الغربية، مستشفى ينبع من and زار مسقط stay. English: none listed.
    """
    key = candidate.key
    before, _ = word_before(facts.folded, candidate.start)
    if before in _FIXED_EXPRESSION_WORDS_BEFORE.get(key, ()):
        return "part of a fixed expression, not a place"
    verb = key in ar.VERB_EXPRESSIONS
    words_after = ar.VERB_EXPRESSIONS[key] if verb else ar.FIXED_EXPRESSIONS.get(key)
    if not words_after:
        return None
    following, gap = facts.word_after(candidate.end)
    if gap != " " or following not in words_after:
        return None
    if before in _FIXED_EXPRESSION_UNDONE_AFTER or (verb and before in _VERB_EXPRESSION_UNDONE_AFTER):
        return None
    return "part of a fixed expression, not a place"


def _is_clock_time(folded: str, start: int, word: str) -> bool:
    """Whether ``word``, starting at ``start``, is the minutes of a clock time: 16:00, 6:30
    (not a year: مونديال 2018 روسيا)."""
    return len(word) == 2 and word.isdigit() and start >= 2 and folded[start - 1] == ":" and folded[start - 2].isdigit()


@rule("word.nationality_adjective", stage="filter", scripts={ARABIC})
def nationality_adjective(facts: DocumentFacts, candidate: Candidate) -> str | None:
    """A country's or town's name that is a nisba adjective too is the adjective after a noun it agrees with.

    Arabic: الحكومة السعودية, ناقلة النفط السعودية ("Saudi") name no place; في السعودية and
    المملكة العربية السعودية do. Nor does التفتيشات الديوانية (Tunisia's "customs"), while في
    الديوانية, محافظة الديوانية and الناصرية والديوانية name Diwaniyah. A country's name without
    the article is the adjective after an indefinite noun it agrees with: فصائل سورية، عائلة
    سورية، طائرات سورية ("Syrian"), not دعت سورية (a verb), حكومة سورية (a noun that takes a
    place) nor في سورية; a dual after a dual noun too (الدولتين الكوريتين); a country's after
    another nationality's adjective joined to it (المواقف الروسية والسعودية، العلاقات الأردنية -
    السعودية). English: the adjective "Saudi" is no country's name.
    """
    key = candidate.key
    if key.endswith(_DUAL_NISBA_ENDINGS):
        return _dual_adjective(facts, candidate)
    if " " in key or not key.endswith(ar.FEMININE_NISBA_ENDING):  # not المملكة العربية السعودية
        return None
    previous, gap = word_before(facts.folded, candidate.start)
    if not key.startswith("ال"):
        return _indefinite_nationality_adjective(facts, candidate, previous, gap)
    # The country first: it is one test, the adjective a reading of the text and a lookup.
    adjective = facts.lexicon.names_a_country(candidate) \
        and _adjective_joined_before(facts, candidate.start, previous, gap)
    if adjective:
        return f"an adjective of nationality joined to «{adjective}», not the country"
    definite_noun = _is_definite_noun(previous)
    # Right after the word, or after a quotation it closes: صحيفة "الرياض" السعودية (not
    # الدول الأربع "السعودية ومصر", where the quotation opens).
    after_a_word = gap == " " or (gap[:1] in CLOSING_QUOTES and gap[1:] == " ")
    if not (after_a_word and definite_noun) or previous in ar.COUNTRY_NAME_WORDS_BEFORE:
        return None
    if facts.lexicon.names_a_country(candidate):
        return f"the adjective of nationality after «{previous}», not the country"
    # A town: only after a feminine noun its adjective agrees with (التفتيشات، المنظومة), not
    # after a masculine one, whose adjective would be masculine (زار الرئيس الإسكندرية: the
    # object), another adjective (الطائرات التركية السليمانية), a cue or a place.
    noun = without_article(previous)
    feminine = noun.endswith((FOLDED_FEMININE_ENDING, ar.FEMININE_PLURAL_ENDING)) and not noun.endswith(ar.FEMININE_NISBA_ENDING)
    if feminine and noun not in ar.PLACE_CUES and not facts.gazetteer.names_a_place(previous):
        return f"an adjective after «{previous}», not the town"
    return None


def _adjective_joined_before(facts: DocumentFacts, start: int, previous: str, gap: str) -> str:
    """The definite feminine nisba adjective joined by و or a dash to the word at ``start``
    (المواقف الروسية والسعودية، العلاقات الأردنية - السعودية), or "": a nisba that names a place
    is no adjective (الناصرية والديوانية، محافظات الشرقية والدقهلية)."""
    if previous == ar.AND and not gap:
        previous, gap = word_before(facts.folded, start - len(ar.AND))
    elif len(gap) < 2 or gap.strip():  # a dash folds to a space: "الأردنية - السعودية"
        return ""
    if gap.strip() or not previous.startswith("ال") or not previous.endswith(ar.FEMININE_NISBA_ENDING) \
            or facts.gazetteer.names_a_place(previous):
        return ""
    return previous


# A dual nisba's endings (الكوريتين، الكوريتان: "the two Koreas", and "Korean" of two nouns).
_DUAL_NISBA_ENDINGS = ("يتين", "يتان")
_DUAL_ENDINGS = ("ين", "ان")


def _dual_adjective(facts: DocumentFacts, candidate: Candidate) -> str | None:
    """A dual nisba right after a definite dual noun is its adjective: الدولتين الكوريتين
    ("the two Korean states"), while بين الكوريتين names the two Koreas."""
    previous, gap = word_before(facts.folded, candidate.start)
    if gap == " " and previous.endswith(_DUAL_ENDINGS) and _is_definite_noun(previous):
        return f"the adjective after «{previous}», not the place"
    return None


def _indefinite_nationality_adjective(facts: DocumentFacts, candidate: Candidate, previous: str, gap: str) -> str | None:
    """سورية after an indefinite noun it agrees with: one of the nouns and adjectives a
    nationality follows (عائلة، قاعدة جوية، فصائل، وفصائل، أهدافا) or a sound plural in -ات
    (طائرات)."""
    if gap != " " or previous.startswith("ال") or previous in _NOT_AN_ADJECTIVE_HEAD \
            or not facts.lexicon.names_a_country(candidate):
        return None
    noun = previous[1:] if previous[:1] == ar.AND and len(previous) > 3 else previous
    if noun.endswith(ar.FEMININE_PLURAL_ENDING) or noun.removesuffix(ACCUSATIVE_ALIF) in ar.NOUNS_TAKING_NATIONALITY:
        return f"the adjective of nationality after «{previous}», not the country"
    return None


def _is_definite_noun(word: str) -> bool:
    """A noun with the article, after a proclitic too (والتفتيشات، للحكومة); not إلى (folded
    الى) nor والي "governor" (و + الى), والد "father"."""
    noun = without_article(word)
    if noun == word:
        return False
    return word not in ar.STOPWORDS if word.startswith("ال") else len(noun) >= 3 and "ال" + noun not in ar.STOPWORDS


@rule("word.adjective_after_noun", stage="filter", scripts={ARABIC}, at="names_of_adjectives")
def adjective_after_noun(facts: DocumentFacts, candidate: Candidate) -> str | None:
    """A place's name that is an everyday adjective too is the adjective right after an indefinite noun.

    Arabic: مبلغ مالي ("a sum of money"), دعم مالي، حرس بحري ("coast guard"), and after another
    adjective: إداري ومالي، بري وبحري ("by land and sea", though بري is Bari too). Mali where a
    noun takes it (حكومة مالي، شمال مالي), after a preposition (في مالي، بمالي), a feminine word
    or verb (دعت مالي) or another place (النيجر ومالي).
    English: no name of the gazetteer is an English adjective as well ("Mali" is only Mali).
    """
    if candidate.key not in ar.ADJECTIVE_NAMES:
        return None
    previous, gap = word_before(facts.folded, candidate.start)
    if gap == "":  # a proclitic: ب or ل is a preposition; و joins it to the word before
        if previous != "و":
            return None
        previous, gap = word_before(facts.folded, candidate.start - 1)
        if gap == " " and _indefinite_noun(previous) and previous.endswith(ar.NISBA_ENDING) \
                and (previous in ar.ADJECTIVE_NAMES or not facts.gazetteer.names_a_place(previous)):  # جيبوتي ومالي
            return f"the adjective after «{previous} و», not the place"
        return None
    # The masculine adjective follows no feminine word (that takes مالية): after one, or after
    # a verb's feminine ت (دعت مالي), the name is the place.
    feminine = previous.endswith((FOLDED_FEMININE_ENDING, "ت"))
    # A present verb with ي (يشهد، يزور) has the place as its object or subject; ن and ت begin
    # too many nouns (نظام مالي، تصرف مالي) to tell their verbs (تشهد مالي stays the adjective).
    verb = previous.startswith("ي")
    if gap == " " and _indefinite_noun(previous) and not feminine and not verb and previous not in _NOT_AN_ADJECTIVE_HEAD:
        return f"the adjective after the noun «{previous}», not the place"
    return None


# Words after which an adjective-like name is the place (with their proclitics): nouns that take
# a place after them, cue words, directions.
_NOT_AN_ADJECTIVE_HEAD = with_proclitics(" ".join(ar.PLACE_HEADS | ar.PLACE_CUES | ar.DIRECTIONS))


def _indefinite_noun(word: str) -> bool:
    """A word that may be an indefinite noun: no article, no particle, no number, no pronoun
    after it (فيها مالي: "in it, Mali")."""
    return word.isalpha() and without_article(word) == word and word not in ar.STOPWORDS \
        and len(word) > 2 and not word.endswith(PRONOUN_ENDINGS)


def cue_names(cue: Cue, key: str) -> bool:
    """Whether a cue word names the name after it: مدينة كان does, but with the article the
    cue refers back ("the city"), and what follows is a verb or a noun (المدينة كان جيشه،
    دكتوراه الدولة سنة), unless the name agrees with it (المنطقة الشرقية) or stands beside
    the capital (العاصمة بيروت)."""
    return not cue.refers_back or key.startswith("ال")


def _cue_marks(facts: DocumentFacts, cue: Cue, candidate: Candidate) -> bool:
    """Whether a cue word right before the name marks it as a place (مدينة دوما; not وسط
    المدينة, a part of "the city")."""
    return cue_names(cue, candidate.key) and not _part_of_a_word_first(cue, candidate) \
        and not _the_town_s_facility(facts, cue, candidate)


def _the_town_s_facility(facts: DocumentFacts, cue: Cue, candidate: Candidate) -> bool:
    """مطار المدينة، مرفأ المدينة، بلدية المدينة: a facility of "the city" the story is about
    (Aden's airport, Nagasaki's mayor), unless the place the word names is in the country the
    document names most (Medina's airport in a Saudi story)."""
    if cue.stem not in ar.TOWN_FACILITY_CUES or not candidate.key.startswith("ال") \
            or not all(flags & WORD_FIRST for _, flags in candidate.entries):
        return False
    main, rows = facts.main_country, facts.gazetteer.place_rows
    return not main or all(rows[p].country_code != main for p, _ in candidate.entries)


def _part_of_a_word_first(cue: Cue, candidate: Candidate) -> bool:
    """وسط المدينة، شرق الجزيرة: a part of "the city" or "the island" the text is about, not
    of Medina; a part of a definite noun that is a word first is no evidence that it is a
    place's name (but شرق رفح is). Nor is "its capital" before a definite word first: عاصمته
    الجديدة is its new capital; nor an indefinite cue before a word first that is an everyday
    adjective: مطار دولي is "an international airport", not an airport of The Valley (but مدينة
    نانسي is Nancy)."""
    if not all(flags & WORD_FIRST for _, flags in candidate.entries):
        return False
    if candidate.key.startswith("ال"):
        return cue.stem in ar.PART_CUES or cue.stem in ar.POSSESSED_CUES
    return not cue.definite and candidate.key in ar.ADJECTIVE_NAMES


def _is_whole_hashtag(folded: str, candidate: Candidate) -> bool:
    """#الشرقية: the name is the whole hashtag."""
    return folded[candidate.start - 1:candidate.start] == "#" and not folded[candidate.end:candidate.end + 1].isalnum() \
        and folded[candidate.end:candidate.end + 1] != "_"


def _sentence_initial(original: str, index: int) -> bool:
    before = original[max(0, index - 3):index].rstrip(" \"'“‘(")
    return not before or before[-1] in ".!?\n:;"
