"""scan.everyday_word_split: an everyday word is not a proclitic and a town's name."""

RULE = "scan.everyday_word_split"


def test_an_everyday_word_is_not_split(decide):
    assert decide("زار ولاية كبيرة").names() == set()  # و + لاية (Lae)


def test_the_town_s_name_alone_stands(decide):
    assert decide("زار لاية في بابوا غينيا الجديدة").mentions["لاية"].place_id == "gn:lae"


def test_switched_off_the_word_is_split(decide):
    assert "لاية" in decide("زار ولاية كبيرة", disable=[RULE]).names()


def test_a_word_more_frequent_whole_than_the_town_in_it_is_not_split(parse):
    assert parse("قال بلاتر إن الفيفا ستقرر") == []  # Blatter, not ب + لاتر (Latur)


def test_a_name_after_its_proclitic_is_still_split(parse):
    assert [m.place.place_id for m in parse("وصل الوفد بموسكو وكمبالا")] == ["gn:524901", "gn:232422"]


def test_a_foreign_given_name_is_not_split(parse):
    assert parse("قال كلاوس شواب مؤسس المنتدى") == []  # Klaus, not ك + Laos
    assert [m.place.place_id for m in parse("وصل الوفد إلى لاوس")] == ["cc:LA"]


def test_a_frequent_word_with_the_accusative_alif_is_not_split(parse):
    # مجلسا وزاريا, "a ministerial council": وزاري with the indefinite accusative's alif, no و + Zaria.
    assert parse("عقدت الحكومة مجلسا وزاريا أمس") == []
    assert [m.place.place_id for m in parse("وصل الوفد إلى زاريا في نيجيريا")][:1] == ["gn:2317765"]
