"""added.transliteration_before_demonym: a name the gazetteer lacks, before a feminine
adjective of a country, is the town or division of that country it sounds like."""

import pytest

RULE = "added.transliteration_before_demonym"


def test_a_name_before_its_country_s_adjective_is_the_town_it_sounds_like(decide):
    text = "شهدت يكاترينبورغ الروسية احتجاجات"
    decided = decide(text).mentions["يكاترينبورغ"]
    assert (decided.rule, decided.place_id) == (RULE, "gn:yekaterinburg")
    assert "يكاترينبورغ" not in decide(text, disable=[RULE]).names()


@pytest.mark.parametrize("text", [
    "وقع الحادث في يكاترينبورغ الروسي",
    "وقع الحادث في يكاترينبورغ الإيرانية",
    "وأعلنت شركة يكاترينبورغ الروسية",
    "وأعلنت شركة التعدين يكاترينبورغ الروسية",
    "وقع الحادث في كوتوفو الروسية",
    "وعاد الفريق من جولته الروسية",
    "وعانى بسبب جذوره التركية",
], ids=["masculine adjective", "another country", "after an organisation's word", "two words after it",
        "a small town", "a noun with a pronoun", "an everyday noun with his"])
def test_no_town_is_read_otherwise(decide, text):
    assert not {name for name, decided in decide(text).mentions.items() if decided.rule == RULE}


def test_a_turkish_town_is_read_with_turkish_letters(decide):
    assert decide("شهدت جيزرة التركية احتجاجات").mentions["جيزرة"][:2] == (RULE, "gn:cizre")
