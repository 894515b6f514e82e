"""geo.proclitics: Arabic proclitics and word boundaries on folded text."""

from __future__ import annotations

import pytest

from geo import proclitics
from geo.text import fold


def test_the_prefix_sets_a_name_may_follow_in_its_word():
    assert {"", "و", "ب", "ول", "فك"} <= proclitics.BARE_NAME_PREFIXES
    assert "ل" not in proclitics.ARTICLE_NAME_PREFIXES  # ل + ال is written لل
    assert proclitics.ARTICLE_DROPPED_PREFIXES == {"لل", "ولل", "فلل"}
    assert {"ال", "بال", "لل"} <= proclitics.WORD_PREFIXES


@pytest.mark.parametrize(("word", "expected"), [
    ("المنطقه", "منطقه"), ("وبالمنطقه", "منطقه"), ("للمنطقه", "منطقه"), ("اللواء", "لواء"), ("كالعاده", "عاده"),
    ("منطقه", "منطقه"), ("لبنان", "لبنان"),
], ids=["article", "conjunction and preposition", "ll", "article before lam", "ka", "none", "lam of a word"])
def test_a_word_without_its_article(word, expected):
    assert proclitics.without_article(word) == expected


def test_every_form_of_a_word_with_its_proclitics_and_article():
    forms = proclitics.with_proclitics("رئيس")
    assert {"رييس", "الرييس", "والرييس", "للرييس", "برييس", "فبالرييس"} <= forms
    assert len(forms) == 3 * 4 * 2 + 3


@pytest.mark.parametrize(("prefix", "letter", "expected"), [
    ("وب", "م", True), ("لل", "ق", True), ("كت", "م", False), ("موسكوو", "و", True), ("و", "p", False),
], ids=["proclitics", "ll", "a word's letters", "a name and waw before", "latin"])
def test_what_may_stand_before_a_name_in_its_word(prefix, letter, expected):
    assert proclitics.may_follow(prefix, letter) is expected


def test_words_around_an_offset():
    folded = fold("قال إن وفد روسيا، وصل")
    start = folded.index("روسيا")
    assert proclitics.word_before(folded, start) == ("وفد", " ")
    assert proclitics.word_after(folded, start + len("روسيا")) == ("وصل", "، ")
    assert proclitics.word_start(folded, start + 2) == start
    assert proclitics.word_end(folded, start + 2) == start + len("روسيا")
    assert proclitics.prefix_before(folded, folded.index("فد")) == "و"


@pytest.mark.parametrize(("text", "expected"), [
    ("قال وفد روسيا", "وفد"), ("مانشستر سيتي.\nوقال تيتي", "وقال"), ("قال  تيتي", ""), ("قال،تيتي", ""),
], ids=["one space", "a line before", "two spaces", "no space"])
def test_the_word_right_before_a_name(text, expected):
    folded = fold(text)
    assert proclitics.word_right_before(folded, len(folded) - len(fold(text.split()[-1].split("،")[-1]))) == expected


def test_words_with_their_conjunctions():
    assert proclitics.with_conjunctions(fold("قال في").split()) == set(fold("قال وقال فقال في وفي ففي").split())
