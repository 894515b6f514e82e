"""Resolution: choose, for each recognised name, the place it means.

Each place of a name gets a prior from its kind and size, then the points of the score terms
(:mod:`~.terms`) from the document: a qualifier right after the name (Paris, Texas;
طرابلس الليبية), the kind a cue word asks for (ولاية جورجيا), countries the document names or
implies with demonyms, the countries and divisions of the other places it names
(:mod:`~.context`), and their points within 40 km. One name keeps one sense per document
unless a qualifier says otherwise. Every number is a field of :class:`Weights`.

A spot no gazetteer lists (مستشفى الملك خالد، Main Street), which the online geocoder does
not place either, is placed approximately at the place the text puts it in
(:mod:`~.approximate`).
"""

from geo.resolve.approximate import HOW_PLACED, locates
from geo.resolve.context import DocumentContext, division_odds
from geo.resolve.resolution import Resolution
from geo.resolve.resolver import Resolver
from geo.resolve.terms import TERMS, odds_of, prior
from geo.resolve.weights import Weights

__all__ = [
    "HOW_PLACED", "TERMS", "DocumentContext", "Resolution", "Resolver", "Weights", "division_odds", "locates",
    "odds_of", "prior",
]  # fmt: skip
