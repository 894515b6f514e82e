"""geo.gazetteer.outlines: countries' polygons, the point inside each, and which country holds a point."""

from __future__ import annotations

import pytest

from geo.gazetteer.outlines import CountryFinder, country_polygons
from geo.geometry import distance_km


def _countries(gazetteer):
    return [row for row in gazetteer.place_rows if row.kind == "country" and row.place_id.startswith("cc:")]


def test_every_country_point_lies_inside_its_largest_polygon(gazetteer):
    from shapely.geometry import Point

    polygons = country_polygons()
    outside = []
    for row in _countries(gazetteer):
        if row.country_code not in polygons:
            continue  # too small for the outlines (Gibraltar, Tuvalu): placed at its capital
        mainland = polygons[row.country_code][0]
        longitudes = (row.lon, row.lon + 360)  # Russia's and Fiji's polygons run past 180°
        if not any(mainland.contains(Point(lon, row.lat)) for lon in longitudes):
            outside.append(row.name)
    assert outside == []


def test_only_a_few_small_territories_have_no_outline(gazetteer):
    missing = {row.country_code for row in _countries(gazetteer)} - set(country_polygons())
    assert len(missing) <= 15 and not missing & {"AU", "US", "SA", "EG", "FR", "RU"}


@pytest.mark.parametrize(
    ("code", "point"),
    [
        # Australia shares its ISO number (036) with the Ashmore and Cartier Islands, whose
        # polygon gave it a point in the Timor Sea (-12.4, 123.6).
        ("AU", (-25.6, 134.4)),
        # Centroids that lie outside: Vietnam's in Laos, Israel's in the West Bank.
        ("VN", (21.7, 105.4)),
        ("IL", (30.9, 34.9)),
        ("SA", (24.1, 44.5)),
        ("US", (39.5, -99.1)),
    ],
)
def test_a_country_is_placed_inside_its_mainland(gazetteer, code, point):
    row = gazetteer.place_rows[gazetteer.country_of_code[code]]
    assert distance_km(row.lat, row.lon, *point) < 25


@pytest.mark.parametrize(
    ("lat", "lon", "code"),
    [
        (-33.87, 151.21, "AU"),  # Sydney
        (24.71, 46.68, "SA"),  # Riyadh
        (33.85, 35.90, "LB"),  # the Bekaa
        (34.44, 35.83, "LB"),  # Tripoli, Lebanon
        (32.89, 13.19, "LY"),  # Tripoli, Libya
        (66.0, -174.0, "RU"),  # Chukotka, west of 180°: its polygon is unwrapped past 180°
        (0.0, 0.0, ""),  # the Gulf of Guinea
    ],
)
def test_the_country_a_point_lies_in(lat, lon, code):
    assert CountryFinder().country_at(lat, lon) == code
