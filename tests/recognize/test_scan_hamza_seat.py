"""scan.hamza_seat: a two-letter Arabic name is the place only where the text writes its first letter as the place's name does."""

import pytest

RULE = "scan.hamza_seat"


@pytest.mark.parametrize("text", ["وصل الوفد إلى إب", "قصفت الطائرات مواقع في إب وتعز"], ids=["alone", "in a list"])
def test_written_with_its_own_hamza_seat_the_name_is_the_place(decide, text):
    assert decide(text).mentions["إب"].place_id == "gn:ibb"


@pytest.mark.parametrize(("text", "surface"), [("قتل أب في الحادث", "أب"), ("وصل اب إلى البيت", "اب")],
                         ids=["a father", "without a hamza"])
def test_written_otherwise_the_word_is_no_place(decide, text, surface):
    assert surface not in decide(text).names()
    assert decide(text, disable=[RULE]).mentions[surface].place_id == "gn:ibb"
