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
    ("فاز فريقه على قوافل مدريد في الجولة", "مدريد", "gn:madrid"),
    ("انتزع فوزه من بين فكي حسنية مدريد", "مدريد", "gn:madrid"),
    ("تصل اليوم بعثة أسيك مدريد وقوامها 30 فردا", "مدريد", "gn:madrid"),
    ("أعلن نادي القادسية مكافأة لكل لاعب", "القادسية", "adm1:IQ:Al Qadisiyah"),
    ("أعلنت إدارة اتحاد جدة في السعودية تجديد عقد المهاجم", "جدة", "gn:jeddah"),
    ("فاز الترجي على إتحاد جدة في السعودية", "جدة", "gn:jeddah"),
], ids=["arabic", "english", "arabic-eastern-club", "english-eastern-club", "arabic-athletic", "arabic-atletico",
        "arabic-ahli", "arabic-american-team", "arabic-tunisian-club", "arabic-moroccan-club", "arabic-ivorian-club",
        "arabic-division", "arabic-union", "arabic-union-with-hamza"])
def test_a_town_in_a_club_s_name_is_no_place(decide, text, surface, town):
    assert decide(text).rejected[surface] == (RULE, None, "part of a football club's name", "")
    assert decide(text, disable=[RULE]).mentions[surface].place_id == town


@pytest.mark.parametrize(("text", "surface"), [("زار مدريد", "مدريد"), ("He visited Madrid.", "Madrid")],
                         ids=["arabic", "english"])
def test_the_town_alone_is_the_town(decide, text, surface):
    assert decide(text).mentions[surface].place_id == "gn:madrid"


@pytest.mark.parametrize(("text", "surface", "place_id"), [
    ("أعلن رئيس اتحاد فرنسا لكرة القدم استقالته", "فرنسا", "cc:FR"),
    ("يهدد التمرد اتحاد المملكة المتحدة", "المملكة المتحدة", "cc:GB"),
], ids=["a-country-s-federation", "a-country-s-union"])
def test_a_country_after_the_union_s_word_stays(decide, text, surface, place_id):
    assert decide(text).mentions[surface].place_id == place_id


def test_a_club_s_word_that_names_a_town_too_is_no_town_before_a_place(decide):
    # فيردر بريمن is Werder Bremen, not Werder (Havel), whatever the document says of Germany.
    decided = decide("تعادل فيردر بريمن مع ضيفه في ألمانيا")
    assert decided.rejected["فيردر"].rule == RULE and decided.rejected["بريمن"].rule == RULE
    assert decide("تعادل فيردر بريمن مع ضيفه في ألمانيا", disable=[RULE]).mentions["فيردر"].place_id == "gn:werder"


def test_a_division_before_a_club_s_word_after_is_a_city_s_name(decide):
    """كيبيك سيتي is Quebec City: a club's word after a name makes a town's name a club's, not
    a division's. (English: no club's word after a name is also a city's, as سيتي is.)"""
    text = "وصل الوفد إلى القادسية سيتي بعد مباراة مانشستر سيتي"
    assert decide(text).mentions["القادسية"].place_id == "adm1:IQ:Al Qadisiyah"


def test_a_town_in_a_team_s_nickname_is_no_place(decide):
    text = "قال اللاعب إن نسور قابس جاهزون في تونس"
    assert decide(text).rejected["قابس"] == (RULE, None, "part of a team's nickname", "")
    assert decide(text, disable=[RULE]).mentions["قابس"].place_id == "gn:gabes"


def test_a_region_after_a_nickname_s_word_stays_the_place(decide):
    assert decide("حلقت نسور حماة فوق الجبال في سوريا").mentions["حماة"].place_id is not None
