"""scan.final_hamza: a one-word name the text ends with ئ is a word (فوجئ, not فوجي)."""

import pytest

RULE = "scan.final_hamza"


def test_a_word_with_a_final_hamza_is_no_place(decide):
    assert decide("فوجئ اللاعب بقرار الحكم").names() == set()
    assert decide("فوجئ اللاعب بقرار الحكم", disable=[RULE]).mentions["فوجئ"].place_id == "gn:fuji"


@pytest.mark.parametrize(("text", "surface"), [
    ("زار الوفد مدينة فوجي", "فوجي"),
    ("عبرت السفينة المحيط الهادئ", "المحيط الهادئ"),
    ("زار الوفد مادورائ", "مادورائ"),
], ids=["the name as written", "a final hamza inside a longer name", "the gazetteer's own spelling"])
def test_names_stay(decide, text, surface):
    assert surface in decide(text).mentions
