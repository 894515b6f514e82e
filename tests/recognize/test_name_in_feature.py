"""name.in_feature: a name inside a feature's name is not the place it names alone."""

RULE = "name.in_feature"


def test_a_town_inside_a_street_s_name_is_not_the_town(decide):
    decided = decide("Crews closed Richmond Street on Monday.")
    assert decided.rejected["Richmond"] == (RULE, None, "part of the street name 'richmond street'", "")
    assert decide("Crews closed Richmond Street on Monday.", disable=[RULE]).rejected["Richmond"].rule != RULE


def test_the_town_named_alone_is_the_town(decide):
    assert decide("He moved to Richmond on Monday.").mentions["Richmond"].place_id == "gn:richmond"
