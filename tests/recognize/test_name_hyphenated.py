"""name.hyphenated: a name joined by a hyphen to a capitalised word is part of a longer name."""

RULE = "name.hyphenated"


def test_a_town_before_a_hyphen_and_a_capital_is_part_of_a_longer_name(decide):
    assert decide("He drove to Winston-Salem.").rejected["Winston"] == (RULE, None, "part of a longer hyphenated name", "")
    assert decide("He drove to Winston-Salem.", disable=[RULE]).mentions["Winston"].place_id == "gn:winston"


def test_the_town_named_alone_is_the_town(decide):
    assert decide("He drove to Winston in Oregon.").mentions["Winston"].place_id == "gn:winston"
