"""Filters, URL state and highlighted text of the dashboard, without Streamlit."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from geo.app import view
from geo.store.query import SentenceRow
from geo.corpus import with_unique_ids
from geo.export import mentions_frame
from geo.model import Document
from geo.store.query import WORDS_ANY, Filters

DATA = Path(__file__).resolve().parents[1] / "data" / "dashboard"


@pytest.fixture(scope="module")
def mentions() -> pd.DataFrame:
    with open(DATA / "mentions.jsonl", encoding="utf-8") as lines:
        return mentions_frame(json.loads(line) for line in lines)


@pytest.fixture(scope="module")
def documents() -> dict:
    return json.loads((DATA / "documents.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "state",
    [
        view.ViewState(),
        view.ViewState(filters=Filters(places=("gn:1526384", "gn:610611"))),
        view.ViewState(filters=Filters(countries=("KZ",), kinds=("city",), documents=("ar1",))),
        view.ViewState(filters=Filters(countries=("",))),  # the places in no country
        view.ViewState(filters=Filters(words="مطار airport", min_mentions=3)),
        view.ViewState(filters=Filters(words="مطار airport", words_mode=WORDS_ANY)),
        view.ViewState(filters=Filters(event_types=("protest", "arrest")), colour_by="event"),
        view.ViewState(filters=Filters(date_from=date(2022, 1, 1), date_to=date(2022, 2, 1))),
        view.ViewState(selected="gn:1526384", open_document="ar1"),
    ],
)
def test_url_state_round_trips(state):
    query = {key: value if isinstance(value, list) else [value] for key, value in view.state_to_query(state).items()}
    assert view.state_from_query(query) == state


def test_default_state_makes_an_empty_query():
    assert view.state_to_query(view.ViewState()) == {}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"min": ["many"]}, Filters()),
        ({"min": ["-4"]}, Filters()),
        ({"from": ["yesterday"], "to": ["2024-13-40"]}, Filters()),
        ({"place": ["", "gn:1", "gn:1"]}, Filters(places=("gn:1",))),
    ],
)
def test_url_values_that_do_not_parse_are_ignored(query, expected):
    assert view.state_from_query(query).filters == expected


def test_unknown_choices_from_an_old_url_are_dropped():
    filters = Filters(places=("gn:1", "gn:gone"), countries=("KZ", "ZZ"), kinds=("city",), documents=("d", "x"),
                      event_types=("protest", "picnic"))
    kept = view.without_unknown_choices(filters, places=["gn:1"], countries=["KZ"], kinds=["city"], documents=["d"],
                                        event_types=["protest", "riot"])
    assert kept == Filters(places=("gn:1",), countries=("KZ",), kinds=("city",), documents=("d",),
                           event_types=("protest",))


@pytest.mark.parametrize(
    ("text", "direction"),
    [("سيطر المتظاهرون على مطار ألما أتا", "rtl"), ("Rain flooded Houston", "ltr"), ("قال رئيس الوزراء لوكالة Reuters", "rtl"), ("", "ltr")],
)
def test_text_direction(text, direction):
    assert view.text_direction(text) == direction


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        ("in Paris today", [view.Span(3, 8)], 'in <mark class="mention">Paris</mark> today'),
        ("<b>Paris</b>", [view.Span(3, 8)], '&lt;b&gt;<mark class="mention">Paris</mark>&lt;/b&gt;'),
        ("abcdef", [view.Span(0, 4), view.Span(2, 5)], '<mark class="mention">abcd</mark>ef'),
        ("abc", [view.Span(1, 9)], "abc"),
        ("a & b", [], "a &amp; b"),
    ],
)
def test_highlight_escapes_and_marks(text, spans, expected):
    assert view.highlight(text, spans) == expected


def _sentence_rows(mentions: pd.DataFrame, place_id: str) -> list[SentenceRow]:
    rows = mentions[mentions["place_id"] == place_id]
    return [
        SentenceRow(doc, group["title"].iloc[0], None, group["sentence"].iloc[0], start,
                    tuple((s - start, e - start) for s, e in zip(group["start"], group["end"])))
        for (doc, start), group in rows.groupby(["doc", "sentence_start"], sort=False)
    ]


def test_sentence_views_mark_every_mention_in_its_sentence(mentions):
    sentences = view.sentence_views(_sentence_rows(mentions, "gn:1526384"))
    assert [s.doc for s in sentences] == ["ar1", "ar1"]
    assert all('dir="rtl" lang="ar"' in s.html and '<mark class="mention">ألما أتا</mark>' in s.html for s in sentences)
    assert sentences[0].title == "احتجاجات في كازاخستان"


def test_sentences_and_documents_show_html_as_text(mentions, documents):
    (sentence,) = view.sentence_views(_sentence_rows(mentions, "gn:2988507"))[1:]
    assert "<script>" not in sentence.html and "&lt;script&gt;alert(1)&lt;/script&gt;" in sentence.html
    page = view.document_html(documents["xss"]["text"], mentions[mentions["doc"] == "xss"], None)
    assert "<b>" not in page and "&lt;b&gt;" in page


def test_place_label_isolates_each_script():
    label = view.place_label("Almaty", "ألما أتا", "Kazakhstan")
    assert label == "\u2068Almaty\u2069 · \u2068ألما أتا\u2069 · \u2068Kazakhstan\u2069"
    assert view.place_label("Kenya", "Kenya", "Kenya") == "\u2068Kenya\u2069"


def test_place_facts_escape_names():
    place = {"name": "<img src=x onerror=alert(1)>", "surfaces": "ألما أتا", "country": None, "country_code": "KZ",
             "kind": "city", "mentions": 1, "documents": 1}  # fmt: skip
    facts = view.place_facts_html(place, kind_label="City")
    assert "<img" not in facts and "&lt;img" in facts
    assert '<bdi lang="ar">ألما أتا</bdi>' in facts and "1 mention in 1 document" in facts


@pytest.mark.parametrize(
    ("place_id", "anchor", "how", "note"),
    [
        ("near:gn:101628:مستشفى-الملك-خالد", "Tabuk", "right after", "placed at Tabuk, named right after it"),
        ("near:gn:4699066:richmond-street", "Houston", "sentence", "placed at Houston, named in the same sentence"),
        ("near:gn:4699066:richmond-street", "", "", "placed at the place the text puts it in"),
        ("gn:4699066", "", "", ""),
    ],
)
def test_approximate_note_says_where_the_spot_was_put(place_id, anchor, how, note):
    assert view.approximate_note(place_id, anchor, how) == note


def test_place_facts_flag_an_approximate_location():
    place = {"name": "مستشفى الملك خالد", "surfaces": "مستشفى الملك خالد", "country": "Saudi Arabia", "country_code": "SA",
             "kind": "landmark", "mentions": 2, "documents": 1}  # fmt: skip
    facts = view.place_facts_html(place, kind_label="Landmark", approximate="placed at <Tabuk>, named right after it")
    assert '<span class="approximate">Approximate location: placed at &lt;Tabuk&gt;, named right after it</span>' in facts
    assert "Approximate" not in view.place_facts_html(place, kind_label="Landmark")


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.org/a?b=1&c=\"2\"", '<a href="https://example.org/a?b=1&amp;c=&quot;2&quot;" target="_blank" rel="noopener noreferrer">source</a>'),
        ("javascript:alert(1)", "2024-01-02 · javascript:alert(1)"),
        ("JavaScript:alert(1)", "2024-01-02 · JavaScript:alert(1)"),
        ("", '<p class="document-source">2024-01-02</p>'),
    ],
)
def test_only_http_sources_become_links(url, expected):
    source = view.document_source_html("2024-01-02", url)
    assert expected in source
    assert 'href="javascript' not in source.lower()


def test_uploads_reusing_an_id_keep_their_text_under_a_new_one():
    seeds = (Document("a.txt", "seed"), Document("b.txt", "seed b"))
    first, second = (Document("a.txt", "upload one"),), (Document("a.txt", "upload two"), Document("c.txt", "c"))
    groups = with_unique_ids([seeds, first, second])
    assert [[d.id for d in group] for group in groups] == [["a.txt", "b.txt"], ["a.txt#2"], ["a.txt#3", "c.txt"]]
    assert [d.text for group in groups for d in group] == ["seed", "seed b", "upload one", "upload two", "c"]


@pytest.mark.parametrize(
    ("chosen", "within"),
    [
        ((date(2022, 1, 6), date(2024, 5, 2)), True),
        ((date(2023, 1, 1),), True),
        ((date(2021, 1, 1), date(2023, 1, 1)), False),
        (date(2023, 1, 1), False),
        (None, False),
        ((), False),
    ],
)
def test_date_range_values_within_the_corpus_dates(chosen, within):
    assert view.dates_within(chosen, (date(2022, 1, 6), date(2024, 5, 2))) is within


@pytest.mark.parametrize(
    ("text", "words", "marked"),
    [
        ("وأعلنت حالة الطوارئ في ألما أتا", ("اعلنت",), ["أعلنت"]),
        ("Rain flooded HOUSTON shelters", ("houston", "shelters"), ["HOUSTON", "shelters"]),
        ("مطار ومطار المطار", ("مطار",), ["مطار", "مطار", "مطار"]),
        ("الأُرْدُنّ اليوم", ("الاردن",), ["الأُرْدُنّ"]),
        ("nothing here", ("cairo",), []),
    ],
)
def test_searched_words_are_found_as_written(text, words, marked):
    assert [text[span.start:span.end] for span in view.word_spans(text, words)] == marked


def test_sentences_mark_searched_words_but_never_over_a_mention():
    row = SentenceRow("d", "t", None, "Protesters in Cairo airport", 0, ((14, 19),))
    (sentence,) = view.sentence_views([row], words=("airport", "cairo"))
    assert '<mark class="mention">Cairo</mark>' in sentence.html and '<mark class="word">airport</mark>' in sentence.html
    assert sentence.html.count("<mark") == 2


def test_the_place_box_ranks_countries_then_bigger_places_and_labels_are_unique():
    places = pd.DataFrame({
        "place_id": ["adm1:US:Texas", "cc:US", "gn:1", "gn:2", "gn:3"],
        "name": ["Texas", "United States", "Paris", "Paris", "Paris"],
        "surfaces": ["تكساس", "الولايات المتحدة", "باريس", "باريس", "باريس"],
        "country": ["United States", "United States", "France", "United States", "United States"],
        "kind": ["region", "country", "city", "city", "landmark"],
        "mentions": [40, 12, 30, 2, 2],
    })
    assert view.ranked_places(places) == ["cc:US", "adm1:US:Texas", "gn:1", "gn:2", "gn:3"]
    labels = view.place_labels(places)
    assert len(set(labels.values())) == 5
    assert labels["gn:2"].endswith("(city)") and labels["gn:3"].endswith("(landmark)")
    assert labels["cc:US"] == "\u2068United States\u2069 · \u2068الولايات المتحدة\u2069"


@pytest.mark.parametrize(
    ("selection", "dates"),
    [
        ({"period": [1709251200000, 1710460800000]}, (date(2024, 3, 1), date(2024, 3, 14))),  # 1 to 15 March, end exclusive
        ({"period": [1710460800000, 1709251200000]}, (date(2024, 3, 1), date(2024, 3, 14))),
        ({"period": [1709251200000, 1709251200000]}, (date(2024, 3, 1), date(2024, 3, 1))),
        ({}, None),
        ({"period": [1709251200000]}, None),
    ],
)
def test_a_brushed_range_becomes_dates(selection, dates):
    assert view.brushed_dates(selection) == dates


@pytest.mark.parametrize(
    ("current", "window"),
    [
        (None, (date(2024, 3, 1), date(2024, 3, 7))),
        ((date(2024, 3, 1), date(2024, 3, 31)), (date(2024, 3, 1), date(2024, 3, 7))),  # the whole range: start over
        ((date(2024, 3, 1), date(2024, 3, 7)), (date(2024, 3, 8), date(2024, 3, 14))),
        ((date(2024, 3, 29), date(2024, 4, 4)), None),  # past the end
        ((date(2024, 3, 22), date(2024, 3, 28)), (date(2024, 3, 29), date(2024, 3, 31))),  # the last, shorter
        ((date(2024, 3, 3), date(2024, 3, 5)), (date(2024, 3, 1), date(2024, 3, 7))),  # another length: start over
    ],
)
def test_play_moves_a_window_a_step_at_a_time(current, window):
    from datetime import timedelta

    assert view.next_window(current, (date(2024, 3, 1), date(2024, 3, 31)), timedelta(days=7)) == window


def test_event_badges_name_each_type_once_and_say_when_it_is_denied_or_planned():
    badges = view.event_badges([("protest", 0, 5, "asserted"), ("protest", 9, 14, "asserted"), ("arrest", 20, 27, "negated"),
                                ("riot", 30, 34, "future")])
    assert badges.count("event-badge protest") == 1
    assert "Arrest (denied)" in badges and "Riot (called for or planned)" in badges
