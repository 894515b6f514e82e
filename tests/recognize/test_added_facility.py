"""added.facility: a facility word and the name after it are one landmark."""

RULE = "added.facility"


def test_a_facility_and_its_name_are_a_landmark(decide):
    decided = decide("زار مستشفى الملك خالد").mentions["مستشفى الملك خالد"]
    assert decided == (RULE, None, "named as a place by 'مستشفي' but not in the gazetteer", "مستشفي")
    assert decide("زار مستشفى الملك خالد", disable=[RULE]).names() == set()


def test_by_means_of_is_no_road(decide):
    assert decide("وصل عن طريق البحر").names() == set()
