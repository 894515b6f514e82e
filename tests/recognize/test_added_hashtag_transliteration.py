"""added.hashtag_transliteration: a hashtag that sounds like a town of the document's country is that town."""

RULE = "added.hashtag_transliteration"


def test_a_hashtag_sounding_like_a_town_of_the_document_s_country_is_the_town(decide):
    assert decide("#الخفجي #السعودية").mentions["الخفجي"][:2] == (RULE, "gn:khafji")
    assert "الخفجي" not in decide("#الخفجي #السعودية", disable=[RULE]).names()


def test_with_no_country_named_the_hashtag_is_not_read(decide):
    assert decide("#الخفجي").names() == set()


def test_a_hashtag_with_the_article_sounds_like_no_town_abroad(decide):
    # الميرادور and Elmirador (a made-up town) share their consonants; a name with the Arabic
    # article is Arabic, a foreign name's أل is not the article.
    assert "الميرادور" not in decide("#الميرادور #الولايات_المتحدة").mentions
    assert decide("#ألميرادور #الولايات_المتحدة").mentions["ألميرادور"][:2] == (RULE, "gn:elmirador")
