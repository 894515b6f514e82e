"""The map's scripts bundle: current, in load order, each script whole."""

from __future__ import annotations

from geo.app import assets


def test_the_committed_bundle_is_todays_scripts():
    committed = (assets.STATIC / assets.MAP_BUNDLE).read_text(encoding="utf-8")
    assert committed == assets.map_bundle(), "run scripts/bundle_map_assets.py"


def test_the_bundle_holds_leaflet_before_its_plugins_and_the_controller_last():
    bundle = assets.map_bundle()
    starts = [bundle.index(f"/* static/{name} */") for name in assets.MAP_SCRIPTS]
    assert starts == sorted(starts) and assets.MAP_SCRIPTS[0].endswith("leaflet.js")
    assert "PlaceMap" in bundle[starts[-1]:] and "sourceMappingURL" not in bundle


def test_a_script_ending_without_a_semicolon_cannot_run_into_the_next(tmp_path):
    for name in assets.MAP_SCRIPTS:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(f"var {name.split('/')[-1].split('.')[0].replace('-', '_')} = 1\n"
                                     "//# sourceMappingURL=x.map\n", encoding="utf-8")
    bundle = assets.map_bundle(tmp_path)
    assert bundle.count("\n;\n") == len(assets.MAP_SCRIPTS) and "sourceMappingURL" not in bundle
