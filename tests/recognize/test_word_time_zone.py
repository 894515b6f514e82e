"""word.time_zone: a town's name that gives a clock time's zone names no place of the story."""

import pytest

RULE = "word.time_zone"
REASON = "the zone of a clock time, not a place of the story"


@pytest.mark.parametrize(("text", "surface", "place_id"), [
    ("انطلقت المباراة الساعة 16:00 بتوقيت غرينتش في لندن", "غرينتش", "gn:greenwich"),
    ("انطلقت المباراة الساعة 16:00 غرينتش", "غرينتش", "gn:greenwich"),
    ("يبدأ الإفطار الساعة 6:30 وبتوقيت موسكو", "موسكو", "gn:moscow"),
    ("الملعب: لوجنيكي. التوقيت: غرينتش + 3 ساعات", "غرينتش", "gn:greenwich"),
    ("The launch is set for 16:00 Greenwich time.", "Greenwich", "gn:greenwich"),
    ("The talks open at 10 a.m. Moscow time.", "Moscow", "gn:moscow"),
], ids=["arabic-after-tawqit", "arabic-after-a-clock-time", "arabic-with-proclitics", "arabic-after-a-colon", "english-after-a-clock-time",
        "english-time"])
def test_a_clock_time_s_zone_is_no_place(decide, text, surface, place_id):
    assert decide(text).rejected[surface] == (RULE, None, REASON, "")
    assert decide(text, disable=[RULE]).mentions[surface].place_id == place_id


@pytest.mark.parametrize(("text", "surface", "place_id"), [
    ("وصل الوفد إلى موسكو الساعة 16:00", "موسكو", "gn:moscow"),
    ("زار غرينتش في لندن", "غرينتش", "gn:greenwich"),
    ("استضافت مونديال 2018 روسيا", "روسيا", "cc:RU"),  # a year, not a clock time
    ("The delegation reached Moscow at 16:00.", "Moscow", "gn:moscow"),
], ids=["arabic-time-after", "arabic-the-town", "arabic-after-a-year", "english"])
def test_the_town_stays_elsewhere(decide, text, surface, place_id):
    assert decide(text).mentions[surface].place_id == place_id
