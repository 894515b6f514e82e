"""organisation.publication: a city's name before a newspaper's word is the publication's."""

import pytest

RULE = "organisation.publication"


def test_a_city_in_a_newspaper_s_name_is_no_place(decide):
    decided = decide("He read The Moscow Times.")
    assert decided.rejected["Moscow"] == (RULE, None, "part of a newspaper's or magazine's name", "")
    assert decide("He read The Moscow Times.", disable=[RULE]).of("Moscow").rule != RULE


def test_the_city_elsewhere_is_the_city(decide):
    assert decide("He lives in Moscow.").mentions["Moscow"].place_id == "gn:moscow"


@pytest.mark.parametrize(("text", "surface"), [
    ("نشرت صحيفة \"نيويورك تايمز\" تقريرا", "نيويورك"),
    ("ذكرت واشنطن بوست أمس", "واشنطن"),
    ("قالت صحيفة الرياض إن الوزير وصل", "الرياض"),
    ("ونقل الخبر لجريدة الرياض مصدر", "الرياض"),
    ("وفق ما أوردته صحيفة \"الرياض\" أمس", "الرياض"),
    ("وفق ما أوردته صحيفة «الرياض» أمس", "الرياض"),
], ids=["quoted", "bare", "after a newspaper's word", "after it with a proclitic", "quoted after it",
        "in guillemets after it"])
def test_a_city_in_an_arabic_newspaper_s_name_is_no_place(decide, text, surface):
    assert decide(text).rejected[surface] == (RULE, None, "part of a newspaper's or magazine's name", "")
    assert decide(text, disable=[RULE]).mentions[surface].place_id is not None


def test_a_city_before_another_word_is_the_city_in_arabic(decide):
    assert decide("وصل الوفد إلى واشنطن أمس").mentions["واشنطن"].place_id == "gn:washington"


def test_a_canal_is_no_newspaper(decide):
    assert decide("عبرت السفينة قناة الرياض").mentions["الرياض"].place_id == "gn:riyadh"
