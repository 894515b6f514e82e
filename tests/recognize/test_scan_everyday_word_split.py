"""scan.everyday_word_split: an everyday word is not a proclitic and a town's name."""

RULE = "scan.everyday_word_split"


def test_an_everyday_word_is_not_split(decide):
    assert decide("زار ولاية كبيرة").names() == set()  # و + لاية (Lae)


def test_the_town_s_name_alone_stands(decide):
    assert decide("زار لاية في بابوا غينيا الجديدة").mentions["لاية"].place_id == "gn:lae"


def test_switched_off_the_word_is_split(decide):
    assert "لاية" in decide("زار ولاية كبيرة", disable=[RULE]).names()
