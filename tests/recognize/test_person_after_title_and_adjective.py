"""person.after_title_and_adjective: after a title and its adjective comes a person, not a minor town."""

import pytest

RULE = "person.after_title_and_adjective"


def test_a_minor_town_after_a_title_and_its_adjective_is_a_person_s_name(decide):
    text = "قال الرئيس السوري بشار إن"
    assert decide(text).rejected["بشار"] == (RULE, None, "a person's name (after a title and its adjective)", "")
    assert decide(text, disable=[RULE]).of("بشار").rule != RULE


@pytest.mark.parametrize("text", [
    "وقال الدكتور هوندا إن الدواء آمن",
    "وذكر د. هوندا أن الإشاعات كثيرة",
    "وقال المدرب هوندا إن الفريق جاهز",
    "وقيل للشيخ هوندا إن الطريق مغلق",
], ids=["title with the article", "abbreviated title", "a coach", "title with a proclitic"])
def test_a_minor_town_after_a_title_with_the_article_is_a_person_s_name(decide, text):
    assert decide(text).rejected["هوندا"] == (RULE, None, "a person's name (after a title with the article)", "")


@pytest.mark.parametrize("text", ["وقال المدرب مانشستر إن الفريق جاهز", "وذكر د. مانشستر أن الإشاعات كثيرة"],
                         ids=["a coach", "abbreviated title"])
def test_a_city_of_less_than_a_million_after_a_title_a_name_follows_is_a_person_s_name(decide, text):
    assert decide(text).rejected["مانشستر"] == (RULE, None, "a person's name (after a title with the article)", "")


@pytest.mark.parametrize("text", ["رد مدرب المنتخب البرازيلي، مانشستر، على سخرية الرئيس",
                                  "رد المدرب البرازيلي، مانشستر، على سخرية الرئيس"],
                         ids=["a bare title and its adjectives", "a title with the article and its adjective"])
def test_a_city_of_less_than_a_million_in_apposition_to_a_name_s_title_is_a_person_s_name(decide, text):
    # مدرب المنتخب البرازيلي، تيتي: Tite, not Tete in Mozambique.
    assert decide(text).rejected["مانشستر"] == (RULE, None, "a person's name (after a title, its adjective and a comma)", "")


@pytest.mark.parametrize("text", ["وصل المدرب الإسباني مانشستر أمس لتوقيع عقده", "زار مدرب المنتخب مانشستر أمس"],
                         ids=["the object after a title and its adjective", "no comma"])
def test_without_the_comma_a_city_after_a_name_s_title_and_adjective_is_the_object(decide, text):
    assert decide(text).mentions["مانشستر"].place_id == "gn:manchester"


@pytest.mark.parametrize(("text", "surface", "place_id"), [
    ("زار الرئيس الفرنسي باريس", "باريس", "gn:paris"),
    ("زار الرئيس باريس", "باريس", "gn:paris"),
    ("زار المدرب باريس", "باريس", "gn:paris"),
    ("زار الرئيس الفرنسي مانشستر", "مانشستر", "gn:manchester"),
    ("وأكدت مصادر أنه قُتل. مانشستر، المملكة المتحدة", "مانشستر", "gn:manchester"),
], ids=["after an adjective", "after the title", "a capital after a title a name follows",
        "a city after an office's title and its adjective", "a sentence's last word is no short title"])
def test_a_big_city_there_is_the_object(decide, text, surface, place_id):
    assert decide(text).mentions[surface].place_id == place_id


def test_after_an_office_s_title_a_minor_town_is_the_object(decide):
    # Honda (Colombia) then needs its country, as any small town: another rule's decision.
    assert decide("زار الوزير هوندا أمس").of("هوندا").rule != RULE
    assert decide("وقال المدرب هوندا إن الفريق جاهز").of("هوندا").rule == RULE


def test_after_a_bare_title_a_minor_town_is_its_complement(decide):
    assert decide("قال رئيس بلدية هوندا إن الطريق مغلق").mentions["هوندا"].place_id == "gn:honda"


def test_english_titles_take_no_such_adjectives(decide):
    assert decide("President Jackson signed the bill.").rejected["Jackson"].rule == "person.after_english_title"



def test_a_preposition_after_a_title_is_no_adjective(decide):
    # إلى folds to الي, shaped as السوري is: the article and the nisba ending.
    assert decide("وصل الوزير إلى قنا في مصر").mentions["قنا"].place_id == "gn:qena"
