"""The work an ingest sends to its workers: a batch of documents in, their store rows out.

Runs wherever the batch lands (a Dask worker process, or the ingesting process itself:
:class:`InProcessRunner`), with that process's one geoparser (:func:`geo.warm.shared_geoparser`,
loaded once per process).
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

import pyarrow as pa

from geo.dates import dateline_date, parse_date
from geo.gazetteer import index_signature
from geo.events import Event, asserted_types
from geo.model import Document, Mention
from geo.resources import peak_memory_mb
from geo.store.schema import DOCUMENTS, EVENTS, MENTIONS, WORDS
from geo.store.words import indexed_words, sentence_id
from geo.text import FoldedText, fold_with_offsets, split_sentences
from geo.version import parser_version


@dataclass(frozen=True, slots=True)
class ParseSettings:
    """Which geoparser a worker uses: its index, by cache folder and city set."""

    cache_dir: str
    cities: str = "cities15000"

    def geoparser(self):
        from geo.warm import shared_geoparser

        return shared_geoparser(cache_dir=self.cache_dir, cities=self.cities)

    def versions(self) -> tuple[str, str]:
        """This process's parser version and the signature of the index it parses with: a
        worker on another machine may run other code than the ingesting process."""
        return _versions(self.cities)

    def event_detector(self):
        from geo.events import default_event_detector

        return default_event_detector()


class InProcessRunner:
    """Runs each batch in this process, one after another: for a handful of documents (the
    dashboard's seeds and uploads), where starting workers would cost more than the parsing.
    (The Dask runner is ``geo.store.cluster.DaskRunner``.)"""

    workers = 1

    def __init__(self, settings: ParseSettings):
        self.settings = settings

    def __enter__(self) -> InProcessRunner:
        return self

    def __exit__(self, *exc_info) -> None:
        return None

    def map(self, function: Callable[..., Any], batches: Iterable[Any], **options: Any) -> Iterator[tuple[Any, Any]]:
        """``(batch, function(batch, **options))`` for each batch, in order."""
        for batch in batches:
            # Loaded before the first batch (and outside its timing), as a cluster starts on its
            # first batch: an ingest with nothing new, a dashboard opening an up-to-date store,
            # loads no gazetteer.
            self.settings.geoparser()
            yield batch, function(batch, **options)

    def worker_peak_memory_mb(self) -> dict[str, float]:
        return {f"pid {os.getpid()}": peak_memory_mb()}


@dataclass(frozen=True)
class ParsedBatch:
    """A batch's dates and its rows for the ``mentions``, ``events`` and ``words`` tables, and
    what it cost. The ``documents`` rows are built where the batch came from
    (:func:`document_rows`): their texts need not travel back."""

    dates: list[tuple[datetime | None, str]]
    mentions: pa.Table
    events: pa.Table
    words: pa.Table
    cpu_seconds: float
    worker: str
    versions: tuple[str, str]  # the worker's parser version and gazetteer signature


def content_hash(document: Document) -> str:
    """What tells a changed document from the one stored: its text and what describes it."""
    digest = hashlib.sha256()
    for part in (document.title, document.date, document.url, document.lang, document.home_country, document.text):
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
    """Parse ``(document, content hash)`` pairs: their dates, mentions, events and indexed words."""
    started = time.thread_time()
    geoparser, detector = settings.geoparser(), settings.event_detector()
    dates = [document_date(document) for document, _ in documents]
    rows = _Rows()
    for (document, _), (date, _) in zip(documents, dates):
        if not document.text.strip():
            continue
        folded = fold_with_offsets(document.text)
        events = detector.detect_folded(document.id, folded, split_sentences(document.text))
        rows.add(document, folded, geoparser.parse(document), events, date)
    return ParsedBatch(
        dates=dates,
        mentions=pa.Table.from_pydict(rows.mentions, schema=MENTIONS),
        events=pa.Table.from_pydict(rows.events, schema=EVENTS),
        words=pa.Table.from_pydict(rows.words, schema=WORDS),
        cpu_seconds=time.thread_time() - started,
        worker=f"{os.uname().nodename}:{os.getpid()}",
        versions=settings.versions(),
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
        "home_country": [document.home_country for document, _ in documents],
        "text": [document.text for document, _ in documents],
        "content_hash": [digest for _, digest in documents],
        "ingested_at": [ingested_at] * len(documents),
    }, schema=DOCUMENTS)


class _Rows:
    """The ``mentions``, ``events`` and ``words`` tables' columns, filled a document at a time.

    A mention's row is its JSONL record (``Mention.as_record``, with the asserted event types of
    its sentence, as ``parse`` writes them), the sentence's end, folded text and id, whether it
    is the document's first mention of the place, and the document's date.
    """

    def __init__(self) -> None:
        self.mentions: dict[str, list] = {name: [] for name in MENTIONS.names}
        self.events: dict[str, list] = {name: [] for name in EVENTS.names}
        self.words: dict[str, list] = {name: [] for name in WORDS.names}

    def add(self, document: Document, folded: FoldedText, mentions: Sequence[Mention], events: Sequence[Event],
            date: datetime | None) -> None:
        countries = _country_names()
        for event in events:
            record = event.as_record() | {"date": date}
            for name, column in self.events.items():
                column.append(record[name])
        types = asserted_types(events)
        sentences: dict[int, tuple[str, int]] = {}  # start -> (folded text, id)
        places_seen: set[str] = set()
        for mention in mentions:
            sentence = mention.sentence
            if sentence.start not in sentences:
                key = folded.folded[folded.to_folded(sentence.start):folded.to_folded(sentence.end)]
                sentences[sentence.start] = key, sentence_id(document.id, sentence.start)
            key, identity = sentences[sentence.start]
            place_id = mention.place.place_id if mention.place else None
            record = mention.as_record()
            record.update(
                written=written_name(document.text, mention.start, mention.end), sentence_end=sentence.end,
                sentence_key=key, sentence_id=identity,
                placed_at=mention.evidence.anchor if mention.evidence and mention.evidence.anchor else None,
                placed=mention.evidence.placed if mention.evidence and mention.evidence.placed else None,
                country=countries.get(mention.place.country_code, "") if mention.place else None,
                events=types.get(sentence.start, []), first_in_doc=place_id is not None and place_id not in places_seen,
                date=date,
            )
            places_seen.add(place_id)
            for name, column in self.mentions.items():
                column.append(record[name])
        for key, identity in sentences.values():
            for word in indexed_words(key):
                self.words["word"].append(word)
                self.words["sentence_id"].append(identity)


def written_name(text: str, start: int, end: int) -> str:
    """A name as written, for showing: the span, with the article's alef back when ل + ال
    was written لل (للبيت الأبيض: the span is لبيت الأبيض, the name البيت الأبيض)."""
    surface = text[start:end]
    if surface.startswith("ل") and text[start - 1:start] == "ل" and not surface.startswith("لل"):
        return "ا" + surface
    return surface


@cache
def _country_names() -> dict[str, str]:
    from geo.gazetteer import country_names

    return country_names()


def cache_dir_for(path: Path | str) -> str:
    """A cache folder as workers on other machines can find it: absolute."""
    return str(Path(path).resolve())


@cache
def _versions(cities: str) -> tuple[str, str]:
    return parser_version(), index_signature(cities)
