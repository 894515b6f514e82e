"""added.cue_named: after a cue word that always names, a rare word is a place's name."""

import pytest

RULE = "added.cue_named"


def test_a_rare_word_after_a_naming_cue_is_a_place_the_gazetteer_lacks(decide):
    decided = decide("هبطت الطائرة في مطار ساكوني").mentions["ساكوني"]
    assert decided == (RULE, None, "named as a place by 'مطار' but not in the gazetteer", "مطار")
    # Without the rule the airport is one landmark, as added.facility reads it.
    without = decide("هبطت الطائرة في مطار ساكوني", disable=[RULE])
    assert without.names() == {"مطار ساكوني"} and without.mentions["مطار ساكوني"].rule == "added.facility"


@pytest.mark.parametrize("text", ["تقدمت القوات في مديرية #حيس", "تقدمت القوات في منطقة \"ساكوني\" أمس"],
                         ids=["a hashtag", "quoted"])
def test_a_name_behind_a_hashtag_or_a_quote_after_the_cue_word_is_named(decide, text):
    assert [rule for rule, *_ in decide(text).mentions.values()] == [RULE]


@pytest.mark.parametrize("text", ["استشهد ثلاثة في حي الشجاعية بقطاع غزة", "اشتعلت النار في منزل بحي الشجاعية"],
                         ids=["neighbourhood", "with-a-proclitic"])
def test_a_neighbourhood_is_named(decide, text):
    assert decide(text).mentions["الشجاعية"][0] == RULE


def test_after_the_cue_word_with_its_article_nothing_is_named(decide):
    assert decide("هبطت الطائرة في المطار ساكوني").names() == set()
    assert decide("خرج سكان الحي الشجاعية").names() == set()


def test_a_frequent_feminine_word_after_the_cue_is_its_adjective(decide):
    # نائية "remote" (frequent in the tiny gazetteer, as in wordfreq): a remote area, no place.
    assert "نائية" not in decide("لجأ السكان إلى منطقة نائية").names()
    assert decide("لجأ السكان إلى منطقة ناوية").mentions["ناوية"].rule == RULE  # a rare word still names


@pytest.mark.parametrize("text", [
    "تكفي لاستهلاك مدينة يقطنها 200 ألف نسمة",  # an imperfect verb with "it"
    "وسط مقاطعة تفرضها بعض الدول على الدوحة",  # "a boycott that ... impose"
    "وهي منطقة ادرجتها المنظمة في قائمتها",  # a perfect verb with "it"
], ids=["imperfect", "imperfect, she", "perfect"])
def test_a_verb_with_a_pronoun_after_the_cue_names_nothing(decide, text):
    assert not [name for name in decide(text).names() if name not in ("الدوحة",)]


def test_a_rare_name_that_only_ends_like_a_pronoun_still_names(decide):
    assert decide("جنوبي العاصمة بمنطقة نجها").mentions["نجها"].rule == RULE


@pytest.mark.parametrize(("text", "names"), [
    ("تقدمت القوات في منطقتي المرج ودوما", {"المرج", "دوما"}),
    ("سيطرت القوات على بلدتي الفوعة والبوعيثة اللتين تحاصرهما", {"الفوعة", "البوعيثة"}),
], ids=["the first name ends before the second's wa", "both unknown, a relative pronoun after"])
def test_a_dual_cue_names_its_two_places(decide, text, names):
    decided = decide(text).mentions
    assert set(decided) == names
    assert all(decided[name].cue in {"منطقتي", "بلدتي"} for name in names)


@pytest.mark.parametrize("text", [
    "ألقي القبض على شاب بمنطقة الطابعي بمعتمدية قابس",  # a Tunisian delegation's cue word
    "ألقي القبض على شاب بمنطقة الطابعي بمدينة قابس",
], ids=["معتمدية", "مدينة"])
def test_a_name_ends_before_the_next_cue_word(decide, text):
    # The town after the second cue does not take the first cue's name with it.
    decided = decide(text).mentions
    assert decided["الطابعي"].rule == RULE and decided["قابس"].place_id is not None


def test_a_government_directorate_names_nothing(decide):
    # مديرية is a Yemeni district's cue word, and a government's directorate before an
    # everyday word: مديرية الأمن (security) is no place.
    assert decide("قال مدير مديرية الأمن إن الوضع هادئ").names() == set()
    assert decide("قال مدير مديرية شؤون اللاجئين إن الوضع هادئ").names() == set()  # a department
    assert decide("سيطرت القوات على مديرية ساكوني").mentions["ساكوني"].rule == RULE


@pytest.mark.parametrize(("text", "name"), [
    ("قصفت الطائرات قاعدة ساكوني الجوية", "ساكوني"),
    ("قصفت الطائرات قاعدة ساكوني. وقالت إن قاعدة ساكوني العسكرية أصيبت", "ساكوني"),
    ("وصلت المساعدات إلى مخيم الزعتري", "الزعتري"),
    ("قصفت الطائرات قاعدة العند الجوية", "العند"),
], ids=["a base with its adjective", "the adjective elsewhere in the document", "a camp",
        "the article on a function word is a name (العند, not ال + عند)"])
def test_bases_and_camps_are_named(decide, text, name):
    assert decide(text).mentions[name].rule == RULE


@pytest.mark.parametrize("text", [
    "تسعى الحكومة إلى توسيع قاعدة المنتجين",  # a base of support
    "اقتحم المسلحون مخيم للنازحين",  # a camp for the displaced
    "افتتحت مدينة للألعاب",  # a city for games
], ids=["a base with no base's adjective", "for the displaced", "for games"])
def test_a_base_of_support_and_a_camp_for_someone_name_nothing(decide, text):
    assert decide(text).names() == set()
