"""What a store records about the code that filled it, so versions are never mixed silently.

``PARSER`` names a release; :func:`parser_version` adds a digest of every source and data
file that decides what a document's mentions are (recognition, resolution, text handling,
the gazetteer's build, their word lists), so any change to them is a new version, released or
not. The app, the store and the command line are left out: they decide how results are
shown and kept, not what they are.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

PARSER = "0.8"
PACKAGE = Path(__file__).resolve().parent
# Parts of geo/ that do not change what a document's mentions are.
_NOT_PARSING = frozenset({"app", "store", "__main__.py", "bench.py", "evaluate.py", "export.py", "mapping.py",
                          "view.py", "warm.py", "version.py", "__pycache__"})


@cache
def parser_version() -> str:
    """``0.8+<digest>``: the release and a digest of the parsing code and data."""
    digest = hashlib.sha256()
    for path in sorted(PACKAGE.rglob("*")):
        relative = path.relative_to(PACKAGE)
        if path.is_file() and relative.parts[0] not in _NOT_PARSING and path.suffix != ".pyc":
            digest.update(str(relative).encode() + b"\0" + path.read_bytes())
    return f"{PARSER}+{digest.hexdigest()[:12]}"
