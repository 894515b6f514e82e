"""Points on the Earth: the distance between two, and a grid to find the near ones fast."""

from __future__ import annotations

import math

EARTH_RADIUS_KM = 6371.0088  # the mean radius
KM_PER_DEGREE = 111.2  # of latitude, near enough everywhere for a grid's cells


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance on a sphere of the Earth's mean radius."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlmb = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def grid_cell(lat: float, lon: float, size_km: float) -> tuple[int, int]:
    """The cell, about ``size_km`` wide, a point lies in: longitude is scaled by the cosine
    of the latitude, as a degree of longitude shrinks toward the poles. Two points closer
    than ``size_km`` lie in the same or neighbouring cells."""
    size = size_km / KM_PER_DEGREE
    return int(lat // size), int(lon * max(math.cos(math.radians(lat)), 0.1) // size)
