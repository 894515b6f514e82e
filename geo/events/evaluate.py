"""Scoring event detection against gold sentences (tests/data/events, docs/events.md).

Two views: per sentence, the set of asserted types the detector gives a sentence against the
gold set (what the map and the ``events`` field of parse rows use); per trigger, each
predicted trigger against a gold trigger of the same type that overlaps it, each used once,
whatever the polarity, with how often the polarity of a matched pair agrees.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from geo.errors import CorpusError
from geo.events.detect import EventDetector
from geo.events.model import ASSERTED, EVENT_TYPES, POLARITIES, Event
from geo.model import Document


@dataclass(frozen=True, slots=True)
class GoldEvent:
    type: str
    start: int
    end: int
    trigger: str
    polarity: str


@dataclass(frozen=True, slots=True)
class GoldSentence:
    id: str
    lang: str
    text: str
    events: tuple[GoldEvent, ...]

    @property
    def asserted_types(self) -> frozenset[str]:
        return frozenset(e.type for e in self.events if e.polarity == ASSERTED)


@dataclass
class Counts:
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0

    @property
    def precision(self) -> float:
        predicted = self.true_positives + self.false_positives
        return self.true_positives / predicted if predicted else 0.0

    @property
    def recall(self) -> float:
        gold = self.true_positives + self.false_negatives
        return self.true_positives / gold if gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Counts) -> None:
        self.true_positives += other.true_positives
        self.false_positives += other.false_positives
        self.false_negatives += other.false_negatives


@dataclass
class EventScore:
    name: str
    sentences: int = 0
    by_type: dict[str, Counts] = field(default_factory=lambda: {t: Counts() for t in EVENT_TYPES})
    triggers: dict[str, Counts] = field(default_factory=lambda: {t: Counts() for t in EVENT_TYPES})
    by_lang: dict[str, Counts] = field(default_factory=dict)
    polarity_agreed: int = 0
    errors: list[tuple[str, str, str]] = field(default_factory=list)  # (sentence id, "missed"/"false", type)

    @property
    def micro(self) -> Counts:
        return _total(self.by_type.values())

    @property
    def trigger_micro(self) -> Counts:
        return _total(self.triggers.values())

    def rows(self) -> list[dict]:
        """One row per type, then the micro average: sentence-level and trigger-level P/R/F1."""
        rows = [self._row(t, self.by_type[t], self.triggers[t]) for t in EVENT_TYPES]
        rows.append(self._row("micro", self.micro, self.trigger_micro))
        return rows

    def _row(self, name: str, sentences: Counts, triggers: Counts) -> dict:
        return {
            "type": name, "gold": sentences.true_positives + sentences.false_negatives,
            "precision": round(sentences.precision, 3), "recall": round(sentences.recall, 3),
            "f1": round(sentences.f1, 3),
            "trigger_gold": triggers.true_positives + triggers.false_negatives,
            "trigger_p": round(triggers.precision, 3), "trigger_r": round(triggers.recall, 3),
            "trigger_f1": round(triggers.f1, 3),
        }


def _total(counts: Iterable[Counts]) -> Counts:
    total = Counts()
    for each in counts:
        total.add(each)
    return total


def is_event_gold(path: Path | str) -> bool:
    """Whether ``path`` holds event gold sentences (records with ``events``, not ``places``)."""
    try:
        with Path(path).open(encoding="utf-8") as handle:
            first = next((line for line in handle if line.strip()), "")
        record = json.loads(first)
    except (OSError, ValueError):
        return False
    return isinstance(record, dict) and "events" in record and "places" not in record


def read_event_gold(path: Path | str) -> list[GoldSentence]:
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise CorpusError(str(path), f"cannot read: {error.strerror or error}") from error
    sentences = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            events = tuple(GoldEvent(e["type"], e["start"], e["end"], e["trigger"], e["polarity"])
                           for e in record["events"])
            sentence = GoldSentence(str(record["id"]), record.get("lang", ""), record["text"], events)
        except (ValueError, KeyError, TypeError) as error:
            raise CorpusError(str(path), f"not an event gold record: {error}", line=number) from error
        _check(path, number, sentence)
        sentences.append(sentence)
    return sentences


def _check(path: Path, number: int, sentence: GoldSentence) -> None:
    for event in sentence.events:
        if event.type not in EVENT_TYPES or event.polarity not in POLARITIES:
            raise CorpusError(str(path), f"unknown type or polarity in {event}", line=number)
        if sentence.text[event.start:event.end] != event.trigger:
            raise CorpusError(str(path), f"text[{event.start}:{event.end}] is not {event.trigger!r}", line=number)


def score_sentence(score: EventScore, gold: GoldSentence, events: list[Event]) -> None:
    score.sentences += 1
    predicted = {e.type for e in events if e.polarity == ASSERTED}
    lang = score.by_lang.setdefault(gold.lang, Counts())
    for event_type in EVENT_TYPES:
        in_gold, in_predicted = event_type in gold.asserted_types, event_type in predicted
        counts = Counts(int(in_gold and in_predicted), int(in_predicted and not in_gold), int(in_gold and not in_predicted))
        score.by_type[event_type].add(counts)
        lang.add(counts)
        if counts.false_positives or counts.false_negatives:
            score.errors.append((gold.id, "false" if counts.false_positives else "missed", event_type))
    unmatched = list(events)
    for gold_event in gold.events:
        match = next((e for e in unmatched if e.type == gold_event.type
                      and e.start < gold_event.end and gold_event.start < e.end), None)
        if match is None:
            score.triggers[gold_event.type].false_negatives += 1
            continue
        unmatched.remove(match)
        score.triggers[gold_event.type].true_positives += 1
        score.polarity_agreed += match.polarity == gold_event.polarity
    for event in unmatched:
        score.triggers[event.type].false_positives += 1


def evaluate_events(detector: EventDetector, path: Path | str) -> EventScore:
    score = EventScore(Path(path).name)
    for gold in read_event_gold(path):
        score_sentence(score, gold, detector.detect(Document(id=gold.id, text=gold.text, lang=gold.lang)))
    return score


def format_event_report(score: EventScore) -> str:
    """A table per type and micro, then micro-F1 per language and the polarity agreement."""
    from geo.evaluate import format_table

    lines = [f"{score.name}: {score.sentences} sentences; sentence-level asserted types, and trigger spans",
             format_table(score.rows())]
    for lang, counts in sorted(score.by_lang.items()):
        lines.append(f"  [{lang or '?'}] micro P {counts.precision:.3f}  R {counts.recall:.3f}  F1 {counts.f1:.3f}")
    matched = score.trigger_micro.true_positives
    if matched:
        lines.append(f"  polarity agrees on {score.polarity_agreed} of {matched} matched triggers "
                     f"({score.polarity_agreed / matched:.3f})")
    return "\n".join(lines)
