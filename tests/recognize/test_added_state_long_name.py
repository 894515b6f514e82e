"""added.state_long_name: a state word, the adjectives of the state's form and its
nationality's adjective name the country (الجمهورية العربية السورية)."""

import pytest

from geo.model import Document
from geo.pipeline import Geoparser

RULE = "added.state_long_name"


@pytest.fixture(scope="module")
def found(gazetteer):
    parsers = {}

    def run(text: str, *, disable=()) -> list[tuple[str, str | None, str]]:
        parser = parsers.get(tuple(disable)) or parsers.setdefault(tuple(disable), Geoparser(gazetteer, disable=disable))
        mentions, _ = parser.parse_detailed(Document(id="t", text=text))
        return [(m.surface, m.place.place_id if m.place else None, m.rule) for m in mentions]

    return run


@pytest.mark.parametrize(("text", "name", "place_id"), [
    ("وصل الرئيس إلى الجمهورية العربية السورية في زيارة", "الجمهورية العربية السورية", "cc:SY"),
    ("أعلنت رئاسة الجمهورية التونسية عن زيارة", "الجمهورية التونسية", "cc:TN"),
    ("زار الوفد المملكة الأردنية الهاشمية أمس", "المملكة الأردنية الهاشمية", "cc:JO"),
    ("وقعت الجمهورية الإسلامية الإيرانية اتفاقا", "الجمهورية الإسلامية الإيرانية", "cc:IR"),
    ("قال وزير خارجية المملكة المغربية إن العلاقات جيدة", "المملكة المغربية", "cc:MA"),
    ("سلم رسالة للجمهورية اللبنانية", "جمهورية اللبنانية", "cc:LB"),  # لل: the article's alef dropped
    ("أقام حفلا بالجمهورية الجزائرية الديمقراطية الشعبية", "الجمهورية الجزائرية الديمقراطية الشعبية", "cc:DZ"),
])
def test_a_state_s_long_name_is_its_country(found, text, name, place_id):
    assert (name, place_id, RULE) in found(text)
    assert name not in [surface for surface, _, _ in found(text, disable=[RULE])]


@pytest.mark.parametrize("text", [
    "أعلن تنظيم الدولة الإسلامية المسؤولية",
    "وقالت الجمهورية الإسلامية إنها سترد",
    "وقال إن الجمهورية الثانية انتهت",
], ids=["not الدولة", "no nationality", "an ordinal, not a nationality"])
def test_no_state_without_its_nationality(found, text):
    assert not [m for m in found(text) if m[2] == RULE]


def test_a_longer_name_the_gazetteer_lists_is_kept(found):
    assert found("زار الوفد المملكة العربية السعودية") == [("المملكة العربية السعودية", "cc:SA", "scan.gazetteer")]


def test_a_name_the_gazetteer_lists_and_another_rule_rejected_stays_rejected(found):
    assert found("يعرض البرنامج الساعة الثامنة بتوقيت المملكة العربية السعودية") == []  # a time zone


def test_the_bare_state_word_then_means_that_state(found):
    text = "زار الوفد المملكة الأردنية الهاشمية أمس. وقال الوزير إن المملكة ترحب بالوفد"
    assert found(text)[-1] == ("المملكة", "cc:JO", RULE)


def test_two_states_of_one_word_leave_the_bare_word_to_the_resolver(found):
    text = "قال وزير خارجية المملكة المغربية والمملكة الأردنية إن المملكة ترحب"
    assert found(text)[-1][2] != RULE
