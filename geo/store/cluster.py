"""Where an ingest's batches are parsed: on a Dask cluster, or in the ingesting process.

``DaskRunner`` starts a local cluster of worker processes, one per core (the embedded
default), or connects to an existing ``dask.distributed`` scheduler. Each worker loads the
gazetteer once, when it joins (:class:`GeoparserPlugin`), not once per batch. Batches are
submitted a few at a time per worker and collected as they finish, so memory stays bounded
whatever the corpus size; a batch whose worker dies is run again elsewhere by the scheduler.
Its alternative, ``geo.store.work.InProcessRunner``, parses in the calling process; it lives
there so that a process that only ever parses in-process (the dashboard, for its seeds and
uploads) never imports Dask (about 0.35 s).
"""

from __future__ import annotations

import contextlib
import itertools
import os
import sys
import types
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from distributed.diagnostics.plugin import WorkerPlugin

from geo.errors import GeoError
from geo.resources import peak_memory_mb
from geo.store.work import InProcessRunner, ParseSettings

PLUGIN_NAME = "geo-geoparser"
IN_FLIGHT_PER_WORKER = 3
"""Batches queued per worker: enough that none waits for the next, few enough to bound memory."""
# Dask's statistical profiler samples every worker thread 100 times a second: on two cores it
# took about a tenth of the parsing time. Ingest needs no profile, so it is off on the workers
# a local cluster starts (a cluster of one's own is configured by whoever runs it).
WORKER_CONFIG = {"distributed.worker.profile.enabled": False}


class ClusterError(GeoError, ConnectionError):
    """The Dask scheduler cannot be reached, or the cluster cannot start."""


@contextlib.contextmanager
def _main_script_hidden() -> Iterator[None]:
    """Keep spawned workers from running the script that started them.

    A spawned process first re-runs ``__main__``'s file. Streamlit runs the dashboard as
    ``__main__``, so each worker would run the dashboard, and the ingest it starts, again."""
    main = sys.modules["__main__"]
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        yield
    finally:
        sys.modules["__main__"] = main


class GeoparserPlugin(WorkerPlugin):
    """Loads a worker's geoparser when it joins the cluster, before any batch reaches it."""

    idempotent = True

    def __init__(self, settings: ParseSettings):
        self.settings = settings

    def setup(self, worker) -> None:
        self.settings.geoparser()


class DaskRunner:
    """Runs batches on a Dask cluster: a local one it starts and stops, or an existing one."""

    def __init__(self, settings: ParseSettings, *, scheduler: str | None = None, workers: int | None = None):
        self.settings = settings
        self.scheduler = scheduler
        self.requested_workers = workers or os.cpu_count() or 1
        self._cluster = None
        self._client = None

    @property
    def workers(self) -> int:
        return max(1, len(self._client.scheduler_info()["workers"])) if self._client else self.requested_workers

    def __enter__(self) -> DaskRunner:
        return self

    def _start(self) -> None:
        """Start or reach the cluster: on the first batch, so an ingest with nothing new
        starts no workers at all."""
        import dask
        from distributed import Client, LocalCluster

        try:
            if self.scheduler:
                self._client = Client(self.scheduler, timeout="10s")
            else:
                # Worker processes, one thread each: the geoparser is pure Python and holds the GIL.
                with dask.config.set(WORKER_CONFIG), _main_script_hidden():
                    self._cluster = LocalCluster(n_workers=self.requested_workers, threads_per_worker=1,
                                                 processes=True, dashboard_address=None, silence_logs=40)
                self._client = Client(self._cluster)
            self._client.register_plugin(GeoparserPlugin(self.settings), name=PLUGIN_NAME)
        except (OSError, TimeoutError) as error:
            self.__exit__(None, None, None)
            where = self.scheduler or "a local cluster"
            raise ClusterError(f"cannot start or reach {where}: {error}") from error

    def __exit__(self, *exc_info) -> None:
        if self._client is not None:
            self._client.close()
        if self._cluster is not None:
            self._cluster.close()
        self._client = self._cluster = None

    def map(self, function: Callable[..., Any], batches: Iterable[Any], **options: Any) -> Iterator[tuple[Any, Any]]:
        """``(batch, function(batch, **options))`` for each batch, as each finishes."""
        from distributed import as_completed

        pending = iter(batches)
        first = next(pending, None)
        if first is None:
            return
        if self._client is None:
            self._start()
        pending = itertools.chain([first], pending)
        running = as_completed()
        submitted: dict[str, Any] = {}

        def submit_next() -> bool:
            batch = next(pending, None)
            if batch is None:
                return False
            # pure=False: two batches of equal content are still two tasks.
            future = self._client.submit(function, batch, pure=False, **options)
            submitted[future.key] = batch
            running.add(future)
            return True

        for _ in range(self.workers * IN_FLIGHT_PER_WORKER):
            if not submit_next():
                break
        for future in running:
            result = future.result()
            batch = submitted.pop(future.key)
            future.release()
            submit_next()
            yield batch, result

    def worker_peak_memory_mb(self) -> dict[str, float]:
        """Each worker's peak resident memory so far (none before the first batch)."""
        return self._client.run(peak_memory_mb) if self._client else {}


def runner_for(*, cache_dir, cities: str = "cities15000", workers: int | None = None,
               scheduler: str | None = None) -> InProcessRunner | DaskRunner:
    """The runner the options ask for: this process for ``workers=0``, else a Dask cluster
    (an existing one at ``scheduler``, or a local one of ``workers`` processes, one per core
    by default)."""
    from geo.store.work import cache_dir_for

    settings = ParseSettings(cache_dir=cache_dir_for(cache_dir), cities=cities)
    if workers == 0 and not scheduler:
        return InProcessRunner(settings)
    return DaskRunner(settings, scheduler=scheduler, workers=workers)
