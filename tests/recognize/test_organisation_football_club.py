"""organisation.football_club: a town's name beside a club's word is the club's."""

import pytest

RULE = "organisation.football_club"


@pytest.mark.parametrize(("text", "surface", "town"), [
    ("شجع ريال مدريد", "مدريد", "gn:madrid"), ("He cheers for Real Madrid.", "Madrid", "gn:madrid"),
    ("فاز لوكوموتيف موسكو على ضيفه", "موسكو", "gn:moscow"), ("Lokomotiv Moscow won at home.", "Moscow", "gn:moscow"),
    ("تعادل أتلتيك مدريد مع ضيفه", "مدريد", "gn:madrid"),
    ("فاز برشلونة على أتليتيكو مدريد", "مدريد", "gn:madrid"),
    ("قلص أهلي جدة الفارق مع الهلال في السعودية", "جدة", "gn:jeddah"),
    ("وقاد نوفيتسكي دالاس مافريكس للفوز", "دالاس", "gn:dallas"),
], ids=["arabic", "english", "arabic-eastern-club", "english-eastern-club", "arabic-athletic", "arabic-atletico",
        "arabic-ahli", "arabic-american-team"])
def test_a_town_in_a_club_s_name_is_no_place(decide, text, surface, town):
    assert decide(text).rejected[surface] == (RULE, None, "part of a football club's name", "")
    assert decide(text, disable=[RULE]).mentions[surface].place_id == town


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


@pytest.mark.parametrize(("text", "surface"), [("زار مدريد", "مدريد"), ("He visited Madrid.", "Madrid")],
                         ids=["arabic", "english"])
def test_the_town_alone_is_the_town(decide, text, surface):
    assert decide(text).mentions[surface].place_id == "gn:madrid"
