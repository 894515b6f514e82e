"""scan.word_end: a name ends its word, or runs into another name after و."""

RULE = "scan.word_end"


def test_names_run_together_after_waw_are_both_found(decide):
    mentions = decide("زار موسكووواشنطن").mentions
    assert (mentions["موسكو"].place_id, mentions["واشنطن"].place_id) == ("gn:moscow", "gn:washington")


def test_a_name_that_runs_into_no_name_is_dropped(decide):
    assert decide("زار موسكووي").names() == set()


def test_switched_off_the_name_inside_the_longer_word_stands(decide):
    assert decide("زار موسكووي", disable=[RULE]).mentions["موسكو"].place_id == "gn:moscow"
