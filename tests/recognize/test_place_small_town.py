"""place.small_town: a small town's name with nothing from its country in the document is no place."""

import pytest

from geo.model import Document
from geo.pipeline import Geoparser

RULE = "place.small_town"


@pytest.mark.parametrize(("text", "surface"), [("اشترى سيارة هوندا", "هوندا"), ("He drove a 1995 Honda.", "Honda")],
                         ids=["arabic", "english"])
def test_a_small_town_alone_is_no_place(decide, text, surface):
    assert decide(text).rejected[surface] == (RULE, None, "a small town's name with nothing from its country in the document", "")
    assert decide(text, disable=[RULE]).mentions[surface].place_id == "gn:honda"


@pytest.mark.parametrize(("text", "surface"), [
    ("اشترى سيارة هوندا من كولومبيا", "هوندا"), ("He drove a 1995 Honda in Colombia.", "Honda"),
    # Bogotá the city and Bogotá the district: no place pinned down, but one country named
    ("اشترى سيارة هوندا في بوغوتا", "هوندا"), ("He drove a 1995 Honda in Bogotá.", "Honda"),
], ids=["arabic", "english", "arabic-city-and-district", "english-city-and-district"])
def test_its_country_in_the_document_supports_it(decide, text, surface):
    assert decide(text).mentions[surface].place_id == "gn:honda"


def test_english_text_names_its_own_small_towns_bare(decide):
    assert decide("He moved to Manning last year.").mentions["Manning"].place_id == "gn:manning"


@pytest.mark.parametrize(("text", "surface"), [
    ("اشترى سيارة هوندا في سان لويس", "هوندا"), ("He drove a 1995 Honda to San Luis.", "Honda"),
], ids=["arabic", "english"])
def test_hamlets_of_one_name_do_not_name_their_country(decide, text, surface):
    # Two hamlets called San Luis: nothing says the story is in Colombia, so Honda is a car.
    assert decide(text).rejected[surface].rule == RULE


def test_a_town_arabic_news_names_bare_needs_no_country(decide):
    assert decide("قتل شخصان في الفلوجة").mentions["الفلوجة"].place_id == "gn:99454"
    # Fallujah is no famous name in English text, where the rule reads no Arabic list.
    assert decide("Two men were killed in Fallujah.").rejected["Fallujah"].rule == RULE


@pytest.mark.parametrize(("country", "place_id"), [("CO", "gn:honda"), ("", None), ("FR", None)],
                         ids=["the outlet's country", "none known", "another"])
def test_the_outlet_s_home_country_supports_its_small_towns(tiny_gazetteer, country, place_id):
    mentions = Geoparser(tiny_gazetteer).parse(Document(id="t", text="اشترى سيارة هوندا", home_country=country))
    assert [m.place.place_id for m in mentions] == ([place_id] if place_id else [])


def test_a_name_that_opens_with_a_cue_word_is_cued(parse):
    # ولاية قابس is one of GeoNames' names of Gabès, the cue word inside the name.
    assert [m.place.place_id for m in parse("حجز في عملية بولاية قابس يومي 1 و2")] == ["gn:2468369"]


def test_a_cue_word_before_the_name_elsewhere_is_no_support(decide):
    # A cue word names whatever it names there (جزيرة جربة, an island no gazetteer here
    # lists): the minor town elsewhere of that name still needs its country.
    assert decide("زار الوفد مدينة هوندا. ثم عاد إلى هوندا").rejected["هوندا"].rule == RULE


@pytest.mark.parametrize(("text", "place_id"), [
    ("زار الوفد مدينة قنوات ثم عاد إلى فرنسا", None),
    ("زار الوفد مدينة قنوات", "gn:qanawat"),
    ("زار الوفد مدينة قنوات في سوريا", "gn:qanawat"),
    ("زار الوفد مدينة قنوات ثم عاد إلى لبنان", "gn:qanawat"),  # a neighbour: بلدة سلواد in a story on Israel
], ids=["the story names only a country far away", "no country named", "its own country named", "a neighbour named"])
def test_a_cue_word_before_a_town_far_from_every_place_of_the_story_makes_a_place_the_gazetteer_lacks(
        decide, text, place_id):
    # مطار جربة in a Tunisian story is no town in Somalia: a place put near the story's places.
    assert decide(text).mentions["قنوات"].place_id == place_id


def test_a_cued_town_of_unknown_size_stays_its_town(parse):
    # GeoNames gives Tall Afar no population: it may be no village.
    text = "قالت فرنسا إن مدينة تل عفر باتت خالية من المسلحين"
    assert [m.place.place_id for m in parse(text) if m.surface == "تل عفر"] == ["gn:90393"]


def test_a_small_town_s_name_with_a_lesser_sense_still_needs_its_country(parse):
    # القصرين leads to its governorate too, as its lesser sense: still a small town's name.
    assert parse("وقعت اشتباكات في القصرين") == []
    assert [m.place.place_id for m in parse("وقعت اشتباكات في القصرين غرب تونس")][0] == "gn:2473457"
