"""scan.longest: of overlapping names, the longest is meant."""

import pytest

RULE = "scan.longest"


@pytest.mark.parametrize(("text", "longest", "shorter", "place_id"), [
    ("زار روسيا البيضاء", "روسيا البيضاء", "روسيا", "cc:BY"),
    ("He moved to New York.", "New York", "York", "gn:new-york"),
], ids=["arabic", "english"])
def test_the_longest_name_wins(decide, text, longest, shorter, place_id):
    decided = decide(text)
    assert decided.mentions[longest].place_id == place_id and shorter not in decided.names()
    assert shorter in decide(text, disable=[RULE]).mentions
