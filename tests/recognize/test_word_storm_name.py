"""word.storm_name: a town's name right after a storm's word is the storm's, not a place of the story."""

import pytest

RULE = "word.storm_name"
REASON = "a storm's name, not a place of the story"


@pytest.mark.parametrize(("text", "surface", "place_id"), [
    ("وحذرت السلطات من أن يتسبب الإعصار مانشستر في فيضانات", "مانشستر", "gn:manchester"),
    ("ضرب إعصار «مانشستر» السواحل الشرقية", "مانشستر", "gn:manchester"),
    ("ضعفت العاصفة مانشستر أمس", "مانشستر", "gn:manchester"),
    ("Hurricane Manchester hit the coast on Friday.", "Manchester", "gn:manchester"),
], ids=["arabic-after-the-hurricane", "arabic-quoted", "arabic-after-the-storm", "english"])
def test_a_town_s_name_after_a_storm_s_word_is_the_storm_s(decide, text, surface, place_id):
    # الإعصار فلورنس: Hurricane Florence, not Florence, Alabama.
    assert decide(text).rejected[surface] == (RULE, None, REASON, "")
    assert decide(text, disable=[RULE]).mentions[surface].place_id == place_id


@pytest.mark.parametrize(("text", "surface", "place_id"), [
    ("ضرب الإعصار روسيا أمس", "روسيا", "cc:RU"),  # a country is where the storm strikes
    ("ضرب الإعصار مدينة مانشستر", "مانشستر", "gn:manchester"),
    ("شيعت جنازات ضحايا عاصفة مانشستر في بريطانيا", "مانشستر", "gn:manchester"),  # the storm of Manchester
    ("The storm reached Manchester on Friday.", "Manchester", "gn:manchester"),
], ids=["a country", "a cue word between", "a storm's word without the article", "english-not-right-after"])
def test_the_place_stays_elsewhere(decide, text, surface, place_id):
    assert decide(text).mentions[surface].place_id == place_id
