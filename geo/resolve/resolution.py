"""The record resolution makes of each recognised name."""

from __future__ import annotations

from typing import NamedTuple

from geo.model import Place
from geo.recognize import Candidate


class Resolution(NamedTuple):
    """The place a name means (a gazetteer index), or None with the reason; ``external`` is a
    place no gazetteer lists: the online geocoder's, or an approximate one placed at the
    gazetteer place ``anchor`` (``placed`` says how: right after, sentence, document,
    country). ``terms`` names the score terms that raised the chosen place.

    A named tuple, not a frozen dataclass: one is made per mention, and a frozen
    dataclass's fields are set one ``object.__setattr__`` at a time."""

    candidate: Candidate
    place: int | None
    confidence: float
    reason: str
    external: Place | None = None
    anchor: int | None = None
    placed: str = ""
    terms: tuple[str, ...] = ()
