"""The event map: local assets only, a base map that never changes, compact escaped place rows."""

from __future__ import annotations

import json
import re
from pathlib import Path

import folium
import pandas as pd
import pytest

from geo.app import mapping
from geo.export import mentions_frame, places_frame

ROOT = Path(__file__).resolve().parents[2]
STATIC = ROOT / "static"
DATA = ROOT / "tests" / "data" / "dashboard"


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


def script_of(m: folium.Map) -> str:
    return m.get_root().render()


def layer_script(group: folium.FeatureGroup) -> str:
    m = mapping.base_map()
    group.add_to(m)
    return script_of(m)


def shown(group: folium.FeatureGroup) -> dict:
    (data,) = [child for child in group._children.values() if isinstance(child, mapping.PlaceData)]
    return data.data


def test_every_asset_is_served_by_the_app():
    links = mapping.asset_links(mapping.base_map())
    assert [link for link in links if link.endswith(".js")] == [mapping.ASSET_BASE + "js/map-bundle.js"]
    for link in links:
        assert link.startswith(mapping.ASSET_BASE), link
        assert (STATIC / link.removeprefix(mapping.ASSET_BASE)).is_file(), link


def test_the_only_remote_urls_are_the_optional_tiles_and_their_credit(places):
    html = layer_script(mapping.places_layer(mapping.markers(places)))
    remote = set(re.findall(r"https?://[^\s\"'<>)\\]+", html))
    assert remote == {"https://tile.openstreetmap.org/{z}/{x}/{y}.png", "https://www.openstreetmap.org/copyright"}


def test_the_base_map_is_the_same_on_every_rerun():
    """streamlit-folium keeps the map (and the viewer's zoom and layers) only while its script is unchanged."""
    from streamlit_folium import _get_map_string

    assert _get_map_string(mapping.base_map()) == _get_map_string(mapping.base_map())


def test_the_outlines_are_the_default_base_layer_and_tiles_an_option():
    m = mapping.base_map()
    (outlines,) = [c for c in m._children.values() if isinstance(c, mapping.CountryOutlines)]
    (tiles,) = [c for c in m._children.values() if isinstance(c, folium.TileLayer)]
    assert outlines.show and not tiles.show and outlines.url.endswith("basemap/ne_50m_countries.geojson")
    (control,) = [c for c in m._children.values() if isinstance(c, folium.LayerControl)]
    assert control.options["collapsed"] is True


def test_rows_carry_what_a_marker_shows_and_its_place_id(places):
    rows = shown(mapping.places_layer(mapping.markers(places)))["rows"]
    assert sorted(row[4] for row in rows) == sorted(places["name"])
    almaty = next(row for row in rows if row[4] == "Almaty")
    assert almaty == [43.25, 76.92, 2, "city", "Almaty", "ألما أتا", 0, "gn:1526384", "city"]


@pytest.mark.parametrize(("place_id", "flagged"), [("near:gn:4699066:richmond-street", 1), ("gn:4699066", 0)])
def test_an_approximate_place_is_flagged(place_id, flagged):
    places = synthetic_places(1).assign(place_id=[place_id])
    assert shown(mapping.places_layer(mapping.markers(places)))["rows"][0][6] == flagged


def test_names_in_the_script_are_data_escaped_for_html():
    hostile = synthetic_places(2).assign(
        name=["<script>alert(1)</script>", "Paris"], surfaces=['<img src=x onerror="alert(2)">', "javascript:alert(3)"]
    )
    html = layer_script(mapping.places_layer(mapping.markers(hostile)))
    assert "<script>alert" not in html and "<img src=x" not in html and "</script><" not in html
    assert "\\u003cscript\\u003ealert(1)" in html


@pytest.mark.parametrize(
    ("text", "place_id"),
    [
        (f"Almaty\nألما أتا\n2 mentions\nCity{mapping.ID_MARK}gn:1526384{mapping.ID_MARK}1", "gn:1526384"),
        (f"Texas{mapping.ID_MARK}adm1:US:New York {mapping.ID_MARK}3", "adm1:US:New York"),
        ("3 places, 12 mentions", None),
        ("", None),
        (None, None),
    ],
)
def test_a_click_selects_the_place_whose_id_the_marker_carries(text, place_id):
    assert mapping.place_id_from_tooltip(text) == place_id


def test_the_focus_zooms_as_the_kind_of_place_asks(places):
    data = shown(mapping.places_layer(mapping.markers(places), selected="gn:1526384", focus="gn:1526384", focus_token=3))
    assert (data["selected"], data["focus"], data["focusToken"], data["focusZoom"]) == ("gn:1526384", "gn:1526384", 3, 9)


def test_an_empty_map_says_why(places):
    data = shown(mapping.places_layer(mapping.markers(places.iloc[0:0]), empty_note="No sentence matches the words."))
    assert data["rows"] == [] and data["empty"] == "No sentence matches the words."


def test_every_kind_has_an_icon_with_contrast_against_the_outlines():
    def luminance(colour: str) -> float:
        channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    def contrast(a: str, b: str) -> float:
        high, low = sorted((luminance(a), luminance(b)), reverse=True)
        return (high + 0.05) / (low + 0.05)

    for kind, colour in mapping.KIND_COLOURS.items():
        assert (STATIC / "markers" / f"{kind}.svg").read_text().count(colour) == 1, kind
        assert contrast(colour, "#f4f1ea") >= 3 and contrast(colour, "#d8e6f0") >= 3, kind
    assert (STATIC / "markers" / f"{mapping.OTHER_KIND}.svg").is_file()
