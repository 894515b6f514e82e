"""geo.store.layout: a commit's files are split into partitions and sorted by the table's keys."""

from __future__ import annotations

from datetime import datetime

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from geo.store import Manifest, Store
from geo.store.schema import MENTIONS, WORDS, bucket_of


def _committed(store: Store, table: str, rows: pa.Table) -> dict[str, list[dict]]:
    with store.writing():
        commit = store.begin(Manifest("v", "g"))
        commit.write(table, rows)
        commit.apply()
    return {path.parent.name: pq.read_table(path).to_pylist() for path in store.files(table)}


def test_mentions_are_split_by_month_and_sorted_by_country_place_and_date(tmp_path):
    rows = [
        {"doc": "a", "country_code": "KZ", "place_id": "gn:2", "date": datetime(2022, 1, 6)},
        {"doc": "b", "country_code": None, "place_id": None, "date": datetime(2022, 1, 5)},
        {"doc": "c", "country_code": "AM", "place_id": "gn:9", "date": datetime(2022, 1, 7)},
        {"doc": "d", "country_code": "KZ", "place_id": "gn:10", "date": datetime(2022, 1, 2)},
        {"doc": "e", "country_code": "KZ", "place_id": "gn:2", "date": datetime(2022, 1, 1)},
        {"doc": "f", "country_code": "RU", "place_id": "gn:3", "date": datetime(2021, 12, 31)},
        {"doc": "g", "country_code": "AM", "place_id": "gn:9", "date": None},
    ]
    files = _committed(Store(tmp_path), "mentions", pa.Table.from_pylist(rows, schema=MENTIONS))
    assert {month: [row["doc"] for row in rows] for month, rows in files.items()} == {
        # Strings in byte order ("gn:10" before "gn:2"), nulls last, as Arrow sorts them.
        "month=2022-01": ["c", "d", "e", "a", "b"], "month=2021-12": ["f"], "month=undated": ["g"],
    }


@pytest.mark.parametrize("words", [["مطار", "beirut", "المطار", "airport", "مطار", "beirut"] * 50])
def test_words_are_split_by_bucket_and_sorted_by_word_and_sentence(tmp_path, words):
    rows = pa.Table.from_pylist([{"word": word, "sentence_id": -n} for n, word in enumerate(words)], schema=WORDS)
    files = _committed(Store(tmp_path), "words", rows)
    for bucket, stored in files.items():
        keys = [(row["word"].encode(), row["sentence_id"]) for row in stored]
        assert keys == sorted(keys)
        assert {f"bucket={bucket_of(row['word'])}" for row in stored} == {bucket}
    assert sum(map(len, files.values())) == len(words)
