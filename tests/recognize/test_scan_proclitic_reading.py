"""scan.proclitic_reading: a word read whole or as a proclitic and a name, as the document says."""

RULE = "scan.proclitic_reading"


def test_the_reading_the_document_s_country_points_to_wins(decide):
    assert decide("زار الرياض وجدة").mentions["جدة"].place_id == "gn:jeddah"


def test_with_no_country_pointing_the_word_is_whole(decide):
    assert decide("زار وجدة").mentions["وجدة"].place_id == "gn:oujda"


def test_switched_off_the_longest_reading_wins(decide):
    assert decide("زار الرياض وجدة", disable=[RULE]).mentions["وجدة"].place_id == "gn:oujda"
