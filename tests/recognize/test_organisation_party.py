"""organisation.party: a country's name in the name of a party named after it is no place."""

import pytest

RULE = "organisation.party"


@pytest.mark.parametrize("text", [
    "وفاز حزب نداء تونس في الانتخابات التشريعية",
    'قال ناشطون إن جماعة "نداء تونس" جاؤوا للمحكمة',
    "وانضم النائب لنداء تونس",
    "وأعلن حزب آفاق تونس انسحابه",
], ids=["party", "quoted party", "party with a proclitic", "another party"])
def test_a_party_s_country_is_no_place(decide, text):
    assert decide(text).rejected["تونس"].rule == RULE
    assert decide(text, disable=[RULE]).mentions["تونس"].place_id == "cc:TN"


@pytest.mark.parametrize("text", [
    "سيطرت هيئة تحرير الشام على البلدة", "وقالت حركة أحرار الشام في بيان", "مقاتلو جبهة فتح الشام",
], ids=["Hayat Tahrir al-Sham", "Ahrar al-Sham", "Jabhat Fateh al-Sham"])
def test_the_levant_in_an_armed_group_s_name_is_no_place(decide, text):
    assert decide(text).rejected["الشام"].rule == RULE
    assert decide(text, disable=[RULE]).mentions["الشام"].place_id == "alias:levant"


@pytest.mark.parametrize("text", [
    "قال قائد فيلق القدس في الحرس الثوري", "وأعلنت سرايا القدس مسؤوليتها", "زار قائد لفيلق القدس دمشق",
], ids=["Quds Force", "Al-Quds Brigades", "with a proclitic"])
def test_jerusalem_in_an_armed_group_s_name_is_no_place(decide, text):
    assert decide(text).rejected["القدس"].rule == RULE
    assert decide(text, disable=[RULE]).mentions["القدس"].place_id == "gn:jerusalem"


def test_jerusalem_stays_the_city_after_other_words(decide):
    assert decide("نقلت السفارة إلى القدس ويوم القدس").mentions["القدس"].place_id == "gn:jerusalem"


@pytest.mark.parametrize("text", [
    "سيطرت قوات سوريا الديمقراطية على البلدة",
    "وأعلن مجلس سوريا الديموقراطية السبت",
    "وتقدمت لقوات سوريا الديمقراطية",
    'بعد تطهير قوات " سوريا الديمقراطية " للبلدة',
], ids=["the forces", "the council, another spelling", "with a proclitic", "quoted"])
def test_a_country_in_a_name_that_goes_on_with_an_adjective_is_no_place(decide, text):
    assert decide(text).rejected["سوريا"].rule == RULE
    assert decide(text, disable=[RULE]).mentions["سوريا"].place_id == "cc:SY"


@pytest.mark.parametrize(("text", "surface"), [
    ("ووجه الرئيس نداء إلى تونس", "تونس"),
    ("انسحبت قوات سوريا من البلدة", "سوريا"),
    ("نريد بناء سوريا الديمقراطية التعددية", "سوريا"),
    ("وصل الوفد إلى بلاد الشام", "بلاد الشام"),
    ("وصل الرئيس إلى تونس أمس", "تونس"),
    ("وأكد أن مشروع إيران في المنطقة فشل", "إيران"),
], ids=["the word apart", "the forces without the adjective", "the adjective without the forces", "the region elsewhere",
        "no party", "the same word before another country"])
def test_the_country_stays_outside_a_party_s_name(decide, text, surface):
    assert surface in decide(text).mentions
