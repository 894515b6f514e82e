"""The dashboard's questions, answered by DuckDB over a store written from fixed records."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from dataclasses import replace
from datetime import date

import pytest
from pandas.testing import assert_frame_equal

from geo.export import MENTION_COLUMNS, write_csv, write_geojson
from geo.store import Store
from geo.store.query import WORDS_ANY, Filters, StoreQuery, _newest_first, _windows

ALMATY, AKTOBE, HOUSTON, PARIS = "gn:1526384", "gn:610611", "gn:4699066", "gn:2988507"
EVERY_DOCUMENT = ("ar1", "en1", "xss")
ALL_SURFACES = ["ألما أتا", "أكتوبي", "ألما أتا", "نور سلطان", "Houston", "Texas", "Seine", "Paris", "Houston", "Paris"]


@pytest.fixture(scope="module")
def query(fixture_store) -> StoreQuery:
    return StoreQuery([fixture_store])


def kept_surfaces(query: StoreQuery, filters: Filters) -> list[str]:
    """Every mention the filters keep, resolved or not, in document and text order."""
    rows = [query.mentions_page(filters, resolved=resolved) for resolved in (True, False)]
    kept = [(row.doc, row.start, row.surface) for frame in rows for row in frame.itertuples()]
    order = {"ar1": 0, "en1": 1, "xss": 2}
    return [surface for _, _, surface in sorted(kept, key=lambda k: (order[k[0]], k[1]))]


@pytest.mark.parametrize(
    ("filters", "surfaces"),
    [
        (Filters(), ALL_SURFACES),
        (Filters(places=(AKTOBE,)), ["أكتوبي"]),
        (Filters(countries=("US",)), ["Houston", "Texas", "Houston"]),
        (Filters(kinds=("region",)), ["Texas"]),
        (Filters(documents=("en1",)), ["Houston", "Texas", "Seine", "Paris", "Houston"]),
        (Filters(words="SHELTERS"), ["Houston"]),
        (Filters(words="مطار"), ["ألما أتا"]),
        (Filters(words="seine paris"), ["Seine", "Paris"]),
        (Filters(min_mentions=2), ["ألما أتا", "ألما أتا", "Houston", "Seine", "Paris", "Houston", "Paris"]),
        (Filters(date_from=date(2024, 1, 1)), ["Houston", "Texas", "Seine", "Paris", "Houston"]),
        (Filters(date_to=date(2022, 1, 6)), ["ألما أتا", "أكتوبي", "ألما أتا", "نور سلطان"]),
    ],
)
def test_filters_keep_the_matching_mentions(query, filters, surfaces):
    assert kept_surfaces(query, filters) == surfaces


@pytest.mark.parametrize(
    ("words", "mode", "surfaces"),
    [
        ("مطار airport", "all", []),
        ("مطار shelters", WORDS_ANY, ["ألما أتا", "Houston"]),
        ("الطواري", "all", ["ألما أتا", "نور سلطان"]),  # الطوارئ written with ي, as folding reads it
        ("اعلنت", "all", ["ألما أتا", "نور سلطان"]),  # أعلنت written without its hamza
    ],
)
def test_words_are_folded_and_all_or_any_of_them_must_occur(query, words, mode, surfaces):
    assert kept_surfaces(query, Filters(words=words, words_mode=mode)) == surfaces


def test_unresolved_mentions_stay_unless_places_are_narrowed(query):
    assert "Seine" in kept_surfaces(query, Filters(documents=("en1",)))
    assert "Seine" not in kept_surfaces(query, Filters(countries=("FR", "US")))


def test_the_map_gets_one_row_per_place_with_its_counts(query):
    places = query.places(Filters()).set_index("place_id")
    assert places.loc[ALMATY, ["name", "surfaces", "mentions", "documents"]].tolist() == ["Almaty", "ألما أتا", 2, 1]
    assert places.loc[HOUSTON, "mentions"] == 2 and places.loc[PARIS, "documents"] == 2
    assert list(places.index[:1]) in ([ALMATY], [HOUSTON], [PARIS])  # most mentioned first
    assert query.summary(Filters()) == query.summary(Filters(min_mentions=1))
    assert query.summary(Filters(countries=("KZ",))).places == 3


@pytest.mark.parametrize(
    "filters",
    [Filters(), Filters(countries=("US",)), Filters(kinds=("city",)), Filters(min_mentions=2),
     Filters(date_from=date(2024, 1, 1), date_to=date(2024, 12, 31)), Filters(event_types=("military_movement",))],
)
def test_the_day_rollup_counts_as_the_mentions_do(query, filters):
    """Filters with no words or documents are counted in the day rollup; a Document filter that
    keeps every document makes the same count read the mentions themselves: both agree."""
    query.places(Filters(min_mentions=2))  # a narrowing filter starts the rollup
    assert query.rollup_built(timeout=60)
    read_whole = replace(filters, documents=EVERY_DOCUMENT)
    assert_frame_equal(query.places(filters), query.places(read_whole))
    assert query.summary(filters) == query.summary(read_whole)
    assert_frame_equal(query.timeline(filters, every="day"), query.timeline(read_whole, every="day"))
    assert query.dominant_events(filters) == query.dominant_events(read_whole)
    if filters.date_from:
        assert_frame_equal(query.rising(filters), query.rising(read_whole))


@pytest.mark.parametrize(
    "filters",
    [Filters(words="seine paris"), Filters(words="مطار shelters", words_mode=WORDS_ANY), Filters(documents=("en1",)),
     Filters(words="houston", countries=("US",)), Filters(documents=("ar1", "en1"), min_mentions=2)],
)
def test_words_and_documents_are_counted_as_the_mentions_they_keep(query, filters):
    """Counted in a table of the sentences they keep, made once: the counts are those of the
    mentions themselves (as the Mentions table lists them)."""
    resolved = query.mentions_page(filters, resolved=True)
    places = query.places(filters)
    assert dict(zip(places["place_id"], places["mentions"])) == dict(Counter(resolved["place_id"]))
    assert query.summary(filters).unresolved == len(query.mentions_page(filters, resolved=False))
    assert query.timeline(filters, every="day")["mentions"].sum() >= len(resolved.dropna(subset=["date"]))


def test_a_page_of_sentences_is_sought_in_the_newest_months_first():
    months = _newest_first({"2018-07", "undated", "2019-01", "2017-12", "2018-11"})
    assert months == ["2019-01", "2018-11", "2018-07", "2017-12", "undated"]  # an undated document sorts last
    assert list(_windows(months)) == [months[:2], months]
    assert list(_windows([f"2000-{m:02d}" for m in range(12, 0, -1)]))[-2:] == [
        [f"2000-{m:02d}" for m in range(12, 4, -1)], [f"2000-{m:02d}" for m in range(12, 0, -1)]]


def test_sentences_come_a_page_at_a_time_newest_first(query):
    rows = query.sentences(PARIS, Filters())
    assert [row.doc for row in rows] == ["en1", "xss"]  # the undated document last
    assert rows[0].sentence[rows[0].spans[0][0]:rows[0].spans[0][1]] == "Paris"
    assert [row.doc for row in query.sentences(PARIS, Filters(), limit=1, offset=1)] == ["xss"]
    assert query.sentence_count(PARIS, Filters()) == 2
    assert query.sentences(ALMATY, Filters())[0].title == "احتجاجات في كازاخستان"


def test_a_document_and_its_mentions(query):
    document = query.document("ar1")
    assert document.title == "احتجاجات في كازاخستان" and document.date.date() == date(2022, 1, 6)
    assert list(query.document_mentions("ar1")["start"]) == [25, 45, 88, 98]
    assert query.document("missing") is None


@pytest.mark.parametrize(
    ("text", "first"),
    [("almaty", ALMATY), ("ألما", ALMATY), ("الما", ALMATY), ("TEXAS", "adm1:US:Texas"), ("", None)],
)
def test_place_search_finds_english_names_and_names_as_written(query, text, first):
    found = query.search_places(text)
    if first is None:
        assert len(found) == len(query.places(Filters()))
    else:
        assert found["place_id"].iloc[0] == first


def test_document_search_and_titles(query):
    assert list(query.search_documents("floods")["doc"]) == ["en1"]
    assert set(query.search_documents("")["doc"]) == {"ar1", "en1", "xss"}
    assert query.document_titles(["ar1", "nope"]) == {"ar1": "احتجاجات في كازاخستان"}


def test_lists_the_filters_offer(query):
    assert [code for code, _ in query.countries()] == ["FR", "KZ", "US"]
    assert set(query.kinds()) == {"city", "region"}
    assert query.date_bounds() == (date(2022, 1, 6), date(2024, 5, 2))
    assert query.problems() == (0, [])
    assert query.document_count() == 3


def test_exports_stream_the_filtered_rows(query):
    out = io.BytesIO()
    write_csv(query.export(Filters(countries=("KZ",)), "mentions", batch_rows=1), out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue().decode("utf-8-sig"))))
    assert [row["surface"] for row in rows] == ["ألما أتا", "أكتوبي", "ألما أتا", "نور سلطان"]
    assert out.getvalue().startswith(b"\xef\xbb\xbf") and b"\r\n" in out.getvalue()
    out = io.BytesIO()
    write_geojson(query.export(Filters(places=(ALMATY,)), "places_with_mentions"), out)
    (feature,) = json.loads(out.getvalue())["features"]
    assert feature["properties"]["mention_count"] == 2 and len(feature["properties"]["mentions"]) == 2
    assert feature["geometry"]["coordinates"] == [76.92, 43.25]


def test_an_unknown_export_is_refused(query):
    with pytest.raises(ValueError, match="'everything'"):
        query.export(Filters(), "everything")


def test_an_empty_store_answers_with_nothing(tmp_path):
    query = StoreQuery([Store(tmp_path / "nothing-yet")])
    assert query.places(Filters()).empty and query.summary(Filters()).mentions == 0
    assert query.date_bounds() is None and query.document_count() == 0


def test_two_stores_are_queried_together(fixture_store, tmp_path):
    from tests.store.conftest import write_store

    upload = write_store(tmp_path / "upload", {"u1": {"text": "Rain in Lima.", "date": "2024-02-01"}}, [
        {"doc": "u1", "sentence": "Rain in Lima.", "sentence_start": 0, "start": 8, "end": 12, "surface": "Lima",
         "name": "Lima", "place_id": "gn:3936456", "lat": -12.04, "lon": -77.03, "country_code": "PE",
         "country": "Peru", "kind": "city", "confidence": 0.9, "reason": "only candidate", "resolved": True},
    ])
    query = StoreQuery([fixture_store, upload])
    assert "gn:3936456" in set(query.places(Filters())["place_id"]) and query.document_count() == 4


@pytest.mark.parametrize(
    ("words", "surfaces"),
    [("في", ["أكتوبي", "ألما أتا", "نور سلطان"]),  # وفي too: a whole word after its proclitic
     ("in", ["Seine", "Paris", "Houston", "Paris"])],  # not "Rain"
)
def test_a_search_for_a_word_too_common_to_index_reads_the_sentences(query, words, surfaces):
    from geo.store.words import indexable

    assert not indexable((words,))
    assert kept_surfaces(query, Filters(words=words)) == surfaces


def test_the_word_index_answers_with_proclitics_taken_off(tmp_path):
    from tests.store.conftest import write_store

    sentence = "وصلت القوات إلى المطار وبالمطار جنود."
    store = write_store(tmp_path / "s", {"d": {"text": sentence}}, [
        {"doc": "d", "sentence": sentence, "sentence_start": 0, "start": 0, "end": 4, "surface": "وصلت", "name": "X",
         "place_id": "gn:1", "lat": 1.0, "lon": 1.0, "country_code": "KW", "country": "Kuwait", "kind": "city",
         "confidence": 0.9, "reason": "r", "resolved": True, "events": ["military_movement"]},
    ])
    query = StoreQuery([store])
    for words in ("مطار", "المطار", "قوات", "جنود"):
        assert query.summary(Filters(words=words)).mentions == 1, words
    assert query.summary(Filters(words="طار")).mentions == 0  # a word, not a piece of one
    assert query.summary(Filters(event_types=("military_movement", "riot"))).mentions == 1
    assert query.summary(Filters(event_types=("riot",))).mentions == 0


def test_documents_per_place_are_counted_once_each(query):
    places = query.places(Filters()).set_index("place_id")
    with_words = query.places(Filters(words="paris seine", words_mode=WORDS_ANY)).set_index("place_id")
    assert places.loc[HOUSTON, "documents"] == 1 and places.loc[PARIS, "documents"] == 2
    assert with_words.loc[PARIS, "documents"] == 2


def test_a_mentions_export_has_every_column_of_parse(tmp_path):
    from tests.store.conftest import write_store

    sentence = "=SUM(1) تظاهر المئات في الكويت واعتقلت الشرطة عشرة."
    store = write_store(tmp_path / "s", {"d": {"text": sentence, "title": "t", "url": "https://example.com/d",
                                               "lang": "ar", "date": "2022-01-06"}}, [
        {"doc": "d", "sentence": sentence, "sentence_start": 0, "start": 24, "end": 30, "surface": "الكويت",
         "name": "Kuwait", "place_id": "cc:KW", "lat": 29.3, "lon": 47.6, "country_code": "KW", "country": "Kuwait",
         "kind": "country", "confidence": 0.9, "reason": "gazetteer: country", "rule": "scan.gazetteer",
         "resolved": True, "events": ["protest", "arrest"]},
    ])
    out = io.BytesIO()
    write_csv(StoreQuery([store]).export(Filters(), "mentions"), out)
    (row,) = csv.DictReader(io.StringIO(out.getvalue().decode("utf-8-sig")))
    assert list(row) == list(MENTION_COLUMNS)
    assert (row["events"], row["rule"], row["url"], row["lang"]) == ("protest;arrest", "scan.gazetteer",
                                                                     "https://example.com/d", "ar")
    assert row["sentence"].startswith("'=SUM(1)") and row["date"].startswith("2022-01-06")
