"""geo: find and resolve place mentions in Arabic and English news, offline."""

from geo.errors import (
    CorpusError,
    GazetteerError,
    GeocoderError,
    GeocoderResponseError,
    GeocoderTimeout,
    GeocoderUnavailable,
    GeoError,
)
from geo.model import Corpus, Document, LoadProblem, Mention, Place, Sentence

__all__ = [
    "Corpus",
    "CorpusError",
    "Document",
    "GazetteerError",
    "GeoError",
    "GeocoderError",
    "GeocoderResponseError",
    "GeocoderTimeout",
    "GeocoderUnavailable",
    "LoadProblem",
    "Mention",
    "Place",
    "Sentence",
]
