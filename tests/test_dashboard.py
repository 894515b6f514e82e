"""The dashboard script under Streamlit's AppTest: filters, selection, URL state, downloads.

AppTest runs no JavaScript: the map is checked through the arguments sent to the map
component, and a marker click is simulated by setting the value st_folium would return.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from streamlit.runtime.media_file_manager import MediaFileManager
from streamlit.testing.v1 import AppTest

from geo.app import mapping
from geo.model import Mention, Sentence
from geo.pipeline import Geoparser

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).parent / "data" / "dashboard"
ALMATY, AKTOBE, CAIRO = "gn:1526384", "gn:610611", "gn:360630"
TIMEOUT = 180  # the first run may build the gazetteer index
FILTERS_LABEL = "Filters: places, countries, words, events, dates"


@pytest.fixture(scope="module")
def stores_dir(tmp_path_factory) -> Path:
    """The corpus stores these tests make: the seeds' is ingested once for the module."""
    return tmp_path_factory.mktemp("stores")


@pytest.fixture(autouse=True)
def repo_root(monkeypatch, stores_dir):
    monkeypatch.chdir(ROOT)
    monkeypatch.setattr(sys, "argv", ["dashboard.py", "--stores-dir", str(stores_dir)])


def use_corpus(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(sys, "argv", [*sys.argv, "--corpus", str(path)])


def run_app(query: dict | None = None, *, filters_open: bool = True) -> AppTest:
    """The dashboard's first run; with ``filters_open``, as an analyst sees it after opening
    the filters' expander (it starts closed)."""
    app = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=TIMEOUT)
    for key, value in (query or {}).items():
        app.query_params[key] = value
    if filters_open:
        app.session_state["filters_open"] = True
    app.run()
    assert not app.exception, app.exception
    return app


def map_args(app: AppTest) -> dict:
    (component,) = [c for c in app.get("component_instance") if c.proto.component_name == "streamlit_folium.st_folium"]
    return json.loads(component.proto.json_args)


def map_data(app: AppTest) -> dict:
    """What this run handed the map's controller: its rows, the selection, the focus."""
    script = map_args(app)["feature_group"]
    return json.JSONDecoder().raw_decode(script.split("window.placeMap.show(", 1)[1])[0]


def marker_names(app: AppTest) -> set[str]:
    """The names of the places on the map (each row's fifth field)."""
    return {row[4] for row in map_data(app)["rows"]}


def url_values(app: AppTest, key: str) -> list[str]:
    value = app.query_params.get(key, [])
    return [value] if isinstance(value, str) else list(value)


def page_html(app: AppTest) -> str:
    return "\n".join(element.proto.body for element in app.get("html"))


def click_marker(app: AppTest, place_id: str, count: int = 1) -> AppTest:
    """What st_folium returns for a click on a marker: its tooltip's text, which ends with the
    id and the number of clicks on the marker."""
    tooltip = f"Somewhere\nsomewhere\n3 mentions\nCity{mapping.ID_MARK}{place_id}{mapping.ID_MARK}{count}"
    app.session_state[map_args(app)["key"]] = {"last_object_clicked_tooltip": tooltip}
    return app.run()


def test_seed_corpus_draws_both_scripts_with_local_assets():
    app = run_app()
    names = marker_names(app)
    assert {"Almaty", "Aktobe", "Kazakhstan", "Paris", "Houston"} <= names
    args = map_args(app)
    for link in args["js_links"] + args["css_links"]:
        assert link.startswith(mapping.ASSET_BASE), link
    assert args["returned_objects"] == ["last_object_clicked_tooltip"]


@pytest.mark.parametrize(
    ("widget", "value", "query_key", "expected_names"),
    [
        ("f_places", [AKTOBE], "place", {"Aktobe"}),
        ("f_countries", ["KZ"], "country", {"Kazakhstan", "Almaty", "Aktobe", "Astana"}),
        ("f_kinds", ["region"], "kind", {"Texas", "Georgia"}),
        ("f_documents", ["en_election_2024.md"], "doc", {"Nairobi", "Berlin", "Kenya", "Toronto"}),
    ],
)
def test_multiselect_filters_narrow_the_map_and_go_into_the_url(widget, value, query_key, expected_names):
    app = run_app()
    app.multiselect(key=widget).set_value(value).run()
    names = marker_names(app)
    assert expected_names <= names
    assert url_values(app, query_key) == value
    if widget == "f_places":
        assert names == expected_names


def test_word_and_minimum_filters():
    app = run_app()
    app.text_input(key="f_words").set_value("مطار").run()
    assert "Almaty" in marker_names(app) and "Paris" not in marker_names(app)
    app.text_input(key="f_words").set_value("").run()
    app.number_input(key="f_min").set_value(5).run()
    counts = _mention_counts(app)
    assert "Almaty" in counts and "Aktobe" not in counts
    assert all(count >= 5 for count in counts.values())
    assert marker_names(app) == set(counts)
    assert url_values(app, "min") == ["5"]


def open_tables(app: AppTest) -> AppTest:
    """Open the tables' expander, as a click on it does (it reruns the app)."""
    app.session_state["tables_open"] = True
    return app.run()


def open_downloads(app: AppTest) -> AppTest:
    """Open the downloads' expander, as a click on it does."""
    app.session_state["downloads_open"] = True
    return app.run()


def _mention_counts(app: AppTest) -> dict[str, int]:
    places = open_tables(app).dataframe[0].value
    return dict(zip(places["name"], places["mentions"]))


def test_clicking_a_marker_selects_its_place_and_shows_its_sentences():
    app = click_marker(run_app(), ALMATY)
    assert app.selectbox(key="selected_place").value == ALMATY
    html = page_html(app)
    assert "<bdi>Almaty</bdi>" in html
    assert '<p class="sentence" dir="rtl" lang="ar">' in html
    assert '<mark class="mention">ألما أتا</mark>' in html
    assert url_values(app, "sel") == [ALMATY]


def test_the_place_list_selects_too_and_a_later_click_wins():
    app = run_app()
    app.selectbox(key="selected_place").set_value(AKTOBE).run()
    assert '<mark class="mention">أكتوبي</mark>' in page_html(app)
    click_marker(app, ALMATY)
    assert app.selectbox(key="selected_place").value == ALMATY


def test_url_restores_filters_selection_and_open_document():
    seed = "000_5a42c12e227cab77.txt"
    app = run_app({"place": [ALMATY, AKTOBE], "q": "مطار", "sel": ALMATY, "open": seed})
    assert app.multiselect(key="f_places").value == [ALMATY, AKTOBE]
    assert app.text_input(key="f_words").value == "مطار"
    assert app.selectbox(key="selected_place").value == ALMATY
    assert marker_names(app) == {"Almaty"}
    html = page_html(app)
    assert '<p class="document-paragraph" dir="rtl" lang="ar">' in html
    assert '<mark class="mention selected">ألما أتا</mark>' in html


def test_an_address_behind_the_app_reselects_nothing_and_keeps_the_zoom():
    """A dialog dismissed before the page's address showed it was open sends the address
    without it: the view it names is applied, but the selected place is not chosen again."""
    app = run_app({"sel": ALMATY})
    token = map_data(app)["focusToken"]
    app.button(key="open_000_5a42c12e227cab77.txt").click().run()
    assert url_values(app, "open") == ["000_5a42c12e227cab77.txt"]
    del app.query_params["open"]
    app.run()
    assert '<p class="document-paragraph"' not in page_html(app)
    assert app.selectbox(key="selected_place").value == ALMATY
    assert map_data(app)["focusToken"] == token


def test_a_change_on_the_page_is_the_viewer_s_even_when_the_address_lags_behind():
    """Streamlit sends the page's address as it was when the viewer acted, which may be one the
    app has replaced since: a rerun in which a widget changed is never Back or Forward."""
    app = run_app({"sel": ALMATY})
    app.query_params["sel"] = AKTOBE  # an older address, still the page's
    app.text_input(key="f_words").set_value("مطار").run()
    assert app.selectbox(key="selected_place").value == ALMATY
    assert url_values(app, "sel") == [ALMATY] and url_values(app, "q") == ["مطار"]


def test_unknown_url_values_are_ignored():
    app = run_app({"place": "gn:does-not-exist", "sel": "nowhere", "min": "lots"})
    assert app.multiselect(key="f_places").value == []
    assert app.selectbox(key="selected_place").value is None
    assert "Almaty" in marker_names(app)


def test_opening_and_closing_a_whole_document():
    app = run_app()
    app.selectbox(key="selected_place").set_value(ALMATY).run()
    app.button(key="open_000_5a42c12e227cab77.txt").click().run()
    html = page_html(app)
    assert html.count('<mark class="mention selected">ألما أتا</mark>') == 6
    assert '<mark class="mention">كازاخستان</mark>' in html
    assert url_values(app, "open") == ["000_5a42c12e227cab77.txt"]
    app.button(key="close_document").click().run()
    assert '<p class="document-paragraph"' not in page_html(app)


def test_downloads_and_the_uploader_wait_until_their_expanders_are_opened(deferred_downloads):
    app = run_app()
    assert not deferred_downloads and not app.get("download_button") and not app.get("file_uploader")
    assert not open_downloads(app).exception and len(app.get("download_button")) == 4
    app.session_state["uploads_open"] = True
    assert len(app.run().get("file_uploader")) == 1


@pytest.fixture
def deferred_downloads(monkeypatch) -> dict:
    """File name -> the callable a download button would run when clicked."""
    captured: dict = {}
    original = MediaFileManager.add_deferred

    def capture(self, data_callable, mimetype, coordinates, file_name=None, **kwargs):
        captured[file_name] = data_callable
        return original(self, data_callable, mimetype, coordinates, file_name, **kwargs)

    monkeypatch.setattr(MediaFileManager, "add_deferred", capture)
    return captured


def test_downloads_hold_the_filtered_rows(deferred_downloads):
    app = open_downloads(run_app())
    app.multiselect(key="f_places").set_value([AKTOBE]).run()
    assert set(deferred_downloads) == {"mentions.csv", "places.csv", "mentions.geojson", "places.geojson"}
    mentions = list(csv.DictReader(io.StringIO(deferred_downloads["mentions.csv"]().decode("utf-8-sig"))))
    assert {row["name"] for row in mentions} == {"Aktobe"} and {row["surface"] for row in mentions} == {"أكتوبي"}
    places = list(csv.DictReader(io.StringIO(deferred_downloads["places.csv"]().decode("utf-8-sig"))))
    assert [row["name"] for row in places] == ["Aktobe"]
    features = json.loads(deferred_downloads["places.geojson"]())["features"]
    assert [f["properties"]["name"] for f in features] == ["Aktobe"]
    assert features[0]["geometry"]["coordinates"] == pytest.approx([57.20718, 50.27969], abs=0.01)
    assert len(json.loads(deferred_downloads["mentions.geojson"]())["features"]) == len(mentions)


def test_a_download_too_big_for_the_page_says_how_to_get_it(monkeypatch, deferred_downloads):
    monkeypatch.setattr(sys, "argv", [*sys.argv, "--download-limit", "5"])
    app = open_downloads(run_app())
    (note,) = [info.value for info in app.info if "more than the page downloads" in info.value]
    assert "(5 at most)" in note and "Parquet files" in note
    assert set(deferred_downloads) == {"places.csv"}
    app.multiselect(key="f_places").set_value([AKTOBE]).run()  # a handful of mentions: every download again
    assert not [info for info in app.info if "more than the page downloads" in info.value]
    assert set(deferred_downloads) == {"mentions.csv", "places.csv", "mentions.geojson", "places.geojson"}


def test_unresolved_mentions_are_listed_with_their_reason(monkeypatch):
    original = Geoparser.parse

    def parse_with_an_unresolved_mention(self, document):
        mentions = original(self, document)
        if "Qwertyabad" in document.text:
            start = document.text.index("Qwertyabad")
            sentence = Sentence(0, len(document.text), document.text)
            mentions.append(Mention(document.id, start, start + 10, "Qwertyabad", sentence, None, 0.0, "no gazetteer entry"))
        return mentions

    monkeypatch.setattr(Geoparser, "parse", parse_with_an_unresolved_mention)
    use_corpus(monkeypatch, str(DATA / "unresolved.jsonl"))
    app = open_tables(run_app())
    unresolved = app.dataframe[2].value
    assert list(unresolved["surface"]) == ["Qwertyabad"]
    assert list(unresolved["reason"]) == ["no gazetteer entry"]
    assert "Cairo" in marker_names(app)


def test_an_approximate_place_says_where_it_was_put(monkeypatch):
    use_corpus(monkeypatch, str(DATA / "approximate.jsonl"))
    app = run_app()
    app.selectbox(key="selected_place").set_value("near:gn:4699066:richmond-street").run()
    assert "Approximate location: placed at Houston, named right after it" in page_html(app)
    app.selectbox(key="selected_place").set_value("gn:4699066").run()
    assert "Approximate location" not in page_html(app)


def test_the_filters_wait_closed_until_opened_and_stay_applied_when_closed_again():
    app = run_app(filters_open=False)
    assert FILTERS_LABEL in {expander.label for expander in app.expander}
    assert not app.multiselect and not app.text_input and not app.sidebar.caption  # nothing sent for them
    everything = marker_names(app)
    app.session_state["filters_open"] = True
    app.run()
    app.multiselect(key="f_countries").set_value(["KZ"]).run()
    app.session_state["filters_open"] = False
    app.run()
    assert app.multiselect(key="f_countries").value == ["KZ"]
    assert [caption.value for caption in app.sidebar.caption] == ["In use: countries"]
    assert {"Kazakhstan", "Almaty", "Aktobe", "Astana"} <= marker_names(app) < everything
    assert "Moscow" in everything - marker_names(app)
    assert url_values(app, "country") == ["KZ"]


@pytest.mark.parametrize(("query", "opened"), [({"country": "KZ"}, True), ({"colour": "event"}, True),
                                               ({"sel": "gn:1526384"}, False), ({}, False)])
def test_an_address_with_filters_opens_them(query, opened):
    app = run_app(query, filters_open=False)
    assert app.session_state["filters_open"] is opened if "filters_open" in app.session_state else not opened
    assert bool(app.multiselect) is opened


def test_the_tables_wait_until_their_expander_is_opened():
    app = run_app()
    assert {expander.label for expander in app.expander} == {
        "Add documents", FILTERS_LABEL, "Tables: places, mentions, unresolved", "Download the filtered data"}
    assert not app.dataframe
    open_tables(app)
    assert [tab.label.split(" (")[0] for tab in app.tabs] == ["Places", "Mentions", "Unresolved"]
    assert len(app.dataframe) == 3 and "Almaty" in set(app.dataframe[0].value["name"])


def test_date_range_filter_from_the_url(monkeypatch):
    use_corpus(monkeypatch, str(DATA / "dated.jsonl"))
    app = run_app({"from": "2024-03-01", "to": "2024-03-31"})
    assert marker_names(app) == {"Lima"}
    app.date_input(key="f_dates").set_value((date(2024, 1, 15), date(2024, 4, 30))).run()
    assert marker_names(app) == {"Lima", "Oslo"}
    assert url_values(app, "from") == ["2024-01-15"] and url_values(app, "to") == ["2024-04-30"]


@pytest.fixture
def parsed(monkeypatch) -> list[str]:
    """The ids of the documents the geoparser parses, in order."""
    seen: list[str] = []
    original = Geoparser.parse

    def counting_parse(self, document):
        seen.append(document.id)
        return original(self, document)

    monkeypatch.setattr(Geoparser, "parse", counting_parse)
    return seen


def test_a_rerun_never_parses_again(parsed):
    app = run_app()
    after_first_run = len(parsed)
    app.selectbox(key="selected_place").set_value(ALMATY).run()
    app.multiselect(key="f_kinds").set_value(["city"]).run()
    app.text_input(key="f_words").set_value("مطار").run()
    assert len(parsed) == after_first_run


def test_load_problems_are_shown_not_hidden(monkeypatch):
    use_corpus(monkeypatch, str(DATA / "with_problems"))
    app = run_app()
    (warning,) = app.warning
    assert "could not be read" in warning.value and "not on the map" in warning.value
    assert "bad.csv:1: CSV has no 'text' column" in warning.value  # the reasons themselves, not a count alone
    assert "Cairo" in marker_names(app)


def many_sentences(folder: Path, count: int = 45) -> Path:
    """One document a day, each naming Cairo, newest last."""
    rows = [{"id": f"d{day:02d}", "title": f"Day {day}", "date": (date(2024, 1, 1) + timedelta(days=day)).isoformat(),
             "text": f"Protesters gathered in Cairo on day {day}."} for day in range(1, count + 1)]
    path = folder / "many_sentences.jsonl"
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


def test_the_side_panel_pages_through_sentences_newest_first(monkeypatch, tmp_path):
    use_corpus(monkeypatch, many_sentences(tmp_path))
    app = run_app()
    app.selectbox(key="selected_place").set_value(CAIRO).run()
    titles = [element.proto.body for element in app.get("html") if 'class="doc-title"' in element.proto.body]
    assert len(titles) == 20 and "Day 45</bdi>" in titles[0] and "2024-02-15" in titles[0]
    assert app.button(key="more_sentences").label == "More sentences (20 of 45 shown)"
    app.button(key="more_sentences").click().run()
    app.button(key="more_sentences").click().run()
    titles = [element.proto.body for element in app.get("html") if 'class="doc-title"' in element.proto.body]
    assert len(titles) == 45 and "Day 1<" in titles[-1]
    assert not [button for button in app.button if button.key == "more_sentences"]


def test_place_and_document_filters_are_searches_that_ask_the_store():
    app = run_app()
    app.text_input(key="f_places_search").set_value("aktob").run()
    assert app.multiselect(key="f_places").options == ["\u2068Aktobe\u2069 · \u2068Kazakhstan\u2069"]
    app.multiselect(key="f_places").set_value([AKTOBE]).run()
    app.text_input(key="f_places_search").set_value("almaty").run()
    assert [label.split("\u2069")[0][1:] for label in app.multiselect(key="f_places").options] == ["Aktobe", "Almaty"]
    assert marker_names(app) == {"Aktobe"}  # the choice stays, whatever is searched next
    app.text_input(key="f_documents_search").set_value("floods").run()
    assert len(app.multiselect(key="f_documents").options) == 1


def test_a_store_is_opened_as_it_is(monkeypatch, tmp_path):
    from geo.store import Store
    from geo.store.ingest import ingest
    from geo.store.work import InProcessRunner, ParseSettings

    with InProcessRunner(ParseSettings(cache_dir=str(ROOT / "cache"))) as runner:
        ingest([ROOT / "seeds"], store=Store(tmp_path / "store"), runner=runner)
    monkeypatch.setattr(sys, "argv", [*sys.argv, "--store", str(tmp_path / "store")])
    assert {"Almaty", "Houston"} <= marker_names(run_app())


def test_a_folder_that_is_no_store_says_so(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "argv", [*sys.argv, "--store", str(tmp_path)])
    app = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=TIMEOUT).run()
    assert [error.value for error in app.error] == [
        f"The corpus could not be read: {tmp_path} is no store (it has no manifest.json): fill it with "
        "`python -m geo ingest`"
    ]


def test_a_corpus_is_ingested_once_and_the_next_start_parses_nothing(monkeypatch, tmp_path, parsed):
    from streamlit import cache_resource

    use_corpus(monkeypatch, many_sentences(tmp_path, count=5))
    run_app()
    assert len(parsed) == 5
    cache_resource.clear()  # as a new server process would start
    run_app()
    assert len(parsed) == 5


EVENTS = DATA / "events.jsonl"
CAIRO_ID, OSLO_ID, LIMA_ID = "gn:360630", "gn:3143244", "gn:3936456"


def test_the_event_filter_keeps_sentences_that_assert_the_event(monkeypatch):
    use_corpus(monkeypatch, EVENTS)
    app = run_app()
    assert {"Cairo", "Lima", "Oslo", "Alexandria"} <= marker_names(app)
    app.multiselect(key="f_events").set_value(["protest"]).run()
    assert marker_names(app) == {"Cairo"}  # Alexandria's protests were denied
    assert url_values(app, "event") == ["protest"]
    app.multiselect(key="f_events").set_value(["diplomacy", "disaster"]).run()
    assert marker_names(app) == {"Oslo", "Lima"}


def test_markers_can_be_coloured_by_their_main_event(monkeypatch):
    use_corpus(monkeypatch, EVENTS)
    app = run_app({"colour": "event"})
    colours = {row[4]: row[8] for row in map_data(app)["rows"]}
    assert colours["Cairo"] == "event-protest" and colours["Oslo"] == "event-diplomacy"
    assert colours["Alexandria"] == "event-none" and map_data(app)["colourBy"] == "event"
    app.radio(key="colour_by").set_value("kind").run()
    assert {row[8] for row in map_data(app)["rows"]} <= {"city", "country", "region"}
    assert url_values(app, "colour") == []


def test_the_panel_shows_each_sentences_events_and_their_triggers(monkeypatch):
    use_corpus(monkeypatch, EVENTS)
    app = run_app({"sel": CAIRO_ID})
    html = page_html(app)
    assert '<span class="event-badge protest asserted">Protest</span>' in html
    assert '<mark class="trigger asserted">protesters</mark>' in html
    assert '<span class="event-badge arrest asserted">Arrest</span>' in html
    assert html.index("Arrests in Cairo") < html.index("Protest in Cairo")  # newest first


def test_a_timeline_is_drawn_for_dated_documents(monkeypatch):
    use_corpus(monkeypatch, EVENTS)
    app = run_app()
    (chart,) = app.get("vega_lite_chart")
    spec = json.loads(chart.proto.spec)
    assert "range" in json.dumps(spec.get("params", spec))  # the brush
    assert app.segmented_control(key="timeline_step").value == "day"


def test_what_is_new_ranks_the_places_that_rose_and_selects_one(monkeypatch):
    use_corpus(monkeypatch, EVENTS)
    app = run_app({"from": "2024-03-11", "to": "2024-03-17"})
    rising = [button for button in app.button if button.key.startswith("rising_")]
    assert [button.label for button in rising] == ["Oslo · 1 (was 0)"]
    rising[0].click().run()
    assert app.selectbox(key="selected_place").value == OSLO_ID
    assert map_data(app)["focus"] == OSLO_ID


def test_play_moves_the_date_range_a_step_at_a_time(monkeypatch):
    use_corpus(monkeypatch, EVENTS)
    app = run_app()
    app.segmented_control(key="timeline_step").set_value("week").run()
    app.toggle(key="playing").set_value(True).run()
    assert app.date_input(key="f_dates").value == (date(2024, 3, 4), date(2024, 3, 10))
    assert marker_names(app) == {"Cairo", "Lima"}
    app.session_state["played_at"] = 0.0  # as if the play interval had passed
    app.run()
    assert app.date_input(key="f_dates").value == (date(2024, 3, 11), date(2024, 3, 17))
    assert marker_names(app) == {"Cairo", "Oslo"}
    assert url_values(app, "from") == ["2024-03-11"]


def test_the_country_filter_names_the_group_of_places_in_no_country(monkeypatch):
    use_corpus(monkeypatch, ROOT / "seeds")
    app = run_app()
    countries = app.multiselect(key="f_countries")
    assert countries.options[-1] == "No country: seas, world regions"
    countries.set_value([""]).run()
    assert marker_names(app) and all(row[3] in ("water", "continent", "region", "other")
                                     for row in map_data(app)["rows"])
    nowhere = marker_names(app)
    app.multiselect(key="f_countries").set_value(["", "KZ"]).run()
    assert marker_names(app) == nowhere | {"Kazakhstan", "Almaty", "Aktobe", "Astana", "Mangystau Region",
                                           "Baikonur Cosmodrome"}
