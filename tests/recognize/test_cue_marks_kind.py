"""cue.marks_kind: the place cue word before a name goes with it, for resolution to ask its kind."""

import pytest

RULE = "cue.marks_kind"


@pytest.mark.parametrize(("text", "surface", "cue", "place_id"), [
    ("زار ولاية جورجيا", "جورجيا", "ولايه", "adm1:US:Georgia"),
    ("He toured the city of Caen.", "Caen", "city", "gn:caen"),
], ids=["arabic", "english"])
def test_the_cue_word_is_kept_with_the_name(decide, text, surface, cue, place_id):
    decided = decide(text).mentions[surface]
    assert (decided.cue, decided.place_id) == (cue, place_id)


def test_switched_off_the_kind_asked_for_counts_for_nothing(decide):
    assert decide("زار ولاية جورجيا", disable=[RULE]).mentions["جورجيا"][1:] == (
        "cc:GE", "gazetteer: country, best of 2 candidates", "")
