"""organisation.bank: a place's name right after بنك or مصرف is the bank's name, a country's too."""

import pytest

RULE = "organisation.bank"


@pytest.mark.parametrize(("text", "surface"), [
    ("رجح التحليل الصادر عن بنك قطر الوطني أن تستمر الوفرة", "قطر"),
    ("قال محافظ لبنك الرياض إن الأرباح ارتفعت", "الرياض"),
    ("وقال مصرف قطر المركزي في بيان", "قطر"),
], ids=["a country", "a town with a proclitic", "مصرف"])
def test_a_place_right_after_the_bank_word_is_the_bank_s_name(decide, text, surface):
    assert decide(text).rejected[surface] == (RULE, None, "part of a bank's name (after بنك or مصرف)", "")
    assert decide(text, disable=[RULE]).mentions[surface].rule != RULE


@pytest.mark.parametrize(("text", "surface", "place_id"), [
    ("قال البنك المركزي في قطر إن", "قطر", "cc:QA"),  # after another word
    ("افتتح البنك فرعا في الرياض", "الرياض", "gn:riyadh"),
], ids=["the central bank in", "a branch in"])
def test_otherwise_the_place_stays(decide, text, surface, place_id):
    assert decide(text).mentions[surface].place_id == place_id
