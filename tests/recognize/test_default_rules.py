"""DEFAULT_RULES: named, documented, tested, in stage order; rules never change what they are given."""

from __future__ import annotations

import copy
import dataclasses
from pathlib import Path

import pytest

from geo.model import Document
from geo.pipeline import Geoparser
from geo.recognize import DEFAULT_RULES, STAGES, Recognizer
from geo.rules import Rule, RuleError, check_unique, rule

HERE = Path(__file__).resolve().parent


def test_every_rule_has_a_unique_name():
    assert check_unique(DEFAULT_RULES) == DEFAULT_RULES


@pytest.mark.parametrize("each", DEFAULT_RULES, ids=lambda each: each.name)
def test_every_rule_has_a_one_line_description_and_examples(each):
    description, _, examples = each.function.__doc__.strip().partition("\n\n")
    assert description == each.description and "\n" not in description and description.endswith(".")
    assert "Arabic" in examples and "English" in examples, "say what the rule does in each language, or why not"


@pytest.mark.parametrize("each", DEFAULT_RULES, ids=lambda each: each.name)
def test_every_rule_has_a_test_module(each):
    assert (HERE / f"test_{each.name.replace('.', '_')}.py").is_file()


def test_rules_run_stage_by_stage():
    stages = [STAGES.index(each.stage) for each in DEFAULT_RULES]
    assert stages == sorted(stages)


def test_a_recognizer_refuses_rules_out_of_stage_order(tiny_gazetteer):
    @rule("scan.late", stage="scan")
    def late_scan(facts, names):
        """Keeps every name, after the support stage."""
        return names

    with pytest.raises(RuleError, match="stage by stage"):
        Recognizer(tiny_gazetteer, prior=lambda place, flags: 0.0, rules=(*DEFAULT_RULES, late_scan))


TEXTS = (
    "زار الرياض وجدة ثم مدينة كراتشي في باكستان وغادر كراتشي إلى #الخفجي #السعودية",
    "قال الرئيس السوري بشار إن بشار الأسد زار مستشفى الملك خالد ومنطقة صباح الأحمد وولاية جورجيا",
    "الدوحة - قنا : شجع ريال مدريد واشترى سيارة هوندا ومدرسة للبنين",
    "Peyton Manning threw twice. Later Jackson Manning spoke. Gov. Jackson signed the bill in Tulsa, Okla.",
    "Rain fell on Dallas and Tarrant counties and the Brazos River. Central banks read The Moscow Times.",
    "Crews closed Richmond Street in Winston-Salem. Paris Hilton drove a 1995 Honda to the city of Caen.",
)


def _guarded(each: Rule) -> Rule:
    """``each``, failing a test if it changes a candidate or a list of candidates it is given;
    called in every document, whatever fact it names (Rule.when only saves calls), and at the
    names its Rule.at fact gives (the rule reads nothing else)."""

    def guard(facts, given, *rest):
        before = copy.deepcopy(given)
        result = each.function(facts, given, *rest)
        assert given == before, f"{each.name} changed what it was given"
        return result

    guard.__doc__ = each.function.__doc__
    return dataclasses.replace(each, function=guard, when=None)  # Rule.when only saves calls


def test_no_rule_changes_a_candidate_it_is_given(tiny_gazetteer):
    plain = Geoparser(tiny_gazetteer)
    guarded = Geoparser(tiny_gazetteer)
    guarded.recognizer = Recognizer(tiny_gazetteer, prior=guarded.resolver.prior,
                                    rules=tuple(_guarded(each) for each in DEFAULT_RULES))
    for text in TEXTS:
        document = Document(id="t", text=text)
        assert guarded.parse_detailed(document) == plain.parse_detailed(document)


def _with_filter_rule(tiny_gazetteer, extra: Rule) -> Geoparser:
    """A geoparser whose recognizer runs ``extra`` first among the filter rules."""
    first_filter = next(i for i, each in enumerate(DEFAULT_RULES) if each.stage == "filter")
    parser = Geoparser(tiny_gazetteer)
    parser.recognizer = Recognizer(tiny_gazetteer, prior=lambda place, flags: 0.0,
                                   rules=(*DEFAULT_RULES[:first_filter], extra, *DEFAULT_RULES[first_filter:]))
    return parser


@pytest.mark.parametrize(("gate", "text", "called"), [
    ({"when": "company_word_ends"}, "وصل الوفد إلى القاهرة", []),
    ({"when": "company_word_ends"}, "أعلنت شركة في القاهرة", ["القاهره"]),
    ({"at": "company_word_ends"}, "وصل الوفد إلى القاهرة", []),
    ({"at": "company_word_ends"}, "زار الوفد القاهرة وشركة الرياض للطيران", ["الرياض"]),
], ids=["when: a text without the fact", "when: a text with it", "at: no such name", "at: only that name"])
def test_a_rule_is_called_only_where_the_fact_it_names_says(tiny_gazetteer, gate, text, called):
    # Rule.when: not for the names of a text without the fact; Rule.at: only for the names
    # that start where the fact says (the word after شركة).
    calls = []

    @rule("test.counting", stage="filter", **gate)
    def counting(facts, candidate):
        """Counts its calls.

        Arabic and English: any name."""
        calls.append(candidate.key)

    _with_filter_rule(tiny_gazetteer, counting).parse(Document(id="t", text=text))
    assert calls == called


def test_a_rule_naming_a_fact_the_document_does_not_have_is_refused(tiny_gazetteer):
    @rule("test.misspelt", stage="filter", at="company_word_end")
    def misspelt(facts, candidate):
        """Names a fact that does not exist.

        Arabic and English: any name."""

    with pytest.raises(RuleError, match="company_word_end"):
        _with_filter_rule(tiny_gazetteer, misspelt)


def test_a_rule_called_by_hand_reads_only_the_names_its_fact_gives(tiny_gazetteer):
    from geo.recognize.organisations import company
    read = {}

    @rule("test.capture", stage="filter")
    def capture(facts, candidate):
        """Keeps what the rules read.

        Arabic and English: any name."""
        read[candidate.key] = (facts, candidate)

    text = "زار الوفد القاهرة وشركة الرياض للطيران"
    _with_filter_rule(tiny_gazetteer, capture).parse(Document(id="t", text=text))
    assert company(*read["القاهره"]) is None  # Rule.__call__ honours Rule.at
    assert company(*read["الرياض"]) == "part of a company's name (after شركة or آند)"
