"""geo.events.evaluate: reading event gold, sentence- and trigger-level scores, the report; and the
committed gold sets themselves."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from geo.errors import CorpusError
from geo.events import EVENT_TYPES, Event
from geo.events.evaluate import (
    Counts, EventScore, GoldEvent, GoldSentence, evaluate_events, format_event_report, is_event_gold, read_event_gold,
    score_sentence,
)  # fmt: skip
from geo.model import Sentence

EVENTS = Path(__file__).resolve().parent / "data" / "events"
GOLD_SETS = (EVENTS / "dev.jsonl", EVENTS / "heldout.jsonl")
PLACE_GOLD = Path(__file__).resolve().parent / "data" / "gold" / "mini_gold.jsonl"
SENTENCE = Sentence(0, 40, "x" * 40)


def event(event_type, start, end, polarity="asserted"):
    return Event("d", event_type, start, end, "x" * (end - start), SENTENCE, polarity, "test")


def gold(*events):
    return GoldSentence("d", "en", "x" * 40, tuple(GoldEvent(t, s, e, "x" * (e - s), p) for t, s, e, p in events))


def test_counts_give_precision_recall_and_f1():
    counts = Counts(true_positives=3, false_positives=1, false_negatives=2)
    assert (counts.precision, counts.recall, round(counts.f1, 4)) == (0.75, 0.6, 0.6667)
    assert (Counts().precision, Counts().recall, Counts().f1) == (0.0, 0.0, 0.0)


def test_a_sentence_is_scored_by_its_asserted_types_and_its_triggers_by_overlap_and_type():
    score = EventScore("t")
    sentence = gold(("protest", 0, 5, "asserted"), ("arrest", 10, 15, "negated"), ("riot", 20, 25, "asserted"))
    predicted = [event("protest", 2, 7), event("arrest", 10, 15, "asserted"), event("riot", 30, 35)]
    score_sentence(score, sentence, predicted)
    assert (score.by_type["protest"].true_positives, score.by_type["riot"].true_positives) == (1, 1)
    assert score.by_type["arrest"].false_positives == 1  # negated in gold, asserted predicted
    assert (score.triggers["protest"].true_positives, score.triggers["arrest"].true_positives) == (1, 1)
    assert (score.triggers["riot"].false_negatives, score.triggers["riot"].false_positives) == (1, 1)
    assert score.polarity_agreed == 1  # the arrest matched but its polarity did not
    assert ("d", "false", "arrest") in score.errors


def test_the_report_has_a_row_per_type_the_micro_average_and_each_language():
    score = EventScore("t")
    score_sentence(score, gold(("protest", 0, 5, "asserted")), [event("protest", 0, 5)])
    report = format_event_report(score)
    assert report.splitlines()[0] == "t: 1 sentences; sentence-level asserted types, and trigger spans"
    for name in (*EVENT_TYPES, "micro"):
        assert f"| {name} |" in report
    assert "[en] micro P 1.000  R 1.000  F1 1.000" in report
    assert "polarity agrees on 1 of 1 matched triggers" in report


def test_event_gold_is_told_from_place_gold(tmp_path):
    assert all(is_event_gold(path) for path in GOLD_SETS)
    assert not is_event_gold(PLACE_GOLD)
    assert not is_event_gold(tmp_path / "missing.jsonl")


@pytest.mark.parametrize(("record", "message"), [
    ({"id": "x", "text": "abc", "events": [{"type": "riot", "start": 0, "end": 2, "trigger": "ab", "polarity": "maybe"}]},
     "unknown type or polarity"),
    ({"id": "x", "text": "abc", "events": [{"type": "riot", "start": 0, "end": 2, "trigger": "bc", "polarity": "future"}]},
     r"text\[0:2\] is not 'bc'"),
    ({"id": "x", "text": "abc"}, "not an event gold record"),
])
def test_a_bad_gold_record_names_its_line(tmp_path, record, message):
    path = tmp_path / "gold.jsonl"
    path.write_text("\n" + json.dumps(record) + "\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=message) as raised:
        read_event_gold(path)
    assert "gold.jsonl:2" in str(raised.value)


# --- the committed gold sets --------------------------------------------------------------------


def test_the_gold_sets_are_large_enough_and_cover_every_type():
    sentences = [s for path in GOLD_SETS for s in read_event_gold(path)]
    assert len(sentences) >= 300
    assert len({s.id for s in sentences}) == len(sentences)
    langs = Counter(s.lang for s in sentences)
    assert langs["ar"] >= 150 and langs["en"] >= 150
    positives = Counter(t for s in sentences for t in s.asserted_types)
    assert all(positives[t] >= 35 for t in EVENT_TYPES), positives
    assert sum(not s.asserted_types for s in sentences) >= 150  # no event, or only negated, future, figurative


def test_held_out_and_development_sentences_do_not_overlap():
    dev, heldout = ({s.text for s in read_event_gold(path)} for path in GOLD_SETS)
    assert not dev & heldout


def test_the_detector_scores_the_development_set(event_detector):
    score = evaluate_events(event_detector, GOLD_SETS[0])
    assert score.sentences == len(read_event_gold(GOLD_SETS[0]))
    assert score.micro.f1 > 0.85  # a guard against a rule that breaks everything, not the target
