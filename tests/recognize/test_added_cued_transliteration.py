"""added.cued_transliteration: after a cue word, a name that sounds like a Latin name is that place."""

import pytest

RULE = "added.cued_transliteration"


def test_a_name_after_a_cue_word_is_matched_by_its_sound(decide):
    decided = decide("زار مدينة كراتشي في باكستان").mentions["كراتشي"]
    assert (decided.rule, decided.place_id) == (RULE, "gn:karachi")
    assert decide("زار مدينة كراتشي في باكستان", disable=[RULE]).mentions["كراتشي"].rule == "added.cue_named"


def test_a_short_sound_needs_the_place_s_country_in_the_document(decide):
    assert decide("زار مدينة كراتشي").mentions["كراتشي"].rule == "added.cue_named"


def test_a_long_sound_is_enough_with_nothing_else_to_go_on(decide):
    decided = decide("زار مدينة منشستر").mentions["منشستر"]
    assert (decided.rule, decided.place_id) == (RULE, "gn:manchester")


def test_a_frequent_word_sounds_like_a_place_only_in_a_country_the_document_names(decide):
    # The tiny gazetteer lists مانشيستر among frequent words, as wordfreq does سيستغرق ("will
    # take"), whose consonants are West Greece's.
    assert decide("زار مدينة مانشيستر").of("مانشيستر").rule != RULE
    decided = decide("زار مدينة مانشيستر في المملكة المتحدة").mentions["مانشيستر"]
    assert (decided.rule, decided.place_id) == (RULE, "gn:manchester")


def test_a_proclitic_and_a_cue_word_after_a_cue_is_no_name(decide):
    # كميناء is ك + ميناء ("as a port"), though its consonants are Kamina's.
    assert decide("زار مدينة كامينا في الكونغو").mentions["كامينا"].place_id == "gn:kamina"
    assert "كميناء" not in decide("عرفت المدينة كميناء تجاري في الكونغو").mentions


def test_a_word_with_the_article_sounds_like_no_place_abroad(decide):
    # الميرا and Elmira share their consonants, but a name with the Arabic article is Arabic.
    assert decide("وقعت اشتباكات في منطقة الميرا في الولايات المتحدة").of("الميرا").rule != RULE
    for written in ("لاميرا", "ألميرا"):  # no article: the foreign name's أل is no article
        decided = decide(f"وقعت اشتباكات في مدينة {written} في الولايات المتحدة").mentions[written]
        assert (decided.rule, decided.place_id) == (RULE, "gn:elmira")


def test_an_arab_name_with_the_article_is_left_to_the_cue_s_spot(decide):
    # Al Khafji's Latin name transliterates the Arabic, whose consonants many Arab places
    # share (محافظة الأفلاج was Fallujah): the cue names a spot, not a place by its sound.
    decided = decide("وقع الحادث في منطقة الخفجي في السعودية").of("الخفجي")
    assert decided.rule == "added.cue_named" and decided.place_id != "gn:khafji"


def test_after_a_cue_with_the_article_comes_no_name_but_the_capital_s(decide):
    # "the city" refers back: what follows it is a verb, an adjective or a noun.
    assert "منشستر" not in decide("وصل الجيش إلى مشارف المدينة منشستر").mentions
    decided = decide("اندلع حريق في العاصمة منشستر").mentions["منشستر"]
    assert (decided.rule, decided.place_id) == (RULE, "gn:manchester")


@pytest.mark.parametrize("text", [
    "قال جيمس منشستر إن الحزب سيفوز. وفي العام الأول من ولاية منشستر تغير الكثير",
    "قال الرئيس الأمريكي منشستر إن الحزب سيفوز. وفي العام الأول من ولاية منشستر تغير الكثير",
], ids=["after a foreign given name", "after a title and its adjective"])
def test_a_name_the_document_gives_someone_is_no_place_after_a_cue(decide, text):
    # ولاية ماكرون beside إيمانويل ماكرون: his term of office, not McCamey, Texas.
    assert "منشستر" not in decide(text).mentions
    assert decide("وفي العام الأول من ولاية منشستر تغير الكثير").mentions["منشستر"].rule == RULE


def test_a_place_after_a_bare_title_is_its_complement_and_stays_after_a_cue(decide):
    text = "التقى أمير منشستر بالوفد. وتقع مدينة منشستر شمالا"
    assert decide(text).mentions["منشستر"].rule == RULE


def test_a_verb_with_its_pronoun_after_the_cue_sounds_like_no_place(parse):
    # يقطنها "that ... inhabit" has Qatana's consonants, and the story names Syria.
    assert [m.surface for m in parse("قرب دمشق مدينة يقطنها 200 ألف نسمة")] == ["دمشق"]


def test_an_adjective_made_from_an_everyday_noun_is_the_cue_s_not_a_name(decide):
    # ميناء ترفيهي "a leisure port" is no The Wharf: كرشي (from كرش, an everyday word in the
    # tiny gazetteer) sounds like Karachi in a story naming Pakistan.
    assert "كرشي" not in decide("أنشئ ميناء كرشي في باكستان").mentions
    assert decide("أنشئ ميناء كراتشي في باكستان").mentions["كراتشي"].place_id == "gn:karachi"


@pytest.mark.parametrize(("text", "place_id"), [
    ("أقيمت في سوريا وحماة قاعدة كراتشيية بدعم من باكستان", None),
    ("أقيمت قاعدة كراتشيية في باكستان", "gn:karachi"),
], ids=["another country named most", "its country named most"])
def test_a_word_in_iyya_sounds_like_a_town_of_the_country_named_most_only(decide, text, place_id):
    # قاعدة لوجستية "a logistics base" in a story on Lebanon is no League City, Texas; مدينة
    # ملاطية in a story on Turkey is Malatya (كراتشيية stands for both here).
    decided = next((d for name, d in decide(text).mentions.items() if name.startswith("كراتشي")), None)
    assert (decided.place_id if decided and decided.rule == RULE else None) == place_id


def test_a_frequent_word_in_iyya_is_the_cue_s_adjective_wherever(decide):
    # The tiny gazetteer lists كراتشية among frequent words, as wordfreq does ترفيهية.
    assert "كراتشية" not in decide("أقيمت قاعدة كراتشية في باكستان").mentions


@pytest.mark.parametrize(("text", "place_id"), [
    ("زار مدينة كراتشي في مصر. وقالت باكستان إن", None),  # the sentence names Egypt, not Pakistan
    ("زار وزير مصري مدينة كراتشي في باكستان. وقالت القاهرة إن", "gn:karachi"),
    ("قالت وكالة الصحافة الفرنسية. زار مدينة كراتشي في باكستان", "gn:karachi"),
    ("زار مدينة كراتشي لبحث المسألة السورية. وقالت باكستان إن", None),  # a short sound: the demonym first
], ids=["another country", "one of the sentence's countries", "the document's other country elsewhere",
        "a demonym of the sentence"])
def test_a_sentence_that_names_countries_says_where_the_sound_is(decide, text, place_id):
    # مدينة سيفاري (وسط مالي) in a story whose agency is French is no Sèvres.
    decided = decide(text).of("كراتشي")
    assert (decided.rule == RULE, decided.place_id if decided.rule == RULE else None) == (place_id is not None, place_id)


def test_a_telling_sound_stands_beside_a_demonym_of_the_sentence(decide):
    # ولاية ميريلاند ... المسألة العراقية: Maryland all the same.
    decided = decide("زار مدينة منشستر لبحث المسألة السورية").mentions["منشستر"]
    assert (decided.rule, decided.place_id) == (RULE, "gn:manchester")


def test_a_region_of_no_country_in_the_sentence_pins_none(decide):
    # The Middle East names no country: it leaves the sound to stand on its own, as alone.
    decided = decide("زار مدينة منشستر ثم عاد إلى الشرق الأوسط").mentions["منشستر"]
    assert (decided.rule, decided.place_id) == (RULE, "gn:manchester")


@pytest.mark.parametrize(("cue", "rule", "place_id"), [
    ("مدينة", RULE, "gn:reading"),
    ("ولاية", "added.cue_named", "near:cc:US:ريدنغ"),  # a spot in the country, not the town
], ids=["town", "state"])
def test_after_a_state_s_cue_a_small_town_is_not_the_name(decide, cue, rule, place_id):
    # Reading, a town of 95,000, sounds like ريدنغ: a town's cue may name it, a state's
    # (ولاية، إقليم، مقاطعة) names a division or a big town (إقليم ننكرهار is no Henniker).
    decided = decide(f"زار الوفد {cue} ريدنغ في الولايات المتحدة").of("ريدنغ")
    assert (decided.rule, decided.place_id) == (rule, place_id)


@pytest.mark.parametrize(("text", "matched"), [
    ("وقعت مواجهات في حي منشستر قرب مدينة ليفربول", True),  # a town this near one the story names
    ("وقعت مواجهات في حي منشستر شمال مدينة لندن", False),  # 260 km from London: a neighbourhood of its own
], ids=["near a town named", "far from every town named"])
def test_a_neighbourhood_sounds_like_a_town_only_near_one_the_document_names(decide, text, matched):
    # حي برزة in a story on Damascus is no Paris, however its consonants sound.
    assert (decide(text).mentions["منشستر"].rule == RULE) is matched
