"""scan.tanween: a name written with tanween is a word: a country's, its nationality's adjective (روسياً "a Russian"); a town's, the word (صيداً "prey")."""

import pytest

RULE = "scan.tanween"


@pytest.mark.parametrize(("text", "surface"), [
    ("طردت الحكومة 23 دبلوماسياً روسياً", "روسياً"),
    ("وجهت التهم إلى 13 روسيًا", "روسيًا"),
    ("اعتقلت الشرطة إيطاليًّا من أصل مغربي", "إيطاليًّا"),
], ids=["tanween on the alif", "tanween before the alif", "shadda and tanween"])
def test_a_country_s_name_with_tanween_is_the_adjective(decide, text, surface):
    assert surface not in decide(text).names()
    assert decide(text, disable=[RULE]).mentions[surface].place_id in ("cc:RU", "cc:IT")


@pytest.mark.parametrize("text", ["زار الوفد روسيا أمسِ", "زار الوفد روسيا مُسرعاً"],
                         ids=["other diacritics", "tanween on the next word"])
def test_the_country_written_without_it_stays(decide, text):
    assert decide(text).mentions["روسيا"].place_id == "cc:RU"


def test_a_town_s_name_with_tanween_is_the_word(decide):
    text = "وجدوا فيه صيداً سهلاً في لبنان"
    assert "صيداً" not in decide(text).names()
    assert decide(text, disable=[RULE]).mentions["صيداً"].place_id == "gn:sidon"
