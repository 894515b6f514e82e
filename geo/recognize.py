"""Recognition: find the spans of a text that name places, by gazetteer and context rules.

One Aho-Corasick pass over the folded text yields every gazetteer name and demonym; the
rules below keep those that stand as words (after Arabic proclitics, or run together with
another name), prefer the longest, and drop people, words that need evidence they lack,
and lower-case English. Names the gazetteer lacks are recognised after a place cue word
(مدينة، إقليم، مطار ...) by matching their consonant skeleton against Latin names.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

import ahocorasick

from geo.gazetteer import (
    ALL_CAPS,
    ARTICLE_DROPPED,
    FLAG_BITS,
    FLAG_MASK,
    NEEDS_EVIDENCE,
    PRIMARY,
    QUALIFIER_ONLY,
    WORD_FIRST,
    Gazetteer,
    arabic_skeleton,
    unpack,
)
from geo.text import WORD_RE, FoldedText, fold

# Proclitics, on folded text, that may precede a name inside its word.
_CONJUNCTIONS = ("", "و", "ف")
_BARE_NAME_PREFIXES = {c + p for c in _CONJUNCTIONS for p in ("", "ب", "ل", "ك")}
_ARTICLE_NAME_PREFIXES = {c + p for c in _CONJUNCTIONS for p in ("", "ب", "ك")}
# ل + ال is written لل: the name's article loses its alef (للبيت الأبيض).
_ARTICLE_DROPPED_PREFIXES = {c + "لل" for c in _CONJUNCTIONS}
_NAME_PREFIXES = _BARE_NAME_PREFIXES | _ARTICLE_NAME_PREFIXES | _ARTICLE_DROPPED_PREFIXES
_PROCLITIC_LETTERS = frozenset("وفبلك")  # a name's prefix ends in one, or in the و of a run-together name

_NEAR = 60  # how far to look for the word next to a name
_ENGLISH_WORD_BEFORE = re.compile(r"([A-Za-z][\w.']*)(\s+)$")


def _title_forms(stems: str) -> frozenset[str]:
    forms = set()
    for stem in fold(stems).split():
        for conjunction in _CONJUNCTIONS:
            for preposition in ("", "ب", "ل", "ك"):
                forms.add(conjunction + preposition + stem)
                forms.add(conjunction + preposition + "ال" + stem)
            forms.add(conjunction + "لل" + stem)
    return frozenset(forms)


# Words before a person's name. A place name right after one is a person's name.
_ARABIC_TITLES = _title_forms(
    "رئيس سيد سيدة شيخ أمير ملك ملكة جنرال عقيد لواء دكتور مستشار وزير نائب زعيم قائد "
    "متحدث أستاذ إمام لاعب مدرب سفير كاتب فنان ممثل مغني مطرب شاعر مواطن نجم سلطان"
) | frozenset(fold("بن ابن أبو أبي عبد بنت").split())
# Surnames Arabic spells from Russian and Central Asian ones (نزارباييف، توكاييف، لافروف):
# a town's name right before one is a given name, title or not.
_SURNAME_ENDINGS = tuple(fold("ييف يف وف وفا يفا ييفا سكي فيتش").split())
# Words after a town's name that say when, not who: صنعاء اليوم is no man named Sanaa.
_TIME_WORDS = frozenset(fold(
    "اليوم الأمس الآن الماضي المقبل القادم الحالي الجاري الأسبوع الشهر العام "
    "الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت غدا أمس"
).split())
_ARABIC_TITLE_ADJECTIVES = frozenset(fold(
    "السابق الحالي الجديد الراحل الأسبق المنتخب المخلوع المكلف المؤقت الأسبق الفخري"
).split())
_ENGLISH_TITLES = frozenset(
    "mr mrs ms miss dr gov governor sen senator rep president gen general sgt officer judge "
    "coach chief lt capt col det deputy sheriff mayor pastor rev father sister brother saint "
    "prof professor king queen prince princess lord lady sir dame".split()
)
# The Moscow Times, the Paris Review, the Washington Post: a publication, not the city.
_PUBLICATION_AFTER = re.compile(
    r" (?:Times|Post|Review|Journal|Herald|Tribune|Gazette|Chronicle|Observer|Telegraph|Courier"
    r"|Inquirer|Examiner|Daily News|Sun-Times|Star-Tribune|Free Press)\b"
)
# A news agency named like a town: in a dateline (الدوحة - قنا :, استنبول - قنا - ا ف ب),
# or after "news agency" and its adjective (وكالة الأنباء القطرية قنا). Qatar's agency is no
# Qena, Jordan's (بترا) no Petra, Kuwait's (كونا) no Kuna, Idaho.
_DATELINE_BEFORE = re.compile(r"\w[ \t]*[-–—][ \t]*$")
_DATELINE_AFTER = re.compile(r"[ \t]*(?::|[-–—][^\n:]{0,20}:)")
_AGENCY_WORD = fold("وكال")
_AGENCY_BEFORE = re.compile(fold(r"(?:^|\s)وكال[ةه] (?:ال)?[اأإ]نباء \w+ $"), re.MULTILINE)


def _names_an_agency(text: FoldedText, candidate: Candidate) -> bool:
    """Whether the name stands where a news agency's does: in a dateline or after "news agency"."""
    window = max(0, candidate.start - _NEAR)
    if _AGENCY_WORD in text.folded[window:candidate.start] \
            and _AGENCY_BEFORE.search(text.folded, window, candidate.start):
        return True
    # Folding turns dashes into spaces: read the original around the name.
    if not _DATELINE_AFTER.match(text.original, text.to_original(candidate.end - 1) + 1):
        return False
    start = text.to_original(candidate.start)
    return bool(_DATELINE_BEFORE.search(text.original, max(0, start - _NEAR), start))


# Words that make a town's name a football club's: ريال مدريد، مانشستر يونايتد، Real Madrid.
_CLUB_WORDS_BEFORE = frozenset(fold(
    "ريال نادي إنتر أتلتيكو أتليتكو بايرن بوروسيا أولمبيك فيردر سبورتنغ"
).split()) | frozenset("real inter atletico atlético bayern borussia olympique werder sporting".split())
_CLUB_WORDS_AFTER = frozenset(fold("يونايتد سيتي هوتسبير روفرز").split()) | frozenset(
    "united hotspur rovers wanderers f.c fc".split())
# One pass over a document says whether any club word is in it at all (most name none).
_CLUB_WORD_RE = re.compile("|".join(map(re.escape, sorted(_CLUB_WORDS_BEFORE | _CLUB_WORDS_AFTER))))
# Capitalised words that may stand beside a place name without making it part of another name.
_ENGLISH_NEIGHBOURS = frozenset(
    "north south east west northern southern eastern western central greater downtown upper "
    "lower new old metro the in at of and or for from to by on monday tuesday wednesday "
    "thursday friday saturday sunday january february march april may june july august "
    "september october november december county state city".split()
)
# Words before a name that make it a place (Arabic: folded, article and clitics stripped).
_ARABIC_CUES = frozenset(fold(
    "مدينة بلدة قرية إقليم ولاية محافظة منطقة مقاطعة عاصمة مطار قاعدة ميناء مرفأ جزيرة "
    "بحيرة جمهورية دولة مملكة إمارة سلطنة بلدية مخيم ضاحية حي شمال جنوب شرق غرب وسط"
).split())
CUE_KINDS = {
    fold(word): kind
    for words, kind in (
        ("مدينة بلدة قرية عاصمة بلدية ضاحية مخيم حي city town village", "city"),
        ("إقليم ولاية محافظة منطقة مقاطعة", "region"),
        ("جمهورية دولة مملكة إمارة سلطنة", "country"),
        ("مطار قاعدة ميناء مرفأ", "landmark"),
    )
    for word in words.split()
}
# Nouns a town's name modifies: "Gainesville residents", "Robertson police".
_TOWN_NOUNS = frozenset("residents officials police council mayor schools city county voters".split())
# Nouns that make a name before them a place's, a building's or a body's: Greer Station,
# Shawnee Park, Jackson International, Laurel High, Augusta Herald.
_PLACE_NOUNS_AFTER = frozenset(
    "station park township international national high herald airport center centre hall memorial square "
    "heights hills valley beach springs falls lake creek river district school college university hospital "
    "church road street avenue".split()
)
_SPEECH_VERBS = frozenset("said says told added asked wrote explained noted stated recalled".split())
_ENGLISH_LOCATIVES = frozenset("in at near from to outside into across of".split())
_ENGLISH_TOWN_WORDS = frozenset("city town village".split())
_ARABIC_STOPWORDS = frozenset(fold(
    "في من إلى الى على عن مع بين حول نحو قرب عند منذ حتى التي الذي الذين التى هذا هذه "
    "ذلك تلك هناك هنا و أو ثم قد لا لم لن ما إن أن كان كانت يوم اليوم أمس غدا بعد قبل غير كل بعض"
).split())
_MAX_CUE_WORDS = 3
# Capitalised words that open a sentence or a title, never a feature's name.
_FEATURE_NAME_STOPWORDS = "The|A|An|In|On|At|Along|Near|Off|From|To|By|Of|And"
_ENGLISH_FEATURE_RE = re.compile(
    rf"\b(?=[A-Z])(?:(?:(?!(?:{_FEATURE_NAME_STOPWORDS}) )[A-Z][a-z]+ ){{1,3}}(?P<after>River|Creek|Lake|Bay|Canyon|Mountains"
    r"|Street|Road|Avenue|Boulevard|Drive|Lane|Parkway|St\.|Rd\.|Ave\.|Blvd\.)"
    r"|(?P<before>Lake|Mount) [A-Z][a-z]+(?: [A-Z][a-z]+)?)(?!\w)"
)
# "Cooke, Grayson and Love counties": each name in the list is a county.
_COUNTY_WORD_RE = re.compile(r"\b(?:[Cc]ounties|[Pp]arishes)\b")
_COUNTY_LIST_RE = re.compile(
    r"\b((?:[A-Z][a-z]+(?: [A-Z][a-z]+)?, )*[A-Z][a-z]+(?: [A-Z][a-z]+)?,? (?:and|or) [A-Z][a-z]+(?: [A-Z][a-z]+)?) \Z"
)
_COUNTY_LIST_WINDOW = 200  # characters before "counties" a list may take
_LATIN_WORD = re.compile(r"[A-Z][a-z]")
_LIST_NAME_RE = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?")
_STREET_WORDS = frozenset("street road avenue boulevard drive lane parkway st. rd. ave. blvd.".split())
# Cue words always followed by a proper name: a name after one is a place even when no
# gazetteer knows it (kept unresolved, or sent to the online geocoder when there is one).
_NAMING_CUES = frozenset(fold("مدينة بلدة قرية ولاية محافظة إقليم مقاطعة مطار منطقة").split())
# Facility words: the words after one name a building, a road or a valley that the gazetteer
# seldom knows (معهد الأورام، مستشفى الملك خالد، طريق الكورنيش). The name with its facility
# word is kept as one landmark, unresolved unless the online geocoder finds it.
FACILITY_CUES = frozenset(fold("مستشفى معهد مسجد كنيسة مقبرة جسر نفق شارع طريق دوار ميدان قلعة").split())
# "طريق" and "شارع" are also "way" and "street" in general (طريق السلام): their name must be
# a rare word or a person's (طريق الكورنيش، شارع الملك فيصل).
_FIGURATIVE_FACILITIES = frozenset(fold("طريق شارع").split())
# Words that never end a facility's name: الملك عبد العزيز, الأمير سلطان.
_NAME_LINKS = frozenset(fold("الملك الأمير الشيخ الإمام السلطان السيدة عبد أبو أبي أم ابن بن آل").split())
# "عن طريق" is "by means of", not a road.
_NOT_A_FACILITY_BEFORE = frozenset(fold("عن وعن فعن").split())
# Below this population a city named in Arabic text with nothing else from its country is
# more likely a word or a person's name than the town.
MINOR_POPULATION = 200_000
_MIN_SKELETON = 3
_TELLING_SKELETON = 5  # consonants: enough to trust a transliteration with nothing else to go on


@dataclass(slots=True)
class Candidate:
    """A span that may name a place, with the gazetteer entries its name leads to."""

    start: int  # folded offsets
    end: int
    key: str
    entries: list[tuple[int, int]]  # (place index, flags)
    cue: str = ""  # the place cue word before it, folded, if any
    via: str = "gazetteer"


@dataclass
class Recognition:
    candidates: list[Candidate]
    rejected: list[tuple[Candidate, str]]
    demonym_countries: list[str]


class _Occupied:
    """Offsets of a document already taken by a name: overlap tests in time proportional
    to the span, not to the number of names found so far."""

    def __init__(self, size: int, spans=()):
        self._taken = bytearray(size)
        for start, end in spans:
            self.take(start, end)

    def overlaps(self, start: int, end: int) -> bool:
        return self._taken.find(1, start, end) != -1

    def take(self, start: int, end: int) -> None:
        self._taken[start:end] = b"\x01" * (end - start)


# [^\W_] is exactly str.isalnum; matching in C is what makes these cheap per name.
_WORD_CHARS = re.compile(r"[^\W_]*")
_GAP_AND_WORD = re.compile(r"([\W_]*)([^\W_]*)")


_HASHTAG_WORD_RE = re.compile(r"#([\u0621-\u064a]{3,})(?![\u0621-\u064a])")
_SUN_LETTERS = frozenset("تثدذرزسشصضطظلن")
# A hashtag's skeleton must have this many consonants to be matched without a cue word: with 3,
# words such as كوفيد and يستاهل sound like some town of the country.
_HASHTAG_SKELETON = 4


def _skeletons(word: str) -> set[str]:
    """Consonant skeletons of a folded Arabic word, the article's ل also assimilated to a
    sun letter as Latin names write it (الزرقاء, Az Zarqa)."""
    skeletons = {arabic_skeleton(word)}
    if word.startswith("ال") and word[2:3] in _SUN_LETTERS:
        skeletons.add(arabic_skeleton(word[2:]))
    return skeletons


def _english_town_cue(folded: str, start: int) -> str:
    """"city" for "the city of Caen" (and town, village): English's cue word comes with "of"."""
    of, gap = word_before(folded, start)
    if of.lower() != "of" or gap != " ":
        return ""
    word, gap = word_before(folded, start - len(of) - 1)
    return word.lower() if gap == " " and word.lower() in _ENGLISH_TOWN_WORDS else ""


def _is_whole_hashtag(folded: str, candidate: Candidate) -> bool:
    """#الشرقية: the name is the whole hashtag."""
    return folded[candidate.start - 1:candidate.start] == "#" and not folded[candidate.end:candidate.end + 1].isalnum() \
        and folded[candidate.end:candidate.end + 1] != "_"


def _cue_names(cue: Cue, key: str) -> bool:
    """Whether a cue word names the name after it: مدينة كان does, but with the article the
    cue refers back ("the city"), and what follows is a verb or a noun (المدينة كان جيشه،
    دكتوراه الدولة سنة), unless the name agrees with it (المنطقة الشرقية) or stands beside
    the capital (العاصمة بيروت)."""
    return not cue.definite or key.startswith("ال") or cue.stem == _CAPITAL_CUE


def _may_follow(prefix: str, first_letter: str) -> bool:
    """Whether a name starting with ``first_letter`` may follow ``prefix`` in its word:
    proclitics, or another name and و run together (موسكووواشنطن); never in Latin script."""
    return not first_letter.isascii() and (prefix in _NAME_PREFIXES or len(prefix) > 4 and prefix.endswith("و"))


def _word_start(folded: str, index: int) -> int:
    while index > 0 and folded[index - 1].isalnum():
        index -= 1
    return index


def _word_end(folded: str, index: int) -> int:
    return _WORD_CHARS.match(folded, index).end()


def word_before(folded: str, index: int) -> tuple[str, str]:
    """(word, what separates it from ``index``) for the word ending before ``index``."""
    limit = max(0, index - _NEAR)
    end = index
    while end > limit and not folded[end - 1].isalnum():
        end -= 1
    start = end
    while start > limit and folded[start - 1].isalnum():
        start -= 1
    return folded[start:end], folded[end:index]


def word_after(folded: str, index: int) -> tuple[str, str]:
    """(word, what separates it from ``index``) for the word starting after ``index``."""
    gap, word = _GAP_AND_WORD.match(folded, index, index + _NEAR).groups()
    return word, gap


@dataclass(frozen=True)
class Cue:
    """A place cue word in the text: ``end`` is where its word ends (folded offsets)."""

    stem: str
    end: int
    definite: bool  # المطار refers back; مطار X names X


_CUE_PREFIXES = {p + a for p in _BARE_NAME_PREFIXES for a in ("", "ال")} | _ARTICLE_DROPPED_PREFIXES
_CAPITAL_CUE = fold("عاصمة")


class Recognizer:
    def __init__(self, gazetteer: Gazetteer):
        self.gazetteer = gazetteer
        self._cue_automaton = ahocorasick.Automaton()
        for stem in _ARABIC_CUES | FACILITY_CUES:
            self._cue_automaton.add_word(stem, stem)
        self._cue_automaton.make_automaton()
        # Unpacked gazetteer entries by packed tuple: the same few names recur in every
        # document. Shared lists, so no rule may change a candidate's entries in place.
        self._unpacked: dict[tuple[int, ...], list[tuple[int, int]]] = {}

    def _find_cues(self, folded: str) -> dict[int, Cue]:
        """Cue words standing as words (after proclitics and the article), by where they end."""
        cues = {}
        size = len(folded)
        for last, stem in self._cue_automaton.iter(folded):
            end = last + 1
            if end < size and folded[end].isalnum():
                continue  # inside a longer word, like most hits of حي
            start = end - len(stem)
            word_start = _word_start(folded, start)
            prefix = folded[word_start:start]
            if prefix in _CUE_PREFIXES:
                cues[end] = Cue(stem, end, definite=prefix.endswith(("ال", "لل")))
        return cues

    def _cue_before(self, folded: str, start: int, cues: dict[int, Cue]) -> Cue | None:
        """The cue word right before ``start``, with only spaces between."""
        end = start
        while end > 0 and folded[end - 1] == " ":
            end -= 1
        return cues.get(end) if end < start else None

    def recognize(self, text: FoldedText) -> Recognition:
        folded = text.folded
        raw, demonyms = self._scan(text)
        candidates = self._longest(self._proclitic_readings(folded, self._standing_alone(folded, raw), demonyms))
        recognition = Recognition([], [], demonyms)
        cues = self._find_cues(folded)
        countries = self._countries_named(candidates, demonyms)
        # Most candidates are everyday words with no evidence: settle those first, cheaply.
        plausible = []
        for candidate in candidates:
            reason = self._context_rejection(text, candidate, candidates, cues, countries)
            if reason:
                recognition.rejected.append((candidate, reason))
            else:
                plausible.append(candidate)
        # Before people: "Old Alton Edwardsville Road" makes nobody's surname of Edwardsville.
        plausible, features = self._named_features(text, plausible, recognition.rejected)
        surnames = self._person_surnames(text, plausible)
        given_names = self._given_names(text, plausible, cues)
        clubs_named = _CLUB_WORD_RE.search(folded) is not None
        for candidate in plausible:
            reason = self._rejection(text, candidate, surnames, clubs_named=clubs_named) or self._given_name_rejection(
                folded, candidate, given_names, cues)
            if reason:
                recognition.rejected.append((candidate, reason))
            else:
                recognition.candidates.append(candidate)
        self._mark_cues(folded, recognition.candidates, cues)
        # Names the gazetteer lacks, each step taking its spans in one map of the document.
        taken = _Occupied(len(folded), ((c.start, c.end) for c in recognition.candidates))
        recognition.candidates += self._cued_transliterations(text, taken, cues, countries)
        recognition.candidates += self._named_facilities(folded, taken, cues)
        recognition.candidates += self._hashtag_transliterations(folded, taken, countries)
        recognition.candidates += [f for f in features if not taken.overlaps(f.start, f.end)]
        recognition.candidates = self._listed_counties(text, recognition.candidates, recognition.rejected)
        recognition.candidates = self._propagate(folded, recognition.candidates)
        recognition.candidates.sort(key=lambda c: c.start)
        return recognition

    # -- gazetteer scan -------------------------------------------------------------

    def _scan(self, text: FoldedText) -> tuple[list[Candidate], list[str]]:
        folded = text.folded
        size = len(folded)
        candidates, demonyms = [], []
        for last, (length, packed, demonym) in self.gazetteer.automaton.iter(folded):
            start, end = last - length + 1, last + 1
            # Most raw hits end or start inside a word; drop them before any other work.
            if end < size and folded[end].isalnum() and folded[end] != "و":
                continue
            prefix = ""
            if start and folded[start - 1].isalnum():
                if folded[start - 1] not in _PROCLITIC_LETTERS:
                    continue
                prefix = folded[_word_start(folded, start):start]
                if not _may_follow(prefix, folded[start]):
                    continue
            if demonym:
                if prefix in _ARTICLE_NAME_PREFIXES and _word_end(folded, end) == end:
                    demonyms.append(demonym)
                continue
            if folded[start].isascii():
                first = text.to_original(start)
                if not text.original[first].isupper():
                    continue
                capitals = text.original[first:text.to_original(last) + 1].isupper()
                # GeoNames' other Latin names are often historical or foreign ("Hammersmith"
                # for Saugus): in English text a name must be a place's own.
                entries = [unpack(e) for e in packed if e & PRIMARY and (capitals or not e & ALL_CAPS)]
            else:
                entries = self._unpacked.get(packed)
                if entries is None:
                    entries = self._unpacked[packed] = [(e >> FLAG_BITS, e & FLAG_MASK) for e in packed]
            if entries:
                candidates.append(Candidate(start, end, folded[start:end], entries))
        return candidates, demonyms

    def _standing_alone(self, folded: str, raw: list[Candidate]) -> list[Candidate]:
        """Keep names that start a word (after proclitics) and end one (or run into a name)."""
        starts = {c.start for c in raw}
        kept = []
        for candidate in raw:
            entries = self._fit_prefix(folded, candidate, starts)
            if not entries or candidate.key in _ARABIC_CUES or candidate.key in FACILITY_CUES \
                    or self._is_everyday_word_split(folded, candidate, entries):
                continue  # "مدينة" is the word city and "ميدان" a square, whatever GeoNames says
            end = candidate.end
            if _word_end(folded, end) != end and not self._runs_into_name(folded, end, starts):
                continue
            candidate.entries = entries
            kept.append(candidate)
        return kept

    def _proclitic_readings(self, folded: str, candidates: list[Candidate], demonyms: list[str]) -> list[Candidate]:
        """A word that is one place's whole name and a proclitic before another's (وجدة: Oujda,
        or و + جدة, Jeddah) is read as the one whose country the document's other names
        pin down or its demonyms name (الرياض وجدة is Jeddah), else as the whole word."""
        by_span = {(c.start, c.end): c for c in candidates}
        splits = [
            (whole, split) for whole in candidates
            if folded[whole.start] in _PROCLITIC_LETTERS and _word_start(folded, whole.start) == whole.start
            and (split := by_span.get((whole.start + 1, whole.end))) is not None
        ]
        if not splits:
            return candidates
        readings = {id(c) for pair in splits for c in pair}
        countries = self._countries_named([c for c in candidates if id(c) not in readings], demonyms)
        dropped = set()
        for whole, split in splits:
            # After a preposition (إلى وجدة) the first letter is no proclitic: the word is whole.
            if self._named_among(split, countries) and not self._named_among(whole, countries) \
                    and word_before(folded, whole.start)[0] not in _ARABIC_STOPWORDS:
                dropped.add(id(whole))
        return [c for c in candidates if id(c) not in dropped]

    def _named_among(self, candidate: Candidate, countries: Counter) -> bool:
        return any(countries[self.gazetteer.place_rows[p][5]] for p, _ in candidate.entries)

    def _fit_prefix(self, folded: str, candidate: Candidate, starts: set[int]) -> list[tuple[int, int]]:
        word_start = _word_start(folded, candidate.start)
        prefix = folded[word_start:candidate.start]
        if prefix and folded[candidate.start].isascii():
            return []
        run_together = len(prefix) > 4 and prefix.endswith("و") and self._ends_a_name(folded, word_start, candidate.start - 1)
        # لل: the preposition ل and the article, whose alef is dropped (للقاهرة, للبيت الأبيض).
        article_dropped = prefix in _ARTICLE_DROPPED_PREFIXES and not candidate.key.startswith("ال")
        # للبنين is ل + البنين (for the boys): only a place whose name takes the article
        # fits, and with what its name with the article allows (للرياض is ل + الرياض).
        with_article = self._places_named("ال" + candidate.key) if article_dropped else {}
        fitting = []
        for place, flags in candidate.entries:
            if article_dropped:
                if place in with_article:
                    fitting.append((place, with_article[place]))
            elif flags & ARTICLE_DROPPED:
                continue
            elif prefix in (_ARTICLE_NAME_PREFIXES if candidate.key.startswith("ال") else _BARE_NAME_PREFIXES):
                fitting.append((place, flags))
            elif run_together and not candidate.key.startswith("ال"):
                fitting.append((place, flags))
        if fitting and article_dropped:
            candidate.start -= 1  # the span keeps the name's article, written ل here
            candidate.key = folded[candidate.start:candidate.end]
        return fitting

    def _places_named(self, key: str) -> dict[int, int]:
        """Place -> flags of the places named ``key``."""
        return dict(unpack(e) for e in self.gazetteer.lookup(key)[1])

    def _is_everyday_word_split(self, folded: str, candidate: Candidate, entries: list[tuple[int, int]]) -> bool:
        """ولاية is a word, not و + لاية (Lae), nor كبيرا ك + بيرا (Beira), nor ولايزال و + ل +
        ايزال (Aizawl): a town's name after a proclitic, when the whole word, or the word
        after its conjunction, is an everyday word and the name alone is not."""
        word_start = _word_start(folded, candidate.start)
        if word_start == candidate.start or not all(self._is_town(p) for p, _ in entries) \
                or candidate.key in self.gazetteer.common_words:
            return False
        word = folded[word_start:_word_end(folded, candidate.end)]
        return word in self.gazetteer.common_words or (
            word[0] in "وف" and word_start + 1 < candidate.start and word[1:] in self.gazetteer.common_words)

    def _ends_a_name(self, folded: str, word_start: int, end: int) -> bool:
        """موسكووواشنطن: does a name fill ``folded[word_start:end]`` (after proclitics)?"""
        for prefix in ("", "و", "ف", "ب", "ل"):
            length, packed, _ = self.gazetteer.lookup(folded[word_start + len(prefix):end])
            if packed and length >= 4:
                return True
        return False

    def _runs_into_name(self, folded: str, end: int, starts: set[int]) -> bool:
        return end - 1 >= 0 and folded[end:end + 1] == "و" and (end + 1) in starts and not folded[end - 1].isascii()

    @staticmethod
    def _longest(candidates: list[Candidate]) -> list[Candidate]:
        chosen: list[Candidate] = []
        occupied = _Occupied(max((c.end for c in candidates), default=0))
        for candidate in sorted(candidates, key=lambda c: (c.start - c.end, c.start)):
            if not occupied.overlaps(candidate.start, candidate.end):
                chosen.append(candidate)
                occupied.take(candidate.start, candidate.end)
        return sorted(chosen, key=lambda c: c.start)

    # -- context rules ----------------------------------------------------------------

    def _person_surnames(self, text: FoldedText, candidates: list[Candidate]) -> set[str]:
        """Surnames of people the document names: after a title or a given name, or with
        a Russian or Central Asian ending (نور سلطان نزارباييف), or famous ones after a title,
        its adjective and a given name (فلاديمير بوتين، بيل كلينتون)."""
        folded = text.folded
        surnames = set()
        speakers, places = set(), set()
        for candidate in candidates:
            if folded[candidate.start].isascii():
                if self._after_first_name(text, candidate):
                    surnames.add(candidate.key)
                elif self._speaks(folded, candidate):
                    speakers.add(candidate.key)
                elif self._used_as_a_town(folded, candidate):
                    places.add(candidate.key)
                continue
            following, gap = word_after(folded, candidate.end)
            if following and not gap.strip() and (
                    self._may_be_a_name(following)
                    and (following.endswith(_SURNAME_ENDINGS) or self._after_title(folded, candidate.start))
                    or self._before_a_famous_surname(folded, candidate, following)):
                surnames.add(following)
            if self._after_a_famous_given_name(folded, candidate):
                surnames.add(candidate.key)
        # "Robertson said" makes a person of every Robertson, unless the document also uses
        # it as a town ("in Robertson", "Gainesville residents": "Gainesville says no" is
        # the town speaking).
        return surnames | (speakers - places)

    def _given_names(self, text: FoldedText, candidates: list[Candidate], cues: dict[int, Cue]) -> set[str]:
        """Names a town shares with an Arab given name, used here right before a family name:
        بشار الأسد (not Béchar), كوفي أنان, واين روني. Only minor towns and divisions are read
        so: دبي and حلب are the places whatever word follows them."""
        folded = text.folded
        given: set[str] = set()
        for candidate in candidates:
            key = candidate.key
            # Cheapest tests first: most names in the news are countries and big cities.
            if key in given or key.isascii() or " " in key or key.startswith("ال") \
                    or not all(self._may_share_a_given_name(p) for p, _ in candidate.entries) \
                    or arabic_skeleton(key) not in self.gazetteer.arabic_given_names:
                continue
            word_start = _word_start(folded, candidate.start)
            if folded[word_start:candidate.start] not in ("", "و") or self._cue_before(folded, word_start, cues):
                continue
            following, gap = word_after(folded, candidate.end)
            if gap == " " and self._is_family_name(text, following, candidate.end + 1):
                given.add(key)
        return given

    def _given_name_rejection(self, folded: str, candidate: Candidate, given_names: set[str],
                              cues: dict[int, Cue]) -> str:
        """Every use of a given name the document puts before a family name, unless a cue
        word makes this one the place (ولاية بشار)."""
        if candidate.key in given_names and not self._cue_before(folded, _word_start(folded, candidate.start), cues):
            return "a given name in this document (before a family name)"
        return ""

    def _may_share_a_given_name(self, place: int) -> bool:
        """A minor town, or a division, whose bare name seldom stands without a cue word.
        (A big city's name before a masculine word is often a construct: برنامج طهران النووي.)"""
        return self._is_minor(place) or self.gazetteer.place_rows[place][0].startswith("adm")

    def _is_family_name(self, text: FoldedText, word: str, start: int) -> bool:
        """Whether ``word`` (at folded ``start``) reads as a family name after a given name:
        no place, demonym or conjunction; with the article, nothing a town agrees with (a
        town is feminine: حلب الشهباء، صنعاء القديمة) and no time word (صنعاء اليوم); without
        it, no everyday word and no verb (جوبز)."""
        if not word.isalpha() or word.isascii() or word.startswith("و") or word in _TIME_WORDS \
                or self._names_a_place(word) or self.gazetteer.lookup(word)[2]:
            return False
        if word.startswith("ال"):
            last = text.original[text.to_original(start + len(word) - 1)]
            return last not in "ةهى" and not word.endswith("اء")
        # A verb's prefix (معان يهيب، بنها تشهد): the town is the subject.
        return not word.startswith(("ي", "ت")) and not self._is_common_word(word)

    @staticmethod
    def _used_as_a_town(folded: str, candidate: Candidate) -> bool:
        """"in Robertson", "Gainesville residents"; not "the wedding of Robertson's daughter",
        where "of" belongs to the wedding and the name is a person's."""
        before = word_before(folded, candidate.start)[0]
        if before == "of" and folded.startswith("'s", candidate.end):
            return False
        return before in _ENGLISH_LOCATIVES or word_after(folded, candidate.end)[0] in _TOWN_NOUNS

    def _speaks(self, folded: str, candidate: Candidate) -> bool:
        """"Robertson said": a minor town's name before a verb of speech is a person's, unless
        a preposition makes it the place. (Capitals, big cities, countries and states speak
        for their governments: "Washington said", "Chicago said it would appeal".)"""
        following, gap = word_after(folded, candidate.end)
        if gap != " " or following not in _SPEECH_VERBS or word_before(folded, candidate.start)[0] in _ENGLISH_LOCATIVES:
            return False  # "Officials in Robertson said": the town, after all
        return all(self._is_minor(p) for p, _ in candidate.entries)

    @staticmethod
    def _after_title(folded: str, start: int, *, with_adjective: bool = False) -> bool:
        """Whether a title comes before ``start`` (الرئيس، Mr.), with up to two adjectives
        between (الرئيس السوري); ``with_adjective`` asks for at least one."""
        position = start
        for words in range(3):
            word, gap = word_before(folded, position)
            if not word or gap.strip():
                return False
            if word in _ARABIC_TITLES or word.lower() in _ENGLISH_TITLES:
                return words > 0 or not with_adjective
            if not (word in _ARABIC_TITLE_ADJECTIVES or (word.startswith("ال") and word.endswith(("ي", "يه")))):
                return False
            position -= len(word) + len(gap)
        return False

    def _countries_named(self, candidates: list[Candidate], demonyms: list[str]) -> Counter:
        """Countries that names needing no evidence pin down, and demonyms, by name."""
        countries = Counter(demonyms)
        for candidate in {c.key: c for c in candidates}.values():
            codes = {self.gazetteer.place_rows[p][5] for p, f in candidate.entries if not f & NEEDS_EVIDENCE}
            if len(codes) == 1:
                countries[codes.pop()] += 1
        return countries

    def _context_rejection(self, text: FoldedText, candidate: Candidate, candidates: list[Candidate],
                           cues: dict[int, Cue], countries: Counter) -> str:
        """Why the context rules this name out as a place: a state abbreviation with no town
        before it, or an everyday word with no evidence. Empty when it does not."""
        folded = text.folded
        candidate.entries = [(p, f) for p, f in candidate.entries
                             if not f & QUALIFIER_ONLY or self._is_qualifier(folded, candidate, candidates)
                             or _after_party(folded, candidate.start)]
        if not candidate.entries:
            return "state abbreviation outside a 'Town, ST' qualifier or a party label (D-S.C.)"
        if all(f & NEEDS_EVIDENCE for _, f in candidate.entries):
            if not self._has_evidence(text, candidate, candidates, cues, countries):
                return ("may be no place here (a common word, a foreign spelling, a name without its article), "
                        "and nothing in the context marks it as one")
        return ""

    def _rejection(self, text: FoldedText, candidate: Candidate, surnames: set[str], *, clubs_named: bool) -> str:
        """Why this name is a person's or part of a longer word, or empty."""
        folded = text.folded
        following, gap = word_after(folded, candidate.end)
        if following in surnames and not gap.strip():
            return "part of a person's name"
        if gap == " " and self._followed_by_a_surname(text, candidate, following):
            return "a given name: a surname follows it"
        if following and not gap.strip() and self._may_be_a_name(following) and self._after_title(folded, candidate.start):
            return "part of a person's name (after a title)"
        # الرئيس السوري بشار: after a title and its adjective comes a name, not a minor town
        # (a place after a bare title is its complement: رئيس وزراء لبنان; a big city may be
        # the object: زار الرئيس الفرنسي بيروت).
        if not any(self._is_notable(p) for p, _ in candidate.entries) \
                and self._after_title(folded, candidate.start, with_adjective=True):
            return "a person's name (after a title and its adjective)"
        if clubs_named and self._names_a_club(folded, candidate):
            return "part of a football club's name"
        if _names_an_agency(text, candidate) and self._names_only_towns(candidate):
            return "a news agency's name (in a dateline or after 'news agency')"
        if folded[candidate.start].isascii():
            return self._english_rejection(text, candidate, surnames)
        if candidate.key in surnames:
            return "a person's surname in this document"
        return ""

    def _names_a_club(self, folded: str, candidate: Candidate) -> bool:
        """ريال مدريد، مانشستر يونايتد، Bayern Munich: a town's name with a club word beside it."""
        if not any(self.gazetteer.place_rows[p][4] == "city" for p, _ in candidate.entries):
            return False
        after, gap = word_after(folded, candidate.end)
        if gap == " " and after.lower() in _CLUB_WORDS_AFTER:
            return True
        before, gap = word_before(folded, candidate.start)
        return gap == " " and (before.lower() in _CLUB_WORDS_BEFORE or before[1:] in _CLUB_WORDS_BEFORE)

    def _followed_by_a_surname(self, text: FoldedText, candidate: Candidate, following: str) -> bool:
        """Nursultan Nazarbayev, Paris Hilton: a town's name right before a capitalised word
        that is neither a place nor an everyday word is a person's given name. (Arabic has no
        capitals, and verbs after a subject look just like surnames: بيروت شعروا.)"""
        if not candidate.key.isascii() or not following.isascii() or following in _ENGLISH_NEIGHBOURS:
            return False
        if not self._names_only_towns(candidate):
            return False
        if not text.original[text.to_original(candidate.end) + 1:][:1].isupper() or self.gazetteer.lookup(following)[2]:
            return False
        # A small town named as people are (George, Linda, David) is the person before any
        # capitalised word but a place's own noun: George Bush, Linda Daily, David Jefferson,
        # but Greer Station, Jackson Township, Gary Police.
        if candidate.key in self.gazetteer.first_names and all(self._is_minor(p) for p, _ in candidate.entries):
            return following not in _TOWN_NOUNS and following not in _PLACE_NOUNS_AFTER \
                and not self._names_a_notable_place(following)
        return not (following in self.gazetteer.common_words or self._names_a_place(following))

    def _is_town(self, place: int) -> bool:
        return self.gazetteer.place_rows[place][4] == "city" and place not in self.gazetteer.capitals

    def _is_notable(self, place: int) -> bool:
        """A country, continent, capital or big city: a name the news uses as the place."""
        row = self.gazetteer.place_rows[place]
        return row[4] in ("country", "continent") or (row[4] == "city" and not self._is_minor(place))

    def _is_minor(self, place: int) -> bool:
        row = self.gazetteer.place_rows[place]
        return row[4] == "city" and row[6] < MINOR_POPULATION and place not in self.gazetteer.capitals

    def _may_be_a_name(self, word: str) -> bool:
        """An Arabic word that is neither an everyday word nor a place: a person's name, maybe."""
        return not (word.isascii() or word.startswith("و") or self._is_common_word(word) or self._names_a_place(word))

    def _before_a_famous_surname(self, folded: str, candidate: Candidate, following: str) -> bool:
        """الرئيس الروسي فلاديمير بوتين: a city's name after a title and its adjective, before
        a frequent word that never takes the article, is a given name before a surname that
        the news has made frequent. Not a country (ووصل الرئيس الفنزويلي سوريا), nor before
        a word with the accusative alif, which says how the subject came (باريس قادما)."""
        return (self._is_famous_name(following) and not following.endswith("ا")
                and self._names_only_towns(candidate) and self._after_title(folded, candidate.start, with_adjective=True))

    def _after_a_famous_given_name(self, folded: str, candidate: Candidate) -> bool:
        """الرئيس الأمريكي السابق بيل كلينتون: a town after a title, its adjective and such a
        famous given name is the surname (محمود أحمدي نجاد is no Al Ahmadi)."""
        if not self._names_only_towns(candidate):
            return False
        given, gap = word_before(folded, candidate.start)
        return (bool(given) and not gap.strip() and self._is_famous_name(given)
                and self._after_title(folded, candidate.start - len(given) - len(gap), with_adjective=True))

    def _names_only_towns(self, candidate: Candidate) -> bool:
        return all(self.gazetteer.place_rows[p][4] == "city" for p, _ in candidate.entries)

    def _is_famous_name(self, word: str) -> bool:
        """A frequent Arabic word that never takes the article and names no place: the name
        of someone the news is full of (بوتين، بيل), or a verb or particle, which the
        callers' title before it rules out."""
        words = self.gazetteer.common_words
        return (word in words and not word.startswith(("ال", "و")) and "ال" + word not in words
                and word not in _ARABIC_STOPWORDS and not self._names_a_place(word))

    def _names_a_notable_place(self, word: str) -> bool:
        """Georgia, Jordan, Victoria: given names too, but a country or an English-speaking
        country's state first (Paul, a region of Cape Verde, is a given name first)."""
        rows, english_speaking = self.gazetteer.place_rows, self.gazetteer.english_speaking
        return any(rows[p][4] == "country" or (rows[p][0].startswith("adm1:") and rows[p][5] in english_speaking)
                   for p, _ in map(unpack, self.gazetteer.lookup(word)[1]))

    def _names_a_place(self, word: str) -> bool:
        return bool(self.gazetteer.lookup(word)[1])

    @staticmethod
    def _is_qualifier(folded: str, candidate: Candidate, candidates: list[Candidate]) -> bool:
        return any(0 < candidate.start - other.end <= 3 and folded[other.end:candidate.start].strip() == ","
                   for other in candidates)

    def _english_rejection(self, text: FoldedText, candidate: Candidate, surnames: set[str]) -> str:
        original = text.original
        start, end = text.span_to_original(candidate.start, candidate.end)
        if candidate.key in surnames:
            return "a person's surname in this document"
        if candidate.key in _ENGLISH_NEIGHBOURS:
            return "a direction or qualifier word, not a place by itself"
        before = _ENGLISH_WORD_BEFORE.search(original, max(0, start - 40), start)
        if before and before.group(1).rstrip(".").lower() in _ENGLISH_TITLES:
            return "part of a person's name (after a title)"
        if self._after_first_name(text, candidate):
            return "part of a person's name (after a given name)"
        if original[end:end + 1] == "-" and original[end + 1:end + 2].isupper():
            return "part of a longer hyphenated name"
        if _PUBLICATION_AFTER.match(original, end):
            return "part of a newspaper's or magazine's name"
        return ""

    def _after_first_name(self, text: FoldedText, candidate: Candidate) -> bool:
        """"Peyton Manning", "J. Jackson": a given name or an initial right before the name."""
        start = text.to_original(candidate.start)
        before = _ENGLISH_WORD_BEFORE.search(text.original, max(0, start - 40), start)
        if not before or not before.group(1)[0].isupper() or before.group(2) != " ":
            return False
        word = before.group(1)
        if len(word) == 2 and word.endswith("."):
            return True
        folded = fold(word)
        return folded in self.gazetteer.first_names and not self._names_a_notable_place(folded)

    def _has_evidence(self, text: FoldedText, candidate: Candidate, candidates: list[Candidate],
                      cues: dict[int, Cue], countries: Counter) -> bool:
        folded = text.folded
        cue = self._cue_before(folded, _word_start(folded, candidate.start), cues)
        if cue and _cue_names(cue, candidate.key):
            return True
        # تعز in a document that names عدن is about Yemen. (Not for English: local news names
        # its own country on every line, which vouches for nothing.) A whole hashtag is a
        # tag, not a word of the sentence: #الشرقية among #الدمام and #القصيم is the province
        # (but a small town's name is still the word: #كورونا is no Corona, California).
        hashtag = _is_whole_hashtag(folded, candidate)
        if not candidate.key.isascii() and any(
            countries[self.gazetteer.place_rows[p][5]] for p, f in candidate.entries
            if not f & WORD_FIRST or (hashtag and not self._is_minor(p))
        ):
            return True
        word, gap = word_before(folded, candidate.start)
        if folded[candidate.start].isascii():
            start = text.to_original(candidate.start)
            if word in _ENGLISH_LOCATIVES and not gap.strip() and not _sentence_initial(text.original, start):
                return True
        following, gap = word_after(folded, candidate.end)
        if gap.strip() in ("", ",") and following:
            demonym = self.gazetteer.lookup(following)[2]
            if demonym and any(self.gazetteer.place_rows[p][5] == demonym for p, _ in candidate.entries):
                return True  # طرابلس الليبية, but not وزير الداخلية الأردني (Oman's Ad Dakhiliyah)
            if gap.strip() == "," and any(other.start > candidate.end and other.start - candidate.end <= 3 for other in candidates):
                return True  # Reading, Pennsylvania
        return False

    # -- cues and names the gazetteer lacks ----------------------------------------------

    def _mark_cues(self, folded: str, candidates: list[Candidate], cues: dict[int, Cue]) -> None:
        for candidate in candidates:
            if folded[candidate.start].isascii():
                candidate.cue = _english_town_cue(folded, candidate.start)
            elif _word_start(folded, candidate.start) == candidate.start:
                cue = self._cue_before(folded, candidate.start, cues)
                if cue and cue.stem in CUE_KINDS:
                    candidate.cue = cue.stem

    def _cued_transliterations(self, text: FoldedText, taken: _Occupied, cues: dict[int, Cue],
                               countries: Counter) -> list[Candidate]:
        """After a cue word, match the following words' consonant skeleton to Latin names;
        each name found is taken in ``taken``."""
        folded = text.folded
        found = []
        for cue in cues.values():
            # Every country has its Arabic name in CLDR: a word after دولة or المملكة that no
            # gazetteer lists is an adjective (طرق المملكة سالكة), not an unlisted country.
            if CUE_KINDS.get(cue.stem) in (None, "country"):
                continue
            words = list(WORD_RE.finditer(folded[cue.end:cue.end + 80]))[:_MAX_CUE_WORDS]
            candidate = self._transliterated(folded, cue.end, words, cue.stem, taken, countries, definite=cue.definite) \
                or self._named_after_a_person(text, cue, words, taken)
            if candidate:
                found.append(candidate)
                taken.take(candidate.start, candidate.end)
        return found

    def _transliterated(self, folded: str, offset: int, words: list[re.Match], cue: str,
                        taken: _Occupied, countries: Counter, *, definite: bool) -> Candidate | None:
        if words and folded[offset:offset + words[0].start()].strip():
            return None
        # A name ends before its first everyday word and before punctuation inside it.
        usable = next((index for index, word in enumerate(words)
                       if word.group().isascii() or self._is_common_word(word.group())
                       or (index and _has_internal_punctuation(folded, offset, words[index - 1], word))), len(words))
        for count in range(usable, 0, -1):
            span = words[:count]
            start, end = offset + span[0].start(), offset + span[-1].end()
            if taken.overlaps(start, end):
                return None
            skeleton = arabic_skeleton(folded[start:end])
            places = self._plausible_transliterations(skeleton, countries)
            if len(skeleton) >= _MIN_SKELETON and places:
                return Candidate(start, end, folded[start:end], [(p, PRIMARY) for p in places],
                                 cue=cue, via="transliteration")
        first = words[0] if words else None
        # "مطار X" names X; "المطار" (the airport) refers back and names nothing.
        if cue in _NAMING_CUES and not definite and first and not folded[offset:offset + first.start()].strip() \
                and len(first.group()) >= 3 and first.group().isalpha() and not first.group().isascii() \
                and not self._is_common_word(first.group()) \
                and (first.group().startswith("ال") or not _is_nisba_of(first.group(), self._is_common_word)):
            # (an indefinite nisba is an adjective: منطقة سهلية is a plain, not a place)
            start, end = offset + first.start(), offset + first.end()
            if not taken.overlaps(start, end):
                return Candidate(start, end, first.group(), [], cue=cue, via="cue")
        return None

    def _named_after_a_person(self, text: FoldedText, cue: Cue, words: list[re.Match],
                              taken: _Occupied) -> Candidate | None:
        """مدينة صباح الأحمد، منطقة سعد العبدالله: after a cue that names what follows, an Arab
        given name and a family name name a place after a person, though the given name
        is an everyday word too (صباح "morning", سعد "luck")."""
        if cue.stem not in _NAMING_CUES or cue.definite or len(words) < 2 \
                or text.folded[cue.end:cue.end + words[0].start()].strip() or words[0].end() + 1 != words[1].start():
            return None
        given, family = words[0].group(), words[1].group()
        start, end = cue.end + words[0].start(), cue.end + words[1].end()
        # The family name with its article (منطقة جزاء شيفلد is a penalty area, منطقة غير
        # مكتشفة an unexplored one).
        if given.startswith("ال") or given in _ARABIC_STOPWORDS or not family.startswith("ال") \
                or arabic_skeleton(given) not in self.gazetteer.arabic_given_names \
                or not self._is_family_name(text, family, cue.end + words[1].start()) or taken.overlaps(start, end):
            return None
        return Candidate(start, end, text.folded[start:end], [], cue=cue.stem, via="cue")

    def _hashtag_transliterations(self, folded: str, taken: _Occupied, countries: Counter) -> list[Candidate]:
        """#الخفجي: a hashtag no gazetteer spells in Arabic that sounds like a town of a
        country the document is about is that town (GeoNames lacks Al Khafji's Arabic name).
        Tweets tag places; any rare word matched this way would bring in too many words."""
        if not countries or "#" not in folded:
            return []
        rows = self.gazetteer.place_rows
        found = []
        for match in _HASHTAG_WORD_RE.finditer(folded):
            start, end = match.span(1)
            word = match.group(1)
            if taken.overlaps(start, end) or self._is_common_word(word):
                continue
            places = sorted({
                p for skeleton in _skeletons(word) if len(skeleton) >= _HASHTAG_SKELETON
                for p in self.gazetteer.skeletons.get(skeleton, ()) if countries[rows[p][5]] and rows[p][4] == "city"
            })
            if places:
                found.append(Candidate(start, end, word, [(p, PRIMARY) for p in places], via="transliteration"))
                taken.take(start, end)
        return found

    def _named_facilities(self, folded: str, taken: _Occupied, cues: dict[int, Cue]) -> list[Candidate]:
        """مستشفى الملك خالد، معهد الأورام القومي: a facility word and the name after it, as
        one landmark. A known place after it (مطار بيروت) keeps its own, resolved mention."""
        found = []
        for cue in cues.values():
            if cue.stem not in FACILITY_CUES or cue.definite:
                continue
            start = _word_start(folded, cue.end - len(cue.stem))
            previous, _ = word_before(folded, start)
            if previous in _NOT_A_FACILITY_BEFORE:
                continue
            end = self._facility_name_end(folded, cue.end, figurative=cue.stem in _FIGURATIVE_FACILITIES)
            if end is None or taken.overlaps(start, end):
                continue
            cue_start = cue.end - len(cue.stem)
            found.append(Candidate(cue_start, end, folded[cue_start:end], [], cue=cue.stem, via="cue"))
            taken.take(cue_start, end)
        return found

    def _facility_name_end(self, folded: str, offset: int, *, figurative: bool) -> int | None:
        """Where the name after a facility word ends: its first word, the words a link word
        joins (الملك عبد العزيز), and one adjective of the article's form (القومي). An
        indefinite everyday word after it is an adjective (مستشفى ميداني، طريق مسدود)."""
        words = list(WORD_RE.finditer(folded, offset, offset + 80))[:4]
        if not words or folded[offset:words[0].start()] != " ":
            return None
        first = words[0].group()
        if first.isascii() or not first.isalpha() or len(first) < 2 or first in _ARABIC_STOPWORDS \
                or first in FACILITY_CUES:
            return None
        if first not in _NAME_LINKS and self._is_common_word(first) and (figurative or not first.startswith("ال")):
            return None
        if not first.startswith("ال") and _is_nisba_of(first, self._is_common_word):
            return None  # an indefinite adjective: مستشفى ميدانيا، طريق رئيسي (but مسجد علي)
        end, index = words[0].end(), 0
        while words[index].group() in _NAME_LINKS and index + 1 < len(words) \
                and folded[end:words[index + 1].start()] == " ":
            index += 1
            end = words[index].end()
        if words[index].group() in _NAME_LINKS:
            return None  # "جسر الملك،": the name is cut off
        if index + 1 < len(words) and folded[end:words[index + 1].start()] == " ":
            adjective = words[index + 1].group()
            if adjective.startswith("ال") and adjective.endswith("ي") and len(adjective) > 4:
                end = words[index + 1].end()
        return end

    def _plausible_transliterations(self, skeleton: str, countries: Counter) -> tuple[int, ...]:
        """Places whose Latin name has this skeleton: in the document's countries when it
        names any, else only when the skeleton is long enough to be telling (منطقة البتراء
        in a Jordanian story is not Ulan Bator)."""
        places = self.gazetteer.skeletons.get(skeleton, ())
        local = tuple(p for p in places if countries[self.gazetteer.place_rows[p][5]])
        return local or (places if len(skeleton) >= _TELLING_SKELETON else ())

    @staticmethod
    def _named_features(text: FoldedText, candidates: list[Candidate],
                        rejected: list[tuple[Candidate, str]]) -> tuple[list[Candidate], list[Candidate]]:
        """(names outside features, features). Brazos River, Lake Lanier, Richmond Street:
        English names a feature word marks as one place. Names inside them (Richmond, Street,
        Vermont in Lake Vermont) are not the town or state; a feature the gazetteer lacks is
        kept, unresolved, for the online geocoder."""
        if not _LATIN_WORD.search(text.original):
            return candidates, []  # an Arabic text: spare it the feature regex
        # Candidates do not overlap here (longest match): index them by where they start.
        by_start = {c.start: c for c in candidates}
        features, feature_at = [], [None] * (len(text.folded) + 1)
        for match in _ENGLISH_FEATURE_RE.finditer(text.original):
            start, end = text.to_folded(match.start()), text.to_folded(match.end())
            known = by_start.get(start)
            # A known place the feature's name opens with stays that place: Green Bay,
            # Mount Vernon in "Mount Vernon Police".
            if known is not None and (known.end >= end or match.group("before")):
                continue
            cue = (match.group("before") or match.group("after")).lower()
            feature = Candidate(start, end, text.folded[start:end], [], cue=cue, via="cue")
            features.append(feature)
            feature_at[start:end] = [feature] * (end - start)
        kept = []
        for candidate in candidates:
            inside = feature_at[candidate.start]
            if inside is None or candidate.end > inside.end:
                kept.append(candidate)
            else:
                kind = "street" if inside.cue in _STREET_WORDS else "feature"
                rejected.append((candidate, f"part of the {kind} name '{inside.key}'"))
        return kept, features

    def _listed_counties(self, text: FoldedText, candidates: list[Candidate],
                         rejected: list[tuple[Candidate, str]]) -> list[Candidate]:
        """"Dallas and Tarrant counties": each listed name stands for its county, which
        replaces the town of that name (or a word such as "Love") as the candidate."""
        listed = []
        if "ounties" not in text.original and "arishes" not in text.original:
            return candidates
        for word in _COUNTY_WORD_RE.finditer(text.original):
            # The list ends at the word: match it in a bounded window before it, never across
            # the whole text (a long comma list would make the regex quadratic).
            match = _COUNTY_LIST_RE.search(text.original, max(0, word.start() - _COUNTY_LIST_WINDOW), word.start())
            if match is None:
                continue
            unit = "parish" if word.group().lower() == "parishes" else "county"
            for name in _LIST_NAME_RE.finditer(match.group(1)):
                found = self._county(name, unit)
                if found:
                    name_start, key, entries = found
                    start = text.to_folded(match.start(1) + name_start)
                    end = text.to_folded(match.start(1) + name.end())
                    listed.append(Candidate(start, end, key, entries, cue=unit))
        if not listed:
            return candidates
        kept = []
        for candidate in candidates:
            county = next((c for c in listed if c.start < candidate.end and candidate.start < c.end), None)
            if county is None:
                kept.append(candidate)
            else:
                rejected.append((candidate, f"the name of {county.key.title()} here, in a list of {county.cue} names"))
        return kept + listed

    def _county(self, name: re.Match, unit: str) -> tuple[int, str, list[tuple[int, int]]] | None:
        """(where the name starts, key, entries) of "<name> County", trying the last word
        alone when two were taken ("In Dallas" in "In Dallas and Tarrant counties")."""
        words = name.group().split(" ")
        for first in range(len(words)):
            key = fold(" ".join(words[first:]) + f" {unit}")
            packed = self.gazetteer.lookup(key)[1]
            if packed:
                skipped = sum(len(word) + 1 for word in words[:first])
                return name.start() + skipped, key, [unpack(e) for e in packed]
        return None

    def _is_common_word(self, word: str) -> bool:
        words = self.gazetteer.common_words
        return word in _ARABIC_STOPWORDS or word in words or any(
            word.startswith(p) and word[len(p):] in words for p in ("و", "ب", "ل", "ال", "وال", "بال")
        )

    def _propagate(self, folded: str, candidates: list[Candidate]) -> list[Candidate]:
        """A name recognised through a cue is a place wherever else the document repeats it."""
        learned = {c.key: c for c in candidates if c.via == "transliteration"}
        if not learned:
            return candidates
        taken = _Occupied(len(folded), ((c.start, c.end) for c in candidates))
        extra = []
        for key, source in learned.items():
            for match in re.finditer(re.escape(key), folded):
                start, end = match.start(), match.end()
                prefix = folded[_word_start(folded, start):start]
                if prefix not in _BARE_NAME_PREFIXES or _word_end(folded, end) != end:
                    continue
                if taken.overlaps(start, end):
                    continue
                extra.append(Candidate(start, end, key, list(source.entries), via="repeated transliteration"))
                taken.take(start, end)
        return candidates + extra


def _has_internal_punctuation(folded: str, offset: int, first: re.Match, second: re.Match) -> bool:
    return bool(folded[offset + first.end():offset + second.start()].strip())


def _is_nisba_of(word: str, is_everyday) -> bool:
    """ميدانيا، رئيسي: an adjective made from an everyday noun (ميدان، رئيس) with ي."""
    for suffix in ("يا", "يه", "ي"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            return is_everyday(word[:-len(suffix)])
    return False


def _after_party(folded: str, start: int) -> bool:
    """"Rep. James Clyburn, D-S.C.": a state abbreviation after a party letter."""
    return folded[max(0, start - 2):start] in ("d ", "r ", "i ") and not folded[max(0, start - 3):start - 2].isalnum() \
        and folded[max(0, start - 5):start - 2].endswith((", ", "("))  # the hyphen is folded to a space


def _sentence_initial(original: str, index: int) -> bool:
    before = original[max(0, index - 3):index].rstrip(" \"'“‘(")
    return not before or before[-1] in ".!?\n:;"
