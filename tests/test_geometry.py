"""geo.geometry: the distance between points, the near-test and the grid."""

from __future__ import annotations

import pytest

from geo.geometry import distance_km, grid_cell, within_km

BEIRUT, DAMASCUS = (33.89, 35.50), (33.51, 36.29)


def test_the_great_circle_distance():
    assert distance_km(*BEIRUT, *DAMASCUS) == pytest.approx(84.5, abs=0.5)
    assert distance_km(*BEIRUT, *BEIRUT) == 0.0
    assert distance_km(0, 179.9, 0, -179.9) == pytest.approx(22.2, abs=0.1)


@pytest.mark.parametrize(("km", "expected"), [(85.0, True), (84.0, False)])
def test_the_near_test_agrees_with_the_distance_away_from_the_edge(km, expected):
    assert within_km(*BEIRUT, *DAMASCUS, km) is expected


def test_points_closer_than_a_cell_lie_in_neighbouring_cells():
    (row, column), (other_row, other_column) = grid_cell(*BEIRUT, 40.0), grid_cell(33.99, 35.70, 40.0)
    assert abs(row - other_row) <= 1 and abs(column - other_column) <= 1
