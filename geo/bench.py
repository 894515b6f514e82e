"""Speed and memory figures for ``python -m geo bench``.

Throughput is measured on whole documents, after start-up, in CPU seconds of this one
process (so per core, and steady when other work shares the machine), beside a bare
pyahocorasick scan of the same folded text for the same names (the floor any gazetteer
matcher pays), timed in the same run so the ratio holds on any machine, and event detection
(geo.events) on the same documents beside geoparse, since both run on every document. Each language is
measured on its own: the target is Arabic news text. Start-up is wall time.

Each timing is repeated and the best pass reported beside the median, as ``timeit`` does:
on a shared machine other work only ever adds time, so the fastest pass is the closest to
what the code costs, and the median shows how much the machine got in the way.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from geo.corpus import load_corpus
from geo.events import EventDetector, load_event_detector
from geo.gazetteer import load_gazetteer
from geo.model import Document
from geo.pipeline import Geoparser
from geo.resources import peak_memory_mb
from geo.text import fold


@dataclass(frozen=True)
class Throughput:
    lang: str
    documents: int
    megabytes: float
    parse_s: tuple[float, ...]  # one CPU time per pass
    scan_s: tuple[float, ...]
    mentions: int
    events_s: tuple[float, ...] = ()  # event detection, when measured
    events: int = 0

    def report(self) -> str:
        return "\n".join([
            f"[{self.lang}] {self.documents} documents, {self.megabytes:.2f} MB (UTF-8), {self.mentions} mentions, "
            f"best of {len(self.parse_s)} passes (median)",
            f"  geoparse             {self._speed(self.parse_s)} MB per CPU second",
            f"  bare pyahocorasick   {self._speed(self.scan_s)} MB per CPU second (same text, same names)",
            f"  geoparse / bare scan {min(self.parse_s) / min(self.scan_s):.1f}x the time",
            *([f"  event detection      {self._speed(self.events_s)} MB per CPU second, {self.events} events, "
               f"{min(self.events_s) / min(self.parse_s):.2f}x the geoparse time"] if self.events_s else []),
        ])

    def _speed(self, seconds: tuple[float, ...]) -> str:
        return f"{self.megabytes / min(seconds):.2f} ({self.megabytes / statistics.median(seconds):.2f})"


@dataclass(frozen=True)
class BenchResult:
    startup_s: float
    throughputs: tuple[Throughput, ...]
    peak_rss_mb: float

    def report(self) -> str:
        lines = [f"start-up (index)     {self.startup_s:.2f} s"]
        lines += [throughput.report() for throughput in self.throughputs]
        lines.append(f"peak resident memory {self.peak_rss_mb:.0f} MB")
        return "\n".join(lines)


def repeated(documents: list[Document], *, target_mb: float) -> list[Document]:
    """``documents`` repeated until they hold ``target_mb`` of text."""
    size = sum(len(d.text.encode()) for d in documents)
    copies = max(1, round(target_mb * 1e6 / size))
    return [Document(id=f"{d.id}#{i}", text=d.text, lang=d.lang) for i in range(copies) for d in documents]


def measure(geoparser: Geoparser, lang: str, documents: list[Document], *, passes: int = 3,
            clock: Callable[[], float] = time.process_time, detector: EventDetector | None = None) -> Throughput:
    automaton = geoparser.gazetteer.automaton
    parse_s, scan_s, events_s = [], [], []
    events = 0
    for _ in range(passes):
        started = clock()
        mentions = sum(len(geoparser.parse(d)) for d in documents)
        parse_s.append(clock() - started)
        started = clock()
        for document in documents:
            for _ in automaton.iter(fold(document.text)):
                pass
        scan_s.append(clock() - started)
        if detector is not None:
            started = clock()
            events = sum(len(detector.detect(d)) for d in documents)
            events_s.append(clock() - started)
    megabytes = sum(len(d.text.encode()) for d in documents) / 1e6
    return Throughput(lang, len(documents), megabytes, tuple(parse_s), tuple(scan_s), mentions, tuple(events_s), events)


def run_bench(paths: list[Path], *, cache_dir: Path, target_mb: float = 5.0, passes: int = 3,
              wall_clock: Callable[[], float] = time.perf_counter) -> BenchResult:
    if passes < 1:
        raise ValueError(f"a benchmark needs at least one pass, not {passes}")
    started = wall_clock()
    gazetteer = load_gazetteer(cache_dir=cache_dir)
    startup = wall_clock() - started
    geoparser = Geoparser(gazetteer)
    documents = list(load_corpus(paths).documents)
    if not documents:
        raise ValueError(f"no documents to benchmark in {', '.join(map(str, paths))}")
    by_lang: dict[str, list[Document]] = {}
    for document in documents:
        by_lang.setdefault(document.lang or "?", []).append(document)
    detector = load_event_detector()
    throughputs = tuple(
        measure(geoparser, lang, repeated(group, target_mb=target_mb), passes=passes, detector=detector)
        for lang, group in sorted(by_lang.items())
    )
    return BenchResult(startup, throughputs, peak_memory_mb())
