"""organisation.news_agency: a town's name where a news agency's stands is the agency's."""

import pytest

RULE = "organisation.news_agency"


@pytest.mark.parametrize(("text", "surface"), [
    ("الدوحة - قنا : قال المسؤول", "قنا"),
    ("Doha - Qena: officials said", "Qena"),
], ids=["arabic", "english"])
def test_a_town_in_a_dateline_is_the_agency(decide, text, surface):
    assert decide(text).rejected[surface] == (RULE, None, "a news agency's name (in a dateline or after 'news agency')", "")
    assert decide(text, disable=[RULE]).of(surface).rule != RULE


@pytest.mark.parametrize("text", [
    "وقالت وكالة الأنباء القطرية قنا إن الوفد وصل",
    "وقالت وكالة الأنباء القطرية الرسمية (قنا) إن الوفد وصل",
    "وقالت وكالة قنا الرسمية إن الوفد وصل",
    'ونقلا عن وكالة أنباء "قنا" فقد وصل الوفد',
    "وقال في تصريح لوكالة الأنباء القطرية (قنا) إن الوفد وصل",
    "وقالت وكالة الأنباء القطرية ( قنا ) إن الوفد وصل",
], ids=["after its adjective", "two adjectives and a bracket", "right after agency", "quoted", "with a proclitic",
        "a bracket and spaces"])
def test_a_town_after_news_agency_is_the_agency(decide, text):
    assert decide(text).rejected["قنا"] == (RULE, None, "a news agency's name (in a dateline or after 'news agency')", "")


@pytest.mark.parametrize(("text", "surface"), [("زار قنا في مصر", "قنا"), ("He visited Qena in Egypt.", "Qena"),
                                               ("وقال مراسل وكالة الأنباء الفرنسية في قنا في مصر إن", "قنا")],
                         ids=["arabic", "english", "after a preposition after the agency"])
def test_the_town_elsewhere_is_the_town(decide, text, surface):
    assert decide(text).mentions[surface].place_id == "gn:qena"


@pytest.mark.parametrize(("text", "surface"), [
    ("وأضاف في تصريح لوكالة تونس إفريقيا للأنباء أن الفرقة جاهزة", "تونس"),
    ("نقلت وكالة قطر للأنباء عن الوزير قوله", "قطر"),
    ("ذكرت وكالة مصر للأنباء أن الرئيس سافر", "مصر"),
    ("وذكرت وكالة أنباء الشرق الأوسط الرسمية أن الرئيس سافر", "الشرق الأوسط"),
    ("وقال لوكالة أنباء قطر إن الوفد وصل", "قطر"),
], ids=["with a proclitic, two words", "a country", "another country", "after agency of news",
        "after agency of news, with a proclitic"])
def test_a_place_between_agency_and_news_is_the_agency_s_name(decide, text, surface):
    reason = "part of a news agency's name (وكالة ... للأنباء، وكالة أنباء ...)"
    assert decide(text).rejected[surface] == (RULE, None, reason, "")
    assert decide(text, disable=[RULE]).mentions[surface].place_id.startswith(("cc:", "alias:"))


@pytest.mark.parametrize(("text", "surface", "place_id"), [
    ("نقلت وكالة أنباء فارس من الرياض", "الرياض", "gn:riyadh"),
    ("قالت وكالة أنباء فارس إن مصر تواجه ضغوطا", "مصر", "cc:EG"),
    ("قالت وكالة أنباء فارس مصر تواجه ضغوطا", "مصر", "cc:EG"),
], ids=["after a preposition", "a country later", "a country right after a one-word name"])
def test_a_place_after_the_agency_s_name_stays(decide, text, surface, place_id):
    assert decide(text).mentions[surface].place_id == place_id


def test_the_country_beside_the_agency_s_name_stays_the_country(decide):
    assert decide("نقلت وكالة قطر للأنباء أن قطر تستعد").mentions["قطر"].place_id == "cc:QA"


def test_the_agency_s_country_still_supports_the_story_s_small_towns(decide):
    # وكالة تونس إفريقيا للأنباء is no mention of Tunisia, but the story's agency is Tunisian.
    text = "وقال مصدر أمني بقابس لوكالة تونس إفريقيا للأنباء إن الوضع هادئ"
    assert decide(text).mentions["قابس"].place_id == "gn:gabes"
    assert "قابس" not in decide("وقال مصدر أمني بقابس إن الوضع هادئ").mentions


def test_after_an_agency_s_name_and_a_dash_the_dateline_s_place_follows(decide):
    # الدوحة - قنا : the place, then the agency; سبق – قنا: the agency, then the place.
    assert decide("سبق – قنا: قال المسؤول في مصر إن").mentions["قنا"].place_id == "gn:qena"


@pytest.mark.parametrize("text", ["الدوحة 12 مارس - قنا : قال المسؤول", "نور سلطان - قنا : قال المسؤول"],
                         ids=["a date before the dash", "a place of two words"])
def test_a_dateline_s_place_may_take_a_date_or_two_words(decide, text):
    assert decide(text).rejected["قنا"].rule == RULE
