"""Where the news happens: an event map of the places named in Arabic and English news.

    streamlit run dashboard.py                      # the seed corpus in seeds/
    streamlit run dashboard.py -- --corpus PATH     # a .txt/.md/.jsonl/.csv file or a folder
    python scripts/serve.py [same options]          # the same, with imports and the gazetteer
                                                    # loaded while the server and browser start

Thin UI: parsing is ``geo.pipeline``, tables and files ``geo.export``, the map ``geo.mapping``,
filters, URL state and highlighted text ``geo.view``.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import sys
from pathlib import Path

import pandas as pd
import streamlit as st
from streamlit_folium import st_folium

from geo import mapping, view
from geo.corpus import load_bytes, load_corpus, with_unique_ids
from geo.errors import GeoError
from geo.export import places_frame, to_csv, to_geojson_mentions, to_geojson_places
from geo.model import Corpus, Document
from geo.pipeline import mentions_frame
from geo.warm import shared_geoparser

SEEDS = Path(__file__).resolve().parent / "seeds"
UPLOAD_TYPES = ["txt", "md", "csv", "jsonl"]
MAP_HEIGHT = 560
TABLES_LABEL = "Tables: places, mentions, unresolved"  # fixed: the expander's state is tied to its label
KIND_LABELS = {"country": "Country", "region": "Region", "city": "City", "landmark": "Landmark", "continent": "Continent"}

PAGE_STYLE = """
<style>
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
.place-facts { margin: 0 0 0.5em; }
.place-facts .approximate { color: #92400e; }
.doc-title { font-weight: 600; margin: 0.8em 0 0.2em; unicode-bidi: isolate; }
</style>
"""


def corpus_path() -> Path:
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--corpus", type=Path, default=SEEDS)
    args, _ = parser.parse_known_args(sys.argv[1:])
    return args.corpus


@st.cache_resource(show_spinner="Loading the gazetteer…")
def geoparser():
    """The process's one geoparser: scripts/serve.py may have loaded it before the first run."""
    return shared_geoparser()


def path_signature(path: Path) -> tuple:
    """Names, sizes and modification times: a changed file invalidates the cached corpus."""
    files = sorted(path.rglob("*")) if path.is_dir() else [path]
    return tuple((str(f), f.stat().st_size, f.stat().st_mtime_ns) for f in files if f.is_file())


@st.cache_data(show_spinner="Reading the corpus…")
def read_path(path: str, signature: tuple) -> Corpus:
    """The corpus at ``path``; ``signature`` (see :func:`path_signature`) is part of the cache key."""
    return load_corpus(path)


@st.cache_data(show_spinner=False, max_entries=100)
def read_upload(name: str, data: bytes) -> Corpus:
    return load_bytes(name, data)


def content_key(documents: tuple[Document, ...]) -> str:
    digest = hashlib.sha256()
    for document in documents:
        for part in (document.id, document.title, document.date, document.url, document.lang, document.text):
            digest.update(part.encode("utf-8", "surrogatepass"))
            digest.update(b"\0")
    return digest.hexdigest()


@st.cache_data(show_spinner="Finding places…", max_entries=100)
def parse_documents(key: str, _documents: tuple[Document, ...]) -> pd.DataFrame:
    """Mentions of a set of documents, cached by their content so a rerun never parses again."""
    parser = geoparser()
    return mentions_frame((document, parser.parse(document)) for document in _documents)


def load_sources(path: Path, uploads) -> tuple[list[tuple[Document, ...]], list]:
    """The corpus from the path and each upload, as document groups, plus every load problem."""
    corpora = [read_path(str(path), path_signature(path))]
    corpora += [read_upload(upload.name, upload.getvalue()) for upload in uploads or ()]
    groups = with_unique_ids([corpus.documents for corpus in corpora])
    problems = [problem for corpus in corpora for problem in corpus.problems]
    return groups, problems


def corpus_tables(groups: list[tuple[Document, ...]]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Every mention in the corpus and every place it names."""
    groups = [group for group in groups if group]
    return mentions_and_places(tuple(content_key(group) for group in groups), groups)


@st.cache_data(show_spinner=False, max_entries=20)
def mentions_and_places(keys: tuple[str, ...], _groups: list[tuple[Document, ...]]) -> tuple[pd.DataFrame, pd.DataFrame]:
    frames = [frame for frame in (parse_documents(key, group) for key, group in zip(keys, _groups)) if len(frame)]
    if not frames:
        mentions = mentions_frame([])
    else:
        mentions = frames[0] if len(frames) == 1 else pd.concat(frames, ignore_index=True)
    return mentions, places_frame(mentions)


def state_from_url_once() -> view.ViewState | None:
    """The view in the URL on a session's first run (None after): the widgets start from it."""
    if st.session_state.get("url_loaded"):
        return None
    st.session_state["url_loaded"] = True
    state = view.state_from_query({key: st.query_params.get_all(key) for key in st.query_params})
    st.session_state["online_tiles"] = state.online_tiles
    return state


def apply_url_state(
    state: view.ViewState, mentions: pd.DataFrame, all_places: pd.DataFrame, documents: dict[str, Document]
) -> None:
    filters = view.without_unknown_choices(
        state.filters,
        places=all_places["place_id"],
        countries=all_places["country_code"].dropna(),
        kinds=all_places["kind"].dropna(),
        documents=documents,
    )
    st.session_state["f_places"] = list(filters.places)
    st.session_state["f_countries"] = list(filters.countries)
    st.session_state["f_kinds"] = list(filters.kinds)
    st.session_state["f_documents"] = list(filters.documents)
    st.session_state["f_words"] = filters.words
    st.session_state["f_min"] = filters.min_mentions
    bounds = view.date_bounds(mentions)
    if bounds:
        low, high = bounds
        st.session_state["f_dates"] = (max(low, filters.date_from or low), min(high, filters.date_to or high))
    st.session_state["selected_place"] = state.selected
    st.session_state["open_document"] = state.open_document if state.open_document in documents else None


def sidebar_filters(mentions: pd.DataFrame, all_places: pd.DataFrame, documents: dict[str, Document]) -> view.Filters:
    st.sidebar.header("Filters")
    labels = {p.place_id: view.place_label(p.name, p.surfaces, p.country) for p in all_places.itertuples()}
    places = st.sidebar.multiselect(
        "Places (filter by city)", list(labels), format_func=labels.__getitem__, key="f_places", placeholder="All places"
    )
    countries_by_code = all_places.dropna(subset=["country_code"]).drop_duplicates("country_code")
    country_names = dict(zip(countries_by_code["country_code"], countries_by_code["country"].fillna(countries_by_code["country_code"])))
    countries = st.sidebar.multiselect(
        "Country", sorted(country_names, key=country_names.__getitem__), format_func=country_names.__getitem__,
        key="f_countries", placeholder="All countries",
    )
    kinds_present = [kind for kind in KIND_LABELS if kind in set(all_places["kind"])]
    kinds = st.sidebar.multiselect("Kind", kinds_present, format_func=KIND_LABELS.__getitem__, key="f_kinds", placeholder="All kinds")
    titles = {doc_id: view.isolate(document.title or doc_id) for doc_id, document in documents.items()}
    docs = st.sidebar.multiselect("Document", list(titles), format_func=titles.__getitem__, key="f_documents", placeholder="All documents")
    words = st.sidebar.text_input("Words in the sentence", key="f_words", placeholder="e.g. airport مطار")
    min_mentions = st.sidebar.number_input("Minimum mentions per place", min_value=1, step=1, key="f_min")
    date_from = date_to = None
    bounds = view.date_bounds(mentions)
    if bounds:
        if not view.dates_within(st.session_state.get("f_dates"), bounds):
            st.session_state["f_dates"] = bounds
        chosen = st.sidebar.date_input("Document dates", min_value=bounds[0], max_value=bounds[1], key="f_dates")
        if isinstance(chosen, tuple) and len(chosen) == 2 and tuple(chosen) != bounds:
            date_from, date_to = chosen
    return view.Filters(
        places=tuple(places), countries=tuple(countries), kinds=tuple(kinds), documents=tuple(docs),
        words=words.strip(), min_mentions=int(min_mentions), date_from=date_from, date_to=date_to,
    )  # fmt: skip


def sidebar_sources() -> list:
    st.sidebar.header("Corpus")
    uploads = st.sidebar.file_uploader(
        "Add documents (.txt, .md, .csv, .jsonl)", type=UPLOAD_TYPES, accept_multiple_files=True, key="uploads",
        help="CSV and JSON Lines need a `text` column; id, title, date, url and lang are optional.",
    )
    st.sidebar.toggle("Online map tiles (OpenStreetMap) by default", key="online_tiles",
                      help="Off: the map opens on the country outlines that ship with the app and needs no network.")
    return uploads


def show_map(places: pd.DataFrame) -> None:
    """The event map; a click on a marker selects its place."""
    fmap = mapping.build_map(places, online_tiles_default=st.session_state["online_tiles"])
    returned = st_folium(
        fmap, key="event_map", height=MAP_HEIGHT, use_container_width=True,
        returned_objects=["last_object_clicked", "last_object_clicked_count"],
    )  # fmt: skip
    click = (returned or {}).get("last_object_clicked")
    count = (returned or {}).get("last_object_clicked_count")
    if click and count != st.session_state.get("handled_click_count"):
        st.session_state["selected_place"] = mapping.nearest_place(places, click["lat"], click["lng"])
    st.session_state["handled_click_count"] = count


def open_document(doc_id: str | None) -> None:
    st.session_state["open_document"] = doc_id


def show_place_panel(places: pd.DataFrame, mentions: pd.DataFrame) -> None:
    """The place list and the selected place: its facts and every sentence naming it."""
    ids = list(places["place_id"])
    if st.session_state.get("selected_place") not in ids:
        st.session_state["selected_place"] = None
    labels = dict(zip(ids, (view.place_label(p.name, p.surfaces, p.country) for p in places.itertuples())))
    selected = st.selectbox(
        "Place", ids, format_func=labels.__getitem__, index=None, key="selected_place",
        placeholder="Click a marker or pick a place",
    )  # fmt: skip
    if selected is None:
        st.caption(f"{len(places)} places on the map. Click a marker or pick one above to read its sentences.")
        return
    place = places.set_index("place_id").loc[selected]
    kind_label = KIND_LABELS.get(place["kind"], str(place["kind"]))
    st.html(view.place_facts_html(place, kind_label=kind_label, approximate=view.approximate_note(mentions, selected)))
    sentences = view.place_sentences(mentions, selected)
    with st.container(height=420, key="sentences_panel"):
        for doc_id, group in _by_document(sentences):
            st.html(f'<p class="doc-title"><bdi>{html.escape(group[0].title)}</bdi></p>' + "".join(s.html for s in group))
            st.button("Open the whole document", key=f"open_{doc_id}", on_click=open_document, args=(doc_id,))


def _by_document(sentences: list[view.SentenceView]) -> list[tuple[str, list[view.SentenceView]]]:
    groups: dict[str, list[view.SentenceView]] = {}
    for sentence in sentences:
        groups.setdefault(sentence.doc, []).append(sentence)
    return list(groups.items())


def show_document(documents: dict[str, Document], mentions: pd.DataFrame) -> None:
    """The open document, whole, with all its mentions highlighted."""
    document = documents.get(st.session_state.get("open_document") or "")
    if document is None:
        return
    st.divider()
    header, close = st.columns([6, 1])
    header.html(f'<h3 class="document-title"><bdi>{html.escape(document.title or document.id)}</bdi></h3>')
    close.button("Close", key="close_document", on_click=open_document, args=(None,))
    st.html(view.document_source_html(document.date, document.url))
    doc_mentions = mentions[mentions["doc"] == document.id]
    with st.container(height=480, key="document_view"):
        st.html(view.document_html(document.text, doc_mentions, st.session_state.get("selected_place")))


def show_tables(mentions: pd.DataFrame, places: pd.DataFrame) -> None:
    """The tables, run only while their expander is open: collapsed, as it starts, nothing is
    sent, so the browser need not load its table code (about 1.2 MB of JavaScript) before it
    draws the first map, and every rerun skips three Arrow tables."""
    tables = st.expander(TABLES_LABEL, key="tables_open", on_change="rerun")
    if not tables.open:
        return
    resolved = mentions[mentions["resolved"].astype(bool)]
    unresolved = mentions[~mentions["resolved"].astype(bool)]
    tab_places, tab_mentions, tab_unresolved = tables.tabs(
        [f"Places ({len(places)})", f"Mentions ({len(resolved)})", f"Unresolved ({len(unresolved)})"]
    )
    tab_places.dataframe(
        places[["name", "surfaces", "country", "kind", "mentions", "documents"]], hide_index=True, width="stretch"
    )
    tab_mentions.dataframe(
        resolved[["surface", "name", "country", "kind", "confidence", "title", "sentence"]], hide_index=True, width="stretch"
    )
    tab_unresolved.dataframe(unresolved[["surface", "reason", "title", "sentence"]], hide_index=True, width="stretch")


def show_downloads(mentions: pd.DataFrame) -> None:
    st.subheader("Download the filtered data")
    columns = st.columns(4)
    files = [
        ("Mentions (CSV)", "mentions.csv", "text/csv", lambda: to_csv(mentions)),
        ("Places (CSV)", "places.csv", "text/csv", lambda: to_csv(places_frame(mentions))),
        ("Mentions (GeoJSON)", "mentions.geojson", "application/geo+json", lambda: to_geojson_mentions(mentions)),
        ("Places (GeoJSON)", "places.geojson", "application/geo+json", lambda: to_geojson_places(mentions)),
    ]
    for column, (label, file_name, mime, make) in zip(columns, files):
        column.download_button(label, make, file_name=file_name, mime=mime, key=f"download_{file_name}", on_click="ignore")


def current_state(filters: view.Filters) -> view.ViewState:
    return view.ViewState(
        filters=filters,
        selected=st.session_state.get("selected_place"),
        open_document=st.session_state.get("open_document"),
        online_tiles=st.session_state.get("online_tiles", False),
    )


def write_url(state: view.ViewState) -> None:
    """The view lives in the URL, so it can be shared and reloaded."""
    wanted = {key: value if isinstance(value, list) else [value] for key, value in view.state_to_query(state).items()}
    current = {key: st.query_params.get_all(key) for key in st.query_params}
    if wanted != current:
        st.query_params.from_dict(wanted)


def main() -> None:
    st.set_page_config(page_title="Where the news happens", page_icon="🗺️", layout="wide")
    st.html(PAGE_STYLE)
    path = corpus_path()
    url_state = state_from_url_once()
    uploads = sidebar_sources()
    try:
        geoparser()
        groups, problems = load_sources(path, uploads)
        mentions, all_places = corpus_tables(groups)
    except (GeoError, OSError) as error:
        st.error(f"The corpus could not be parsed: {error}")
        st.stop()
    documents = {document.id: document for group in groups for document in group}
    if url_state is not None:
        apply_url_state(url_state, mentions, all_places, documents)
    filters = sidebar_filters(mentions, all_places, documents)
    filtered = view.filter_mentions(mentions, filters)
    places = all_places if filters == view.Filters() else places_frame(filtered)

    st.title("Where the news happens")
    st.caption(
        f"{len(documents)} documents · {int(filtered['resolved'].astype(bool).sum())} mentions of "
        f"{len(places)} places shown · {int((~filtered['resolved'].astype(bool)).sum())} unresolved"
    )
    if problems:
        with st.expander(f"{len(problems)} {'file or row' if len(problems) == 1 else 'files or rows'} could not be read"):
            st.text("\n".join(str(problem) for problem in problems))
    map_column, panel_column = st.columns([3, 2], gap="medium")
    with map_column:
        show_map(places)
    with panel_column:
        show_place_panel(places, filtered)
    show_document(documents, filtered)
    show_tables(filtered, places)
    show_downloads(filtered)
    write_url(current_state(filters))


main()
