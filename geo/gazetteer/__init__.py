"""The offline gazetteer: places from GeoNames, CLDR and Natural Earth, indexed by folded name.

- :mod:`geo.gazetteer.index`: the built :class:`Gazetteer`, its :class:`PlaceRow` rows, name
  flags and the lookups rules ask of it (``lookup``, ``is_minor_town`` ...);
- :mod:`geo.gazetteer.build`: the build, one module per source (:mod:`~.countries`,
  :mod:`~.cities`, :mod:`~.divisions`), :mod:`~.words` for names that are everyday words,
  :mod:`~.sources` for reading them, :mod:`~.skeletons` for matching transliterations;
- :mod:`geo.gazetteer.store`: the pickled index in the cache folder;
- :mod:`geo.gazetteer.fixture`: a small index from a JSON file, for tests.
"""

from geo.gazetteer.build import CITY_SETS, build_gazetteer
from geo.gazetteer.index import (
    ALL_CAPS,
    ARTICLE_DROPPED,
    FLAG_BITS,
    FLAG_MASK,
    MINOR_POPULATION,
    NEEDS_EVIDENCE,
    PRIMARY,
    QUALIFIER_ONLY,
    WORD_FIRST,
    Gazetteer,
    PlaceRow,
    automaton_of,
    is_lesser_division,
    pack,
    unpack,
)
from geo.gazetteer.skeletons import arabic_skeleton, has_an_h, latin_skeleton, turkic_skeleton, writes_an_h
from geo.gazetteer.sources import DATA, country_areas_km2, country_names
from geo.gazetteer.store import INDEX_VERSION, PACKAGE_CACHE_DIR, fingerprint, index_signature, load_gazetteer
from geo.geometry import distance_km

__all__ = [
    "ALL_CAPS", "ARTICLE_DROPPED", "CITY_SETS", "DATA", "FLAG_BITS", "FLAG_MASK", "INDEX_VERSION",
    "MINOR_POPULATION", "NEEDS_EVIDENCE", "PACKAGE_CACHE_DIR", "PRIMARY", "QUALIFIER_ONLY", "WORD_FIRST",
    "Gazetteer", "PlaceRow", "arabic_skeleton", "automaton_of", "build_gazetteer", "country_areas_km2", "country_names",
    "distance_km", "fingerprint", "has_an_h", "index_signature", "is_lesser_division", "latin_skeleton",
    "load_gazetteer", "pack", "turkic_skeleton", "unpack", "writes_an_h",
]  # fmt: skip
