"""person.given_name_before_surname: a town's name before a capitalised non-word is a given name."""

RULE = "person.given_name_before_surname"


def test_a_town_before_a_capitalised_name_is_a_given_name(decide):
    assert decide("Paris Hilton arrived.").rejected["Paris"] == (RULE, None, "a given name: a surname follows it", "")
    assert decide("Paris Hilton arrived.", disable=[RULE]).mentions["Paris"].place_id == "gn:paris"


def test_before_an_everyday_word_the_town_is_the_town(decide):
    assert decide("Paris Police arrived.").mentions["Paris"].place_id == "gn:paris"


def test_arabic_has_no_capitals_to_go_by(decide):
    assert decide("وصل باريس هيلتون").mentions["باريس"].place_id == "gn:paris"


def test_a_bigger_town_named_as_people_is_a_given_name_before_a_famous_surname(decide):
    assert decide("He met Vladimir Putin.").rejected["Vladimir"].rule == RULE
    assert decide("He flew to Vladimir on Monday.").mentions["Vladimir"].place_id == "gn:vladimir"


def test_after_the_or_a_direction_a_town_named_as_people_is_the_town(decide):
    assert decide("The Vladimir Banks opened.").mentions["Vladimir"].place_id == "gn:vladimir"
    assert decide("He works at downtown Vladimir Banks.").mentions["Vladimir"].place_id == "gn:vladimir"
    assert decide("Vladimir Banks opened.").rejected["Vladimir"].rule == RULE
