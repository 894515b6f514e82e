"""Event records out: JSON Lines (streamed) or CSV (UTF-8 with a BOM, safe against formula
injection, like the mention tables)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import BinaryIO

from geo.events.model import RECORD_FIELDS, Event

FORMATS = ("jsonl", "csv")


def write_events(events: Iterable[Event], fmt: str, out: BinaryIO) -> None:
    """One record per event trigger (:data:`RECORD_FIELDS`) to a binary stream."""
    from geo.export import to_csv, to_jsonl

    if fmt not in FORMATS:
        raise ValueError(f"unknown event output format {fmt!r}; expected one of {', '.join(FORMATS)}")
    records = (event.as_record() for event in events)
    if fmt == "jsonl":
        for line in to_jsonl(records):
            out.write(line.encode("utf-8"))
        return
    import pandas as pd

    out.write(to_csv(pd.DataFrame.from_records(list(records), columns=list(RECORD_FIELDS))))
