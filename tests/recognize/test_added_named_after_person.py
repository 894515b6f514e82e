"""added.named_after_person: after a naming cue, a given name and a family name name a place."""

RULE = "added.named_after_person"


def test_a_given_and_a_family_name_after_a_cue_word_name_a_place(decide):
    assert decide("زار منطقة صباح الأحمد").mentions["صباح الأحمد"].rule == RULE
    assert decide("زار منطقة صباح الأحمد", disable=[RULE]).names() == set()


def test_without_a_family_name_nothing_is_named(decide):
    assert decide("زار منطقة صباح جميلة").names() == set()


def test_a_verb_with_its_pronoun_is_no_given_name(parse):
    # يخسرها sounds like a given name in the full index; "the fourth province the Houthis lose".
    text = "وهي رابع محافظة يخسرها الحوثيون في الجنوب بعد عدن"
    assert [m.surface for m in parse(text)] == ["عدن"]
