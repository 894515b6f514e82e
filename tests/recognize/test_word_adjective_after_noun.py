"""word.adjective_after_noun: مالي after an indefinite noun is "financial", not Mali."""

import pytest

RULE = "word.adjective_after_noun"


@pytest.mark.parametrize("text", [
    "سرق مجهولون مبلغ مالي قدره ألف دينار",
    "حصلت البحرين على دعم مالي بقيمة عشرة مليارات",
    "فتح تحقيق إداري ومالي في المعهد",
    "قال محلل مالي في البنك إن الأسعار سترتفع",
    "سلمه بمبلغ مالي هام",
], ids=["a sum", "support", "after another adjective", "an analyst", "noun with a proclitic"])
def test_after_an_indefinite_noun_it_is_the_adjective(decide, text):
    assert decide(text).rejected["مالي"].rule == RULE
    assert decide(text, disable=[RULE]).mentions["مالي"].place_id == "cc:ML"


@pytest.mark.parametrize("text", [
    "وقع هجوم في مالي أمس",
    "قتل جنديان في شمال مالي",
    "طالبت المجموعة حكومات مالي والنيجر بحماية المدنيين",
    "يتنقل الشبان بين النيجر ومالي",
    "وصل الوزير إلى باماكو عاصمة مالي",
    "قتل ثلاثة بوسط مالي",
    "دعت مالي إلى الحوار",
    "وقعت مالي اتفاقا",
    "المنطقة التي تلتقي فيها مالي والنيجر",
    "يزور مالي وفد رفيع",
    "قال رئيس وزراء مالي إن الحوار مستمر",
    "وقع الاتفاق بين جيبوتي ومالي",
], ids=["after a preposition", "after a direction", "after a head noun", "beside a country", "after a cue",
        "direction with a proclitic", "after a verb", "sentence subject after a verb", "after a pronoun",
        "after a present verb", "after ministers", "after a place without the article"])
def test_elsewhere_it_is_the_country(decide, text):
    assert decide(text).mentions["مالي"].place_id == "cc:ML"
