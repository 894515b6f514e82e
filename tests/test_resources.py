"""geo.resources: a process's peak memory is its own, not its parent's."""

from __future__ import annotations

import multiprocessing
import sys

import pytest

from geo.resources import peak_memory_mb

MB = 1024 * 1024


def _resident(megabytes: int) -> bytearray:
    held = bytearray(megabytes * MB)
    held[::4096] = b"\x01" * len(held[::4096])  # touch every page, so it is resident
    return held


def _report_peaks(queue, megabytes: int) -> None:
    before = peak_memory_mb()
    held = _resident(megabytes)
    queue.put((before, peak_memory_mb(), len(held)))


def _in_fresh_process(megabytes: int) -> tuple[float, float, int]:
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    child = context.Process(target=_report_peaks, args=(queue, megabytes))
    child.start()
    peaks = queue.get(timeout=60)
    child.join()
    return peaks


def test_peak_memory_grows_with_what_the_process_holds():
    before, after, _ = _in_fresh_process(64)
    assert after - before >= 60


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ru_maxrss is the only measure elsewhere")
def test_a_worker_started_by_a_big_process_reports_its_own_peak():
    held = _resident(300)
    child_before, _, _ = _in_fresh_process(1)
    assert child_before < 200 < peak_memory_mb()  # ru_maxrss would give the child this process's 300 MB
    assert len(held) == 300 * MB
