"""word.nationality_adjective: السعودية after a definite noun is "Saudi", not Saudi Arabia."""

import pytest

RULE = "word.nationality_adjective"


@pytest.mark.parametrize("text", [
    "قالت الحكومة السعودية إن المحادثات مستمرة",
    "وصلت ناقلة النفط السعودية إلى الميناء",
    "تطورت الكرة السعودية كثيرا",
], ids=["government", "tanker", "football"])
def test_after_a_definite_noun_it_is_the_adjective(decide, text):
    assert decide(text).rejected["السعودية"].rule == RULE
    assert decide(text, disable=[RULE]).mentions["السعودية"][:2] == ("scan.gazetteer", "cc:SA")


@pytest.mark.parametrize("text", [
    "وصل الوزير إلى السعودية أمس",  # folded, إلى starts like an article
    "عادت السعودية إلى المفاوضات",
    "الإمارات والسعودية ومصر",
    "Saudi Arabia and Egypt",
], ids=["after a preposition", "after a verb", "in a list", "english"])
def test_elsewhere_it_is_the_country(decide, text):
    surface = "Saudi Arabia" if text.isascii() else "السعودية"
    assert decide(text).mentions[surface].place_id == "cc:SA"
