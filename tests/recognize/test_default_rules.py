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


def test_a_rule_is_called_only_for_documents_with_the_fact_it_names(tiny_gazetteer):
    # Rule.when: a rule that needs the words after شركة is not called for a text without one.
    calls = []

    @rule("test.counting", stage="filter", when="company_word_ends")
    def counting(facts, candidate):
        """Counts its calls.

        Arabic and English: any name."""
        calls.append(candidate.key)

    first_filter = next(i for i, each in enumerate(DEFAULT_RULES) if each.stage == "filter")
    rules = (*DEFAULT_RULES[:first_filter], counting, *DEFAULT_RULES[first_filter:])
    recognizer = Recognizer(tiny_gazetteer, prior=lambda place, flags: 0.0, rules=rules)
    parser = Geoparser(tiny_gazetteer)
    parser.recognizer = recognizer
    parser.parse(Document(id="t", text="وصل الوفد إلى القاهرة"))
    assert calls == []
    parser.parse(Document(id="t", text="أعلنت شركة في القاهرة"))
    assert calls == ["القاهره"]


def test_a_rule_is_called_only_for_the_names_where_its_fact_says_they_start(tiny_gazetteer):
    # Rule.at: a rule that reads the word after شركة is called for that name, not the others.
    calls = []

    @rule("test.counting", stage="filter", at="company_word_ends")
    def counting(facts, candidate):
        """Counts its calls.

        Arabic and English: any name."""
        calls.append(candidate.key)

    first_filter = next(i for i, each in enumerate(DEFAULT_RULES) if each.stage == "filter")
    rules = (*DEFAULT_RULES[:first_filter], counting, *DEFAULT_RULES[first_filter:])
    parser = Geoparser(tiny_gazetteer)
    parser.recognizer = Recognizer(tiny_gazetteer, prior=lambda place, flags: 0.0, rules=rules)
    parser.parse(Document(id="t", text="وصل الوفد إلى القاهرة"))
    assert calls == []
    parser.parse(Document(id="t", text="زار الوفد القاهرة وشركة الرياض للطيران"))
    assert calls == ["الرياض"]


def test_a_rule_naming_a_fact_the_document_does_not_have_is_refused(tiny_gazetteer):
    @rule("test.misspelt", stage="filter", at="company_word_end")
    def misspelt(facts, candidate):
        """Names a fact that does not exist.

        Arabic and English: any name."""

    first_filter = next(i for i, each in enumerate(DEFAULT_RULES) if each.stage == "filter")
    with pytest.raises(RuleError, match="company_word_end"):
        Recognizer(tiny_gazetteer, prior=lambda place, flags: 0.0,
                   rules=(*DEFAULT_RULES[:first_filter], misspelt, *DEFAULT_RULES[first_filter:]))


def test_a_rule_called_by_hand_reads_only_the_names_its_fact_gives(tiny_gazetteer):
    from geo.recognize.organisations import company
    read = {}

    @rule("test.capture", stage="filter")
    def capture(facts, candidate):
        """Keeps what the rules read.

        Arabic and English: any name."""
        read[candidate.key] = (facts, candidate)

    first_filter = next(i for i, each in enumerate(DEFAULT_RULES) if each.stage == "filter")
    parser = Geoparser(tiny_gazetteer)
    parser.recognizer = Recognizer(tiny_gazetteer, prior=lambda place, flags: 0.0,
                                   rules=(*DEFAULT_RULES[:first_filter], capture, *DEFAULT_RULES[first_filter:]))
    parser.parse(Document(id="t", text="زار الوفد القاهرة وشركة الرياض للطيران"))
    assert company(*read["القاهره"]) is None  # Rule.__call__ honours Rule.at
    assert company(*read["الرياض"]) == "part of a company's name (after شركة)"
