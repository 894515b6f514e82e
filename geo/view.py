"""What the dashboard shows, without Streamlit: filters, URL state, highlighted text.

Every function here takes and returns plain data (DataFrames, strings), so it is tested
directly; ``dashboard.py`` only wires these to widgets. All HTML built here is escaped:
document text is shown as text, whatever it contains.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

import pandas as pd

from geo.arabic import text_direction
from geo.model import APPROXIMATE_REASON, is_approximate


FSI, PDI = "\u2068", "\u2069"  # first-strong isolate: keeps mixed-script labels readable


@dataclass(frozen=True)
class Filters:
    """The analyst's filters; the defaults show everything."""

    places: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    documents: tuple[str, ...] = ()
    words: str = ""
    min_mentions: int = 1
    date_from: date | None = None
    date_to: date | None = None

    @property
    def narrows_places(self) -> bool:
        return bool(self.places or self.countries or self.kinds)


@dataclass(frozen=True)
class ViewState:
    """Everything a shared URL restores: the filters, the selected place, the open document."""

    filters: Filters = field(default_factory=Filters)
    selected: str | None = None
    open_document: str | None = None
    online_tiles: bool = False


_LIST_KEYS = {"place": "places", "country": "countries", "kind": "kinds", "doc": "documents"}


def state_to_query(state: ViewState) -> dict[str, str | list[str]]:
    """Query parameters for a view; defaults are left out so plain URLs stay plain."""
    f = state.filters
    query: dict[str, str | list[str]] = {key: list(getattr(f, attr)) for key, attr in _LIST_KEYS.items() if getattr(f, attr)}
    if f.words:
        query["q"] = f.words
    if f.min_mentions > 1:
        query["min"] = str(f.min_mentions)
    if f.date_from:
        query["from"] = f.date_from.isoformat()
    if f.date_to:
        query["to"] = f.date_to.isoformat()
    if state.selected:
        query["sel"] = state.selected
    if state.open_document:
        query["open"] = state.open_document
    if state.online_tiles:
        query["tiles"] = "osm"
    return query


def state_from_query(query: Mapping[str, Sequence[str]]) -> ViewState:
    """The view a URL describes; values that do not parse are ignored, not fatal."""

    def first(key: str) -> str:
        values = query.get(key) or [""]
        return values[-1]

    lists = {attr: tuple(dict.fromkeys(v for v in query.get(key, ()) if v)) for key, attr in _LIST_KEYS.items()}
    filters = Filters(
        **lists,
        words=first("q").strip(),
        min_mentions=max(1, _int_or(first("min"), 1)),
        date_from=_date_or_none(first("from")),
        date_to=_date_or_none(first("to")),
    )
    return ViewState(
        filters=filters,
        selected=first("sel") or None,
        open_document=first("open") or None,
        online_tiles=first("tiles") == "osm",
    )


def _int_or(text: str, default: int) -> int:
    try:
        return int(text)
    except ValueError:
        return default


def _date_or_none(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def document_dates(mentions: pd.DataFrame) -> pd.Series:
    """Each mention's document date as a Timestamp (NaT when the document has none)."""
    return pd.to_datetime(mentions["date"].where(mentions["date"].astype(bool), None), errors="coerce", utc=False, format="mixed")


def date_bounds(mentions: pd.DataFrame) -> tuple[date, date] | None:
    """The first and last document date, or None when no document is dated."""
    dates = document_dates(mentions).dropna()
    if dates.empty:
        return None
    return dates.min().date(), dates.max().date()


def dates_within(chosen: object, bounds: tuple[date, date]) -> bool:
    """Whether a date-range widget value (one or two dates while picking) lies within bounds."""
    return (
        isinstance(chosen, tuple)
        and 1 <= len(chosen) <= 2
        and all(isinstance(day, date) and bounds[0] <= day <= bounds[1] for day in chosen)
    )


def filter_mentions(mentions: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    """The mentions an analyst's filters keep.

    Document, word and date filters apply to every mention; place, country and kind filters
    keep resolved mentions only; the minimum applies to each place's count after the rest.
    """
    keep = pd.Series(True, index=mentions.index)
    if filters.documents:
        keep &= mentions["doc"].isin(filters.documents)
    for word in filters.words.split():
        keep &= mentions["sentence"].str.contains(word, case=False, regex=False)
    if filters.date_from or filters.date_to:
        dates = document_dates(mentions)
        if filters.date_from:
            keep &= dates >= pd.Timestamp(filters.date_from)
        if filters.date_to:
            keep &= dates < pd.Timestamp(filters.date_to) + pd.Timedelta(days=1)
    resolved = mentions["resolved"].astype(bool)
    if filters.narrows_places:
        keep &= resolved
    if filters.places:
        keep &= mentions["place_id"].isin(filters.places)
    if filters.countries:
        keep &= mentions["country_code"].isin(filters.countries)
    if filters.kinds:
        keep &= mentions["kind"].isin(filters.kinds)
    kept = mentions[keep]
    if filters.min_mentions > 1:
        counts = kept.loc[resolved[keep], "place_id"].value_counts()
        frequent = counts.index[counts >= filters.min_mentions]
        kept = kept[~resolved[keep] | kept["place_id"].isin(frequent)]
    return kept


def without_unknown_choices(filters: Filters, *, places: Iterable[str], countries: Iterable[str],
                            kinds: Iterable[str], documents: Iterable[str]) -> Filters:
    """The filters with choices that the corpus does not offer (e.g. from an old URL) dropped."""
    known = {"places": set(places), "countries": set(countries), "kinds": set(kinds), "documents": set(documents)}
    return replace(filters, **{attr: tuple(v for v in getattr(filters, attr) if v in allowed) for attr, allowed in known.items()})


def isolate(text: str) -> str:
    """Plain text wrapped in bidi isolates, for labels that mix scripts."""
    return f"{FSI}{text}{PDI}"


def place_label(name: str, surfaces: str, country: str | None) -> str:
    """``Almaty · ألما أتا · Kazakhstan`` for selectors, each part isolated."""
    parts = [name]
    if surfaces and surfaces != name:
        parts.append(surfaces)
    if country and country != name:
        parts.append(country)
    return " · ".join(isolate(part) for part in parts)


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    css_class: str = "mention"


def highlight(text: str, spans: Iterable[Span]) -> str:
    """Escaped HTML of ``text`` with each span in a ``<mark>``; overlapping spans are skipped."""
    pieces: list[str] = []
    position = 0
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if span.start < position or span.end > len(text) or span.start >= span.end:
            continue
        pieces.append(html.escape(text[position : span.start]))
        pieces.append(f'<mark class="{html.escape(span.css_class)}">{html.escape(text[span.start : span.end])}</mark>')
        position = span.end
    pieces.append(html.escape(text[position:]))
    return "".join(pieces)


def text_block(text: str, spans: Iterable[Span], *, css_class: str) -> str:
    """A paragraph of highlighted text with its own direction and, for Arabic, its font."""
    direction = text_direction(text)
    lang = ' lang="ar"' if direction == "rtl" else ""
    return f'<p class="{css_class}" dir="{direction}"{lang}>{highlight(text, spans)}</p>'


@dataclass(frozen=True)
class SentenceView:
    doc: str
    title: str
    html: str


def place_sentences(mentions: pd.DataFrame, place_id: str) -> list[SentenceView]:
    """Each sentence that mentions the place, once, with every mention of it highlighted."""
    rows = mentions[mentions["place_id"] == place_id]
    views = []
    for (doc, sentence_start), group in rows.groupby(["doc", "sentence_start"], sort=False):
        sentence = str(group["sentence"].iloc[0])
        offset = int(sentence_start)
        spans = [Span(int(start) - offset, int(end) - offset) for start, end in zip(group["start"], group["end"])]
        views.append(SentenceView(doc=str(doc), title=str(group["title"].iloc[0] or doc), html=text_block(sentence, spans, css_class="sentence")))
    return views


def document_html(text: str, mentions: pd.DataFrame, selected: str | None) -> str:
    """A whole document with all its resolved and unresolved mentions highlighted.

    Mentions of the selected place are marked ``selected``, unresolved ones ``unresolved``.
    Paragraphs (blank-line or line breaks) each get their own direction.
    """
    spans = [
        Span(int(start), int(end), _mention_class(place_id, resolved, selected))
        for start, end, place_id, resolved in zip(mentions["start"], mentions["end"], mentions["place_id"], mentions["resolved"])
    ]
    blocks = []
    position = 0
    for line in text.split("\n"):
        end = position + len(line)
        if line.strip():
            inside = [Span(s.start - position, s.end - position, s.css_class) for s in spans if position <= s.start and s.end <= end]
            blocks.append(text_block(line, inside, css_class="document-paragraph"))
        position = end + 1
    return "".join(blocks)


def _mention_class(place_id: object, resolved: object, selected: str | None) -> str:
    if not resolved:
        return "mention unresolved"
    return "mention selected" if place_id == selected else "mention"


def approximate_note(mentions: pd.DataFrame, place_id: str) -> str:
    """For an approximate place, how it was placed ("placed at Tabuk, named right after it"),
    from its mentions' reasons; empty for any other place."""
    if not is_approximate(place_id):
        return ""
    for reason in mentions.loc[mentions["place_id"] == place_id, "reason"]:
        _, found, how = str(reason).partition(APPROXIMATE_REASON)
        if found:
            return how
    return "placed at the place the text puts it in"


def place_facts_html(place: Mapping, *, kind_label: str, approximate: str = "") -> str:
    """The selected place's heading: English name, names as written, country, kind and counts,
    and for an approximate place, where it was put."""
    surfaces = str(place["surfaces"])
    surfaces_lang = "ar" if text_direction(surfaces) == "rtl" else "en"
    country = place["country"] if isinstance(place["country"], str) and place["country"] else place["country_code"] or "—"
    mentions, documents = int(place["mentions"]), int(place["documents"])
    return (
        f'<h3 class="place-name"><bdi>{html.escape(str(place["name"]))}</bdi></h3>'
        f'<p class="place-facts">As written: <bdi lang="{surfaces_lang}">{html.escape(surfaces)}</bdi><br>'
        f"Country: <bdi>{html.escape(str(country))}</bdi> · Kind: {html.escape(kind_label)}<br>"
        f'<span class="counts">{mentions} mention{"" if mentions == 1 else "s"} in '
        f'{documents} document{"" if documents == 1 else "s"}</span>'
        + (f'<br><span class="approximate">Approximate location: {html.escape(approximate)}</span>' if approximate else "")
        + "</p>"
    )


def document_source_html(date_text: str, url: str) -> str:
    """The document's date and, for http(s) addresses only, a link to its source."""
    parts = [html.escape(date_text)] if date_text else []
    if url.lower().startswith(("http://", "https://")):
        parts.append(f'<a href="{html.escape(url, quote=True)}" target="_blank" rel="noopener noreferrer">source</a>')
    elif url:
        parts.append(html.escape(url))
    return f'<p class="document-source">{" · ".join(parts)}</p>'
