"""word.nationality_adjective: السعودية after a definite noun, سورية after an indefinite one, is an adjective."""

import pytest

RULE = "word.nationality_adjective"


@pytest.mark.parametrize("text", [
    "قالت الحكومة السعودية إن المحادثات مستمرة",
    "وصلت ناقلة النفط السعودية إلى الميناء",
    "تطورت الكرة السعودية كثيرا",
    "نشرت صحيفة \"الحياة\" السعودية تقريرا",
    "أشار إلى أن المواقف الروسية والسعودية تتطابق",
    "وأكد أن العلاقات الأردنية - السعودية تاريخية",
], ids=["government", "tanker", "football", "after a quotation it closes", "joined by and to another",
        "joined by a dash to another"])
def test_after_a_definite_noun_it_is_the_adjective(decide, text):
    assert decide(text).rejected["السعودية"].rule == RULE
    assert decide(text, disable=[RULE]).mentions["السعودية"][:2] == ("scan.gazetteer", "cc:SA")


@pytest.mark.parametrize("text", [
    "وصل الوزير إلى السعودية أمس",  # folded, إلى starts like an article
    "عادت السعودية إلى المفاوضات",
    "الإمارات والسعودية ومصر",
    "قاطعت الدول الأربع \"السعودية ومصر والإمارات والبحرين\" قطر",
    "Saudi Arabia and Egypt",
    "زار الوزير الديوانية والسعودية",
], ids=["after a preposition", "after a verb", "in a list", "after a quotation it opens", "english",
        "after a place whose name is a nisba"])
def test_elsewhere_it_is_the_country(decide, text):
    surface = "Saudi Arabia" if text.isascii() else "السعودية"
    assert decide(text).mentions[surface].place_id == "cc:SA"


def test_the_country_s_long_name_is_the_country_after_a_definite_noun_too(decide):
    assert decide("سفارة المملكة العربية السعودية").mentions["المملكة العربية السعودية"].place_id == "cc:SA"


def test_the_adjective_still_says_the_story_is_about_the_country(decide):
    """A demonym is evidence of its country: جدة, a word too ("grandmother"), is Jeddah here."""
    assert decide("قالت الحكومة إن جدة جميلة").rejected["جدة"].rule == "word.needs_evidence"
    assert decide("قالت الحكومة السعودية إن جدة جميلة").mentions["جدة"].place_id == "gn:jeddah"


@pytest.mark.parametrize(("text", "found"), [
    ("تمكنت فرقة التفتيشات الديوانية من حجز البضاعة", False),
    ("أعلن الوزير تبسيط الإجراءات الديوانية", False),
    ("زار الرئيس الديوانية أمس", True),
    ("تمكنت فرقة الحراسة والتفتيشات الديوانية من حجز البضاعة", False),
    ("قتل متظاهر في الديوانية", True),
    ("زار الوفد محافظة الديوانية", True),
    ("وصلت الاحتجاجات إلى المحافظة الديوانية", True),
    ("وصلت الاحتجاجات إلى بالمنطقة الديوانية", True),
    ("قال والي الديوانية إن الوضع هادئ", True),
], ids=["customs inspections", "customs procedures", "the object after a masculine subject", "after و and the article", "after a preposition", "after a cue",
        "after a cue with the article", "after a cue with ب and the article", "after والي, the governor"])
def test_a_town_named_by_a_nisba_is_the_adjective_after_a_definite_noun(decide, text, found):
    assert ("الديوانية" in decide(text).mentions) is found
    if not found:
        assert decide(text).rejected["الديوانية"].rule == RULE


@pytest.mark.parametrize("text", [
    "وصلت عائلة سورية إلى المطار",
    "قصفت طائرات سورية مواقع المعارضة",
    "سيطرت قوات تركية وفصائل سورية على البلدة",
    "ضربت الصواريخ أهدافا سورية",
], ids=["a feminine noun", "a sound plural", "a broken plural after wa", "a broken plural in the accusative"])
def test_a_country_s_name_after_an_indefinite_noun_it_agrees_with_is_the_adjective(decide, text):
    assert decide(text).rejected["سورية"].rule == RULE
    assert decide(text, disable=[RULE]).mentions["سورية"].place_id == "cc:SY"


@pytest.mark.parametrize("text", [
    "دعت سورية إلى اجتماع طارئ",
    "قالت حكومة سورية إن المحادثات مستمرة",
    "سافر الوفد إلى سورية",
    "العراق وسورية",
    "رحبت الدول بعودة سورية إلى الجامعة",
    "في المنطقة وخاصة سورية",
], ids=["after a verb", "after a noun that takes a place", "after a preposition", "in a list",
        "after a verbal noun", "after an adverb in ة"])
def test_a_country_s_name_elsewhere_without_the_article_is_the_country(decide, text):
    assert decide(text).mentions["سورية"].place_id == "cc:SY"
