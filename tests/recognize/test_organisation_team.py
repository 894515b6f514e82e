"""organisation.team: a town's name right after فريق (or جمعية in a sport report) is its club."""

import pytest

RULE = "organisation.team"


@pytest.mark.parametrize(("text", "surface", "town"), [
    ("سطع نجمه في فريق ليفربول ثم انتقل", "ليفربول", "gn:liverpool"),
    ("فاز الفريق في مباراة الدوري بهدفين وقال المدرب إن اللاعبين قدموا أداء جيدا. وخسر جمعية مدريد أمام منافسه",
     "مدريد", "gn:madrid"),
], ids=["team", "association in a sport report"])
def test_a_town_after_a_team_s_word_is_its_club(decide, text, surface, town):
    assert decide(text).rejected[surface] == (RULE, None, "a club's name (after a team's word)", "")
    assert decide(text, disable=[RULE]).mentions[surface].place_id == town


def test_an_association_outside_sport_is_no_club(decide):
    assert decide("أغلقت جمعية مدريد التعاونية فروعها").mentions["مدريد"].place_id == "gn:madrid"


def test_a_country_after_a_team_s_word_is_its_national_team(decide):
    assert decide("خسر أمام فريق تونس القوي").mentions["تونس"].place_id == "cc:TN"


def test_with_a_proclitic_on_the_team_s_word_too(decide):
    assert decide("انضم لفريق ليفربول الموسم الماضي").rejected["ليفربول"].rule == RULE


def test_a_text_whose_team_word_is_before_no_name_never_calls_the_rule(decide):
    # The rule is gated on a name right after the word (DocumentFacts.team_word_names).
    assert decide("أرسلت الأمم المتحدة فريق تحقيق إلى ليفربول").mentions["ليفربول"].place_id == "gn:liverpool"
