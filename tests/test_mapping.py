"""The event map: local assets only, markers with alt text, escaped tooltips, clustering."""

from __future__ import annotations

import json
import re
from pathlib import Path

import folium
import pandas as pd
import pytest

from geo.app import mapping
from geo.export import mentions_frame, places_frame

ROOT = Path(__file__).resolve().parent.parent
STATIC = ROOT / "static"
DATA = Path(__file__).parent / "data" / "dashboard"


@pytest.fixture(scope="module")
def places() -> pd.DataFrame:
    with open(DATA / "mentions.jsonl", encoding="utf-8") as lines:
        return places_frame(mentions_frame(json.loads(line) for line in lines))


def synthetic_places(count: int) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "place_id": [f"gn:{i}" for i in range(count)],
            "name": [f"Place {i}" for i in range(count)],
            "surfaces": [f"مكان {i}" for i in range(count)],
            "country_code": "KZ",
            "country": "Kazakhstan",
            "kind": ["city", "country", "region", "landmark", "continent"] * (count // 5) + ["city"] * (count % 5),
            "lat": [(i * 7.3) % 140 - 70 for i in range(count)],
            "lon": [(i * 13.1) % 340 - 170 for i in range(count)],
            "mentions": [1 + i % 9 for i in range(count)],
            "documents": 1,
        }
    )


def map_script(m: folium.Map) -> str:
    return m.get_root().render()


def layers_of(m: folium.Map, kind: type) -> list:
    return [child for child in m._children.values() if isinstance(child, kind)]


@pytest.mark.parametrize("count", [0, 3, mapping.CLUSTER_ABOVE + 1])
def test_every_asset_is_served_by_the_app(count):
    m = mapping.build_map(synthetic_places(count))
    links = mapping.asset_links(m)
    assert links, "the map must load Leaflet"
    for link in links:
        assert link.startswith(mapping.ASSET_BASE), link
        assert (STATIC / link.removeprefix(mapping.ASSET_BASE)).is_file(), link


def test_the_only_remote_urls_are_the_optional_tiles_and_their_credit(places):
    html = map_script(mapping.build_map(places))
    remote = set(re.findall(r"https?://[^\s\"'<>)\\]+", html))
    assert remote == {"https://tile.openstreetmap.org/{z}/{x}/{y}.png", "https://www.openstreetmap.org/copyright"}


@pytest.mark.parametrize("online_default", [False, True])
def test_online_tiles_are_only_shown_when_chosen(places, online_default):
    m = mapping.build_map(places, online_tiles_default=online_default)
    (tiles,) = layers_of(m, folium.TileLayer)
    (outlines,) = layers_of(m, mapping.CountryOutlines)
    assert tiles.show is online_default
    assert outlines.show is not online_default
    assert outlines.url.endswith("basemap/ne_50m_countries.geojson")


def test_markers_carry_the_english_name_as_alt_text(places):
    (markers,) = layers_of(mapping.build_map(places), mapping.PlaceMarkers)
    assert sorted(row[4] for row in markers.rows) == sorted(places["name"])
    almaty = next(row for row in markers.rows if row[4] == "Almaty")
    assert almaty == [43.25, 76.92, 24, "city", "Almaty", "ألما أتا", 2, 0]


@pytest.mark.parametrize(("place_id", "flagged"), [("near:gn:4699066:richmond-street", 1), ("gn:4699066", 0)])
def test_the_tooltip_flags_an_approximate_location(place_id, flagged):
    places = synthetic_places(1).assign(place_id=[place_id])
    (markers,) = layers_of(mapping.build_map(places), mapping.PlaceMarkers)
    assert markers.rows[0][7] == flagged
    assert "approximate location" in map_script(mapping.build_map(places))


def test_tooltips_and_script_escape_document_html():
    hostile = synthetic_places(2).assign(
        name=["<script>alert(1)</script>", "Paris"], surfaces=['<img src=x onerror="alert(2)">', "javascript:alert(3)"]
    )
    html = map_script(mapping.build_map(hostile))
    assert "<script>alert" not in html and "<img src=x" not in html and "</script><" not in html
    assert "\\u003cscript\\u003ealert(1)" in html  # the name as JSON data, escaped again in the browser
    assert "function escaped(text)" in html


@pytest.mark.parametrize(("count", "clustered"), [(1, False), (mapping.CLUSTER_ABOVE, False), (mapping.CLUSTER_ABOVE + 1, True), (5000, True)])
def test_many_places_are_clustered(count, clustered):
    m = mapping.build_map(synthetic_places(count))
    (markers,) = layers_of(m, mapping.PlaceMarkers)
    assert markers.clustered is clustered
    assert len(markers.rows) == count
    assert ("markerClusterGroup" in map_script(m)) is clustered


@pytest.mark.parametrize("count", [3, mapping.CLUSTER_ABOVE + 1])
def test_the_map_itself_has_zoom_limits(count):
    """MarkerCluster throws "Map has no maxZoom specified" on a map without tiles otherwise."""
    script = map_script(mapping.build_map(synthetic_places(count)))
    assert re.search(r'"maxZoom": 18', script) and re.search(r'"minZoom": 1', script)


def test_heat_map_is_a_local_layer_to_toggle(places):
    m = mapping.build_map(places)
    (heat,) = layers_of(m, mapping.PlaceHeat)
    (markers,) = layers_of(m, mapping.PlaceMarkers)
    assert heat.show is False and heat.layer_name == mapping.HEAT_NAME and heat.markers is markers
    assert heat.default_js == [("leaflet-heat.js", mapping.ASSET_BASE + "vendor/leaflet-heat/leaflet-heat.js")]
    assert f"{markers.get_name()}.placeRows" in map_script(m)


def test_view_fits_the_places(places):
    html = map_script(mapping.build_map(places))
    assert "fitBounds" in html
    assert mapping.place_bounds(places) == [[29.76, -100.0], [51.18, 76.92]]
    assert "fitBounds" not in map_script(mapping.build_map(synthetic_places(0)))


@pytest.mark.parametrize(("mentions", "size"), [(1, 16), (2, 24), (4, 32), (16, 48), (10_000, 48)])
def test_marker_size_grows_with_mentions(mentions, size):
    assert mapping.marker_size(mentions) == size


@pytest.mark.parametrize(("lat", "lon", "name"), [(43.25, 76.92, "Almaty"), (50.28, 57.21, "Aktobe"), (29.0, -96.0, "Houston")])
def test_a_click_selects_the_nearest_place(places, lat, lon, name):
    place_id = mapping.nearest_place(places, lat, lon)
    assert places.set_index("place_id").loc[place_id, "name"] == name


def test_no_place_to_select_on_an_empty_map():
    assert mapping.nearest_place(synthetic_places(0), 0.0, 0.0) is None


def test_every_kind_has_an_icon():
    for kind in [*mapping.KIND_COLOURS, mapping.OTHER_KIND]:
        assert (STATIC / "markers" / f"{kind}.svg").is_file()
