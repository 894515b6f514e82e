"""organisation.quoted_region: a world region's name that a quotation holds whole is an organisation's."""

import pytest

RULE = "organisation.quoted_region"


@pytest.mark.parametrize("text", [
    "وقال مصدر أمني لـ«الشرق الأوسط» إن القوات تقدمت",
    "* نقلا عن \"الشرق الأوسط\"",
    "He told \"Middle East\" on Monday.",
], ids=["guillemets", "straight quotes", "english"])
def test_a_region_quoted_whole_is_an_organisation(decide, text):
    surface = "Middle East" if text.isascii() else "الشرق الأوسط"
    assert decide(text).rejected[surface] == (RULE, None, "an organisation's name (a region's name, quoted whole)", "")
    # (After لـ and نقلا عن, organisation.quoted_after_to and organisation.quoted_news_source would take it too.)
    without = decide(text, disable=[RULE, "organisation.quoted_after_to", "organisation.quoted_news_source"])
    assert without.mentions[surface].place_id == "alias:middle-east"


@pytest.mark.parametrize(("text", "surface", "place_id"), [
    ("تتصاعد التوترات في الشرق الأوسط منذ أسابيع", "الشرق الأوسط", "alias:middle-east"),  # not quoted
    ("وصف «الشرق الأوسط الجديد» بأنه وهم", "الشرق الأوسط", "alias:middle-east"),  # a part of the quotation
    ("سيطر الجيش على مدينة \"الرياض\" أمس", "الرياض", "gn:riyadh"),  # a town quoted stays the town
    ("انضم إلى \"روسيا\" في الاتفاق", "روسيا", "cc:RU"),  # and a country the country
], ids=["bare", "part of a quotation", "town", "country"])
def test_otherwise_the_place_stays(decide, text, surface, place_id):
    assert decide(text).mentions[surface].place_id == place_id
