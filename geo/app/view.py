"""What the dashboard shows, without Streamlit: filters, URL state, highlighted text.

Every function here takes and returns plain data (DataFrames, strings), so it is tested
directly; ``dashboard.py`` only wires these to widgets. All HTML built here is escaped:
document text is shown as text, whatever it contains.
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta, timezone

import pandas as pd

from geo.arabic import text_direction
from geo.model import PLACED_SAID, is_approximate
from geo.text import fold_with_offsets
from geo.store.query import WORDS_ALL, WORDS_ANY, Filters, SentenceRow


FSI, PDI = "\u2068", "\u2069"  # first-strong isolate: keeps mixed-script labels readable


@dataclass(frozen=True)
class ViewState:
    """What a shared URL restores on the server: the filters, the selected place, the open
    document, what the markers' colours show. The map keeps its own view in the URL (see
    :data:`MAP_KEYS`)."""

    filters: Filters = field(default_factory=Filters)
    selected: str | None = None
    open_document: str | None = None
    colour_by: str = "kind"


MAP_KEYS = ("z", "c", "tiles")
"""Query parameters the map writes itself (zoom, centre, base layer), without a rerun."""
_LIST_KEYS = {"place": "places", "country": "countries", "kind": "kinds", "doc": "documents", "event": "event_types"}


def state_to_query(state: ViewState) -> dict[str, str | list[str]]:
    """Query parameters for a view; defaults are left out so plain URLs stay plain."""
    f = state.filters
    query: dict[str, str | list[str]] = {key: list(getattr(f, attr)) for key, attr in _LIST_KEYS.items() if getattr(f, attr)}
    if f.words:
        query["q"] = f.words
    if f.words_mode != WORDS_ALL:
        query["qmode"] = f.words_mode
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
    if state.colour_by != "kind":
        query["colour"] = state.colour_by
    return query


def state_from_query(query: Mapping[str, Sequence[str]]) -> ViewState:
    """The view a URL describes; values that do not parse are ignored, not fatal."""

    def first(key: str) -> str:
        values = query.get(key) or [""]
        return values[-1]

    # An empty country is a choice: the Country filter's group of places in no country (seas,
    # world regions), written `country=`; any other empty value is dropped.
    lists = {attr: tuple(dict.fromkeys(v for v in query.get(key, ()) if v or key == "country"))
             for key, attr in _LIST_KEYS.items()}
    filters = Filters(
        **lists,
        words=first("q").strip(),
        words_mode=WORDS_ANY if first("qmode") == WORDS_ANY else WORDS_ALL,
        min_mentions=max(1, _int_or(first("min"), 1)),
        date_from=_date_or_none(first("from")),
        date_to=_date_or_none(first("to")),
    )
    return ViewState(
        filters=filters,
        selected=first("sel") or None,
        open_document=first("open") or None,
        colour_by="event" if first("colour") == "event" else "kind",
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


def dates_within(chosen: object, bounds: tuple[date, date]) -> bool:
    """Whether a date-range widget value (one or two dates while picking) lies within bounds."""
    return (
        isinstance(chosen, tuple)
        and 1 <= len(chosen) <= 2
        and all(isinstance(day, date) and bounds[0] <= day <= bounds[1] for day in chosen)
    )


def brushed_dates(selection: Mapping) -> tuple[date, date] | None:
    """The dates a range brushed on the timeline covers: Vega-Lite gives the ends of the
    brushed periods' axis, in milliseconds since 1970 (UTC), the end exclusive."""
    picked = selection.get("period") or []
    if len(picked) != 2:
        return None
    start, end = (datetime.fromtimestamp(value / 1000, tz=timezone.utc).date() for value in sorted(picked))
    return start, max(start, end - timedelta(days=1))


def next_window(current: object, bounds: tuple[date, date], step: timedelta) -> tuple[date, date] | None:
    """The next window of a play through ``bounds``: a step long, right after ``current`` when
    that is a window of the same length, else the first; None past the end."""
    low, high = bounds
    length = step - timedelta(days=1)
    playing = isinstance(current, tuple) and len(current) == 2 and current[1] - current[0] == length \
        and current != bounds
    start = current[0] + step if playing else low
    return None if start > high else (start, min(high, start + length))


def without_unknown_choices(filters: Filters, *, places: Iterable[str], countries: Iterable[str],
                            kinds: Iterable[str], documents: Iterable[str], event_types: Iterable[str]) -> Filters:
    """The filters with choices that the corpus does not offer (e.g. from an old URL) dropped."""
    known = {"places": set(places), "countries": set(countries), "kinds": set(kinds), "documents": set(documents),
             "event_types": set(event_types)}
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
    date: datetime | None = None


def sentence_views(rows: Iterable[SentenceRow], *, words: Sequence[str] = (),
                   triggers: Mapping[tuple[str, int], Sequence[tuple]] | None = None) -> list[SentenceView]:
    """Each sentence naming the selected place, with every mention of it highlighted, the event
    triggers (``(type, start, end, polarity)`` by ``(doc, sentence start)``) marked and named
    in badges, and the searched ``words`` (folded, as the word filter matched them) marked."""
    views = []
    for row in rows:
        events = (triggers or {}).get((row.doc, row.sentence_start), ())
        mentions = [Span(start, end) for start, end in row.spans]
        others = [Span(start, end, f"trigger {polarity}") for _, start, end, polarity in events]
        others += word_spans(row.sentence, words)
        spans = mentions + [span for span in others if not any(span.start < m.end and m.start < span.end for m in mentions)]
        views.append(SentenceView(doc=row.doc, title=row.title, date=row.date,
                                  html=event_badges(events) + text_block(row.sentence, spans, css_class="sentence")))
    return views


POLARITY_NOTES = {"negated": "denied", "future": "called for or planned"}


def event_badges(events: Sequence[tuple]) -> str:
    """A badge per event type a sentence names, once each; a denied or only planned one says so."""
    seen: dict[tuple[str, str], None] = {}
    for kind, _, _, polarity in events:
        seen[(kind, polarity)] = None
    badges = [
        f'<span class="event-badge {html.escape(kind)} {html.escape(polarity)}">{html.escape(EVENT_LABELS.get(kind, kind))}'
        + (f" ({POLARITY_NOTES[polarity]})" if polarity in POLARITY_NOTES else "") + "</span>"
        for kind, polarity in seen
    ]
    return f'<p class="event-badges">{"".join(badges)}</p>' if badges else ""


def word_spans(text: str, words: Sequence[str]) -> list[Span]:
    """Where the folded ``words`` occur in ``text``, as spans of the text as written."""
    if not words:
        return []
    folded = fold_with_offsets(text)
    spans = []
    for word in words:
        start = folded.folded.find(word)
        while start != -1:
            spans.append(Span(*folded.span_to_original(start, start + len(word)), css_class="word"))
            start = folded.folded.find(word, start + len(word))
    return spans


KIND_LABELS = {
    "country": "Country", "region": "Region", "city": "City", "landmark": "Landmark", "water": "River or sea",
    "continent": "World region",
}  # fmt: skip
NO_EVENT = "none"
EVENT_LABELS = {
    "protest": "Protest", "riot": "Riot", "armed_clash": "Armed clash", "strike_explosion": "Strike or explosion",
    "violence_against_civilians": "Violence against civilians", "arrest": "Arrest", "military_movement":
    "Military movement", "emergency_measure": "Emergency measure", "disaster": "Disaster", "diplomacy": "Diplomacy",
    "political_change": "Political change", NO_EVENT: "No event named",
}  # fmt: skip
KIND_RANK = {"country": 0, "continent": 1, "water": 2, "region": 3, "city": 4, "landmark": 5}


def ranked_places(places: pd.DataFrame) -> list[str]:
    """Place ids for the Place box: countries, then bigger kinds of place, each most mentioned
    first, so the first match for what a viewer types is the one they most likely mean."""
    rank = places["kind"].map(KIND_RANK).fillna(len(KIND_RANK))
    order = places.assign(_rank=rank).sort_values(["_rank", "mentions", "name"], ascending=[True, False, True],
                                                  kind="stable")
    return list(order["place_id"])


def place_labels(places: pd.DataFrame) -> dict[str, str]:
    """A label for each place (:func:`place_label`), made unique by its kind, then its id."""
    # Plain lists: iterating the frame's Arrow-backed columns costs a Python object a cell.
    ids, kinds_of = places["place_id"].tolist(), places["kind"].tolist()
    labels = {place_id: place_label(name, surfaces, country) for place_id, name, surfaces, country
              in zip(ids, places["name"].tolist(), places["surfaces"].tolist(), places["country"].tolist())}
    kinds = dict(zip(ids, kinds_of))
    taken = Counter(labels.values())
    for place_id, label in labels.items():
        if taken[label] > 1:
            labels[place_id] = f"{label} ({kinds[place_id]})"
    taken = Counter(labels.values())
    return {place_id: f"{label} [{place_id}]" if taken[label] > 1 else label for place_id, label in labels.items()}


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


def approximate_note(place_id: str, anchor: str, how: str) -> str:
    """For an approximate place, how it was placed ("placed at Tabuk, named right after it")
    from the name of the place it was put at and how (``geo.model.PLACED_SAID``'s keys);
    empty for any other place."""
    if not is_approximate(place_id):
        return ""
    if not anchor or how not in PLACED_SAID:
        return "placed at the place the text puts it in"
    return f"placed at {anchor}, {PLACED_SAID[how]}"


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
