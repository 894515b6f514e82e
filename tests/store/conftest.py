"""Stores for the store's tests: one written from fixed records (no parser involved), for the
queries, and a runner that parses in this process with the shared session geoparser."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pyarrow as pa
import pytest

from geo.dates import parse_date
from geo.gazetteer import index_signature
from geo.store import Manifest, Store
from geo.store.schema import DOCUMENTS, MENTIONS, PLACES, WORDS
from geo.store.words import indexed_words, sentence_id
from geo.store.work import InProcessRunner, ParseSettings
from geo.text import fold
from geo.version import parser_version

DASHBOARD_DATA = Path(__file__).resolve().parents[1] / "data" / "dashboard"
REPO = Path(__file__).resolve().parents[2]


def write_store(root: Path, documents: dict[str, dict], mentions: list[dict]) -> Store:
    """A store holding exactly these documents and mention records, in one commit."""
    store = Store(root)
    with store.writing():
        commit = store.begin(Manifest(parser_version(), index_signature()))
        dates = {doc: parse_date(d.get("date", "")) for doc, d in documents.items()}
        commit.write("documents", pa.Table.from_pylist([
            {"doc": doc, "title": d.get("title", ""), "date": dates[doc], "date_text": d.get("date", ""),
             "dated_by": "field" if dates[doc] else "", "url": d.get("url", ""), "lang": d.get("lang", ""),
             "source": "fixture", "text": d["text"], "content_hash": doc, "ingested_at": datetime(2026, 1, 1)}
            for doc, d in documents.items()], schema=DOCUMENTS))
        rows, seen = [], set()
        for m in mentions:
            rows.append(m | {
                "written": m["surface"], "sentence_end": m["sentence_start"] + len(m["sentence"]), "sentence_key": fold(m["sentence"]),
                "sentence_id": sentence_id(m["doc"], m["sentence_start"]), "events": m.get("events", []),
                "first_in_doc": m["resolved"] and (m["doc"], m["place_id"]) not in seen, "date": dates[m["doc"]]})
            seen.add((m["doc"], m["place_id"]))
        commit.write("mentions", pa.Table.from_pylist(rows, schema=MENTIONS))
        sentences = {(row["sentence_id"], row["sentence_key"]) for row in rows}
        commit.write("words", pa.Table.from_pylist(
            [{"word": word, "sentence_id": identity} for identity, key in sentences for word in indexed_words(key)],
            schema=WORDS))
        commit.replace_table("places", pa.Table.from_pylist(
            list({m["place_id"]: m for m in mentions if m["resolved"]}.values()), schema=PLACES))
        commit.apply()
    return store


@pytest.fixture(scope="session")
def fixture_store(tmp_path_factory) -> Store:
    """The dashboard's fixture mentions (tests/data/dashboard) as a store."""
    documents = json.loads((DASHBOARD_DATA / "documents.json").read_text(encoding="utf-8"))
    with open(DASHBOARD_DATA / "mentions.jsonl", encoding="utf-8") as lines:
        mentions = [json.loads(line) for line in lines]
    return write_store(tmp_path_factory.mktemp("fixture-store"), documents, mentions)


@pytest.fixture(scope="session")
def settings() -> ParseSettings:
    return ParseSettings(cache_dir=str(REPO / "cache"))


@pytest.fixture
def runner(settings) -> InProcessRunner:
    with InProcessRunner(settings) as in_process:
        yield in_process
