"""person.named_as_person: a town's name where a person's stands (after a verb of speech, a title) is a person's."""

import pytest

RULE = "person.named_as_person"


@pytest.mark.parametrize(("text", "surface", "place_id"), [
    ("وقال مانشستر إن الفريق جاهز", "مانشستر", "gn:manchester"),
    ("قال مانشستر في مقابلة", "مانشستر", "gn:manchester"),
    ("وأضاف مانشستر أن الوضع هادئ", "مانشستر", "gn:manchester"),
    ("وقالت مانشستر إنها سعيدة", "مانشستر", "gn:manchester"),
    ("وقال باريس ياركاداس إن الانتخابات نزيهة", "باريس", "gn:paris"),
], ids=["said", "said, first word", "added", "she said: a town of less than a million", "he said: a capital too"])
def test_a_town_right_after_a_verb_of_speech_is_a_person(decide, text, surface, place_id):
    assert decide(text).rejected[surface].rule == RULE
    assert decide(text, disable=[RULE]).mentions[surface].place_id == place_id


def test_the_person_is_the_same_person_elsewhere_in_the_document(decide):
    decisions = decide("خاض مانشستر مباراته الأولى. وقال مانشستر إنه سعيد")
    assert "مانشستر" not in decisions.mentions
    assert decide("خاض مانشستر مباراته الأولى.").mentions["مانشستر"].place_id == "gn:manchester"


def test_a_document_that_puts_the_name_after_a_preposition_keeps_the_town_there(decide):
    decisions = decide("وقال مانشستر إن الوضع في مانشستر هادئ")
    assert decisions.mentions["مانشستر"].place_id == "gn:manchester"  # the second one
    assert decisions.rejected["مانشستر"].rule == RULE  # the first one, the subject


@pytest.mark.parametrize(("text", "surface", "place_id"), [
    ("وقالت موسكو إن العقوبات ظالمة", "موسكو", "gn:moscow"),
    ("وقالت لندن إنها سترد", "لندن", "gn:london"),
    ("وقالت نيويورك إنها ستقاضي الشركة", "نيويورك", "gn:new-york"),
    ("وقالت روسيا إنها سترد", "روسيا", "cc:RU"),
    ("وقال الوزير إن مانشستر تستعد", "مانشستر", "gn:manchester"),
], ids=["a capital speaks for its government", "a big capital", "a city of millions", "a country",
        "not right after the verb"])
def test_capitals_countries_and_towns_elsewhere_stay_places(decide, text, surface, place_id):
    assert decide(text).mentions[surface].place_id == place_id


def test_a_town_after_a_title_a_name_follows_is_the_person_elsewhere_in_the_document(decide):
    decisions = decide("أشاد المدرب مانشستر بالفريق. وتحت قيادة مانشستر فاز الفريق")
    assert "مانشستر" not in decisions.mentions
    assert decisions.rejected["مانشستر"].rule == RULE  # the second, bare one
    assert decide("وتحت قيادة مانشستر فاز الفريق").mentions["مانشستر"].place_id == "gn:manchester"


def test_after_an_office_s_title_the_town_stays_elsewhere(decide):
    # زار الوزير مانشستر: the minister visited Manchester; الوزير is no title a name follows.
    assert decide("زار الوزير مانشستر. وتحت قيادة مانشستر فاز الفريق").mentions["مانشستر"].place_id == "gn:manchester"


@pytest.mark.parametrize("text", [
    "وقال مانشستر إن الفريق جاهز. وفي مانشستر يعيش كثيرون",
    "وقال مانشستر إن الفريق جاهز. وشهدت مدينة مانشستر احتجاجات",
], ids=["after a preposition with its conjunction", "after a cue word"])
def test_a_document_that_uses_the_name_as_a_place_keeps_it_a_place_there(decide, text):
    assert decide(text).mentions["مانشستر"].place_id == "gn:manchester"


def test_a_club_that_speaks_is_no_person(decide):
    text = "وقال مانشستر يونايتد في بيان إن اللاعب سيبقى. وشهدت مانشستر احتجاجات"
    assert decide(text).mentions["مانشستر"].place_id == "gn:manchester"


def test_a_town_s_name_whose_division_is_its_lesser_sense_is_still_only_a_town_s(decide):
    # تعز names its governorate too, but only where a cue word asks for it (محافظة تعز): after
    # a verb of speech the name is a man's as any town's is.
    assert decide("وقال تعز إن الوضع هادئ").rejected["تعز"].rule == "person.named_as_person"
    assert decide("اشتدت المعارك في محافظة تعز").mentions["تعز"].place_id == "adm1:YE:Ta'izz"
