"""added.feature: a feature's name is one place, kept unresolved when the gazetteer lacks it."""

RULE = "added.feature"


def test_a_feature_s_name_is_a_place(decide):
    decided = decide("The Brazos River flooded.").mentions["Brazos River"]
    assert decided == (RULE, None, "named as a place by 'river' but not in the gazetteer", "river")
    assert decide("The Brazos River flooded.", disable=[RULE]).names() == set()


def test_a_feature_word_in_lower_case_names_nothing(decide):
    assert decide("the river flooded.").names() == set()
