"""Points on the Earth: the distance between two, and a grid to find the near ones fast."""

from __future__ import annotations

import math

EARTH_RADIUS_KM = 6371.0088  # the mean radius
KM_PER_DEGREE = 111.2  # of latitude: near enough everywhere for a grid's cells and a near-test


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance on a sphere of the Earth's mean radius."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlmb = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def within_km(lat: float, lon: float, other_lat: float, other_lon: float, km: float) -> bool:
    """Whether two points are closer than ``km``, by the equirectangular estimate: exact
    enough at tens of kilometres, and cheap enough to ask of every pair in a grid cell (the
    180° meridian is not handled: no two towns a name could mean straddle it). Near ``km``
    it differs from :func:`distance_km` by up to a few hundred metres."""
    degrees = km / KM_PER_DEGREE
    dlat, dlon = other_lat - lat, (other_lon - lon) * math.cos(math.radians(lat))
    return dlat * dlat + dlon * dlon < degrees * degrees


def grid_cell(lat: float, lon: float, size_km: float) -> tuple[int, int]:
    """The cell, about ``size_km`` wide, a point lies in: longitude is scaled by the cosine
    of the latitude, as a degree of longitude shrinks toward the poles. The points near one
    lie in its cell and the eight around it."""
    size = size_km / KM_PER_DEGREE
    return int(lat // size), int(lon * max(math.cos(math.radians(lat)), 0.1) // size)
