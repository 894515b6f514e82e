"""Ingest on a real Dask cluster: a ``dask scheduler`` and two ``dask worker`` processes on
127.0.0.1, started as an operator would start them, reached with ``--scheduler``."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import types
from collections.abc import Iterator
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from geo.store import Store
from geo.store import ingest as ingest_module
from geo.store.cluster import DaskRunner
from geo.store.ingest import ingest

REPO = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
TEST_DATA = REPO / "tests" / "data"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Cluster:
    """A scheduler and workers in processes (and process groups) of their own."""

    def __init__(self, workers: int = 2):
        self.address = f"tcp://127.0.0.1:{free_port()}"
        environment = os.environ | {"PYTHONPATH": str(REPO), "DASK_DISTRIBUTED__WORKER__PROFILE__ENABLED": "False"}
        self.scheduler = self._start([BIN / "dask", "scheduler", "--host", "127.0.0.1", "--port",
                                      self.address.rsplit(":", 1)[1], "--no-dashboard"], environment)
        self.workers = [
            self._start([BIN / "dask", "worker", self.address, "--nthreads", "1", "--no-dashboard",
                         "--host", "127.0.0.1"], environment)
            for _ in range(workers)
        ]
        self._wait_for(workers)

    @staticmethod
    def _start(command: list, environment: dict) -> subprocess.Popen:
        return subprocess.Popen([str(part) for part in command], cwd=REPO, env=environment, start_new_session=True,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def _wait_for(self, workers: int) -> None:
        from distributed import Client

        with Client(self.address, timeout="30s") as client:
            client.wait_for_workers(workers, timeout=60)

    def kill_worker(self, number: int) -> None:
        """Kill a worker and its nanny at once, as a machine going down would."""
        os.killpg(self.workers[number].pid, signal.SIGKILL)

    def close(self) -> None:
        for process in [*self.workers, self.scheduler]:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        for process in [*self.workers, self.scheduler]:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)


@pytest.fixture
def cluster() -> Iterator[Cluster]:
    started = Cluster()
    yield started
    started.close()


def mention_rows(store: Store) -> list[tuple]:
    rows = [row for path in store.files("mentions") for row in pq.read_table(path).to_pylist()]
    columns = ("doc", "start", "end", "surface", "place_id", "lat", "lon", "confidence", "reason", "sentence", "date")
    return sorted(tuple(row[column] for column in columns) for row in rows)


def stored_ids(store: Store) -> list[str]:
    return sorted(row["doc"] for path in store.files("documents")
                  for row in pq.read_table(path, columns=["doc"]).to_pylist())


def geo_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "geo", "--cache-dir", str(REPO / "cache"), *map(str, args)], cwd=REPO,
                          capture_output=True, text=True, timeout=600)


def test_ingest_through_a_scheduler_stores_exactly_what_a_local_run_does(cluster, tmp_path, runner):
    sources = [REPO / "seeds", TEST_DATA / "geoparse", TEST_DATA / "corpus"]
    on_cluster = geo_cli("ingest", *sources, "--store", tmp_path / "cluster", "--scheduler", cluster.address)
    assert on_cluster.returncode == 0, on_cluster.stderr
    assert "on 2 workers" in on_cluster.stdout
    local = Store(tmp_path / "local")
    ingest(sources, store=local, runner=runner)
    assert mention_rows(Store(tmp_path / "cluster")) == mention_rows(local)
    assert stored_ids(Store(tmp_path / "cluster")) == stored_ids(local)


def many_documents(folder: Path, copies: int) -> Path:
    """The seed and test articles repeated under new ids: enough batches to lose one mid-way."""
    texts = [path.read_text(encoding="utf-8") for path in [*sorted((REPO / "seeds").iterdir()),
                                                              TEST_DATA / "geoparse" / "ar_news.txt"]]
    rows = [{"id": f"copy{copy}-{number}", "text": text} for copy in range(copies) for number, text in enumerate(texts)]
    path = folder / "many.jsonl"
    path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    return path


def test_a_worker_lost_mid_ingest_loses_and_doubles_nothing(cluster, tmp_path, settings, runner, monkeypatch):
    corpus = many_documents(tmp_path, copies=60)
    monkeypatch.setattr(ingest_module, "BATCH_DOCUMENTS", 8)
    killed: list[int] = []

    def kill_one_worker_once(progress) -> None:
        if progress.documents >= 16 and not killed:
            cluster.kill_worker(0)
            killed.append(progress.documents)

    store = Store(tmp_path / "cluster")
    with DaskRunner(settings, scheduler=cluster.address) as on_cluster:
        summary = ingest([corpus], store=store, runner=on_cluster, progress=kill_one_worker_once)
    assert killed and killed[0] < 240, "the worker was lost mid-ingest"
    assert summary.new == 240 and stored_ids(store) == sorted(f"copy{c}-{n}" for c in range(60) for n in range(4))
    local = Store(tmp_path / "local")
    ingest([corpus], store=local, runner=runner)
    assert mention_rows(store) == mention_rows(local)


def test_an_unreachable_scheduler_is_a_clear_error(tmp_path):
    result = geo_cli("ingest", REPO / "seeds", "--store", tmp_path / "store", "--scheduler",
                     f"tcp://127.0.0.1:{free_port()}")
    assert result.returncode == 2
    assert "cannot start or reach tcp://127.0.0.1:" in result.stderr


def test_a_local_cluster_is_started_and_stopped_by_the_command(tmp_path):
    result = geo_cli("ingest", REPO / "seeds", TEST_DATA / "geoparse", "--store", tmp_path / "store", "--workers", "2")
    assert result.returncode == 0, result.stderr
    assert "7 documents parsed (7 new, 0 changed)" in result.stdout and "on 2 workers" in result.stdout
    again = geo_cli("ingest", REPO / "seeds", TEST_DATA / "geoparse", "--store", tmp_path / "store")
    assert "0 documents parsed" in again.stdout and "6 files (6 unchanged, not read)" in again.stdout


def test_ctrl_c_mid_ingest_keeps_what_was_committed_and_the_same_command_finishes(tmp_path):
    corpus = many_documents(tmp_path, copies=150)
    command = [sys.executable, "-m", "geo", "--cache-dir", str(REPO / "cache"), "ingest", str(corpus),
               "--store", str(tmp_path / "store"), "--workers", "0", "--commit-seconds", "0"]
    # Ctrl-C as from a terminal: a shell starts a background job with SIGINT ignored, and an
    # ignored signal stays ignored across exec, so a suite run in the background would hand
    # the ingest a Ctrl-C it never sees.
    running = subprocess.Popen(command, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               preexec_fn=_default_sigint)
    manifest = tmp_path / "store" / "manifest.json"
    while not manifest.exists() and running.poll() is None:
        time.sleep(0.05)
    running.send_signal(signal.SIGINT)
    _, stderr = running.communicate(timeout=120)
    assert running.returncode == 130, stderr
    assert "interrupted: what was committed is kept; the same command finishes the rest" in stderr
    store = Store(tmp_path / "store")
    kept = stored_ids(store)
    assert 0 < len(kept) < 600
    finished = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=600)
    assert finished.returncode == 0, finished.stderr
    assert f"{600 - len(kept):,} documents parsed" in finished.stdout and f"{len(kept):,} already stored" in finished.stdout
    assert stored_ids(store) == sorted(f"copy{c}-{n}" for c in range(150) for n in range(4))


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_local_workers_do_not_run_the_script_that_started_them(tmp_path, settings, monkeypatch):
    """Streamlit runs the dashboard as ``__main__``; a spawned worker re-runs ``__main__``'s
    file unless it is kept from it (a worker would run the dashboard, and its ingest, again)."""
    ran = tmp_path / "ran"
    script = tmp_path / "app.py"
    script.write_text(f"open({str(ran)!r}, 'w').close()\n")
    app = types.ModuleType("__main__")
    app.__file__ = str(script)
    monkeypatch.setitem(sys.modules, "__main__", app)
    with DaskRunner(settings, workers=1) as local:
        assert list(local.map(len, [[1, 2]])) == [([1, 2], 2)]
    assert sys.modules["__main__"] is app
    assert not ran.exists()
