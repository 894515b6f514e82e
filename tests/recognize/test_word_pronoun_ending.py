"""word.pronoun_ending: وجده ("that he found") is no Oujda (وجدة) unless the context marks the place."""

import pytest

RULE = "word.pronoun_ending"


@pytest.mark.parametrize("text", [
    "والشكر على الاهتمام الذي وجده المصابون",
    "توجه إلى مكتب العميد وعندما وجده خاليا أطلق النار",
    "قال إن والده وجده سافرا معه",
], ids=["a relative clause", "after a conjunction", "his grandfather"])
def test_an_everyday_word_with_the_pronoun_is_no_place(decide, text):
    assert decide(text).rejected["وجده"].rule == RULE
    assert decide(text, disable=[RULE]).mentions["وجده"].place_id == "gn:oujda"


@pytest.mark.parametrize("text", [
    "عقد الاجتماع في وجده أمس",
    "عاد الوفد قادما من وجده",
    "وصل الوفد إلى مدينة وجده",
    "وجده - قال مسؤولون إن الأمطار غزيرة",
    "زار الوفد وجده، وقالت حكومة المغرب إن الزيارة ناجحة",
    "نظمت الجامعة بوجده ندوة",
], ids=["after in", "after from", "after a cue word", "a dateline", "its country in the document", "with bi"])
def test_the_place_stays_where_the_context_marks_it(decide, text):
    assert decide(text).mentions["وجده"].place_id == "gn:oujda"


@pytest.mark.parametrize("text", [
    "زار الوفد وجدة أمس",
    "وجدة - قال مسؤولون إن الأمطار غزيرة",
], ids=["inside a sentence", "a dateline"])
def test_a_name_written_with_its_feminine_ending_is_left_to_the_other_rules(decide, text):
    assert decide(text).mentions["وجدة"].place_id == "gn:oujda"


@pytest.mark.parametrize("text", [
    "هل كان لاسمه دور في ميله للموسيقى؟",
    "قال إن ميله إلى الموسيقى بدأ في الجزائر",
], ids=["after in", "its country in the document"])
def test_a_minor_place_s_name_is_the_word_but_after_a_cue_word(decide, text):
    assert decide(text).rejected["ميله"].rule == RULE
    assert decide("زار الوفد مدينة ميله الجزائرية").mentions["ميله"].place_id == "gn:mila"


def test_a_minor_place_s_name_stays_in_a_list_beside_a_compatriot(parse):
    assert [m.place.place_id for m in parse("أمطر سماء صنعاء وصعده بنيران الطائرات")] == ["gn:71137", "adm1:YE:Sa'dah"]
