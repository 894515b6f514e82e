"""The event map: a folium map of resolved places that works with no network.

Every JS and CSS file the map needs is served by the app itself from ``static/`` (Streamlit's
static serving, ``/app/static/``); the default base layer is the Natural Earth country outline
file shipped in ``static/basemap/``, and OpenStreetMap tiles are only fetched when that layer is
picked. Markers are built in the browser from one data array, FastMarkerCluster's technique, so
thousands of places cost little Python; above :data:`CLUSTER_ABOVE` places they are clustered.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable

import folium
import pandas as pd
import xyzservices
from branca.element import CssLink, Element, JavascriptLink
from folium.elements import ElementAddToElement, JSCSSMixin
from folium.map import Layer
from folium.template import Template

from geo.model import is_approximate

# From inside streamlit-folium's component iframe (/component/streamlit_folium.st_folium/)
# this reaches Streamlit's static serving at /app/static/, also under server.baseUrlPath.
ASSET_BASE = "../../app/static/"

CLUSTER_ABOVE = 40
"""More places than this are drawn in clusters; fewer are drawn one by one."""

MIN_ZOOM, MAX_ZOOM, MAX_FIT_ZOOM = 1, 18, 6
KIND_COLOURS = {
    "country": "#0072B2",
    "region": "#009E73",
    "city": "#D55E00",
    "landmark": "#CC79A7",
    "continent": "#E69F00",
}
OTHER_KIND = "other"
BASEMAP_NAME = "Country outlines (offline)"
ONLINE_TILES_NAME = "OpenStreetMap (online)"
PLACES_NAME = "Places"
HEAT_NAME = "Heat map"

class _Verbatim(Element):
    """An already rendered script. branca wraps each element's script in a new Jinja template
    and renders that again: with thousands of places' data inside, lexing it cost more than
    everything else in drawing the map."""

    def __init__(self, text: str):
        super().__init__()
        self._text = text

    def render(self, **kwargs) -> str:
        return self._text


class PlaceMarkers(JSCSSMixin, Layer):
    """One Leaflet marker per place, built in the browser from one array of rows, clustered
    when there are many.

    ``rows`` are ``[lat, lon, icon_size, kind, name, names_as_written, mentions, approximate]``;
    the tooltips are built from them in the browser, every text escaped there.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            var {{ this.get_name() }} = (function () {
                var rows = {{ this.rows_json }};
                var assetBase = {{ this.asset_base|tojson }};
                function escaped(text) {
                    return String(text).replace(/[&<>"']/g, function (c) {
                        return {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}[c];
                    });
                }
                function tooltip(row) {
                    return '<div class="place-tooltip"><strong><bdi>' + escaped(row[4]) + '</bdi></strong><br><bdi>'
                        + escaped(row[5]) + '</bdi><br>' + row[6] + (row[6] === 1 ? ' mention' : ' mentions')
                        + (row[7] ? '<br><em>approximate location</em>' : '') + '</div>';
                }
                var markers = rows.map(function (row) {
                    var size = row[2];
                    var icon = L.icon({
                        iconUrl: assetBase + "markers/" + row[3] + ".svg",
                        iconSize: [size, size],
                        iconAnchor: [size / 2, size / 2],
                        tooltipAnchor: [0, -size / 2]
                    });
                    // Smaller icons are drawn above bigger ones, so a busy country never hides a city.
                    var marker = L.marker([row[0], row[1]], {
                        icon: icon, alt: row[4], riseOnHover: true, zIndexOffset: (48 - size) * 1000
                    });
                    marker.bindTooltip(tooltip(row), {direction: "top"});
                    return marker;
                });
                {%- if this.clustered %}
                var group = L.markerClusterGroup({chunkedLoading: true, maxClusterRadius: 50});
                group.addLayers(markers);
                {%- else %}
                var group = L.featureGroup(markers);
                {%- endif %}
                group.placeRows = rows;
                return group;
            })();
        {% endmacro %}
        """
    )

    def __init__(self, rows: list[list], *, clustered: bool, asset_base: str):
        super().__init__(name=PLACES_NAME, overlay=True, control=True, show=True)
        self._name = "PlaceMarkers"
        self.rows = rows
        self.rows_json = script_json(rows)
        self.clustered = clustered
        self.asset_base = asset_base
        self.default_js = (
            [("markerclusterjs", asset_base + "vendor/markercluster/leaflet.markercluster.js")]
            if clustered
            else []
        )
        self.default_css = (
            [
                ("markerclustercss", asset_base + "vendor/markercluster/MarkerCluster.css"),
                ("markerclusterdefaultcss", asset_base + "vendor/markercluster/MarkerCluster.Default.css"),
            ]
            if clustered
            else []
        )

    def render(self, **kwargs) -> None:
        # What JSCSSMixin, Layer and MacroElement do, but with the script added as it is
        # rendered (see _Verbatim), not compiled as a template once more.
        figure = self.get_root()
        for name, url in self.default_js:
            figure.header.add_child(JavascriptLink(url), name=name)
        for name, url in self.default_css:
            figure.header.add_child(CssLink(url), name=name)
        figure.script.add_child(_Verbatim(self._template.module.script(self, kwargs)), name=self.get_name())
        if self.show:
            self.add_child(ElementAddToElement(element_name=self.get_name(), element_parent_name=self._parent.get_name()),
                           name=self.get_name() + "_add")
        for child in self._children.values():
            child.render(**kwargs)


class PlaceHeat(JSCSSMixin, Layer):
    """The heat map layer, weighted by mentions, from the markers' own rows (not a second copy)."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            var {{ this.get_name() }} = (function () {
                var rows = {{ this.markers.get_name() }}.placeRows;
                var most = Math.max.apply(null, rows.map(function (row) { return row[6]; }).concat([1]));
                return L.heatLayer(rows.map(function (row) { return [row[0], row[1], row[6] / most]; }),
                                   {radius: 25, minOpacity: 0.3});
            })();
        {% endmacro %}
        """
    )

    def __init__(self, markers: PlaceMarkers, *, asset_base: str):
        super().__init__(name=HEAT_NAME, overlay=True, control=True, show=False)
        self._name = "PlaceHeat"
        self.markers = markers
        self.default_js = [("leaflet-heat.js", asset_base + "vendor/leaflet-heat/leaflet-heat.js")]


def script_json(value) -> str:
    """JSON that can stand inside a <script> element whatever its strings hold."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c").replace(
        ">", "\\u003e").replace("&", "\\u0026").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


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
            fetch({{ this.url|tojson }})
                .then(function (response) { return response.json(); })
                .then(function (data) { {{ this.get_name() }}.addData(data); });
        {% endmacro %}
        """
    )

    def __init__(self, url: str, *, show: bool):
        super().__init__(name=BASEMAP_NAME, overlay=False, control=True, show=show)
        self._name = "CountryOutlines"
        self.url = url


def marker_size(mentions: int) -> int:
    """Icon size in pixels: grows with the log of the mention count, from 16 to 48.

    Smaller icons are drawn above bigger ones, so a busy country never hides a city.
    """
    return int(min(48, 16 + 8 * math.log2(max(1, mentions))))


def marker_rows(places: pd.DataFrame) -> list[list]:
    """One data row per place for :class:`PlaceMarkers`."""
    return [
        [
            round(float(lat), 5),
            round(float(lon), 5),
            marker_size(int(mentions)),
            kind if kind in KIND_COLOURS else OTHER_KIND,
            str(name),
            str(surfaces),
            int(mentions),
            int(is_approximate(str(place_id))),
        ]
        for lat, lon, mentions, kind, name, surfaces, place_id in zip(
            places["lat"], places["lon"], places["mentions"], places["kind"], places["name"], places["surfaces"],
            places["place_id"])
    ]


def _local_assets(m: folium.Map, asset_base: str) -> None:
    m.default_js = [("leaflet", asset_base + "vendor/leaflet/leaflet.js")]
    m.default_css = [
        ("leaflet_css", asset_base + "vendor/leaflet/leaflet.css"),
        ("geo_map_css", asset_base + "css/map.css"),
    ]


def build_map(
    places: pd.DataFrame,
    *,
    online_tiles_default: bool = False,
    asset_base: str = ASSET_BASE,
) -> folium.Map:
    """The event map for a places frame (``geo.export.places_frame`` columns)."""
    m = folium.Map(location=[20, 0], zoom_start=2, tiles=None, world_copy_jump=True, control_scale=True)
    # With tiles=None folium passes min/max zoom to no layer; MarkerCluster needs the map's own.
    m.options.update(min_zoom=MIN_ZOOM, max_zoom=MAX_ZOOM)
    _local_assets(m, asset_base)
    CountryOutlines(asset_base + "basemap/ne_50m_countries.geojson", show=not online_tiles_default).add_to(m)
    # The provider itself, not its name: folium would search xyzservices' whole catalogue for
    # the name on every rerun.
    osm = xyzservices.providers.OpenStreetMap.Mapnik
    folium.TileLayer(osm, name=ONLINE_TILES_NAME, overlay=False, show=online_tiles_default).add_to(m)
    if len(places):
        markers = PlaceMarkers(marker_rows(places), clustered=len(places) > CLUSTER_ABOVE, asset_base=asset_base)
        markers.add_to(m)
        PlaceHeat(markers, asset_base=asset_base).add_to(m)
        m.fit_bounds(place_bounds(places), max_zoom=MAX_FIT_ZOOM, padding=(30, 30))
    folium.LayerControl(collapsed=False).add_to(m)
    return m


def place_bounds(places: pd.DataFrame) -> list[list[float]]:
    """South-west and north-east corners of the places."""
    return [
        [float(places["lat"].min()), float(places["lon"].min())],
        [float(places["lat"].max()), float(places["lon"].max())],
    ]


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


def nearest_place(places: pd.DataFrame, lat: float, lon: float) -> str | None:
    """The place_id drawn nearest to a clicked point (a marker click reports its own position)."""
    if not len(places):
        return None
    distance = (places["lat"] - lat) ** 2 + (places["lon"] - lon) ** 2
    return str(places.loc[distance.idxmin(), "place_id"])
