"""word.storm_name: a town's name right after a storm's word is the storm's, not a place of the story."""

import pytest

RULE = "word.storm_name"
REASON = "a storm's name, not a place of the story"


@pytest.mark.parametrize(("text", "surface"), [
    ("وحذرت السلطات من أن يتسبب الإعصار فلاديمير في فيضانات", "فلاديمير"),
    ("ضرب إعصار «مانشستر» السواحل الشرقية", "مانشستر"),
    ("ضعفت العاصفة فلاديمير أمس", "فلاديمير"),
    ("Hurricane Wilson hit the coast on Friday.", "Wilson"),
], ids=["arabic-a-town-named-as-people", "arabic-quoted", "arabic-after-the-storm", "english"])
def test_a_town_s_name_after_a_storm_s_word_is_the_storm_s(decide, text, surface):
    # الإعصار فلورنس: Hurricane Florence, not Florence, Alabama; storms are named as people are.
    assert decide(text).rejected[surface] == (RULE, None, REASON, "")
    assert decide(text, disable=[RULE]).of(surface).rule != RULE


@pytest.mark.parametrize(("text", "surface", "place_id"), [
    ("ضرب الإعصار روسيا أمس", "روسيا", "cc:RU"),  # a country is where the storm strikes
    ("اجتاح الإعصار مانشستر أمس وأغرق شوارعها", "مانشستر", "gn:manchester"),  # named as no one is
    ("ضرب الإعصار مدينة مانشستر", "مانشستر", "gn:manchester"),
    ("شيعت جنازات ضحايا عاصفة مانشستر أمس", "مانشستر", "gn:manchester"),  # the storm of Manchester
    ("The storm reached Manchester on Friday.", "Manchester", "gn:manchester"),
    ("Before the storm Manchester residents boarded up their windows.", "Manchester", "gn:manchester"),
], ids=["a country", "a town named as no one is", "a cue word between", "a storm's word without the article",
        "english-not-right-after", "english-a-storm-word-in-lower-case"])
def test_the_place_stays_elsewhere(decide, text, surface, place_id):
    assert decide(text).mentions[surface].place_id == place_id
