"""organisation.company: a town's or region's name right after شركة, or after a company's آند, is the company's name."""

import pytest

RULE = "organisation.company"


@pytest.mark.parametrize("text", ["أعلنت شركة الرياض للتعمير عن مشروع", "وقال متحدث باسم لشركة الرياض للتعمير",
                                  "خفضت وكالة ستاندرد آند الرياض من التصنيف"],
                         ids=["شركة", "with a proclitic", "the and of a company's name"])
def test_a_town_right_after_the_company_word_is_the_company_s_name(decide, text):
    # ستاندرد آند بورز: Standard & Poor's, not Bourges.
    assert decide(text).rejected["الرياض"] == (RULE, None, "part of a company's name (after شركة or آند)", "")
    assert decide(text, disable=[RULE]).of("الرياض").rule != RULE


@pytest.mark.parametrize(("text", "surface", "place_id"), [
    ("قررت شركة مصر للطيران تسيير رحلات خاصة", "مصر", "cc:EG"),  # a country stays
    ("افتتحت شركة فرعا في الرياض", "الرياض", "gn:riyadh"),  # a place after another word
], ids=["country", "elsewhere"])
def test_otherwise_the_place_stays(decide, text, surface, place_id):
    assert decide(text).mentions[surface].place_id == place_id
