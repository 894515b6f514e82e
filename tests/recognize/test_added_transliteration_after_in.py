"""added.transliteration_after_in: a name the gazetteer lacks, right after في, is the town or
division it sounds like in a country the document names."""

import pytest

RULE = "added.transliteration_after_in"


def test_a_name_after_in_is_the_town_it_sounds_like_in_a_country_named(decide):
    text = "وقع الحادث في يكاترينبورغ، وقالت روسيا إنها تحقق"
    decided = decide(text).mentions["يكاترينبورغ"]
    assert (decided.rule, decided.place_id) == (RULE, "gn:yekaterinburg")
    assert "يكاترينبورغ" not in decide(text, disable=[RULE]).names()


def test_after_and_in_too(decide):
    decided = decide("قتل عشرة في موسكو وفي يكاترينبورغ، وقالت روسيا إنها تحقق").mentions["يكاترينبورغ"]
    assert (decided.rule, decided.place_id) == (RULE, "gn:yekaterinburg")


@pytest.mark.parametrize("text", [
    "وقع الحادث في يكاترينبورغ أمس",
    "وقع الحادث في يكاترينبورغ، وقالت إيران إنها تحقق",
    "وصل الوفد إلى يكاترينبورغ، وقالت روسيا إنها تحقق",
    "قال صحفي يكاترينبورغ إن روسيا تحقق",
    "وقع الحادث في غروزني، وقالت روسيا إنها تحقق",
    "وقع الحادث في كوتوفو، وقالت روسيا إنها تحقق",
], ids=["no country named", "another country named", "not after في", "في inside a word", "four consonants",
        "a small town"])
def test_no_town_is_read_otherwise(decide, text):
    assert not {name for name, decided in decide(text).mentions.items() if decided.rule == RULE}
