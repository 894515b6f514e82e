"""added.repeated_cue_name: a name a cue word named is a place wherever else the document repeats it."""

import pytest

RULE = "added.repeated_cue_name"


def test_a_name_a_cue_word_named_is_found_where_it_recurs(decide):
    text = "اندلع حريق في محافظة المخواة. وتحركت فرق الإطفاء من إدارة المخواة"
    decided = decide(text).mentions["المخواة"]  # the second one
    assert (decided.rule, decided.place_id, decided.cue) == (RULE, None, "محافظه")
    assert decide(text, disable=[RULE]).mentions["المخواة"].rule == "added.cue_named"


@pytest.mark.parametrize("text", [
    "أعلنت الدول مقاطعة المونديال ثم عاد الحديث عن المونديال",
    "في بداية ولاية زيهوفر قال زيهوفر إن",
], ids=["a boycott", "a term of office"])
def test_a_cue_with_another_sense_names_nothing_to_repeat(decide, text):
    assert not [name for name, decided in decide(text).mentions.items() if decided.rule == RULE]


def test_a_word_inside_another_is_no_repeat(decide):
    text = "اندلع حريق في محافظة المخواة. وقال المخواتي إن"
    assert [decided.rule for decided in decide(text).mentions.values()] == ["added.cue_named"]
