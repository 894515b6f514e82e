"""Resolution: choose, for each recognised name, the place it means.

Each candidate place gets a prior from its kind and size, then evidence from the document:
a qualifier right after the name (Paris, Texas; طرابلس الليبية), the kind a cue word asks
for (ولاية جورجيا), countries the document names or implies with demonyms, the
countries and divisions of the other places it names, and their points within 40 km. One
name keeps one sense per document unless a qualifier says otherwise.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from geo.errors import GeocoderError
from geo.gazetteer import PRIMARY, Gazetteer
from geo.geocoding import Geocoder, describe_failure
from geo.model import Place
from geo.recognize import CUE_KINDS, MINOR_POPULATION, Candidate, Recognition, word_after

_KIND_PRIOR = {"country": 10.5, "continent": 8.5, "landmark": 8.0}
_REGION_PRIOR = {"un:": 8.0, "alias:": 8.0, "adm1:US:": 7.5, "adm1:": 6.0, "adm2:": 5.0}
_CAPITAL_BONUS = 2.0
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
    possible_divisions: Counter  # "CC:Division" -> ambiguous names that may lie there
    possible: dict[str, set[str]]  # ambiguous name -> the divisions it may lie in
    nearby: dict[int, float]  # place of an ambiguous name -> evidence from names close to it


class Resolver:
    def __init__(self, gazetteer: Gazetteer, *, geocoder: Geocoder | None = None):
        self.gazetteer = gazetteer
        self.geocoder = geocoder
        self._priors: dict[tuple[int, int], float] = {}  # a pure function of the gazetteer

    def resolve(self, folded: str, recognition: Recognition) -> list[Resolution]:
        """Two passes: the first decides with what the unambiguous names say, the second
        with the places the first pass chose for every name (Gainesville then Georgia)."""
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
        return sorted(resolutions + first, key=lambda r: r.candidate.start)

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

    def _unsupported_small_place(self, candidate: Candidate, qualifier, context: DocumentContext) -> bool:
        """Arabic text: a small foreign town with no cue, no qualifier and no compatriot."""
        if candidate.key.isascii() or candidate.cue or qualifier or candidate.via != "gazetteer":
            return False
        own_country = context.contributed.get(candidate.key, ("", ""))[0]
        for place, _ in candidate.entries:
            row = self.gazetteer.place_rows[place]
            if row[4] != "city" or row[6] >= MINOR_POPULATION or place in self.gazetteer.capitals:
                return False
            if context.countries[row[5]] - (own_country == row[5]) > 0:
                return False
        return True

    # -- context ------------------------------------------------------------------------

    def _document_context(self, candidates: list[Candidate], demonyms: list[str],
                          nearby: dict[int, float]) -> DocumentContext:
        """Countries and divisions the document is about, from its unambiguous names."""
        chosen = {}
        for candidate in candidates:
            if not candidate.entries:
                continue
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
            possible_divisions=Counter(d for divisions in possible.values() for d in divisions),
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
                if place in self.gazetteer.capitals:
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
        elif division and context.possible_divisions[division] - (division in context.possible.get(candidate.key, ())) > 0:
            score += _SHARED_DIVISION_BONUS
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
