"""geo: find and resolve place mentions in Arabic and English news, offline.

``geo.geoparse(text)``, ``geo.load_corpus(path)`` and ``geo.mentions_frame(parsed)`` are
loaded on first use, so ``import geo`` stays cheap (no gazetteer, no pandas).
"""

import importlib

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

_LAZY = {
    "geoparse": "geo.pipeline",
    "load_geoparser": "geo.pipeline",
    "mentions_frame": "geo.pipeline",
    "Geoparser": "geo.pipeline",
    "load_corpus": "geo.corpus",
}

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
    "geoparse",
    "load_corpus",
    "load_geoparser",
    "mentions_frame",
    "Geoparser",
]


def __getattr__(name: str):
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'geo' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
