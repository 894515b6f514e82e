"""cue.marks_kind: the place cue word before a name goes with it, for resolution to ask its kind."""

import pytest

from geo.text import fold

RULE = "cue.marks_kind"


@pytest.mark.parametrize(("text", "surface", "cue", "place_id"), [
    ("زار ولاية جورجيا", "جورجيا", "ولايه", "adm1:US:Georgia"),
    ("He toured the city of Caen.", "Caen", "city", "gn:caen"),
    ("أوقف شاب بمعتمدية حماة", "حماة", "معتمديه", "gn:hama"),  # a Tunisian delegation: its seat town
    ("سيطرت القوات على مديرية حماة", "حماة", "مديريه", "gn:hama"),  # a Yemeni district: its seat town
], ids=["arabic", "english", "delegation", "district"])
def test_the_cue_word_is_kept_with_the_name(decide, text, surface, cue, place_id):
    decided = decide(text).mentions[surface]
    assert (decided.cue, decided.place_id) == (cue, place_id)


def test_switched_off_the_kind_asked_for_counts_for_nothing(decide):
    assert decide("زار ولاية جورجيا", disable=[RULE]).mentions["جورجيا"][1:] == (
        "cc:GE", "gazetteer: country, best of 2 candidates", "")


@pytest.mark.parametrize(("text", "cue"), [
    ("زار محافظتي حماة واللاذقية", "محافظتي"),
    ("وتشهد محافظتا حماة و اللاذقية هدوءا", "محافظتا"),
], ids=["genitive", "nominative"])
def test_a_dual_cue_word_asks_both_names_after_it_for_its_kind(decide, text, cue):
    decided = decide(text).mentions
    assert {surface: (d.cue, d.place_id) for surface, d in decided.items()} == {
        "حماة": (cue, "adm1:SY:Hama"), "اللاذقية": (cue, "adm1:SY:Latakia")}
    assert {d.place_id for d in decide(text, disable=[RULE]).mentions.values()} == {"gn:hama", "gn:latakia"}


def test_a_dual_s_word_without_a_second_name_asks_nothing(decide):
    # ولايتي is Velayati's name too: with no name joined by و after it, it is no cue word.
    assert decide("قال علي أكبر ولايتي حماة: إن").mentions["حماة"][1:] == ("gn:hama", "gazetteer: city, best of 2 candidates", "")


@pytest.mark.parametrize("cue", ["معتمديتي", "مديريتي"])
def test_a_town_cue_s_dual_asks_both_names_for_a_town(decide, cue):
    decided = decide(f"زار {cue} حماة واللاذقية").mentions
    assert {surface: d.place_id for surface, d in decided.items()} == {"حماة": "gn:hama", "اللاذقية": "gn:latakia"}
    assert {d.cue for d in decided.values()} == {fold(cue)}


@pytest.mark.parametrize(("text", "surface", "place_id"), [
    ("وصل الفريق إلى العاصمة التونسية تونس أمس", "تونس", "gn:tunis"),
    ("وصل الفريق إلى العاصمة التونسية «تونس» أمس", "تونس", "gn:tunis"),
    ("من معهد في بالعاصمة الكتالونية برشلونة وقال", "برشلونة", "gn:barcelona"),
], ids=["a country's adjective", "the name quoted", "a region's adjective vouches for a word-first name"])
def test_the_capital_s_cue_reaches_past_its_adjective(decide, text, surface, place_id):
    decided = decide(text).mentions[surface]
    assert (decided.cue, decided.place_id) == ("عاصمه", place_id)
