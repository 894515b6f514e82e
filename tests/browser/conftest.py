"""Browser tests: the dashboard started as users start it (scripts/serve.py, see
dashboard_page.StreamlitServer) in the background, Debian's Chromium through Playwright.

Every page's requests are recorded and a test fails on any that leaves the machine. A failed
test leaves a screenshot in test-artifacts/.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest

from tests.browser.dashboard_page import ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, LOCAL_HOSTS, ROOT, StreamlitServer

from playwright import sync_api

# The README's test command installs chromium; without it these tests must fail, not vanish.
if not Path(CHROMIUM).exists():
    raise RuntimeError(f"{CHROMIUM} is missing: run `bash scripts/test.sh`, which installs Debian's chromium")


@pytest.fixture(scope="session")
def seed_server() -> Iterator[StreamlitServer]:
    server = StreamlitServer()
    yield server
    server.close()


@pytest.fixture(scope="session")
def hostile_server() -> Iterator[StreamlitServer]:
    server = StreamlitServer("--corpus", str(ROOT / "tests" / "data" / "xss"))
    yield server
    server.close()


@pytest.fixture(scope="session")
def many_places_server() -> Iterator[StreamlitServer]:
    server = StreamlitServer("--corpus", str(ROOT / "tests" / "data" / "dashboard" / "many_places.jsonl"))
    yield server
    server.close()


@pytest.fixture(scope="session")
def events_server() -> Iterator[StreamlitServer]:
    """Dated documents with events, a few a week in March 2024."""
    server = StreamlitServer("--corpus", str(ROOT / "tests" / "data" / "dashboard" / "events.jsonl"))
    yield server
    server.close()


@pytest.fixture(scope="session")
def store_server(tmp_path_factory) -> Iterator[StreamlitServer]:
    """The dashboard on a store filled as `python -m geo ingest` fills one (--store)."""
    from geo.store import Store
    from geo.store.ingest import ingest
    from geo.store.work import InProcessRunner, ParseSettings

    store = tmp_path_factory.mktemp("browser-store") / "store"
    with InProcessRunner(ParseSettings(cache_dir=str(ROOT / "cache"))) as runner:
        ingest([ROOT / "tests" / "data" / "geoparse"], store=Store(store), runner=runner)
    server = StreamlitServer("--store", str(store))
    yield server
    server.close()


@pytest.fixture(scope="session")
def browser():
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def is_local(url: str) -> bool:
    parsed = urlparse(url)
    return parsed.scheme in {"data", "blob", "about"} or parsed.hostname in LOCAL_HOSTS


class RequestLog:
    def __init__(self):
        self.urls: list[str] = []

    def record(self, request) -> None:
        self.urls.append(request.url)

    def remote(self) -> list[str]:
        return [url for url in self.urls if not is_local(url)]


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


@pytest.fixture
def requests_seen() -> RequestLog:
    return RequestLog()


@pytest.fixture
def context(browser, requests_seen, request):
    """A fresh browser context whose every request is recorded; screenshots on failure."""
    ctx = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    ctx.set_default_timeout(30_000)
    ctx.on("request", requests_seen.record)
    yield ctx
    failed = getattr(request.node, "report_call", None) is not None and request.node.report_call.failed
    if failed:
        ARTIFACTS.mkdir(exist_ok=True)
        for number, page in enumerate(ctx.pages):
            page.screenshot(path=str(ARTIFACTS / f"{request.node.name}-{number}.png"), full_page=True)
    ctx.close()
    assert not requests_seen.remote(), f"requests left the machine: {requests_seen.remote()}"


@pytest.fixture
def page(context):
    return context.new_page()
