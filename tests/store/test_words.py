"""The word index: what a sentence is found by, and the ids that join it to its mentions."""

from __future__ import annotations

import re

import pytest

from geo.store.words import indexable, indexed_words, search_words, sentence_id, word_pattern
from geo.text import fold


@pytest.mark.parametrize(
    ("sentence", "found", "not_found"),
    [
        ("وصلت القوات إلى المطار", {"القوات", "قوات", "المطار", "مطار", "وصلت"}, {"إلى", "الى", "طار"}),
        ("Protesters gathered in Almaty's main square", {"protesters", "almaty", "square"}, {"in", "the"}),
        ("بالمطار وللمطار", {"بالمطار", "مطار", "المطار", "للمطار"}, set()),
    ],
)
def test_a_sentence_is_indexed_by_its_words_with_and_without_proclitics(sentence, found, not_found):
    words = indexed_words(fold(sentence))
    assert {fold(w) for w in found} <= words
    assert not {fold(w) for w in not_found} & words


def test_a_search_is_folded_and_each_word_counted_once():
    assert search_words("  إسرائيل  اسرائيل Gaza gaza ") == (fold("اسرائيل"), "gaza")
    assert indexable(("مطار", "gaza")) and not indexable(("في",)) and not indexable(("x",))


@pytest.mark.parametrize(
    ("word", "text", "matches"),
    [("في", "وفي مدينة", True), ("في", "الفيل", False), ("in", "rain in paris", True), ("in", "rain", False)],
)
def test_a_word_the_index_lacks_is_matched_whole_with_its_proclitics(word, text, matches):
    # RE2's \pL is Python regex's [^\W\d_]: the same pattern, read by Python's re for the test.
    pattern = word_pattern(fold(word)).replace(r"\pL\pN", r"\w")
    assert bool(re.search(pattern, fold(text))) is matches


def test_a_sentence_id_is_stable_and_tells_sentences_apart():
    assert sentence_id("doc-1", 40) == sentence_id("doc-1", 40)
    assert len({sentence_id(f"doc-{d}", s) for d in range(200) for s in range(0, 2000, 40)}) == 200 * 50
