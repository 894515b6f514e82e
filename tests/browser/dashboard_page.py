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

from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

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

# The map's frame, by the title its script gives it, or the component's own before that.
MAP_TITLE = "Map of the places named in the news"
MAP_FRAME = f'iframe[title="{MAP_TITLE}"], iframe[title="streamlit_folium.st_folium"]'
FIRST_MAP_TIMEOUT_MS = 90_000  # generous: a cold page on a busy 2-core machine
PLACES_SHOWN = "() => !!(window.placeMap && document.querySelector('.leaflet-marker-icon'))"


def map_frame(page):
    return page.frame_locator(MAP_FRAME)


def open_dashboard(page, url: str):
    """Open the dashboard and wait until the map has drawn its markers or clusters."""
    page.goto(url)
    map_frame(page).locator(".leaflet-marker-icon").first.wait_for(timeout=FIRST_MAP_TIMEOUT_MS)
    return map_frame(page)


FILTERS_LABEL = "Filters: places, countries, words, events, dates"
PLACES_LABEL = "Places: countries, regions, cities, landmarks, seas"


def open_filters(page) -> None:
    """Open the sidebar's filters (their expander starts closed), as an analyst does; once."""
    filters = page.get_by_test_id("stSidebar").get_by_test_id("stExpander").filter(has_text=FILTERS_LABEL)
    if filters.locator("details[open]").count() == 0:
        filters.get_by_text(FILTERS_LABEL).click()
    filters.get_by_role("combobox", name="Country", exact=True).wait_for()


def sidebar_box(page, label: str):
    open_filters(page)
    return page.get_by_test_id("stSidebar").get_by_role("combobox", name=label, exact=True)


def open_sidebar_box(page, label: str):
    """Click a sidebar multiselect until its list of options shows: a rerun that redraws the
    sidebar (opening the filters is one) can close the list the first click opened."""
    box = sidebar_box(page, label)
    attempts = 3
    for attempt in range(1, attempts + 1):
        wait_until_idle(page)
        box.scroll_into_view_if_needed()  # a click while the sidebar still scrolls may not open it
        box.click()
        try:
            page.get_by_role("listbox").wait_for(timeout=5_000)
            return box
        except PlaywrightTimeoutError:
            if attempt == attempts:
                raise


def choose_in_sidebar(page, option: str, *, address_key: str, value: str) -> None:
    """Click a sidebar option until the page's address carries its value: a click that lands
    while a rerun redraws the sidebar (opening the filters is one; the map's first view is
    another) can be lost with the widgets it redraws."""
    attempts = 3
    for attempt in range(1, attempts + 1):
        wait_until_idle(page)
        page.get_by_test_id("stSidebar").get_by_text(option, exact=True).click()
        try:
            page.wait_for_function("([key, value]) => new URLSearchParams(location.search).get(key) === value",
                                   arg=[address_key, value], timeout=10_000)
            return
        except PlaywrightTimeoutError:
            if attempt == attempts:
                raise


def click_until_shown(page, target, shown) -> None:
    """Click ``target`` until ``shown`` is on the page: a click that lands while a rerun
    redraws the widget can be lost with it (as in choose_in_sidebar)."""
    attempts = 3
    for attempt in range(1, attempts + 1):
        wait_until_idle(page)
        target.click()
        try:
            shown.wait_for(timeout=10_000)
            return
        except PlaywrightTimeoutError:
            if attempt == attempts:
                raise


def place_names(page) -> list[str]:
    """Every place the map holds, in a cluster or not."""
    return map_frame(page).locator("body").evaluate(
        "() => Object.values(window.placeMap.markersById()).map(marker => marker.options.alt)")


def type_in_place_box(page, text: str) -> None:
    """Type into the Place box and press Enter, as a viewer choosing a place by name does."""
    box = page.get_by_role("combobox", name="Place", exact=True)
    box.click()
    box.fill(text)
    page.keyboard.press("Enter")

# Where the marker of a place is: itself on screen, the cluster that holds it, or neither.
_WHERE_IS = """(body, name) => {
    const marker = Object.values(window.placeMap.markersById()).find(m => m.options.alt === name);
    if (!marker) return {missing: true};
    const shown = window.placeMap.clusters.getVisibleParent(marker);
    if (!shown) return {offscreen: true};
    const box = shown._icon.getBoundingClientRect();
    return {cluster: shown !== marker, x: box.x + box.width / 2, y: box.y + box.height / 2};
}"""


def wait_until_idle(page) -> None:
    """Wait until Streamlit has no script run in progress (its "Running…" widget is gone)."""
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", polling=100, timeout=30_000
    )


# A user aims at a map that has stopped moving: no zoom, no clusters splitting or merging.
_SETTLED = """() => !document.querySelector('.leaflet-cluster-anim, .leaflet-zoom-anim')
    && !(window.placeMap && window.placeMap.clusters._inZoomAnimation)"""


def wait_until_settled(page) -> None:
    """Wait until the map has stopped moving: no zoom, no clusters splitting or merging."""
    map_frame(page).locator("body").evaluate(f"() => new Promise(settled => {{ const check = () => "
                                             f"({_SETTLED})() ? settled() : setTimeout(check, 50); check(); }})")


def _where_is(page, body, name: str) -> dict:
    """Where the marker is, once the map has drawn it (markers are added in chunks after a
    rerun) and stopped moving."""
    wait_until_settled(page)
    for _ in range(20):
        where = body.evaluate(_WHERE_IS, name)
        if not (where.get("missing") or where.get("offscreen")):
            return where
        page.wait_for_timeout(250)
    return where


def click_marker(page, name: str, *, attempts: int = 4) -> int:
    """Click a place's marker as a user would, once the app is idle (a click that lands during a
    rerun is lost with the map being redrawn): first the cluster that holds it, which opens,
    then the marker. Returns the number of clicks it took (the marker's own included)."""
    wait_until_idle(page)
    frame_box = page.locator(MAP_FRAME).first.bounding_box()
    body = map_frame(page).locator("body")
    for clicks in range(1, attempts + 1):
        where = _where_is(page, body, name)
        assert not where.get("missing"), f"no {name} marker on the map"
        assert not where.get("offscreen"), f"the {name} marker is outside the map's view"
        page.mouse.click(frame_box["x"] + where["x"], frame_box["y"] + where["y"])
        if not where["cluster"]:
            return clicks
        page.wait_for_timeout(700)  # the cluster opening (spiderfy) or zooming
    raise AssertionError(f"the {name} marker stayed in a cluster after {attempts} clicks")


def wait_for_markers(page, names: list[str], *, only: bool = False) -> None:
    """Wait until the map holds places with these names (and no other, with ``only``), in
    clusters or not."""
    page.wait_for_function(
        """([selector, names, only]) => [...document.querySelectorAll(selector)].some(frame => {
            const map = frame.contentWindow && frame.contentWindow.placeMap;
            const alts = map ? Object.values(map.markersById()).map(marker => marker.options.alt) : [];
            return names.every(name => alts.includes(name)) && (!only || alts.length === names.length);
        })""",
        arg=[MAP_FRAME, names, only],
        timeout=FIRST_MAP_TIMEOUT_MS,
    )


def hover_marker(page, name: str, *, attempts: int = 4):
    """Hover a place's marker as a user would (opening the cluster that holds it first) and
    return its tooltip once shown."""
    wait_until_idle(page)
    frame_box = page.locator(MAP_FRAME).first.bounding_box()
    body = map_frame(page).locator("body")
    for _ in range(attempts):
        where = _where_is(page, body, name)
        assert not where.get("missing"), f"no {name} marker on the map"
        assert not where.get("offscreen"), f"the {name} marker is outside the map's view"
        if not where["cluster"]:
            page.mouse.move(frame_box["x"] + where["x"], frame_box["y"] + where["y"])
            # A place's own tooltip, not a cluster's (which names its places too).
            tooltip = map_frame(page).locator(".leaflet-tooltip .place-tooltip:has(.kind)", has_text=name).first
            tooltip.wait_for()
            return tooltip
        page.mouse.click(frame_box["x"] + where["x"], frame_box["y"] + where["y"])
        page.wait_for_timeout(700)  # the cluster opening (spiderfy) or zooming
    raise AssertionError(f"the {name} marker stayed in a cluster after {attempts} clicks")
