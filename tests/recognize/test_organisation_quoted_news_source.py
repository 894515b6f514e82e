"""organisation.quoted_news_source: a place's name quoted whole after a reporter's verb, عبر or
نقلا عن is a news outlet's."""

import pytest

RULE = "organisation.quoted_news_source"


@pytest.mark.parametrize(("text", "reason"), [
    ("علمت \"الرياض\" أن الوزارة تدرس القرار", "a news outlet's name (quoted after a reporter's word)"),
    ("أجرت «الرياض» اتصالا بالمتحدث الرسمي", "a news outlet's name (quoted after a reporter's word)"),
    ("بعد عرض مشكلتهم عبر «الرياض» تغير القرار", "a news outlet's name (quoted after a reporter's word)"),
    ("* نقلا عن \"الرياض\" السعودية", "a news outlet's name (quoted after «نقلا عن»)"),
    ("* نقلاً عن «الرياض» السعودية", "a news outlet's name (quoted after «نقلا عن»)"),
], ids=["learned", "made a call", "through", "quoting", "quoting with tanween"])
def test_a_place_quoted_after_a_reporter_s_word_is_an_outlet(decide, text, reason):
    assert decide(text).rejected["الرياض"] == (RULE, None, reason, "")
    assert decide(text, disable=[RULE]).mentions["الرياض"].place_id == "gn:riyadh"


@pytest.mark.parametrize("text", [
    "علمت الرياض أن واشنطن تدرس القرار",  # not quoted: the government
    "مر الموكب عبر الرياض أمس",
    "تحدث الوزير عن «الرياض» طويلا",  # عن without نقلا
], ids=["not quoted", "through, not quoted", "about"])
def test_otherwise_the_place_stays(decide, text):
    assert decide(text).mentions["الرياض"].place_id == "gn:riyadh"
