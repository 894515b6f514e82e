"""One geoparser per process and index, loaded at most once, whoever asks first.

The dashboard's launcher (``scripts/serve.py``) loads the gazetteer in a background thread
while Streamlit's server and the browser start; the dashboard's ``st.cache_resource`` loader
then asks here too and gets the same object, waiting for the thread if it is still loading
rather than loading a second copy. A failed load is not remembered: the next caller tries
again and sees the error itself, so a failing warm-up shows up in the app.
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

