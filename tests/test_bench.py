"""geo.bench: passes, best and median, with a scripted clock instead of the machine's."""

from __future__ import annotations

from pathlib import Path

import pytest

from geo.bench import measure, run_bench
from geo.model import Document

ROOT = Path(__file__).resolve().parent.parent


def scripted_clock(durations: list[float]):
    """A clock whose successive intervals (start, stop, start, stop...) are ``durations``."""
    readings, now = [], 0.0
    for duration in durations:
        readings += [now, now + duration]
        now += duration
    return iter(readings).__next__


@pytest.mark.parametrize(("text", "lang"), [("زار الوفد كازاخستان وموسكو", "ar"), ("Floods hit Houston, Texas.", "en")])
def test_each_pass_is_timed_and_the_best_reported_beside_the_median(geoparser, text, lang):
    documents = [Document(id="d", text=text, lang=lang)]
    megabytes = len(text.encode()) / 1e6
    # Parse then scan, three passes: parse takes 4, 1 and 2 seconds; the scan 0.5 each time.
    throughput = measure(geoparser, lang, documents, passes=3, clock=scripted_clock([4, 0.5, 1, 0.5, 2, 0.5]))
    assert throughput.parse_s == (4, 1, 2)
    assert throughput.mentions == 2
    report = throughput.report()
    assert "best of 3 passes (median)" in report
    assert f"geoparse             {megabytes / 1:.2f} ({megabytes / 2:.2f}) MB per CPU second" in report
    assert "geoparse / bare scan 2.0x the time" in report


@pytest.mark.parametrize("passes", [0, -1])
def test_a_benchmark_needs_a_pass(passes):
    with pytest.raises(ValueError, match=f"at least one pass, not {passes}"):
        run_bench([ROOT / "seeds"], cache_dir=ROOT / "cache", passes=passes)
