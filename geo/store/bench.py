"""Ingest figures for ``python -m geo bench --ingest``: printed, never asserted.

1. Throughput: ``python -m geo ingest`` (a local Dask cluster, one worker per core) against
   ``python -m geo parse`` (one process) on the same files, each a fresh process, taking
   turns so a noisy spell of the machine hits both alike; wall time, documents per second,
   the ratio, and each worker's peak memory.
2. Scale (``--scale N``): a store of N documents made by repeating the given corpora under new
   ids with dates shifted a month per copy, ingested in ten increments, each timed: the time
   per document of the last tenth against the first shows whether ingest slows as the store
   grows.
"""

from __future__ import annotations

import gzip
import json
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

from geo.corpus import iter_documents
from geo.dates import parse_date
from geo.model import Document

INCREMENTS = 10
SHIFT_PER_COPY = timedelta(days=30)
_WORKER_PEAKS = re.compile(r"workers' peak memory ([\d/ ]+) MB")


def throughput(paths: list[Path], *, cache_dir: Path, passes: int = 2, workers: int | None = None) -> str:
    """Ingest against parse on ``paths``, ``passes`` times each in turn."""
    documents = sum(1 for item in iter_documents(paths) if isinstance(item, Document))
    megabytes = sum(len(item.text.encode()) for item in iter_documents(paths) if isinstance(item, Document)) / 1e6
    parse_s, ingest_s, peaks = [], [], []
    for number in range(passes):
        with tempfile.TemporaryDirectory() as folder:
            parse_s.append(_timed(_geo(cache_dir, "parse", *paths, "--format", "jsonl", "-o", Path(folder) / "out.jsonl")))
            ingest_command = _geo(cache_dir, "ingest", *paths, "--store", Path(folder) / "store", "--quiet",
                                  *(["--workers", str(workers)] if workers else []))
            started = time.perf_counter()
            result = subprocess.run(ingest_command, capture_output=True, text=True, check=True)
            ingest_s.append(time.perf_counter() - started)
            peaks += [float(mb) for mb in _WORKER_PEAKS.search(result.stdout).group(1).split("/")]
        print(f"  pass {number + 1}/{passes}: parse {parse_s[-1]:.1f} s, ingest {ingest_s[-1]:.1f} s", file=sys.stderr)
    best_parse, best_ingest = min(parse_s), min(ingest_s)
    return "\n".join([
        f"[ingest] {documents:,} documents, {megabytes:.1f} MB of text, best of {passes} passes (median), wall time "
        "from process start to exit",
        f"  python -m geo parse (1 process)  {best_parse:.1f} s ({statistics.median(parse_s):.1f}), "
        f"{documents / best_parse:,.0f} documents/s",
        f"  python -m geo ingest (cluster)   {best_ingest:.1f} s ({statistics.median(ingest_s):.1f}), "
        f"{documents / best_ingest:,.0f} documents/s",
        f"  ingest / parse throughput        {best_parse / best_ingest:.2f}x (median passes "
        f"{statistics.median(parse_s) / statistics.median(ingest_s):.2f}x)",
        f"  worker peak memory               {max(peaks):.0f} MB at most ({', '.join(f'{p:.0f}' for p in peaks)})",
    ])


def scale(paths: list[Path], *, cache_dir: Path, store: Path, documents: int, workers: int | None = None) -> str:
    """Fill ``store`` with ``documents`` repeated documents in :data:`INCREMENTS` ingests."""
    if store.exists():
        shutil.rmtree(store)
    store.mkdir(parents=True)
    originals = [item for item in iter_documents(paths) if isinstance(item, Document)]
    per_increment = documents // INCREMENTS
    lines = []
    seconds: list[float] = []
    with tempfile.TemporaryDirectory(dir=store.parent) as folder:
        copies = _copies(originals)
        for increment in range(INCREMENTS):
            part = Path(folder) / f"increment-{increment:02d}.jsonl.gz"
            with gzip.open(part, "wt", encoding="utf-8", compresslevel=1) as out:
                for _ in range(per_increment):
                    out.write(json.dumps(next(copies), ensure_ascii=False) + "\n")
            command = _geo(cache_dir, "ingest", part, "--store", store / "store", "--quiet",
                           *(["--workers", str(workers)] if workers else []))
            started = time.perf_counter()
            result = subprocess.run(command, capture_output=True, text=True, check=True)
            seconds.append(time.perf_counter() - started)
            part.unlink()
            stored = (increment + 1) * per_increment
            lines.append(f"  increment {increment + 1:2d}: {per_increment:,} documents in {seconds[-1]:.1f} s "
                         f"({per_increment / seconds[-1]:,.0f}/s), store now {stored:,} documents, "
                         f"{_size_mb(store / 'store'):,.0f} MB")
            print(lines[-1], "|", result.stdout.strip(), file=sys.stderr)
    first, last = seconds[0] / per_increment, seconds[-1] / per_increment
    return "\n".join([
        f"[scale] {per_increment * INCREMENTS:,} documents (the corpora repeated, new ids, dates shifted "
        f"{SHIFT_PER_COPY.days} days a copy) in {INCREMENTS} ingests into {store / 'store'}",
        *lines,
        f"  time per document, last tenth / first tenth: {last * 1000:.2f} / {first * 1000:.2f} ms = {last / first:.2f}",
        f"  total {sum(seconds):.0f} s, {per_increment * INCREMENTS / sum(seconds):,.0f} documents/s",
    ])


def _copies(originals: list[Document]) -> Iterator[dict]:
    """The originals again and again, each copy with new ids and its dates a month later."""
    copy = 0
    while True:
        for document in originals:
            date = parse_date(document.date) if document.date else None
            shifted = (date + SHIFT_PER_COPY * copy).isoformat(sep=" ") if date else document.date
            yield {"id": f"c{copy}-{document.id}", "title": document.title, "date": shifted, "url": document.url,
                   "lang": document.lang, "text": document.text}
        copy += 1


def _geo(cache_dir: Path, *args) -> list[str]:
    return [sys.executable, "-m", "geo", "--cache-dir", str(cache_dir), *map(str, args)]


def _timed(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, capture_output=True, check=True)
    return time.perf_counter() - started


def _size_mb(folder: Path) -> float:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file()) / 1e6
