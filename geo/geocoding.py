"""Optional online geocoding for names the offline gazetteer lacks (off by default).

One interface, :class:`Geocoder`: ``lookup(query, *, language=None) -> Place | None``
(``None``: the service knows no such place). Failures raise the
:class:`~geo.errors.GeocoderError` leaves, raised from the geopy cause with the query
in the message; :func:`describe_failure` turns one into a short reason for a mention.

The pieces wrap callables rather than subclass each other::

    geopy geocode -> RateLimiter (min delay) -> retries with back-off (429, 5xx)
      -> GeopyGeocoder.lookup -> CircuitBreaker -> CachedGeocoder (SQLite, hits and misses)

:func:`online_geocoder` assembles the usual stack.
"""

from __future__ import annotations

import dataclasses
import hashlib
import inspect
import json
import logging
import math
import sqlite3
import threading
import time
import warnings
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, Protocol

from geopy import exc as geopy_exc
from geopy.adapters import AdapterHTTPError, URLLibAdapter
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders import get_geocoder_for_service
from geopy.location import Location

from geo.errors import (
    GeocoderConfigError,
    GeocoderError,
    GeocoderResponseError,
    GeocoderTimeout,
    GeocoderUnavailable,
)
from geo.model import KINDS, Place

logger = logging.getLogger(__name__)

DEFAULT_USER_AGENT = "geo-news-geoparser/0.1"
CACHE_FILE_NAME = "geocode.sqlite"
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})

Lookup = Callable[..., "Place | None"]

_KIND_BY_TYPE = {
    "continent": "continent",
    "country": "country",
    **dict.fromkeys(("state", "region", "province", "state_district", "county", "administrative"), "region"),
    **dict.fromkeys(
        ("city", "town", "village", "hamlet", "municipality", "suburb", "city_district", "locality", "quarter",
         "neighbourhood", "borough"),
        "city",
    ),
    **dict.fromkeys(("ocean", "sea", "bay", "strait", "river", "canal", "lake", "water"), "water"),
}  # fmt: skip
_LANDMARK_CLASSES = frozenset(
    {"tourism", "historic", "amenity", "building", "aeroway", "barrier", "leisure", "man_made", "natural", "railway"}
)


class Geocoder(Protocol):
    def lookup(self, query: str, *, language: str | None = None) -> Place | None: ...


def describe_failure(error: BaseException) -> str:
    """A short reason for an unresolved mention, e.g. ``geocoder timeout after 2 s``."""
    return getattr(error, "reason", None) or f"geocoder failed: {type(error).__name__}: {error}"


class GeopyGeocoder:
    """Any geocoding service geopy knows, by name (``nominatim``, ``photon``, ``arcgis``...).

    Requests are spaced by geopy's :class:`RateLimiter` (``min_delay_seconds``; Nominatim's
    policy is one a second) and retried ``max_retries`` times on HTTP 429 and 5xx, waiting
    ``backoff_seconds * 2**attempt`` (or the service's Retry-After, if longer).
    ``options`` go to the geopy class as they are (e.g. ``username`` for GeoNames).
    HTTP goes through geopy's stdlib ``URLLibAdapter``, which has no hidden retries
    (the requests adapter would retry timeouts and report them as outages).
    """

    def __init__(
        self,
        service: str = "nominatim",
        *,
        user_agent: str = DEFAULT_USER_AGENT,
        domain: str | None = None,
        scheme: str | None = None,
        api_key: str | None = None,
        timeout: float = 5.0,
        min_delay_seconds: float = 1.0,
        max_retries: int = 2,
        backoff_seconds: float = 2.0,
        sleep: Callable[[float], None] = time.sleep,
        options: Mapping[str, Any] | None = None,
    ):
        self.service = service
        self.timeout = timeout
        self.min_delay_seconds = min_delay_seconds
        settings = {"user_agent": user_agent, "domain": domain, "scheme": scheme, "api_key": api_key, "timeout": timeout}
        settings = {key: value for key, value in settings.items() if value is not None}
        settings = {"adapter_factory": URLLibAdapter, **settings, **(options or {})}
        self._client = _geopy_client(service, settings)
        self._geocode_options = _supported_options(self._client.geocode, addressdetails=True, exactly_one=True)
        self._accepts_language = "language" in inspect.signature(self._client.geocode).parameters
        rate_limited = RateLimiter(
            self._client.geocode, min_delay_seconds=min_delay_seconds, max_retries=0, swallow_exceptions=False
        )
        self._geocode = with_retries(rate_limited, max_retries=max_retries, backoff_seconds=backoff_seconds, sleep=sleep)

    def lookup(self, query: str, *, language: str | None = None) -> Place | None:
        options = dict(self._geocode_options)
        if language and self._accepts_language:
            options["language"] = language
        try:
            location = self._geocode(query, **options)
        except GeocoderError:
            raise
        except geopy_exc.GeopyError as error:
            raise self._translate(error, query) from error
        except Exception as error:  # the service's answer broke geopy's parser
            raise failure(GeocoderResponseError, f"geocoder answered an unusable result ({error!r})", query) from error
        if location is None:
            return None
        return place_from_answer(self.service, location, query)

    def _translate(self, error: geopy_exc.GeopyError, query: str) -> GeocoderError:
        status = http_status(error)
        if isinstance(error, geopy_exc.GeocoderParseError):
            return failure(GeocoderResponseError, "geocoder answered malformed JSON", query)
        if isinstance(error, geopy_exc.GeocoderTimedOut) and status is None:
            return failure(GeocoderTimeout, f"geocoder timeout after {self.timeout:g} s", query)
        if isinstance(error, geopy_exc.GeocoderQueryError):
            return failure(GeocoderResponseError, f"geocoder rejected the query (HTTP {status or '?'})", query)
        if status is not None:
            return failure(GeocoderUnavailable, f"geocoder refused the request (HTTP {status})", query)
        if isinstance(error, geopy_exc.GeocoderUnavailable) or isinstance(error.__context__, OSError):
            return failure(GeocoderUnavailable, f"geocoder unreachable ({self.service}: {error})", query)
        return failure(GeocoderUnavailable, f"geocoder failed ({type(error).__name__}: {error})", query)


def with_retries(
    geocode: Callable[..., Any], *, max_retries: int, backoff_seconds: float, sleep: Callable[[float], None]
) -> Callable[..., Any]:
    """Wrap ``geocode(query, **options)``: retry on HTTP 429 and 5xx with exponential back-off.

    When retries run out, raises :class:`GeocoderUnavailable` saying how often the service
    answered which status.
    """

    def geocode_with_retries(query: str, **options: Any) -> Any:
        for attempt in range(max_retries + 1):
            try:
                return geocode(query, **options)
            except geopy_exc.GeocoderServiceError as error:
                status = http_status(error)
                if status not in RETRY_STATUSES:
                    raise
                if attempt == max_retries:
                    reason = f"geocoder answered HTTP {status} {attempt + 1} times"
                    raise failure(GeocoderUnavailable, reason, query) from error
                wait = max(backoff_seconds * 2**attempt, getattr(error, "retry_after", None) or 0)
                logger.info("geocoder answered HTTP %s for %r; retrying in %.1f s", status, query, wait)
                sleep(wait)
        raise AssertionError("unreachable")  # pragma: no cover

    return geocode_with_retries


class CircuitBreaker:
    """Wrap a lookup: after ``max_failures`` outages in a row, fail fast for ``cooldown_seconds``.

    Keeps a down or slow service from costing a timeout for every name in a corpus.
    Only outages count (timeouts, unreachable, refused); a bad answer does not.
    """

    def __init__(
        self,
        lookup: Lookup,
        *,
        max_failures: int = 3,
        cooldown_seconds: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
    ):
        self._lookup = lookup
        self.max_failures = max_failures
        self.cooldown_seconds = cooldown_seconds
        self._clock = clock
        self._failures = 0
        self._open_until = -math.inf
        self._last_reason = ""

    def lookup(self, query: str, *, language: str | None = None) -> Place | None:
        if self._clock() < self._open_until:
            reason = f"geocoder skipped after {self._failures} failures in a row (last: {self._last_reason})"
            raise failure(GeocoderUnavailable, reason, query)
        try:
            place = self._lookup(query, language=language)
        except (GeocoderTimeout, GeocoderUnavailable) as error:
            self._failures += 1
            self._last_reason = describe_failure(error)
            if self._failures >= self.max_failures:
                self._open_until = self._clock() + self.cooldown_seconds
            raise
        self._failures = 0
        return place


@dataclasses.dataclass(frozen=True)
class CachedAnswer:
    """What the service said about a query: a place, or ``None`` for no such place."""

    place: Place | None
    stored_at: float


class SqliteGeocodeCache:
    """Persistent geocoder answers, hits and misses, in one SQLite file.

    WAL mode and a busy timeout let several processes write at once. A file that is
    not a sound SQLite database is renamed ``<name>.corrupt-<timestamp>`` with a
    warning and a fresh cache is built in its place. A read or write that fails later
    (e.g. locked past the timeout) warns and counts as not cached; it never raises.
    """

    def __init__(self, path: str | Path, *, clock: Callable[[], float] = time.time, busy_timeout_seconds: float = 30.0):
        self.path = Path(path)
        self._clock = clock
        self._busy_timeout = busy_timeout_seconds
        self._lock = threading.Lock()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._connection = self._open()
        except sqlite3.DatabaseError as error:
            self._set_aside(error)
            self._connection = self._open()

    def get(self, key: str) -> CachedAnswer | None:
        """The stored answer for ``key``, or ``None`` when the service was never asked."""
        try:
            with self._lock:
                row = self._connection.execute("SELECT place, stored_at FROM answers WHERE key = ?", (key,)).fetchone()
        except sqlite3.Error as error:
            warnings.warn(f"geocode cache {self.path} unreadable ({error}); asking the service", RuntimeWarning)
            return None
        if row is None:
            return None
        place_json, stored_at = row
        return CachedAnswer(None if place_json is None else Place(**json.loads(place_json)), stored_at)

    def put(self, key: str, place: Place | None) -> None:
        place_json = None if place is None else json.dumps(dataclasses.asdict(place), ensure_ascii=False)
        try:
            with self._lock, self._connection:
                self._connection.execute(
                    "INSERT OR REPLACE INTO answers (key, place, stored_at) VALUES (?, ?, ?)",
                    (key, place_json, self._clock()),
                )
        except sqlite3.Error as error:
            warnings.warn(f"geocode cache {self.path} not written ({error}); answer not kept", RuntimeWarning)

    def __len__(self) -> int:
        with self._lock:
            return self._connection.execute("SELECT count(*) FROM answers").fetchone()[0]

    def close(self) -> None:
        with self._lock:
            self._connection.close()

    def _open(self) -> sqlite3.Connection:
        connection = sqlite3.connect(self.path, timeout=self._busy_timeout, check_same_thread=False)
        try:
            (verdict,) = connection.execute("PRAGMA quick_check").fetchone()
            if verdict != "ok":
                raise sqlite3.DatabaseError(f"quick_check: {verdict}")
            connection.execute("PRAGMA journal_mode=WAL")
            with connection:
                connection.execute(
                    "CREATE TABLE IF NOT EXISTS answers (key TEXT PRIMARY KEY, place TEXT, stored_at REAL NOT NULL)"
                )
        except sqlite3.DatabaseError:
            connection.close()
            raise
        return connection

    def _set_aside(self, error: sqlite3.DatabaseError) -> None:
        stamp = time.strftime("%Y%m%dT%H%M%S", time.gmtime(self._clock()))
        corrupt = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        self.path.replace(corrupt)
        for suffix in ("-wal", "-shm"):
            self.path.with_name(self.path.name + suffix).unlink(missing_ok=True)
        warnings.warn(
            f"geocode cache {self.path} is corrupt ({error}); moved it to {corrupt.name} and started a new one",
            RuntimeWarning,
            stacklevel=3,
        )


class CachedGeocoder:
    """Wrap a lookup: answer from the cache, else ask once and store the answer (hit or miss).

    Failures are not stored, so a name is asked again once the service is back.
    ``namespace`` keeps different services' answers apart in one cache file.
    """

    def __init__(self, lookup: Lookup, cache: SqliteGeocodeCache, *, namespace: str = ""):
        self._lookup = lookup
        self.cache = cache
        self.namespace = namespace

    def lookup(self, query: str, *, language: str | None = None) -> Place | None:
        key = cache_key(self.namespace, query, language)
        cached = self.cache.get(key)
        if cached is not None:
            return cached.place
        place = self._lookup(query, language=language)
        self.cache.put(key, place)
        return place


def online_geocoder(
    service: str = "nominatim",
    *,
    cache_dir: str | Path = "cache",
    max_failures: int = 3,
    cooldown_seconds: float = 60.0,
    **options: Any,
) -> CachedGeocoder:
    """The usual stack for ``--geocoder SERVICE``: geopy client, circuit breaker, SQLite cache.

    ``options`` are :class:`GeopyGeocoder`'s keyword options (user_agent, domain, api_key...).
    """
    client = GeopyGeocoder(service, **options)
    breaker = CircuitBreaker(client.lookup, max_failures=max_failures, cooldown_seconds=cooldown_seconds)
    cache = SqliteGeocodeCache(Path(cache_dir) / CACHE_FILE_NAME)
    return CachedGeocoder(breaker.lookup, cache, namespace=service)


def cache_key(namespace: str, query: str, language: str | None) -> str:
    """Queries differing only in case or spacing share a key."""
    return "\x1f".join((namespace, language or "", " ".join(query.split()).casefold()))


def place_from_answer(service: str, location: Location, query: str) -> Place:
    """A :class:`Place` from one geopy answer; raises :class:`GeocoderResponseError` if unusable.

    Nominatim-style answers (with ``display_name``) are read from the raw JSON, since
    geopy turns missing coordinates into 0, 0.
    """
    raw = location.raw if isinstance(location.raw, Mapping) else {}
    lat, lon = (raw.get("lat"), raw.get("lon")) if "display_name" in raw else (location.latitude, location.longitude)
    if not _valid_coordinates(lat, lon):
        raise failure(GeocoderResponseError, f"geocoder answered invalid coordinates ({lat!r}, {lon!r})", query)
    address = location.address or ""
    address_details = raw.get("address") if isinstance(raw.get("address"), Mapping) else {}
    return Place(
        place_id=_answer_id(service, raw, address or query),
        name=address.split(",")[0].strip() or query,
        lat=float(lat),
        lon=float(lon),
        kind=_answer_kind(raw),
        country_code=str(address_details.get("country_code") or "").upper(),
    )


def http_status(error: BaseException) -> int | None:
    """The HTTP status geopy saw, when an HTTP answer caused ``error``."""
    cause = error.__cause__
    return cause.status_code if isinstance(cause, AdapterHTTPError) else None


def failure(kind: type[GeocoderError], reason: str, query: str) -> GeocoderError:
    """A geocoder error whose message names the query and whose ``reason`` suits a mention."""
    error = kind(f"{reason} (query {query!r})")
    error.reason = reason
    return error


def _geopy_client(service: str, settings: dict[str, Any]) -> Any:
    try:
        return get_geocoder_for_service(service)(**settings)
    except geopy_exc.GeocoderNotFound as error:
        raise GeocoderConfigError(f"unknown geocoding service {service!r}") from error
    except (TypeError, geopy_exc.ConfigurationError) as error:
        raise GeocoderConfigError(f"geocoding service {service!r} does not accept {sorted(settings)}: {error}") from error


def _supported_options(geocode: Callable[..., Any], **options: Any) -> dict[str, Any]:
    parameters = inspect.signature(geocode).parameters
    return {key: value for key, value in options.items() if key in parameters}


def _valid_coordinates(lat: Any, lon: Any) -> bool:
    try:
        lat, lon = float(lat), float(lon)
    except (TypeError, ValueError):
        return False
    return math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180


def _answer_id(service: str, raw: Mapping[str, Any], address: str) -> str:
    if raw.get("osm_type") and raw.get("osm_id") is not None:
        return f"osm:{raw['osm_type']}:{raw['osm_id']}"
    return f"geocoder:{service}:{hashlib.sha1(address.encode('utf-8')).hexdigest()[:12]}"


def _answer_kind(raw: Mapping[str, Any]) -> str:
    for field in ("addresstype", "type"):
        kind = _KIND_BY_TYPE.get(str(raw.get(field, "")))
        if kind in KINDS:
            return kind
    return "landmark" if raw.get("class") in _LANDMARK_CLASSES else "city"
