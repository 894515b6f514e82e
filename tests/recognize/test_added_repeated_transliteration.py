"""added.repeated_transliteration: a name recognised by its sound is a place wherever it recurs."""

RULE = "added.repeated_transliteration"
TEXT = "زار مدينة كراتشي في باكستان ثم غادر كراتشي"


def test_a_name_learned_by_its_sound_is_found_where_it_recurs(decide):
    decided = decide(TEXT).mentions["كراتشي"]  # the second one
    assert decided[:2] == (RULE, "gn:karachi")
    assert decide(TEXT, disable=[RULE]).mentions["كراتشي"].rule == "added.cued_transliteration"


def test_a_name_found_by_the_gazetteer_is_not_repeated(decide):
    assert decide("زار موسكو ثم غادر موسكو").mentions["موسكو"].rule == "scan.gazetteer"
