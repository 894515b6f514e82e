"""person.surname: a name the document uses as someone's surname is that surname everywhere."""

import pytest

RULE = "person.surname"


@pytest.mark.parametrize(("text", "surface"), [
    ("قال الرئيس الأمريكي السابق بيل كلينتون إنه سعيد. وأضاف كلينتون أن", "كلينتون"),
    ("Peyton Manning threw twice. Manning said so.", "Manning"),
], ids=["arabic", "english"])
def test_a_surname_of_the_document_is_no_place(decide, text, surface):
    assert decide(text).rejected[surface] == (RULE, None, "a person's surname in this document", "")


@pytest.mark.parametrize("given", ["جيمس", "ماوريسيو", "جوردان", "مانويل", "ألبرتو", "غريغور", "صامويل",
                                   "برايان", "كيت"])
def test_a_name_after_a_foreign_given_name_is_a_surname_there_and_later(decide, given):
    # جيمس كومي is no Komi Republic, ماوريسيو ساري no Sari, جوردان هندرسون no Henderson, Nevada,
    # خوان مانويل سانتوس no Santos, كارلوس ألبرتو بيريرا no Pereira, غريغور ديميتروف no Dmitrov, برايان
    # أكتون no Acton, كيت ميدلتون no Middleton:
    # the given name says a person.
    text = f"قال {given} كلينتون إنه سعيد. وأضاف كلينتون أن"
    assert decide(text).rejected["كلينتون"] == (RULE, None, "a person's surname in this document", "")


def test_a_name_after_a_foreign_given_name_with_the_conjunction_is_a_surname(decide):
    # زادت آمال مارين شيليتش وغريغور ديميتروف: the و is the list's, the name still a man's.
    text = "فاز بيتر وجيمس كلينتون بالمباراة. وقال كلينتون إنه سعيد"
    assert decide(text).rejected["كلينتون"] == (RULE, None, "a person's surname in this document", "")


@pytest.mark.parametrize("particle", ["دي", "فان"])
def test_a_name_after_a_foreign_given_name_and_a_particle_is_a_surname(decide, particle):
    # كيفن دي بروين, فيرجيل فان دايك: the particle is part of the surname.
    text = f"سجل كيفن {particle} كلينتون هدفا. وقال {particle} كلينتون إنه سعيد"
    assert decide(text).rejected["كلينتون"] == (RULE, None, "a person's surname in this document", "")
    assert decide(f"زار {particle} كلينتون في الولايات المتحدة").mentions["كلينتون"].place_id == "gn:clinton"


def test_a_name_after_a_foreign_given_name_and_a_surname_is_the_object(decide):
    # وصل مارتن غريفيث جنيف: Geneva, not a third name of the man.
    text = "وصل جيمس كومي مانشستر أمس. وقال مسؤول في مانشستر إن"
    assert decide(text).mentions["مانشستر"].place_id == "gn:manchester"


@pytest.mark.parametrize(("text", "found"), [
    ("كلّف البرازيلي كارلوس ألبرتو بيريرا، مدرب المنتخب السعودي", []),
    ("أبدى رغبته بأن يمثل نائب الرئيس مايك بنس البيت الأبيض خلال تشييعه", ["البيت الأبيض"]),
], ids=["a surname", "a name with the article is the object"])
def test_after_two_given_names_in_the_gazetteer(parse, text, found):
    assert [mention.surface for mention in parse(text) if mention.place] == found


def test_a_tiny_capital_s_name_after_a_foreign_given_name_is_a_surname(decide):
    # Hamilton, Bermuda's capital of 902 people, keeps no لويس هاميلتون a place.
    text = "فاز لويس هاميلتون بالسباق. وقال هاميلتون إنه سعيد"
    assert decide(text).rejected["هاميلتون"] == (RULE, None, "a person's surname in this document", "")


@pytest.mark.parametrize("text", ["درس في جامعة جورج واشنطن", "زار جون واشنطن"])
def test_a_capital_after_a_foreign_given_name_stays_the_capital(decide, text):
    # جامعة جورج واشنطن is named after the man; واشنطن elsewhere in the text is the capital.
    assert decide(text).mentions["واشنطن"].place_id == "gn:washington"


@pytest.mark.parametrize(("text", "surface", "place_id"), [
    ("زار كلينتون في الولايات المتحدة", "كلينتون", "gn:clinton"),
    ("He moved to Manning last year.", "Manning", "gn:manning"),
], ids=["arabic", "english"])
def test_a_name_nobody_bears_is_the_place(decide, text, surface, place_id):
    assert decide(text).mentions[surface].place_id == place_id


def test_switched_off_a_surname_is_caught_by_the_rules_after_it_where_they_can(decide):
    assert decide("Peyton Manning threw twice.", disable=[RULE]).rejected["Manning"].rule == "person.after_given_name"
