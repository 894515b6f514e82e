"""geo.warm and scripts/serve.py: the gazetteer is loaded once per process, by whoever asks
first, and only when documents are parsed; a failed load shows up in the dashboard, a failed
warm-up in the log."""

from __future__ import annotations

import inspect
import os
import sys
import threading
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

import geo.pipeline
from geo import warm
from geo.errors import GazetteerError
from scripts import serve

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def nothing_loaded(monkeypatch):
    """Each test starts with no shared geoparser and no cached resources, in the repo root; the
    warm-up freezes nothing (it would freeze the whole test session's objects)."""
    monkeypatch.setattr(serve.gc, "freeze", lambda: None)
    monkeypatch.chdir(ROOT)
    monkeypatch.setattr(sys, "argv", ["dashboard.py"])
    monkeypatch.setattr(warm, "_geoparsers", {})
    st.cache_resource.clear()
    yield
    st.cache_resource.clear()


@pytest.fixture
def loads(monkeypatch) -> list[str]:
    """Every real gazetteer load, by cache folder."""
    seen: list[str] = []
    original = geo.pipeline.load_geoparser

    def counting_load(*, cache_dir="cache", cities="cities15000", geocoder=None):
        seen.append(str(cache_dir))
        return original(cache_dir=cache_dir, cities=cities, geocoder=geocoder)

    monkeypatch.setattr(geo.pipeline, "load_geoparser", counting_load)
    return seen


def failing_load(**_options):
    raise GazetteerError("cached index cache/gazetteer.pickle is unreadable")


def test_callers_at_the_same_time_share_one_load(monkeypatch):
    release = threading.Event()
    started: list[int] = []

    def slow_load(**_options):
        started.append(1)
        release.wait(timeout=30)
        return object()

    monkeypatch.setattr(geo.pipeline, "load_geoparser", slow_load)
    results: list[object] = []
    callers = [threading.Thread(target=lambda: results.append(warm.shared_geoparser())) for _ in range(4)]
    for caller in callers:
        caller.start()
    # Give the other callers time to reach the loader while the first load is under way.
    for caller in callers:
        caller.join(timeout=0.2)
    release.set()
    for caller in callers:
        caller.join(timeout=30)
    assert len(started) == 1
    assert len(results) == 4 and all(result is results[0] for result in results)


def test_a_failed_load_is_not_remembered(monkeypatch):
    monkeypatch.setattr(geo.pipeline, "load_geoparser", failing_load)
    with pytest.raises(GazetteerError):
        warm.shared_geoparser()
    monkeypatch.setattr(geo.pipeline, "load_geoparser", lambda **_options: "loaded")
    assert warm.shared_geoparser() == "loaded"


def test_each_index_is_loaded_once(loads):
    first = warm.shared_geoparser()
    assert warm.shared_geoparser(cache_dir=ROOT / "cache") is first
    assert loads == ["cache"]


def test_the_first_map_of_an_up_to_date_store_loads_no_gazetteer(loads):
    # A first start brings the seeds' store up to date (parsing them, if it had to).
    AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=180).run()
    # The next start, as a new process: nothing loaded, nothing cached.
    warm._geoparsers.clear()
    st.cache_resource.clear()
    loads.clear()
    serve.warm_up()
    app = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=180).run()
    assert not app.exception and not app.error
    assert app.get("component_instance"), "the map is drawn"
    assert loads == []


def test_a_gazetteer_that_cannot_be_loaded_when_a_corpus_needs_parsing_is_shown(monkeypatch, tmp_path):
    (tmp_path / "news.txt").write_text("Floods closed the roads between Cairo and Alexandria.", encoding="utf-8")
    monkeypatch.setattr(sys, "argv", ["dashboard.py", "--corpus", str(tmp_path / "news.txt"),
                                      "--stores-dir", str(tmp_path / "stores")])
    monkeypatch.setattr(geo.pipeline, "load_geoparser", failing_load)
    app = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=180).run()
    assert not app.exception
    assert [error.value for error in app.error] == [
        "The gazetteer could not be loaded: cached index cache/gazetteer.pickle is unreadable"
    ]


def test_a_failed_warm_up_is_logged(monkeypatch, caplog):
    monkeypatch.setattr(serve, "WARM_MODULES", ("geo.app.view", "geo.no_such_module"))
    serve.warm_up()
    assert "warm-up failed" in caplog.text and "geo.no_such_module" in caplog.text


def test_the_warm_up_imports_the_emoji_catalogue_the_page_icon_is_checked_against(monkeypatch):
    """st.set_page_config's first check of an emoji icon imports it: 0.1 s of the first run."""
    monkeypatch.delitem(sys.modules, "streamlit.emojis", raising=False)
    serve.warm_up()
    assert "streamlit.emojis" in sys.modules


def test_the_warm_up_maps_the_modules_it_imported_to_their_files(monkeypatch):
    """So that streamlit_folium's import in the first run maps only the modules new to it."""
    monkeypatch.setattr(inspect, "modulesbyfile", {})
    monkeypatch.setattr(inspect, "_filesbymodname", {})
    serve.warm_up()
    assert os.path.realpath(sys.modules["folium"].__file__) in inspect.modulesbyfile


def test_the_launcher_warms_up_then_runs_streamlit_with_every_option(monkeypatch):
    calls: list[str] = []
    monkeypatch.setattr(serve, "answer_without_delay", lambda: calls.append("no delay"))
    monkeypatch.setattr(serve, "start_warm_up", lambda: calls.append("warm-up"))
    monkeypatch.setattr("streamlit.web.cli.main", lambda args, prog_name: calls.append((prog_name, args)))
    serve.main(["--server.port", "8600", "--", "--corpus", "news.csv"])
    assert calls == [
        "no delay",
        "warm-up",
        ("streamlit", ["run", str(ROOT / "dashboard.py"), "--server.port", "8600", "--", "--corpus", "news.csv"]),
    ]


def test_the_warm_up_leaves_what_it_imported_out_of_full_collections(monkeypatch):
    """Streamlit collects all generations after every script run: over the frozen imports that
    takes a few ms instead of 65-160 ms of the first map's time."""
    calls: list[str] = []
    monkeypatch.setattr(serve.gc, "collect", lambda: calls.append("collect"))
    monkeypatch.setattr(serve.gc, "freeze", lambda: calls.append("freeze"))
    serve.warm_up()
    assert calls == ["collect", "freeze"]  # the imports' garbage goes first


def test_the_server_s_connections_send_small_writes_at_once(monkeypatch):
    """Streamlit binds its listening socket without naming TCP, so asyncio leaves Nagle's
    algorithm on: set on the listening socket, TCP_NODELAY reaches every accepted connection."""
    import socket

    from streamlit.web.server.starlette import starlette_server

    monkeypatch.setattr(starlette_server, "_bind_socket", starlette_server._bind_socket)
    serve.answer_without_delay()
    wrapped = starlette_server._bind_socket
    serve.answer_without_delay()  # once wrapped is enough
    assert starlette_server._bind_socket is wrapped
    listening = starlette_server._bind_socket("127.0.0.1", 0, 8)
    client = socket.create_connection(listening.getsockname(), timeout=5)
    try:
        listening.setblocking(True)
        accepted, _ = listening.accept()
        with accepted:
            assert accepted.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY)
    finally:
        client.close()
        listening.close()


def test_the_warm_up_thread_does_not_keep_the_process_alive(monkeypatch):
    monkeypatch.setattr(serve, "warm_up", lambda: None)
    thread = serve.start_warm_up()
    thread.join(timeout=30)
    assert thread.daemon and not thread.is_alive()


def test_the_launcher_starts_when_streamlit_s_server_module_has_moved(monkeypatch, caplog):
    monkeypatch.setitem(sys.modules, "streamlit.web.server.starlette", None)  # importing it fails
    serve.answer_without_delay()
    assert "keep Nagle's algorithm" in caplog.text
