"""word.direction: a direction or qualifier word is no place by itself."""

RULE = "word.direction"


def test_a_town_named_like_a_qualifier_word_is_the_word(decide):
    assert decide("Central banks raised rates.").rejected["Central"] == (
        RULE, None, "a direction or qualifier word, not a place by itself", "")
    assert decide("Central banks raised rates.", disable=[RULE]).mentions["Central"].place_id == "gn:central"


def test_other_names_are_not_read_as_such_words(decide):
    assert decide("He moved to Jackson.").mentions["Jackson"].place_id == "gn:jackson"


def test_an_intercardinal_direction_before_a_place_is_part_of_it(parse):
    # "Northeast" alone is a region of Iceland in GeoNames; here it is a part of Georgia.
    text = "Schools in Northeast Georgia and near Atlanta are reviewing policies."
    assert [mention.surface for mention in parse(text)] == ["Georgia", "Atlanta"]
