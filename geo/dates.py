"""Document dates: the ``date`` field as real feeds write it, or the dateline, as one timestamp.

Feeds write dates as ISO 8601 (``2015-08-03 20:14:45``), RFC 2822 (``Wed, 04 Jul 2018
15:53:24 +0400``), day/month/year (``06/03/2017``) and with Arabic or English month names
(``5 يناير 2022``, ``January 5, 2022``). The standard library reads the first two; dateparser
the rest, days before months as the Arab world and Europe write them. Its Arabic lacks the
Levantine and Maghreb month names (كانون الثاني، جانفي): ``geo/data/dates/month_names.tsv``
gives the name it knows for each.

A timestamp is the wall-clock time where the story was filed (an offset such as +0400 is
dropped, not converted), so a story is on the day its readers saw it. What cannot be read
gives ``None``: the document stays, undated.
"""

from __future__ import annotations

import csv
import re
from datetime import datetime
from email.utils import parsedate_to_datetime
from functools import cache, lru_cache
from pathlib import Path

from geo.text import fold

MONTH_NAMES = Path(__file__).resolve().parent / "data" / "dates" / "month_names.tsv"
LANGUAGES = ("ar", "en")
DATELINE_CHARS = 300
"""How far into a document its dateline may lie: the first line or two."""

_FIELD_SETTINGS = {
    "DATE_ORDER": "DMY",
    "PREFER_DAY_OF_MONTH": "first",
    "PREFER_MONTH_OF_YEAR": "first",
    "RETURN_AS_TIMEZONE_AWARE": False,
    "REQUIRE_PARTS": ["year", "month"],
    # "yesterday" or "in two days" would be read against today's date, not the story's.
    "PARSERS": ["timestamp", "custom-formats", "absolute-time"],
}
# A dateline must name the day too: "في 2020" in a story's first line is no date of filing.
_DATELINE_SETTINGS = _FIELD_SETTINGS | {"REQUIRE_PARTS": ["year", "month", "day"]}
_ABBREVIATION_DOT = re.compile(r"\b([A-Z][a-z]{2,3})\.")  # "Jan. 6, 2022": dateparser wants "Jan 6"
_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")


def parse_date(text: str) -> datetime | None:
    """The timestamp a ``date`` field holds, or None when it holds none that can be read."""
    text = " ".join(text.split())
    if not text:
        return None
    return _parse_date(text)


@lru_cache(maxsize=65_536)
def _parse_date(text: str) -> datetime | None:
    # Feeds repeat their dates (a day's stories share one), so each is read once.
    for read in (_iso, _rfc2822, _with_dateparser):
        parsed = read(text)
        if parsed is not None:
            return parsed.replace(tzinfo=None)
    return None


def dateline_date(text: str) -> datetime | None:
    """The date in a document's dateline or first lines (الرياض - الخميس 6 يناير 2022, KABUL,
    Jan. 6, 2022), or None. Only a full date counts: day, month and year."""
    head = text[:DATELINE_CHARS]
    if not _YEAR.search(head):
        return None  # most first lines hold no year at all: skip the search
    from dateparser.search import search_dates

    found = search_dates(_with_known_months(_ABBREVIATION_DOT.sub(r"\1", head)), languages=list(LANGUAGES),
                         settings=_DATELINE_SETTINGS)
    return found[0][1].replace(tzinfo=None) if found else None


def _iso(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def _rfc2822(text: str) -> datetime | None:
    if not text[:1].isalpha() and "," not in text:
        return None
    try:
        return parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None


def _with_dateparser(text: str) -> datetime | None:
    import dateparser

    return dateparser.parse(_with_known_months(text), languages=list(LANGUAGES), settings=_FIELD_SETTINGS)


def _with_known_months(text: str) -> str:
    """The text with each month name dateparser does not know replaced by the one it knows."""
    if text.isascii():
        return text
    pattern, known = _month_pattern()
    return pattern.sub(lambda match: known[fold(match.group(0))], text)


# Letters that folding unifies, so a month name is found however its alef or hamza is written.
_FOLDED_VARIANTS = {"ا": "[اأإآ]", "ه": "[هة]", "ي": "[يى]"}


@cache
def _month_pattern() -> tuple[re.Pattern, dict[str, str]]:
    with MONTH_NAMES.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t"))
    known = {fold(row["name"]): row["known"] for row in rows}
    # Longest first: كانون الثاني before any shorter name it contains.
    alternatives = ("".join(_FOLDED_VARIANTS.get(letter, re.escape(letter)) for letter in name)
                    for name in sorted(known, key=len, reverse=True))
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)"), known
