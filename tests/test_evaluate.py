"""geo.evaluate: overlap matching, P/R/F1, Acc@161, reading gold files."""

from __future__ import annotations

import json

from pathlib import Path

import pytest

from geo.errors import CorpusError
from geo.evaluate import GoldDocument, GoldSpan, Score, evaluate, format_table, read_gold, score_document
from geo.model import Document, Mention, Place, Sentence

TEST_DATA = Path(__file__).resolve().parent / "data"


GOLD = TEST_DATA / "gold" / "mini_gold.jsonl"
NO_SENTENCE = Sentence(0, 0, "")
MOSCOW = Place("gn:524901", "Moscow", 55.75222, 37.61556, "city", "RU")
PARIS_TX = Place("gn:4717560", "Paris", 33.66094, -95.55551, "city", "US")


def mention(start, end, place=None, surface="x"):
    return Mention(doc="d", start=start, end=end, surface=surface, sentence=NO_SENTENCE, place=place,
                   confidence=0.9 if place else 0.0, reason="test")


def gold(*spans):
    return GoldDocument(Document(id="d", text="x" * 100), tuple(spans))


def span(start, end, lat=None, lon=None, surface="g"):
    return GoldSpan(start, end, surface, lat, lon)


# --- scoring ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("gold_spans", "predicted", "matched", "precision", "recall"),
    [
        ([span(0, 5)], [mention(0, 5)], 1, 1.0, 1.0),  # exact
        ([span(0, 5)], [mention(4, 9)], 1, 1.0, 1.0),  # one shared character is a match
        ([span(0, 5)], [mention(5, 9)], 0, 0.0, 0.0),  # touching is not
        ([span(0, 5)], [], 0, 0.0, 0.0),
        ([], [mention(0, 5)], 0, 0.0, 0.0),
        ([span(0, 10)], [mention(0, 4), mention(5, 9)], 1, 0.5, 1.0),  # each prediction used once
        ([span(0, 4), span(5, 9)], [mention(0, 9)], 1, 1.0, 0.5),  # each gold used once
        ([span(0, 5), span(10, 15), span(20, 25)], [mention(0, 5), mention(10, 15), mention(30, 35)], 2, 2 / 3, 2 / 3),
    ],
)
def test_overlap_matching(gold_spans, predicted, matched, precision, recall):
    score = Score("t")
    score_document(score, gold(*gold_spans), predicted)
    assert (score.gold, score.predicted, score.matched) == (len(gold_spans), len(predicted), matched)
    assert score.precision == pytest.approx(precision)
    assert score.recall == pytest.approx(recall)
    expected_f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    assert score.f1 == pytest.approx(expected_f1)
    assert len(score.misses) == len(gold_spans) - matched
    assert len(score.false_places) == len(predicted) - matched


def test_resolution_errors_and_acc161():
    score = Score("t")
    score_document(score, gold(span(0, 6, 55.75, 37.62), span(10, 15, 48.85, 2.35), span(20, 25, 1.0, 1.0),
                               span(30, 35)),
                   [mention(0, 6, MOSCOW), mention(10, 15, PARIS_TX), mention(20, 25), mention(30, 35, MOSCOW)])
    assert score.matched == 4
    # Moscow: ~0 km; Paris, Texas for Paris, France: ~7,900 km; unresolved: counts against Acc@161;
    # gold without coordinates: not scored for resolution
    assert len(score.errors_km) == 2 and score.unresolved_matches == 1
    assert score.errors_km[0] < 1
    assert score.errors_km[1] == pytest.approx(7900, rel=0.05)
    assert score.acc161 == pytest.approx(1 / 3)
    assert score.median_km == pytest.approx(sum(score.errors_km) / 2)
    row = score.row()
    assert (row["pairs"], row["unlocated"], row["acc161"], row["acc161_located"]) == (3, 1, 0.333, 0.5)


def test_empty_score():
    score = Score("empty")
    assert (score.precision, score.recall, score.f1) == (0.0, 0.0, 0.0)
    assert score.acc161 is None and score.acc161_located is None and score.median_km is None
    assert score.row()["median_km"] is None


def test_format_table():
    table = format_table([{"corpus": "a", "f1": 0.5, "acc161": None}, {"corpus": "b", "f1": 1.0, "acc161": 0.9}])
    assert table.splitlines() == ["| corpus | f1 | acc161 |", "|---|---|---|", "| a | 0.5 |  |", "| b | 1.0 | 0.9 |"]
    assert format_table([]) == ""


# --- gold files ------------------------------------------------------------------------------


def test_read_gold_fixture():
    documents = list(read_gold(GOLD))
    assert [d.document.id for d in documents] == ["g-en-1", "g-ar-1", "g-en-2"]
    assert [d.document.lang for d in documents] == ["en", "ar", "en"]
    for document in documents:
        for place in document.places:
            assert document.document.text[place.start:place.end] == place.surface


@pytest.mark.parametrize(
    ("lines", "line_number"),
    [
        (['{"id": "a", "text": "Moscow", "places": []}', "not json"], 2),
        (['{"text": "no id"}'], 1),
        (['{"id": "a", "text": "x", "places": [{"start": 0}]}'], 1),
        (['["a", "list"]'], 1),
    ],
)
def test_bad_gold_names_file_and_line(tmp_path, lines, line_number):
    path = tmp_path / "bad_gold.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(CorpusError) as caught:
        list(read_gold(path))
    assert caught.value.line == line_number
    assert str(path) in str(caught.value) and f":{line_number}:" in str(caught.value)


def test_blank_lines_in_gold_are_skipped(tmp_path):
    path = tmp_path / "gold.jsonl"
    record = {"id": "a", "text": "Moscow", "places": [{"start": 0, "end": 6, "surface": "Moscow"}]}
    path.write_text("\n" + json.dumps(record) + "\n\n", encoding="utf-8")
    assert [d.document.id for d in read_gold(path)] == ["a"]


def test_evaluate_fixture(geoparser):
    score = evaluate(geoparser, GOLD)
    assert (score.documents, score.gold, score.predicted, score.matched) == (3, 6, 5, 5)
    assert score.precision == 1.0
    assert score.recall == pytest.approx(5 / 6)
    assert score.f1 == pytest.approx(10 / 11)
    assert score.misses == [("g-en-2", "Old Mill")]
    assert score.acc161 == 1.0


def test_evaluate_limit(geoparser):
    score = evaluate(geoparser, GOLD, limit=1)
    assert score.documents == 1 and score.gold == 2


# --- Acc@161 with countries and divisions by identity ------------------------------------------


AUSTRALIA = Place("cc:AU", "Australia", -25.6, 134.4, "country", "AU")
SAUDI_ARABIA = Place("cc:SA", "Saudi Arabia", 24.1, 44.5, "country", "SA")
RIYADH_REGION = Place("adm1:SA:Ar Riyad", "Ar Riyad", 23.0, 45.5, "region", "SA")
TEXAS = Place("adm1:US:Texas", "Texas", 31.2, -99.3, "region", "US")


@pytest.fixture(scope="module")
def regions():
    from geo.evaluate import GoldRegions

    return GoldRegions()


@pytest.mark.parametrize(
    ("gold_span", "place", "strict", "by_identity"),
    [
        # OpenStreetMap's node for Saudi Arabia lies near Riyadh, about 300 km from the point used here.
        (span(0, 6, 24.69, 46.72), SAUDI_ARABIA, 0.0, 1.0),
        # GeoNames puts Australia at its point; the gold's geonameid says it is the country.
        (GoldSpan(0, 6, "g", -25.0, 135.0, 2077456), AUSTRALIA, 1.0, 1.0),
        (GoldSpan(0, 6, "g", -35.28, 149.13, 2077456), AUSTRALIA, 0.0, 1.0),
        (span(0, 6, -33.87, 151.21), SAUDI_ARABIA, 0.0, 0.0),  # Sydney is no Saudi place
        (span(0, 6, 24.69, 46.72), RIYADH_REGION, 0.0, 1.0),  # Riyadh lies in its region
        (span(0, 6, 26.43, 50.10), RIYADH_REGION, 0.0, 0.0),  # Dammam does not
        (span(0, 6, 29.76, -95.37), TEXAS, 0.0, 1.0),  # Houston
        (span(0, 6, 33.66, -95.56), TEXAS, 0.0, 1.0),  # Paris, Texas
        (span(0, 6, 48.85, 2.35), TEXAS, 0.0, 0.0),  # Paris, France
        (span(0, 6, 48.85, 2.35), PARIS_TX, 0.0, 0.0),  # a town is right only within 161 km
        (span(0, 6, 55.75, 37.62), MOSCOW, 1.0, 1.0),
    ],
)
def test_acc161_by_identity_counts_the_golds_own_country_or_division(regions, gold_span, place, strict, by_identity):
    score = Score("t")
    score_document(score, gold(gold_span), [mention(0, 6, place)], regions)
    assert (score.acc161, score.acc161_identity) == (strict, by_identity)
    assert score.row()["acc161_identity"] == by_identity


def test_acc161_by_identity_is_strict_without_regions():
    score = Score("t")
    score_document(score, gold(span(0, 6, 24.69, 46.72), span(10, 15, 1.0, 1.0)),
                   [mention(0, 6, SAUDI_ARABIA), mention(10, 15)])
    assert score.acc161 == score.acc161_identity == 0.0


def test_gold_geonameid_is_read(tmp_path):
    path = tmp_path / "gold.jsonl"
    record = {"id": "a", "text": "Australia", "places": [
        {"start": 0, "end": 9, "surface": "Australia", "lat": -25.0, "lon": 135.0, "geonameid": 2077456}]}
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert next(read_gold(path)).places[0].geonameid == 2077456


def test_evaluate_reports_both_figures(geoparser):
    row = evaluate(geoparser, GOLD).row()
    assert list(row)[-1] == "acc161_identity" and row["acc161_identity"] >= row["acc161"]
