"""How a place of a name is scored: its prior, then the points of each score term.

Every term is one function of the place (its index, row and division), the name, its
qualifier, the document's context and the weights, returning ``(points, why)``: no points
and an empty why when it does not apply. :data:`TERMS` is their order, which is the order
of the whys in a reason.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from geo.gazetteer import PRIMARY, PlaceRow
from geo.recognize import CUE_KINDS, Candidate
from geo.resolve.weights import Weights

if TYPE_CHECKING:
    from geo.resolve.context import DocumentContext

Qualifier = tuple[str, str] | None
_NOTHING = (0.0, "")


def prior(row: PlaceRow, flags: int, *, capital: bool, weights: Weights) -> float:
    """A place's score before any context: by kind (countries first), by the prefix of its id
    for divisions and curated places, else by the size of the town, with a bonus for a
    capital; less for a name that is no primary one."""
    kind, place_id = row.kind, row.place_id
    if kind == "country":
        score = weights.country_prior
    elif kind == "continent":
        score = weights.continent_prior
    elif kind == "landmark":
        score = weights.landmark_prior
    elif place_id.startswith("un:"):
        score = weights.world_region_prior
    elif place_id.startswith("alias:"):
        score = weights.curated_prior
    elif place_id.startswith("adm1:US:"):
        score = weights.us_state_prior
    elif place_id.startswith("adm1:"):
        score = weights.division_prior
    elif place_id.startswith("adm2:"):
        score = weights.county_prior
    else:
        score = weights.town_prior + math.log10(row.population + 1) / weights.town_population_scale
        if capital and row.population >= weights.capital_bonus_population:
            score += weights.capital_bonus
    if not flags & PRIMARY:
        score -= weights.secondary_name_penalty
    return score


def qualified(place: int, row: PlaceRow, division: str, candidate: Candidate, qualifier: Qualifier,
              context: DocumentContext, weights: Weights) -> tuple[float, str]:
    """Paris, Texas; طرابلس الليبية: the qualifier after the name names the place's country or division."""
    if qualifier and (qualifier == ("country", row.country_code) or qualifier == ("division", division)):
        return weights.qualifier_bonus, "qualified by " + qualifier[1]
    return _NOTHING


def document_country(place: int, row: PlaceRow, division: str, candidate: Candidate, qualifier: Qualifier,
                     context: DocumentContext, weights: Weights) -> tuple[float, str]:
    """Another name or a demonym of the document lies in the place's country."""
    own_country = context.contributed.get(candidate.key, ("", ""))[0]
    if context.countries.get(row.country_code, 0) - (own_country == row.country_code) > 0:
        return weights.document_country_bonus, f"document is about {row.country_code}"
    return _NOTHING


def document_division(place: int, row: PlaceRow, division: str, candidate: Candidate, qualifier: Qualifier,
                      context: DocumentContext, weights: Weights) -> tuple[float, str]:
    """Another name of the document lies in the place's first-level division; else ambiguous
    names may lie there (Clinton, which may lie in four states, counts a quarter for each)."""
    if not division:
        return _NOTHING
    own_division = context.contributed.get(candidate.key, ("", ""))[1]
    if context.divisions.get(division, 0) - (own_division == division) > 0:
        return weights.document_division_bonus, "document names " + division.split(":", 1)[1]
    odds = context.possible_divisions.get(division, 0) - odds_of(division, context.possible.get(candidate.key, ()))
    if odds > 1e-9:  # not a rounding error
        return weights.shared_division_bonus * min(odds, 1.0), "another name may lie in " + division.split(":", 1)[1]
    return _NOTHING


def nearby(place: int, row: PlaceRow, division: str, candidate: Candidate, qualifier: Qualifier,
           context: DocumentContext, weights: Weights) -> tuple[float, str]:
    """Another name of the document has a place within ``near_km`` of this one."""
    points = context.nearby.get(place)
    if points:
        return points, f"another name lies within {weights.near_km:.0f} km"
    return _NOTHING


def cue_kind(place: int, row: PlaceRow, division: str, candidate: Candidate, qualifier: Qualifier,
             context: DocumentContext, weights: Weights) -> tuple[float, str]:
    """The cue word before the name asks for the place's kind (ولاية جورجيا: a state; مطار:
    a landmark, which a town's name also answers)."""
    kind = CUE_KINDS.get(candidate.cue, "")
    if kind and (kind == row.kind or (kind == "landmark" and row.kind == "city")):
        return weights.cue_kind_bonus, f"cue word asks for a {kind}"
    return _NOTHING


TERMS = (qualified, document_country, document_division, nearby, cue_kind)


def odds_of(division: str, divisions) -> float:
    """The chance that a name that may lie in any of ``divisions`` lies in ``division``."""
    return 1.0 / len(divisions) if division in divisions else 0.0
