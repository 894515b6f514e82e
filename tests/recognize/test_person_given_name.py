"""person.given_name: a town's name the document puts before a family name is a given name."""

RULE = "person.given_name"


def test_a_town_before_a_family_name_is_a_given_name(decide):
    text = "التقى بشار الأسد بالمسؤولين"
    assert decide(text).rejected["بشار"] == (RULE, None, "a given name in this document (before a family name)", "")
    assert decide(text, disable=[RULE]).of("بشار").rule != RULE


def test_after_a_cue_word_the_town_is_the_town(decide):
    assert decide("زار ولاية بشار في الجزائر").mentions["بشار"].place_id == "gn:bechar"
