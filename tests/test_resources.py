"""geo.resources: a process's peak memory is its own, not its parent's."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from geo.resources import peak_memory_mb

MB = 1024 * 1024


def _resident(megabytes: int) -> bytearray:
    held = bytearray(megabytes * MB)
    held[::4096] = b"\x01" * len(held[::4096])  # touch every page, so it is resident
    return held


# A child started by fork and exec, as a worker is; a script of its own, because
# multiprocessing's spawn would first re-run whatever this process holds as __main__.
_REPORT_PEAKS = """
import json, sys
from geo.resources import peak_memory_mb
from tests.test_resources import _resident
before = peak_memory_mb()
held = _resident(int(sys.argv[1]))
print(json.dumps([before, peak_memory_mb(), len(held)]))
"""


def _in_fresh_process(megabytes: int) -> tuple[float, float, int]:
    child = subprocess.run([sys.executable, "-c", _REPORT_PEAKS, str(megabytes)], capture_output=True,
                           text=True, check=True, timeout=60, cwd=Path(__file__).resolve().parents[1])
    return tuple(json.loads(child.stdout))


def test_peak_memory_grows_with_what_the_process_holds():
    before, after, _ = _in_fresh_process(64)
    assert after - before >= 60


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ru_maxrss is the only measure elsewhere")
def test_a_worker_started_by_a_big_process_reports_its_own_peak():
    held = _resident(300)
    child_before, _, _ = _in_fresh_process(1)
    assert child_before < 200 < peak_memory_mb()  # ru_maxrss would give the child this process's 300 MB
    assert len(held) == 300 * MB
