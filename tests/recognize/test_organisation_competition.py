"""organisation.competition: a continent's name right after a competition's word is the competition's."""

import pytest

RULE = "organisation.competition"
REASON = "part of a competition's name"


@pytest.mark.parametrize("text", [
    "تأهل الفريق إلى ربع نهائي دوري أبطال أوروبا",
    "يستعد المنتخب لكأس أوروبا المقبلة",
    "فاز بلقب بطولة أوروبا لألعاب القوى",
    "حجز مقعده في كأس أمم أوروبا",
], ids=["champions-league", "with-a-proclitic", "championship", "nations-cup"])
def test_a_continent_in_a_competition_s_name_is_no_place(decide, text):
    assert decide(text).rejected["أوروبا"] == (RULE, None, REASON, "")
    assert decide(text, disable=[RULE]).mentions["أوروبا"].place_id == "un:150"


@pytest.mark.parametrize(("text", "surface", "place_id"), [
    ("سافر الوفد إلى أوروبا", "أوروبا", "un:150"),
    ("أقيمت بطولة أوروبا في مدريد", "مدريد", "gn:madrid"),
    ("فاز ببطولة فرنسا المفتوحة", "فرنسا", "cc:FR"),  # played in France
], ids=["the-continent", "the-town-it-is-played-in", "a-country-s-competition"])
def test_places_stay(decide, text, surface, place_id):
    assert decide(text).mentions[surface].place_id == place_id
