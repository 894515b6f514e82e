"""Every event rule: it fires where it should, stays quiet where it should not, and switching
it off by name changes what is found."""

from __future__ import annotations

import pytest

from geo.events import DEFAULT_EVENT_RULES, EventDetector, load_event_detector
from geo.events.rules import STAGES
from geo.rules import RuleError, check_unique

A, N, F = "asserted", "negated", "future"

# rule -> (text where it fires, events with it on, events with it off, text where it does not fire)
CASES = {
    "word.bare": (
        "Police made an arrest.", [("arrest", "arrest", A)], [],
        "Police arrested five men.",
    ),
    "word.arabic_clitics": (
        "واعتقلت الشرطة ثلاثة.", [("arrest", "اعتقلت", A)], [],
        "تجدر الإشارة إلى اختلاف مظاهره بين الأمس واليوم.",  # مظاهره: its forms, not a demonstration
    ),
    "word.english_inflections": (
        "Police arrested five men.", [("arrest", "arrested", A)], [],
        "The Protestant church reopened.",  # a word, not an inflection of protest
    ),
    "context.needs_cue": (
        "أطلقت الوزارة حملة توعية.", [], [("violence_against_civilians", "أطلقت", A)],
        "أطلقت السلطات سراح 50 معتقلا.",
    ),
    "attribute.neighbours": (
        "Riot police lined the streets.", [], [("riot", "Riot", A)],
        "The riot lasted all night.",
    ),
    "attribute.listed_words": (
        "تذكرون أبو قتادة الأردني.", [], [("arrest", "قتادة", A)],
        "اقتادت الشرطة المشتبه به.",
    ),
    "figurative.neighbours": (
        "اندلعت حرب الأسعار بين الشركات.", [], [("armed_clash", "حرب", A)],
        "اندلعت الحرب في الشمال.",
    ),
    "figurative.sport": (
        "فاز الفريق بعد هجوم مكثف في الشوط الثاني.", [], [("armed_clash", "هجوم", A)],
        "شن مسلحون هجوما على القاعدة العسكرية.",
    ),
    "overlap.longest": (
        "أعلن الطرفان وقف إطلاق النار.", [("diplomacy", "وقف إطلاق النار", A)],
        [("diplomacy", "وقف إطلاق النار", A), ("violence_against_civilians", "إطلاق النار", A)],
        "أطلق مسلحون النار على المارة.",
    ),
    "attack.by_means": (
        "أسفر هجوم انتحاري عن مقتل عشرة.", [("strike_explosion", "هجوم", A), ("strike_explosion", "انتحاري", A),
                                            ("strike_explosion", "مقتل", A)],
        [("armed_clash", "هجوم", A), ("strike_explosion", "انتحاري", A), ("strike_explosion", "مقتل", A)],
        "شن المسلحون هجوما على البوابة.",
    ),
    "attack.on_civilians": (
        "Gunmen attacked a village overnight.", [("violence_against_civilians", "attacked", A)],
        [("armed_clash", "attacked", A)],
        "Militants attacked an army base.",
    ),
    "crowd.with_protesters": (
        "Protesters clashed with police.", [("protest", "Protesters", A), ("riot", "clashed", A)],
        [("protest", "Protesters", A), ("armed_clash", "clashed", A)],
        "Troops clashed with rebels.",
    ),
    "hostage.not_arrest": (
        "Kidnappers released the aid worker.",
        [("violence_against_civilians", "Kidnappers", A), ("violence_against_civilians", "released", A)],
        [("violence_against_civilians", "Kidnappers", A), ("arrest", "released", A)],
        "The authorities released 200 prisoners.",
    ),
    "casualty.take_cause": (
        "Five civilians were killed in an air strike.",
        [("strike_explosion", "killed", A), ("strike_explosion", "air strike", A)],
        [("violence_against_civilians", "killed", A), ("strike_explosion", "air strike", A)],
        "The court heard how the man was killed in 1990.",
    ),
    "protest.violent": (
        "اندلعت احتجاجات عنيفة في المدينة.", [("protest", "احتجاجات", A), ("riot", "احتجاجات", A)],
        [("protest", "احتجاجات", A)],
        "اندلعت احتجاجات سلمية في المدينة.",
    ),
    "polarity.future_particle": (
        "وسيعتقل كل من يخالف القرار.", [("arrest", "يعتقل", F)], [("arrest", "يعتقل", A)],
        "واعتقل كل من خالف القرار.",
    ),
    "polarity.purpose": (
        "The army launched an offensive to retake the city.", [("armed_clash", "offensive", A), ("armed_clash", "retake", F)],
        [("armed_clash", "offensive", A), ("armed_clash", "retake", A)],
        "The army retook the city.",
    ),
    "polarity.future": (
        "دعا الاتحاد إلى التظاهر يوم الجمعة.", [("protest", "تظاهر", F)], [("protest", "تظاهر", A)],
        "تظاهر الآلاف يوم الجمعة.",
    ),
    "polarity.call_to_stop": (
        "Activists urged an end to the fighting.", [("armed_clash", "fighting", A)], [("armed_clash", "fighting", F)],
        "Activists urged a ceasefire.",
    ),
    "polarity.negation": (
        "لم يشهد الحي أي اشتباكات.", [("armed_clash", "اشتباكات", N)], [("armed_clash", "اشتباكات", F)],
        "لا تزال الاشتباكات مستمرة.",
    ),
    "casualty.previous_sentence": (
        "A car bomb exploded in the market. The dead were buried on Friday.",
        [("strike_explosion", "car bomb", A), ("strike_explosion", "exploded", A), ("strike_explosion", "dead", A)],
        [("strike_explosion", "car bomb", A), ("strike_explosion", "exploded", A),
         ("violence_against_civilians", "dead", A)],
        "A car bomb exploded in the market.\n\nThe dead were buried on Friday.",
    ),
    "polarity.denial": (
        "The ministry denied reports that protesters had been detained.",
        [("protest", "protesters", A), ("arrest", "detained", N)], [("protest", "protesters", A), ("arrest", "detained", A)],
        "The ministry confirmed that protesters had been detained.",
    ),
}


def test_every_default_rule_has_a_case_and_they_run_in_stage_order():
    assert sorted(CASES) == sorted(each.name for each in DEFAULT_EVENT_RULES)
    stages = [STAGES.index(each.stage) for each in DEFAULT_EVENT_RULES]
    assert stages == sorted(stages)
    assert check_unique(DEFAULT_EVENT_RULES) == DEFAULT_EVENT_RULES


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_rule_fires_and_switching_it_off_changes_the_result(events_in, name):
    text, with_rule, without_rule, _ = CASES[name]
    assert events_in(text) == with_rule
    assert events_in(text, disable=[name]) == without_rule


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_rule_does_not_fire_where_it_should_not(event_detector, name):
    from geo.model import Document

    *_, quiet = CASES[name]
    events = event_detector.detect(Document(id="t", text=quiet))
    assert all(name not in (e.rule, e.polarity_rule) for e in events), events


def test_the_finder_and_the_polarity_rule_travel_with_every_event(event_detector):
    from geo.model import Document

    [event] = event_detector.detect(Document(id="t", text="لم يشهد الحي أي اشتباكات."))
    assert (event.rule, event.polarity_rule) == ("word.arabic_clitics", "polarity.negation")


def test_a_family_is_switched_off_at_once(events_in):
    assert events_in("The minister faced a storm of criticism.", disable=["figurative"]) == [("disaster", "storm", A)]


def test_an_unknown_rule_name_is_refused():
    with pytest.raises(RuleError, match="no rule named 'polarity.typo'"):
        load_event_detector(disable=["polarity.typo"])


def test_a_rule_in_an_unknown_stage_is_refused(event_detector):
    from geo.rules import rule

    @rule("extra.thing", stage="afterwards")
    def extra(candidate, sentence):
        """Does nothing. Arabic: -; English: -."""
        return candidate

    with pytest.raises(RuleError, match="unknown stages"):
        EventDetector(event_detector.terms, rules=(*DEFAULT_EVENT_RULES, extra))


def test_a_detector_travels_to_worker_processes_with_its_rules(event_detector):
    import pickle

    from geo.model import Document

    detector = load_event_detector(disable=["figurative"])
    copy = pickle.loads(pickle.dumps(detector))
    assert [each.name for each in copy.rules] == [each.name for each in detector.rules]
    text = Document(id="t", text="The minister faced a storm of criticism. Police arrested five men.")
    assert copy.detect(text) == detector.detect(text) != event_detector.detect(text)
