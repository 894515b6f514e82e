"""added.cue_named: after a cue word that always names, a rare word is a place's name."""

RULE = "added.cue_named"


def test_a_rare_word_after_a_naming_cue_is_a_place_the_gazetteer_lacks(decide):
    decided = decide("هبطت الطائرة في مطار ساكوني").mentions["ساكوني"]
    assert decided == (RULE, None, "named as a place by 'مطار' but not in the gazetteer", "مطار")
    assert decide("هبطت الطائرة في مطار ساكوني", disable=[RULE]).names() == set()


def test_after_the_cue_word_with_its_article_nothing_is_named(decide):
    assert decide("هبطت الطائرة في المطار ساكوني").names() == set()
