"""organisation.quoted_after_to: a place's name quoted whole right after the preposition ل is
an outlet's or a company's."""

import pytest

RULE = "organisation.quoted_after_to"
REASON = "an outlet's or a company's name (quoted after «ل»)"


@pytest.mark.parametrize("text", [
    "أوضح لـ«الرياض» المتحدث الرسمي للوزارة",
    "وقال شهود عيان ل \"الرياض\" إن القوات تقدمت",
    "وأكد مصدر مسؤول ولـ«الرياض» أيضا",
], ids=["told with tatweel", "told with a space", "with a conjunction"])
def test_a_place_quoted_after_to_is_an_outlet(decide, text):
    assert decide(text).rejected["الرياض"] == (RULE, None, REASON, "")
    assert decide(text, disable=[RULE]).mentions["الرياض"].place_id == "gn:riyadh"


@pytest.mark.parametrize("text", [
    "وصل الوفد إلى الرياض أمس",  # not quoted
    "سيطر الجيش على مدينة \"الرياض\" أمس",  # quoted after another word
    "وصل الوفد إلى «الرياض» عاصمة المملكة",
], ids=["not quoted", "after a cue word", "after another preposition"])
def test_otherwise_the_place_stays(decide, text):
    assert decide(text).mentions["الرياض"].place_id == "gn:riyadh"
