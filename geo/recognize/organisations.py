"""Organisation rules: a town's name that is part of a football club's, a news agency's or a
publication's name."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from geo.arabic import FOLDED_FEMININE_ENDING
from geo.lang import ar, en
from geo.proclitics import NEAR, PROCLITIC_LETTERS, prefix_before, with_conjunctions, with_proclitics, word_before
from geo.recognize.candidate import Candidate
from geo.rules import ARABIC, LATIN, rule
from geo.text import OPENING_QUOTES, fold, offsets_of, quoted_whole

if TYPE_CHECKING:
    from geo.recognize.facts import DocumentFacts

_CLUB_WORDS_BEFORE = ar.CLUB_WORDS_BEFORE | en.CLUB_WORDS_BEFORE
_CLUB_WORDS_AFTER = ar.CLUB_WORDS_AFTER | en.CLUB_WORDS_AFTER
SPORT_REPORT_WORDS = 3
"""Different sport words that make a document a sport report."""
_CLUB_TOWNS = ar.CLUB_TOWNS | en.CLUB_TOWNS
_LOCATING_WORDS = ar.LOCATING_WORDS | {"in", "near"}
_OPPONENT_WORDS = with_conjunctions(ar.OPPONENT_WORDS)
# A news agency in a dateline (الدوحة - قنا :, استنبول - قنا - ا ف ب) or after "news agency"
# and its adjective (وكالة الأنباء القطرية قنا).
_DATELINE_BEFORE = re.compile(r"(\w+)[ \t]*[-–—][ \t]*$")
_DATELINE_AFTER = re.compile(r"[ \t]*(?::|[-–—][^\n:]{0,20}:)")
_DATELINE_COLON_REACH = 32  # folded characters from the name to its dateline's colon, at most
# After "news agency" (with its proclitics: لوكالة) and up to two adjectives (وكالة الأنباء
# الأردنية الرسمية), or after وكالة alone (وكالة بترا الرسمية), and an opening bracket or quote
# if any: (بترا)، ( بترا )، "بترا".
_AGENCY_BEFORE = re.compile(
    fold(rf"(?:^|\s)[وفبل]{{0,2}}وكال[ةه] (?:(?:ال)?[اأإ]نباء (?:ال\w+ ){{0,2}})?(?:[({''.join(sorted(OPENING_QUOTES))}] ?)?$"),
    re.MULTILINE)
# An agency named by its country or region: وكالة تونس إفريقيا للأنباء، وكالة السودان للأنباء.
_AGENCY_NAMED_BY_PLACE = re.compile(fold(r"وكال[ةه] ((?:\w+ ){1,3})لل[اأإ]نباء"))  # لوكالة too
_NEWS = fold("للأنباء")
# وكالة أنباء الشرق الأوسط، وكالة أنباء الإمارات: the name's first two words.
_AGENCY_OF_PLACE_NEWS = re.compile(fold(r"وكال[ةه] [اأإ]نباء (\w+(?: \w+)?)"))
_AGENCY_NEWS = fold("وكالة أنباء")
_PUBLICATION_WORDS_BEFORE = with_proclitics(" ".join(ar.PUBLICATION_WORDS_BEFORE))
_PUBLICATION_AFTER = re.compile(rf" (?:{'|'.join(en.PUBLICATION_WORDS)})\b")
_SPACE_AND_OPENING_QUOTES = " " + "".join(sorted(OPENING_QUOTES))  # صحيفة " الرياض
# What a world region (of no one country) quoted whole is: a newspaper's, a company's or a
# ship's name. (Seas and canals quoted are named as themselves: اسم "الخليج العربي".)
_REGION_KINDS = frozenset({"region", "continent"})
_CLUB_NAMESAKE_KINDS = frozenset({"city", "region"})
_TEAM_NICKNAME_WORDS = tuple(ar.TEAM_NICKNAME_WORDS)  # str.endswith takes a tuple, not a set


@rule("organisation.football_club", stage="filter", scripts={ARABIC, LATIN}, when="clubs_named")
def football_club(facts: DocumentFacts, candidate: Candidate) -> str | None:
    """A town's or division's name with a club's word beside it is part of the club's name.

    Arabic: ريال مدريد، مانشستر يونايتد، نادي القادسية، بلاتو يونايتد (after فريق:
    organisation.team), and a town in a team's nickname (نسور قرطاج); but a region before
    سيتي is a city's name (كيبيك سيتي), and a region after نسور its own (نسور سيناء). A club's
    word that is a town's name too is no town before another place's name (فيردر بريمن, not
    Werder). English: Real Madrid, Manchester United, Bayern Munich.
    """
    if not _may_name_a_club(facts, candidate):
        return None
    after, gap = facts.word_after(candidate.end)
    rows = facts.gazetteer.place_rows
    if candidate.key in _CLUB_WORDS_BEFORE and gap == " " and facts.gazetteer.names_a_place(after):
        return "part of a football club's name"
    if gap == " " and after.lower() in _CLUB_WORDS_AFTER and (
            after not in ar.CITY_WORDS_AFTER or any(rows[p].kind == "city" for p, _ in candidate.entries)):
        return "part of a football club's name"
    before = facts.word_right_before(candidate.start).lower()
    if before in _CLUB_WORDS_BEFORE or before[1:] in _CLUB_WORDS_BEFORE:
        return "part of a football club's name"
    # After a proclitic or a quotation mark too: لنسور قرطاج، "نسور قرطاج".
    nickname = before.endswith(_TEAM_NICKNAME_WORDS)
    if nickname and all(rows[p].kind == "city" for p, _ in candidate.entries):
        return "part of a team's nickname"
    return None


@rule("organisation.team", stage="filter", scripts={ARABIC}, at="team_word_names")
def team(facts: DocumentFacts, candidate: Candidate) -> str | None:
    """A place's name right after a team's word is its club, but a country's.

    Arabic: فريق ديجون، لفريق اسطنبول كاسيمباسا، فريق الخليج (a club named after the Gulf), لاعب
    وسط ليفربول، مدرب ميلانو; جمعية الحمامات in a sport report (elsewhere an association's or a
    co-operative's: جمعية الفروانية). A country's name there is its national team and stays,
    and so does a home nation's (فريق تونس القوي، مدرب إنجلترا). English: clubs are named with
    their own words (organisation.football_club).
    """
    if facts.lexicon.names_a_country(candidate) or _names_one_of(facts, candidate, _HOME_NATIONS):
        return None
    before, _ = word_before(facts.folded, candidate.start)
    if before not in ar.SPORT_TEAM_WORDS or facts.about_sport:
        return "a club's name (after a team's word)"
    return None


# Lands that field national teams of their own though no ISO country: مدرب إنجلترا is the
# English side's coach.
_HOME_NATIONS = frozenset({"alias:england", "alias:scotland", "alias:wales"})


def _names_one_of(facts: DocumentFacts, candidate: Candidate, place_ids: frozenset[str]) -> bool:
    """Whether a place of the name is one of ``place_ids`` (a home nation, a branch's region)."""
    rows = facts.gazetteer.place_rows
    return any(rows[p].place_id in place_ids for p, _ in candidate.entries)


@rule("organisation.club_in_sport_report", stage="filter", scripts={ARABIC, LATIN})
def club_in_sport_report(facts: DocumentFacts, candidate: Candidate) -> str | None:
    """In a sport report, a town's or division's name that stands for its club is the club.

    Arabic: فوزه على ليفربول، مستقبل قابس، بعث بني خيار، قرمبالية الرياضية ("Sports"),
    يستضيف القادسية، مرسيليا الفرنسي (a town's name with a masculine adjective: the team; the
    town would be مرسيليا الفرنسية), a country's name with a place's adjective
    (المغرب الفاسي، قطر القطري), باريس سان جيرمان anywhere, and a country's name with a
    town's adjective that is no everyday word anywhere too (المغرب التطواني in a results
    table; not أمن مصر القومي, "Egypt's national security"). English: "beat Liverpool 3-1",
    "Barcelona's coach". The town stays after في or a cue word (في ليفربول, "in Liverpool")
    and outside sport reports.
    """
    folded = facts.folded
    if _after_an_opponent_word(facts, candidate):
        return "a club's name (a town's after ضيفه or منافسه: the opposing team)"
    in_a_phrase = folded.startswith(ar.CLUB_PHRASES_AFTER, candidate.end)
    if not in_a_phrase and not facts.about_sport:
        # Most names have no adjective with the article right after them: no call at all.
        return _country_with_a_town_adjective(facts, candidate) if folded.startswith(" ال", candidate.end) else None
    kinds = {facts.gazetteer.place_rows[p].kind for p, _ in candidate.entries}
    after, gap_after = facts.word_after(candidate.end)
    if "country" in kinds and gap_after == " " and _nisba_of_a_place(facts, after, candidate):
        return "a club's name in a sport report (a country's name with a place's adjective: the team)"
    if not kinds & _CLUB_NAMESAKE_KINDS or kinds & {"country", "continent"}:  # a country is its national team's
        return None
    # A division's name may be masculine (إقليم كردستان الشمالي): a masculine adjective makes
    # only a feminine one the team (القادسية الكويتي). And a division comes before سان جرمان
    # only as the place a match is played in (في كارولاينا الشمالية سان جرمان مع تشلسي).
    town = "city" in kinds
    if in_a_phrase and town:
        return "part of a football club's name"
    before, gap_before = word_before(folded, candidate.start)
    # A proclitic letter only: يأمل ("he hopes") is no أمل club.
    if gap_before == " " and (before in ar.CLUB_PREFIXES or (before[:1] in PROCLITIC_LETTERS and before[1:] in ar.CLUB_PREFIXES)):
        return "a club's name in a sport report (after a club's first word)"
    if (town or candidate.key.endswith(FOLDED_FEMININE_ENDING)) and gap_after == " " and _masculine_nisba(after):
        return "a club's name in a sport report (with a masculine adjective: the team)"
    if town and gap_after == " " and after in ar.CLUB_SUFFIXES and not facts.cue_before(candidate.start):
        return "a club's name in a sport report (a town's name and «الرياضية»)"
    located = "ب" in prefix_before(folded, candidate.start) or (gap_before == " " and before in _LOCATING_WORDS) \
        or facts.cue_before(candidate.start) is not None
    if candidate.key.lower() in _CLUB_TOWNS and not located:
        return "a club named by its town in a sport report"
    return None


def _after_an_opponent_word(facts: DocumentFacts, candidate: Candidate) -> bool:
    """فاز على ضيفه روما، تغلب على مضيفه لاس بالماس، يلاقي نظيره فيرونا: a town's name right
    after a word for the opposing team is its club's, in a short report too (a country's is
    its national team's)."""
    if facts.folded[candidate.start - 1:candidate.start] != " " \
            or facts.word_right_before(candidate.start) not in _OPPONENT_WORDS:
        return False
    rows = facts.gazetteer.place_rows
    return all(rows[p].kind in _CLUB_NAMESAKE_KINDS for p, _ in candidate.entries)


def _may_name_a_club(facts: DocumentFacts, candidate: Candidate) -> bool:
    """Whether a place of the name is a town or a region, as clubs are named after (نادي
    القادسية: the Saudi and Kuwaiti clubs, not Iraq's governorate; بلاتو يونايتد, نادي الحجاز
    الرياضي), not a country, whose name is its national team's."""
    rows = facts.gazetteer.place_rows
    for place, _ in candidate.entries:  # a loop, no generator: asked of every name
        if rows[place].kind in _CLUB_NAMESAKE_KINDS:
            return True
    return False


def _country_with_a_town_adjective(facts: DocumentFacts, candidate: Candidate) -> str | None:
    """المغرب الفاسي، المغرب التطواني: a country's name before the masculine adjective of a
    town, no everyday word (القومي is), names a club in any text."""
    after, gap = facts.word_after(candidate.end)
    if gap != " " or not _masculine_nisba(after) or facts.gazetteer.lookup(after)[2] \
            or facts.lexicon.is_everyday_word(after):
        return None
    if not facts.lexicon.names_a_country(candidate) or not facts.gazetteer.names_a_place(after[2:-1]):
        return None
    return "a club's name (a country's name with a town's adjective)"


def _nisba_of_a_place(facts: DocumentFacts, word: str, country: Candidate) -> bool:
    """المغرب الفاسي، قطر القطري: after a country's name, a masculine adjective of a town or
    of that country makes a club's name; a country's team takes no such adjective (منتخب
    المغرب الأولمبي), and another country's is someone's (مدرب مصر الأرجنتيني)."""
    if not _masculine_nisba(word):
        return False
    gazetteer = facts.gazetteer
    demonym = gazetteer.lookup(word)[2]
    if demonym:
        return any(gazetteer.place_rows[p].country_code == demonym for p, _ in country.entries)
    return gazetteer.names_a_place(word[2:-1])


def _masculine_nisba(word: str) -> bool:
    """A definite masculine adjective of origin: الفرنسي، الإنجليزي (not الفرنسية)."""
    return word.startswith("ال") and word.endswith("ي") and len(word) >= 6


@rule("organisation.party", stage="filter", scripts={ARABIC}, at="names_of_party_countries")
def party(facts: DocumentFacts, candidate: Candidate) -> str | None:
    """A country's name in the name of a party named after it is the party's.

    Arabic: نداء تونس، آفاق تونس، مشروع تونس، حراك تونس الإرادة، نداء السودان (with a
    proclitic too: لنداء تونس), armed groups named after the Levant (هيئة تحرير الشام، أحرار
    الشام، جبهة فتح الشام), and names that go on with an adjective (قوات سوريا الديمقراطية،
    مجلس سوريا الديمقراطية، مجلس التعاون لدول الخليج العربية); the country stays in any other
    phrase (رئيس تونس، مشروع إيران، قوات سوريا النظامية، بناء سوريا الديمقراطية). English: none
    (these parties keep their Arabic names: Nidaa Tounes, Afek Tounes).
    """
    parties = parties_named_after().get(candidate.key)
    if not parties:
        return None
    before, gap = word_before(facts.folded, candidate.start)
    first = before if before in parties else before[1:]
    if gap.strip(_SPACE_AND_OPENING_QUOTES) or first not in parties:  # قوات " سوريا الديمقراطية
        return None
    adjectives = parties[first]
    if "" not in adjectives:
        following, gap = facts.word_after(candidate.end)
        if gap != " " or following not in adjectives:
            return None
    return "part of a party's name"


@cache
def parties_named_after() -> dict[str, dict[str, set[str]]]:
    """A country's or region's name -> the first words of the parties named after it -> the
    adjectives their names go on with, "" for none (تونس: نداء: {""}; سوريا: قوات: {الديمقراطية})."""
    parties: dict[str, dict[str, set[str]]] = {}
    for name in ar.PARTY_NAMES:
        first, country = name.split(" ", 1)
        parties.setdefault(country, {}).setdefault(first, set()).add("")
    for first, country, adjective in ar.PARTY_NAMES_WITH_ADJECTIVE:
        parties.setdefault(country, {}).setdefault(first, set()).add(adjective)
    return parties


@rule("organisation.news_agency", stage="filter", scripts={ARABIC, LATIN}, at="names_near_agency_marks")
def news_agency(facts: DocumentFacts, candidate: Candidate) -> str | None:
    """A town's name where a news agency's stands is the agency's.

    In a dateline or after "news agency" and its adjectives. Arabic: قنا in "الدوحة - قنا :",
    "وكالة الأنباء القطرية قنا" or "وكالة قنا" is Qatar's agency, not Qena; بترا in "وكالة
    الأنباء الأردنية الرسمية (بترا)" Jordan's, not Petra (but في قنا after them is the town); and
    any place between وكالة and للأنباء (وكالة تونس إفريقيا للأنباء، وكالة السودان للأنباء) or
    right after وكالة أنباء (وكالة أنباء الشرق الأوسط، وكالة أنباء الإمارات). English: "Doha -
    Qena: officials said".
    """
    if _names_an_agency(facts, candidate) and facts.lexicon.names_only_towns(candidate):
        return "a news agency's name (in a dateline or after 'news agency')"
    agencies = facts.agency_names
    if agencies and any(agency.holds(candidate) for agency in agencies):
        return "part of a news agency's name (وكالة ... للأنباء، وكالة أنباء ...)"
    return None


def names_near_agency_marks(folded: str, names: list[Candidate]) -> frozenset[int]:
    """Where the names start that organisation.news_agency may read: a colon soon after them
    (a dateline) or وكالة shortly before them (after "news agency", or inside an agency's
    name). Found with str.find and bisect once per text: most names have neither."""
    colons, agencies = offsets_of(folded, ":"), offsets_of(folded, (ar.AGENCY_STEM,))
    if not (colons or agencies):
        return frozenset()
    starts = set()
    for name in names:
        at = bisect_left(colons, name.end)
        if at < len(colons) and colons[at] - name.end <= _DATELINE_COLON_REACH:
            starts.add(name.start)
            continue
        at = bisect_left(agencies, name.start)
        if at and name.start - agencies[at - 1] <= NEAR:
            starts.add(name.start)
    return frozenset(starts)


class AgencyName(NamedTuple):
    """Where an agency's name named by a place lies: any name between وكالة and للأنباء (وكالة
    تونس إفريقيا للأنباء), only the one it opens with after وكالة أنباء (وكالة أنباء الشرق
    الأوسط; not إيران in وكالة أنباء فارس إيران تواجه)."""

    start: int
    end: int
    opens_only: bool

    def holds(self, name: Candidate) -> bool:
        return self.start <= name.start and name.end <= self.end and (not self.opens_only or name.start == self.start)


def agency_names(folded: str) -> list[AgencyName]:
    """The names of agencies named by a place in the text (most texts name none)."""
    found = []
    if _NEWS in folded:
        found += [AgencyName(*match.span(1), False) for match in _AGENCY_NAMED_BY_PLACE.finditer(folded)]
    if _AGENCY_NEWS in folded:
        found += [AgencyName(*match.span(1), True) for match in _AGENCY_OF_PLACE_NEWS.finditer(folded)]
    return found


def _names_an_agency(facts: DocumentFacts, candidate: Candidate) -> bool:
    """Whether the name stands where a news agency's does: in a dateline or after "news agency"."""
    text, folded = facts.text, facts.folded
    window = max(0, candidate.start - NEAR)
    if folded.find(ar.AGENCY_STEM, window, candidate.start) != -1 \
            and _AGENCY_BEFORE.search(folded, window, candidate.start):
        return True
    # A dateline's colon comes soon after the agency's name: most names have none.
    if folded.find(":", candidate.end, candidate.end + _DATELINE_COLON_REACH) == -1:
        return False
    # Folding turns dashes into spaces: read the original around the name.
    if not _DATELINE_AFTER.match(text.original, text.to_original(candidate.end - 1) + 1):
        return False
    start = text.to_original(candidate.start)
    before = _DATELINE_BEFORE.search(text.original, max(0, start - NEAR), start)
    if before is None:
        return False
    # The dateline's place (and date) come first (الدوحة - قنا :، شرم الشيخ - قنا:، الدوحة 12
    # مارس - قنا:); after an agency's name the place follows it (سبق – جدة: is Jeddah).
    word_end = text.to_folded(before.end(1))
    return any(name.end == word_end for name in facts.names_at["evidence"]) \
        or any(character.isdigit() for character in text.original[max(0, before.start(1) - _DATE_REACH):before.end(1)])


_DATE_REACH = 12  # characters before the dash's word in which a day's number says a date


@rule("organisation.publication", stage="filter", scripts={ARABIC, LATIN})
def publication(facts: DocumentFacts, candidate: Candidate) -> str | None:
    """A city's name before a newspaper's or a magazine's word is the publication's name.

    English: The Moscow Times, the Washington Post, the Paris Review. Arabic: the words as
    Arabic writes them: نيويورك تايمز، واشنطن بوست، ديلي ميل (the Daily Mail, not Dili);
    and a name right after one, quoted or not: صحيفة الرياض، لجريدة القدس، صحيفة "الرياض"
    (the newspapers).
    """
    if candidate.key.isascii():
        end = facts.text.span_to_original(candidate.start, candidate.end)[1]
        named = _PUBLICATION_AFTER.match(facts.text.original, end) is not None
    else:
        following, gap = facts.word_after(candidate.end)
        named = gap == " " and following in ar.PUBLICATION_WORDS
        if not named and facts.publications_named:
            before, gap_before = word_before(facts.folded, candidate.start)
            named = not gap_before.strip(_SPACE_AND_OPENING_QUOTES) and before in _PUBLICATION_WORDS_BEFORE
    return "part of a newspaper's or magazine's name" if named else None


@rule("organisation.company", stage="filter", scripts={ARABIC}, at="company_word_ends")
def company(facts: DocumentFacts, candidate: Candidate) -> str | None:
    """A town's or region's name right after شركة, or after the "and" of a company's name, is the company's name.

    Arabic: شركة الظهران إكسبو, شركة الخليج للملاحة, شركة النيل للطيران, ستاندرد آند بورز
    (Standard & Poor's, not Bourges). A country's stays
    (شركة مصر للطيران: the national carrier speaks for its country, as benchmarks tag it),
    and so does a place after another word (شركة في جدة). English: companies are named
    after places with their own words (Qatar Airways): no such rule.
    """
    if not facts.lexicon.names_a_country(candidate):
        return "part of a company's name (after شركة or آند)"
    return None


@rule("organisation.bank", stage="filter", scripts={ARABIC}, at="bank_word_ends")
def bank(facts: DocumentFacts, candidate: Candidate) -> str | None:
    """A place's name right after بنك or مصرف is the bank's name, a country's too.

    Arabic: بنك قطر الوطني، لبنك إنجلترا المركزي، بنك مسقط، مصرف أبوظبي الإسلامي (a bank is
    no carrier that speaks for its country; ANERcorp tags none of them either). Not after
    البنك, whose adjective comes first (البنك المركزي المصري). English: banks are named with
    their own words (Bank of England): no such rule.
    """
    return "part of a bank's name (after بنك or مصرف)"


@rule("organisation.quoted_region", stage="filter", scripts={ARABIC, LATIN}, at="quotation_starts")
def quoted_region(facts: DocumentFacts, candidate: Candidate) -> str | None:
    """A world region's name that a quotation holds whole is an organisation's.

    Arabic: لـ«الشرق الأوسط» and نقلا عن "الشرق الأوسط" are the newspaper (299 times in
    the news corpora; the 30 of them read were all the newspaper), الباخرة "أوروبا" a ship.
    Towns, countries and seas quoted stay places (مدينة "درنة"، اسم "الخليج العربي"، تريبير
    "إنجلترا"): they are quoted as places too. English: the same (told "Middle East").
    """
    if not quoted_whole(facts.folded, candidate.start, candidate.end):
        return None
    rows = facts.gazetteer.place_rows
    if all(rows[p].kind in _REGION_KINDS and not rows[p].country_code for p, _ in candidate.entries):
        return "an organisation's name (a region's name, quoted whole)"
    return None


@rule("organisation.qaeda_branch", stage="filter", scripts={ARABIC}, when="qaeda_named")
def qaeda_branch(facts: DocumentFacts, candidate: Candidate) -> str | None:
    """A region's name right after القاعدة في that names one of al-Qaeda's branches is the branch's.

    Arabic: تنظيم القاعدة في بلاد المغرب الإسلامي (AQIM), القاعدة في جزيرة العرب (AQAP),
    القاعدة في بلاد الشام; another region stays (قادة القاعدة في الشرق الأوسط), and so does a
    country, where the group fights (القاعدة في العراق، فرع القاعدة في سوريا), as benchmarks tag
    it. English: the branches are named in English words.
    """
    if not _names_one_of(facts, candidate, _QAEDA_BRANCH_REGIONS):
        return None
    folded = facts.folded
    before, gap = word_before(folded, candidate.start)
    if before != ar.IN or gap != " ":
        return None
    group, gap = word_before(folded, candidate.start - len(gap) - len(before))
    if gap != " " or group not in _QAEDA_FORMS:
        return None
    return "part of an al-Qaeda branch's name (its region after «القاعدة في»)"


_QAEDA_FORMS = frozenset(c + p + ar.QAEDA for c in ("", ar.AND) for p in ("", "ب", "ل"))
# The regions al-Qaeda's branches are named after (not "al-Qaeda in the Middle East", where it is).
_QAEDA_BRANCH_REGIONS = frozenset({"alias:maghreb", "alias:arabian-peninsula", "alias:levant"})


@rule("organisation.quoted_news_source", stage="filter", scripts={ARABIC}, at="quotation_starts")
def quoted_news_source(facts: DocumentFacts, candidate: Candidate) -> str | None:
    """A place's name quoted whole after a reporter's verb, عبر or نقلا عن is a news outlet's.

    Arabic: علمت "الرياض" أن (the daily Al Riyadh learned), أجرت «الرياض» اتصالا، حصلت "الرياض"
    على نسخة، بعد عرض مشكلتهم عبر «الرياض»، نقلا عن "الخليج" الإماراتية: an outlet names itself
    so. Unquoted, the place stays (علمت الرياض "Riyadh learned", عبر الخليج "across the Gulf").
    English: no such quotation.
    """
    folded = facts.folded
    if not quoted_whole(folded, candidate.start, candidate.end):
        return None
    before, gap = word_before(folded, candidate.start)
    if gap.strip(" ") not in OPENING_QUOTES:
        return None
    if before in ar.NEWS_SOURCE_WORDS:
        return "a news outlet's name (quoted after a reporter's word)"
    if before == _FROM and word_before(folded, candidate.start - len(gap) - len(before))[0] in ar.QUOTING_WORDS:
        return "a news outlet's name (quoted after «نقلا عن»)"
    return None


_FROM = fold("عن")


@rule("organisation.quoted_after_to", stage="filter", scripts={ARABIC}, at="quotation_starts")
def quoted_after_to(facts: DocumentFacts, candidate: Candidate) -> str | None:
    """A place's name quoted whole right after the preposition ل is an outlet's or a company's.

    Arabic: أوضح لـ«الرياض» المتحدث (a spokesman told the daily Al Riyadh)، قال شهود عيان ل
    "الرياض"، الرئيس التنفيذي لـ«بيزلي» (the insurer's chief): reporters write the outlet
    they speak to so, and a company's officers are named so. Unquoted, the town stays (عاد
    لـالرياض، زيارته للرياض). English: no such preposition.
    """
    folded = facts.folded
    if not quoted_whole(folded, candidate.start, candidate.end):
        return None
    before, gap = word_before(folded, candidate.start)
    if before in ar.TO_PREPOSITIONS and gap.strip(" ") in OPENING_QUOTES:
        return "an outlet's or a company's name (quoted after «ل»)"
    return None
