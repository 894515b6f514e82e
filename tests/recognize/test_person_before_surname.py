"""person.before_surname: a name right before a surname of the document is part of a person's name."""

import pytest

RULE = "person.before_surname"


@pytest.mark.parametrize(("text", "surface"), [
    ("نور سلطان نزارباييف في كازاخستان", "نور سلطان"),
    ("Peyton Manning threw twice. Later Jackson Manning spoke.", "Jackson"),
], ids=["arabic", "english"])
def test_a_name_before_a_surname_is_part_of_a_person_s_name(decide, text, surface):
    assert decide(text).rejected[surface] == (RULE, None, "part of a person's name", "")
    assert decide(text, disable=[RULE]).of(surface).rule != RULE


@pytest.mark.parametrize(("text", "surface", "place_id"), [
    ("زار نور سلطان في كازاخستان", "نور سلطان", "gn:nur-sultan"),
    ("Jackson spoke about jobs.", "Jackson", "gn:jackson"),
], ids=["arabic", "english"])
def test_with_no_surname_after_it_the_name_is_the_place(decide, text, surface, place_id):
    assert decide(text).mentions[surface].place_id == place_id


@pytest.mark.parametrize("text", [
    "قال الرئيس الروسي، فلاديمير بوتين، إن",  # a comma sets the name apart from its title
    "التقى ماكرون نظيره الروسي فلاديمير بوتين",  # "his counterpart" is a title
])
def test_a_famous_surname_is_learned_after_a_title_set_apart_or_a_counterpart(decide, text):
    assert decide(text, disable=["person.given_name"]).rejected["فلاديمير"].rule == RULE


def test_a_proclitic_is_no_famous_given_name(decide):
    # بباريس is ب + باريس, not a surname after the given name ب.
    assert decide("بعد لقاء نظيره الفرنسي بباريس أمس").mentions["باريس"].place_id == "gn:paris"


@pytest.mark.parametrize("text", ["وقالوا إن زعيم كوريا الشمالية أبلغهم أنه ملتزم", "قال رئيس مصر إن"],
                         ids=["a verb after the country", "a particle after the country"])
def test_a_title_before_a_country_is_its_office_and_the_next_word_no_surname(decide, text):
    surface = "كوريا الشمالية" if "كوريا" in text else "مصر"
    assert decide(text).mentions[surface].rule == "scan.gazetteer"
