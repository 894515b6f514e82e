"""Ingest: parse documents once, in parallel, into a store, adding only what is new.

The ingesting process reads the sources as streams, decides for each document whether it is
new, changed or already stored (by id, source and content hash), and sends the new and
changed ones in batches to a runner (a Dask cluster, or this process). Results are written
to Parquet as they come back and committed every :data:`COMMIT_SECONDS`: a crash or Ctrl-C
loses at most the batches since the last commit, and the next ingest finishes the rest.

A source file whose size and modification time match the manifest's record is not even
opened again. A store filled by another parser version or gazetteer is refused unless
``reparse`` is asked for; then every stored document (and every document under the paths)
is parsed again and the new generation replaces the old one in a single commit at the end.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Protocol

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from geo.corpus import PathLike, SourceFile, country_code, read_source, source_files, with_home_country
from geo.gazetteer import index_signature
from geo.model import Document, LoadProblem
from geo.store.layout import Commit, Manifest, SourceState, Store, StoreVersionError
from geo.store.schema import DOCUMENT_TABLES, PLACES, PROBLEMS
from geo.store.work import ParsedBatch, ParseSettings, content_hash, document_rows, parse_batch
from geo.version import parser_version

BATCH_DOCUMENTS = 256
BATCH_BYTES = 2_000_000
"""A batch closes at this many documents or this much text, whichever comes first."""
COMMIT_SECONDS = 60.0
"""How much work a crash may lose at most."""
COMMIT_ROWS = 400_000
"""Mentions held in memory before they are written out, whatever the time."""
SMALL_FILE_ROWS = 50_000
MAX_SMALL_FILES = 4
"""A partition with more small files than this has them merged at the end of an ingest."""


class Runner(Protocol):
    workers: int
    settings: ParseSettings

    def map(self, function: Callable, batches: Iterable, **options) -> Iterator[tuple]: ...

    def worker_peak_memory_mb(self) -> dict[str, float]: ...


@dataclass(frozen=True)
class IngestProgress:
    """How far an ingest has got, for a progress bar."""

    documents: int  # parsed and collected so far
    megabytes: float  # of the source files read for them (on disk)
    total_megabytes: float
    seconds: float

    @property
    def fraction(self) -> float | None:
        return min(1.0, self.megabytes / self.total_megabytes) if self.total_megabytes else None

    @property
    def documents_per_second(self) -> float:
        return self.documents / self.seconds if self.seconds else 0.0

    @property
    def seconds_left(self) -> float | None:
        fraction = self.fraction
        return self.seconds * (1 - fraction) / fraction if fraction else None


@dataclass(frozen=True)
class IngestSummary:
    store: Path
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    reparsed: int = 0
    files_read: int = 0
    files_skipped: int = 0
    mentions: int = 0
    problems: int = 0
    megabytes: float = 0.0
    seconds: float = 0.0
    workers: int = 1
    worker_peak_mb: dict[str, float] = field(default_factory=dict)

    @property
    def parsed(self) -> int:
        return self.new + self.changed + self.reparsed

    def line(self) -> str:
        rate = f"{self.parsed / self.seconds:,.0f} documents/s, {self.megabytes / self.seconds:.2f} MB/s" \
            if self.seconds and self.parsed else "nothing to parse"
        reparsed = f", {self.reparsed:,} re-parsed" if self.reparsed else ""
        skipped = f" ({self.files_skipped:,} unchanged, not read)" if self.files_skipped else ""
        peaks = f"; workers' peak memory {'/'.join(f'{mb:.0f}' for mb in self.worker_peak_mb.values())} MB" \
            if self.worker_peak_mb else ""
        return (
            f"{self.parsed:,} documents parsed ({self.new:,} new, {self.changed:,} changed{reparsed}), "
            f"{self.unchanged:,} already stored; {self.files_read + self.files_skipped:,} files{skipped}; "
            f"{self.mentions:,} mentions, {self.problems:,} problems; {self.seconds:.1f} s ({rate}) "
            f"on {self.workers} worker{'s' if self.workers != 1 else ''}{peaks} into {self.store}"
        )


def ingest(paths: PathLike | Iterable[PathLike], *, store: Store, runner: Runner, reparse: bool = False,
           wait: bool = False, progress: Callable[[IngestProgress], None] | None = None,
           commit_seconds: float | None = None, home_country: str = "", clock: Callable[[], float] = time.monotonic,
           now: Callable[[], datetime] = datetime.now) -> IngestSummary:
    """Parse what is new under ``paths`` into ``store`` (see the module's doc); ``commit_seconds``
    is at most how much work a crash may lose (:data:`COMMIT_SECONDS` by default);
    ``home_country`` (an ISO 3166 code, checked by :func:`geo.corpus.country_code`) is the
    outlet's country of the documents parsed in this run that name none of their own; it is
    part of a document, so a file read again without it has changed."""
    home_country = country_code(home_country)
    with store.writing(wait=wait):
        run = _Run(store, runner, paths, reparse=reparse, clock=clock, now=now, progress=progress,
                   commit_seconds=COMMIT_SECONDS if commit_seconds is None else commit_seconds,
                   home_country=home_country)
        return run.execute()


@dataclass
class _Tally:
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    reparsed: int = 0
    files_read: int = 0
    files_skipped: int = 0
    mentions: int = 0
    bytes_read: int = 0


class _Run:
    """One ingest, from the plan of what to parse to the last commit."""

    def __init__(self, store: Store, runner: Runner, paths, *, reparse: bool, clock, now, progress,
                 commit_seconds: float, home_country: str = ""):
        self.store, self.runner, self.reparse = store, runner, reparse
        self.home_country = home_country
        self.commit_seconds = commit_seconds
        self.clock, self.progress = clock, progress
        self.ingested_at = now().replace(microsecond=0)
        self.started = clock()
        self.tally = _Tally()
        self.current = Manifest(parser_version(), index_signature(runner.settings.cities))
        stored = store.manifest(any_format=True)
        if stored and _version(stored) != _version(self.current) and not reparse:
            raise StoreVersionError(
                f"{store.root} was filled by parser {stored.parser_version} with gazetteer {stored.gazetteer} "
                f"in store format {stored.format}; this is parser {self.current.parser_version} with gazetteer "
                f"{self.current.gazetteer}, format {self.current.format}. Run the ingest again with --reparse to "
                f"parse its documents again (versions are never mixed)"
            )
        self.initial = self.manifest = stored or self.current
        self.stored_documents = _stored_documents(store, stored, with_lengths=reparse) if stored else {}
        # Absolute paths: the same file named from another folder is the same source.
        self.sources = [item if isinstance(item, LoadProblem) else replace(item, path=item.path.resolve())
                        for item in source_files(paths)]
        self.total_bytes = sum(s.size for s in self.sources if isinstance(s, SourceFile) and self._must_read(s))
        if reparse:
            self.total_bytes += sum(length for _, _, length in self.stored_documents.values())
        self.problems: list[LoadProblem] = []
        self.sources_read: set[str] = set()
        self.submitted: Counter[str] = Counter()
        self.received: Counter[str] = Counter()
        self.parsed = 0
        self.finished_reading: dict[str, SourceState] = {}
        self.changed_ids: set[str] = set()  # stored documents whose new versions are on their way
        self.replacing: set[str] = set()  # those whose new versions are in the commit under way
        self.fresh_files: set[str] = set()  # files of this run's parse results: no stored versions in them
        self.buffer: list[dict[str, pa.Table]] = []  # each batch's rows, by table, not yet written
        self.flushed_mentions: list[pa.Table] = []  # in the commit under way, for its places
        self.commit: Commit = store.begin(self.manifest)
        self.last_commit = clock()

    # -- what to parse ----------------------------------------------------------------

    def _must_read(self, source: SourceFile) -> bool:
        state = self.initial.sources.get(source.name)
        return self.reparse or state is None or (state.size, state.modified_ns) != (source.size, source.modified_ns)

    def _documents(self) -> Iterator[tuple[Document, str, int]]:
        """``(document, content hash, bytes of its file read for it)`` for each document to parse."""
        identities = _Identities(self.stored_documents)
        for source in self.sources:
            if isinstance(source, LoadProblem):
                self.problems.append(source)
            elif self._must_read(source):
                yield from self._read(source, identities)
            else:
                self.tally.files_skipped += 1
                self.tally.unchanged += self.initial.sources[source.name].documents
        if self.reparse:
            yield from self._stored_not_seen(identities)

    def _read(self, source: SourceFile, identities: _Identities) -> Iterator[tuple[Document, str, int]]:
        self.tally.files_read += 1
        self.sources_read.add(source.name)
        unreported = [0]  # bytes of the file read since the last document was handed on

        def count(size: int) -> None:
            unreported[0] += size

        documents = 0
        for item in read_source(source, on_read=count):
            if isinstance(item, LoadProblem):
                self.problems.append(item)
                continue
            documents += 1
            document = identities.assign(with_home_country(item, self.home_country))
            digest = content_hash(document)
            stored = self.stored_documents.get(document.id)
            if stored is not None and stored[1] == digest and not self.reparse:
                self.tally.unchanged += 1
                continue
            if stored is None:
                self.tally.new += 1
            elif stored[1] != digest:
                self.tally.changed += 1
                self.changed_ids.add(document.id)
            else:
                self.tally.reparsed += 1
            self.submitted[source.name] += 1
            consumed, unreported[0] = unreported[0], 0
            yield document, digest, consumed
        self.finished_reading[source.name] = SourceState(source.size, source.modified_ns, documents)

    def _stored_not_seen(self, identities: _Identities) -> Iterator[tuple[Document, str, int]]:
        """The stored documents no path gave again, read back from the store to parse again."""
        for batch in _read_documents(self.store, self.initial):
            for row in batch.to_pylist():
                if identities.seen(row["doc"]):
                    continue
                self.tally.reparsed += 1
                self.submitted[row["source"]] += 1
                stored = Document(id=row["doc"], text=row["text"], title=row["title"], date=row["date_text"],
                                  url=row["url"], lang=row["lang"], source=row["source"],
                                  home_country=row.get("home_country") or "")  # format 4 had none
                document = with_home_country(stored, self.home_country)
                yield document, content_hash(document), len(row["text"].encode())

    def _batches(self) -> Iterator[tuple[list[tuple[Document, str]], int]]:
        """Batches of ``(document, content hash)`` with the bytes of input they stand for."""
        batch, size, consumed = [], 0, 0
        for document, digest, read in self._documents():
            batch.append((document, digest))
            size += len(document.text)
            consumed += read
            if len(batch) >= BATCH_DOCUMENTS or size >= BATCH_BYTES:
                yield batch, consumed
                batch, size, consumed = [], 0, 0
        if batch:
            yield batch, consumed

    # -- parsing and committing -------------------------------------------------------

    def execute(self) -> IngestSummary:
        self._report()
        results = self.runner.map(_parse_batch_of_pairs, self._batches(), settings=self.runner.settings)
        for (pairs, consumed), parsed in results:
            self._check_versions(parsed)
            self.buffer.append({"documents": document_rows(pairs, parsed, ingested_at=self.ingested_at),
                                "mentions": parsed.mentions, "events": parsed.events, "words": parsed.words})
            self.replacing.update(self.changed_ids.intersection(document.id for document, _ in pairs))
            self.parsed += len(pairs)
            self.tally.bytes_read += consumed
            self.tally.mentions += parsed.mentions.num_rows
            self.received.update(document.source for document, _ in pairs)
            self._report()
            buffered = sum(rows["mentions"].num_rows for rows in self.buffer)
            if buffered >= COMMIT_ROWS:
                self._flush()
            if not self.reparse and self.clock() - self.last_commit >= self.commit_seconds:
                self._checkpoint()
        self._checkpoint()
        self._compact()
        return IngestSummary(
            store=self.store.root, new=self.tally.new, changed=self.tally.changed, unchanged=self.tally.unchanged,
            reparsed=self.tally.reparsed, files_read=self.tally.files_read, files_skipped=self.tally.files_skipped,
            mentions=self.tally.mentions, problems=len(self.problems), megabytes=self.tally.bytes_read / 1e6,
            seconds=self.clock() - self.started, workers=self.runner.workers,
            worker_peak_mb=self.runner.worker_peak_memory_mb(),
        )

    def _check_versions(self, parsed: ParsedBatch) -> None:
        """A worker running other code or another index would mix versions in one store."""
        expected = (self.current.parser_version, self.current.gazetteer)
        if parsed.versions != expected:
            raise StoreVersionError(
                f"worker {parsed.worker} runs parser {parsed.versions[0]} with gazetteer {parsed.versions[1]}; "
                f"this ingest is parser {expected[0]} with gazetteer {expected[1]}: install the same version of "
                f"the project on every worker (nothing from that worker was written to {self.store.root})")

    def _report(self) -> None:
        if self.progress:
            self.progress(IngestProgress(self.parsed, self.tally.bytes_read / 1e6, self.total_bytes / 1e6,
                                         self.clock() - self.started))

    def _flush(self) -> None:
        """Write the buffered rows into the commit under way (to its staging folder)."""
        if not self.buffer:
            return
        before = set(self.commit.added)
        for table in DOCUMENT_TABLES:
            self.commit.write(table, pa.concat_tables(rows[table] for rows in self.buffer))
        self.fresh_files.update(set(self.commit.added) - before)
        self.flushed_mentions += [rows["mentions"] for rows in self.buffer]
        self.buffer = []

    def _checkpoint(self) -> None:
        """Make everything collected so far live, as one commit (a re-parse commits once, at the end)."""
        self._flush()
        finished = {name: state for name, state in self.finished_reading.items()
                    if self.received[name] >= self.submitted[name]}
        problems = self._problem_rows()
        if not (self.flushed_mentions or self.commit.staged or finished or self.reparse) \
                and _same_problems(problems, _read_table(self.store, self.manifest, "problems")):
            return
        if self.reparse:
            for table in DOCUMENT_TABLES:
                self.commit.remove(list(self.initial.tables.get(table, ())))
        else:
            self._drop_old_versions()
        self.commit.replace_table("places", _places(self.store, self.manifest, self.flushed_mentions,
                                                    fresh=self.reparse))
        self.commit.replace_table("problems", problems)
        versions = {"parser_version": self.current.parser_version, "gazetteer": self.current.gazetteer}
        self.manifest = self.commit.apply(sources=finished, **versions)
        self.finished_reading = {name: state for name, state in self.finished_reading.items() if name not in finished}
        self.flushed_mentions = []
        self.changed_ids -= self.replacing
        self.replacing = set()
        self.commit = self.store.begin(self.manifest)
        self.last_commit = self.clock()

    def _drop_old_versions(self) -> None:
        """Rewrite the files holding the stored versions of documents whose new versions this
        commit adds (copy on write: the old files leave the store with the commit)."""
        if not self.replacing:
            return
        changed = pa.array(sorted(self.replacing), pa.string())
        old_sentences = pa.array(sorted({
            identity for name in self.manifest.tables.get("mentions", ()) if name not in self.fresh_files
            for identity in _rows_of(self.store.root / name, "doc", changed, ["sentence_id"]).column("sentence_id")
            .to_pylist()}), pa.int64())
        for table in DOCUMENT_TABLES:
            # The word index knows sentences, not documents.
            column, values = ("sentence_id", old_sentences) if table == "words" else ("doc", changed)
            for name in self.manifest.tables.get(table, ()):
                if name in self.fresh_files:
                    continue
                path = self.store.root / name
                if not pc.any(pc.is_in(pq.read_table(path, columns=[column]).column(column), values)).as_py():
                    continue
                rows = pq.read_table(path)
                self.commit.write(table, rows.filter(pc.invert(pc.is_in(rows.column(column), values))))
                self.commit.remove([name])

    def _problem_rows(self) -> pa.Table:
        """This run's problems, and the earlier ones of files not read again."""
        read_again = pa.array(sorted(self.sources_read | {p.source for p in self.problems}), pa.string())
        kept = _read_table(self.store, self.manifest, "problems")
        kept = kept.filter(pc.invert(pc.is_in(kept.column("source"), read_again)))
        fresh = pa.Table.from_pylist(
            [{"source": p.source, "line": p.line, "reason": p.reason, "ingested_at": self.ingested_at}
             for p in self.problems], schema=PROBLEMS)
        return pa.concat_tables([kept.select(PROBLEMS.names).cast(PROBLEMS), fresh])

    def _compact(self) -> None:
        """Merge the small files of each partition this run wrote to, so many small ingests
        do not slow every query (and a big store's other partitions are not even looked at)."""
        touched = {Path(name).parent for name in self.fresh_files}
        commit = self.store.begin(self.manifest)
        for table in DOCUMENT_TABLES:
            by_folder: dict[Path, list[str]] = {}
            for name in self.manifest.tables.get(table, ()):
                if Path(name).parent in touched:
                    by_folder.setdefault(Path(name).parent, []).append(name)
            for names in by_folder.values():
                small = [name for name in names
                         if pq.ParquetFile(self.store.root / name).metadata.num_rows < SMALL_FILE_ROWS]
                if len(small) > MAX_SMALL_FILES:
                    commit.write(table, pa.concat_tables(pq.read_table(self.store.root / name) for name in small))
                    commit.remove(small)
        if commit.staged:
            self.manifest = commit.apply()


def _version(manifest: Manifest) -> tuple[str, str, int]:
    return manifest.parser_version, manifest.gazetteer, manifest.format


def _same_problems(one: pa.Table, other: pa.Table) -> bool:
    def key(table: pa.Table) -> list:
        return sorted(zip(*(table.column(name).to_pylist() for name in ("source", "line", "reason"))), key=str)

    return key(one) == key(other)


def _parse_batch_of_pairs(batch: tuple[list[tuple[Document, str]], int], *, settings: ParseSettings) -> ParsedBatch:
    pairs, _ = batch
    return parse_batch(pairs, settings=settings)


class _Identities:
    """Document ids: unique within a run, and never taken from a stored document of another
    source (that one keeps its id; the newcomer becomes ``id#2``), the same on every run."""

    def __init__(self, stored: dict[str, tuple[str, str, int]]):
        self._stored = stored
        self._taken: set[str] = set()

    def assign(self, document: Document) -> Document:
        candidate, copy = document.id, 1
        while candidate in self._taken or self._owned_elsewhere(candidate, document.source):
            copy += 1
            candidate = f"{document.id}#{copy}"
        self._taken.add(candidate)
        if candidate == document.id:
            return document
        return replace(document, id=candidate)

    def seen(self, doc_id: str) -> bool:
        return doc_id in self._taken

    def _owned_elsewhere(self, doc_id: str, source: str) -> bool:
        stored = self._stored.get(doc_id)
        return stored is not None and stored[0] != source


def _stored_documents(store: Store, manifest: Manifest, *, with_lengths: bool) -> dict[str, tuple[str, str, int]]:
    """doc id -> (source, content hash, text bytes: only ``with_lengths``, else 0) of every
    stored document; only a re-parse, which reads every text anyway, needs their lengths."""
    found: dict[str, tuple[str, str, int]] = {}
    columns = ["doc", "source", "content_hash", *(["text"] if with_lengths else [])]
    for path in store.files("documents", manifest):
        rows = pq.read_table(path, columns=columns)
        lengths = pc.binary_length(rows.column("text").cast(pa.binary())).to_pylist() if with_lengths \
            else [0] * rows.num_rows
        for doc, source, digest, length in zip(rows.column("doc").to_pylist(), rows.column("source").to_pylist(),
                                               rows.column("content_hash").to_pylist(), lengths):
            found[doc] = (source, digest, length)
    return found


def _rows_of(path: Path, column: str, values: pa.Array, columns: list[str]) -> pa.Table:
    """The ``columns`` of the rows of a Parquet file whose ``column`` is among ``values``."""
    rows = pq.read_table(path, columns=[column, *columns])
    return rows.filter(pc.is_in(rows.column(column), values))


def _read_documents(store: Store, manifest: Manifest) -> Iterator[pa.RecordBatch]:
    for path in store.files("documents", manifest):
        yield from pq.ParquetFile(path).iter_batches(batch_size=1_000)


def _read_table(store: Store, manifest: Manifest, table: str) -> pa.Table:
    files = store.files(table, manifest)
    if not files:
        return pa.Table.from_pylist([], schema={"places": PLACES, "problems": PROBLEMS}[table])
    return pa.concat_tables(pq.read_table(path) for path in files)


def _places(store: Store, manifest: Manifest, new_mentions: list[pa.Table], *, fresh: bool) -> pa.Table:
    """Every resolved place the store's mentions name, once (the places table)."""
    tables = [] if fresh else [_read_table(store, manifest, "places")]
    for mentions in new_mentions:
        resolved = mentions.filter(mentions.column("resolved"))
        tables.append(resolved.select(PLACES.names).cast(PLACES))
    if not tables:
        return pa.Table.from_pylist([], schema=PLACES)
    rows = pa.concat_tables(tables)
    first_rows = pc.index_in(pc.unique(rows.column("place_id")), value_set=rows.column("place_id"))
    return rows.take(first_rows)
