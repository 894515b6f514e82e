"""One root exception for the package; leaves also subclass the matching built-ins.

Callers can catch ``GeoError`` for anything this package raises, or the built-in
(``ValueError``, ``TimeoutError``, ``OSError``) they already handle.
"""


def source_line(source: str, line: int | None) -> str:
    """``source:line``, or the source alone when the line is unknown: where a problem is."""
    return f"{source}:{line}" if line is not None else source


class GeoError(Exception):
    """Root of every error raised by ``geo``."""


class CorpusError(GeoError, ValueError):
    """A document source cannot be read: names the file, the line when known, and why."""

    def __init__(self, source: str, reason: str, *, line: int | None = None):
        self.source = source
        self.reason = reason
        self.line = line
        super().__init__(f"{source_line(source, line)}: {reason}")


class CountryCodeError(GeoError, ValueError):
    """A document's home country is no ISO 3166 two-letter code of a territory."""

    def __init__(self, value: str):
        self.value = value
        super().__init__(f"{value!r} is no ISO 3166 two-letter country code (e.g. TN, SA, US)")


class GazetteerError(GeoError, OSError):
    """The gazetteer index cannot be built or loaded."""


class GeocoderError(GeoError):
    """An online geocoder failed; parsing goes on with the gazetteer alone."""


class GeocoderTimeout(GeocoderError, TimeoutError):
    """The geocoding service did not answer in time."""


class GeocoderUnavailable(GeocoderError, ConnectionError):
    """The geocoding service is down, refused, or rate-limited us past our retries."""


class GeocoderResponseError(GeocoderError, ValueError):
    """The geocoding service answered with something that is not a valid result."""


class GeocoderConfigError(GeocoderError, ValueError):
    """The geocoder settings are unusable: unknown service or an option it does not take."""
