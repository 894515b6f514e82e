"""geo.store.work's in-process runner: the gazetteer is loaded for the first batch, never for none."""

from __future__ import annotations

import geo.pipeline
from geo import warm
from geo.store.work import InProcessRunner, ParseSettings


def test_the_gazetteer_is_loaded_for_the_first_batch_only(monkeypatch, tmp_path):
    loads: list[str] = []
    monkeypatch.setattr(warm, "_geoparsers", {})
    monkeypatch.setattr(geo.pipeline, "load_geoparser", lambda *, cache_dir, cities: loads.append(cities) or object())
    with InProcessRunner(ParseSettings(cache_dir=str(tmp_path))) as runner:
        assert list(runner.map(len, [])) == []
        assert loads == [], "nothing to parse, no gazetteer"
        assert list(runner.map(len, [["a", "b"], ["c"]])) == [(["a", "b"], 2), (["c"], 1)]
    assert loads == ["cities15000"]
