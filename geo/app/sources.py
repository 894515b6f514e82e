"""Where the dashboard's documents come from: a store, a corpus ingested into a store, uploads.

``--store DIR`` opens a store as it is. ``--corpus PATH`` (the seeds by default) is ingested
into a store of its own under the stores folder, named after the path, and opened: the next
start finds it and parses only what changed (usually nothing: unchanged files are not even
read). These stores are caches: one filled by another parser version is parsed again.
Uploads go into a store of the browser session's own, queried together with the main one.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from geo.corpus import source_files
from geo.gazetteer import index_signature
from geo.model import LoadProblem
from geo.store import Store
from geo.store.layout import FORMAT
from geo.store.ingest import IngestProgress, IngestSummary, ingest
from geo.store.work import InProcessRunner, ParseSettings
from geo.version import parser_version

if TYPE_CHECKING:
    from geo.store.cluster import DaskRunner

LOCAL_CLUSTER_ABOVE_BYTES = 20_000_000
"""A corpus bigger than this is parsed by a local Dask cluster; a smaller one in the app's
process, with the geoparser it has already loaded (starting workers would cost more)."""
SESSION_STORES_KEPT_SECONDS = 24 * 3600
UPLOADS = "uploads"


@dataclass(frozen=True)
class Upload:
    """A file the viewer added: its name and bytes."""

    name: str
    data: bytes


def corpus_store(path: Path, *, stores_dir: Path) -> Store:
    """The store a corpus path is ingested into: one per path, named after it."""
    resolved = Path(path).resolve()
    digest = hashlib.sha256(str(resolved).encode()).hexdigest()[:12]
    slug = re.sub(r"[^\w.-]+", "-", resolved.name)[:40] or "corpus"
    return Store(Path(stores_dir) / f"{slug}-{digest}")


def path_signature(path: Path) -> tuple:
    """Names, sizes and modification times of the files under ``path``: what tells a
    dashboard that the corpus changed while it was running."""
    return tuple(
        (item.name, item.size, item.modified_ns) if not isinstance(item, LoadProblem) else (item.source, item.reason)
        for item in source_files(path)
    )


class CorpusStores:
    """The app's corpus stores, each brought up to date once per change of its files, however
    many sessions ask at once (one process: a lock; several: the store's own lock)."""

    def __init__(self, *, stores_dir: Path, settings: ParseSettings):
        self.stores_dir = Path(stores_dir)
        self.settings = settings
        self._lock = threading.Lock()
        self._current: dict[Path, tuple] = {}  # corpus path -> the signature its store holds

    def up_to_date(self, path: Path, *, progress: Callable[[IngestProgress], None] | None = None) -> Store:
        path = Path(path).resolve()
        store = corpus_store(path, stores_dir=self.stores_dir)
        signature = path_signature(path)
        with self._lock:
            if self._current.get(path) != signature or not store.exists():
                ingest_corpus(path, store, settings=self.settings, progress=progress)
                self._current[path] = signature
        return store


def ingest_corpus(path: Path, store: Store, *, settings: ParseSettings,
                  progress: Callable[[IngestProgress], None] | None = None) -> IngestSummary:
    """Bring a corpus store up to date with its path; a store filled by another parser
    version or gazetteer is parsed again (it is a cache of the corpus, not a record)."""
    manifest = store.manifest(any_format=True)
    stale = manifest is not None and (manifest.parser_version, manifest.gazetteer, manifest.format) != (
        parser_version(), index_signature(settings.cities), FORMAT)
    runner = _runner(path, settings)
    with runner:
        return ingest([path], store=store, runner=runner, reparse=stale, wait=True, progress=progress)


def _runner(path: Path, settings: ParseSettings) -> InProcessRunner | DaskRunner:
    size = sum(item.size for item in source_files(path) if not isinstance(item, LoadProblem))
    if size <= LOCAL_CLUSTER_ABOVE_BYTES:
        return InProcessRunner(settings)
    # Imported only for a corpus that needs it: Dask takes 0.35 s to import, in the first run.
    from geo.store.cluster import DaskRunner

    return DaskRunner(settings)


def session_store(session_id: str, uploads: Iterable[Upload], *, stores_dir: Path,
                  settings: ParseSettings) -> Store | None:
    """The session's store with exactly the uploaded files in it (None without uploads)."""
    uploads = list(uploads)
    root = Path(stores_dir) / "sessions" / re.sub(r"[^\w-]+", "-", session_id)
    if not uploads:
        shutil.rmtree(root, ignore_errors=True)
        return None
    folder = root / UPLOADS
    folder.mkdir(parents=True, exist_ok=True)
    names = {_safe_name(upload.name) for upload in uploads}
    for stale in folder.iterdir():
        if stale.name not in names:
            stale.unlink()
    for upload in uploads:
        target = folder / _safe_name(upload.name)
        if not target.exists() or target.read_bytes() != upload.data:
            target.write_bytes(upload.data)
    store = Store(root / "store")
    with InProcessRunner(settings) as runner:
        # Only the uploads still there: a removed one takes its documents with it.
        if _removed_sources(store, folder):
            shutil.rmtree(store.root, ignore_errors=True)
        ingest([folder], store=store, runner=runner, wait=True)
    return store


def _removed_sources(store: Store, folder: Path) -> bool:
    manifest = store.manifest(any_format=True)
    present = {str(path.resolve()) for path in folder.iterdir()}
    return manifest is not None and not set(manifest.sources) <= present


def _safe_name(name: str) -> str:
    """An upload's file name as a file in the session's folder (no folders, no dot files)."""
    base = os.path.basename(name.replace("\\", "/")).lstrip(".")
    return base or "upload"


def forget_old_sessions(stores_dir: Path, *, now: Callable[[], float] = time.time) -> None:
    """Delete session stores no session has touched for a day (Streamlit says nothing when a
    session ends)."""
    sessions = Path(stores_dir) / "sessions"
    if not sessions.is_dir():
        return
    for root in sessions.iterdir():
        if now() - root.stat().st_mtime > SESSION_STORES_KEPT_SECONDS:
            shutil.rmtree(root, ignore_errors=True)
