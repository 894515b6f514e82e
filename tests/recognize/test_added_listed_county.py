"""added.listed_county: in a list of counties, each name stands for its county."""

RULE = "added.listed_county"


def test_each_name_in_a_list_of_counties_is_the_county(decide):
    decided = decide("Rain fell on Dallas and Tarrant counties.")
    assert decided.mentions["Dallas"][:2] == (RULE, "adm2:US:Texas:Dallas County")
    assert decided.mentions["Tarrant"][:2] == (RULE, "adm2:US:Texas:Tarrant County")
    assert decided.rejected["Dallas"] == (RULE, None, "the name of Dallas County here, in a list of county names", "")
    assert decide("Rain fell on Dallas and Tarrant counties.", disable=[RULE]).mentions["Dallas"].place_id == "gn:dallas"


def test_the_town_alone_is_the_town(decide):
    assert decide("Rain fell on Dallas.").mentions["Dallas"].place_id == "gn:dallas"
