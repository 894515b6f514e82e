"""organisation.team: a town's name right after فريق (or جمعية in a sport report) is its club."""

import pytest

RULE = "organisation.team"


@pytest.mark.parametrize(("text", "surface", "town"), [
    ("سطع نجمه في فريق ليفربول ثم انتقل", "ليفربول", "gn:liverpool"),
    ("فاز الفريق في مباراة الدوري بهدفين وقال المدرب إن اللاعبين قدموا أداء جيدا. وخسر جمعية مدريد أمام منافسه",
     "مدريد", "gn:madrid"),
    ("غاب لاعب وسط ليفربول عن المباراة", "ليفربول", "gn:liverpool"),
    ("غاب مدرب ليفربول عن المباراة", "ليفربول", "gn:liverpool"),
], ids=["team", "association in a sport report", "midfielder", "coach"])
def test_a_town_after_a_team_s_word_is_its_club(decide, text, surface, town):
    assert decide(text).rejected[surface] == (RULE, None, "a club's name (after a team's word)", "")
    assert decide(text, disable=[RULE]).mentions[surface].place_id == town


def test_an_association_outside_sport_is_no_club(decide):
    assert decide("أغلقت جمعية مدريد التعاونية فروعها").mentions["مدريد"].place_id == "gn:madrid"


@pytest.mark.parametrize(("text", "surface", "place_id"), [
    ("خسر أمام فريق تونس القوي", "تونس", "cc:TN"),
    ("غاب مدرب إنجلترا عن المباراة", "إنجلترا", "alias:england"),
], ids=["a country", "a home nation"])
def test_a_country_after_a_team_s_word_is_its_national_team(decide, text, surface, place_id):
    assert decide(text).mentions[surface].place_id == place_id


def test_with_a_proclitic_on_the_team_s_word_too(decide):
    assert decide("انضم لفريق ليفربول الموسم الماضي").rejected["ليفربول"].rule == RULE


@pytest.mark.parametrize("team_word", ["لفريقه", "فريقها"])
def test_with_a_possessive_on_the_team_s_word_too(decide, team_word):
    # أضاف الهدف الرابع لفريقه تروا: "his team Troyes".
    assert decide(f"سجل الهدف الرابع {team_word} ليفربول").rejected["ليفربول"].rule == RULE


def test_a_team_word_before_no_name_leaves_the_text_s_places_alone(decide):
    assert decide("أرسلت الأمم المتحدة فريق تحقيق إلى ليفربول").mentions["ليفربول"].place_id == "gn:liverpool"


def test_the_rule_is_called_only_for_texts_with_a_name_right_after_a_team_word(tiny_gazetteer):
    from geo.recognize.facts import DocumentFacts
    from geo.recognize.lexicon import Lexicon
    from geo.text import fold_with_offsets

    def team_word_names(text):
        return DocumentFacts(fold_with_offsets(text), Lexicon(tiny_gazetteer), lambda *_: 0.0).team_word_names

    assert team_word_names("أرسلت الأمم المتحدة فريق تحقيق إلى ليفربول") == frozenset()
    assert team_word_names("سطع نجمه في فريق ليفربول") == {len("سطع نجمه في فريق ")}
