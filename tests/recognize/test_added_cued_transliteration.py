"""added.cued_transliteration: after a cue word, a name that sounds like a Latin name is that place."""

RULE = "added.cued_transliteration"


def test_a_name_after_a_cue_word_is_matched_by_its_sound(decide):
    decided = decide("زار مدينة كراتشي في باكستان").mentions["كراتشي"]
    assert (decided.rule, decided.place_id) == (RULE, "gn:karachi")
    assert decide("زار مدينة كراتشي في باكستان", disable=[RULE]).mentions["كراتشي"].rule == "added.cue_named"


def test_a_short_sound_needs_the_place_s_country_in_the_document(decide):
    assert decide("زار مدينة كراتشي").mentions["كراتشي"].rule == "added.cue_named"
