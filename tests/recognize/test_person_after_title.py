"""person.after_title: a name between a title and a possible name is part of a person's name.

For an Arabic name the same condition makes the next word a surname of the document, so
person.before_surname decides first; the rule itself reads a Latin name between an Arabic
title and an Arabic name.
"""

RULE = "person.after_title"


def test_a_latin_name_between_a_title_and_a_name_is_part_of_the_person_s_name(decide):
    text = "قال الرئيس Bechar حسين"
    assert decide(text).rejected["Bechar"] == (RULE, None, "part of a person's name (after a title)", "")
    assert decide(text, disable=[RULE]).of("Bechar").rule != RULE


def test_an_arabic_name_there_is_read_by_person_before_surname(decide):
    assert decide("قال الرئيس بشار حسين").rejected["بشار"].rule == "person.before_surname"


def test_with_no_name_after_it_the_rule_does_not_fire(decide):
    assert decide("زار Bechar أمس").of("Bechar").rule != RULE
