"""person.given_name_before_surname: a town's name before a capitalised non-word is a given name."""

RULE = "person.given_name_before_surname"


def test_a_town_before_a_capitalised_name_is_a_given_name(decide):
    assert decide("Paris Hilton arrived.").rejected["Paris"] == (RULE, None, "a given name: a surname follows it", "")
    assert decide("Paris Hilton arrived.", disable=[RULE]).mentions["Paris"].place_id == "gn:paris"


def test_before_an_everyday_word_the_town_is_the_town(decide):
    assert decide("Paris Police arrived.").mentions["Paris"].place_id == "gn:paris"


def test_arabic_has_no_capitals_to_go_by(decide):
    assert decide("وصل باريس هيلتون").mentions["باريس"].place_id == "gn:paris"
