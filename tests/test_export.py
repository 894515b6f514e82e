"""Per-place table, CSV safety and encoding, GeoJSON shape, and the CLI writer."""

from __future__ import annotations

import csv
import io
import json

import pandas as pd
import pytest

from geo.export import (
    MENTION_COLUMNS,
    PLACE_COLUMNS,
    mentions_frame,
    places_frame,
    to_csv,
    to_geojson_mentions,
    to_geojson_places,
    write_mentions,
)

CAIRO = {"name": "Cairo", "place_id": "gn:360630", "lat": 30.06, "lon": 31.25, "country_code": "EG", "country": "Egypt", "kind": "city"}
GAZA = {"name": "Gaza", "place_id": "gn:281133", "lat": 31.5, "lon": 34.47, "country_code": "PS", "country": "Palestine", "kind": "city"}
NOWHERE = dict.fromkeys(CAIRO)


def mention(doc: str, surface: str, place: dict, start: int = 0, **extra) -> dict:
    return {
        "doc": doc, "title": f"title {doc}", "date": "2024-01-01", "url": "", "lang": "ar" if surface[0] > "z" else "en",
        "sentence": f"{surface} today.", "sentence_start": 0, "start": start, "end": start + len(surface),
        "surface": surface, **place, "confidence": 0.9, "reason": "test", "resolved": place["place_id"] is not None,
        **extra,
    }  # fmt: skip


@pytest.fixture
def mentions() -> pd.DataFrame:
    return mentions_frame(
        [
            mention("d1", "القاهرة", CAIRO),
            mention("d1", "Cairo", CAIRO, 20),
            mention("d2", "القاهرة", CAIRO, 5),
            mention("d2", "غزة", GAZA),
            mention("d3", "Atlantis", NOWHERE),
        ]
    )


def test_places_frame_counts_mentions_and_documents(mentions):
    places = places_frame(mentions)
    assert list(places.columns) == list(PLACE_COLUMNS)
    assert places.to_dict("records") == [
        {**CAIRO, "surfaces": "القاهرة / Cairo", "mentions": 3, "documents": 2},
        {**GAZA, "surfaces": "غزة", "mentions": 1, "documents": 1},
    ]


def test_places_frame_lists_surfaces_most_frequent_first_then_in_text_order():
    frame = mentions_frame([
        mention("d1", "القاهرة", CAIRO), mention("d1", "Cairo", CAIRO, 10),
        mention("d2", "Al-Qahira", CAIRO), mention("d2", "Cairo", CAIRO, 30),
    ])
    assert places_frame(frame)["surfaces"].tolist() == ["Cairo / Al-Qahira / القاهرة"]


@pytest.mark.parametrize("frame", [pd.DataFrame(), pd.DataFrame(columns=list(MENTION_COLUMNS)), mentions_frame([])])
def test_places_frame_of_no_mentions_has_the_columns(frame):
    places = places_frame(frame)
    assert places.empty
    assert list(places.columns) == list(PLACE_COLUMNS)


def test_places_frame_is_fast_on_many_mentions():
    rows = [mention(f"d{i % 500}", f"Place{i % 2000}", {**CAIRO, "place_id": f"gn:{i % 2000}"}, i) for i in range(100_000)]
    places = places_frame(mentions_frame(rows))
    assert len(places) == 2000
    assert places["mentions"].sum() == 100_000


@pytest.mark.parametrize(
    ("cell", "written"),
    [
        ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
        ("+1", "'+1"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("\r=1", "'\r=1"),
        ("القاهرة", "القاهرة"),
        ("Cairo = capital", "Cairo = capital"),
    ],
)
def test_to_csv_defuses_formulas_in_text_cells(cell, written):
    data = to_csv(pd.DataFrame({"surface": [cell], "lon": [-3.5]}))
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows == [{"surface": written, "lon": "-3.5"}]


def test_to_csv_is_utf8_with_bom_and_round_trips_arabic(mentions):
    data = to_csv(mentions)
    assert data.startswith(b"\xef\xbb\xbf")
    back = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig")
    assert back["surface"].tolist() == mentions["surface"].tolist()
    assert list(back.columns) == list(MENTION_COLUMNS)


def test_geojson_places_has_one_point_per_place_with_its_mentions(mentions):
    collection = json.loads(to_geojson_places(mentions))
    assert collection["type"] == "FeatureCollection"
    cairo, gaza = collection["features"]
    assert cairo["geometry"] == {"type": "Point", "coordinates": [31.25, 30.06]}
    properties = cairo["properties"]
    assert (properties["name"], properties["place_id"], properties["kind"]) == ("Cairo", "gn:360630", "city")
    assert (properties["mention_count"], properties["document_count"]) == (3, 2)
    assert properties["mentions"][1] == {"doc": "d1", "surface": "Cairo", "start": 20, "end": 25, "sentence": "Cairo today."}
    assert gaza["properties"]["mentions"][0]["surface"] == "غزة"


def test_geojson_is_plain_utf8_json_without_nan(mentions):
    text = to_geojson_places(mentions.assign(country=None))
    assert "القاهرة" in text and "NaN" not in text
    assert json.loads(text)["features"][0]["properties"]["country"] is None


def test_geojson_mentions_has_one_point_per_resolved_mention(mentions):
    features = json.loads(to_geojson_mentions(mentions))["features"]
    assert [feature["properties"]["surface"] for feature in features] == ["القاهرة", "Cairo", "القاهرة", "غزة"]
    assert features[3]["geometry"]["coordinates"] == [34.47, 31.5]
    assert "lat" not in features[0]["properties"]


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "geojson", "geojson-mentions"])
def test_write_mentions_every_format(fmt):
    records = [mention("d1", "غزة", GAZA), mention("d1", "Atlantis", NOWHERE, 9)]
    out = io.BytesIO()
    write_mentions(iter(records), fmt, out)
    data = out.getvalue()
    if fmt == "jsonl":
        lines = data.decode("utf-8").splitlines()
        assert [json.loads(line) for line in lines] == records
        assert "غزة" in lines[0]
    elif fmt == "csv":
        assert len(pd.read_csv(io.BytesIO(data), encoding="utf-8-sig")) == 2
    else:
        assert len(json.loads(data)["features"]) == 1


def test_write_mentions_refuses_an_unknown_format():
    with pytest.raises(ValueError, match="'xml'"):
        write_mentions([], "xml", io.BytesIO())


def test_mentions_frame_from_model_records_derives_resolved():
    frame = mentions_frame([{"doc": "d", "surface": "Gaza", "place_id": "gn:1", "lat": 1.0, "lon": 2.0}])
    assert list(frame.columns) == list(MENTION_COLUMNS)
    assert frame["resolved"].tolist() == [True]
    assert places_frame(frame)["mentions"].tolist() == [1]
