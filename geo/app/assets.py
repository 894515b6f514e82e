"""The map's scripts as one file, ``static/js/map-bundle.js``.

streamlit-folium loads a map's scripts one after another, each waiting for the one before:
Leaflet, its two plugins and the map's controller were four round trips between the map's frame
and the server before the first marker could be drawn (about 0.2 s of the first map). The bundle
is their concatenation, in that order, made by ``scripts/bundle_map_assets.py`` and committed
(the app serves ``static/`` as it is); a test checks it is the concatenation of today's files.
"""

from __future__ import annotations

import re
from pathlib import Path

STATIC = Path(__file__).resolve().parents[2] / "static"
MAP_BUNDLE = "js/map-bundle.js"
# In load order: each plugin extends the L that Leaflet defines; the controller uses all three.
MAP_SCRIPTS = (
    "vendor/leaflet/leaflet.js",
    "vendor/markercluster/leaflet.markercluster.js",
    "vendor/leaflet-heat/leaflet-heat.js",
    "js/place-map.js",
)
# A source map comment points at a file next to its script, which the bundle is not.
_SOURCE_MAP_COMMENT = re.compile(r"^//# sourceMappingURL=.*$", re.MULTILINE)


def map_bundle(static: Path = STATIC) -> str:
    """The bundle's text: each script under a comment naming it, ended so that the next one
    starts a new statement whatever the last one's final token."""
    parts = []
    for name in MAP_SCRIPTS:
        text = _SOURCE_MAP_COMMENT.sub("", (static / name).read_text(encoding="utf-8")).rstrip()
        parts.append(f"/* static/{name} */\n{text}\n;\n")
    return "".join(parts)
