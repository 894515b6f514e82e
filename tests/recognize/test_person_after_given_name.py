"""person.after_given_name: a name right after a given name or an initial is a surname.

The document's surnames are learned from the same test, so person.surname decides first;
the rule decides when person.surname is switched off.
"""

import pytest

RULE = "person.after_given_name"


@pytest.mark.parametrize("text", ["Peyton Manning threw twice.", "J. Manning threw twice."], ids=["given name", "initial"])
def test_a_town_after_a_given_name_is_a_surname(decide, text):
    assert decide(text).rejected["Manning"].rule == "person.surname"
    assert decide(text, disable=["person.surname"]).rejected["Manning"] == (
        RULE, None, "part of a person's name (after a given name)", "")


def test_after_another_word_the_town_is_the_town(decide):
    assert decide("He moved to Manning last year.").mentions["Manning"].place_id == "gn:manning"
