"""Start the dashboard, importing what its first run needs while the server and the browser start.

    .venv/bin/python scripts/serve.py [streamlit run options] [-- --corpus PATH]

Takes the options of ``streamlit run dashboard.py`` and does the same, in this process:
Streamlit's own command line parses them and starts the server (streamlit.web.bootstrap).
Before that, a background thread imports the dashboard's modules (pandas, folium, DuckDB,
pyarrow, ``geo.app``), about 1.5 s of work that would otherwise wait until the browser's front
end has booted and asked for the first run; the dashboard's first run then finds it done. The
gazetteer is not loaded: opening a store that is up to date needs none (the dashboard loads it
when documents are parsed), and on two cores loading it here made the first run wait. If the
warm-up fails, it is logged and the dashboard's own first run imports again and shows the error.
Two fixes to the server this launcher starts (see their functions): its connections get
``TCP_NODELAY`` (answer_without_delay), and the warm-up's objects are frozen out of the full
garbage collection Streamlit runs after every script run (freeze_imported_objects).
"""

from __future__ import annotations

import gc
import importlib
import inspect
import logging
import socket
import sys
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DASHBOARD = ROOT / "dashboard.py"

# What dashboard.py's first run imports that takes time. Not streamlit_folium: it registers its
# component with Streamlit's runtime only when imported during a script run, so the app itself
# must import it (its dependencies here make that quick, and see map_module_files).
WARM_MODULES = (
    "pandas", "jinja2", "branca", "folium", "folium.plugins", "duckdb", "pyarrow", "pyarrow.dataset",
    "geo.app.mapping", "geo.app.sources", "geo.app.timeline", "geo.app.view", "geo.events", "geo.export",
    "geo.store.ingest", "geo.store.query", "geo.store.work",
    # st.set_page_config checks the page icon against Streamlit's emoji catalogue, a module
    # that compiles a long regular expression when first imported (0.1 s of the first run).
    "streamlit.emojis",
)  # fmt: skip

_LOGGER = logging.getLogger("dashboard.warm_up")


def warm_up() -> None:
    """Import the dashboard's heavy modules; log, never raise."""
    try:
        for module in WARM_MODULES:
            importlib.import_module(module)
        map_module_files()
        freeze_imported_objects()
    except Exception:
        # A thread's exception reaches no one; the dashboard's first run imports again and shows it.
        _LOGGER.exception("warm-up failed; the dashboard's first run will import its modules itself")


def freeze_imported_objects() -> None:
    """Leave what the imports made out of Python's full garbage collections (``gc.freeze``).

    Streamlit runs a full collection after every script run (``runner.postScriptGC``), that is
    right after the first run of each page opened, while the browser asks the server for the
    widgets' code, the map's frame and its scripts. It walked the 130,000-odd objects the
    imports above made, holding the GIL for 65-160 ms; frozen, they are skipped and it takes
    1-4 ms. They live as long as the server anyway; the garbage the imports left is collected
    first, so none of it is kept for good. (A first script run under way by then has its
    objects frozen too: a few, for the server's life.)"""
    gc.collect()
    gc.freeze()


def map_module_files() -> None:
    """Have ``inspect`` map every module imported so far to its file, as it does once per module.

    Importing streamlit_folium declares its component, and Streamlit names a component after
    the module that declares it with ``inspect.getmodule``, which maps the file of every
    module not yet mapped (a ``realpath`` each): with the dashboard's modules, about 0.07 s
    of the first run on an idle machine. Done here, that run maps only what it imports itself."""
    inspect.getmodule(inspect.currentframe())


def answer_without_delay() -> None:
    """Turn Nagle's algorithm off on the server's connections (``TCP_NODELAY``), as asyncio
    means to.

    Streamlit 1.67 binds its listening socket itself without naming its protocol
    (``socket.socket(family=...)``), and asyncio sets ``TCP_NODELAY`` only on connections whose
    socket says TCP: on these it stays off. Its server writes a response's headers and its body
    apart, so on a kept-alive connection the body (or the last piece of it) waited for the
    browser to acknowledge the headers, which Linux delays by 40 ms: about 40 ms on nearly
    every file and message of a page load, one after another for the map's frame, its script
    and the map's bundle. Set on the listening socket, the option is inherited by every
    connection it accepts."""
    try:
        from streamlit.web.server.starlette import starlette_server
    except ImportError:
        starlette_server = None
    bind = getattr(starlette_server, "_bind_socket", None)
    if bind is None:
        _LOGGER.warning("Streamlit's server binds its socket elsewhere now; connections keep Nagle's algorithm")
        return
    if getattr(bind, "sets_tcp_nodelay", False):
        return

    def bind_socket(*args, **kwargs) -> socket.socket:
        sock = bind(*args, **kwargs)
        if sock.family in (socket.AF_INET, socket.AF_INET6):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return sock

    bind_socket.sets_tcp_nodelay = True
    starlette_server._bind_socket = bind_socket


def start_warm_up() -> threading.Thread:
    # A daemon: stopping the server must not wait for a warm-up still under way.
    thread = threading.Thread(target=warm_up, name="dashboard-warm-up", daemon=True)
    thread.start()
    return thread


def main(argv: list[str] | None = None) -> None:
    """Warm up in the background, then run ``streamlit run dashboard.py *argv`` in this process."""
    sys.path.insert(0, str(ROOT))  # geo/ is not installed; this file's folder is scripts/
    # Streamlit's server modules first, alone: imports hold the GIL, and the warm-up would
    # otherwise delay the moment the server answers and the browser can start booting.
    from streamlit.web import cli

    answer_without_delay()
    start_warm_up()
    cli.main(["run", str(DASHBOARD), *(sys.argv[1:] if argv is None else argv)], prog_name="streamlit")


if __name__ == "__main__":
    main()
