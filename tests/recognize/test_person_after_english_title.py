"""person.after_english_title: a name right after an English title is a person's."""

import pytest

RULE = "person.after_english_title"


@pytest.mark.parametrize("text", ["Gov. Jackson signed the bill.", "President Jackson signed the bill."],
                         ids=["abbreviated", "whole"])
def test_a_town_after_a_title_is_a_person(decide, text):
    assert decide(text).rejected["Jackson"] == (RULE, None, "part of a person's name (after a title)", "")
    assert decide(text, disable=[RULE]).mentions["Jackson"].place_id == "gn:jackson"


def test_after_another_word_the_town_is_the_town(decide):
    assert decide("He moved to Jackson.").mentions["Jackson"].place_id == "gn:jackson"
