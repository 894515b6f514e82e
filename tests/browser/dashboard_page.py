"""Helpers for the browser tests and the bench: start the dashboard's server, drive the page."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}
START_TIMEOUT = 180  # a first start may build the gazetteer index


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


STREAMLIT_RUN = ("-m", "streamlit", "run", "dashboard.py")
LAUNCHER = ("scripts/serve.py",)


def _command(launcher: bool, app: Path | None) -> tuple[str, ...]:
    if app is not None:
        return (*STREAMLIT_RUN[:-1], str(app))
    return LAUNCHER if launcher else STREAMLIT_RUN


class StreamlitServer:
    """The dashboard on a free local port, stopped on close: started by scripts/serve.py (what
    scripts/dashboard.sh runs) or, with ``launcher=False``, by plain `streamlit run dashboard.py`.
    ``app`` runs another script with plain `streamlit run` (the bench's bare reference app)."""

    def __init__(self, *dashboard_args: str, launcher: bool = True, app: Path | None = None):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/"
        self.log = ARTIFACTS / f"streamlit-{self.port}.log"
        ARTIFACTS.mkdir(exist_ok=True)
        command = [
            sys.executable, *_command(launcher, app),
            "--server.headless", "true", "--server.address", "127.0.0.1", "--server.port", str(self.port),
            "--server.fileWatcherType", "none", "--browser.gatherUsageStats", "false",
        ]  # fmt: skip
        if dashboard_args:
            command += ["--", *dashboard_args]
        with open(self.log, "wb") as log:
            self.process = subprocess.Popen(command, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, env={**os.environ, "PYTHONUNBUFFERED": "1"})
        self._wait_healthy()

    def _wait_healthy(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"streamlit exited with {self.process.returncode}; see {self.log}")
            try:
                with urllib.request.urlopen(self.url + "_stcore/health", timeout=2) as response:
                    if response.status == 200:
                        return
            except OSError:
                time.sleep(0.2)
        self.close()
        raise RuntimeError(f"streamlit was not healthy within {START_TIMEOUT} s; see {self.log}")

    def close(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

MAP_FRAME = 'iframe[title="streamlit_folium.st_folium"]'
FIRST_MAP_TIMEOUT_MS = 90_000  # generous: a cold page on a busy 2-core machine


def map_frame(page):
    return page.frame_locator(MAP_FRAME)


def open_dashboard(page, url: str):
    """Open the dashboard and wait until the map has drawn its markers."""
    page.goto(url)
    map_frame(page).locator("img.leaflet-marker-icon").first.wait_for(timeout=FIRST_MAP_TIMEOUT_MS)
    return map_frame(page)


def wait_until_idle(page) -> None:
    """Wait until Streamlit has no script run in progress (its "Running…" widget is gone)."""
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", polling=100, timeout=30_000
    )


def click_marker(page, name: str, *, attempts: int = 6) -> None:
    """Click a place's marker as a user would, once the app is idle (a click that lands
    during a rerun is lost with the map being redrawn): zoom in with the wheel until
    nothing covers the marker."""
    wait_until_idle(page)
    marker = map_frame(page).get_by_alt_text(name, exact=True)
    for _ in range(attempts):
        box = marker.bounding_box()
        x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
        if marker.evaluate(
            """(icon) => {
                const r = icon.getBoundingClientRect();
                return icon.ownerDocument.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) === icon;
            }"""
        ):
            page.mouse.click(x, y)
            return
        page.mouse.move(x, y)
        page.mouse.wheel(0, -240)
        page.wait_for_timeout(700)
    raise AssertionError(f"the {name} marker stayed covered by other markers")


def wait_for_markers(page, names: list[str], *, only: bool = False) -> None:
    """Wait until the map shows markers with these names (and no other, with ``only``).

    While Streamlit reruns, the old map can stay on the page beside the new one, so every
    map frame is looked at and the wait ends once one of them matches.
    """
    page.wait_for_function(
        """([selector, names, only]) => [...document.querySelectorAll(selector)].some(frame => {
            const icons = frame.contentDocument ? [...frame.contentDocument.querySelectorAll('img.leaflet-marker-icon')] : [];
            const alts = icons.map(icon => icon.alt);
            return names.every(name => alts.includes(name)) && (!only || alts.length === names.length);
        })""",
        arg=[MAP_FRAME, names, only],
        timeout=FIRST_MAP_TIMEOUT_MS,
    )
