"""Online geocoder fallback, driven through geopy's real Nominatim client against a local server."""

from __future__ import annotations

import multiprocessing
import sqlite3
import time

import pytest
from geopy import exc as geopy_exc

from geo.errors import (
    GeocoderConfigError,
    GeocoderError,
    GeocoderResponseError,
    GeocoderTimeout,
    GeocoderUnavailable,
)
from geo.geocoding import (
    CachedGeocoder,
    CircuitBreaker,
    GeopyGeocoder,
    SqliteGeocodeCache,
    describe_failure,
    failure,
    online_geocoder,
)
from geo.model import Place
from nominatim_fake import FakeNominatim, unused_port

ALEPPO = Place("osm:relation:3506163", "Aleppo", 36.2021, 37.1343, "city", "SY")


@pytest.fixture
def server():
    with FakeNominatim() as fake:
        yield fake


@pytest.fixture
def sleeps() -> list[float]:
    return []


def client(domain: str, sleeps: list[float] | None = None, **options) -> GeopyGeocoder:
    settings = {"scheme": "http", "timeout": 2.0, "min_delay_seconds": 0.0, "backoff_seconds": 0.5} | options
    return GeopyGeocoder("nominatim", domain=domain, sleep=(sleeps if sleeps is not None else []).append, **settings)


@pytest.mark.parametrize(
    ("query", "language", "name"),
    [("Aleppo", None, "Aleppo"), ("حلب", "ar", "حلب"), ("  ALEPPO ", "en", "Aleppo")],
)
def test_answer_becomes_a_place(server, query, language, name):
    place = client(server.domain).lookup(query, language=language)
    assert place == Place(ALEPPO.place_id, name, ALEPPO.lat, ALEPPO.lon, "city", "SY")
    (request,) = server.requests
    assert (request["q"], request["format"], request["addressdetails"]) == (query, "json", "1")
    assert request.get("accept-language") == language


@pytest.mark.parametrize(("query", "kind"), [("Idlib Governorate", "region"), ("Rafah Crossing", "landmark"),
                                             ("نهر العاصي", "water")])
def test_kind_comes_from_the_answer_type(server, query, kind):
    assert client(server.domain).lookup(query).kind == kind


@pytest.mark.parametrize("query", ["Atlantis", "مدينة لا وجود لها"])
def test_no_answer_is_none(server, query):
    assert client(server.domain).lookup(query) is None


def test_server_down_is_unavailable():
    with pytest.raises(GeocoderUnavailable, match=r"unreachable.*'Aleppo'") as caught:
        client(f"127.0.0.1:{unused_port()}").lookup("Aleppo")
    assert isinstance(caught.value, ConnectionError)
    assert isinstance(caught.value.__cause__, geopy_exc.GeopyError)
    assert describe_failure(caught.value).startswith("geocoder unreachable (nominatim: ")
    assert "refused" in describe_failure(caught.value)


def test_slow_server_times_out(server):
    server.scenario, server.delay = "slow", 2.0
    started = time.monotonic()
    with pytest.raises(GeocoderTimeout) as caught:
        client(server.domain, timeout=0.2).lookup("Aleppo")
    assert time.monotonic() - started < 1.5
    assert isinstance(caught.value, TimeoutError)
    assert describe_failure(caught.value) == "geocoder timeout after 0.2 s"


def test_rate_limited_then_answers_after_backing_off(server, sleeps):
    server.scenario, server.failures = "rate_limited", 2
    assert client(server.domain, sleeps, max_retries=2).lookup("Aleppo") == ALEPPO
    assert len(server.requests) == 3
    assert sleeps == [0.5, 1.0]


@pytest.mark.parametrize(("scenario", "status"), [("rate_limited", 429), ("error", 500), ("error", 502), ("error", 503)])
def test_retries_run_out_on_429_and_5xx(server, sleeps, scenario, status):
    server.scenario, server.failures, server.status = scenario, 99, status
    with pytest.raises(GeocoderUnavailable) as caught:
        client(server.domain, sleeps, max_retries=2).lookup("Aleppo")
    assert describe_failure(caught.value) == f"geocoder answered HTTP {status} 3 times"
    assert "'Aleppo'" in str(caught.value)
    assert len(server.requests) == 3
    assert sleeps == [0.5, 1.0]


@pytest.mark.parametrize(
    ("status", "error", "reason"),
    [(403, GeocoderUnavailable, "geocoder refused the request (HTTP 403)"), (400, GeocoderResponseError, "geocoder rejected the query (HTTP 400)")],
)
def test_client_errors_are_not_retried(server, sleeps, status, error, reason):
    server.scenario, server.status = "error", status
    with pytest.raises(error) as caught:
        client(server.domain, sleeps).lookup("Aleppo")
    assert describe_failure(caught.value) == reason
    assert (len(server.requests), sleeps) == (1, [])


@pytest.mark.parametrize(
    ("scenario", "reason"),
    [("malformed", "geocoder answered malformed JSON"), ("garbage", "geocoder answered invalid coordinates (None, None)")],
)
def test_garbage_answers_are_response_errors(server, scenario, reason):
    server.scenario = scenario
    with pytest.raises(GeocoderResponseError) as caught:
        client(server.domain).lookup("Aleppo")
    assert isinstance(caught.value, ValueError)
    assert describe_failure(caught.value) == reason


# Arrival times at the server carry the loopback's scheduling jitter (tens of ms on a busy
# machine) on top of the limiter's spacing, hence the margin below the configured delay.
ARRIVAL_JITTER = 0.1


def test_rate_limiter_spaces_requests(server):
    geocoder = client(server.domain, min_delay_seconds=0.5)
    for query in ("Aleppo", "حلب", "Atlantis"):
        geocoder.lookup(query)
    arrivals = [request["at"] for request in server.requests]
    assert all(later - earlier >= 0.5 - ARRIVAL_JITTER for earlier, later in zip(arrivals, arrivals[1:]))


def test_default_config_keeps_nominatim_policy_of_one_request_a_second(server):
    geocoder = GeopyGeocoder("nominatim", domain=server.domain, scheme="http")
    assert (geocoder.min_delay_seconds, geocoder.service) == (1.0, "nominatim")
    geocoder.lookup("Aleppo")
    geocoder.lookup("Atlantis")
    first, second = (request["at"] for request in server.requests)
    assert second - first >= 1.0 - ARRIVAL_JITTER
    assert server.requests[0]["q"] == "Aleppo"


def test_cache_asks_each_name_once_and_survives_a_restart(server, tmp_path):
    path = tmp_path / "cache" / "geocode.sqlite"
    geocoder = CachedGeocoder(client(server.domain).lookup, SqliteGeocodeCache(path), namespace="nominatim")
    answers = [geocoder.lookup(query) for query in ("Aleppo", "aleppo", " Aleppo ", "Atlantis", "Atlantis")]
    assert answers == [ALEPPO, ALEPPO, ALEPPO, None, None]
    assert server.queries() == ["Aleppo", "Atlantis"]
    geocoder.cache.close()

    restarted = CachedGeocoder(client(server.domain).lookup, SqliteGeocodeCache(path), namespace="nominatim")
    assert [restarted.lookup("ALEPPO"), restarted.lookup("Atlantis")] == [ALEPPO, None]
    assert len(server.requests) == 2
    assert len(restarted.cache) == 2


def test_cache_keeps_languages_and_services_apart(server, tmp_path):
    cache = SqliteGeocodeCache(tmp_path / "geocode.sqlite")
    lookup = client(server.domain).lookup
    CachedGeocoder(lookup, cache, namespace="nominatim").lookup("Aleppo", language="ar")
    CachedGeocoder(lookup, cache, namespace="nominatim").lookup("Aleppo", language="en")
    CachedGeocoder(lookup, cache, namespace="photon").lookup("Aleppo", language="en")
    assert len(server.requests) == 3


def test_failures_are_not_cached(server, tmp_path):
    geocoder = CachedGeocoder(client(server.domain, max_retries=0).lookup, SqliteGeocodeCache(tmp_path / "c.sqlite"))
    server.scenario = "error"
    with pytest.raises(GeocoderUnavailable):
        geocoder.lookup("Aleppo")
    server.scenario = "normal"
    assert geocoder.lookup("Aleppo") == ALEPPO
    assert len(server.requests) == 2


def test_cache_stores_its_clock_time(tmp_path):
    cache = SqliteGeocodeCache(tmp_path / "c.sqlite", clock=lambda: 1_700_000_000.0)
    cache.put("k", ALEPPO)
    assert cache.get("k").stored_at == 1_700_000_000.0
    assert cache.get("other") is None


def test_cache_that_fails_later_warns_and_counts_as_not_cached(server, tmp_path):
    cache = SqliteGeocodeCache(tmp_path / "c.sqlite")
    geocoder = CachedGeocoder(client(server.domain).lookup, cache)
    cache.close()
    with pytest.warns(RuntimeWarning, match="unreadable"), pytest.warns(RuntimeWarning, match="not written"):
        assert geocoder.lookup("Aleppo") == ALEPPO


def _sqlite_with_torn_pages(path) -> None:
    cache = SqliteGeocodeCache(path)
    for number in range(300):
        cache.put(f"name {number}", ALEPPO)
    cache.close()
    data = bytearray(path.read_bytes())
    data[4096:12288] = b"\xde\xad\xbe\xef" * 2048
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    "spoil",
    [
        lambda path: path.write_bytes(b"this is not a database\x00\xff" * 100),
        lambda path: path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200),
        _sqlite_with_torn_pages,
    ],
    ids=["garbage", "truncated-header", "torn-pages"],
)
def test_corrupt_cache_is_set_aside_and_rebuilt(tmp_path, spoil):
    path = tmp_path / "geocode.sqlite"
    spoil(path)
    spoiled = path.read_bytes()
    with pytest.warns(RuntimeWarning, match="corrupt"):
        cache = SqliteGeocodeCache(path, clock=lambda: 0.0)
    assert (tmp_path / "geocode.sqlite.corrupt-19700101T000000").read_bytes() == spoiled
    assert len(cache) == 0
    cache.put("Aleppo", ALEPPO)
    assert cache.get("Aleppo").place == ALEPPO


def _write_many(path: str, writer: int, count: int) -> None:
    cache = SqliteGeocodeCache(path)
    for number in range(count):
        cache.put(f"writer {writer} name {number}", ALEPPO if number % 2 else None)
    cache.close()


def test_two_processes_write_at_once_without_corruption(tmp_path):
    path = str(tmp_path / "geocode.sqlite")
    SqliteGeocodeCache(path).close()
    context = multiprocessing.get_context("spawn")
    writers = [context.Process(target=_write_many, args=(path, writer, 300)) for writer in (1, 2)]
    for process in writers:
        process.start()
    for process in writers:
        process.join(timeout=300)  # spawn and import can be slow on a busy machine
    assert [process.exitcode for process in writers] == [0, 0]
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    cache = SqliteGeocodeCache(path)
    assert len(cache) == 600
    assert cache.get("writer 2 name 299").place == ALEPPO
    assert cache.get("writer 1 name 0") is not None and cache.get("writer 1 name 0").place is None


class Clock:
    def __init__(self):
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_circuit_breaker_fails_fast_after_repeated_outages():
    calls, clock = [], Clock()

    def down(query, *, language=None):
        calls.append(query)
        raise failure(GeocoderTimeout, "geocoder timeout after 2 s", query)

    breaker = CircuitBreaker(down, max_failures=3, cooldown_seconds=60, clock=clock)
    for query in ("a", "b", "c", "d", "e"):
        with pytest.raises(GeocoderError):
            breaker.lookup(query)
    assert calls == ["a", "b", "c"]
    with pytest.raises(GeocoderUnavailable) as caught:
        breaker.lookup("f")
    assert describe_failure(caught.value) == "geocoder skipped after 3 failures in a row (last: geocoder timeout after 2 s)"
    clock.now = 61
    with pytest.raises(GeocoderTimeout):
        breaker.lookup("g")
    assert calls[-1] == "g"


def test_circuit_breaker_ignores_bad_answers_and_resets_on_success():
    answers = iter([GeocoderResponseError, GeocoderUnavailable, None, GeocoderUnavailable, GeocoderUnavailable, None])

    def flaky(query, *, language=None):
        answer = next(answers)
        if answer is not None:
            raise failure(answer, "flaky", query)
        return ALEPPO

    breaker = CircuitBreaker(flaky, max_failures=3, clock=Clock())
    results = []
    for _ in range(6):
        try:
            results.append(breaker.lookup("Aleppo"))
        except GeocoderError as error:
            results.append(type(error))
    assert results == [GeocoderResponseError, GeocoderUnavailable, ALEPPO, GeocoderUnavailable, GeocoderUnavailable, ALEPPO]


def test_online_geocoder_stacks_client_breaker_and_cache(server, tmp_path):
    geocoder = online_geocoder(
        "nominatim", cache_dir=tmp_path / "cache", domain=server.domain, scheme="http", min_delay_seconds=0.0
    )
    assert [geocoder.lookup("Aleppo"), geocoder.lookup("Aleppo")] == [ALEPPO, ALEPPO]
    assert len(server.requests) == 1
    assert (tmp_path / "cache" / "geocode.sqlite").exists()


@pytest.mark.parametrize(
    ("service", "options", "message"),
    [("no-such-service", {}, "unknown geocoding service 'no-such-service'"), ("nominatim", {"api_key": "k"}, "does not accept")],
)
def test_bad_settings_are_config_errors(service, options, message):
    with pytest.raises(GeocoderConfigError, match=message) as caught:
        GeopyGeocoder(service, **options)
    assert isinstance(caught.value, ValueError)


def test_describe_failure_of_a_foreign_error():
    assert describe_failure(OSError("disk full")) == "geocoder failed: OSError: disk full"
