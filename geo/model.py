"""The small immutable records every part of ``geo`` passes around."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from geo.errors import source_line

KINDS = ("country", "region", "city", "landmark", "continent", "water")  # water: seas, oceans, rivers, lakes, canals
APPROXIMATE_PREFIX = "near:"  # place_id of a spot no source lists, placed at its anchor's point
APPROXIMATE_REASON = "approximate: "  # in its reason, before how it was placed
PLACED_SAID = {  # how an approximate place was placed at its anchor (Evidence.placed), in words
    "right after": "named right after it",
    "sentence": "named in the same sentence",
    "document": "the place the document names most",
    "adjective": "the country of the nationality's adjective after it",
    "sentence's country": "the one country its sentence names",
    "country": "the document's only country, a small one",
}


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


class Evidence(NamedTuple):
    """What a mention rests on, in fields, so that no consumer parses its reason. (A tuple:
    one is made per mention.)"""

    via: str = ""  # how the name was found: gazetteer, transliteration, cue, repeated transliteration or cue
    cue: str = ""  # the place cue word before it (folded: مدينة, city), if any
    terms: tuple[str, ...] = ()  # the score terms that raised its place (geo.resolve.terms)
    anchor: str = ""  # for an approximate place: the place_id of the place it is placed at ...
    placed: str = ""  # ... and how: one of PLACED_SAID's keys ("right after", "sentence", ...)


@dataclass(frozen=True, slots=True)
class Mention:
    """One place mention in one document.

    ``start``/``end`` are code-point offsets into the document text as read, so
    ``text[start:end] == surface``. Proclitics (و ف ب ل ك and their combinations) are
    outside the span; the article ال stays inside when it belongs to the name.
    ``place`` is None when the mention stayed unresolved; ``reason`` says why either way,
    ``rule`` names the recognition rule that added the name, vouched for it or rejected it,
    and ``evidence`` gives what the place rests on in fields.
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
    rule: str = ""
    evidence: Evidence | None = None

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
            "rule": self.rule,
            "resolved": place is not None,
        }


@dataclass(frozen=True, slots=True)
class Document:
    """One document as read from a source; ``text`` is never altered. ``home_country``: the
    ISO 3166 code of the outlet's country, when known (local news names its own small towns
    without their country)."""

    id: str
    text: str
    title: str = ""
    date: str = ""
    url: str = ""
    lang: str = ""
    source: str = ""
    home_country: str = ""


@dataclass(frozen=True, slots=True)
class LoadProblem:
    """A file or row that could not be loaded, kept so nothing is dropped silently."""

    source: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        return f"{source_line(self.source, self.line)}: {self.reason}"


@dataclass(frozen=True)
class Corpus:
    """Documents loaded from one or more paths, with the problems met on the way."""

    documents: tuple[Document, ...] = ()
    problems: tuple[LoadProblem, ...] = field(default=())
