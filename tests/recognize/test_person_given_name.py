"""person.given_name: a town's name the document puts before a family name is a given name."""

import pytest

from geo.model import Document
from geo.pipeline import Geoparser

RULE = "person.given_name"


def test_a_town_before_a_family_name_is_a_given_name(decide):
    text = "التقى بشار الأسد بالمسؤولين"
    assert decide(text).rejected["بشار"] == (RULE, None, "a given name in this document (before a family name)", "")
    assert decide(text, disable=[RULE]).of("بشار").rule != RULE


@pytest.mark.parametrize("text", ["قال المرصد المعارض لبشار الأسد إن", "وقال لبشار الأسد إن الروس يدعمون بشار."],
                         ids=["after the preposition li", "and alone after it"])
def test_a_given_name_after_the_preposition_li_is_read_too(decide, text):
    assert decide(text).rejected["بشار"].rule == RULE


def test_after_the_preposition_bi_the_town_stays_before_a_name(decide):
    """بـ puts a town before the name of someone there: "the director in Bechar, Jamal"."""
    text = "قال المدير الجهوي للصحة ببشار جمال الورفلي إن الجزائر تستعد"
    assert decide(text).mentions["بشار"].place_id == "gn:bechar"


def test_a_relative_pronoun_after_a_town_is_no_family_name(decide):
    # اللتين "which two" takes the article's shape but is no family name: بشار stays the town.
    decided = decide("زار الوفد جدة وبشار اللتين في الجزائر")
    assert decided.mentions["بشار"].place_id == "gn:bechar" and "بشار" not in decided.rejected


def test_after_a_cue_word_the_town_is_the_town(decide):
    assert decide("زار ولاية بشار في الجزائر").mentions["بشار"].place_id == "gn:bechar"


@pytest.mark.parametrize("text", [
    "فاز فلاديمير بوتين بولاية رابعة",
    "التقى ترامب فلاديمير #بوتين",
])
def test_a_town_named_as_people_abroad_before_a_famous_surname_is_a_given_name(decide, text):
    assert decide(text).rejected["فلاديمير"].rule == RULE


@pytest.mark.parametrize("text", [
    "قمة جمعت رئيس البلاد فلاديمير بوتن بنظيره",
    "نقلت الوكالة عن فلاديمير زولوتوخين قوله",
    "شارك فلاديمير كليتشكو في النزال",
], ids=["a surname spelt another way", "a rare surname", "a sportsman's"])
def test_a_town_named_as_people_abroad_before_a_rare_family_name_is_a_given_name(decide, text):
    assert decide(text).rejected["فلاديمير"].rule == RULE


@pytest.mark.parametrize(("text", "surface", "place_id"), [
    ("وصل الوفد إلى فلاديمير بمنطقة روسيا", "فلاديمير", "gn:vladimir"),  # a proclitic and a word
    ("وصل الوفد إلى فلاديمير أمس", "فلاديمير", "gn:vladimir"),  # a time word
    ("زار الوفد فلاديمير وسط روسيا", "فلاديمير", "gn:vladimir"),  # an everyday word
    ("افتتح مهرجان أبها بوتين", "أبها", "gn:abha"),  # a town of the Arab world stays the town
])
def test_before_no_famous_surname_or_in_the_arab_world_the_town_stays(decide, text, surface, place_id):
    assert decide(text).mentions[surface].place_id == place_id


def test_a_town_the_document_also_puts_after_a_preposition_of_place_is_the_town_elsewhere(decide):
    # "بشار الكبير" reads as a man's name, but في بشار says the document means the town.
    decided = decide("تحدث بشار الكبير. ووقع الحادث في بشار، وقال مسؤول إن بشار هادئة في الجزائر")
    assert decided.rejected["بشار"].rule == RULE  # the one before the family name
    assert decided.mentions["بشار"].place_id == "gn:bechar"  # the last, alone


@pytest.mark.parametrize("text", [
    "التقى بشار الأسد بالوفد. وزار بشار الأسد الجنود ثم دخل الجيش إلى بشار في الجزائر",
    "التقى المبعوث ببشار الأسد في دمشق. ثم زار بشار الأسد الجنود في بشار بالجزائر",
], ids=["every use before the family name", "ب before a given name and a family name"])
def test_every_use_before_a_family_name_is_the_given_name(tiny_gazetteer, text):
    kept, rejected = Geoparser(tiny_gazetteer).parse_detailed(Document(id="t", text=text))
    before_family = {m.start for m in kept + rejected if m.surface == "بشار" and text[m.end:m.end + 6] == " الأسد"}
    assert len(before_family) == 2 and not before_family & {m.start for m in kept}


@pytest.mark.parametrize("text", ["زار الوفد ريف بشار الغربي في الجزائر", "وضعت معركة بشار الولايات المتحدة في الجزائر"],
                         ids=["a direction's adjective", "a plural"])
def test_a_direction_or_a_plural_after_the_town_is_no_family_name(decide, text):
    assert decide(text).mentions["بشار"].place_id == "gn:bechar"
