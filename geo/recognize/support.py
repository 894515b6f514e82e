"""Support rules: names that are places only when the rest of the document backs them, read
after every name is found. Also the facts they read, which resolution reads too: what each
name's qualifier says, and which place each unambiguous name pins down."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from geo.gazetteer import PRIMARY, Gazetteer, is_lesser_division
from geo.geometry import distance_km
from geo.lang import ar
from geo.proclitics import word_after
from geo.recognize.candidate import Candidate
from geo.rules import ARABIC, LATIN, rule

if TYPE_CHECKING:
    from geo.recognize.facts import DocumentFacts
    from geo.recognize.lexicon import Lexicon

Qualifier = tuple[str, str]  # ("country", "KZ") or ("division", "US:Texas")
_QUALIFIER_GAPS = (",", "،", "(")  # Paris, Texas; برشلونة ( إسبانيا )
# A town this small of a country the story never names, this far from every place it pins, is
# no place of the story even after a cue word (small_town): a cued village abroad that shares a
# name with the story's town (مطار جربة، المدينة الخضراء).
UNNAMED_COUNTRY_TOWN_POPULATION = 20_000
UNNAMED_COUNTRY_TOWN_KM = 1_000.0


def qualifiers_of(gazetteer: Gazetteer, folded: str, names: list[Candidate],
                  after: Callable[[int], tuple[str, str]] | None = None) -> dict[int, Qualifier | None]:
    """The qualifier right after each name, by ``id`` of the name (``names`` in text order):
    a demonym (طرابلس الليبية) or a division or country after a comma (Paris, Texas) or in
    brackets (برشلونة ( إسبانيا )).
    ``after(index)`` is ``geo.proclitics.word_after`` in ``folded``, remembered or not."""
    after = after or (lambda index: word_after(folded, index))
    return {
        id(candidate): _qualifier(gazetteer, folded, candidate, names[i + 1] if i + 1 < len(names) else None, after)
        for i, candidate in enumerate(names)
    }


def _qualifier(gazetteer: Gazetteer, folded: str, candidate: Candidate, following: Candidate | None,
               after: Callable[[int], tuple[str, str]]) -> Qualifier | None:
    """("country"|"division", code) named right after the candidate, if any."""
    word, gap = after(candidate.end)
    if not gap.strip() and word:
        demonym = gazetteer.lookup(word)[2]
        if demonym:
            return ("country", demonym)
    gap = folded[candidate.end:following.start] if following else ""
    if following and len(gap) <= 3 and gap.strip() in _QUALIFIER_GAPS:
        for place, _ in following.entries:
            row = gazetteer.place_rows[place]
            if row.place_id.startswith("adm1:"):
                return ("division", gazetteer.admin1[place])
            if row.kind == "country":
                return ("country", row.country_code)
    return None


def without_lesser_divisions(gazetteer: Gazetteer, entries: tuple[tuple[int, int], ...]
                             ) -> tuple[tuple[int, int], ...]:
    """The entries but the first-level divisions a name leads to by its lesser sense (the
    governorates of حلب and القصرين, named like their towns), or all of them if that is all."""
    if len(entries) == 1:
        return entries
    rows = gazetteer.place_rows
    kept = []
    for place, flags in entries:  # a loop, no generator
        if not is_lesser_division(rows[place].place_id, flags):
            kept.append((place, flags))
    return tuple(kept) or entries


def likeliest(candidate: Candidate, prior: Callable[[int, int], float]) -> tuple[int, int]:
    """The entry (place, flags) of the place a name most likely means, by ``prior``."""
    if len(candidate.entries) == 1:  # most names: no key function made, no call of prior
        return candidate.entries[0]
    return max(candidate.entries, key=lambda entry: prior(*entry))


def pinned_places(gazetteer: Gazetteer, names: list[Candidate], prior: Callable[[int, int], float]) -> dict[str, int]:
    """Name -> the place it pins down: its one place (its divisions' lesser senses aside), or its
    likeliest (by ``prior``) when that is a first-level division, or a country or continent
    among at most one country (المملكة may be Saudi Arabia, Jordan or Morocco: a country only
    when it is one), named by a primary name. A name repeated with the same places says
    nothing new."""
    rows = gazetteer.place_rows
    pinned = {}
    seen: dict[str, tuple] = {}
    for candidate in names:
        if not candidate.entries or seen.get(candidate.key) == candidate.entries:
            continue
        seen[candidate.key] = candidate.entries
        best, flags = likeliest(candidate, prior)
        kind, place_id = rows[best].kind, rows[best].place_id
        # A division's lesser sense (القصرين's governorate beside the town) leaves the name its
        # one place.
        entries = candidate.entries
        unambiguous = len(entries) == 1 or place_id.startswith("adm1:") \
            or (kind in ("country", "continent") and sum(rows[p].kind == "country" for p, _ in entries) <= 1) \
            or len(without_lesser_divisions(gazetteer, entries)) == 1
        if unambiguous and flags & PRIMARY:
            pinned[candidate.key] = best
    return pinned


def countries_named(gazetteer: Gazetteer, names: list[Candidate], pinned: dict[str, int],
                    prior: Callable[[int, int], float]) -> dict[str, str]:
    """Name -> the country it places the story in: its pinned place's, or the one country
    all its places lie in when its likeliest is no minor town and is named by a primary name
    (بغداد, the capital and its governorate, pins no place but names Iraq; three American
    hamlets called كريستال do not name the United States)."""
    rows = gazetteer.place_rows
    named = {key: rows[place].country_code for key, place in pinned.items()}
    for candidate in names:
        if candidate.key in named or not candidate.entries:
            continue
        countries = {rows[p].country_code for p, _ in candidate.entries}
        best, flags = likeliest(candidate, prior)
        if len(countries) == 1 and flags & PRIMARY and not gazetteer.is_minor_town(best):
            named[candidate.key] = countries.pop()
    return named


@rule("place.listed_division", stage="filter", scripts={ARABIC, LATIN}, at="names_listed_with_divisions")
def listed_division(facts: DocumentFacts, candidate: Candidate) -> Candidate | None:
    """A name of a town and of a first-level division, listed beside a name that is only a division, is the division.

    Arabic: نيويورك in ولايات ماساتشوستس ونيويورك وكاليفورنيا is New York State, not the city;
    الإسكندرية beside القليوبية the governorate; not in a list after a town's cue word (مدن
    سبها والكفرة). English: "Texas, New York and California" the same.
    """
    country = facts.names_listed_with_divisions[candidate.start]
    lexicon = facts.lexicon
    divisions = tuple((place, flags) for place, flags in candidate.entries
                      if place in lexicon.divisions and lexicon.rows[place].country_code == country)
    if not divisions or len(divisions) == len(candidate.entries):
        return None
    return candidate.replace(entries=divisions, rule=listed_division.name)


def names_listed_with_divisions(lexicon: Lexicon, lists: list[list[Candidate]],
                                after_town_cues: frozenset[int]) -> dict[int, str]:
    """Start -> country code of each name of ``lists`` (:func:`name_lists`) listed right beside
    a name whose places are all first-level divisions of that country. Not in a list after a
    town's cue word (``after_town_cues``, where a name right after one starts): مدن سبها
    والكفرة وأوباري are towns, though الكفرة is only a district here."""
    listed: dict[int, str] = {}
    for run in lists:
        if run[0].start in after_town_cues:
            continue
        countries = [_division_country(lexicon, name) for name in run]
        for index, name in enumerate(run):
            beside = countries[max(index - 1, 0):index] + countries[index + 1:index + 2]
            country = next((code for code in beside if code), "")
            if country:
                listed[name.start] = country
    return listed


def _division_country(lexicon: Lexicon, name: Candidate) -> str:
    """The country of a name whose places are all first-level divisions of one country, else ""."""
    if not all(place in lexicon.divisions for place, _ in name.entries):
        return ""
    countries = {lexicon.rows[place].country_code for place, _ in name.entries}
    return countries.pop() if len(countries) == 1 else ""


def name_lists(folded: str, names: list[Candidate]) -> list[list[Candidate]]:
    """The runs of two names or more (``names`` in text order) joined as a list: by و, "and"
    or a comma."""
    runs: list[list[Candidate]] = []
    for before, after in zip(names, names[1:]):
        # The joins are short: most names stand farther apart, told without slicing the text.
        if after.start - before.end > _LONGEST_JOIN \
                or folded[before.end:after.start].replace(" ", "") not in _LIST_JOINS:
            continue
        if runs and runs[-1][-1] is before:
            runs[-1].append(after)
        else:
            runs.append([before, after])
    return runs


_LONGEST_JOIN = len(", and ")  # the longest of _LIST_JOINS with its spaces
_LIST_JOINS = frozenset(("و", "،", ",", "،و", ",و", "and", ",and"))


@rule("place.small_town", stage="support", scripts={ARABIC, LATIN})
def small_town(facts: DocumentFacts, candidate: Candidate) -> str | Candidate | None:
    """A small town's name with nothing from its country in the document is no place here.

    So is a division's named as people are. A qualifier is enough (and a cue word inside the
    name: ولاية قابس, a name of Gabès), and so is the outlet's home country
    (``Document.home_country``): local news names its own small towns bare. A cue word makes
    it a place, but not a small town far from every place the document pins (مطار جربة in a
    Tunisian story is a place the gazetteer lacks, not a town in Somalia; بلدة سلواد in a story
    on Israel is Silwad).
    Arabic: هوندا in اشترى سيارة هوندا is no Honda, Colombia; beside كولومبيا it is; a
    town of the Arab world that Arabic news names bare (الفلوجة, the gazetteer's
    ``famous_towns``) needs nothing; a Tunisian outlet's القصرين is Kasserine. English: only
    outside the English-speaking world, as local news names its own small towns bare: "a
    1995 Honda" is no town in Colombia, "Paul Mifsud said" no region of Cape Verde.
    """
    gazetteer = facts.gazetteer
    if candidate.via != "gazetteer" or facts.qualifiers[id(candidate)] \
            or candidate.key in gazetteer.famous_towns or candidate.key.partition(" ")[0] in ar.NAMING_CUES:
        return None
    rows = gazetteer.place_rows
    home = gazetteer.english_speaking if candidate.key.isascii() else frozenset()
    for place, _ in without_lesser_divisions(gazetteer, candidate.entries):  # القصرين's governorate aside
        code = rows[place].country_code
        if not _is_small_place(gazetteer, place, candidate.key) or code in home or code == facts.home_country:
            return None
    own_country = facts.countries_named.get(candidate.key, "")
    countries = facts.named_countries
    if any(countries.get(rows[p].country_code, 0) - (own_country == rows[p].country_code) > 0 for p, _ in candidate.entries):
        return None
    if candidate.cue:
        # The cue word makes it a place; a small town far from every place the story pins is
        # not that one (مطار جربة in a Tunisian story is no town of 12,652 in Somalia, but بلدة
        # سلواد in a story on Israel is Silwad, مدينة سالزبورغ in a Qatari one Salzburg): a
        # place the gazetteer lacks, put near the places the text ties it to.
        return candidate.replace(entries=()) if _far_from_the_story(facts, candidate) else None
    return "a small town's name with nothing from its country in the document"


def _far_from_the_story(facts: DocumentFacts, candidate: Candidate) -> bool:
    """Whether every town of the name is a small one of known population (under
    UNNAMED_COUNTRY_TOWN_POPULATION) farther than UNNAMED_COUNTRY_TOWN_KM from every place the
    document's other names pin down (at least one)."""
    rows = facts.gazetteer.place_rows
    others = [rows[place] for key, place in facts.pinned.items() if key != candidate.key]
    towns = [rows[place] for place, _ in without_lesser_divisions(facts.gazetteer, candidate.entries)]
    return bool(others) and all(0 < town.population < UNNAMED_COUNTRY_TOWN_POPULATION for town in towns) and all(
        distance_km(town.lat, town.lon, other.lat, other.lon) > UNNAMED_COUNTRY_TOWN_KM
        for town in towns for other in others)


def _is_small_place(gazetteer: Gazetteer, place: int, key: str) -> bool:
    """A minor town, or, in English text, a division abroad named as people are (Paul, Cape
    Verde: "Paul Mifsud said")."""
    row = gazetteer.place_rows[place]
    if row.kind == "city":
        return gazetteer.is_minor_town(place)
    return row.place_id.startswith("adm1:") and key.isascii() and key in gazetteer.first_names
