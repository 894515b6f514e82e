"""geo.app.sources: what the dashboard imports on its first run."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_dashboard_sources_import_no_dask():
    """Dask takes about 0.35 s to import; only a corpus big enough for a cluster needs it."""
    code = "import sys, geo.app.sources; print(sorted(m for m in ('dask', 'distributed') if m in sys.modules))"
    imported = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert imported.stdout.strip() == "[]"
