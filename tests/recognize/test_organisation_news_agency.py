"""organisation.news_agency: a town's name where a news agency's stands is the agency's."""

import pytest

RULE = "organisation.news_agency"


@pytest.mark.parametrize(("text", "surface"), [
    ("الدوحة - قنا : قال المسؤول", "قنا"),
    ("Doha - Qena: officials said", "Qena"),
], ids=["arabic", "english"])
def test_a_town_in_a_dateline_is_the_agency(decide, text, surface):
    assert decide(text).rejected[surface] == (RULE, None, "a news agency's name (in a dateline or after 'news agency')", "")
    assert decide(text, disable=[RULE]).of(surface).rule != RULE


@pytest.mark.parametrize(("text", "surface"), [("زار قنا في مصر", "قنا"), ("He visited Qena in Egypt.", "Qena")],
                         ids=["arabic", "english"])
def test_the_town_elsewhere_is_the_town(decide, text, surface):
    assert decide(text).mentions[surface].place_id == "gn:qena"
