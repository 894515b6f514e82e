"""A store on disk: its Parquet files, the manifest that says which of them are live, and the lock.

    store/
      manifest.json            which files make up each table, the parser version, the
                               gazetteer's signature, and each source file as last read
      documents/month=2018-07/part-<commit>-<n>.parquet
      mentions/month=2018-07/part-<commit>-<n>.parquet
      events/month=2018-07/part-<commit>-<n>.parquet
      words/bucket=07/part-<commit>-<n>.parquet
      places/part-<commit>-0.parquet
      problems/part-<commit>-<n>.parquet
      _staging/<commit>/...    files being written (Parquet readers skip names starting _)
      .lock                    held by the one ingest writing

A commit writes its files under ``_staging/``, moves them into place and then replaces the
manifest in one atomic rename: readers see the old manifest or the new one, never half a
commit. Files a crash left behind (staged, or moved but never listed) and files a commit
replaced are deleted by the next writer, under the lock, so a reader still holding the old
manifest keeps its files until then.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import shutil
import time
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from geo.errors import GeoError
from geo.store.schema import PARTITIONED, ROW_GROUP_ROWS, SORT_KEYS, TABLES, UNDATED, bucket_of

MANIFEST = "manifest.json"
FORMAT = 5
"""The store's layout and tables' columns; another format is re-parsed (``--reparse``), never read."""
STAGING = "_staging"
LOCK = ".lock"
COMPRESSION = "snappy"  # the cheapest to write of the codecs every Parquet reader knows


class StoreError(GeoError, OSError):
    """A store cannot be opened or written: names the store and why."""


class StoreBusyError(StoreError, BlockingIOError):
    """Another ingest holds the store's lock."""


class StoreVersionError(StoreError, ValueError):
    """The store was filled by another parser version or gazetteer, or is in another format;
    ``--reparse`` parses its documents again."""


@dataclass(frozen=True)
class SourceState:
    """A source file as it was when all its documents were committed."""

    size: int
    modified_ns: int
    documents: int


@dataclass(frozen=True)
class Manifest:
    """Which files make up each table, and what filled them."""

    parser_version: str
    gazetteer: str
    generation: int = 0
    tables: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: {name: () for name in TABLES})
    sources: Mapping[str, SourceState] = field(default_factory=dict)
    superseded: tuple[str, ...] = ()  # replaced by a commit; deleted by the next writer
    updated: str = ""
    format: int = FORMAT

    def to_json(self) -> str:
        return json.dumps({
            "format": self.format,
            "parser_version": self.parser_version,
            "gazetteer": self.gazetteer,
            "generation": self.generation,
            "updated": self.updated,
            "tables": {name: list(files) for name, files in self.tables.items()},
            "sources": {path: vars(state) for path, state in self.sources.items()},
            "superseded": list(self.superseded),
        }, ensure_ascii=False, indent=1)

    @classmethod
    def from_json(cls, text: str, *, where: str) -> Manifest:
        """The manifest ``text`` holds, whatever its format (see :meth:`Store.manifest`)."""
        try:
            data = json.loads(text)
            return cls(
                format=int(data["format"]),
                parser_version=data["parser_version"],
                gazetteer=data["gazetteer"],
                generation=int(data["generation"]),
                updated=data.get("updated", ""),
                tables={name: tuple(data["tables"].get(name, ())) for name in TABLES},
                sources={path: SourceState(**state) for path, state in data["sources"].items()},
                superseded=tuple(data.get("superseded", ())),
            )
        except (ValueError, KeyError, TypeError) as error:
            raise StoreError(f"{where}: unreadable manifest ({error})") from error


class Store:
    """A store folder. Reading needs no lock; writing goes through :meth:`writing`."""

    def __init__(self, root: Path | str):
        self.root = Path(root)

    @property
    def manifest_path(self) -> Path:
        return self.root / MANIFEST

    def exists(self) -> bool:
        return self.manifest_path.exists()

    def manifest(self, *, any_format: bool = False) -> Manifest | None:
        """The live manifest, or None for a store nothing was committed to. A store in another
        format is an error, unless ``any_format`` (an ingest that is to re-parse it)."""
        try:
            text = self.manifest_path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        except OSError as error:
            raise StoreError(f"{self.manifest_path}: cannot read ({error.strerror or error})") from error
        manifest = Manifest.from_json(text, where=str(self.manifest_path))
        if manifest.format != FORMAT and not any_format:
            raise StoreVersionError(
                f"{self.root} is a store of format {manifest.format}; this code reads format {FORMAT}: "
                f"`python -m geo ingest --reparse --store {self.root}` parses its documents again"
            )
        return manifest

    def files(self, table: str, manifest: Manifest | None = None) -> list[Path]:
        """The live Parquet files of ``table``."""
        manifest = manifest if manifest is not None else self.manifest()
        return [self.root / name for name in manifest.tables.get(table, ())] if manifest else []

    @contextlib.contextmanager
    def writing(self, *, wait: bool = False) -> Iterator[None]:
        """Hold the store's lock (waiting for it if ``wait``), after clearing what a crashed
        or earlier writer left behind."""
        self.root.mkdir(parents=True, exist_ok=True)
        with (self.root / LOCK).open("a+", encoding="utf-8") as lock:
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
            except BlockingIOError as error:
                lock.seek(0)
                holder = lock.read().strip() or "another process"
                raise StoreBusyError(
                    f"{self.root} is being written by {holder}; wait for it to finish, or pass --wait"
                ) from error
            lock.seek(0)
            lock.truncate()
            lock.write(f"ingest pid {os.getpid()} since {time.strftime('%Y-%m-%d %H:%M:%S')}")
            lock.flush()
            try:
                self._clear_leftovers()
                yield
            finally:
                lock.seek(0)
                lock.truncate()
                fcntl.flock(lock, fcntl.LOCK_UN)

    def _clear_leftovers(self) -> None:
        shutil.rmtree(self.root / STAGING, ignore_errors=True)
        manifest = self.manifest(any_format=True)
        live = {name for files in manifest.tables.values() for name in files} if manifest else set()
        for table in TABLES:
            for path in (self.root / table).rglob("*.parquet"):
                if str(path.relative_to(self.root)) not in live:
                    path.unlink(missing_ok=True)
        if manifest and manifest.superseded:
            self._commit_manifest(replace(manifest, superseded=()))

    def _commit_manifest(self, manifest: Manifest) -> None:
        temporary = self.root / f".{MANIFEST}.{os.getpid()}.tmp"
        temporary.write_text(manifest.to_json(), encoding="utf-8")
        with temporary.open("rb") as handle:
            os.fsync(handle.fileno())
        temporary.replace(self.manifest_path)

    def begin(self, manifest: Manifest) -> Commit:
        """A commit on top of ``manifest``; call only while holding :meth:`writing`."""
        return Commit(self, manifest)


class Commit:
    """Files added to and removed from the store's tables, made live all at once by :meth:`apply`."""

    def __init__(self, store: Store, base: Manifest):
        self.store = store
        self.base = base
        self.name = f"{base.generation + 1:06d}-{uuid.uuid4().hex[:8]}"
        self._staging = store.root / STAGING / self.name
        self._added: dict[str, list[str]] = {table: [] for table in TABLES}
        self._removed: set[str] = set()
        self._replaced_tables: set[str] = set()
        self._count = 0

    def write(self, table: str, rows: pa.Table) -> None:
        """Stage ``rows`` of ``table``, split into its partitions and sorted."""
        if not rows.num_rows:
            return
        rows = rows.select(TABLES[table].names).cast(TABLES[table])
        partition = PARTITIONED.get(table)
        if partition is None:
            self._stage(table, "", rows)
            return
        # One sort by partition and the table's keys, then a slice per partition.
        keys = _months(rows) if partition == "month" else _buckets(rows)
        columns = [keys, *(rows.column(name) for name, _ in SORT_KEYS[table])]
        directions = ["ascending", *(direction for _, direction in SORT_KEYS[table])]
        order = pc.sort_indices(pa.table({str(n): _sortable(c) for n, c in enumerate(columns)}),
                                [(str(n), direction) for n, direction in enumerate(directions)])
        rows = rows.take(order)
        runs = pc.run_end_encode(keys.take(order).combine_chunks())
        start = 0
        for value, end in zip(runs.values.to_pylist(), runs.run_ends.to_pylist()):
            self._stage(table, f"{partition}={value}", rows.slice(start, end - start))
            start = end

    def replace_table(self, table: str, rows: pa.Table) -> None:
        """``rows`` become the whole of ``table`` (the places table, rebuilt at each commit)."""
        self._replaced_tables.add(table)
        self._removed.update(self.base.tables.get(table, ()))
        self.write(table, rows)

    def remove(self, files: list[str]) -> None:
        """Live files (relative names) that leave their table with this commit."""
        self._removed.update(files)

    @property
    def staged(self) -> bool:
        """Whether this commit adds or removes any file."""
        return any(self._added.values()) or bool(self._removed)

    @property
    def added(self) -> list[str]:
        """The files this commit adds (relative names)."""
        return [name for files in self._added.values() for name in files]

    def _stage(self, table: str, folder: str, rows: pa.Table) -> None:
        self._count += 1
        relative = Path(table, folder, f"part-{self.name}-{self._count:05d}.parquet")
        path = self._staging / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        pq.write_table(rows, path, row_group_size=ROW_GROUP_ROWS, compression=COMPRESSION)
        self._added[table].append(str(relative))

    def apply(self, *, sources: Mapping[str, SourceState] | None = None, **changes) -> Manifest:
        """Move the staged files into place and make them live with the new manifest."""
        for files in self._added.values():
            for relative in files:
                target = self.store.root / relative
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(self._staging / relative, target)
        tables = {
            table: tuple(name for name in self.base.tables.get(table, ()) if name not in self._removed) + tuple(added)
            for table, added in self._added.items()
        }
        manifest = replace(
            self.base, generation=self.base.generation + 1, tables=tables,
            sources={**self.base.sources, **(sources or {})},
            superseded=self.base.superseded + tuple(sorted(self._removed)),
            updated=time.strftime("%Y-%m-%dT%H:%M:%S"), format=FORMAT, **changes,
        )
        self.store._commit_manifest(manifest)
        shutil.rmtree(self._staging, ignore_errors=True)
        return manifest


def _sortable(column: pa.ChunkedArray) -> pa.Array | pa.ChunkedArray:
    """A text column as each value's rank among the column's distinct values (nulls last),
    which sorts in the same order: sorting millions of numbers is several times faster than
    sorting millions of strings, and a batch of news repeats few distinct words or places."""
    if not pa.types.is_string(column.type):
        return column
    encoded = column.combine_chunks().dictionary_encode()
    distinct = len(encoded.dictionary)
    ranks = np.empty(distinct + 1, dtype=np.int64)
    ranks[pc.sort_indices(encoded.dictionary).to_numpy()] = np.arange(distinct)
    ranks[distinct] = distinct  # null
    return pa.array(ranks[encoded.indices.fill_null(distinct).to_numpy()])


def _months(rows: pa.Table) -> pa.ChunkedArray:
    return pc.fill_null(pc.strftime(rows.column("date"), format="%Y-%m"), UNDATED)


def _buckets(rows: pa.Table) -> pa.ChunkedArray:
    # Each distinct word hashed once: a batch of news has millions of words but few distinct ones.
    encoded = rows.column("word").combine_chunks().dictionary_encode()
    buckets = pa.array([bucket_of(word) for word in encoded.dictionary.to_pylist()])
    return pa.chunked_array([buckets.take(encoded.indices)])
