"""Person rules: a place's name that is part of a person's name here.

The document's people are learned first (:func:`surnames_in`, :func:`given_names_in`, read
by the rules through ``facts.surnames`` and ``facts.given_names``), then every name is
checked against them and against the titles and given names around it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from geo.arabic import ACCUSATIVE_ALIF, IMPERFECT_PREFIXES
from geo.gazetteer import arabic_skeleton
from geo.lang import ar, en
from geo.proclitics import DEFINITE_PREFIXES, with_conjunctions, with_proclitics, word_before, word_start
from geo.recognize.candidate import Candidate
from geo.rules import ARABIC, LATIN, rule
from geo.text import FoldedText, fold

if TYPE_CHECKING:
    from geo.recognize.facts import DocumentFacts

# Titles with the proclitics and article they take (الرئيس، وللرئيس), and the particles of a name.
_ARABIC_TITLES = with_proclitics(" ".join(ar.TITLES)) | ar.NAME_PARTICLES
_MASCULINE_SPEECH_VERBS = with_conjunctions(ar.SPEECH_VERBS_MASCULINE)
_FEMININE_SPEECH_VERBS = with_conjunctions(ar.SPEECH_VERBS_FEMININE)
_SPEECH_VERBS = _MASCULINE_SPEECH_VERBS | _FEMININE_SPEECH_VERBS
# A town is a place after these (وفي جونستون), and after ب (بهندرسون; not ل, "to, for": قال لهندرسون).
PLACE_PREPOSITIONS = with_conjunctions(ar.PLACE_PREPOSITIONS)
_FOREIGN_GIVEN_NAMES = with_conjunctions(ar.FOREIGN_GIVEN_NAMES)  # غريغور، وغريغور
PLACE_PROCLITIC = "ب"
_APPOSITION = (",", "،")  # a comma between a title and the name: الرئيس الروسي، فلاديمير بوتين
# The spaces before an offset and the word before them, matched in the text before it read
# backwards: a search for them at the end of the text before it tries every letter of it as
# the word's start. The word is the run of letters, digits, dots and apostrophes before the
# spaces, from its first Latin letter on.
_SPACES_AND_WORD_BACKWARDS = re.compile(r"(\s+)([\w.']*)")
_LATIN_LETTER = re.compile("[A-Za-z]")
# A city this big, as a country or a capital, keeps its name after a foreign given name: the
# news names it far more than people called so (جامعة جورج واشنطن).
HOUSEHOLD_NAME_POPULATION = 1_000_000
HOUSEHOLD_CAPITAL_POPULATION = 100_000  # and a capital this big


# -- the document's people -------------------------------------------------------------


def surnames_in(facts: DocumentFacts, names: list[Candidate]) -> set[str]:
    """Surnames of people the document names: after a title or a given name, or with
    a Russian or Central Asian ending (نور سلطان نزارباييف), or famous ones after a title,
    its adjective and a given name (فلاديمير بوتين، بيل كلينتون), or after a foreign given
    name (جيمس كومي)."""
    folded, lexicon = facts.folded, facts.lexicon
    surnames = set()
    speakers, places = set(), set()
    for candidate in names:
        if folded[candidate.start].isascii():
            if after_first_name(facts, candidate):
                surnames.add(candidate.key)
            elif _speaks(facts, candidate):
                speakers.add(candidate.key)
            elif _used_as_a_town(facts, candidate):
                places.add(candidate.key)
            continue
        following, gap = facts.word_after(candidate.end)
        # A title before a country is its office (زعيم كوريا الشمالية أبلغهم: the leader of
        # North Korea), and the word after the country no surname.
        if following and not gap.strip() and not lexicon.names_a_country(candidate) and (
                (following.endswith(ar.SURNAME_ENDINGS) or after_title(facts, candidate.start))
                and lexicon.may_be_a_name(following)
                or _before_a_famous_surname(facts, candidate, following)):
            surnames.add(following)
        if _after_a_famous_given_name(facts, candidate) or _after_a_foreign_given_name(facts, candidate):
            surnames.add(candidate.key)
    # "Robertson said" makes a person of every Robertson, unless the document also uses
    # it as a town ("in Robertson", "Gainesville residents": "Gainesville says no" is
    # the town speaking).
    return surnames | (speakers - places)


@dataclass(frozen=True)
class GivenNames:
    """Where a town's name stands right before a family name as a given name, and the names
    the document puts there and never after a preposition of place or a cue word (those are
    given names wherever they stand)."""

    starts: frozenset[int]
    names: frozenset[str]

    def __bool__(self) -> bool:
        return bool(self.starts)


def given_names_in(facts: DocumentFacts, names: list[Candidate]) -> GivenNames:
    """Names a town shares with a given name, used here right before a family name: an
    Arab given name before any (بشار الأسد, not Béchar; كوفي أنان، واين روني), read so only
    in minor towns and divisions (دبي and حلب are the places whatever word follows them);
    another given name (the town's Latin name is one: Vladimir) before a famous one, in a
    town of less than a million (فلاديمير بوتين, not the city of Vladimir). A name the
    document also puts after a preposition of place or a cue word is the town elsewhere:
    عفرين الكردي reads like a man's name, but في عفرين is the town."""
    folded, lexicon = facts.folded, facts.lexicon
    arab_names: dict[str, bool | None] = {}  # per name: an Arab given name, another, or none
    starts: set[int] = set()
    before_surnames: list[Candidate] = []
    for candidate in names:
        key = candidate.key
        # Cheapest tests first: most names in the news are countries and big cities.
        if key.isascii() or " " in key or key.startswith("ال"):
            continue
        if key not in arab_names:
            arab = all(lexicon.may_share_a_given_name(p) for p, _ in candidate.entries) \
                and arabic_skeleton(key) in facts.gazetteer.arabic_given_names
            arab_names[key] = arab if arab or lexicon.names_towns_named_as_people(candidate) else None
        arab = arab_names[key]
        if arab is None or not _before_a_surname(facts, candidate, arab):
            continue
        before_surnames.append(candidate)
        start = word_start(folded, candidate.start)
        if folded[start:candidate.start] in _GIVEN_NAME_PROCLITICS and not facts.cue_before(start):
            starts.add(candidate.start)
    given = {c.key for c in before_surnames if c.start in starts}
    # ببشار الأسد "with Bashar al-Assad", once the document reads بشار الأسد as a man: ب before
    # the given name and a family name is no place (ببشار جمال الورفلي, alone, stays one).
    starts.update(c.start for c in before_surnames if c.key in given and folded[c.start - 1] == PLACE_PROCLITIC)
    places = {c.key for c in names if c.key in given and c.start not in starts and (
        facts.after_a_preposition_of_place(c.start) or c.start in facts.names_after_cue_words)} if given else set()
    return GivenNames(frozenset(starts), frozenset(given - places))


def _before_a_surname(facts: DocumentFacts, candidate: Candidate, arab: bool) -> bool:
    """Whether a family name follows an Arab given name (بشار الأسد), or a famous or foreign
    surname another given name (فلاديمير بوتين، جيمس كومي)."""
    following, gap = facts.word_after(candidate.end)
    if arab:
        return gap == " " and is_family_name(facts, following, candidate.end + 1)
    return gap in (" ", " #") and (_is_famous_surname(facts.lexicon, following) or (
        candidate.key in ar.FOREIGN_GIVEN_NAMES and _is_foreign_surname(facts, following, candidate.end + 1)))


# The proclitics a given name is read after: و, and ل (المعارض لبشار الأسد). Not ب, which
# puts a town before the name of someone there (المدير الجهوي بمنوبة العميد جمال).
_GIVEN_NAME_PROCLITICS = frozenset(("", "و", "ل", "ول"))


def _is_famous_surname(lexicon, word: str) -> bool:
    """بوتين، روني: a frequent word that never takes the article; not a verb (تشهد، قالت),
    an adverb in the accusative (بدلا), a word with a pronoun (لديه، انها), nor a
    proclitic before a word (بمنطقة، للفوز، للتسوق), and more than a particle's three letters."""
    return len(word) > 3 and lexicon.is_famous_name(word) and not word.startswith((*IMPERFECT_PREFIXES, "لل")) \
        and not word.endswith(("ا", "ه", "ت")) and not lexicon.is_everyday_word_after_proclitic(word)


def _is_foreign_surname(facts: DocumentFacts, word: str, start: int) -> bool:
    """بوتن، كليتشكو، زولوتوخين after فلاديمير (a town named as a foreign given name is, the only
    ones read so: جنيف مشاورات is Geneva): a word without the article that reads as a family name
    (no place, no everyday word, no verb) and is rare (a frequent one, read by _is_famous_surname,
    must be famous)."""
    return not word.startswith("ال") and is_family_name(facts, word, start) and not facts.lexicon.is_famous_name(word)


def is_family_name(facts: DocumentFacts, word: str, start: int) -> bool:
    """Whether ``word`` (at folded ``start``) reads as a family name after a given name:
    no place, demonym, conjunction or function word (بشار اللتين "which two"); with the
    article, nothing a town agrees with (a town is feminine: حلب الشهباء، صنعاء القديمة), no
    time word (صنعاء اليوم), no direction's adjective (ريف درعا الشرقي) and no plural (معركة
    عفرين الولايات المتحدة); without it, no everyday word and no verb (جوبز)."""
    gazetteer = facts.gazetteer
    if not word.isalpha() or word.isascii() or word.startswith("و") or word in ar.TIME_WORDS or word in ar.STOPWORDS \
            or gazetteer.names_a_place(word) or gazetteer.lookup(word)[2]:
        return False
    if word.startswith("ال"):
        text = facts.text
        last = text.original[text.to_original(start + len(word) - 1)]
        return last not in "ةهى" and not word.endswith(("اء", ar.FEMININE_PLURAL_ENDING)) and word[2:] not in ar.DIRECTIONS
    # A verb's prefix (معان يهيب، بنها تشهد): the town is the subject.
    return not word.startswith(IMPERFECT_PREFIXES) and not facts.lexicon.is_everyday_word(word)


def title_distance(folded: str, start: int) -> int:
    """How many adjectives stand between ``start`` and a title before it (الرئيس: 0, الرئيس
    السوري: 1, Mr.: 0; a comma may set the name apart: الرئيس الروسي، فلاديمير), or -1 when
    no title comes before, with at most two adjectives."""
    return title_before(folded, start)[1]


def title_before(folded: str, start: int) -> tuple[str, int]:
    """The title before ``start`` (folded, a short one without its dot) and
    :func:`title_distance`, or ("", -1)."""
    position = start
    for words in range(3):
        word, gap = word_before(folded, position)
        abbreviated = not words and gap.strip() == "." and word in ar.ABBREVIATED_TITLES  # د. بخاري
        if not word or gap.strip() and not abbreviated and (words or gap.strip() not in _APPOSITION):
            return "", -1
        if abbreviated or word in _ARABIC_TITLES or word.lower() in en.TITLES:
            return word, words
        if not (word in ar.TITLE_ADJECTIVES or _is_nisba_adjective(word)):
            return "", -1
        position -= len(word) + len(gap)
    return "", -1


def _is_nisba_adjective(word: str) -> bool:
    """السوري، الفرنسية: the article, a stem, the nisba ending; not إلى, التي, الذي, which
    are shaped alike (إلى folds to الي)."""
    return word.startswith("ال") and word.endswith(("ي", "يه")) and word not in ar.STOPWORDS


def after_title(facts: DocumentFacts, start: int, *, with_adjective: bool = False) -> bool:
    """Whether a title comes before ``start`` (الرئيس، Mr.), with up to two adjectives
    between (الرئيس السوري); ``with_adjective`` asks for at least one."""
    words = facts.title_distance(start)
    return words > 0 if with_adjective else words >= 0


def english_word_before(text: FoldedText, start: int) -> tuple[str, str] | None:
    """(word, the spaces after it) of the Latin word right before folded ``start``, read in
    the original text (with its capitals and its dots: "Gov.", "J."), or None."""
    start = text.to_original(start)
    found = _SPACES_AND_WORD_BACKWARDS.match(text.original[max(0, start - 40):start][::-1])
    if found is None:
        return None
    spaces, word = found.group(1)[::-1], found.group(2)[::-1]
    letter = _LATIN_LETTER.search(word)
    return (word[letter.start():], spaces) if letter else None


def after_first_name(facts: DocumentFacts, candidate: Candidate) -> bool:
    """"Peyton Manning", "J. Jackson": a given name or an initial right before the name."""
    before = facts.english_word_before(candidate.start)
    if not before or not before[0][0].isupper() or before[1] != " ":
        return False
    word = before[0]
    if len(word) == 2 and word.endswith("."):
        return True
    folded = fold(word)
    return folded in facts.gazetteer.first_names and not facts.gazetteer.names_a_notable_place(folded)


def _speaks(facts: DocumentFacts, candidate: Candidate) -> bool:
    """"Robertson said": a minor town's name before a verb of speech is a person's, unless
    a preposition makes it the place. (Capitals, big cities, countries and states speak
    for their governments: "Washington said", "Chicago said it would appeal".)"""
    following, gap = facts.word_after(candidate.end)
    if gap != " " or following not in en.SPEECH_VERBS or word_before(facts.folded, candidate.start)[0] in en.LOCATIVES:
        return False  # "Officials in Robertson said": the town, after all
    return all(facts.gazetteer.is_minor_town(p) for p, _ in candidate.entries)


def _used_as_a_town(facts: DocumentFacts, candidate: Candidate) -> bool:
    """"in Robertson", "Gainesville residents"; not "the wedding of Robertson's daughter",
    where "of" belongs to the wedding and the name is a person's."""
    folded = facts.folded
    before = word_before(folded, candidate.start)[0]
    if before == "of" and folded.startswith("'s", candidate.end):
        return False
    return before in en.LOCATIVES or facts.word_after(candidate.end)[0] in en.TOWN_NOUNS


def _before_a_famous_surname(facts: DocumentFacts, candidate: Candidate, following: str) -> bool:
    """الرئيس الروسي فلاديمير بوتين: a city's name after a title and its adjective, before
    a frequent word that never takes the article, is a given name before a surname that
    the news has made frequent. Not a country (ووصل الرئيس الفنزويلي سوريا), nor before
    a word with the accusative alif, which says how the subject came (باريس قادما)."""
    lexicon = facts.lexicon
    return (lexicon.is_famous_name(following) and not following.endswith(ACCUSATIVE_ALIF)
            and lexicon.names_only_towns(candidate) and after_title(facts, candidate.start, with_adjective=True))


def _after_a_famous_given_name(facts: DocumentFacts, candidate: Candidate) -> bool:
    """الرئيس الأمريكي السابق بيل كلينتون: a town after a title, its adjective and such a
    famous given name is the surname (محمود أحمدي نجاد is no Al Ahmadi)."""
    folded, start = facts.folded, candidate.start
    # With a proclitic (بباريس) the name is no surname; and the proclitic is no given name.
    if start < 2 or folded[start - 1] != " ":
        return False
    # The word before first: remembered, _after_a_foreign_given_name reads it too, and
    # seldom a famous name.
    given = facts.word_right_before(start)
    return (bool(given) and facts.lexicon.is_famous_name(given) and facts.lexicon.names_only_towns(candidate)
            and after_title(facts, start - len(given) - 1, with_adjective=True))


def _after_a_foreign_given_name(facts: DocumentFacts, candidate: Candidate) -> bool:
    """جيمس كومي، هنري فالكون، لويس هاميلتون: a name right after a foreign given name (the
    conjunction on it too: وغريغور ديميتروف; and a name's particle: كيفن دي بروين) is the
    surname, unless it names a country, a capital of 100,000 or a city of a million (جامعة جورج
    واشنطن is named after the man, and واشنطن stays the capital elsewhere in the text). Not
    after a word that may only be a given name: in وصل مارتن غريفيث جنيف, Geneva is the object."""
    folded, start = facts.folded, candidate.start
    if start < 2 or folded[start - 1] != " ":
        return False
    before = facts.word_right_before(start)
    if before in ar.FOREIGN_NAME_PARTICLES:
        before = facts.word_right_before(start - len(before) - 1)
    return before in _FOREIGN_GIVEN_NAMES and not _names_a_household_place(facts.gazetteer, candidate)


def _names_a_household_place(gazetteer, candidate: Candidate) -> bool:
    """A country, a continent, a city of a million or a capital of 100,000: a name the news
    keeps for the place before a name's words. (A capital of a few hundred people is none:
    Hamilton, Bermuda's, does not keep لويس هاميلتون a place.)"""
    rows, capitals = gazetteer.place_rows, gazetteer.capitals
    for place, _ in candidate.entries:  # a loop, no generator: asked of most names
        row = rows[place]
        if row.kind in ("country", "continent") or row.population >= HOUSEHOLD_NAME_POPULATION \
                or place in capitals and row.population >= HOUSEHOLD_CAPITAL_POPULATION:
            return True
    return False


# -- the rules -----------------------------------------------------------------------


@rule("person.before_surname", stage="filter", scripts={ARABIC, LATIN}, when="surnames")
def before_surname(facts: DocumentFacts, candidate: Candidate) -> str | None:
    """A name right before a surname of the document is part of a person's name.

    Arabic: نور سلطان in نور سلطان نزارباييف (a Central Asian surname's ending). English:
    Jackson in "Jackson Manning", once the document has "Peyton Manning".
    """
    following, gap = facts.word_after(candidate.end)
    if following in facts.surnames and not gap.strip():
        return "part of a person's name"
    return None


@rule("person.given_name_before_surname", stage="filter", scripts={LATIN})
def given_name_before_surname(facts: DocumentFacts, candidate: Candidate) -> str | None:
    """A town's name before a capitalised word that is no place nor everyday word is a given name.

    English: "Paris Hilton", "Nursultan Nazarbayev"; but "Paris Police". A small town, or
    one of less than a million, named as people are (George, Linda, Vladimir) is a given
    name before any capitalised word but a place's own noun (George Bush, Vladimir Putin;
    not Greer Station). Arabic: no capitals, and a verb after its
    subject looks like a surname (بيروت شعروا): no such rule.
    """
    following, gap = facts.word_after(candidate.end)
    if gap != " " or not candidate.key.isascii() or not following.isascii() or following in en.NEIGHBOURS:
        return None
    named_as_people = facts.lexicon.names_towns_named_as_people(candidate)
    if not (named_as_people or facts.lexicon.names_only_towns(candidate)):
        return None
    text, gazetteer = facts.text, facts.gazetteer
    after = text.to_original(candidate.end) + 1
    if not text.original[after:after + 1].isupper() or gazetteer.lookup(following)[2]:
        return None
    if candidate.key in gazetteer.first_names and all(gazetteer.is_minor_town(p) for p, _ in candidate.entries) \
            or named_as_people and not _after_a_town_word(facts, candidate):
        person = following not in en.TOWN_NOUNS and following not in en.PLACE_NOUNS_AFTER \
            and not gazetteer.names_a_notable_place(following)
    else:
        person = not (following in gazetteer.common_words or gazetteer.names_a_place(following))
    return "a given name: a surname follows it" if person else None


def _after_a_town_word(facts: DocumentFacts, candidate: Candidate) -> bool:
    """"the Cleveland Republican", "Downtown Cleveland Alliance": no one's given name."""
    before = facts.english_word_before(candidate.start)
    return before is not None and before[0].lower() in en.BEFORE_TOWNS


@rule("person.after_name_particle", stage="filter", scripts={ARABIC}, at="name_particle_ends")
def after_name_particle(facts: DocumentFacts, candidate: Candidate) -> str | None:
    """A town's name right after أبو or بن is part of a person's name.

    Arabic: الطبيب محمد أبو العلا (not Al-Ula), معز بن شريفية, هاني أبو ريدة. A country or a
    capital stays (بن is also "son of" in poetry; أبي is Abiy too: وزار أبي أسمرة). English:
    no such particles.
    """
    gazetteer = facts.gazetteer
    if facts.lexicon.names_a_country(candidate) or any(p in gazetteer.capitals for p, _ in candidate.entries):
        return None  # وزار أبي أسمرة: Abiy visited Asmara
    return "part of a person's name (after أبو or بن)"


@rule("person.named_as_person", stage="filter", scripts={ARABIC}, when="named_as_people")
def named_as_person(facts: DocumentFacts, candidate: Candidate) -> str | None:
    """A town's name the document puts where a person's stands is that person's name wherever it stands.

    Arabic: right after a verb of speech, as its subject: وقال هندرسون، قال تيتي مدرب البرازيل
    (a masculine verb, and a town is feminine); وقالت السفيرة الأميركية، قالت أوساكا (a
    feminine verb before a town of less than a million that is no capital). Or right after a
    title a name follows, with its article (المدرب تيتي، الدكتور هوندا, read there by
    person.after_title_and_adjective). Then خاض هندرسون مباراته، بقيادة تيتي too, unless the
    document also puts the name after a preposition of place (في هندرسون، بهندرسون).
    Capitals, countries and landmarks speak for their governments: وقالت موسكو، قال البيت
    الأبيض، أعلن العراق. English: the name comes first ("Robertson said"), read by
    person.surname.
    """
    named = facts.named_as_people
    if candidate.start in named.starts:
        return "the subject of a verb of speech: a person's name, not the town"
    if candidate.key in named.names:
        return "a person's name elsewhere in this document (after a verb of speech or a title), not the town"
    return None


@dataclass(frozen=True)
class NamedAsPeople:
    """Where a town's name is the subject of a verb of speech, and the names the document
    puts there or after a title a name follows and never after a preposition of place
    (those are people wherever they stand)."""

    starts: frozenset[int]
    names: frozenset[str]

    def __bool__(self) -> bool:
        return bool(self.names or self.starts)


def named_as_people_in(facts: DocumentFacts, names: list[Candidate]) -> NamedAsPeople:
    """The Arabic town names the document puts right after a verb of speech as its subject,
    or right after a title a name follows (see person.named_as_person)."""
    folded, after_cues = facts.folded, facts.names_after_cue_words
    starts, people, places = set(), set(), set()
    for candidate in names:
        start = candidate.start
        # (A Latin name follows neither an Arabic verb nor a proclitic.)
        if start < 2 or folded[start - 1] != " ":  # most names: no call at all
            if start and folded[start - 1] == PLACE_PROCLITIC:
                places.add(candidate.key)  # بهندرسون
            continue
        before = facts.word_right_before(start)
        # Set lookups first: most names follow none of these words.
        if before in PLACE_PREPOSITIONS or start in after_cues:
            places.add(candidate.key)  # وفي جونستون، مدينة مانشستر
        elif before in _SPEECH_VERBS:
            if _is_subject_of(facts, candidate, before):
                starts.add(start)
                # In a sport report a club named by its town speaks too (وقال نابولي في بيان):
                # the town stays the town elsewhere.
                if not (candidate.key in ar.CLUB_TOWNS and facts.about_sport):
                    people.add(candidate.key)
        elif before in _NAME_TITLE_WORDS and not candidate.key.startswith("ال") and facts.lexicon.names_only_towns(candidate) \
                and not _names_a_household_place(facts.gazetteer, candidate):
            people.add(candidate.key)
    return NamedAsPeople(frozenset(starts), frozenset(people - places))


def _is_subject_of(facts: DocumentFacts, candidate: Candidate, verb: str) -> bool:
    """Whether a town's name after a verb of speech is a person's: after a masculine verb any
    town's, after a feminine one a town's of less than a million that is no capital; not a
    club's (وقال مانشستر يونايتد)."""
    if not facts.lexicon.names_only_towns(candidate) or facts.word_after(candidate.end)[0] in ar.CLUB_WORDS_AFTER:
        return False
    gazetteer = facts.gazetteer
    return verb in _MASCULINE_SPEECH_VERBS or not any(
        p in gazetteer.capitals or gazetteer.place_rows[p].population >= HOUSEHOLD_NAME_POPULATION
        for p, _ in candidate.entries)


# Titles a name follows, as written before it: with the article and its proclitics (الدكتور،
# للشيخ، والمدرب) or short (د.).
_NAME_TITLE_WORDS = frozenset(prefix + title for prefix in DEFINITE_PREFIXES for title in ar.NAME_TITLES) \
    | frozenset(title + "." for title in ar.ABBREVIATED_TITLES)
# The same titles with or without the article (مدرب المنتخب البرازيلي، تيتي).
_NAME_TITLE_FORMS = _NAME_TITLE_WORDS | with_proclitics(" ".join(ar.NAME_TITLES))


@rule("person.after_demonym", stage="filter", scripts={ARABIC}, at="names_after_nationalities")
def after_demonym(facts: DocumentFacts, candidate: Candidate) -> str | None:
    """A town's name between a nationality and a word that may be a surname is a person's given name.

    Arabic: البرازيلي دوغلاس كوستا، الهولندي ممفيس ديباي، الجزائري بغداد بونجاح (a capital
    too), المغربي صلاح الدين بوناصر: the masculine nationality with the article, used as a
    noun ("the Brazilian") or after one (المهاجم الهولندي). Not before an everyday word, a
    verb, an adverb in the accusative or a place (أعلن الجيش الإسرائيلي نابلس وبعض القرى، غادر
    الوفد المصري الخرطوم متوجها إلى القاهرة: the object), nor a name with the article, which no
    given name takes (استعاد الجيش السوري تدمر), nor a country's (اتهم ولي العهد السعودي
    إيران). English: the nationality is no noun before a name.
    """
    if candidate.key.startswith("ال") or not _names_only_towns_or_regions(facts, candidate):
        return None
    following, gap = facts.word_after(candidate.end)
    if gap != " " or not is_family_name(facts, following, candidate.end + 1) or following.endswith(ACCUSATIVE_ALIF):
        return None
    return "a person's given name (after a nationality, before a surname)"


def names_after_nationalities(folded: str, demonym_starts: list[int], demonym_ends: list[int]) -> frozenset[int]:
    """Where a word right after a masculine nationality with the article begins (البرازيلي،
    والهولندي; not البرازيلية, which agrees with a town)."""
    return frozenset(end + 1 for start, end in zip(demonym_starts, demonym_ends)
                     if folded[end - 1:end + 1] == "ي " and folded.startswith("ال", start))


def _names_only_towns_or_regions(facts: DocumentFacts, candidate: Candidate) -> bool:
    """No country, continent, sea or landmark among the name's places: a name given to people."""
    rows = facts.gazetteer.place_rows
    return all(rows[p].kind in ("city", "region") for p, _ in candidate.entries)


@rule("person.after_title", stage="filter", scripts={ARABIC, LATIN})
def after_title_before_name(facts: DocumentFacts, candidate: Candidate) -> str | None:
    """A name between a title and a word that may be a name is part of a person's name.

    For an Arabic name the same test makes the next word a surname of the document, and
    person.before_surname decides first; this rule reads a Latin name there: "قال الرئيس
    Bechar حسين". English titles before English names: person.after_english_title.
    """
    following, gap = facts.word_after(candidate.end)
    if following and not gap.strip() and facts.lexicon.may_be_a_name(following) and after_title(facts, candidate.start) \
            and not facts.lexicon.names_a_country(candidate):
        return "part of a person's name (after a title)"
    return None


@rule("person.after_title_and_adjective", stage="filter", scripts={ARABIC, LATIN})
def after_title_and_adjective(facts: DocumentFacts, candidate: Candidate) -> str | None:
    """After a title and its adjective comes a person's name, not a minor town (nor a city under a million after a title a name follows).

    Arabic: بشار in الرئيس السوري بشار, and after a title with the article that a name follows
    (الدكتور طريف، المدرب تيتي، د. بخاري) or such a title, its adjectives and a comma (مدرب
    المنتخب البرازيلي، تيتي); a place after a bare title is its complement (رئيس وزراء لبنان),
    and a big city or an office's town may be the object (زار الرئيس الفرنسي باريس، زار الوزير
    قابس، وصل المدرب الإسباني مانشستر). English: titles take no such adjectives.
    """
    gazetteer = facts.gazetteer
    if _names_a_notable_place(gazetteer, candidate):
        # A town of some size after a title a name follows is still no household name
        # (المدرب تيتي: Tite, not Tete; د. بخاري: Buhari, not Bukhara), nor in apposition to
        # such a title and its adjectives (مدرب المنتخب البرازيلي، تيتي، على سخرية).
        if candidate.key.startswith("ال") or _names_a_household_place(gazetteer, candidate):
            return None
        if _definite_title_before(facts, candidate.start):
            return "a person's name (after a title with the article)"
        if _after_a_name_title_in_apposition(facts, candidate.start):
            return "a person's name (after a title, its adjective and a comma)"
        return None
    words = facts.title_distance(candidate.start)
    if words > 0:
        return "a person's name (after a title and its adjective)"
    if words == 0 and not candidate.key.startswith("ال") and _definite_title_before(facts, candidate.start):
        return "a person's name (after a title with the article)"
    return None


def _names_a_notable_place(gazetteer, candidate: Candidate) -> bool:
    """Whether a place of the name is notable (``Gazetteer.is_notable``): a loop, no generator,
    as every name is asked."""
    for place, _ in candidate.entries:
        if gazetteer.is_notable(place):
            return True
    return False


def _after_a_name_title_in_apposition(facts: DocumentFacts, start: int) -> bool:
    """Whether a comma sets the name at ``start`` apart from a title a name follows and its
    adjectives (مدرب المنتخب البرازيلي، تيتي)."""
    folded = facts.folded
    end = start
    while end and folded[end - 1].isspace():  # not folded[:start].rstrip(): a copy of all the text before
        end -= 1
    if not end or folded[end - 1] not in _APPOSITION:
        return False
    title, words = title_before(folded, start)
    return words > 0 and title in _NAME_TITLE_FORMS


def _definite_title_before(facts: DocumentFacts, start: int) -> bool:
    """الدكتور، للشيخ، المدرب، د.: the title right before ``start`` has the article and is one
    that a name follows (ar.NAME_TITLES: not الوزير, the subject of زار الوزير قابس, whose
    object the town is), or is written short (د.)."""
    folded = facts.folded
    if start and folded[start - 1] == ".":  # د.طريف
        return folded[folded.rfind(" ", 0, start - 1) + 1:start - 1] in ar.ABBREVIATED_TITLES
    return facts.word_right_before(start) in _NAME_TITLE_WORDS


@rule("person.surname", stage="filter", scripts={ARABIC, LATIN}, when="surnames")
def surname(facts: DocumentFacts, candidate: Candidate) -> str | None:
    """A name the document uses as someone's surname is that surname wherever it stands.

    Arabic: كلينتون after الرئيس الأمريكي السابق بيل, كومي after جيمس, then alone. English: Manning after
    "Peyton Manning"; "Robertson said", unless the document also has "in Robertson".
    """
    if candidate.key in facts.surnames:
        return "a person's surname in this document"
    return None


@rule("person.after_english_title", stage="filter", scripts={LATIN})
def after_english_title(facts: DocumentFacts, candidate: Candidate) -> str | None:
    """A name right after an English title is a person's.

    English: "Gov. Jackson", "President Jackson", "Mayor Houston". Arabic: titles are read
    by person.after_title and person.after_title_and_adjective.
    """
    before = facts.english_word_before(candidate.start)
    if before and before[0].rstrip(".").lower() in en.TITLES:
        return "part of a person's name (after a title)"
    return None


@rule("person.after_given_name", stage="filter", scripts={LATIN})
def after_given_name(facts: DocumentFacts, candidate: Candidate) -> str | None:
    """A name right after a given name or an initial is a surname.

    English: "Peyton Manning", "J. Manning"; not "Georgia Manning" (Georgia, a state first).
    The document's surnames are learned by the same test, so person.surname decides first.
    Arabic: see person.given_name.
    """
    if after_first_name(facts, candidate):
        return "part of a person's name (after a given name)"
    return None


@rule("person.given_name", stage="filter", scripts={ARABIC}, when="given_names")
def given_name(facts: DocumentFacts, candidate: Candidate) -> str | None:
    """A town's name the document puts before a family name is a given name wherever it stands.

    Unless a cue word makes this one the place, or the document puts the name after a
    preposition of place too. Arabic: بشار in بشار الأسد, and بشار alone after it; but ولاية
    بشار is the province; عفرين الكردي reads as a man's name, but in a document with في عفرين
    every other عفرين is the town. English: Latin given names are read by
    person.given_name_before_surname.
    """
    given = facts.given_names
    if candidate.start in given.starts or (
            candidate.key in given.names and not facts.cue_before(word_start(facts.folded, candidate.start))):
        return "a given name in this document (before a family name)"
    return None
