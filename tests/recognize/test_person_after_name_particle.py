"""person.after_name_particle: a town's name right after أبو or بن is part of a person's name."""

import pytest

RULE = "person.after_name_particle"


@pytest.mark.parametrize("text", ["وأضاف الطبيب محمد أبو قنا أن اللاعب سيعود", "وحارس الفريق معز بن قنا"],
                         ids=["أبو", "بن"])
def test_a_town_after_a_particle_is_part_of_a_name(decide, text):
    assert decide(text).rejected["قنا"] == (RULE, None, "part of a person's name (after أبو or بن)", "")
    assert decide(text, disable=[RULE]).of("قنا").rule != RULE


@pytest.mark.parametrize(("text", "surface", "place_id"), [
    ("وقال الشاعر يا بن قطر", "قطر", "cc:QA"),  # a country stays
    ("عاد إلى قنا في مصر", "قنا", "gn:qena"),  # no particle
], ids=["country", "no particle"])
def test_otherwise_the_place_stays(decide, text, surface, place_id):
    assert decide(text).mentions[surface].place_id == place_id
