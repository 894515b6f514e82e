"""organisation.club_in_sport_report: in a sport report, a town standing for its club is the club."""

import pytest


RULE = "organisation.club_in_sport_report"
REPORT_AR = "فاز الفريق في مباراة الدوري بهدفين وقال المدرب إن اللاعبين قدموا أداء جيدا. "
REPORT_EN = "The coach said the league match was won by two goals. "


@pytest.mark.parametrize(("text", "surface", "place_id"), [
    (REPORT_AR + "وجاء الفوز على ليفربول في الشوط الثاني", "ليفربول", "gn:liverpool"),
    (REPORT_AR + "وتعادل مستقبل قابس مع منافسه في تونس", "قابس", "gn:gabes"),
    (REPORT_AR + "وفاز ليفربول الإنجليزي على منافسه", "ليفربول", "gn:liverpool"),
    (REPORT_EN + "Then they beat Liverpool 3-1.", "Liverpool", "gn:liverpool"),
    (REPORT_AR + "وخسر المغرب الفاسي أمام منافسه", "المغرب", "cc:MA"),
    (REPORT_AR + "وتعادل قطر القطري مع منافسه", "قطر", "cc:QA"),
    (REPORT_AR + "وشهدت الجولة فوز أوغسبورغ على منافسه", "أوغسبورغ", "gn:augsburg"),
    (REPORT_AR + "وأعلنت إدارة شبيبة قابس تجديد عقد المهاجم في تونس", "قابس", "gn:gabes"),
    (REPORT_AR + "وانهزم بميدانه أمام أولمبي قابس في تونس", "قابس", "gn:gabes"),
    (REPORT_AR + "وتصل اليوم بعثة أيك قابس إلى تونس", "قابس", "gn:gabes"),
    (REPORT_AR + "ويسعى النصر إلى الفوز حينما يستضيف القادسية", "القادسية", "adm1:IQ:Al Qadisiyah"),
    (REPORT_AR + "وأجرى القادسية الكويتي عددا من التبديلات", "القادسية", "adm1:IQ:Al Qadisiyah"),
    (REPORT_AR + "وفاز الكفرة الليبي على منافسه", "الكفرة", "adm1:LY:Al Kufrah"),
    (REPORT_AR + "وتعادل بعث قابس مع منافسه في تونس", "قابس", "gn:gabes"),
    (REPORT_AR + "وفازت قابس الرياضية على منافسها في تونس", "قابس", "gn:gabes"),
], ids=["arabic club town", "arabic club prefix", "arabic masculine adjective", "english club town",
        "country and a town's adjective", "country and its own adjective", "arabic bundesliga town",
        "arabic shabiba", "arabic olympic", "arabic aek", "arabic club division", "arabic club division's adjective",
        "arabic feminine division", "arabic baath", "arabic sports after the town"])
def test_in_a_sport_report_the_club_is_no_place(decide, text, surface, place_id):
    assert decide(text).rejected[surface].rule == RULE
    assert decide(text, disable=[RULE]).mentions[surface].place_id == place_id


@pytest.mark.parametrize(("text", "surface"), [
    ("انتقل نيمار إلى باريس سان جيرمان", "باريس"),
    ("فاز برشلونة على ضيفه روما 4-1", "روما"),  # a short report: one sport word, no more
    ("خسر الفريق أمام مضيفه ليفربول", "ليفربول"),
    (REPORT_AR + "وخسر الفريق أمام مضيفه قابس", "قابس"),
    ("يلاقي الهلال نظيره ليفربول وديا", "ليفربول"),
], ids=["arabic club phrase", "after his guest", "after his host", "after his host in a sport report",
        "after its counterpart"])
def test_a_club_s_full_name_is_no_place_anywhere(decide, text, surface):
    assert decide(text).rejected[surface].rule == RULE


@pytest.mark.parametrize(("text", "surface"), [
    (REPORT_AR + "وأقيمت المباراة في ليفربول", "ليفربول"),
    ("وصل الوفد إلى ليفربول أمس لبحث الاستثمار", "ليفربول"),
    (REPORT_AR + "وزار اللاعبون باريس", "باريس"),
    ("وفاز بطل أولمبي قابس بجائزة الثقافة في تونس", "قابس"),  # not a sport report: "an Olympic champion"
    (REPORT_EN + "The match in Liverpool was played in the rain.", "Liverpool"),
    ("The delegation arrived in Liverpool on Monday.", "Liverpool"),
    (REPORT_AR + "وأقيمت المباراة في القادسية", "القادسية"),
    ("وجاءت النتائج الأولية في البصرة والقادسية وكربلاء", "القادسية"),
    (REPORT_AR + "وزار الوفد كردستان الشمالي", "كردستان"),
    (REPORT_AR + "وفي كارولاينا الشمالية سان جرمان مع تشلسي", "كارولاينا الشمالية"),
    (REPORT_AR + "وتأمل قابس استضافة البطولة في تونس", "قابس"),
    ("تعادل منتخب مصر مع ضيفه روسيا", "روسيا"),  # a country is its national team's
], ids=["arabic after في", "arabic not about sport", "arabic no club town", "arabic olympic adjective", "english after in",
        "english not about sport", "arabic division after في", "arabic division not about sport",
        "arabic masculine division", "arabic division before a club's phrase", "arabic after a verb like a prefix",
        "a country after his guest"])
def test_the_town_stays_the_town(decide, text, surface):
    assert surface in decide(text).mentions



@pytest.mark.parametrize("text", [
    REPORT_AR + "وفاز منتخب المغرب الأولمبي على منافسه",
    REPORT_AR + "وقال مدرب مصر الأرجنتيني إن فريقه جاهز",
], ids=["no place's adjective", "another country's adjective"])
def test_a_country_stays_its_team(decide, text):
    surface = "المغرب" if "المغرب" in text else "مصر"
    assert surface in decide(text).mentions


def test_a_country_with_a_town_s_adjective_is_a_club_in_any_text(decide):
    text = "نتائج الأحد: - المغرب الفاسي - الوداد"  # a results table: no sport words around it
    assert decide(text).rejected["المغرب"] == (RULE, None, "a club's name (a country's name with a town's adjective)", "")
    assert decide("زار الوفد المغرب الأسبوع الماضي").mentions["المغرب"].place_id == "cc:MA"
