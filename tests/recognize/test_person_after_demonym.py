"""person.after_demonym: a town's name between a nationality and a surname is a given name."""

import pytest

RULE = "person.after_demonym"


@pytest.mark.parametrize(("text", "surface"), [
    ("وسجل الأرجنتيني مانشستر دييغيز هدفين", "مانشستر"),
    ("وقع المهاجم الروسي مانشستر ديباي للنادي", "مانشستر"),
    ("حادثة الروسي موسكو ديباي لاعب السد", "موسكو"),
    ("سجل والأرجنتيني مانشستر دييغيز", "مانشستر"),
], ids=["the nationality as a noun", "after a title", "a capital too", "with a conjunction"])
def test_a_town_between_a_nationality_and_a_surname_is_a_given_name(decide, text, surface):
    assert decide(text).rejected[surface].rule == RULE
    assert decide(text, disable=[RULE]).mentions[surface].place_id.startswith("gn:")


@pytest.mark.parametrize(("text", "surface", "place_id"), [
    ("أعلن الجيش الروسي مانشستر وبعض القرى مناطق مغلقة", "مانشستر", "gn:manchester"),
    ("اتهم المسؤول الروسي مانشستر في بيان", "مانشستر", "gn:manchester"),
    ("اتهم ولي العهد السعودي روسيا ديباي", "روسيا", "cc:RU"),
    ("زارت البعثة الروسية مانشستر ديباي", "مانشستر", "gn:manchester"),
    ("غادر الوفد الروسي مانشستر متوجها إلى موسكو", "مانشستر", "gn:manchester"),
], ids=["before an everyday word", "before a preposition", "a country", "a feminine adjective",
        "before an adverb in the accusative"])
def test_elsewhere_the_place_stays(decide, text, surface, place_id):
    assert decide(text).mentions[surface].place_id == place_id
