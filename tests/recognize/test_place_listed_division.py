"""place.listed_division: a town's and a division's name listed beside names that are only divisions is the division."""

import pytest

RULE = "place.listed_division"


@pytest.mark.parametrize(("text", "surface"), [
    ("رفعت ولايات تكساس ونيويورك وماساتشوستس دعوى", "نيويورك"),
    ("رفعت ولايات ماساتشوستس، نيويورك، تكساس دعوى", "نيويورك"),
    ("Texas, New York and Massachusetts sued", "New York"),
    ("Massachusetts and New York sued", "New York"),
], ids=["and", "commas", "english", "english and"])
def test_a_name_listed_with_divisions_is_a_division(decide, text, surface):
    decided = decide(text).mentions[surface]
    assert (decided.rule, decided.place_id) == (RULE, "adm1:US:New York")
    assert decide(text, disable=[RULE]).mentions[surface].place_id == "gn:new-york"


@pytest.mark.parametrize(("text", "surface"), [
    ("وصل الرئيس إلى نيويورك ثم إلى تكساس", "نيويورك"),  # not joined as a list
    ("زار الوفد نيويورك وبغداد", "نيويورك"),  # beside a town
    ("He flew from New York to Texas", "New York"),
    ("زار الوفد مدن نيويورك وتكساس وماساتشوستس", "نيويورك"),  # a list of towns
    ("زار الوفد مدينة نيويورك وتكساس", "نيويورك"),
], ids=["not a list", "beside a town", "english not a list", "after a town's plural cue", "after a town's cue"])
def test_a_name_not_listed_with_divisions_keeps_its_town(decide, text, surface):
    assert decide(text).mentions[surface].place_id == "gn:new-york"
