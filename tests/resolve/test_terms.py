"""geo.resolve: the prior, the score terms and the weights, on the tiny gazetteer."""

from __future__ import annotations

import dataclasses
from collections import Counter

import pytest

from geo.model import Document
from geo.pipeline import Geoparser
from geo.recognize import Candidate
from geo.resolve import TERMS, DocumentContext, Resolver, Weights, prior
from geo.resolve.context import document_context
from geo.resolve.terms import terms_for


def index_of(gazetteer, place_id: str) -> int:
    return next(i for i, row in enumerate(gazetteer.place_rows) if row.place_id == place_id)


def context(**fields) -> DocumentContext:
    empty = dict(countries=Counter(), divisions=Counter(), contributed={}, possible_divisions=Counter(), possible={},
                 nearby={}, capitals_of={})
    return DocumentContext(**(empty | fields))


def test_every_weight_is_a_documented_number_with_the_measured_default():
    weights = Weights()
    assert all(isinstance(getattr(weights, f.name), (int, float)) for f in dataclasses.fields(weights))
    assert (weights.country_prior, weights.qualifier_bonus, weights.lone_margin, weights.near_km) == (10.5, 20.0, 6.0, 40.0)
    with pytest.raises(dataclasses.FrozenInstanceError):
        weights.country_prior = 1.0


@pytest.mark.parametrize(("place_id", "expected"), [
    ("cc:RU", 10.5), ("adm1:US:Texas", 7.5), ("adm2:US:Texas:Dallas County", 5.0),
    ("gn:moscow", 2.0 + 7.1003 / 1.2 + 2.0), ("gn:manning", 2.0 + 3.6022 / 1.2),
])
def test_the_prior_goes_by_kind_then_by_size(tiny_gazetteer, place_id, expected):
    place = index_of(tiny_gazetteer, place_id)
    score = prior(tiny_gazetteer.place_rows[place], 1, capital=place in tiny_gazetteer.capitals, weights=Weights())
    assert score == pytest.approx(expected, abs=1e-3)
    secondary = prior(tiny_gazetteer.place_rows[place], 0, capital=place in tiny_gazetteer.capitals, weights=Weights())
    assert score - secondary == pytest.approx(1.5)


@pytest.mark.parametrize(("term", "qualifier", "fields", "cue", "points", "why"), [
    ("qualified", ("country", "US"), {}, "", 20.0, "qualified by US"),
    ("document_country", None, {"countries": Counter({"US": 1})}, "", 3.5, "document is about US"),
    ("document_division", None, {"divisions": Counter({"US:Texas": 1})}, "", 2.5, "document names Texas"),
    ("document_division", None, {"possible_divisions": Counter({"US:Texas": 0.5})}, "", 0.75,
     "another name may lie in Texas"),
    ("nearby", None, {"nearby": {"PLACE": 2.0}}, "", 2.0, "another name lies within 40 km"),
    ("cue_kind", None, {}, "مدينه", 8.0, "cue word asks for a city"),
    ("cue_kind", None, {}, "منطقه", 0.0, ""),  # a town is no region
    ("cue_kind", None, {}, "مطار", 8.0, "cue word asks for a landmark"),  # a town's airport
    ("cue_kind", None, {"countries": Counter({"US": 1})}, "مطار", 8.0, "cue word asks for a landmark"),
    ("cue_kind", None, {"countries": Counter({"SA": 1})}, "مطار", 0.0, ""),  # the document names other countries
])
def test_each_term_gives_points_and_why_or_nothing(tiny_gazetteer, term, qualifier, fields, cue, points, why):
    function = next(each for each in TERMS if each.__name__ == term)
    place = index_of(tiny_gazetteer, "gn:dallas")
    row, division = tiny_gazetteer.place_rows[place], tiny_gazetteer.admin1[place]
    fields = {k: ({place: v["PLACE"]} if k == "nearby" else v) for k, v in fields.items()}
    candidate = Candidate(0, 6, "dallas", ((place, 1),), cue=cue)
    assert function(place, row, division, candidate, qualifier, context(**fields), Weights()) == pytest.approx((points, why))
    assert function(place, row, division, Candidate(0, 6, "dallas", ((place, 1),)), None, context(), Weights()) == (0.0, "")


@pytest.mark.parametrize(("absent", "left_out"), [
    ("qualifier", {"qualified"}), ("cue", {"cue_kind"}), ("sentence", {"sentence_country", "sentence_division"}),
    ("paragraph", {"paragraph_country", "paragraph_division"}), ("nearby", {"nearby"}),
])
def test_a_term_is_left_out_only_when_it_gives_no_place_points(tiny_gazetteer, absent, left_out):
    rows = tiny_gazetteer.place_rows
    everywhere = {"countries": Counter(row.country_code for row in rows), "divisions": Counter(tiny_gazetteer.admin1)}
    local = context(**everywhere)
    around = context(**everywhere, nearby={} if absent == "nearby" else {p: 1.0 for p in range(len(rows))},
                     sentence=None if absent == "sentence" else local,
                     paragraph=None if absent == "paragraph" else local)
    qualifier = None if absent == "qualifier" else ("country", "US")
    candidate = Candidate(0, 6, "dallas", tuple((p, 1) for p in range(len(rows))), cue="" if absent == "cue" else "مدينه")
    kept = {name for name, _ in terms_for(candidate, qualifier, around)}
    assert {term.__name__ for term in TERMS} - kept == left_out
    for term in TERMS:
        points = [term(p, rows[p], tiny_gazetteer.admin1[p], candidate, qualifier, around, Weights())[0]
                  for p in range(len(rows))]
        assert any(points) == (term.__name__ in kept)


def test_weights_passed_to_the_resolver_change_its_choice(tiny_gazetteer):
    def place_of(weights):
        geoparser = Geoparser(tiny_gazetteer, weights=weights)
        (mention,) = geoparser.parse(Document(id="t", text="زار ولاية جورجيا"))
        return mention.place.place_id, mention.evidence.terms

    assert place_of(Weights()) == ("adm1:US:Georgia", ("cue_kind",))
    assert place_of(Weights(cue_kind_bonus=0.0)) == ("cc:GE", ())


def test_the_resolver_records_the_terms_behind_each_choice(tiny_gazetteer):
    mentions = Geoparser(tiny_gazetteer).parse(Document(id="t", text="Officials in Tulsa, Okla. met."))
    assert [m.evidence.terms for m in mentions] == [("qualified", "document_country", "document_division"),
                                                    ("document_country", "document_division")]
    assert Resolver(tiny_gazetteer).weights == Weights()


@pytest.mark.parametrize(("term", "fields", "points"), [
    ("document_division", {"divisions": Counter({"US:Texas": 1})}, 2.5),
    ("nearby", {"nearby": {"PLACE": 2.0}}, 2.0),
])
def test_a_place_named_as_its_own_country_gets_no_points_from_what_lies_in_or_near_it(tiny_gazetteer, term, fields,
                                                                                       points):
    # تونس beside رادس: what lies in or near Tunis lies in Tunisia too, and tells the two nothing.
    function = next(each for each in TERMS if each.__name__ == term)
    place = index_of(tiny_gazetteer, "gn:dallas")
    row, division = tiny_gazetteer.place_rows[place], tiny_gazetteer.admin1[place]
    fields = {k: ({place: v["PLACE"]} if k == "nearby" else v) for k, v in fields.items()}
    candidate = Candidate(0, 6, "dallas", ((place, 1),))
    assert function(place, row, division, candidate, None, context(**fields), Weights())[0] == pytest.approx(points)
    namesake = context(**fields, country_namesakes=frozenset({place}))
    assert function(place, row, division, candidate, None, namesake, Weights()) == (0.0, "")


def test_a_capital_named_as_its_own_country_is_its_namesake_in_the_context(tiny_gazetteer):
    # تونس: Tunisia and Tunis. (Made up here with the tiny gazetteer's Russia and its capital.)
    russia, moscow, tunis = (index_of(tiny_gazetteer, place_id) for place_id in ("cc:RU", "gn:moscow", "gn:tunis"))
    named_alike = Candidate(0, 5, "روسيا", ((russia, 1), (moscow, 1)))
    assert document_context(tiny_gazetteer, {}, [named_alike], [], {}, Weights()).country_namesakes == {moscow}
    no_country = Candidate(0, 5, "موسكو", ((moscow, 1), (tunis, 1)))
    assert document_context(tiny_gazetteer, {}, [no_country], [], {}, Weights()).country_namesakes == frozenset()
