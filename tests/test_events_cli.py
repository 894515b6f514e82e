"""The command line for events, run as a subprocess: ``events``, the ``events`` field of ``parse``,
event gold in ``evaluate``, event detection in ``bench``."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from geo.events import DEFAULT_EVENT_RULES, EVENT_TYPES, POLARITIES, RECORD_FIELDS

from tests.test_cli import REPO, geo, texts_of  # the same subprocess runner as the other commands' tests

TEST_DATA = Path(__file__).resolve().parent / "data"
FOLDER = TEST_DATA / "geoparse"


def check(records, texts):
    assert records, "no events"
    for record in records:
        assert tuple(record) == RECORD_FIELDS
        text = texts[record["doc"]]
        assert text[record["start"]:record["end"]] == record["trigger"]
        assert record["sentence_start"] <= record["start"] < record["end"] <= record["sentence_end"]
        assert record["type"] in EVENT_TYPES and record["polarity"] in POLARITIES
        assert record["rule"] in {rule.name for rule in DEFAULT_EVENT_RULES}


@pytest.mark.parametrize("path", [FOLDER / "ar_news.txt", REPO / "seeds" / "en_floods_2024.md", FOLDER / "wire.jsonl",
                                  REPO / "seeds"])
def test_events_prints_one_json_line_per_trigger_with_its_offsets(path):
    result = geo("events", path)
    assert result.returncode == 0, result.stderr
    check([json.loads(line) for line in result.stdout.splitlines()], texts_of(path))


def test_events_to_a_csv_file(tmp_path):
    out = tmp_path / "events.csv"
    result = geo("events", REPO / "seeds", "--format", "csv", "-o", out)
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # a BOM, so spreadsheets read the Arabic
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert tuple(rows[0]) == RECORD_FIELDS
    texts = texts_of(REPO / "seeds")
    assert all(texts[r["doc"]][int(r["start"]):int(r["end"])] == r["trigger"] for r in rows)


def test_events_with_a_rule_switched_off(tmp_path):
    path = tmp_path / "riot.txt"
    path.write_text("Riot police lined the streets.\n", encoding="utf-8")
    assert geo("events", path).stdout == ""
    [record] = [json.loads(line) for line in geo("events", path, "--disable", "attribute").stdout.splitlines()]
    assert (record["type"], record["trigger"]) == ("riot", "Riot")


def test_events_refuses_an_unknown_rule_and_lists_the_rules():
    result = geo("events", FOLDER, "--disable", "polarity.typo")
    assert result.returncode == 2
    assert "no rule named 'polarity.typo'" in result.stderr
    listing = geo("events", "--list-rules").stdout.splitlines()
    assert [line.split()[0] for line in listing] == [rule.name for rule in DEFAULT_EVENT_RULES]


def test_parse_rows_carry_their_sentence_asserted_event_types(tmp_path):
    path = tmp_path / "news.txt"
    path.write_text("Police arrested five protesters in Cairo on Monday. The weather in Paris was mild.\n"
                    "No protests were reported in Lyon.\n", encoding="utf-8")
    result = geo("parse", path)
    assert result.returncode == 0, result.stderr
    events = {r["surface"]: r["events"] for r in map(json.loads, result.stdout.splitlines())}
    assert events == {"Cairo": ["protest", "arrest"], "Paris": [], "Lyon": []}


def test_parse_csv_joins_the_event_types(tmp_path):
    path = tmp_path / "news.txt"
    path.write_text("Police arrested five protesters in Cairo on Monday.\n", encoding="utf-8")
    out = tmp_path / "mentions.csv"
    assert geo("parse", path, "--format", "csv", "-o", out).returncode == 0
    [row] = csv.DictReader(io.StringIO(out.read_bytes().decode("utf-8-sig")))
    assert row["events"] == "protest;arrest"


def test_evaluate_recognises_an_event_gold_file():
    result = geo("evaluate", TEST_DATA / "events" / "dev.jsonl")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("dev.jsonl: ")
    assert lines[1].split(" | ")[:4] == ["| type", "gold", "precision", "recall"]
    assert any(line.startswith("| micro |") for line in lines)
    assert any(line.strip().startswith("[ar] micro") for line in lines)


def test_bench_reports_event_detection_beside_geoparse():
    result = geo("bench", FOLDER / "ar_news.txt", "--megabytes", "0.05", "--passes", "1")
    assert result.returncode == 0, result.stderr
    assert "  event detection      " in result.stdout and "x the geoparse time" in result.stdout
