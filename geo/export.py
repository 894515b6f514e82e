"""Tables and files from parsed mentions: a per-place table, CSV, GeoJSON and JSON Lines.

Everything takes a mentions DataFrame with one row per mention (see
:data:`MENTION_COLUMNS`; missing columns are filled with nulls), or, for the
streaming writer, an iterable of mention records as made by ``Mention.as_record``.
"""

from __future__ import annotations

import csv
import io
import json
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import BinaryIO

import pandas as pd
import pyarrow as pa

MENTION_COLUMNS = (
    "doc", "title", "date", "url", "lang", "sentence", "sentence_start", "start", "end", "surface",
    "name", "place_id", "lat", "lon", "country_code", "country", "kind", "confidence", "reason", "rule", "resolved",
    "events",  # the sentence's asserted event types: a list, ";"-joined in CSV (docs/events.md)
)  # fmt: skip
PLACE_COLUMNS = (
    "place_id", "name", "surfaces", "country_code", "country", "kind", "lat", "lon", "mentions", "documents",
)  # fmt: skip
MENTION_LIST_FIELDS = ("doc", "surface", "start", "end", "sentence")
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
FORMATS = ("jsonl", "csv", "geojson", "geojson-mentions")


def mentions_frame(records: Iterable[Mapping]) -> pd.DataFrame:
    """A DataFrame with every :data:`MENTION_COLUMNS` column, from mention records."""
    return _with_mention_columns(pd.DataFrame.from_records(list(records)))


def places_frame(mentions: pd.DataFrame) -> pd.DataFrame:
    """One row per resolved place: its surfaces (most frequent first), mention and document counts.

    Sorted by mentions, most first; ties by name.
    """
    resolved = _resolved(mentions)
    if resolved.empty:
        return pd.DataFrame(columns=list(PLACE_COLUMNS))
    # One cython call per statistic: named aggregation costs several times as much on the
    # small frames every dashboard rerun makes.
    by_place = resolved.groupby("place_id", sort=False)
    places = by_place[["name", "country_code", "country", "kind", "lat", "lon"]].first()
    places["mentions"] = by_place.size()
    places["documents"] = by_place["doc"].nunique()
    places["surfaces"] = _surfaces_by_frequency(resolved)
    places = places.reset_index().sort_values(["mentions", "name"], ascending=[False, True], kind="stable")
    return places[list(PLACE_COLUMNS)].reset_index(drop=True)


def to_csv(frame: pd.DataFrame) -> bytes:
    """CSV bytes in UTF-8 with a BOM (so Excel shows Arabic), safe against formula injection.

    A text cell starting with ``= + - @``, a tab or a carriage return gets a leading ``'``.
    """
    safe = frame.copy()
    for column in safe.columns:
        if not pd.api.types.is_numeric_dtype(safe[column]):
            safe[column] = safe[column].map(_defuse_formula)
    return safe.to_csv(index=False, lineterminator="\r\n").encode("utf-8-sig")


def to_geojson_places(mentions: pd.DataFrame) -> str:
    """A FeatureCollection with one Point per resolved place and the list of its mentions."""
    mention_lists = _mention_lists_by_place(_resolved(mentions))
    features = [
        _feature(
            place["lon"],
            place["lat"],
            {
                "name": place["name"],
                "place_id": place["place_id"],
                "country_code": place["country_code"],
                "country": place["country"],
                "kind": place["kind"],
                "surfaces": place["surfaces"],
                "mention_count": place["mentions"],
                "document_count": place["documents"],
                "mentions": mention_lists[place["place_id"]],
            },
        )
        for place in _plain_records(places_frame(mentions))
    ]
    return _feature_collection(features)


def to_geojson_mentions(mentions: pd.DataFrame) -> str:
    """A FeatureCollection with one Point per resolved mention, all its columns as properties."""
    features = [
        _feature(record["lon"], record["lat"], {key: value for key, value in record.items() if key not in ("lat", "lon")})
        for record in _plain_records(_resolved(mentions))
    ]
    return _feature_collection(features)


def to_jsonl(records: Iterable[Mapping]) -> Iterable[str]:
    """One JSON object per mention, each ending in a newline (non-ASCII kept as is)."""
    for record in records:
        yield json.dumps(_clean_record(record), ensure_ascii=False, allow_nan=False) + "\n"


def write_mentions(records: Iterable[Mapping], fmt: str, out: BinaryIO) -> None:
    """Write mention records to a binary stream as ``jsonl``, ``csv``, ``geojson`` (places) or ``geojson-mentions``.

    JSON Lines is streamed record by record; the others are built in memory.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown output format {fmt!r}; expected one of {', '.join(FORMATS)}")
    if fmt == "jsonl":
        for line in to_jsonl(records):
            out.write(line.encode("utf-8"))
        return
    frame = mentions_frame(records)
    if fmt == "csv":
        out.write(to_csv(frame))
    elif fmt == "geojson":
        out.write(to_geojson_places(frame).encode("utf-8"))
    else:
        out.write(to_geojson_mentions(frame).encode("utf-8"))


def _with_mention_columns(frame: pd.DataFrame) -> pd.DataFrame:
    frame = frame.reindex(columns=[*MENTION_COLUMNS, *(c for c in frame.columns if c not in MENTION_COLUMNS)])
    if frame["resolved"].isna().all():
        frame["resolved"] = frame["place_id"].notna()
    return frame


def _resolved(mentions: pd.DataFrame) -> pd.DataFrame:
    frame = _with_mention_columns(mentions)
    keep = frame["resolved"].fillna(False).astype(bool) & frame["place_id"].notna()
    keep &= frame["lat"].notna() & frame["lon"].notna()
    return frame[keep]


def _mention_lists_by_place(resolved: pd.DataFrame) -> dict[str, list[dict]]:
    lists: dict[str, list[dict]] = defaultdict(list)
    for record in _plain_records(resolved[["place_id", *MENTION_LIST_FIELDS]]):
        lists[record.pop("place_id")].append(record)
    return lists


def _plain_records(frame: pd.DataFrame) -> list[dict]:
    """Rows as dicts of plain Python values, nulls as None (fast: no per-cell checks)."""
    plain = frame.astype(object).where(frame.notna(), None)
    columns = list(plain.columns)
    return [dict(zip(columns, row)) for row in plain.itertuples(index=False, name=None)]


def _surfaces_by_frequency(resolved: pd.DataFrame) -> pd.Series:
    """Each place's surfaces, most frequent first, ties in text order: a plain loop, as a
    two-level groupby and sort cost more than the counting on the frames a rerun makes."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for place_id, surface in zip(resolved["place_id"], resolved["surface"]):
        counts[place_id][surface] += 1
    return pd.Series({
        place_id: " / ".join(sorted(surfaces, key=lambda s: (-surfaces[s], s))) for place_id, surfaces in counts.items()
    }, dtype=object)


def _csv_cell(value: object) -> object:
    """A value as a CSV cell: nothing for null, a list ``;``-joined (a sentence's event types,
    as ``parse --format csv`` writes them), formulas defused."""
    if value is None:
        return ""
    if isinstance(value, list):
        value = ";".join(map(str, value))
    return _defuse_formula(value)


def _defuse_formula(value: object) -> object:
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def _feature(lon: float, lat: float, properties: dict) -> dict:
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [float(lon), float(lat)]},
        "properties": properties,
    }


def _feature_collection(features: list[dict]) -> str:
    return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False, allow_nan=False)


def _clean_record(record: Mapping) -> dict:
    return {key: None if isinstance(value, float) and math.isnan(value) else value for key, value in record.items()}


def write_csv(batches: pa.RecordBatchReader, out: BinaryIO) -> None:
    """Stream record batches to CSV as :func:`to_csv` writes it (UTF-8 with a BOM, CRLF,
    formulas defused), a batch at a time."""
    text = io.TextIOWrapper(out, encoding="utf-8-sig", newline="", write_through=True)
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow(batches.schema.names)
    for batch in batches:
        for row in zip(*(column.to_pylist() for column in batch.columns)):
            writer.writerow([_csv_cell(value) for value in row])
    text.detach()


def write_geojson(batches: pa.RecordBatchReader, out: BinaryIO) -> None:
    """Stream record batches with ``lat`` and ``lon`` columns to a GeoJSON FeatureCollection,
    one Point a row and every other column a property, a batch at a time."""
    out.write(b'{"type": "FeatureCollection", "features": [')
    separator = b""
    for batch in batches:
        for record in batch.to_pylist():
            lon, lat = record.pop("lon"), record.pop("lat")
            if lon is None or lat is None:
                continue
            properties = {key: value.isoformat() if isinstance(value, datetime) else value for key, value in record.items()}
            out.write(separator + json.dumps(_feature(lon, lat, properties), ensure_ascii=False, allow_nan=False).encode())
            separator = b", "
    out.write(b"]}")
