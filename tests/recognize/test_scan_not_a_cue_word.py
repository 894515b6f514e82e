"""scan.not_a_cue_word: a place cue word is that word, whatever place bears its name."""

RULE = "scan.not_a_cue_word"


def test_a_cue_word_is_no_name(decide):
    assert decide("زار مدينة كبيرة").names() == set()


def test_switched_off_the_cue_word_is_read_as_the_village_of_that_name(decide):
    assert "مدينة" in decide("زار مدينة كبيرة", disable=[RULE]).names()
