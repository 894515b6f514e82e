"""geo.gazetteer.variants: Arabic spellings of notable foreign names that the sources lack,
and English "St." for "Saint"."""

from __future__ import annotations

import pytest

from geo.gazetteer import PRIMARY, unpack
from geo.gazetteer.variants import spelling_variants
from geo.text import fold_name


def place_ids(gazetteer, name: str) -> set[str]:
    return {gazetteer.place_rows[index].place_id for index, _ in map(unpack, gazetteer.lookup(fold_name(name))[1])}


@pytest.mark.parametrize(("name", "variant"), [
    ("تايلاند", "تايلند"),  # a long vowel dropped
    ("كاراكاس", "كراكاس"),
    ("بنغلاديش", "بنغلادش"),  # before a last consonant too
    ("الدانمرك", "الدانمارك"),  # added, after the article
    ("اورغواي", "اوروغواي"),
    ("هامبورغ", "هامبورج"),  # the hard g
    ("جوهانسبرج", "جوهانسبرغ"),
    ("سانت بطرسبرغ", "سانت بطرسبورغ"),  # in one word of several
    ("سانت بطرسبرغ", "سان بطرسبرغ"),  # "Saint" written either way
    ("كارولاينا الشمالية", "كارولينا الشمالية"),  # "ai" written اي or ي
    ("ستوكهولم", "استوكهولم"),  # an alif before an opening "st"
    ("كويته", "كويتا"),  # a closing "a" written ة or ا
])
def test_a_name_gives_the_spellings_the_news_uses(name, variant):
    assert fold_name(variant) in spelling_variants(fold_name(name))


@pytest.mark.parametrize(("name", "not_a_variant", "why"), [
    ("السعوديه", "السعوده", "a long vowel before an ending"),
    ("فرنسا", "فرنسيا", "a long vowel beside another"),
    ("البحرين", "البحريين", "a long vowel beside another"),
    ("غينيا", "جينيا", "a first letter"),
    ("تايلاند", "اتايلاند", "a first letter"),
    ("تايلاند", "تايلان", "a last letter"),
    ("اكرا", "اكيرا", "a word of four letters"),
    ("سيدني", "اسيدني", "an alif before س and a vowel"),
    ("اسمره", "سمره", "an opening alif is never dropped: Asmara's is a vowel"),
    ("نور سلطان", "نور اسلطان", "an alif before the opening word only"),
    ("ادانا", "ادانه", "a closing alif is not written ة: إدانة is 'condemnation', not Adana"),
])
def test_what_a_name_does_not_give(name, not_a_variant, why):
    assert fold_name(not_a_variant) not in spelling_variants(fold_name(name)), why


@pytest.mark.parametrize(("variant", "place_id"), [
    ("تايلند", "cc:TH"),
    ("أوروغواي", "cc:UY"),
    ("الدانمارك", "cc:DK"),
    ("نيوزلندا", "cc:NZ"),
    ("شنغهاي", "gn:1796236"),
    ("هامبورج", "gn:2911298"),
    ("كراكاس", "gn:3646738"),
    ("سان بطرسبرغ", "gn:498817"),
    ("نورث كارولينا", "adm1:US:North Carolina"),  # the compass word transliterated
    ("ساوث كارولاينا", "adm1:US:South Carolina"),
    ("وست فرجينيا", "adm1:US:West Virginia"),
    ("نيو جيرسي", "adm1:US:New Jersey"),  # "New" spaced: نيوجيرسي in GeoNames and CLDR
    ("نيو مكسيكو", "adm1:US:New Mexico"),
    ("نيو زيلندا", "cc:NZ"),
    ("كويتا", "gn:1167528"),  # GeoNames: كويته
    ("St. Cloud", "gn:5044407"),  # GeoNames: Saint Cloud, Minnesota
    ("Saint Louis", "gn:4407066"),  # GeoNames: St. Louis, Missouri
])
def test_a_variant_leads_to_its_place(gazetteer, variant, place_id):
    assert place_id in place_ids(gazetteer, variant)


@pytest.mark.parametrize(("word", "place_id", "why"), [
    ("السعوده", "cc:SA", "an Arab country's name is Arabic: Saudization"),
    ("هاملتون", "gn:3573197", "a given name's place: Lewis Hamilton"),
    ("انغيلا", "cc:AI", "a small country: Angela"),
    ("جينيا", "cc:GN", "'genetically'"),
    ("بيانها", "gn:1587923", "a long vowel among the last letters: 'its statement', not Biên Hòa"),
    ("أكيرا", "gn:2306104", "a four-letter name: Akira, not Accra"),
    ("مارغوت", "gn:3578851", "a small capital's: Margot, not Marigot"),
])
def test_no_variant_where_it_would_be_a_word_or_a_person(gazetteer, word, place_id, why):
    assert place_id not in place_ids(gazetteer, word), why


def test_a_spaced_new_form_has_its_run_on_form_s_flags_and_leaves_a_known_one_alone(gazetteer):
    assert gazetteer.places_named(fold_name("نيو يورك")) == gazetteer.places_named(fold_name("نيويورك"))
    newcastle = next(i for i, row in enumerate(gazetteer.place_rows) if row.place_id == "gn:2155472")
    assert not gazetteer.places_named(fold_name("نيو كاسل"))[newcastle] & PRIMARY  # GeoNames' foreign variant


@pytest.mark.parametrize(("text", "place_ids"), [
    ("وصل الوفد إلى تايلند", ["cc:TH"]),
    ("فاز منتخب الكامرون على أوروغواي وبنغلادش", ["cc:CM", "cc:UY", "cc:BD"]),  # with proclitics too
])
def test_variants_are_found_in_text(parse, text, place_ids):
    assert [mention.place.place_id for mention in parse(text)] == place_ids


@pytest.mark.parametrize(("text", "place_id"), [
    ("He was taken to St. Cloud Hospital.", "gn:5044407"),
    ("The plant in St. Paul closed.", "gn:5045360"),  # Minnesota's capital, a primary name now
])
def test_english_saint_forms_are_found_in_text(parse, text, place_id):
    assert [mention.place.place_id for mention in parse(text)] == [place_id]
