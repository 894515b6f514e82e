"""Speed and memory figures for ``python -m geo bench``.

Throughput is measured on whole documents, after start-up, in CPU seconds of this one
process (so per core, and steady when other work shares the machine), beside a bare
pyahocorasick scan of the same folded text for the same names (the floor any gazetteer
matcher pays), timed in the same run so the ratio holds on any machine. Start-up is wall
time.
"""

from __future__ import annotations

import resource
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from geo.corpus import load_corpus
from geo.gazetteer import load_gazetteer
from geo.model import Document
from geo.pipeline import Geoparser
from geo.text import fold


@dataclass(frozen=True)
class BenchResult:
    documents: int
    megabytes: float
    startup_s: float
    parse_s: float
    scan_s: float
    mentions: int
    peak_rss_mb: float

    @property
    def parse_mb_s(self) -> float:
        return self.megabytes / self.parse_s

    @property
    def scan_mb_s(self) -> float:
        return self.megabytes / self.scan_s

    def report(self) -> str:
        return "\n".join([
            f"documents            {self.documents}",
            f"text                 {self.megabytes:.2f} MB (UTF-8)",
            f"start-up (index)     {self.startup_s:.2f} s",
            f"geoparse             {self.parse_mb_s:.2f} MB per CPU second  ({self.mentions} mentions)",
            f"bare pyahocorasick   {self.scan_mb_s:.2f} MB per CPU second  (same text, same names)",
            f"geoparse / bare scan {self.parse_s / self.scan_s:.1f}x the time",
            f"peak resident memory {self.peak_rss_mb:.0f} MB",
        ])


def bench_documents(paths: list[Path], *, target_mb: float) -> list[Document]:
    """Documents from ``paths``, repeated until they hold ``target_mb`` of text."""
    documents = list(load_corpus(paths).documents)
    if not documents:
        raise ValueError(f"no documents to benchmark in {', '.join(map(str, paths))}")
    size = sum(len(d.text.encode()) for d in documents)
    copies = max(1, round(target_mb * 1e6 / size))
    return [Document(id=f"{d.id}#{i}", text=d.text, lang=d.lang) for i in range(copies) for d in documents]


def run_bench(paths: list[Path], *, cache_dir: Path, target_mb: float = 5.0,
              wall_clock=time.perf_counter, cpu_clock=time.process_time) -> BenchResult:
    started = wall_clock()
    gazetteer = load_gazetteer(cache_dir=cache_dir)
    startup = wall_clock() - started
    clock = cpu_clock
    geoparser = Geoparser(gazetteer)
    documents = bench_documents(paths, target_mb=target_mb)
    megabytes = sum(len(d.text.encode()) for d in documents) / 1e6

    started = clock()
    mentions = sum(len(geoparser.parse(d)) for d in documents)
    parse_s = clock() - started

    automaton = gazetteer.automaton
    started = clock()
    for document in documents:
        for _ in automaton.iter(fold(document.text)):
            pass
    scan_s = clock() - started

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / (1024 if sys.platform != "darwin" else 1024 * 1024)
    return BenchResult(len(documents), megabytes, startup, parse_s, scan_s, mentions, peak)
