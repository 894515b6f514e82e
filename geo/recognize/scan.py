"""Scan rules: the gazetteer's names in the text, kept where they stand as words.

Each takes the names so far and returns those it keeps (new candidates where it changes
one); nothing they drop is reported, as most are hits inside longer words.
"""

from __future__ import annotations

from operator import attrgetter
from typing import TYPE_CHECKING, NamedTuple

from geo.arabic import ACCUSATIVE_ALIF, HAMZA_ON_YEH, TANWEEN_FATH
from geo.gazetteer import ALL_CAPS, ARTICLE_DROPPED, NEEDS_EVIDENCE, PRIMARY, unpack
from geo.lang import ar
from geo.proclitics import (
    ARTICLE_DROPPED_PREFIXES,
    ARTICLE_NAME_PREFIXES,
    BARE_NAME_PREFIXES,
    PROCLITIC_LETTERS,
    may_follow,
    word_before,
    word_end,
    word_start,
)
from geo.recognize.candidate import Candidate, Occupied
from geo.recognize.keywords import CUE_WORDS
from geo.rules import ARABIC, LATIN, rule

if TYPE_CHECKING:
    from geo.recognize.facts import DocumentFacts


_PRIMARY_OR_EVIDENCE = PRIMARY | NEEDS_EVIDENCE
_LIST_PREFIXES = ("", "و")


class GazetteerHits(NamedTuple):
    names: list[Candidate]
    demonyms: list[str]  # country code of each demonym used
    starts: set[int]  # where the names start, before any rule moves one
    demonym_starts: list[int]  # where each demonym starts (resolution reads a sentence's own)
    demonym_ends: list[int]  # and ends


def gazetteer_hits(facts: DocumentFacts) -> GazetteerHits:
    """One pass of the gazetteer's automaton over the folded text: the names that start a
    word (after proclitics, or run together with another name after و) and end one (or run
    into a name), Latin ones capitalised; and the demonyms, with the article or bare."""
    text, lexicon = facts.text, facts.lexicon
    folded = text.folded
    # The text between two line ends, so that the character before and after every hit can be
    # read without testing the text's bounds: edged[i + 1] is folded[i].
    edged = f"\n{folded}\n"
    names, demonyms, demonym_starts, demonym_ends = [], [], [], []
    unpacked = lexicon.unpacked_cache  # read here without a call for each name: most recur
    for last, (length, packed, demonym) in lexicon.gazetteer.automaton.iter(folded):
        # Most raw hits end or start inside a word; drop them before any other work.
        after = edged[last + 2]
        if after.isalnum() and after != "و":
            continue
        start, end = last - length + 1, last + 1
        before = edged[start]
        prefix = ""
        if before.isalnum():
            if before not in PROCLITIC_LETTERS:
                continue
            prefix = folded[word_start(folded, start):start]
            if not may_follow(prefix, folded[start]):
                continue
        if demonym:
            if prefix in ARTICLE_NAME_PREFIXES and word_end(folded, end) == end:
                demonyms.append(demonym)
                demonym_starts.append(start)
                demonym_ends.append(end)
            if not packed:  # only an adjective; السعودية is a country's name too
                continue
        if folded[start].isascii():
            first = text.to_original(start)
            if not text.original[first].isupper():
                continue
            capitals = text.original[first:text.to_original(last) + 1].isupper()
            # GeoNames' other Latin names are often historical or foreign ("Hammersmith"
            # for Saugus): in English text a name must be a place's own.
            own = []
            for entry in packed:  # a loop, no generator: the Latin names of every English text
                if entry & PRIMARY and (capitals or not entry & ALL_CAPS):
                    own.append(unpack(entry))
            entries = tuple(own)
        else:
            entries = unpacked.get(packed) or lexicon.unpacked(packed)
        if entries:
            names.append(Candidate(start, end, folded[start:end], entries))
    return GazetteerHits(names, demonyms, {c.start for c in names}, demonym_starts, demonym_ends)


@rule("scan.gazetteer", stage="scan", scripts={ARABIC, LATIN})
def gazetteer_names(facts: DocumentFacts, names: list[Candidate]) -> list[Candidate]:
    """Names of the gazetteer standing as words: after proclitics, never inside a word.

    Arabic: وبموسكو gives موسكو (و + ب + موسكو); تعزيز gives no تعز. English: "Paris" in
    "to Paris", not in "Parisian" nor "paris"; a place's other names in GeoNames (Hammersmith
    for Saugus) and an abbreviation in lower case (Us) count for nothing.
    """
    return names + facts.gazetteer_hits.names


@rule("scan.proclitics", stage="scan", scripts={ARABIC})
def fitting_proclitics(facts: DocumentFacts, names: list[Candidate]) -> list[Candidate]:
    """A name after proclitics keeps the places whose name may take them.

    Arabic: بالقاهرة is ب + القاهرة; للقاهرة is ل + القاهرة, the span keeping the article's ل;
    للبنين is ل + البنين (the boys), no Benin; قاهرة, the bare name of a city listed with
    its article, only after ل; a foreign spelling after و alone (كريم is no ك + رىم,
    Rome's Uyghur name). English: Latin names never follow a proclitic.
    """
    kept = []
    for candidate in names:
        fitted = _fit_prefix(facts, candidate)
        if fitted is not None:
            kept.append(fitted)
    return kept


def _fit_prefix(facts: DocumentFacts, candidate: Candidate) -> Candidate | None:
    folded, lexicon = facts.folded, facts.lexicon
    start = word_start(folded, candidate.start)
    prefix = folded[start:candidate.start]
    key = candidate.key
    with_article = key.startswith("ال")
    run_together = len(prefix) > 4 and prefix.endswith("و") and lexicon.ends_a_name(folded, start, candidate.start - 1)
    # لل: the preposition ل and the article, whose alef is dropped (للقاهرة, للبيت الأبيض).
    article_dropped = prefix in ARTICLE_DROPPED_PREFIXES and not with_article
    if article_dropped:
        # للبنين is ل + البنين (for the boys): only a place whose name takes the article
        # fits, and with what its name with the article allows (للرياض is ل + الرياض).
        named = lexicon.gazetteer.places_named("ال" + key)
        fitting = tuple((place, named[place]) for place, _ in candidate.entries if place in named)
        if not fitting:
            return None
        start = candidate.start - 1  # the span keeps the name's article, written ل here
        return candidate.replace(start=start, key=folded[start:candidate.end], entries=fitting)
    allowed = prefix in (ARTICLE_NAME_PREFIXES if with_article else BARE_NAME_PREFIXES) \
        or (run_together and not with_article)
    if not allowed:
        return None
    for _, flags in candidate.entries:
        if not _fits(flags, prefix):
            break
    else:
        return candidate
    fitting = tuple(entry for entry in candidate.entries if _fits(entry[1], prefix))
    return candidate.replace(entries=fitting) if fitting else None


def _fits(flags: int, prefix: str) -> bool:
    """Whether a name with these flags may stand after ``prefix`` (no لل: see above). A
    name without its article stands only after لل; a foreign spelling (GeoNames' Persian
    or Uyghur name, which needs evidence and is no primary name) takes no proclitic but
    the و of a list (وسيزوار وشيروان): كريم is no ك + رىم (Rome), فاجن no ف + اجن (Aachen)."""
    return not flags & ARTICLE_DROPPED and not (prefix not in _LIST_PREFIXES and flags & _PRIMARY_OR_EVIDENCE == NEEDS_EVIDENCE)


@rule("scan.not_a_cue_word", stage="scan", scripts={ARABIC})
def not_cue_words(facts: DocumentFacts, names: list[Candidate]) -> list[Candidate]:
    """A place cue word or facility word is that word, whatever place bears its name.

    Arabic: مدينة is the word "city", ميدان a square, not the villages so named. English:
    cue words are read as such by the rules that read them (the city of Caen).
    """
    return [c for c in names if c.key not in CUE_WORDS]


@rule("scan.everyday_word_split", stage="scan", scripts={ARABIC})
def not_everyday_word_splits(facts: DocumentFacts, names: list[Candidate]) -> list[Candidate]:
    """A town's name after a proclitic is no place when the whole word is an everyday word.

    Arabic: ولاية is a word, not و + لاية (Lae), nor كبيرا ك + بيرا (Beira), nor وزاريا و + زاريا
    (Zaria: وزاري "ministerial" with the accusative's alif), nor ولايزال
    و + ل + ايزال (Aizawl); the word after its conjunction counts too; so is a word more
    frequent whole than that town's name: بلاتر (Blatter), not ب + لاتر (Latur), and فاتن (a
    given name) no ف + اتن, a name of Athens that is not its own (أثينا); nor is a foreign
    given name, whatever place it hides: كلاوس (Klaus) is no ك + لاوس (Laos). English:
    Latin names never follow a proclitic.
    """
    return [c for c in names if not _is_everyday_word_split(facts, c)]


def _is_everyday_word_split(facts: DocumentFacts, candidate: Candidate) -> bool:
    folded, gazetteer = facts.folded, facts.gazetteer
    start = word_start(folded, candidate.start)
    if start == candidate.start:
        return False
    word = folded[start:word_end(folded, candidate.end)]
    if (word, candidate.key) in gazetteer.whole_words or word in ar.FOREIGN_GIVEN_NAMES:
        return True  # whole words: towns, capitals by names not their own; any place in a given name
    for place, _ in candidate.entries:  # a loop, no generator
        if not gazetteer.is_town(place):
            return False
    if candidate.key in gazetteer.common_words:
        return False
    return _is_everyday(gazetteer, word) or (
        word[0] in "وف" and start + 1 < candidate.start and _is_everyday(gazetteer, word[1:]))


def _is_everyday(gazetteer, word: str) -> bool:
    """An everyday word, or a frequent one with the alif of the indefinite accusative (مجلسا
    وزاريا "a ministerial council", no و + Zaria)."""
    return word in gazetteer.common_words or (word.endswith(ACCUSATIVE_ALIF) and word[:-1] in gazetteer.frequent_words)


@rule("scan.final_hamza", stage="scan", scripts={ARABIC})
def not_final_hamza_words(facts: DocumentFacts, names: list[Candidate]) -> list[Candidate]:
    """A one-word name the text ends with a hamza on yeh (ئ) is a word, which folding wrote ي.

    Arabic: فوجئ ("he was surprised") is no فوجي (Fuji); a final ئ stands in words (شاطئ،
    هادئ), and in a name within a longer one (المحيط الهادئ) or where the gazetteer writes
    it so (مادورائ, Madurai). English: no hamza.
    """
    text, rows = facts.text, facts.gazetteer.place_rows
    # Folding writes ئ as ي: only a name ending in ي may have been written with it.
    return [c for c in names if not c.key.endswith("ي") or " " in c.key
            or text.original[text.to_original(c.end - 1)] != HAMZA_ON_YEH
            or any(rows[p].name_ar.endswith(HAMZA_ON_YEH) for p, _ in c.entries)]


@rule("scan.hamza_seat", stage="scan", scripts={ARABIC})
def written_with_its_hamza_seat(facts: DocumentFacts, names: list[Candidate]) -> list[Candidate]:
    """A two-letter Arabic name is the place only where the text writes its first letter as the place's name does.

    Arabic: إب is Ibb, Yemen's city and governorate; أب ("a father") and اب, which folding
    writes alike, name nothing. Longer names are told from words by their letters. English:
    no hamza.
    """
    text, rows = facts.text, facts.gazetteer.place_rows
    return [c for c in names if len(c.key) > _SEAT_TELLING_LETTERS or c.key.isascii()
            or any(rows[p].name_ar[:1] == text.original[text.to_original(c.start)] for p, _ in c.entries)]


# Names this short (folded letters) are told from words only by the seat of their first hamza.
_SEAT_TELLING_LETTERS = 2


@rule("scan.tanween", stage="scan", scripts={ARABIC})
def not_tanween_adjectives(facts: DocumentFacts, names: list[Candidate]) -> list[Candidate]:
    """A name written with tanween is a word in the accusative, not the place it spells.

    Arabic: a country's name is its nationality's adjective (طرد 23 دبلوماسياً روسياً "23
    Russian diplomats", حضوراً تركياً، إيطاليًّا), a town's the word it spells (ليكون صيداً
    سهلاً "easy prey", not Sidon); a place's name takes no tanween (روسيا، صيدا).
    English: no tanween.
    """
    ends = _ends_with_tanween(facts.text)
    if not ends:  # most texts write no short vowels at all
        return names
    return [c for c in names if c.end not in ends]


def _ends_with_tanween(text) -> frozenset[int]:
    """Folded offsets where a word written with tanween fath ends: right after the mark on its
    last letter (روسياً), or after the alif that follows it (سوريًا)."""
    ends, offset = set(), text.original.find(TANWEEN_FATH)
    while offset != -1:
        after = text.to_folded(offset)  # the letter after the mark, as folded
        ends.update((after, after + 1))
        offset = text.original.find(TANWEEN_FATH, offset + 1)
    return frozenset(ends)


@rule("scan.word_end", stage="scan", scripts={ARABIC, LATIN})
def ending_words(facts: DocumentFacts, names: list[Candidate]) -> list[Candidate]:
    """A name ends its word, or runs into another name after و.

    Arabic: موسكووواشنطن is موسكو و واشنطن; موسكووي is no Moscow. English: a Latin name
    never runs into another.
    """
    folded, starts = facts.folded, facts.gazetteer_hits.starts
    return [
        c for c in names
        if not folded[c.end:c.end + 1].isalnum()  # a slice, empty at the text's end: one test in C, no call
        or (folded[c.end:c.end + 1] == "و" and (c.end + 1) in starts and not folded[c.end - 1].isascii())
    ]


@rule("scan.proclitic_reading", stage="scan", scripts={ARABIC})
def proclitic_readings(facts: DocumentFacts, names: list[Candidate]) -> list[Candidate]:
    """A word read whole or as a proclitic and a name is read as the document's names point.

    The reading whose country the document's other names or demonyms name wins, else the
    whole word. Arabic: وجدة is Oujda, or و + جدة (Jeddah): الرياض وجدة is Jeddah, وجدة
    alone Oujda; after a preposition (إلى وجدة) the word is whole. English: no proclitics.
    """
    folded, lexicon = facts.folded, facts.lexicon
    # A whole word needs a name starting right after its first letter: most names have none.
    starts = {c.start for c in names}
    wholes = [c for c in names if c.start + 1 in starts and folded[c.start] in PROCLITIC_LETTERS
              and word_start(folded, c.start) == c.start]
    if not wholes:
        return names
    by_span = {(c.start, c.end): c for c in names}
    splits = [(whole, split) for whole in wholes if (split := by_span.get((whole.start + 1, whole.end))) is not None]
    if not splits:
        return names
    readings = {id(c) for pair in splits for c in pair}
    countries = lexicon.countries_named([c for c in names if id(c) not in readings], facts.demonyms)
    rows = lexicon.rows
    dropped = set()
    for whole, split in splits:
        split_named = any(countries.get(rows[p].country_code) for p, _ in split.entries)
        whole_named = any(countries.get(rows[p].country_code) for p, _ in whole.entries)
        if split_named and not whole_named and word_before(folded, whole.start)[0] not in ar.STOPWORDS:
            dropped.add(id(whole))
    return [c for c in names if id(c) not in dropped]


@rule("scan.longest", stage="scan", scripts={ARABIC, LATIN})
def longest(facts: DocumentFacts, names: list[Candidate]) -> list[Candidate]:
    """Of overlapping names, the longest (the first of equals) is the one meant.

    Arabic: روسيا البيضاء is Belarus, not Russia. English: "New York City", not York.
    """
    chosen: list[Candidate] = []
    occupied = Occupied(max((c.end for c in names), default=0))
    for candidate in sorted(names, key=lambda c: (c.start - c.end, c.start)):
        if not occupied.overlaps(candidate.start, candidate.end):
            chosen.append(candidate)
            occupied.take(candidate.start, candidate.end)
    return sorted(chosen, key=attrgetter("start"))
