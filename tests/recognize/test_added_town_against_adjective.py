"""added.town_against_adjective: a minor town's name before a country's feminine adjective
that none of its places agrees with is no town abroad (over the full gazetteer: the rule
reads the towns' Latin skeletons)."""

import pytest

from geo.model import Document
from geo.pipeline import Geoparser

RULE = "added.town_against_adjective"


def places(parse, text):
    return {m.surface: (m.rule, m.place.place_id if m.place else None) for m in parse(text)}


@pytest.mark.parametrize(("text", "surface", "place_id"), [
    ("سرقت الكأس من مركز معارض في مدينة برمنغهام البريطانية", "برمنغهام", "gn:2655603"),  # not Alabama's
    ("أكدت دراسة في جامعة برمنغهام البريطانية", "برمنغهام", "gn:2655603"),
], ids=["after-a-cue", "after-a-university"])
def test_the_town_is_the_one_of_the_adjective_s_country_it_sounds_like(parse, text, surface, place_id):
    assert places(parse, text)[surface] == (RULE, place_id)


@pytest.mark.parametrize("text", [
    "وجهت السفيرة الأمريكية لدى الأمم المتحدة انتقادا",  # the ambassador, not As Safirah, Syria
    "لم يتلق أي اتصال من السلط التونسية",  # the authorities, not As Salt, Jordan
], ids=["the-ambassador", "the-authorities"])
def test_a_noun_with_its_article_before_the_adjective_is_no_town(parse, text):
    assert not any(m.place for m in parse(text))


def test_a_name_no_town_of_that_country_sounds_like_is_placed_approximately_in_it(parse):
    mention = next(m for m in parse("أقام الفريق معسكره في مدينة هورست الهولندية") if m.surface == "هورست")
    assert mention.rule == RULE and mention.place.place_id.startswith("near:cc:NL:")  # not Hurst, Texas
    assert mention.reason.endswith(
        "approximate: placed at The Netherlands, the country of the nationality's adjective after it")


@pytest.mark.parametrize("text", [
    "قال المدرب إن هورست الهولندية استقبلت الفريق",  # no cue, no Dutch town sounds like it
    "كان في استقبالها في المطار السفيرة الأمريكية",  # "the airport" refers back: no cue for the noun
    "وجهت والسفيرة الأمريكية انتقادا",  # a proclitic before the noun
], ids=["no-cue-no-town", "a-definite-cue", "with-a-proclitic"])
def test_no_place_is_left_where_the_adjective_disagrees(parse, text):
    assert not any(m.place for m in parse(text)) and not any(m.surface in ("هورست", "السفيرة") for m in parse(text))


def test_a_town_after_a_proclitic_is_read_too(parse):
    assert places(parse, "سرقت الكأس ببرمنغهام البريطانية")["برمنغهام"] == (RULE, "gn:2655603")


@pytest.mark.parametrize(("text", "surface", "place_id"), [
    ("وصل الوفد إلى الرقة السورية", "الرقة", "gn:172955"),  # the adjective agrees
    # A name that is a big city's too is left to resolution, which reads the adjective as a
    # qualifier: Alexandria, Virginia.
    ("وقع الحادث في مدينة الإسكندرية الأمريكية", "الإسكندرية", "gn:4744091"),
], ids=["agreeing", "no-minor-town"])
def test_places_the_adjective_agrees_with_stay(parse, text, surface, place_id):
    assert places(parse, text)[surface][1] == place_id


def test_switched_off_the_noun_is_a_town(gazetteer):
    mentions = Geoparser(gazetteer, disable=[RULE]).parse(Document(id="t", text="وجهت السفيرة الأمريكية انتقادا"))
    assert [m.place.country_code for m in mentions if m.place] == ["SY"]
