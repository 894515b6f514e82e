"""organisation.qaeda_branch: a region's name right after القاعدة في that names one of al-Qaeda's
branches is the branch's."""

import pytest

RULE = "organisation.qaeda_branch"


@pytest.mark.parametrize("text", [
    "أعلن تنظيم القاعدة في بلاد الشام مسؤوليته",
    "قاتلت القوات عناصر بالقاعدة في بلاد الشام أمس",
], ids=["the group", "with a proclitic"])
def test_a_branch_s_region_is_part_of_its_name(decide, text):
    assert decide(text).rejected["بلاد الشام"] == (
        RULE, None, "part of an al-Qaeda branch's name (its region after «القاعدة في»)", "")
    assert decide(text, disable=[RULE]).mentions["بلاد الشام"].place_id == "alias:levant"


@pytest.mark.parametrize(("text", "surface", "place_id"), [
    ("قال قادة القاعدة في الشرق الأوسط إن", "الشرق الأوسط", "alias:middle-east"),
    ("قاتل فرع القاعدة في سوريا أمس", "سوريا", "cc:SY"),
    ("انتشرت الفوضى في بلاد الشام أمس", "بلاد الشام", "alias:levant"),
], ids=["another region", "a country", "no al-Qaeda"])
def test_otherwise_the_place_stays(decide, text, surface, place_id):
    assert decide(text).mentions[surface].place_id == place_id
