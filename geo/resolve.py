"""Resolution: choose, for each recognised name, the place it means.

Each candidate place gets a prior from its kind and size, then evidence from the document:
a qualifier right after the name (Paris, Texas; طرابلس الليبية), the kind a cue word asks
for (ولاية جورجيا), countries the document names or implies with demonyms, the
countries and divisions of the other places it names, and their points within 40 km. One
name keeps one sense per document unless a qualifier says otherwise.

A spot no gazetteer lists (مستشفى الملك خالد، Main Street), which the online geocoder does
not place either, is placed approximately at the place the text puts it in: a place named
right after it, else in its sentence, else the place the document names most, else the
document's only country when that country is small. It stays unresolved when none exists.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass

from geo.errors import GeocoderError
from geo.gazetteer import PRIMARY, Gazetteer, country_areas_km2
from geo.geocoding import Geocoder, describe_failure
from geo.model import APPROXIMATE_PREFIX, APPROXIMATE_REASON, Place, Sentence
from geo.recognize import CUE_KINDS, MINOR_POPULATION, Candidate, Recognition, word_after
from geo.text import FoldedText, fold, is_arabic

_KIND_PRIOR = {"country": 10.5, "continent": 8.5, "landmark": 8.0}
_REGION_PRIOR = {"un:": 8.0, "alias:": 8.0, "adm1:US:": 7.5, "adm1:": 6.0, "adm2:": 5.0}
# News names capitals more than other towns their size; not the territories' tiny ones
# (Jamestown, Saint Helena: 629 people), which should not outweigh Jamestown, New York.
_CAPITAL_BONUS = 2.0
_CAPITAL_BONUS_POPULATION = 15_000
_SECONDARY_NAME_PENALTY = 1.5
_DOCUMENT_COUNTRY_BONUS = 3.5
_DOCUMENT_DIVISION_BONUS = 2.5
_SHARED_DIVISION_BONUS = 1.5
# Another name of the document with a place this close: Huntsville is the Huntsville by
# Walker County, Decatur the one by Avondale Estates. Points, not divisions, decide it.
_NEAR_KM = 40.0
_NEARBY_BONUS = 2.0
_MAX_NEARBY_BONUS = 4.0
_LOCAL_KINDS = ("city", "landmark")
# Names with more candidates than this say too little about where the document is.
_MAX_COHERENCE_CANDIDATES = 10
_QUALIFIER_BONUS = 20.0
_CUE_KIND_BONUS = 4.0
# Features that stretch over a region (a river, a mountain range): no one town stands for them.
_EXTENDED_FEATURE_CUES = frozenset("river mountains bay canyon".split())
# Words that put a spot in the place named next: "Main Street in Tulsa", مستشفى الملك خالد
# في تبوك, بمكة (the proclitic ب stands apart from the name's span).
_LOCATING_WORDS = frozenset(fold("في وفي ب in at near of").split())
# Words a spot's name may still have before its locating word (مستشفى الجامعة الأميركية في بيروت).
_MAX_WORDS_BEFORE_LOCATING = 2
_GAP_TOKEN_RE = re.compile(r"\w+|[،,]")
# A country no larger than a disc of 161 km radius (Lebanon, Kuwait, Qatar): its point is as
# good a guess for a spot in it as a town's point is for the town's surroundings.
_SMALL_COUNTRY_KM2 = math.pi * 161.0 ** 2
# Approximate places are guesses: below any gazetteer match, falling with the evidence.
_APPROXIMATE_CONFIDENCE = {"right after": 0.3, "sentence": 0.25, "document": 0.2, "country": 0.15}
_APPROXIMATE_REASON = {
    "right after": "named right after it",
    "sentence": "named in the same sentence",
    "document": "the place the document names most",
    "country": "the document's only country, a small one",
}
_SLUG_RE = re.compile(r"\W+")
# Cue words for a part of a town (حي المرج، منطقة القيروان): the part of a town the document
# is about, not a foreign town of the same name that nothing else in the document points at.
_DISTRICT_CUES = frozenset(fold("حي ضاحية منطقة").split())


@dataclass(frozen=True)
class Resolution:
    candidate: Candidate
    place: int | None
    confidence: float
    reason: str
    external: Place | None = None  # a place the online geocoder found, not in the gazetteer


@dataclass(frozen=True)
class DocumentContext:
    """What the document says about where it is: countries and divisions, with counts."""

    countries: Counter  # country code -> names and demonyms placing the document there
    divisions: Counter  # "CC:Division" -> names placing the document there
    contributed: dict[str, tuple[str, str]]  # name -> the (country, division) it added
    possible_divisions: Counter  # "CC:Division" -> summed chances that ambiguous names lie there
    possible: dict[str, set[str]]  # ambiguous name -> the divisions it may lie in
    nearby: dict[int, float]  # place of an ambiguous name -> evidence from names close to it


@dataclass(frozen=True)
class _Anchor:
    """A place the document names that an unknown spot may lie in."""

    start: int  # folded offsets of the naming mention
    end: int
    sentence: int
    place: int


class Resolver:
    def __init__(self, gazetteer: Gazetteer, *, geocoder: Geocoder | None = None):
        self.gazetteer = gazetteer
        self.geocoder = geocoder
        self._priors: dict[tuple[int, int], float] = {}  # a pure function of the gazetteer
        self._small_countries = frozenset(
            code for code, area in country_areas_km2().items() if 0 < area <= _SMALL_COUNTRY_KM2
        )

    def resolve(self, text: FoldedText, recognition: Recognition, sentences: list[Sentence]) -> list[Resolution]:
        """Two passes: the first decides with what the unambiguous names say, the second
        with the places the first pass chose for every name (Gainesville then Georgia).
        Then the names no source places get an approximate place from the others, in their
        sentence (``sentences`` of ``text.original``, as ``split_sentences`` gives them)."""
        folded = text.folded
        candidates = recognition.candidates
        qualifiers = {
            id(c): self._qualifier(folded, c, candidates[i + 1] if i + 1 < len(candidates) else None)
            for i, c in enumerate(candidates)
        }
        nearby = self._nearby(candidates)
        context = self._document_context(candidates, recognition.demonym_countries, nearby)
        kept, resolutions = [], []
        for candidate in candidates:
            if self._unsupported_small_place(candidate, qualifiers[id(candidate)], context):
                recognition.rejected.append((candidate, "a small town's name with nothing from its country in the document"))
            elif not candidate.entries:
                resolutions.append(self._outside_gazetteer(candidate, folded))
            else:
                kept.append(candidate)
        first = self._resolve_pass(kept, qualifiers, context)
        ambiguous = [c for c in kept if len(c.entries) > 1]
        if ambiguous:
            resolved_context = self._resolved_context(first, kept, recognition.demonym_countries, nearby)
            first = [r for r in first if len(r.candidate.entries) == 1]
            first += self._resolve_pass(ambiguous, qualifiers, resolved_context)
        resolutions = sorted(resolutions + first, key=lambda r: r.candidate.start)
        resolutions = self._local_districts(resolutions, recognition.demonym_countries)
        return self._with_approximate_places(text, resolutions, sentences)

    def _resolve_pass(self, candidates: list[Candidate], qualifiers: dict, context: DocumentContext) -> list[Resolution]:
        senses: dict[str, tuple[int, float, str]] = {}
        resolutions = []
        for candidate in sorted(candidates, key=lambda c: qualifiers[id(c)] is None):
            qualifier = qualifiers[id(candidate)]
            if qualifier is None and candidate.key in senses:
                place, confidence, reason = senses[candidate.key]
                resolutions.append(Resolution(candidate, place, confidence, reason + "; one sense per document"))
                continue
            place, confidence, reason = self._choose(candidate, qualifier, context)
            if qualifier is None:
                senses[candidate.key] = (place, confidence, reason)
            else:
                senses.setdefault(candidate.key, (place, confidence, reason))
            resolutions.append(Resolution(candidate, place, confidence, reason))
        return resolutions

    def _outside_gazetteer(self, candidate: Candidate, folded: str) -> Resolution:
        """A name a cue marks as a place that no gazetteer entry has: ask the geocoder, if any."""
        name = folded[candidate.start:candidate.end]
        if self.geocoder is None:
            return Resolution(candidate, None, 0.0, f"named as a place by '{candidate.cue}' but not in the gazetteer")
        try:
            place = self.geocoder.lookup(name)
        except GeocoderError as error:
            return Resolution(candidate, None, 0.0, "not in the gazetteer; " + describe_failure(error))
        if place is None:
            return Resolution(candidate, None, 0.0, "not in the gazetteer; the online geocoder knows no such place")
        return Resolution(candidate, None, 0.5, "online geocoder: not in the gazetteer", external=place)

    # -- approximate places ---------------------------------------------------------------

    def _local_districts(self, resolutions: list[Resolution], demonyms: list[str]) -> list[Resolution]:
        """A district's name resolved to a minor town abroad that no other name or demonym of
        the document points at, in a document whose places lie mostly in another country, is
        unplaced again (حي المرج in Cairo is not Al Marj in Libya), for an approximate place.
        Regions, seas and big cities abroad (المنطقة الشرقية، منطقة الخليج) keep their sense."""
        rows = self.gazetteer.place_rows
        kept = []
        for resolution in resolutions:
            place, key = resolution.place, resolution.candidate.key
            if place is not None and resolution.candidate.cue in _DISTRICT_CUES and self._minor_town(place):
                # What the document's other names and its demonyms say, not the district itself.
                others = Counter(rows[r.place][5] for r in resolutions if r.place is not None and r.candidate.key != key)
                majority = _majority(others + Counter(demonyms))
                if majority and rows[place][5] not in others and rows[place][5] not in demonyms:
                    resolution = Resolution(resolution.candidate, None, 0.0, f"a district's name in a document "
                                            f"about {majority}, not {rows[place][1]} abroad")
            kept.append(resolution)
        return kept

    def _minor_town(self, place: int) -> bool:
        row = self.gazetteer.place_rows[place]
        return row[4] == "city" and row[6] < MINOR_POPULATION and place not in self.gazetteer.capitals

    @staticmethod
    def _unplaced_spot(resolution: Resolution) -> bool:
        """A name no source placed that stands for one spot, not a stretch of land."""
        return (resolution.place is None and resolution.external is None
                and resolution.candidate.cue not in _EXTENDED_FEATURE_CUES)

    def _with_approximate_places(self, text: FoldedText, resolutions: list[Resolution],
                                 sentences: list[Sentence]) -> list[Resolution]:
        """Each unplaced spot at its best anchor; one name, one anchor per document (the
        best any of its mentions has)."""
        if not any(self._unplaced_spot(r) for r in resolutions):
            return resolutions
        sentence_starts = [text.to_folded(s.start) for s in sentences]
        anchors = self._anchors(resolutions, sentence_starts)
        best: dict[str, tuple[str, int]] = {}
        for resolution in resolutions:
            if self._unplaced_spot(resolution):
                found = self._anchor_for(text.folded, resolution.candidate, anchors, sentence_starts, resolutions)
                key = resolution.candidate.key
                if found and (key not in best or _rank(found) < _rank(best[key])):
                    best[key] = found
        return [
            self._approximate(text, r, *best[r.candidate.key])
            if self._unplaced_spot(r) and r.candidate.key in best else r
            for r in resolutions
        ]

    def _anchors(self, resolutions: list[Resolution], sentence_starts: list[int]) -> list[_Anchor]:
        """Towns, landmarks and divisions the document names, in the country most of its
        places lie in when one has the majority: a stray match abroad (a surname read as
        Prague) is no anchor for a Kuwaiti street."""
        rows = self.gazetteer.place_rows
        majority = _majority(Counter(rows[r.place][5] for r in resolutions if r.place is not None))
        return [
            _Anchor(r.candidate.start, r.candidate.end, _sentence_index(sentence_starts, r.candidate.start), r.place)
            for r in resolutions
            if r.place is not None and self._is_local(r.place) and (not majority or rows[r.place][5] == majority)
        ]

    def _is_local(self, place: int) -> bool:
        """A point a spot can lie by: a town, a landmark or a division, not a sea or a river."""
        place_id, kind = self.gazetteer.place_rows[place][0], self.gazetteer.place_rows[place][4]
        return kind == "city" or (kind == "landmark" and not place_id.startswith("alias:")) \
            or place_id.startswith(("adm1:", "adm2:"))

    def _anchor_for(self, folded: str, candidate: Candidate, anchors: list[_Anchor], sentence_starts: list[int],
                    resolutions: list[Resolution]) -> tuple[str, int] | None:
        """(how it was found, place) of the place an unknown spot is in, best evidence first."""
        sentence = _sentence_index(sentence_starts, candidate.start)
        in_sentence = [a for a in anchors if a.sentence == sentence]
        following = [a for a in in_sentence if a.start >= candidate.end]
        if following:
            after = min(following, key=lambda a: a.start)
            between = [r for r in resolutions if candidate.end <= r.candidate.start < after.start]
            if not between and _locates(folded[candidate.end:after.start]):
                return "right after", after.place
        if in_sentence:
            nearest = min(in_sentence, key=lambda a: a.start - candidate.end if a.start >= candidate.end
                          else candidate.start - a.end)
            return "sentence", nearest.place
        if anchors:
            counts = Counter(a.place for a in anchors)
            return "document", counts.most_common(1)[0][0]
        return self._small_country(resolutions)

    def _small_country(self, resolutions: list[Resolution]) -> tuple[str, int] | None:
        """The one country the document names, when it is small enough to stand for a spot."""
        rows = self.gazetteer.place_rows
        countries = {r.place for r in resolutions if r.place is not None and rows[r.place][4] == "country"}
        if len(countries) == 1:
            country = next(iter(countries))
            if rows[country][5] in self._small_countries:
                return "country", country
        return None

    def _approximate(self, text: FoldedText, resolution: Resolution, how: str, anchor: int) -> Resolution:
        """The spot as a place of its own at its anchor's point, so that it never merges with
        the anchor on a map or in a count."""
        candidate = resolution.candidate
        start, end = text.span_to_original(candidate.start, candidate.end)
        name = " ".join(text.original[start:end].replace("_", " ").replace("#", " ").split())
        row = self.gazetteer.place_rows[anchor]
        # A village or a province the cue names (قرية X، محافظة X) keeps that kind.
        cue_kind = CUE_KINDS.get(candidate.cue, "")
        place = Place(
            place_id=f"{APPROXIMATE_PREFIX}{row[0]}:{_SLUG_RE.sub('-', candidate.key).strip('-')}",
            name=name, lat=row[2], lon=row[3], kind=cue_kind if cue_kind in ("city", "region") else "landmark",
            country_code=row[5], name_ar=name if is_arabic(name) else "",
        )
        reason = f"{resolution.reason}; {APPROXIMATE_REASON}placed at {row[1]}, {_APPROXIMATE_REASON[how]}"
        return Resolution(candidate, None, _APPROXIMATE_CONFIDENCE[how], reason, external=place)

    def _unsupported_small_place(self, candidate: Candidate, qualifier, context: DocumentContext) -> bool:
        """A small town (or a division named as people are) with no cue, no qualifier and
        no compatriot in the document. In English text only outside the English-speaking
        world: local news names its own small towns bare, but "a 1995 Honda" is no town in
        Colombia, nor "the Obama administration" one in Japan."""
        if candidate.cue or qualifier or candidate.via != "gazetteer":
            return False
        home = self.gazetteer.english_speaking if candidate.key.isascii() else frozenset()
        own_country = context.contributed.get(candidate.key, ("", ""))[0]
        for place, _ in candidate.entries:
            row = self.gazetteer.place_rows[place]
            if not self._is_small_place(place, candidate.key) or row[5] in home:
                return False
            if context.countries[row[5]] - (own_country == row[5]) > 0:
                return False
        return True

    def _is_small_place(self, place: int, key: str) -> bool:
        """A town of fewer than MINOR_POPULATION that is no capital, or, in English text, a
        division abroad named as people are (Paul, Cape Verde: "Paul Mifsud said")."""
        row = self.gazetteer.place_rows[place]
        if row[4] == "city":
            return self._minor_town(place)
        return row[0].startswith("adm1:") and key.isascii() and key in self.gazetteer.first_names

    # -- context ------------------------------------------------------------------------

    def _document_context(self, candidates: list[Candidate], demonyms: list[str],
                          nearby: dict[int, float]) -> DocumentContext:
        """Countries and divisions the document is about, from its unambiguous names."""
        chosen = {}
        seen: dict[str, list] = {}
        for candidate in candidates:
            if not candidate.entries or seen.get(candidate.key) == candidate.entries:
                continue  # a name repeated with the same entries says nothing new
            seen[candidate.key] = candidate.entries
            best, flags = max(candidate.entries, key=lambda e: self._prior(*e))
            kind, place_id = self.gazetteer.place_rows[best][4], self.gazetteer.place_rows[best][0]
            countries = sum(self.gazetteer.place_rows[p][4] == "country" for p, _ in candidate.entries)
            # المملكة may be Saudi Arabia, Jordan or Morocco: a country only when it is one.
            unambiguous = len(candidate.entries) == 1 or place_id.startswith("adm1:") or (
                kind in ("country", "continent") and countries <= 1)
            if unambiguous and flags & PRIMARY:
                chosen[candidate.key] = best
        return self._context(chosen, candidates, demonyms, nearby)

    def _resolved_context(self, resolutions: list[Resolution], candidates: list[Candidate],
                          demonyms: list[str], nearby: dict[int, float]) -> DocumentContext:
        """Countries and divisions of the places a first pass chose."""
        return self._context({r.candidate.key: r.place for r in resolutions}, candidates, demonyms, nearby)

    def _context(self, chosen: dict[str, int], candidates: list[Candidate], demonyms: list[str],
                 nearby: dict[int, float]) -> DocumentContext:
        """Each distinct name counts once, so a repeated name cannot vouch for itself."""
        contributed = {
            key: (self.gazetteer.place_rows[place][5], self.gazetteer.admin1[place]) for key, place in chosen.items()
        }
        possible: dict[str, set[str]] = {}
        for candidate in candidates:
            if candidate.key not in possible and 1 < len(candidate.entries) <= _MAX_COHERENCE_CANDIDATES:
                possible[candidate.key] = {self.gazetteer.admin1[p] for p, _ in candidate.entries} - {""}
        return DocumentContext(
            countries=Counter(demonyms) + Counter(country for country, _ in contributed.values()),
            divisions=Counter(division for _, division in contributed.values() if division),
            contributed=contributed,
            possible_divisions=_division_odds(possible),
            possible=possible,
            nearby=nearby,
        )

    def _local_points(self, candidate: Candidate) -> list[tuple[int, float, float]]:
        """Places of a name that are points on a local map: towns, landmarks, counties."""
        rows = self.gazetteer.place_rows
        return [(place, rows[place][2], rows[place][3]) for place, _ in candidate.entries
                if rows[place][4] in _LOCAL_KINDS or rows[place][0].startswith("adm2:")]

    def _nearby(self, candidates: list[Candidate]) -> dict[int, float]:
        """For each place of an ambiguous name, the evidence of other names with a place
        within _NEAR_KM. An anchor's weight falls with its own ambiguity. Anchor points sit
        in a grid of _NEAR_KM cells, so each place looks at its nine cells only."""
        points: dict[str, list[tuple[int, float, float]]] = {}
        for candidate in candidates:
            if candidate.key not in points and candidate.entries:
                points[candidate.key] = self._local_points(candidate)
        grid: dict[tuple[int, int], list[tuple[str, int, float, float]]] = {}
        weights = {}
        for key, found in points.items():
            if 0 < len(found) <= _MAX_COHERENCE_CANDIDATES:
                weights[key] = _NEARBY_BONUS / math.sqrt(len(found))
                for place, lat, lon in found:
                    grid.setdefault(_cell(lat, lon), []).append((key, place, lat, lon))
        nearby: dict[int, float] = {}
        for key, found in points.items():
            if len(found) < 2:
                continue
            for place, lat, lon in found:
                row, column = _cell(lat, lon)
                near_keys = {
                    other_key
                    for dr in (-1, 0, 1) for dc in (-1, 0, 1)
                    for other_key, other_place, other_lat, other_lon in grid.get((row + dr, column + dc), ())
                    # Another name, and another place: a place listed under two keys
                    # (القاهرة, لقاهرة) cannot vouch for itself.
                    if other_key != key and other_place != place
                    and _within(lat, lon, other_lat, other_lon, _NEAR_KM)
                }
                evidence = sum(weights[other_key] for other_key in near_keys)
                if evidence:
                    nearby[place] = min(evidence, _MAX_NEARBY_BONUS)
        return nearby

    def _qualifier(self, folded: str, candidate: Candidate, following_candidate: Candidate | None) -> tuple[str, str] | None:
        """("country"|"division", code) named right after the candidate, if any."""
        following, gap = word_after(folded, candidate.end)
        if not gap.strip() and following:
            demonym = self.gazetteer.lookup(following)[2]
            if demonym:
                return ("country", demonym)
        other = following_candidate
        if other and other.start - candidate.end <= 3 and folded[candidate.end:other.start].strip() in (",", "،"):
            for place, _ in other.entries:
                row = self.gazetteer.place_rows[place]
                if row[0].startswith("adm1:"):
                    return ("division", self.gazetteer.admin1[place])
                if row[4] == "country":
                    return ("country", row[5])
        return None

    # -- scoring ------------------------------------------------------------------------

    def _prior(self, place: int, flags: int) -> float:
        """The place's score before any context; memoised, as the same few recur."""
        key = (place, flags & PRIMARY)
        prior = self._priors.get(key)
        if prior is None:
            prior = self._priors[key] = self._compute_prior(place, flags)
        return prior

    def _compute_prior(self, place: int, flags: int) -> float:
        row = self.gazetteer.place_rows[place]
        place_id, kind, population = row[0], row[4], row[6]
        if kind in _KIND_PRIOR:
            score = _KIND_PRIOR[kind]
        else:
            score = next((v for prefix, v in _REGION_PRIOR.items() if place_id.startswith(prefix)), None)
            if score is None:
                score = 2.0 + math.log10(population + 1) / 1.2
                if place in self.gazetteer.capitals and population >= _CAPITAL_BONUS_POPULATION:
                    score += _CAPITAL_BONUS
        if not flags & PRIMARY:
            score -= _SECONDARY_NAME_PENALTY
        return score

    def _score(self, place: int, flags: int, candidate: Candidate, qualifier,
               context: DocumentContext) -> tuple[float, list[str]]:
        row = self.gazetteer.place_rows[place]
        score, why = self._prior(place, flags), []
        division = self.gazetteer.admin1[place]
        if qualifier and (qualifier == ("country", row[5]) or qualifier == ("division", division)):
            score += _QUALIFIER_BONUS
            why.append("qualified by " + qualifier[1])
        own_country, own_division = context.contributed.get(candidate.key, ("", ""))
        if context.countries[row[5]] - (own_country == row[5]) > 0:
            score += _DOCUMENT_COUNTRY_BONUS
            why.append(f"document is about {row[5]}")
        if division and context.divisions[division] - (own_division == division) > 0:
            score += _DOCUMENT_DIVISION_BONUS
            why.append("document names " + division.split(":", 1)[1])
        elif division and (odds := context.possible_divisions[division]
                           - _odds(division, context.possible.get(candidate.key, ()))) > 1e-9:  # not a rounding error
            score += _SHARED_DIVISION_BONUS * min(odds, 1.0)
            why.append("another name may lie in " + division.split(":", 1)[1])
        if context.nearby.get(place):
            score += context.nearby[place]
            why.append(f"another name lies within {_NEAR_KM:.0f} km")
        cue_kind = CUE_KINDS.get(candidate.cue, "")
        if cue_kind and (cue_kind == row[4] or (cue_kind == "landmark" and row[4] == "city")):
            score += _CUE_KIND_BONUS
            why.append(f"cue word asks for a {cue_kind}")
        return score, why

    def _choose(self, candidate: Candidate, qualifier, context: DocumentContext) -> tuple[int | None, float, str]:
        scored = []
        for place, flags in candidate.entries:
            score, why = self._score(place, flags, candidate, qualifier, context)
            scored.append((score, place, why))
        scored.sort(key=lambda s: (-s[0], s[1]))
        best_score, best, why = scored[0]
        runner_up = scored[1][0] if len(scored) > 1 else best_score - 6.0
        confidence = 1.0 / (1.0 + math.exp(-(best_score - runner_up)))
        if candidate.via != "gazetteer":
            confidence *= 0.8
        row = self.gazetteer.place_rows[best]
        basis = f"{candidate.via}: {row[4]}"
        if len(scored) > 1:
            basis += f", best of {len(scored)} candidates"
        reason = "; ".join([basis] + why)
        return best, round(confidence, 3), reason


def _locates(gap: str) -> bool:
    """Does the text between a spot and the next place put the spot in it? Nothing but a
    hashtag sign (قرية X #تبوك), a comma (Main Street, Tulsa), or a locating word after at
    most two more words of the name; a cue word after it (في مدينة، بمحافظة) changes nothing."""
    tokens = _GAP_TOKEN_RE.findall(gap)
    if tokens and tokens[-1] in CUE_KINDS:
        tokens.pop()
    elif tokens and tokens[-1][:1] == "ب" and tokens[-1][1:] in CUE_KINDS:
        tokens[-1] = "ب"
    if len(tokens) <= 1 and set(tokens) <= {",", "،"}:
        return True
    return tokens[-1] in _LOCATING_WORDS and len(tokens) <= _MAX_WORDS_BEFORE_LOCATING + 1 \
        and not {",", "،"} & set(tokens)


def _odds(division: str, divisions: set[str]) -> float:
    """The chance that a name that may lie in any of ``divisions`` lies in ``division``."""
    return 1.0 / len(divisions) if division in divisions else 0.0


def _division_odds(possible: dict[str, set[str]]) -> Counter:
    """Division -> the summed chances that the ambiguous names lie there: Clinton, which may
    lie in any of four states, vouches for each of them a quarter as much as a name that can
    only lie in one."""
    odds = Counter()
    for divisions in possible.values():
        for division in divisions:
            odds[division] += _odds(division, divisions)
    return odds


def _majority(countries: Counter) -> str:
    """The country counted more often than any other, or "" when none is."""
    ranked = [(code, count) for code, count in countries.most_common(3) if code][:2]
    return ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else ""


def _rank(found: tuple[str, int]) -> int:
    """How good the evidence behind an anchor is: 0 is best."""
    return list(_APPROXIMATE_CONFIDENCE).index(found[0])


def _sentence_index(sentence_starts: list[int], offset: int) -> int:
    return bisect_right(sentence_starts, offset) - 1


def _cell(lat: float, lon: float) -> tuple[int, int]:
    """A grid cell about _NEAR_KM wide: longitude is scaled by the cosine of the latitude,
    as a degree of longitude shrinks toward the poles."""
    size = _NEAR_KM / 111.2
    return int(lat // size), int(lon * max(math.cos(math.radians(lat)), 0.1) // size)


def _within(lat: float, lon: float, other_lat: float, other_lon: float, km: float) -> bool:
    """An equirectangular estimate, exact enough at this scale (the 180° meridian is not
    handled: no two towns a name could mean straddle it)."""
    degrees = km / 111.2
    dlat, dlon = other_lat - lat, (other_lon - lon) * math.cos(math.radians(lat))
    return dlat * dlat + dlon * dlon < degrees * degrees
