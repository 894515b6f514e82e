"""A real HTTP server on 127.0.0.1 speaking Nominatim's ``/search?format=json`` API, for tests.

Scenarios (``server.scenario``):

- ``normal``: known names answer one result, unknown names ``[]``
- ``rate_limited``: HTTP 429 for the first ``server.failures`` requests, then normal
- ``error``: HTTP ``server.status`` (500 by default) every time
- ``slow``: sleep ``server.delay`` seconds, then normal
- ``malformed``: a body that is not JSON
- ``garbage``: valid JSON with no coordinates
"""

from __future__ import annotations

import json
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

PLACES = {
    "aleppo": {
        "place_id": 1001, "osm_type": "relation", "osm_id": 3506163, "lat": "36.2021", "lon": "37.1343",
        "class": "boundary", "type": "administrative", "addresstype": "city",
        "display_name": "Aleppo, Mount Simeon Subdistrict, Aleppo Governorate, Syria",
        "address": {"city": "Aleppo", "country": "Syria", "country_code": "sy"},
    },
    "حلب": {
        "place_id": 1001, "osm_type": "relation", "osm_id": 3506163, "lat": "36.2021", "lon": "37.1343",
        "class": "boundary", "type": "administrative", "addresstype": "city",
        "display_name": "حلب, ناحية جبل سمعان, محافظة حلب, سوريا",
        "address": {"city": "حلب", "country": "سوريا", "country_code": "sy"},
    },
    "rafah crossing": {
        "place_id": 1002, "osm_type": "node", "osm_id": 42, "lat": "31.2468", "lon": "34.2603",
        "class": "barrier", "type": "border_control", "addresstype": "barrier",
        "display_name": "Rafah Crossing, Rafah, Gaza Strip, Palestinian Territory",
        "address": {"country": "Palestinian Territory", "country_code": "ps"},
    },
    "idlib governorate": {
        "place_id": 1003, "osm_type": "relation", "osm_id": 7, "lat": "35.8", "lon": "36.6",
        "class": "boundary", "type": "administrative", "addresstype": "state",
        "display_name": "Idlib Governorate, Syria", "address": {"state": "Idlib Governorate", "country_code": "sy"},
    },
    "نهر العاصي": {
        "place_id": 1004, "osm_type": "relation", "osm_id": 1452372, "lat": "35.0", "lon": "36.5",
        "class": "waterway", "type": "river", "addresstype": "river",
        "display_name": "نهر العاصي", "address": {"river": "نهر العاصي", "country_code": "sy"},
    },
}  # fmt: skip


class FakeNominatim:
    """Start with ``with FakeNominatim() as server:``; ``server.domain`` is ``127.0.0.1:PORT``."""

    def __init__(self, *, clock=time.monotonic):
        self.scenario = "normal"
        self.failures = 0
        self.status = 500
        self.delay = 0.0
        self.requests: list[dict] = []
        self._clock = clock
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True)

    @property
    def domain(self) -> str:
        host, port = self._server.server_address[:2]
        return f"{host}:{port}"

    def queries(self) -> list[str]:
        return [request["q"] for request in self.requests]

    def __enter__(self) -> FakeNominatim:
        self._thread.start()
        return self

    def __exit__(self, *exc_info) -> None:
        self._server.shutdown()
        self._server.server_close()

    def record(self, params: dict) -> int:
        with self._lock:
            self.requests.append({**params, "at": self._clock()})
            return len(self.requests)

    def answer(self, query: str, request_number: int) -> tuple[int, bytes]:
        if self.scenario == "rate_limited" and request_number <= self.failures:
            return 429, b'{"error": "Too Many Requests"}'
        if self.scenario == "error":
            return self.status, b"<html>Internal Server Error</html>"
        if self.scenario == "slow":
            time.sleep(self.delay)
        if self.scenario == "malformed":
            return 200, b'[{"place_id": 1, "lat": "36.2'
        if self.scenario == "garbage":
            return 200, json.dumps([{"display_name": query, "osm_type": "node", "osm_id": 1}]).encode()
        place = PLACES.get(" ".join(query.split()).casefold())
        return 200, json.dumps([place] if place else [], ensure_ascii=False).encode()


def _handler_for(fake: FakeNominatim) -> type[BaseHTTPRequestHandler]:
    class NominatimHandler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            url = urlsplit(self.path)
            params = {key: values[0] for key, values in parse_qs(url.query).items()}
            if url.path != "/search":
                self._send(404, b"[]")
                return
            status, body = fake.answer(params.get("q", ""), fake.record(params))
            self._send(status, body)

        def _send(self, status: int, body: bytes) -> None:
            try:
                self.send_response(status)
                self.send_header("Content-Type", "application/json; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeout test)
                pass

        def log_message(self, format: str, *args) -> None:
            pass

    return NominatimHandler


def unused_port() -> int:
    """A localhost port with nothing listening: a geocoding service that is down."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
