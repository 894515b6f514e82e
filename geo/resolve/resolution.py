"""The record resolution makes of each recognised name."""

from __future__ import annotations

from dataclasses import dataclass

from geo.model import Place
from geo.recognize import Candidate


@dataclass(frozen=True)
class Resolution:
    """The place a name means (a gazetteer index), or None with the reason; ``external`` is a
    place no gazetteer lists: the online geocoder's, or an approximate one placed at the
    gazetteer place ``anchor`` (``placed`` says how: right after, sentence, document,
    country). ``terms`` names the score terms that raised the chosen place."""

    candidate: Candidate
    place: int | None
    confidence: float
    reason: str
    external: Place | None = None
    anchor: int | None = None
    placed: str = ""
    terms: tuple[str, ...] = ()
