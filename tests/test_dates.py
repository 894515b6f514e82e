"""Document dates: real feeds' formats, Arabic and English month names, datelines."""

from __future__ import annotations

from datetime import datetime

import pytest

from geo.dates import dateline_date, parse_date


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("06/03/2017", datetime(2017, 3, 6)),  # day first, as Jawhara FM writes it
        ("Wed, 04 Jul 2018 15:53:24 +0400", datetime(2018, 7, 4, 15, 53, 24)),  # the filing time, not UTC
        ("Wed, 04 Jul 2018 15:53:24 GMT", datetime(2018, 7, 4, 15, 53, 24)),
        ("2015-08-03 20:14:45", datetime(2015, 8, 3, 20, 14, 45)),
        ("2018-07-04T10:00:00Z", datetime(2018, 7, 4, 10)),
        ("5 يناير 2022", datetime(2022, 1, 5)),
        ("January 5, 2022", datetime(2022, 1, 5)),
        ("15 أغسطس 2015", datetime(2015, 8, 15)),
        ("15 اغسطس 2015", datetime(2015, 8, 15)),
        ("الأربعاء 5 كانون الثاني 2022", datetime(2022, 1, 5)),  # Levantine month names
        ("3 شباط 2020", datetime(2020, 2, 3)),
        ("1 اذار 2019", datetime(2019, 3, 1)),
        ("12 جويلية 2016", datetime(2016, 7, 12)),  # Maghreb month names
        ("15 أوت 2016", datetime(2016, 8, 15)),
        ("  Jan 2019 ", datetime(2019, 1, 1)),
    ],
)
def test_dates_as_feeds_write_them(written, expected):
    assert parse_date(written) == expected


@pytest.mark.parametrize("written", ["", "   ", "garbage", "2022", "5 jan", "yesterday", "أمس", "غدا", "99/99/9999"])
def test_what_cannot_be_read_is_no_date(written):
    assert parse_date(written) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("الرياض - الخميس 6 يناير 2022 - قالت وزارة الخارجية إن الوفد وصل.", datetime(2022, 1, 6)),
        ("دمشق - الأربعاء 5 كانون الثاني 2022 (سانا) - أعلنت الحكومة", datetime(2022, 1, 5)),
        ("KABUL, Jan. 6, 2022 (Reuters) - Protesters gathered in the capital.", datetime(2022, 1, 6)),
        ("Monday, 3 January 2022. Protests broke out in Zhanaozen.", datetime(2022, 1, 3)),
    ],
)
def test_a_dateline_dates_an_undated_document(text, expected):
    assert dateline_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "قتل 3 أشخاص وجرح 5 في 2020 الماضي في انفجار.",  # a year alone is no dateline
        "Protesters gathered in the capital on Monday.",
        "",
    ],
)
def test_a_story_without_a_dateline_stays_undated(text):
    assert dateline_date(text) is None


def test_a_date_deep_in_the_story_is_not_its_dateline():
    assert dateline_date("Protesters gathered. " * 20 + "On 6 January 2022 the government resigned.") is None
