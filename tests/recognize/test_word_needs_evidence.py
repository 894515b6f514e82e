"""word.needs_evidence: a name that is an everyday word too needs something that marks it a place."""

import pytest

from geo.model import Document
from geo.pipeline import Geoparser

RULE = "word.needs_evidence"


@pytest.mark.parametrize(("text", "surface", "place_id"), [
    ("زار مدينة جدة", "جدة", "gn:jeddah"),
    ("أغلقت السلطات معبر جدة أمس", "جدة", "gn:jeddah"),
    ("زار الرياض وجدة", "جدة", "gn:jeddah"),
    ("He lives in Reading.", "Reading", "gn:reading"),
    ("سبق – جدة: تشهد المواقع السياحية مشروعات", "جدة", "gn:jeddah"),
    ("جدة - واس : قال المسؤول", "جدة", "gn:jeddah"),
    ("سبق- جدة: تشهد المواقع السياحية مشروعات", "جدة", "gn:jeddah"),
    ("فهد العتيبي - سبق - جدة: شهد المركز", "جدة", "gn:jeddah"),
    ("عين اليوم – جدة\nتمكن رجال الجمارك", "جدة", "gn:jeddah"),
], ids=["arabic cue word", "a crossing's cue word", "arabic country named", "english locative",
        "a dateline after the agency", "a dateline's first word", "the agency's dash unspaced",
        "after the writer and the agency", "at the line's end"])
def test_with_evidence_the_rule_vouches_for_the_place(decide, text, surface, place_id):
    assert decide(text).mentions[surface][:2] == (RULE, place_id)


@pytest.mark.parametrize(("text", "surface"), [("زار جدة", "جدة"), ("Reading is fun.", "Reading"),
                                               ("قالت إن جدة: أمها الثانية", "جدة"),
                                               ("قالت الأم - بعد أن زارت جدة - إنها", "جدة"),
                                               ("قالت الأم إنها سعيدة.\nالمصدر - جدة", "جدة")],
                         ids=["arabic", "english", "a colon deep in a line", "between dashes in a sentence",
                              "a credit line at the end"])
def test_without_evidence_the_word_is_no_place(decide, text, surface):
    rejected = decide(text).rejected[surface]
    assert rejected.rule == RULE and rejected.reason.startswith("may be no place here")
    assert decide(text, disable=[RULE]).mentions[surface].rule == "scan.gazetteer"


@pytest.mark.parametrize("text", [
    "امتدت المظاهرات إلى طهران ومشهد",
    "سافر من طهران إلى مشهد",
    "وصل إلى مدينة \" مشهد \" أمس",
    "وصل إلى مشهد الإيرانية",
    "ومحافظة خراسان التي عاصمتها مشهد",
], ids=["list", "from to", "quoted after a cue word", "agreeing demonym", "its capital"])
def test_a_word_first_name_is_a_place_in_a_list_after_a_cue_or_before_its_demonym(decide, text):
    assert decide(text).mentions["مشهد"][:2] == (RULE, "gn:mashhad")


@pytest.mark.parametrize(("text", "surface", "found"), [
    ("ولما انتهى ملك جدة من حملاته عاد", "جدة", True),
    ("ولما انتهى الملك جدة من حملاته عاد", "جدة", False),
    ("فازت بلقب ملكة حجة في المسابقة", "حجة", False),
], ids=["a ruler's title in construct", "a title with the article: a person's name", "a word first"])
def test_a_ruler_s_title_marks_his_realm(decide, text, surface, found):
    assert (surface in decide(text).mentions) is found


@pytest.mark.parametrize(("text", "found"), [
    ("قصفت الطائرات تعز وعمران وحجة", True),
    ("قصفت الطائرات حجة وعمران، وتعز", True),
    ("قصفت الطائرات تعز ومشهد وحجة", False),
    ("قصفت الطائرات عمران وحجة", False),
], ids=["across a compatriot needing evidence", "the other way, across a comma", "across a foreign name",
        "only names needing evidence"])
def test_a_list_vouches_for_a_name_across_compatriots_that_need_evidence_themselves(decide, text, found):
    assert ("حجة" in decide(text).mentions) is found


def test_a_name_a_cue_word_marks_elsewhere_is_the_place_after_a_preposition_of_place(tiny_gazetteer):
    text = "وقع هجوم في مدينة دوما في سوريا. وخرج المدنيون من دوما أمس، وكان دوما يقول"
    found = [(m.start, m.place.place_id) for m in Geoparser(tiny_gazetteer).parse(Document(id="t", text=text))
             if m.surface == "دوما"]
    assert found == [(text.index("دوما"), "gn:douma"), (text.index("من دوما") + 3, "gn:douma")]  # not "was always"
    alone = Geoparser(tiny_gazetteer).parse(Document(id="t", text="وخرج المدنيون من دوما أمس، وقالت سوريا إن"))
    assert "دوما" not in [m.surface for m in alone]  # no cue word anywhere


@pytest.mark.parametrize(("cue", "found"), [("مدينة", True), ("مطار", False)], ids=["a town's cue", "a facility's"])
def test_anywhere_a_name_a_town_s_cue_marks_elsewhere_is_the_place(tiny_gazetteer, cue, found):
    # غارات على دوما، القوات التي تحاصر دوما; but a facility's cue word (قاعدة كلينتون:
    # "Clinton's base" of support) marks no town, and after a copula دوما is "always".
    text = (f"وصلت القوات إلى {cue} دوما في سوريا. وتواصلت الغارات على دوما وحول دوما، والقوات تحاصر دوما."
            " وكان دوما يقول")
    mentions = Geoparser(tiny_gazetteer).parse(Document(id="t", text=text))
    after = [m.place.place_id for m in mentions if m.surface == "دوما" and m.start > text.index("الغارات")]
    assert after == (["gn:douma"] * 3 if found else [])


def test_a_noun_prepositions_take_is_no_place_after_one_whatever_a_cue_says_elsewhere(decide):
    decided = decide("وصل الوفد إلى مدينة مشهد في إيران. وظهر الرئيس في مشهد مؤثر")
    assert decided.rejected["مشهد"].rule == RULE  # "in a moving scene"


@pytest.mark.parametrize("text", [
    "قال في إيران إن مشهد الخسارة مؤلم",
    "رفع المتظاهرون مشهد الإيراني",
], ids=["the country named is not enough", "a masculine demonym agrees with no town"])
def test_a_word_first_name_stays_the_word(decide, text):
    assert decide(text).rejected["مشهد"].rule == RULE


@pytest.mark.parametrize(("text", "place_id"), [
    ("زار باريس مع وفد من الولايات المتحدة", "gn:paris"),  # its country named is not enough
    ("زار باريس، تكساس", "gn:paris-texas"),  # a qualifier is
    ("زار باريس بولاية تكساس", "gn:paris-texas"),  # and so is its state named
    ("زار باريس ( الولايات المتحدة )", "gn:paris-texas"),  # or its country in brackets
    ("هددت واشنطن وباريس بشن ضربات", "gn:paris"),  # but not a list of capitals
], ids=["no evidence", "qualifier", "state named", "country in brackets", "list"])
def test_a_minor_town_that_needs_evidence_yields_a_name_that_needs_none(decide, text, place_id):
    # Arabic writes باريس for Paris, Texas too, but the town needs what Paris does not.
    assert decide(text).mentions["باريس"].place_id == place_id


def test_without_the_rule_the_minor_town_stays_among_the_name_s_places(decide):
    text = "زار باريس ثم عاد إلى دالاس"  # a town of Texas does not make it Paris, Texas
    assert decide(text).mentions["باريس"].place_id == "gn:paris"
    assert decide(text, disable=[RULE]).mentions["باريس"].place_id == "gn:paris-texas"


@pytest.mark.parametrize(("text", "place_id"), [
    ("ستطور مختبرات هارفارد في كامبريدج بولاية ماساتشوستس لقاحا", "gn:cambridge-ma"),  # its state named
    ("أغلقت الشرطة محطة القطارات في كامبريدج شمال لندن", "gn:cambridge"),  # a direction from a compatriot
    ("عاد الوفد من كامبريدج شمال شرق لندن", "gn:cambridge"),  # of two words
    ("عاد الوفد من كامبريدج (شمال لندن)", "gn:cambridge"),  # in brackets
    ("أعلنت الشرطة في كامبريدج (المملكة المتحدة) أمس", "gn:cambridge"),  # its country in brackets
    ("تقع جامعات عريقة في كامبريدج في المملكة المتحدة", "gn:cambridge"),  # or after في
], ids=["state named", "direction from a compatriot", "a direction of two words", "a direction in brackets",
        "country in brackets", "country after في"])
def test_a_town_that_is_a_word_first_is_placed_by_its_state_or_a_neighbour(decide, text, place_id):
    assert decide(text).mentions["كامبريدج"][:2] == (RULE, place_id)


def test_its_country_alone_is_not_enough_for_a_word_first_but_after_in(decide):
    assert decide("قال مسؤول من كامبريدج إن الولايات المتحدة مستعدة").rejected["كامبريدج"].rule == RULE
    assert decide("قال مسؤول في كامبريدج إن الولايات المتحدة مستعدة").mentions["كامبريدج"][:2] == (RULE, "gn:cambridge-ma")


@pytest.mark.parametrize("text", ["انفجرت سيارة وسط المدينة", "اقتحمت القوات شرق المدينة"], ids=["centre", "east"])
def test_a_part_of_a_definite_word_first_is_no_evidence(decide, text):
    assert decide(text).rejected["المدينة"].rule == RULE
    assert decide(text, disable=[RULE]).mentions["المدينة"].place_id == "gn:medina"


@pytest.mark.parametrize("text", ["قصفت الطائرات الميناء والمدينة", "وخطب في مسجد بالمدينة"], ids=["and", "in"])
def test_a_cue_is_no_evidence_for_a_name_behind_a_proclitic(decide, text):
    # A cue marks the word right after it: والمدينة after الميناء is "and the city", not Medina.
    assert decide(text).rejected["المدينة"].rule == RULE


@pytest.mark.parametrize("text", ["هبطت الطائرة في مطار المدينة بعد إغلاقه في اليمن",
                                  "وصف رئيس بلدية المدينة في اليابان السلاح الذري"], ids=["airport", "mayor"])
def test_the_city_after_a_town_s_facility_is_the_town_of_the_story(decide, text):
    # "The city's airport": Aden's, Nagasaki's mayor; Medina's only in a story about Saudi Arabia.
    assert decide(text).rejected["المدينة"].rule == RULE


def test_medina_s_facility_in_a_story_about_saudi_arabia_is_medina_s(decide):
    assert decide("هبطت الطائرة في مطار المدينة قادمة من الرياض").mentions["المدينة"].place_id == "gn:medina"


def test_a_dual_cue_is_evidence_for_its_second_name(decide):
    assert decide("تقدمت القوات في منطقتي المرج ودوما").mentions["دوما"][:2] == (RULE, "gn:douma")
    assert decide("تقدمت القوات في منطقة المرج ودوما").rejected["دوما"].rule == RULE


def test_a_part_of_a_name_is_evidence_still(decide):
    assert decide("وقع الانفجار شمال جدة").mentions["جدة"][:2] == (RULE, "gn:jeddah")


def test_its_capital_before_a_definite_word_first_is_no_evidence(decide):
    # عاصمتها is definite: the word with the article after it is its adjective (عاصمتها الجديدة).
    assert decide("عادت الحكومة إلى عاصمتها المدينة").rejected["المدينة"].rule == RULE


def test_an_indefinite_cue_before_a_word_first_nisba_adjective_is_no_evidence(parse):
    assert parse("افتتح مطار دولي جديد في البلاد") == []  # "an international airport", not The Valley's
    assert parse("تأكدت إصابة مريض في مدينة كبرى") == []  # "a major city"
    assert [m.place.place_id for m in parse("وصل الوفد إلى مطار دبي")] == ["gn:292223"]
    # Names that are words first but no adjective keep the cue's evidence.
    assert [m.place.place_id for m in parse("وصل الوفد إلى مدينة نانسي")] == ["gn:2990999"]


def test_a_definite_word_first_is_the_word_after_a_preposition_whatever_a_cue_says_elsewhere(decide):
    decided = decide("زار الوفد منطقة المدينة ثم عاد إلى المدينة")
    assert decided.rejected["المدينة"].rule == RULE


@pytest.mark.parametrize(("text", "surface", "place_id"), [
    ("منذ اندلاع الثورة السورية عام 2011", "الثورة", None),
    ("بعد الهجوم الكيميائي في دوما السورية", "دوما", "gn:douma"),
], ids=["a common noun with the article", "a name"])
def test_a_demonym_after_a_definite_common_noun_is_the_noun_s(decide, text, surface, place_id):
    """الثورة السورية is the Syrian revolution, not Al-Thawrah; دوما السورية is Douma."""
    decided = decide(text).of(surface)
    assert decided.place_id == place_id
    if place_id is None:
        assert decided.rule == RULE and decided.reason.startswith("may be no place here")


@pytest.mark.parametrize(("text", "surface", "place_id"), [
    ("وقع هجوم كيماوي في دوما، وقالت سوريا إنها لم تستخدم السلاح", "دوما", "gn:douma"),
    ("قتل عشرة في حمص وفي دوما، وقالت سوريا إنها تحقق", "دوما", "gn:douma"),
    ("وقع هجوم كيماوي في دوما أمس", "دوما", None),
    ("وقع هجوم كيماوي في دوما، وقالت إيران إنها تحقق", "دوما", None),
    ("وكان دوما يقول إن سوريا بلد جميل", "دوما", None),
    ("وبثت الخبر في قنوات سوريا الرسمية", "قنوات", None),
    ("وقال مسؤول في ويلسون إن الولايات المتحدة سترد", "ويلسون", None),
    ("سجل اللاعب هدفا في مباراة الدوري وقال المدرب إنه قضى موسمين في برشلونة قبل عودته إلى إسبانيا",
     "برشلونة", None),
    ("قضى المهندس موسمين في برشلونة قبل عودته إلى إسبانيا", "برشلونة", "gn:barcelona"),
    ("قضى المهندس موسمين في برشلونة قبل عودته إلى مصر", "برشلونة", None),
], ids=["after في in a story naming its country", "after وفي", "no country named", "another country named",
        "not after في", "a noun that takes the article", "a town named like people", "a club's town in a sport report",
        "the town elsewhere", "a big town, another country named"])
def test_after_in_a_name_is_the_place_when_the_document_names_its_country(decide, text, surface, place_id):
    """في دوما in a story that names Syria: the place, though دوما is "always" too."""
    assert decide(text).of(surface).place_id == place_id
