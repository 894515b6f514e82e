"""How a place of a name is scored: its prior, then the points of each score term.

Every term is one function of the place (its index, row and division), the name, its
qualifier, the document's context and the weights, returning ``(points, why)``: no points
and an empty why when it does not apply. :data:`TERMS` is their order, which is the order
of the whys in a reason.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from geo.gazetteer import MINOR_POPULATION, PRIMARY, PlaceRow
from geo.lang.ar import DISTRICT_CUES
from geo.recognize import CUE_KINDS, Candidate
from geo.resolve.weights import Weights

if TYPE_CHECKING:
    from geo.resolve.context import DocumentContext

Qualifier = tuple[str, str] | None
Term = Callable[..., tuple[float, str]]
_NOTHING = (0.0, "")
_NO_CONTRIBUTION = ("", "")  # (country, division) of a name that chose no place


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
    """Another name or a demonym of the document lies in the place's country (not for a
    capital's namesake)."""
    if _names_country(context, candidate, row.country_code) \
            and not _capital_s_namesake(place, row, division, candidate, context):
        return weights.document_country_bonus, f"document is about {row.country_code}"
    return _NOTHING


def document_division(place: int, row: PlaceRow, division: str, candidate: Candidate, qualifier: Qualifier,
                      context: DocumentContext, weights: Weights) -> tuple[float, str]:
    """Another name of the document lies in the place's first-level division; else ambiguous
    names may lie there (Clinton, which may lie in four states, counts a quarter for each).
    Not for a place named as its own country (تونس): whatever lies in Tunis lies in Tunisia."""
    if place in context.country_namesakes:
        return _NOTHING
    return _division_points(context, candidate, division, "document", weights.document_division_bonus,
                            weights.shared_division_bonus)


def paragraph_country(place: int, row: PlaceRow, division: str, candidate: Candidate, qualifier: Qualifier,
                      context: DocumentContext, weights: Weights) -> tuple[float, str]:
    """Another name or a demonym of the mention's own paragraph lies in the place's country:
    more than the document's, which may name both senses' countries."""
    if context.paragraph is not None and _names_country(context.paragraph, candidate, row.country_code) \
            and not _capital_s_namesake(place, row, division, candidate, context):
        return weights.paragraph_country_bonus, f"paragraph is about {row.country_code}"
    return _NOTHING


def paragraph_division(place: int, row: PlaceRow, division: str, candidate: Candidate, qualifier: Qualifier,
                       context: DocumentContext, weights: Weights) -> tuple[float, str]:
    """Another name of the mention's own paragraph lies, or may lie, in the place's division."""
    if context.paragraph is None or place in context.country_namesakes:
        return _NOTHING
    return _division_points(context.paragraph, candidate, division, "paragraph", weights.paragraph_division_bonus,
                            weights.paragraph_shared_division_bonus)


def sentence_country(place: int, row: PlaceRow, division: str, candidate: Candidate, qualifier: Qualifier,
                     context: DocumentContext, weights: Weights) -> tuple[float, str]:
    """Another name or a demonym of the mention's own sentence lies in the place's country
    (طرابلس بشمال لبنان، عمان beside الحكومة الأردنية): more than its paragraph's and its
    document's together."""
    if context.sentence is not None and _names_country(context.sentence, candidate, row.country_code) \
            and not _capital_s_namesake(place, row, division, candidate, context):
        return weights.sentence_country_bonus, f"sentence is about {row.country_code}"
    return _NOTHING


def sentence_division(place: int, row: PlaceRow, division: str, candidate: Candidate, qualifier: Qualifier,
                      context: DocumentContext, weights: Weights) -> tuple[float, str]:
    """Another name of the mention's own sentence lies, or may lie, in the place's division
    ("In Georgia, officials in Athens closed schools": Athens, Georgia)."""
    if context.sentence is None or place in context.country_namesakes:
        return _NOTHING
    return _division_points(context.sentence, candidate, division, "sentence", weights.sentence_division_bonus,
                            weights.sentence_shared_division_bonus)


def _capital_s_namesake(place: int, row: PlaceRow, division: str, candidate: Candidate,
                        context: DocumentContext) -> bool:
    """Ottawa, Illinois in a story that names Canada and not Illinois: a minor town named like
    a capital whose country the document names, which its own country's name does not make
    the place meant (its division named, a qualifier or a name near it still can: "In Idaho,
    ... in Moscow")."""
    capitals = context.capitals_of.get(candidate.key)
    if not capitals or place in capitals or row.kind != "city" or row.population >= MINOR_POPULATION \
            or context.divisions.get(division):
        return False
    for country in capitals.values():  # a loop, no generator
        if _names_country(context, candidate, country):
            return True
    return False


def _names_country(context: DocumentContext, candidate: Candidate, country: str) -> bool:
    """Whether a name or a demonym of ``context``, other than the candidate's own name, lies in ``country``."""
    count = context.countries.get(country)
    # Most places' countries are named nowhere: the candidate's own contribution is read only when one is.
    return bool(count) and (count > 1 or context.contributed.get(candidate.key, _NO_CONTRIBUTION)[0] != country)


def _division_points(context: DocumentContext, candidate: Candidate, division: str, level: str, bonus: float,
                     shared_bonus: float) -> tuple[float, str]:
    """``bonus`` when another name of ``context`` lies in ``division``; else ``shared_bonus``
    times the summed chances that its ambiguous names lie there."""
    if not division:
        return _NOTHING
    # Most places' divisions are named nowhere, nor among ambiguous names' divisions: the
    # candidate's own contribution and odds are read only when they are.
    count = context.divisions.get(division)
    if count and (count > 1 or context.contributed.get(candidate.key, _NO_CONTRIBUTION)[1] != division):
        return bonus, f"{level} names " + division.split(":", 1)[1]
    shared = context.possible_divisions.get(division)
    if not shared:
        return _NOTHING
    odds = shared - odds_of(division, context.possible.get(candidate.key, ()))
    if odds > 1e-9:  # not a rounding error
        of_level = "" if level == "document" else f" of the {level}"
        return shared_bonus * min(odds, 1.0), f"another name{of_level} may lie in " + division.split(":", 1)[1]
    return _NOTHING


def nearby(place: int, row: PlaceRow, division: str, candidate: Candidate, qualifier: Qualifier,
           context: DocumentContext, weights: Weights) -> tuple[float, str]:
    """Another name of the document has a place within ``near_km`` of this one (not of a
    place named as its own country: تونس beside رادس is Tunisia as much as Tunis)."""
    points = context.nearby.get(place) if place not in context.country_namesakes else None
    if points:
        return points, f"another name lies within {weights.near_km:.0f} km"
    return _NOTHING


def cue_kind(place: int, row: PlaceRow, division: str, candidate: Candidate, qualifier: Qualifier,
             context: DocumentContext, weights: Weights) -> tuple[float, str]:
    """The cue word before the name asks for the place's kind (ولاية جورجيا: a state; سلطنة
    عمان: the country, whatever its sentence says of Jordan; مطار: a landmark, which a town's
    name also answers, in a country the document names if it names any). A district's cue
    word (منطقة، حي) asks less firmly: منطقة الرقة may be an area of a Kuwaiti town as well as a
    Syrian province."""
    kind = CUE_KINDS.get(candidate.cue, "")
    if kind == "landmark" and not _names_country(context, candidate, row.country_code) \
            and any(_names_country(context, candidate, country) for country in context.countries):
        # A landmark of a town whose country the document never names, though it names
        # others: مطار الجوف in a Saudi story is the region's airport, not Libya's town's.
        return _NOTHING
    if kind and (kind == row.kind or (kind == "landmark" and row.kind == "city")):
        bonus = weights.district_cue_bonus if candidate.cue in DISTRICT_CUES else weights.cue_kind_bonus
        return bonus, f"cue word asks for a {kind}"
    return _NOTHING


TERMS = (qualified, sentence_country, sentence_division, paragraph_country, paragraph_division, document_country,
         document_division, nearby, cue_kind)
# The terms of a mention's own paragraph and sentence: a mention they decide keeps its own sense.
LOCAL_TERMS = frozenset(("sentence_country", "sentence_division", "paragraph_country", "paragraph_division"))
# What a term needs of the mention before it can give any place points; the others need nothing.
_NEEDS = {qualified: "qualifier", sentence_country: "sentence", sentence_division: "sentence",
          paragraph_country: "paragraph", paragraph_division: "paragraph", nearby: "nearby", cue_kind: "cue"}


def terms_for(candidate: Candidate, qualifier: Qualifier, context: DocumentContext) -> tuple[tuple[str, Term], ...]:
    """(name, term) of the terms that may give a place of this mention points, in
    :data:`TERMS` order: the others would give every place none (no qualifier, no cue word,
    no sentence or paragraph of its own, no nearby names), so they are not asked place by place."""
    return _terms_given(qualifier is not None, bool(candidate.cue), context.sentence is not None,
                        context.paragraph is not None, bool(context.nearby))


@cache
def _terms_given(qualifier: bool, cue: bool, sentence: bool, paragraph: bool, near: bool) -> tuple:
    present = {"qualifier": qualifier, "cue": cue, "sentence": sentence, "paragraph": paragraph, "nearby": near}
    return tuple((term.__name__, term) for term in TERMS if term not in _NEEDS or present[_NEEDS[term]])


def odds_of(division: str, divisions) -> float:
    """The chance that a name that may lie in any of ``divisions`` lies in ``division``."""
    return 1.0 / len(divisions) if division in divisions else 0.0
