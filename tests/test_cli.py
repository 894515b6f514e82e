"""The command line, run as a subprocess: ``python -m geo parse|evaluate|build-index|bench``."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

from pathlib import Path

import pytest

from geo.corpus import load_corpus
from geo.model import KINDS

REPO = Path(__file__).resolve().parent.parent
TEST_DATA = Path(__file__).resolve().parent / "data"


FOLDER = TEST_DATA / "geoparse"
GOLD = TEST_DATA / "gold" / "mini_gold.jsonl"
FIELDS = ("doc", "sentence", "start", "end", "surface", "name", "place_id", "lat", "lon", "country_code", "kind")
PYTHON = REPO / ".venv" / "bin" / "python"


@pytest.fixture(scope="module", autouse=True)
def index_ready(geoparser):
    """Build (or load) the shared index before the first subprocess needs it."""
    return geoparser


def geo(*args, timeout=180):
    python = PYTHON if PYTHON.exists() else sys.executable
    return subprocess.run(
        [str(python), "-m", "geo", "--cache-dir", str(REPO / "cache"), *map(str, args)],
        cwd=REPO, capture_output=True, text=True, encoding="utf-8", timeout=timeout,
    )


def texts_of(*paths):
    return {d.id: d.text for d in load_corpus(list(paths)).documents}


def jsonl_records(stdout: str) -> list[dict]:
    lines = stdout.splitlines()
    assert lines, "no output"
    return [json.loads(line) for line in lines]


def check_records(records, texts):
    for record in records:
        for field in FIELDS:
            assert field in record, (field, record)
        assert record["kind"] in KINDS
        assert texts[record["doc"]][record["start"]:record["end"]] == record["surface"]
        assert record["surface"] in record["sentence"]
        assert isinstance(record["lat"], float) and isinstance(record["lon"], float)


def places(records, doc):
    return [(r["surface"], r["place_id"]) for r in records if r["doc"] == doc]


# --- parse -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("ar_news.txt", [("القاهرة", "gn:360630"), ("أكتوبي", "gn:610611"), ("موسكو", "gn:524901"),
                         ("كازاخستان", "cc:KZ"), ("روسيا البيضاء", "cc:BY"), ("ألما أتا", "gn:1526384"),
                         ("مانجيستاو", "adm1:KZ:Mangghystau")]),
        ("en_news.txt", [("Paris", "gn:4717560"), ("Texas", "adm1:US:Texas"), ("Almaty", "gn:1526384"),
                         ("White House", "alias:white-house"), ("Reading", "gn:2639577")]),
    ],
)
def test_parse_text_file(name, expected):
    result = geo("parse", FOLDER / name)
    assert result.returncode == 0, result.stderr
    records = jsonl_records(result.stdout)
    check_records(records, texts_of(FOLDER / name))
    found = places(records, name)
    for item in expected:
        assert item in found
    if name == "en_news.txt":  # "Reading is fun" is no place; "lived in Reading, England" is
        text = texts_of(FOLDER / name)[name]
        assert [r["start"] for r in records if r["surface"] == "Reading"] == [text.rindex("Reading")]


def test_parse_jsonl_file():
    result = geo("parse", FOLDER / "wire.jsonl")
    assert result.returncode == 0, result.stderr
    records = jsonl_records(result.stdout)
    check_records(records, texts_of(FOLDER / "wire.jsonl"))
    assert places(records, "wire-1") == [("Beirut", "gn:276781"), ("Tripoli", "gn:266826"), ("Lebanon", "cc:LB")]
    assert places(records, "wire-2") == [("طرابلس", "gn:2210247"), ("القاهرة", "gn:360630")]


def test_parse_folder():
    result = geo("parse", FOLDER)
    assert result.returncode == 0, result.stderr
    records = jsonl_records(result.stdout)
    check_records(records, texts_of(FOLDER))
    assert {r["doc"] for r in records} == {"ar_news.txt", "en_news.txt", "wire-1", "wire-2"}


def test_parse_to_csv_file(tmp_path):
    out = tmp_path / "mentions.csv"
    result = geo("parse", FOLDER, "--format", "csv", "-o", out)
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM for Excel
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    texts = texts_of(FOLDER)
    assert rows
    for row in rows:
        for field in FIELDS:
            assert field in row
        assert texts[row["doc"]][int(row["start"]):int(row["end"])] == row["surface"]
        assert row["kind"] in KINDS
    assert ("مانجيستاو", "Mangystau Region") in [(r["surface"], r["name"]) for r in rows]


def test_parse_to_geojson():
    result = geo("parse", FOLDER / "ar_news.txt", "--format", "geojson")
    assert result.returncode == 0, result.stderr
    collection = json.loads(result.stdout)
    assert collection["type"] == "FeatureCollection"
    features = {f["properties"]["place_id"]: f for f in collection["features"]}
    almaty = features["gn:1526384"]
    assert almaty["geometry"]["type"] == "Point"
    lon, lat = almaty["geometry"]["coordinates"]
    assert lat == pytest.approx(43.25, abs=0.1) and lon == pytest.approx(76.92, abs=0.1)
    assert almaty["properties"]["kind"] == "city"
    assert almaty["properties"]["mention_count"] == 1
    assert almaty["properties"]["mentions"][0]["surface"] == "ألما أتا"
    for feature in collection["features"]:
        lon, lat = feature["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda tmp: tmp / "missing.txt", "no such file"),
        (lambda tmp: _write(tmp / "report.pdf", b"%PDF-1.4"), "unsupported"),
        (lambda tmp: _write(tmp / "empty.txt", b""), "empty"),
        (lambda tmp: _write(tmp / "rows.jsonl", b'{"title": "no text"}\n'), "text"),
    ],
)
def test_parse_bad_input_names_the_file(tmp_path, make, message):
    path = make(tmp_path)
    result = geo("parse", path)
    assert result.returncode == 1
    assert result.stdout == ""
    assert str(path) in result.stderr and message in result.stderr
    assert "Traceback" not in result.stderr


def test_parse_bad_file_beside_a_good_one_still_parses(tmp_path):
    missing = tmp_path / "missing.txt"
    result = geo("parse", missing, FOLDER / "wire.jsonl")
    assert result.returncode == 0
    assert str(missing) in result.stderr
    assert {r["doc"] for r in jsonl_records(result.stdout)} == {"wire-1", "wire-2"}


def test_parse_unknown_format_is_a_usage_error():
    result = geo("parse", FOLDER, "--format", "xml")
    assert result.returncode == 2
    assert "xml" in result.stderr


@pytest.mark.parametrize(("option", "names"), [([], []), (["--home-country", "tn"], ["Kasserine"])],
                         ids=["no home country", "a Tunisian outlet"])
def test_parse_reads_the_outlets_home_country(tmp_path, option, names):
    news = _write(tmp_path / "news.jsonl", '{"text": "انقلبت حافلة بالقصرين اليوم"}\n'.encode())
    result = geo("parse", news, *option)
    assert result.returncode == 0 and [json.loads(line)["name"] for line in result.stdout.splitlines()] == names


def test_parse_refuses_a_home_country_that_is_no_code():
    result = geo("parse", FOLDER, "--home-country", "Tunisia")
    assert result.returncode == 2 and "'Tunisia' is no ISO 3166 two-letter country code" in result.stderr


def _write(path, data: bytes):
    path.write_bytes(data)
    return path


# --- evaluate --------------------------------------------------------------------------------


def test_evaluate_prints_precision_recall_f1():
    result = geo("evaluate", GOLD, "--errors", "3")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    header = [c.strip() for c in lines[0].strip("|").split("|")]
    assert {"precision", "recall", "f1", "acc161", "median_km"} <= set(header)
    row = dict(zip(header, (c.strip() for c in lines[2].strip("|").split("|"))))
    assert row["corpus"] == "mini_gold.jsonl"
    assert (row["documents"], row["gold"], row["predicted"]) == ("3", "6", "5")
    assert (row["precision"], row["recall"], row["f1"]) == ("1.0", "0.833", "0.909")
    assert "Old Mill" in result.stdout  # the one miss, listed by --errors


def test_evaluate_bad_gold_names_file_and_line(tmp_path):
    path = tmp_path / "broken.jsonl"
    path.write_text('{"id": "a", "text": "Moscow", "places": []}\n{oops\n', encoding="utf-8")
    result = geo("evaluate", path)
    assert result.returncode == 2
    assert f"{path}:2" in result.stderr and result.stderr.startswith("error:")
    assert "Traceback" not in result.stderr


def test_evaluate_missing_file_is_a_clean_error(tmp_path):
    path = tmp_path / "nowhere.jsonl"
    result = geo("evaluate", path)
    assert result.returncode == 2
    assert str(path) in result.stderr and result.stderr.startswith("error:")
    assert "Traceback" not in result.stderr


# --- build-index and bench ---------------------------------------------------------------------


def test_build_index_reports_places():
    result = geo("build-index")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("index ready:") and "places" in result.stdout


def test_unknown_city_set_is_a_clean_error():
    result = geo("--cities", "cities42", "build-index")
    assert result.returncode == 2
    assert "cities42" in result.stderr and "Traceback" not in result.stderr


def test_bench_reports_speed(tmp_path):
    result = geo("bench", FOLDER, "--megabytes", "0.02", "--passes", "2")
    assert result.returncode == 0, result.stderr
    assert "MB per CPU second" in result.stdout and "peak resident memory" in result.stdout
    assert "best of 2 passes" in result.stdout


def test_bench_needs_a_pass():
    result = geo("bench", FOLDER, "--passes", "0")
    assert result.returncode == 2
    assert "must be 1 or more, not 0" in result.stderr


def test_no_command_is_a_usage_error():
    result = geo()
    assert result.returncode == 2
    assert "usage" in result.stderr.lower()


# --- rules --------------------------------------------------------------------------------


def test_rules_are_listed_in_order_with_their_descriptions():
    from geo.recognize import DEFAULT_RULES

    result = geo("rules")
    assert result.returncode == 0, result.stderr
    recognition = result.stdout.split("\n\n")[0].splitlines()
    assert recognition[0] == "Place recognition, in the order the rules run:"
    lines = recognition[1:]
    assert [line.split()[0] for line in lines] == [each.name for each in DEFAULT_RULES]
    assert lines[0].split()[:3] == ["scan.gazetteer", "scan", "arabic+latin"]
    assert all(line.endswith(each.description) for line, each in zip(lines, DEFAULT_RULES))


def test_rules_lists_the_event_rules_after_the_place_rules():
    from geo.events import DEFAULT_EVENT_RULES

    result = geo("rules")
    events = result.stdout.split("\n\n")[1].splitlines()
    assert events[0] == "Event detection (python -m geo events):"
    assert [line.split()[0] for line in events[1:]] == [each.name for each in DEFAULT_EVENT_RULES]


def test_parse_records_the_rule_of_each_mention():
    result = geo("parse", FOLDER / "en_news.txt")
    records = jsonl_records(result.stdout)
    assert list(records[0])[list(records[0]).index("reason") + 1] == "rule"
    reading = next(r for r in records if r["surface"] == "Reading")
    assert reading["rule"] == "word.needs_evidence"  # "lived in Reading, England": the evidence vouches for it


@pytest.mark.parametrize("switched_off", [["word.needs_evidence"], ["word"]], ids=["by name", "by family"])
def test_parse_with_a_rule_switched_off(switched_off):
    result = geo("parse", FOLDER / "en_news.txt", *[f"--disable={name}" for name in switched_off])
    assert result.returncode == 0, result.stderr
    readings = [r for r in jsonl_records(result.stdout) if r["surface"] == "Reading"]
    assert len(readings) == 2  # "Reading is fun" too, with nothing to ask for evidence


def test_evaluate_with_a_rule_switched_off_gives_its_ablation():
    whole, ablated = geo("evaluate", GOLD), geo("evaluate", GOLD, "--disable", "scan.gazetteer", "--disable", "added")
    assert whole.returncode == ablated.returncode == 0, ablated.stderr
    assert whole.stdout != ablated.stdout
    assert ablated.stdout.splitlines()[2].split("|")[4].strip() == "0"  # predicted: nothing


def test_switching_off_an_unknown_rule_is_a_clean_error():
    result = geo("parse", FOLDER / "en_news.txt", "--disable", "person.typo")
    assert result.returncode == 2
    assert "no rule named 'person.typo'" in result.stderr and "Traceback" not in result.stderr
