"""Write static/js/map-bundle.js from the map's scripts (see geo/app/assets.py).

    .venv/bin/python scripts/bundle_map_assets.py

Run it after changing static/js/place-map.js or a vendored library; tests/app/test_assets.py
fails while the committed bundle is not the concatenation of today's files.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo.app.assets import MAP_BUNDLE, STATIC, map_bundle  # noqa: E402


def main() -> None:
    target = STATIC / MAP_BUNDLE
    target.write_text(map_bundle(), encoding="utf-8")
    print(f"wrote {target.relative_to(ROOT)} ({target.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
