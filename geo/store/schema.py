"""The store's tables: their columns, types and partitions, declared once.

Every table is plain Parquet. ``documents`` and ``mentions`` are split into one folder per
month of the documents' dates (``month=2018-07/``, ``month=undated/``: Hive partitioning, which
DuckDB, Spark and pyarrow read as a ``month`` column), and each file's rows are sorted by
country and place, so a time range skips whole folders and a country whole row groups.
Column names are those of ``python -m geo parse --format jsonl`` and ``python -m geo events``.

``words`` is the index the dashboard's word filter reads: each folded word (proclitics and the
article taken off) of each sentence that names a place, split into :data:`WORD_BUCKETS`
folders by a hash of the word, so a search reads one folder, not every sentence.
"""

from __future__ import annotations

import zlib
from datetime import datetime

import pyarrow as pa

UNDATED = "undated"

DOCUMENTS = pa.schema([
    ("doc", pa.string()),
    ("title", pa.string()),
    ("date", pa.timestamp("us")),  # where the story was filed, wall clock; null when undated
    ("date_text", pa.string()),  # the date as the source wrote it
    ("dated_by", pa.string()),  # "field", "dateline" or "" (undated)
    ("url", pa.string()),
    ("lang", pa.string()),
    ("source", pa.string()),
    ("home_country", pa.string()),  # the outlet's country (ISO 3166 code), or ""
    ("text", pa.string()),
    ("content_hash", pa.string()),
    ("ingested_at", pa.timestamp("us")),
])

MENTIONS = pa.schema([
    ("doc", pa.string()),
    ("sentence", pa.string()),
    ("sentence_start", pa.int32()),
    ("sentence_end", pa.int32()),
    ("sentence_key", pa.string()),  # the sentence folded as the geoparser folds, for word searches
    ("sentence_id", pa.int64()),  # of the document and the sentence's start (geo.store.words.sentence_id)
    ("start", pa.int32()),
    ("end", pa.int32()),
    ("surface", pa.string()),
    ("written", pa.string()),  # the name as written, whole: للبيت الأبيض's span is لبيت الأبيض, written البيت الأبيض
    ("name", pa.string()),
    ("place_id", pa.string()),
    ("lat", pa.float64()),
    ("lon", pa.float64()),
    ("country_code", pa.string()),
    ("country", pa.string()),
    ("kind", pa.string()),
    ("confidence", pa.float32()),
    ("reason", pa.string()),
    ("rule", pa.string()),  # the recognition rule that added, vouched for or rejected the name
    ("resolved", pa.bool_()),
    ("placed_at", pa.string()),  # for an approximate place: the place_id of the place it is put at ...
    ("placed", pa.string()),  # ... and how (geo.model.PLACED_SAID's keys)
    ("events", pa.list_(pa.string())),  # the asserted event types of the sentence
    ("first_in_doc", pa.bool_()),  # the document's first mention of the place: documents per place, cheaply
    ("date", pa.timestamp("us")),  # the document's
])

EVENTS = pa.schema([
    ("doc", pa.string()),
    ("type", pa.string()),
    ("start", pa.int32()),
    ("end", pa.int32()),
    ("trigger", pa.string()),
    ("sentence_start", pa.int32()),
    ("sentence_end", pa.int32()),
    ("polarity", pa.string()),
    ("rule", pa.string()),
    ("date", pa.timestamp("us")),  # the document's
])

WORDS = pa.schema([
    ("word", pa.string()),
    ("sentence_id", pa.int64()),
])

PLACES = pa.schema([
    ("place_id", pa.string()),
    ("name", pa.string()),
    ("country_code", pa.string()),
    ("country", pa.string()),
    ("kind", pa.string()),
    ("lat", pa.float64()),
    ("lon", pa.float64()),
])

PROBLEMS = pa.schema([
    ("source", pa.string()),
    ("line", pa.int64()),
    ("reason", pa.string()),
    ("ingested_at", pa.timestamp("us")),
])

TABLES = {"documents": DOCUMENTS, "mentions": MENTIONS, "events": EVENTS, "words": WORDS, "places": PLACES,
          "problems": PROBLEMS}
DOCUMENT_TABLES = ("documents", "mentions", "events", "words")
"""The tables with rows for each document: written per batch, rewritten when a document changes."""
WORD_BUCKETS = 32
PARTITIONED = {"documents": "month", "mentions": "month", "events": "month", "words": "bucket"}
SORT_KEYS = {
    "documents": [("date", "ascending"), ("doc", "ascending")],
    "mentions": [("country_code", "ascending"), ("place_id", "ascending"), ("date", "ascending")],
    "events": [("type", "ascending"), ("date", "ascending")],
    "words": [("word", "ascending"), ("sentence_id", "ascending")],
}
ROW_GROUP_ROWS = 64_000
"""Rows per Parquet row group: small enough that a country's rows skip most of a file."""


def month_of(date: datetime | None) -> str:
    """The partition a document dated ``date`` belongs to."""
    return UNDATED if date is None else f"{date.year:04d}-{date.month:02d}"


def bucket_of(word: str) -> str:
    """The ``words`` partition a word belongs to (a stable hash: the same in every process)."""
    return f"{zlib.crc32(word.encode('utf-8')) % WORD_BUCKETS:02d}"
