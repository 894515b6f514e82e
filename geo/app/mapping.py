"""The event map: a folium map of resolved places that works with no network.

Two parts. The *base map* (:func:`base_map`) is the same on every rerun: Natural Earth country
outlines (offline, the default) and OpenStreetMap tiles (only fetched when picked) as base
layers, the layer control, the legend, and the controller in ``static/js/place-map.js`` that
owns the places' clusters and heat map. Because it never changes, streamlit-folium keeps it in
the page across reruns, and the viewer's zoom, base layer and heat map choice with it. The
*places* (:func:`places_layer`) are one compact array of rows handed to that controller on each
rerun (streamlit-folium's ``feature_group_to_add``): markers, clusters, tooltips and the heat
map are built from it in the browser, every text escaped there.

Every JS and CSS file is served by the app itself from ``static/`` (``/app/static/``); the
scripts as one file, ``static/js/map-bundle.js`` (:mod:`geo.app.assets`).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass

import folium
import pandas as pd
import xyzservices
from branca.element import Element, MacroElement
from folium.elements import JSCSSMixin
from folium.map import Layer
from folium.template import Template

from geo.app.assets import MAP_BUNDLE
from geo.app.view import EVENT_LABELS, KIND_LABELS, NO_EVENT
from geo.model import is_approximate

# From inside streamlit-folium's component iframe (/component/streamlit_folium.st_folium/)
# this reaches Streamlit's static serving at /app/static/, also under server.baseUrlPath.
ASSET_BASE = "../../app/static/"

MIN_ZOOM, MAX_ZOOM, MAX_FIT_ZOOM = 1, 18, 6
CLUSTER_RADIUS = 36
"""Pixels within which markers gather into a cluster: about where their icons overlap."""
# Colours with at least 3:1 contrast against both the outlines' land (#f4f1ea) and sea (#d8e6f0).
KIND_COLOURS = {
    "country": "#0072B2",
    "region": "#007A5A",
    "city": "#C04F00",
    "landmark": "#A8457E",
    "water": "#00617F",
    "continent": "#A86A00",
}
OTHER_KIND = "other"
# Event types, coloured as kinds are (3:1 against land and sea), and the colour of none.
EVENT_COLOURS = {
    "protest": "#7B3294", "riot": "#C51B7D", "armed_clash": "#B2182B", "strike_explosion": "#D6400C",
    "violence_against_civilians": "#67001F", "arrest": "#4D4D4D", "military_movement": "#4D7C0F",
    "emergency_measure": "#8C6D00", "disaster": "#1F5F99", "diplomacy": "#00796B", "political_change": "#3F51B5",
}  # fmt: skip
NO_EVENT_COLOUR = "#707070"
BY_KIND, BY_EVENT = "kind", "event"
BASEMAP_NAME = "Country outlines (offline)"
ONLINE_TILES_NAME = "OpenStreetMap (online)"
PLACES_NAME = "Places"
HEAT_NAME = "Heat map"
MAP_TITLE = "Map of the places named in the news"
# The focus zoom for each kind of place, when one is chosen outside the map.
FOCUS_ZOOM = {"country": 5, "continent": 3, "water": 5, "region": 6, "city": 9, "landmark": 12}
ID_MARK = "\u2063"  # static/js/place-map.js ends each marker's tooltip text with it, the place id, it, the clicks


class _Verbatim(Element):
    """An already rendered script. branca wraps each element's script in a new Jinja template
    and renders that again: with thousands of places' data inside, lexing it cost more than
    everything else in drawing the map."""

    def __init__(self, text: str):
        super().__init__()
        self._text = text

    def render(self, **kwargs) -> str:
        return self._text


class CountryOutlines(Layer):
    """The offline base layer: Natural Earth country outlines fetched from the app itself."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            var {{ this.get_name() }} = L.geoJSON(null, {
                renderer: L.canvas({padding: 0.5}),
                interactive: false,
                style: {color: "#7a8793", weight: 0.8, fillColor: "#f4f1ea", fillOpacity: 1}
            });
            // After the places are drawn: the outlines (800 KB to read and draw) must not delay them.
            setTimeout(function () {
                fetch({{ this.url|tojson }})
                    .then(function (response) { return response.json(); })
                    .then(function (data) { {{ this.get_name() }}.addData(data); });
            }, 0);
        {% endmacro %}
        """
    )

    def __init__(self, url: str):
        super().__init__(name=BASEMAP_NAME, overlay=False, control=True, show=True)
        self._name = "CountryOutlines"
        self.url = url


class PlaceController(JSCSSMixin, MacroElement):
    """The base map's part of the places: ``window.placeMap``, made once (static/js/place-map.js)."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            window.placeMap = PlaceMap.create({{ this._parent.get_name() }}, Object.assign({{ this.options_json }}, {
                layerControl: {{ this.control.get_name() }},
                tiles: {{ this.tiles.get_name() }},
                outlines: {{ this.outlines.get_name() }}
            }));
        {% endmacro %}
        """
    )

    def __init__(self, *, control: folium.LayerControl, tiles: Layer, outlines: Layer, asset_base: str):
        super().__init__()
        self._name = "PlaceController"
        self.control, self.tiles, self.outlines = control, tiles, outlines
        self.options_json = script_json({
            "assetBase": asset_base,
            "colours": KIND_COLOURS | {OTHER_KIND: "#666666"} | {f"event-{t}": c for t, c in EVENT_COLOURS.items()}
            | {f"event-{NO_EVENT}": NO_EVENT_COLOUR},
            "kindLabels": KIND_LABELS | {OTHER_KIND: "Other"} | {f"event-{t}": label for t, label in EVENT_LABELS.items()},
            "kindOrder": [*KIND_COLOURS, OTHER_KIND],
            "eventOrder": [f"event-{t}" for t in [*EVENT_COLOURS, NO_EVENT]],
            "clusterRadius": CLUSTER_RADIUS, "maxFitZoom": MAX_FIT_ZOOM, "placesName": PLACES_NAME,
            "heatName": HEAT_NAME, "title": MAP_TITLE,
        })
        # Leaflet, its plugins and the controller: one request instead of four in a row.
        self.default_js = [("map-bundle.js", asset_base + MAP_BUNDLE)]
        self.default_css = [
            ("markerclustercss", asset_base + "vendor/markercluster/MarkerCluster.css"),
            ("markerclusterdefaultcss", asset_base + "vendor/markercluster/MarkerCluster.Default.css"),
        ]


class PlaceData(MacroElement):
    """This rerun's places, handed to the base map's controller."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            window.placeMap.show({{ this.data_json }});
        {% endmacro %}
        """
    )

    def __init__(self, markers: Markers, data: dict):
        super().__init__()
        self._name = "PlaceData"
        self.data = {"rows": markers.rows, **data}
        # The rows' JSON is made once per set of markers; the rest is small.
        self.data_json = '{"rows":' + markers.rows_json + "," + script_json(data).removeprefix("{")

    def render(self, **kwargs) -> None:
        # As MacroElement does, but with the script added as rendered (see _Verbatim).
        self.get_root().script.add_child(_Verbatim(self._template.module.script(self, kwargs)), name=self.get_name())


def script_json(value) -> str:
    """JSON that can stand inside a <script> element whatever its strings hold."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c").replace(
        ">", "\\u003e").replace("&", "\\u0026").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def base_map(*, asset_base: str = ASSET_BASE) -> folium.Map:
    """The map without its places: the same on every rerun (see the module's doc)."""
    m = folium.Map(location=[25, 30], zoom_start=2, tiles=None, world_copy_jump=True, control_scale=True,
                   zoom_snap=0.25, zoom_delta=0.5)
    # With tiles=None folium passes min/max zoom to no layer; MarkerCluster needs the map's own.
    m.options.update(min_zoom=MIN_ZOOM, max_zoom=MAX_ZOOM)
    m.default_js = []  # Leaflet comes in the controller's bundle
    m.default_css = [
        ("leaflet_css", asset_base + "vendor/leaflet/leaflet.css"),
        ("geo_map_css", asset_base + "css/map.css"),
    ]
    outlines = CountryOutlines(asset_base + "basemap/ne_50m_countries.geojson").add_to(m)
    # The provider itself, not its name: folium would search xyzservices' whole catalogue for
    # the name on every rerun.
    osm = xyzservices.providers.OpenStreetMap.Mapnik
    tiles = folium.TileLayer(osm, name=ONLINE_TILES_NAME, overlay=False, show=False).add_to(m)
    control = folium.LayerControl(collapsed=True).add_to(m)
    PlaceController(control=control, tiles=tiles, outlines=outlines, asset_base=asset_base).add_to(m)
    return m


@dataclass(frozen=True)
class Markers:
    """The places for the map's controller, one row each (:func:`marker_rows`), how they are
    coloured, the rows as :func:`script_json` (made once: the same markers are drawn on many
    reruns), and a version that changes with them: the browser redraws only a new version."""

    rows: list[list]
    colour_by: str
    rows_json: str
    version: str


def markers(places: pd.DataFrame, *, events: dict[str, str] | None = None) -> Markers:
    """The map's places; with ``events`` (each place's dominant event type) coloured by event
    type instead of by kind."""
    rows = marker_rows(places, events=events)
    colour_by = BY_KIND if events is None else BY_EVENT
    rows_json = script_json(rows)
    return Markers(rows, colour_by, rows_json, hashlib.sha1(f"{colour_by}{rows_json}".encode()).hexdigest()[:16])


def places_layer(markers: Markers, *, selected: str | None = None, focus: str | None = None,
                 focus_token: int = 0, empty_note: str = "No place matches the filters.") -> folium.FeatureGroup:
    """This rerun's places for :func:`base_map`: ``selected`` is highlighted; ``focus`` (a place
    chosen outside the map) is zoomed to once per ``focus_token``."""
    focus_kind = next((row[3] for row in markers.rows if row[7] == focus), None) if focus else None
    group = folium.FeatureGroup(name="places data", control=False)
    PlaceData(markers, {
        "version": markers.version, "selected": selected, "focus": focus,
        "focusToken": focus_token, "focusZoom": FOCUS_ZOOM.get(focus_kind, MAX_FIT_ZOOM), "empty": empty_note,
        "colourBy": markers.colour_by,
    }).add_to(group)
    return group


def marker_rows(places: pd.DataFrame, *, events: dict[str, str] | None = None) -> list[list]:
    """``[lat, lon, mentions, kind, name, names as written, approximate, place id, colour]``
    per place; the colour is the kind's, or with ``events`` the place's dominant event type's."""
    rows = []
    columns = ("lat", "lon", "mentions", "kind", "name", "surfaces", "place_id")
    for lat, lon, mentions, kind, name, surfaces, place_id in zip(*(places[column].tolist() for column in columns)):
        kind = kind if kind in KIND_COLOURS else OTHER_KIND
        colour = kind if events is None else f"event-{events.get(place_id, NO_EVENT)}"
        rows.append([round(float(lat), 5), round(float(lon), 5), int(mentions), kind, str(name), str(surfaces),
                     int(is_approximate(str(place_id))), str(place_id), colour])
    return rows


def place_id_from_tooltip(text: str | None) -> str | None:
    """The place a clicked marker stands for: its tooltip's text ends with the id and the count
    of clicks on it, each after :data:`ID_MARK` (a cluster has no such tooltip, so clicking one
    selects nothing)."""
    parts = (text or "").split(ID_MARK)
    return parts[1].strip() or None if len(parts) > 1 else None


def asset_links(m: folium.Map) -> list[str]:
    """Every JS and CSS URL the map's elements ask the page to load."""
    links: list[str] = []
    for element in _walk(m):
        links.extend(url for _, url in getattr(element, "default_js", []))
        links.extend(url for _, url in getattr(element, "default_css", []))
    return list(dict.fromkeys(links))


def _walk(element) -> Iterable:
    yield element
    for child in getattr(element, "_children", {}).values():
        yield from _walk(child)
