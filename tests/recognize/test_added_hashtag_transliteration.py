"""added.hashtag_transliteration: a hashtag that sounds like a town of the document's Arab country is that town."""

import pytest

RULE = "added.hashtag_transliteration"


def test_a_hashtag_sounding_like_a_town_of_the_document_s_country_is_the_town(decide):
    assert decide("#الخفجي #السعودية").mentions["الخفجي"][:2] == (RULE, "gn:khafji")
    assert "الخفجي" not in decide("#الخفجي #السعودية", disable=[RULE]).names()


def test_with_no_country_named_the_hashtag_is_not_read(decide):
    assert decide("#الخفجي").names() == set()


@pytest.mark.parametrize("text", ["#الميرادور #الولايات_المتحدة", "#ألميرادور #الولايات_المتحدة"],
                         ids=["with the article", "a foreign name's al"])
def test_a_hashtag_sounds_like_no_town_abroad(decide, text):
    # الميرادور and Elmirador (a made-up town) share their consonants; in the news a foreign-
    # sounding hashtag is a person's, a company's or an event's (إيمانويل #ماكرون).
    assert set(decide(text).mentions) == {"الولايات_المتحدة"}
