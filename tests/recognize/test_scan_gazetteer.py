"""scan.gazetteer: the gazetteer's names where they stand as words."""

import pytest

RULE = "scan.gazetteer"


@pytest.mark.parametrize(("text", "surface", "place_id"), [
    ("وصل الوفد إلى موسكو", "موسكو", "gn:moscow"),
    ("He flew to Paris.", "Paris", "gn:paris"),
], ids=["arabic", "english"])
def test_a_name_standing_as_a_word_is_found(decide, text, surface, place_id):
    assert decide(text).mentions[surface][:2] == (RULE, place_id)


@pytest.mark.parametrize("text", ["بحث تعزيز التعاون", "He felt Parisian and paris."], ids=["arabic", "english"])
def test_a_name_inside_a_word_or_in_lower_case_is_not(decide, text):
    assert decide(text).names() == set()


def test_switched_off_it_finds_nothing(decide):
    assert decide("He flew to Paris.", disable=[RULE]).names() == set()
