"""geo.arabic: one definition each of Arabic characters, letters, the other languages' letters,
and text direction."""

from __future__ import annotations

import pytest

from geo import arabic, corpus
from geo.app import view
from geo.text import is_arabic as is_arabic_from_text


@pytest.mark.parametrize(("text", "expected"), [
    ("القاهرة", True), ("Cairo", False), ("٣", True), ("shokhaibٍ", True), ("aݣadyr", False), ("", False),
], ids=["letters", "latin", "arabic digit", "a mark in the block", "a letter beyond the block", "empty"])
def test_an_arabic_character_is_one_of_the_arabic_block(text, expected):
    assert arabic.is_arabic(text) is expected
    assert is_arabic_from_text is arabic.is_arabic


@pytest.mark.parametrize(("text", "letters"), [
    ("القاهرة", "القاهرة"), ("مصرَ ١٢٣، ؟", "مصر"), ("aݣadyr", "ݣ"), ("ﻻ", "ﻻ"),
], ids=["word", "no marks, digits or punctuation", "supplement", "presentation form"])
def test_an_arabic_letter_is_a_letter_of_the_script_in_any_block(text, letters):
    assert "".join(arabic.ARABIC_LETTERS.findall(text)) == letters


@pytest.mark.parametrize(("name", "expected"), [("وین", True), ("رىم", True), ("بيروت", False), ("مصطفى", False)],
                         ids=["persian yeh", "inner dotless yeh", "arabic", "final alef maqsura"])
def test_the_letters_of_the_other_languages_of_the_script(name, expected):
    assert arabic.in_another_languages_letters(name) is expected


@pytest.mark.parametrize(("text", "direction"), [
    ("سيطر المتظاهرون على مطار ألما أتا", "rtl"), ("Rain flooded Houston", "ltr"),
    ("قال رئيس الوزراء لوكالة Reuters", "rtl"), ("Cairo القاهرة", "rtl"), ("", "ltr"), ("١٢٣ abc", "ltr"),
])
def test_the_direction_is_right_to_left_when_arabic_letters_outnumber_the_others(text, direction):
    assert arabic.text_direction(text) == direction
    assert view.text_direction is arabic.text_direction
    assert corpus.detect_lang(text or "x") == ("ar" if direction == "rtl" else "en")


@pytest.mark.parametrize(("word", "expected"), [
    ("يقطنها", True), ("تفرضها", True), ("ادرجتها", True), ("مدينتهم", True), ("يزورهما", True),
    ("نجها", False), ("بنها", False), ("تنومه", False), ("طنطا", False),
], ids=["imperfect", "imperfect, she", "perfect, she", "feminine noun", "them two",
        "short stem", "no verb's prefix", "another ending", "no pronoun"])
def test_a_verb_or_feminine_noun_with_an_attached_pronoun(word, expected):
    assert arabic.is_verb_or_noun_with_pronoun(word) is expected
