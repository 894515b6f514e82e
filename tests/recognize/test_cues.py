"""geo.recognize.cues: a dual cue word is a cue only where it names two places (pair_duals); the capital's cue
reaches past its adjective (names_past_capital_adjectives)."""

import pytest

from geo.recognize.cues import names_past_capital_adjectives, pair_duals
from geo.recognize.keywords import Cue, keywords_in
from geo.recognize.lexicon import Lexicon
from geo.text import fold


def _paired(tiny_gazetteer, text):
    folded = fold(text)
    return folded, pair_duals(folded, keywords_in(folded).duals, Lexicon(tiny_gazetteer))


@pytest.mark.parametrize(("text", "second"), [
    ("في محافظتي حماة وحلب", "حلب"),
    ("وتشهد محافظتا حماة و اللاذقية هدوءا", "اللاذقية"),
    ("في منطقتي دار سعد والعلم", "العلم"),
    ("محافظتا «الوجه» و»ضباء»", "ضباء"),
    ("في محافظتي حجة، وصعدة", "صعدة"),
    ("في منطقتي وادي الضيف والحامدية", "الحامدية"),
    ("في محافظتي حماة وسط البلاد وحلب", "حلب"),
    ("في مدينتي دوما وزير وحلب", "حلب"),
    ("في منطقتي ميدان التحرير وحماة", "حماة"),
    ("سيطرت على ميناءي الحريقة والسدرة", "السدرة"),
    ("عبر معبري ملولة والببوش", "الببوش"),
], ids=["joined", "nominative, spaced", "two-word first name", "quoted", "after a comma", "first name with و",
        "centre of", "an everyday word with و", "a first name beginning with an everyday word", "two ports",
        "two crossings"])
def test_a_dual_names_the_second_name_after_its_wa(tiny_gazetteer, text, second):
    folded, (named, second_names) = _paired(tiny_gazetteer, text)
    (dual,) = named.values()
    start = folded.index(fold(second))
    assert second_names == {start: Cue(dual.stem, start, False)}


@pytest.mark.parametrize("text", [
    "ونقلت الوكالة على لسان علي أكبر ولايتي قوله: إن القضية",
    "وقال علي أكبر ولايتي إن حماة وحلب تقفان معا",
    "زار مدينتي حماة الجديدة. وحلب جميلة",
    "زار مدينتي حماة الجديدة؛ وحلب جميلة",
    "زار مدينتي الجميلة الكبيرة الهادئة القديمة وحدها",
    "زار بلدتي دوما\nوحلب",
    "ولد في قريتي الكبيرة وحماة",
    "بنى مطارا عسكريا وحماة",
], ids=["a colon ends the clause", "a function word after it", "a full stop", "an Arabic semicolon",
        "beyond four words", "a new line", "an adjective after it", "an indefinite accusative"])
def test_a_dual_without_two_names_is_no_cue(tiny_gazetteer, text):
    assert _paired(tiny_gazetteer, text) == (fold(text), ({}, {}))


@pytest.mark.parametrize(("text", "name"), [
    ("في العاصمة التونسية تونس", "تونس"),
    ("في العاصمة الاقتصادية الدار البيضاء", "الدار البيضاء"),
    ('بالعاصمة الكتالونية "برشلونة"', "برشلونة"),
    ("في عاصمة البلاد السورية دمشق", None),
    ("في العاصمة الدوحة أمس", None),
    ("في العاصمة المقدسة وأن تكون", None),
    ("في العاصمة الروسية، موسكو", None),
], ids=["a country's adjective", "an adjective of its role", "quoted name", "not right after the cue",
        "a place's name, no adjective", "a word of grammar after it", "a comma after it"])
def test_the_capital_s_cue_marks_the_name_after_its_adjective(tiny_gazetteer, text, name):
    folded = fold(text)
    found = names_past_capital_adjectives(folded, keywords_in(folded).cues, tiny_gazetteer)
    assert list(found) == ([folded.rindex(fold(name))] if name else [])
