"""Scoring against gold annotations in the bench format (see ``../shared/bench/README.md``).

Recognition uses overlap matching: a predicted span and a gold span match when they share
a character, each used once. Resolution is scored on matched pairs whose gold has
coordinates: the great-circle error of the predicted place, Acc@161 km and the median.
A pair the geoparser recognised but could not place (a hospital the gazetteer lacks)
counts as a miss for Acc@161; ``acc161_located`` scores only the pairs it placed.
"""

from __future__ import annotations

import json
import statistics
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from geo.errors import CorpusError
from geo.geometry import distance_km
from geo.model import Document, Mention
from geo.pipeline import Geoparser

ACC_KM = 161.0


@dataclass(frozen=True)
class GoldSpan:
    start: int
    end: int
    surface: str
    lat: float | None
    lon: float | None


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
    def acc161_located(self) -> float | None:
        errors = self.errors_km
        return sum(e <= ACC_KM for e in errors) / len(errors) if errors else None

    @property
    def median_km(self) -> float | None:
        return statistics.median(self.errors_km) if self.errors_km else None

    def row(self) -> dict:
        acc, located, median = self.acc161, self.acc161_located, self.median_km
        return {
            "corpus": self.name, "documents": self.documents, "gold": self.gold,
            "predicted": self.predicted, "precision": round(self.precision, 3),
            "recall": round(self.recall, 3), "f1": round(self.f1, 3),
            "acc161": None if acc is None else round(acc, 3),
            "acc161_located": None if located is None else round(located, 3),
            "median_km": None if median is None else round(median, 1),
            "pairs": len(self.errors_km) + self.unresolved_matches,
            "unlocated": self.unresolved_matches,
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
                    GoldSpan(p["start"], p["end"], p["surface"], p.get("lat"), p.get("lon"))
                    for p in record.get("places", ())
                )
            except (json.JSONDecodeError, KeyError, TypeError) as error:
                raise CorpusError(str(path), f"not a gold record: {error}", line=line_number) from error
            yield GoldDocument(document, places)


def score_document(score: Score, gold: GoldDocument, mentions: list[Mention]) -> None:
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
        else:
            score.errors_km.append(distance_km(span.lat, span.lon, match.place.lat, match.place.lon))
    score.false_places += [(gold.document.id, m.surface) for m in unmatched]


def evaluate(geoparser: Geoparser, path: Path | str, *, limit: int | None = None) -> Score:
    score = Score(Path(path).name)
    for count, gold in enumerate(read_gold(path)):
        if limit is not None and count >= limit:
            break
        score_document(score, gold, geoparser.parse(gold.document))
    return score


def format_table(rows: Iterable[dict]) -> str:
    rows = list(rows)
    if not rows:
        return ""
    columns = list(rows[0])
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    for row in rows:
        lines.append("| " + " | ".join("" if row[c] is None else str(row[c]) for c in columns) + " |")
    return "\n".join(lines)
