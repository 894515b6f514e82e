"""The rule mechanism: declaring, listing and switching off named rules."""

from __future__ import annotations

import pytest

from geo.errors import GeoError
from geo.rules import ARABIC, LATIN, RuleError, check_unique, describe, enabled, rule


def _declare(name: str, *, stage: str = "filter", scripts=(ARABIC, LATIN)):
    @rule(name, stage=stage, scripts=scripts)
    def a_rule(value):
        """Doubles the value. Arabic: ٢ → ٤; English: 2 → 4."""
        return value * 2

    return a_rule


def test_a_rule_is_called_as_its_function_and_keeps_its_declaration():
    doubled = _declare("number.doubled", scripts=(ARABIC,))
    assert doubled(2) == 4
    assert (doubled.name, doubled.stage, doubled.family) == ("number.doubled", "filter", "number")
    assert doubled.description == "Doubles the value. Arabic: ٢ → ٤; English: 2 → 4."
    assert doubled.applies_to(ARABIC) and not doubled.applies_to(LATIN)


@pytest.mark.parametrize("name", ["person", "Person.after_title", "person..title", "person.after-title", ".x"])
def test_a_rule_name_must_be_dotted_lower_case(name):
    with pytest.raises(RuleError, match="dotted lower case"):
        _declare(name)


@pytest.mark.parametrize("scripts", [(), ("cyrillic",), (ARABIC, "greek")])
def test_a_rule_applies_to_known_scripts_only(scripts):
    with pytest.raises(RuleError, match="scripts"):
        _declare("number.doubled", scripts=scripts)


def test_a_rule_needs_a_docstring_and_a_stage():
    with pytest.raises(RuleError, match="no docstring"):
        rule("number.bare", stage="filter")(lambda value: value)
    with pytest.raises(RuleError, match="no stage"):
        _declare("number.doubled", stage="")


def test_rule_errors_are_geo_errors_and_value_errors():
    assert issubclass(RuleError, GeoError) and issubclass(RuleError, ValueError)


def test_two_rules_may_not_share_a_name():
    with pytest.raises(RuleError, match="'number.doubled'"):
        check_unique([_declare("number.doubled"), _declare("number.doubled")])


def test_rules_are_switched_off_by_name_or_by_family_and_keep_their_order():
    rules = check_unique([_declare("person.after_title"), _declare("word.needs_evidence"), _declare("person.surname")])
    assert [r.name for r in enabled(rules)] == ["person.after_title", "word.needs_evidence", "person.surname"]
    assert [r.name for r in enabled(rules, disable=["person.surname"])] == ["person.after_title", "word.needs_evidence"]
    assert [r.name for r in enabled(rules, disable=["person"])] == ["word.needs_evidence"]


def test_switching_off_an_unknown_rule_names_it():
    with pytest.raises(RuleError, match="no rule named 'person.typo'"):
        enabled([_declare("person.after_title")], disable=["person.typo"])


def test_rules_are_described_one_line_each_in_order():
    lines = describe([_declare("person.after_title", scripts=(ARABIC,)), _declare("word.needs_evidence")])
    assert lines[0].split()[:3] == ["person.after_title", "filter", "arabic"]
    assert lines[1].split()[:3] == ["word.needs_evidence", "filter", "arabic+latin"]
    assert lines[1].endswith("Doubles the value. Arabic: ٢ → ٤; English: 2 → 4.")
