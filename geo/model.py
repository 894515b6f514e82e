"""The small immutable records every part of ``geo`` passes around."""

from __future__ import annotations

from dataclasses import dataclass, field

KINDS = ("country", "region", "city", "landmark", "continent")
APPROXIMATE_PREFIX = "near:"  # place_id of a spot no source lists, placed at its anchor's point
APPROXIMATE_REASON = "approximate: "  # in its reason, before how it was placed


def is_approximate(place_id: str) -> bool:
    """Whether a place id is an approximate place (see :class:`Place`)."""
    return place_id.startswith(APPROXIMATE_PREFIX)


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer entry: one real place with coordinates.

    ``place_id`` is stable across index rebuilds: ``gn:<geonameid>`` for GeoNames
    cities, ``cc:<ISO2>`` for countries, ``adm1:<ISO2>:<name>`` for first-level
    divisions, ``un:<M49>`` for world regions, ``alias:<slug>`` for curated places, and
    ``near:<anchor place_id>:<slug>`` for a spot no source lists (a hospital, a street),
    placed approximately at the point of the place the text puts it in.
    """

    place_id: str
    name: str
    lat: float
    lon: float
    kind: str
    country_code: str = ""
    population: int = 0
    name_ar: str = ""


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Mention:
    """One place mention in one document.

    ``start``/``end`` are code-point offsets into the document text as read, so
    ``text[start:end] == surface``. Proclitics (و ف ب ل ك and their combinations) are
    outside the span; the article ال stays inside when it belongs to the name.
    ``place`` is None when the mention stayed unresolved; ``reason`` says why either way.
    """

    doc: str
    start: int
    end: int
    surface: str
    sentence: Sentence
    place: Place | None
    confidence: float
    reason: str
    candidates: tuple[str, ...] = ()

    @property
    def resolved(self) -> bool:
        return self.place is not None

    def as_record(self) -> dict:
        """Flat dict for JSONL/CSV/DataFrame output."""
        place = self.place
        return {
            "doc": self.doc,
            "sentence": self.sentence.text,
            "sentence_start": self.sentence.start,
            "start": self.start,
            "end": self.end,
            "surface": self.surface,
            "name": place.name if place else None,
            "place_id": place.place_id if place else None,
            "lat": place.lat if place else None,
            "lon": place.lon if place else None,
            "country_code": place.country_code if place else None,
            "kind": place.kind if place else None,
            "confidence": round(self.confidence, 3),
            "reason": self.reason,
            "resolved": place is not None,
        }


@dataclass(frozen=True, slots=True)
class Document:
    """One document as read from a source; ``text`` is never altered."""

    id: str
    text: str
    title: str = ""
    date: str = ""
    url: str = ""
    lang: str = ""
    source: str = ""


@dataclass(frozen=True, slots=True)
class LoadProblem:
    """A file or row that could not be loaded, kept so nothing is dropped silently."""

    source: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        return f"{where}: {self.reason}"


@dataclass(frozen=True)
class Corpus:
    """Documents loaded from one or more paths, with the problems met on the way."""

    documents: tuple[Document, ...] = ()
    problems: tuple[LoadProblem, ...] = field(default=())
