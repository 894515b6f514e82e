"""The work an ingest sends to its workers: a batch of documents in, their store rows out.

Runs wherever the batch lands (a Dask worker process, or the ingesting process itself), with
that process's one geoparser (:func:`geo.warm.shared_geoparser`, loaded once per process).
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path

import pyarrow as pa

from geo.dates import dateline_date, parse_date
from geo.model import Document, Mention
from geo.store.schema import DOCUMENTS, MENTIONS
from geo.text import fold_with_offsets


@dataclass(frozen=True, slots=True)
class ParseSettings:
    """Which geoparser a worker uses: its index, by cache folder and city set."""

    cache_dir: str
    cities: str = "cities15000"

    def geoparser(self):
        from geo.warm import shared_geoparser

        return shared_geoparser(cache_dir=self.cache_dir, cities=self.cities)


@dataclass(frozen=True)
class ParsedBatch:
    """A batch's dates and ``mentions`` rows, and what it cost. The ``documents`` rows are
    built where the batch came from (:func:`document_rows`): their texts need not travel back."""

    dates: list[tuple[datetime | None, str]]
    mentions: pa.Table
    cpu_seconds: float
    worker: str


def content_hash(document: Document) -> str:
    """What tells a changed document from the one stored: its text and what describes it."""
    digest = hashlib.sha256()
    for part in (document.title, document.date, document.url, document.lang, document.text):
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
    return digest.hexdigest()


def document_date(document: Document) -> tuple[datetime | None, str]:
    """The document's timestamp and where it came from: its date field, else its dateline.
    A date field that cannot be read leaves the document undated (its text is no better
    evidence than what its source wrote)."""
    if document.date.strip():
        parsed = parse_date(document.date)
        return parsed, "field" if parsed else ""
    parsed = dateline_date(document.text)
    return parsed, "dateline" if parsed else ""


def parse_batch(documents: Sequence[tuple[Document, str]], *, settings: ParseSettings) -> ParsedBatch:
    """Parse ``(document, content hash)`` pairs: their dates and mention rows."""
    started = time.thread_time()
    geoparser = settings.geoparser()
    dates = [document_date(document) for document, _ in documents]
    mentions = _MentionColumns()
    for (document, _), (date, _) in zip(documents, dates):
        mentions.add(document, geoparser.parse(document), date)
    return ParsedBatch(
        dates=dates,
        mentions=pa.Table.from_pydict(mentions.columns, schema=MENTIONS),
        cpu_seconds=time.thread_time() - started,
        worker=f"{os.uname().nodename}:{os.getpid()}",
    )


def document_rows(documents: Sequence[tuple[Document, str]], parsed: ParsedBatch, *,
                  ingested_at: datetime) -> pa.Table:
    """The ``documents`` rows of a parsed batch."""
    return pa.Table.from_pydict({
        "doc": [document.id for document, _ in documents],
        "title": [document.title for document, _ in documents],
        "date": [date for date, _ in parsed.dates],
        "date_text": [document.date for document, _ in documents],
        "dated_by": [dated_by for _, dated_by in parsed.dates],
        "url": [document.url for document, _ in documents],
        "lang": [document.lang for document, _ in documents],
        "source": [document.source for document, _ in documents],
        "text": [document.text for document, _ in documents],
        "content_hash": [digest for _, digest in documents],
        "ingested_at": [ingested_at] * len(documents),
    }, schema=DOCUMENTS)


class _MentionColumns:
    """The ``mentions`` table's columns, filled a document at a time. Each is a field of the
    mention's JSONL record (``Mention.as_record``), the sentence's end and folded text, or the
    document's date."""

    def __init__(self) -> None:
        self.columns: dict[str, list] = {name: [] for name in MENTIONS.names}

    def add(self, document: Document, mentions: Sequence[Mention], date: datetime | None) -> None:
        if not mentions:
            return
        countries = _country_names()
        folded = fold_with_offsets(document.text)  # one fold per document, not one per sentence
        keys: dict[int, str] = {}
        for mention in mentions:
            sentence = mention.sentence
            key = keys.get(sentence.start)
            if key is None:
                key = keys[sentence.start] = folded.folded[folded.to_folded(sentence.start):folded.to_folded(sentence.end)]
            record = mention.as_record()
            record["sentence_end"] = sentence.end
            record["sentence_key"] = key
            record["country"] = countries.get(mention.place.country_code, "") if mention.place else None
            record["date"] = date
            for name, column in self.columns.items():
                column.append(record[name])


@cache
def _country_names() -> dict[str, str]:
    from geo.gazetteer import country_names

    return country_names()


def cache_dir_for(path: Path | str) -> str:
    """A cache folder as workers on other machines can find it: absolute."""
    return str(Path(path).resolve())
