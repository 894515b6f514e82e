"""word.state_abbreviation: a state's abbreviation is a place only as a qualifier or a party label."""

import pytest

RULE = "word.state_abbreviation"


@pytest.mark.parametrize("text", ["Tulsa, Okla. officials met.", "Rep. James Clyburn, D-Okla. spoke.",
                                  "The theatre was sold to Okla. promoters.", "The centre opens in Okla. today.",
                                  "The Okla. Highway Patrol is looking for leads."],
                         ids=["qualifier", "party label", "dotted after to", "dotted after in",
                              "dotted before a state's body"])
def test_an_abbreviation_as_a_qualifier_or_party_label_names_the_state(decide, text):
    assert decide(text).mentions["Okla."][:2] == (RULE, "adm1:US:Oklahoma")


@pytest.mark.parametrize(("text", "surface"), [
    ("Okla. officials met.", "Okla."),
    ("Officials in OK said so.", "OK"),
    ("The OK Highway Patrol met.", "OK"),
    ("The Okla. highway was closed.", "Okla."),
    ("Okla. State beat Duke.", "Okla."),
], ids=["dotted, alone", "without points, after in", "without points, before a state's body",
        "before a body's word not capitalised", "a state university"])
def test_an_abbreviation_elsewhere_is_no_place(decide, text, surface):
    assert decide(text).rejected[surface].rule == RULE


def test_an_abbreviation_alone_is_no_place(decide):
    rejected = decide("Okla. officials met.").rejected["Okla."]
    assert rejected.rule == RULE and rejected.reason.startswith("state abbreviation outside")
    assert decide("Okla. officials met.", disable=[RULE]).mentions["Okla."].place_id == "adm1:US:Oklahoma"


def test_an_arabic_name_is_never_an_abbreviation(decide):
    assert decide("زار موسكو").mentions["موسكو"].rule == "scan.gazetteer"
