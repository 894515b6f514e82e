"""One geoparser per process and index, loaded at most once, whoever asks first.

Whoever parses asks here (``geo.store.work.ParseSettings.geoparser``): the dashboard's
sessions, an upload and a corpus being ingested at the same time get the same object, a caller
waiting for a load under way rather than loading a second copy. A failed load is not
remembered: the next caller tries again and sees the error itself.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from geo.pipeline import Geoparser

_lock = threading.Lock()
_geoparsers: dict[tuple[Path, str], Geoparser] = {}


def shared_geoparser(*, cache_dir: Path | str = "cache", cities: str = "cities15000") -> Geoparser:
    """The process's geoparser for this index, loaded on the first call (see the module's doc)."""
    key = (Path(cache_dir).resolve(), cities)
    # One lock for every index: loads are rare, and a second load at the same time would
    # only compete for the same cores.
    with _lock:
        if key not in _geoparsers:
            from geo.pipeline import load_geoparser

            _geoparsers[key] = load_geoparser(cache_dir=cache_dir, cities=cities)
        return _geoparsers[key]

