"""Where the news happens: an event map of the places named in Arabic and English news.

    streamlit run dashboard.py                      # the seed corpus in seeds/
    streamlit run dashboard.py -- --corpus PATH     # a .txt/.md/.jsonl/.csv(.gz) file or a folder
    streamlit run dashboard.py -- --store DIR       # a store filled by `python -m geo ingest`
    python scripts/serve.py [same options]          # the same, with the app's imports done
                                                    # while the server and browser start

Thin UI: documents live in a store (``geo.store``), ingested once and queried with DuckDB
(``geo.store.query``); where they come from is ``geo.app.sources``, the map
``geo.app.mapping``, URL state and highlighted text ``geo.app.view``, files ``geo.export``.
"""

from __future__ import annotations

import argparse
import html
import io
import sys
import time
from dataclasses import dataclass, replace
from datetime import timedelta
from pathlib import Path

import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx
from streamlit_folium import st_folium

from geo.app import mapping, sources, timeline, view
from geo.errors import GazetteerError, GeoError
from geo.export import write_csv, write_geojson
from geo.store import Store
from geo.store.ingest import IngestProgress
from geo.events import EVENT_TYPES
from geo.store.query import WORDS_ALL, WORDS_ANY, Filters, StoreQuery
from geo.store.work import ParseSettings

ROOT = Path(__file__).resolve().parent
SEEDS = ROOT / "seeds"
UPLOAD_TYPES = ["txt", "md", "csv", "jsonl", "gz"]
UPLOAD_LIMIT_MB = 50  # .streamlit/config.toml's server.maxUploadSize says the same
MAP_HEIGHT = 560
SENTENCES_PER_PAGE = 20
SEARCH_RESULTS = 50
TABLE_ROWS = 1_000
# A download is made in the server's memory when its button is clicked (Streamlit serves
# nothing else): beyond this many mentions (about 100 MB of CSV) the page says how to get them.
DOWNLOAD_MENTIONS_LIMIT = 250_000  # --download-limit
# Fixed: each expander's state is tied to its label.
TABLES_LABEL = "Tables: places, mentions, unresolved"
UPLOADS_LABEL = "Add documents"
DOWNLOADS_LABEL = "Download the filtered data"
FILTERS_LABEL = "Filters: places, countries, words, events, dates"
KIND_LABELS = mapping.KIND_LABELS

PAGE_STYLE = """
<style>
""" + "".join(f".event-badge.{kind}.asserted {{ background: {colour}; }}\n" for kind, colour in mapping.EVENT_COLOURS.items()) + """
@font-face { font-family: "Noto Naskh Arabic"; font-weight: 400; font-display: swap;
  src: url("app/static/fonts/noto-naskh-arabic-arabic-400-normal.woff2") format("woff2"); }
@font-face { font-family: "Noto Naskh Arabic"; font-weight: 700; font-display: swap;
  src: url("app/static/fonts/noto-naskh-arabic-arabic-700-normal.woff2") format("woff2"); }
[lang="ar"], bdi { font-family: "Noto Naskh Arabic", "Source Sans", sans-serif; }
[lang="ar"] { font-size: 1.12em; line-height: 1.9; }
p.sentence, p.document-paragraph { unicode-bidi: isolate; margin: 0.2em 0 0.6em; }
p[dir="rtl"] { text-align: right; }
mark.mention { background: #fde68a; padding: 0 0.1em; border-radius: 2px; }
mark.mention.selected { background: #f59e0b; }
mark.mention.unresolved { background: #e5e7eb; text-decoration: underline dotted; }
mark.word { background: #bfdbfe; padding: 0 0.1em; border-radius: 2px; }
/* Event triggers: underlined, not filled, so the place stays the highlighted word. */
mark.trigger { background: none; text-decoration: underline 2px #374151; text-underline-offset: 0.25em; }
mark.trigger.negated, mark.trigger.future { text-decoration-style: dashed; }
p.event-badges { margin: 0.1em 0 0.2em; display: flex; flex-wrap: wrap; gap: 0.3em; }
.event-badge { font-size: 0.78em; font-weight: 600; color: #ffffff; background: #4b5563; border-radius: 999px;
  padding: 0.05em 0.6em; }
.event-badge.negated, .event-badge.future { background: #ffffff; color: #374151; border: 1px dashed #6b7280; }
/* Captions at 4.5:1 or more (Streamlit's own grey is lighter). */
[data-testid="stCaptionContainer"], .doc-date { color: #4b5563 !important; }
/* A phone: the map is shorter than the screen, so the page can be scrolled past it to the panel. */
@media (max-width: 640px) {
  iframe[title="streamlit_folium.st_folium"], iframe[title="Map of the places named in the news"] { height: 55vh !important; }
}
.place-facts { margin: 0 0 0.5em; }
.place-facts .approximate { color: #92400e; }
.doc-title { font-weight: 600; margin: 0.8em 0 0.2em; unicode-bidi: isolate; }
/* A date beside an Arabic title: read left to right, never broken at its hyphens. */
.doc-date { color: #4b5563; font-size: 0.9em; white-space: nowrap; }
</style>
"""


@dataclass(frozen=True)
class Options:
    corpus: Path
    store: Path | None
    cache_dir: Path
    stores_dir: Path
    download_limit: int


def options() -> Options:
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--corpus", type=Path, default=SEEDS)
    parser.add_argument("--store", type=Path)
    parser.add_argument("--cache-dir", type=Path, default=ROOT / "cache")
    parser.add_argument("--stores-dir", type=Path)
    parser.add_argument("--download-limit", type=int, default=DOWNLOAD_MENTIONS_LIMIT)
    args, _ = parser.parse_known_args(sys.argv[1:])
    return Options(args.corpus, args.store, args.cache_dir, args.stores_dir or args.cache_dir / "stores",
                   args.download_limit)


@st.cache_resource(show_spinner=False)
def corpus_stores(stores_dir: str, cache_dir: str) -> sources.CorpusStores:
    return sources.CorpusStores(stores_dir=Path(stores_dir), settings=ParseSettings(cache_dir=cache_dir))


@st.cache_resource(show_spinner=False, max_entries=50)
def store_query(roots: tuple[str, ...]) -> StoreQuery:
    return StoreQuery([Store(root) for root in roots])


def main_store(opts: Options) -> Store:
    """The store the dashboard shows: the one given, or the corpus's, ingested with progress shown."""
    if opts.store is not None:
        store = Store(opts.store)
        if not store.exists():
            raise GeoError(f"{opts.store} is no store (it has no manifest.json): fill it with `python -m geo ingest`")
        return store
    status = st.empty()

    def show(progress: IngestProgress) -> None:
        left = f", about {progress.seconds_left:.0f} s left" if progress.seconds_left else ""
        status.progress(progress.fraction or 0.0, text=(
            f"Reading the corpus: {progress.documents:,} documents, {progress.megabytes:.1f} of "
            f"{progress.total_megabytes:.1f} MB, {progress.documents_per_second:,.0f} documents/s{left}"))

    store = corpus_stores(str(opts.stores_dir), str(opts.cache_dir)).up_to_date(opts.corpus, progress=show)
    status.empty()
    return store


def uploaded_store(opts: Options, uploads) -> Store | None:
    ctx = get_script_run_ctx()
    session_id = ctx.session_id if ctx else "default"
    files = [sources.Upload(upload.name, upload.getvalue()) for upload in uploads or ()]
    with st.spinner("Reading the uploaded files…"):
        return sources.session_store(session_id, files, stores_dir=opts.stores_dir,
                                     settings=ParseSettings(cache_dir=str(opts.cache_dir)))


# -- URL state ----------------------------------------------------------------------


# What the viewer changes on the page. A rerun in which one of them changed is the viewer's
# doing, never Back or Forward: its address may be one the app has replaced since (Streamlit
# sends the page's address as it was when the viewer acted).
VIEWER_KEYS = (
    "f_places", "f_places_search", "f_countries", "f_kinds", "f_documents", "f_documents_search", "f_words",
    "f_words_mode", "f_min", "f_events", "f_dates", "colour_by", "selected_place", "open_document", "event_map",
)


def viewer_choices() -> dict:
    return {key: st.session_state.get(key) for key in VIEWER_KEYS}


def url_state_to_apply() -> view.ViewState | None:
    """The view in the address when the viewer brought it there (the session's first run, or
    Back and Forward), else None: the widgets then start from it."""
    current = {key: st.query_params.get_all(key) for key in st.query_params if key not in view.MAP_KEYS}
    if st.session_state.get("url_written") == current:
        return None
    if "choices_seen" in st.session_state and viewer_choices() != st.session_state["choices_seen"]:
        return None
    st.session_state["url_written"] = current
    return view.state_from_query(current)


def apply_url_state(state: view.ViewState, query: StoreQuery) -> None:
    filters = view.without_unknown_choices(
        state.filters,
        places=query.place_rows(tuple(state.filters.places))["place_id"],
        countries=[code for code, _ in query.countries()],
        kinds=query.kinds(),
        documents=query.document_titles(tuple(state.filters.documents)),
        event_types=EVENT_TYPES,
    )
    st.session_state["f_places"] = list(filters.places)
    st.session_state["f_countries"] = list(filters.countries)
    st.session_state["f_kinds"] = list(filters.kinds)
    st.session_state["f_documents"] = list(filters.documents)
    st.session_state["f_words"] = filters.words
    st.session_state["f_words_mode"] = filters.words_mode
    st.session_state["f_min"] = filters.min_mentions
    st.session_state["f_events"] = list(filters.event_types)
    st.session_state["colour_by"] = state.colour_by
    bounds = query.date_bounds()
    if bounds:
        low, high = bounds
        st.session_state["f_dates"] = (max(low, filters.date_from or low), min(high, filters.date_to or high))
    if filters_in_use(bounds):  # a shared link shows what it filters
        st.session_state["filters_open"] = True
    # An address that names the place already selected (Back to it, or a rerun sent before
    # the page's address caught up with the last one written) leaves the viewer's zoom alone.
    if state.selected != st.session_state.get("selected_place"):
        choose_place(state.selected)
    st.session_state["open_document"] = state.open_document if query.document(state.open_document or "") else None


def current_state(filters: Filters) -> view.ViewState:
    return view.ViewState(
        filters=filters,
        selected=st.session_state.get("selected_place"),
        open_document=st.session_state.get("open_document"),
        colour_by=st.session_state.get("colour_by", mapping.BY_KIND),
    )


def write_url(state: view.ViewState) -> None:
    """The view lives in the URL, so it can be shared, reloaded, and stepped back through
    (Streamlit adds a history entry when the query changes). The map's own keys are kept."""
    wanted = {key: value if isinstance(value, list) else [value] for key, value in view.state_to_query(state).items()}
    current = {key: st.query_params.get_all(key) for key in st.query_params if key not in view.MAP_KEYS}
    # Written again when the address this run read lags behind the last one sent: the page is
    # left on this run's view, not on the late arrival of an older one.
    if wanted != current or wanted != st.session_state.get("url_sent"):
        kept = {key: st.query_params.get_all(key) for key in st.query_params if key in view.MAP_KEYS}
        st.query_params.from_dict(wanted | kept)
        st.session_state["url_sent"] = wanted
    st.session_state["url_written"] = wanted
    st.session_state["choices_seen"] = viewer_choices()


# -- sidebar ------------------------------------------------------------------------


def searched_multiselect(box, label: str, *, key: str, search_label: str, search, labels_of,
                         placeholder: str) -> list[str]:
    """A multiselect whose options are what the store finds for a search, plus what is chosen:
    the options never grow with the corpus."""
    typed = box.text_input(search_label, key=f"{key}_search", placeholder="type to search")
    chosen = list(st.session_state.get(key, []))
    found = search(typed)
    options = list(dict.fromkeys([*chosen, *found]))
    names = labels_of(options)
    return box.multiselect(label, options, format_func=lambda value: names.get(value, value), key=key,
                           placeholder=placeholder)


# Each filter's value when it keeps everything, and what the sidebar calls it when it does not.
FILTER_DEFAULTS = {
    "f_places": ([], "places"), "f_countries": ([], "countries"), "f_kinds": ([], "kinds"),
    "f_documents": ([], "documents"), "f_words": ("", "words"), "f_words_mode": (WORDS_ALL, "any of the words"),
    "f_min": (1, "minimum mentions"), "f_events": ([], "events"), "colour_by": (mapping.BY_KIND, "colours by event"),
}  # fmt: skip


def filters_in_use(bounds) -> list[str]:
    """The names of the filters set to anything but their default (dates: a part of the range)."""
    in_use = [name for key, (default, name) in FILTER_DEFAULTS.items()
              if st.session_state.get(key, default) not in (default, None)]
    dates = st.session_state.get("f_dates")
    if bounds and view.dates_within(dates, bounds) and tuple(dates) != tuple(bounds):
        in_use.append("dates")
    return in_use


def sidebar_filters(query: StoreQuery) -> Filters:
    """The filters, in an expander that starts closed: closed and unused, they are not drawn at
    all, so the first map does not wait for the browser to load and draw a dozen widgets (a
    fifth of the time to the first map). Filters in use stay drawn, and applied, when the
    expander is closed again; an address that carries filters opens it."""
    box = st.sidebar.expander(FILTERS_LABEL, key="filters_open", on_change="rerun")
    bounds = query.date_bounds()
    in_use = filters_in_use(bounds)
    if not box.open:
        if in_use:
            st.sidebar.caption("In use: " + ", ".join(in_use))
        else:
            return Filters()
    places = searched_multiselect(
        box, "Places: countries, regions, cities, landmarks, seas", key="f_places",
        search_label="Find a place (English or as written)",
        search=lambda text: list(query.search_places(text, limit=SEARCH_RESULTS)["place_id"]),
        labels_of=lambda ids: _place_labels(query.place_rows(tuple(ids))), placeholder="All places",
    )
    country_names = dict(query.countries())
    countries = box.multiselect(
        "Country", list(country_names), format_func=lambda code: country_names.get(code, code), key="f_countries",
        placeholder="All countries",
    )
    kinds_present = [kind for kind in KIND_LABELS if kind in set(query.kinds())]
    kinds = box.multiselect("Kind", kinds_present, format_func=KIND_LABELS.__getitem__, key="f_kinds",
                            placeholder="All kinds")
    documents = searched_multiselect(
        box, "Document", key="f_documents", search_label="Find a document (title or id)",
        search=lambda text: list(query.search_documents(text, limit=SEARCH_RESULTS)["doc"]),
        labels_of=lambda ids: {doc: view.isolate(title) for doc, title in query.document_titles(tuple(ids)).items()},
        placeholder="All documents",
    )
    words = box.text_input("Words in the sentence", key="f_words", placeholder="e.g. airport مطار")
    mode = box.radio("Sentences with", [WORDS_ALL, WORDS_ANY], key="f_words_mode", horizontal=True,
                     format_func={WORDS_ALL: "all the words", WORDS_ANY: "any of the words"}.__getitem__)
    event_types = box.multiselect(
        "Events in the sentence", EVENT_TYPES, format_func=view.EVENT_LABELS.__getitem__, key="f_events",
        placeholder="Any sentence, with an event or not",
        help="Keep the mentions whose sentence says the event happened (not denied, not only called for).",
    )
    box.radio("Colour the markers by", [mapping.BY_KIND, mapping.BY_EVENT], key="colour_by", horizontal=True,
              format_func={mapping.BY_KIND: "kind of place", mapping.BY_EVENT: "main event"}.__getitem__)
    min_mentions = box.number_input("Minimum mentions per place", min_value=1, step=1, key="f_min")
    date_from = date_to = None
    if bounds:
        if not view.dates_within(st.session_state.get("f_dates"), bounds):
            st.session_state["f_dates"] = bounds
        chosen = box.date_input("Document dates", min_value=bounds[0], max_value=bounds[1], key="f_dates")
        if isinstance(chosen, tuple) and len(chosen) == 2 and tuple(chosen) != bounds:
            date_from, date_to = chosen
    return Filters(
        places=tuple(places), countries=tuple(countries), kinds=tuple(kinds), documents=tuple(documents),
        words=words.strip(), words_mode=mode, min_mentions=int(min_mentions), date_from=date_from, date_to=date_to,
        event_types=tuple(event_types),
    )  # fmt: skip


def _place_labels(places) -> dict[str, str]:
    return {p.place_id: view.place_label(p.name, "", p.country) for p in places.itertuples()}


def sidebar_sources() -> list:
    """The uploader, in an expander that starts closed. Closed and empty, the uploader is not
    drawn at all, so the browser fetches and draws it only when asked (it was a tenth of the
    time to the first map); files added keep it drawn, and kept, when the expander closes."""
    st.sidebar.header("Corpus")
    box = st.sidebar.expander(UPLOADS_LABEL, key="uploads_open", on_change="rerun")
    if not (box.open or st.session_state.get("uploads")):
        return []
    return box.file_uploader(
        f"Files: .txt, .md, .csv, .jsonl, or any of them .gz; up to {UPLOAD_LIMIT_MB} MB a file",
        type=UPLOAD_TYPES, accept_multiple_files=True, key="uploads",
        help="CSV and JSON Lines need a `text` column; id, title, date, url and lang are optional. "
             "Bigger corpora: `python -m geo ingest`, then open the store with --store.",
    )


# -- map and panel ------------------------------------------------------------------


def show_map(query: StoreQuery, places, summary, filters: Filters) -> None:
    """The event map: the same base map every rerun (so the viewer's view and layers stay),
    and this rerun's places. A click on a marker selects its place; a cluster only opens."""
    empty = "No sentence matches the words." if filters.words and summary.mentions == 0 else \
        "No place matches the filters."
    by_event = st.session_state.get("colour_by") == mapping.BY_EVENT
    markers = map_markers(query, query.generation, filters, by_event=by_event)
    layer = mapping.places_layer(markers, selected=st.session_state.get("selected_place"),
                                 focus=st.session_state.get("focus_place"),
                                 focus_token=st.session_state.get("focus_token", 0), empty_note=empty)
    returned = st_folium(
        mapping.base_map(), key="event_map", height=MAP_HEIGHT, use_container_width=True, feature_group_to_add=layer,
        # The tooltip of the marker clicked last (with its id and clicks) and nothing else: the
        # map reports no first value, so opening the page runs the script once, not twice.
        returned_objects=["last_object_clicked_tooltip"],
    )  # fmt: skip
    clicked = (returned or {}).get("last_object_clicked_tooltip")
    if clicked and clicked != st.session_state.get("handled_click"):
        place_id = mapping.place_id_from_tooltip(clicked)
        if place_id in set(places["place_id"]):
            st.session_state["selected_place"] = place_id
    st.session_state["handled_click"] = clicked


# What the map and the Place box show of the places is the same for the same filters on the same
# store generation: made once (5,000 places' rows and labels take tens of ms), not every rerun,
# and shared read-only (st.cache_data would unpickle a copy on every rerun: 12 ms of 5,000 rows).
@st.cache_resource(max_entries=16, show_spinner=False)
def map_markers(_query: StoreQuery, generation: tuple, filters: Filters, *, by_event: bool) -> mapping.Markers:
    places = _query.places(filters)
    return mapping.markers(places, events=_query.dominant_events(filters) if by_event else None)


@st.cache_resource(max_entries=16, show_spinner=False)
def place_choices(_query: StoreQuery, generation: tuple, filters: Filters) -> tuple[list[str], dict[str, str]]:
    """The Place box's ids, most likely meant first, and their labels."""
    places = _query.places(filters)
    return view.ranked_places(places), view.place_labels(places)


def choose_place(place_id: str | None) -> None:
    """Select a place chosen outside the map (the Place box, the address, a table row): the map
    zooms to it once, then leaves the view to the viewer."""
    st.session_state["selected_place"] = place_id
    focus_on(place_id)


def focus_on(place_id: str | None) -> None:
    st.session_state["focus_place"] = place_id
    st.session_state["focus_token"] = st.session_state.get("focus_token", 0) + 1


def open_document(doc_id: str | None) -> None:
    st.session_state["open_document"] = doc_id


def more_sentences() -> None:
    st.session_state["sentence_pages"] = st.session_state.get("sentence_pages", 1) + 1


def show_place_panel(query: StoreQuery, places, filters: Filters) -> None:
    """The place list and the selected place: its facts and its sentences, newest first, a page at a time."""
    ids, labels = place_choices(query, query.generation, filters)
    if st.session_state.get("selected_place") not in labels:
        st.session_state["selected_place"] = None
    selected = st.selectbox(
        "Place", ids, format_func=labels.__getitem__, index=None, key="selected_place", filter_mode="contains",
        placeholder="Click a marker, or type a place's name", on_change=lambda: focus_on(st.session_state["selected_place"]),
    )  # fmt: skip
    if selected != st.session_state.get("sentences_of"):
        st.session_state["sentences_of"] = selected
        st.session_state["sentence_pages"] = 1
    if selected is None:
        st.caption(f"{len(places):,} places on the map. Click a marker or pick one above to read its sentences.")
        return
    place = places.set_index("place_id").loc[selected]
    kind_label = KIND_LABELS.get(place["kind"], str(place["kind"]))
    note = view.approximate_note(selected, *query.placed_at(selected))
    st.html(view.place_facts_html(place, kind_label=kind_label, approximate=note))
    pages = st.session_state.get("sentence_pages", 1)
    rows = query.sentences(selected, filters, limit=pages * SENTENCES_PER_PAGE)
    total = query.sentence_count(selected, filters)
    with st.container(height=420, key="sentences_panel"):
        triggers = query.sentence_events(tuple(rows))
        for doc_id, group in _by_document(view.sentence_views(rows, words=filters.folded_words, triggers=triggers)):
            when = f' <span class="doc-date" dir="ltr">{group[0].date:%Y-%m-%d}</span>' if group[0].date else ""
            st.html(f'<p class="doc-title"><bdi>{html.escape(group[0].title)}</bdi>{when}</p>'
                    + "".join(s.html for s in group))
            st.button("Open the whole document", key=f"open_{doc_id}", on_click=open_document, args=(doc_id,))
        if len(rows) < total:
            st.button(f"More sentences ({len(rows):,} of {total:,} shown)", key="more_sentences",
                      on_click=more_sentences)


def _by_document(sentences: list[view.SentenceView]) -> list[tuple[str, list[view.SentenceView]]]:
    groups: dict[str, list[view.SentenceView]] = {}
    for sentence in sentences:
        groups.setdefault(sentence.doc, []).append(sentence)
    return list(groups.items())


def show_document(query: StoreQuery) -> None:
    """The open document, whole, with all its mentions highlighted, in a dialog over the page:
    it opens where the viewer is looking, not below the fold."""
    document = query.document(st.session_state.get("open_document") or "")
    if document is not None:
        document_dialog(query, document)


@st.dialog("Document", width="large", on_dismiss=lambda: open_document(None))
def document_dialog(query: StoreQuery, document) -> None:
    header, close = st.columns([6, 1])
    header.html(f'<h3 class="document-title"><bdi>{html.escape(document.title or document.doc)}</bdi></h3>')
    close.button("Close", key="close_document", on_click=open_document, args=(None,))
    st.html(view.document_source_html(document.date_text, document.url))
    with st.container(height=480, key="document_view"):
        st.html(view.document_html(document.text, query.document_mentions(document.doc),
                                   st.session_state.get("selected_place")))


def show_tables(query: StoreQuery, places, filters: Filters) -> None:
    """The tables, run only while their expander is open: collapsed, as it starts, nothing is
    sent, so the browser need not load its table code before it draws the first map."""
    tables = st.expander(TABLES_LABEL, key="tables_open", on_change="rerun")
    if not tables.open:
        return
    resolved = query.mentions_page(filters, resolved=True, limit=TABLE_ROWS)
    unresolved = query.mentions_page(filters, resolved=False, limit=TABLE_ROWS)
    tab_places, tab_mentions, tab_unresolved = tables.tabs(
        [f"Places ({len(places):,})", f"Mentions (first {len(resolved):,})", f"Unresolved (first {len(unresolved):,})"]
    )
    tab_places.dataframe(
        places[["name", "surfaces", "country", "kind", "mentions", "documents"]], hide_index=True, width="stretch",
        key="places_table", on_select=lambda: select_table_row(places), selection_mode="single-row",
    )
    tab_mentions.dataframe(
        resolved[["surface", "name", "country", "kind", "confidence", "title", "sentence"]], hide_index=True,
        width="stretch",
    )
    tab_unresolved.dataframe(unresolved[["surface", "reason", "rule", "title", "sentence"]], hide_index=True, width="stretch")


# -- time ---------------------------------------------------------------------------


def show_time(query: StoreQuery, filters: Filters) -> None:
    """The timeline under the map (a range brushed on it filters everything), the control that
    plays the map through time, and what rose most in the chosen range."""
    bounds = query.date_bounds()
    if bounds is None:
        return
    chart_column, new_column = st.columns([2, 1], gap="medium")
    with chart_column:
        step = st.segmented_control("Timeline per", list(TIMELINE_STEPS), key="timeline_step", default=_step_for(bounds),
                                    format_func=str.capitalize) or _step_for(bounds)
        everything = replace(filters, date_from=None, date_to=None)
        data = query.timeline(everything, every=step)
        chosen = (filters.date_from, filters.date_to) if filters.date_from and filters.date_to else None
        st.vega_lite_chart(timeline.timeline_data(data), timeline.timeline_spec(chosen), on_select=brushed,
                           selection_mode=timeline.BRUSH, key="timeline", width="stretch", height=TIMELINE_HEIGHT)
        play_controls(bounds, step)
    with new_column:
        show_rising(query, filters)


TIMELINE_STEPS = {"day": timedelta(days=1), "week": timedelta(days=7), "month": timedelta(days=30)}
PLAY_SECONDS = 2.0
TIMELINE_HEIGHT = 260  # pixels, the event types' legend under the bars included


def _step_for(bounds) -> str:
    days = (bounds[1] - bounds[0]).days
    return "day" if days <= 120 else "week" if days <= 3 * 365 else "month"


def brushed() -> None:
    """A range brushed on the timeline becomes the date filter (and goes into the URL)."""
    picked = view.brushed_dates(st.session_state["timeline"].selection.get(timeline.BRUSH) or {})
    if picked:
        st.session_state["f_dates"] = picked


def play_controls(bounds, step: str) -> None:
    """Play: the date range becomes a window one step long, moved a step every few seconds, so
    the viewer sees the places light up in turn (the map keeps its zoom meanwhile)."""
    playing = st.toggle(f"Play, a {step} at a time", key="playing",
                        help="Moves the date range through the documents' dates; switch off to stop.")
    if playing:
        play_step(bounds, TIMELINE_STEPS[step])


@st.fragment(run_every=PLAY_SECONDS)
def play_step(bounds, step: timedelta) -> None:
    """Move the window a step, then redraw the whole page. The fragment also runs with every
    run of the page: only a run a play interval after the last step moves the window."""
    now = time.monotonic()
    if now - st.session_state.get("played_at", 0.0) < PLAY_SECONDS * 0.9:
        return
    st.session_state["played_at"] = now
    window = view.next_window(st.session_state.get("f_dates"), bounds, step)
    # Widgets' values change before they are drawn: the next run applies them (apply_play_step).
    st.session_state["play_step"] = {"f_dates": window} if window else {"f_dates": bounds, "playing": False}
    st.rerun(scope="app")


def apply_play_step() -> None:
    for key, value in st.session_state.pop("play_step", {}).items():
        st.session_state[key] = value


def show_rising(query: StoreQuery, filters: Filters) -> None:
    """For the chosen date range: the places named more than in the range just before it."""
    st.markdown("**What is new**")
    if not (filters.date_from and filters.date_to):
        st.caption("Brush a range on the timeline (or play it) to see which places rose in it.")
        return
    rising = query.rising(filters)
    if rising.empty:
        st.caption("No place was named more than in the range before.")
        return
    span = (filters.date_to - filters.date_from).days + 1
    st.caption(f"Mentions {filters.date_from:%d %b %Y} to {filters.date_to:%d %b %Y}, against the {span} days before")
    for place in rising.itertuples():
        st.button(f"{place.name} · {place.now:,} (was {place.before:,})", key=f"rising_{place.place_id}",
                  on_click=choose_place, args=(place.place_id,), width="stretch")


def select_table_row(places) -> None:
    """A row picked in the places table selects its place, as the Place box does."""
    rows = st.session_state["places_table"].selection.rows
    if rows:
        choose_place(places["place_id"].iloc[rows[0]])


def show_downloads(query: StoreQuery, filters: Filters, summary, *, limit: int) -> None:
    """The download buttons, drawn only while their expander is open (as the tables are)."""
    box = st.expander(DOWNLOADS_LABEL, key="downloads_open", on_change="rerun")
    if not box.open:
        return
    mentions = summary.mentions + summary.unresolved
    if mentions > limit:
        stores = ", ".join(f"`{store.root}`" for store in query.stores)
        box.info(f"{mentions:,} mentions are more than the page downloads ({limit:,} at most): "
                 f"narrow the filters, or read the store's Parquet files ({stores}) with DuckDB, pandas or Spark. "
                 "The places table downloads whatever the filters.", icon="ℹ️")
    columns = box.columns(4)
    files = [
        ("Mentions (CSV)", "mentions.csv", "text/csv", "mentions", write_csv),
        ("Places (CSV)", "places.csv", "text/csv", "places", write_csv),
        ("Mentions (GeoJSON)", "mentions.geojson", "application/geo+json", "mentions", write_geojson),
        ("Places (GeoJSON)", "places.geojson", "application/geo+json", "places_with_mentions", write_geojson),
    ]
    for column, (label, file_name, mime, what, write) in zip(columns, files):
        if mentions > limit and what != "places":
            continue
        column.download_button(label, _exporter(query, filters, what, write), file_name=file_name, mime=mime,
                               key=f"download_{file_name}", on_click="ignore")


def _exporter(query: StoreQuery, filters: Filters, what: str, write):
    """The file, made only when its button is clicked, streamed from DuckDB a batch at a time."""

    def export() -> bytes:
        buffer = io.BytesIO()
        write(query.export(filters, what), buffer)
        return buffer.getvalue()

    return export


def show_problems(query: StoreQuery) -> None:
    count, first = query.problems()
    if count:
        what = "1 file or row could not be read and is" if count == 1 else \
            f"{count:,} files or rows could not be read and are"
        st.warning(f"{what} not on the map. {'The first: ' if count > len(first) else ''}" + "; ".join(first),
                   icon="⚠️")


def main() -> None:
    st.set_page_config(page_title="Where the news happens", page_icon="🗺️", layout="wide")
    st.html(PAGE_STYLE)
    opts = options()
    url_state = url_state_to_apply()
    uploads = sidebar_sources()
    # The gazetteer is loaded only when documents are parsed (the corpus changed, or uploads):
    # opening a store that is up to date needs none, and the first map does not wait for one.
    try:
        stores = [main_store(opts)]
        session = uploaded_store(opts, uploads)
        stores += [session] if session else []
    except GazetteerError as error:
        st.error(f"The gazetteer could not be loaded: {error}")
        st.stop()
    except (GeoError, OSError) as error:
        st.error(f"The corpus could not be read: {error}")
        st.stop()
    try:
        query = store_query(tuple(str(store.root) for store in stores))
        query.refresh()
    except GeoError as error:
        st.error(f"The store could not be opened: {error}")
        st.stop()
    if url_state is not None:
        apply_url_state(url_state, query)
    apply_play_step()
    filters = sidebar_filters(query)
    places = query.places(filters)
    summary = query.summary(filters)

    st.title("Where the news happens")
    st.caption(
        f"{query.document_count():,} documents · {summary.mentions:,} mentions of {len(places):,} places shown · "
        f"{summary.unresolved:,} unresolved"
    )
    show_problems(query)
    map_column, panel_column = st.columns([2, 1], gap="medium")
    with map_column:
        show_map(query, places, summary, filters)
    with panel_column:
        show_place_panel(query, places, filters)
    show_time(query, filters)
    show_document(query)
    show_tables(query, places, filters)
    show_downloads(query, filters, summary, limit=opts.download_limit)
    write_url(current_state(filters))


main()
