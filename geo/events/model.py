"""The event record and the names it may carry."""

from __future__ import annotations

from dataclasses import dataclass

from geo.model import Sentence

EVENT_TYPES = (
    "protest", "riot", "armed_clash", "strike_explosion", "violence_against_civilians", "arrest",
    "military_movement", "emergency_measure", "disaster", "diplomacy", "political_change",
)  # fmt: skip
ASSERTED, NEGATED, FUTURE = "asserted", "negated", "future"
POLARITIES = (ASSERTED, NEGATED, FUTURE)
RECORD_FIELDS = ("doc", "type", "start", "end", "trigger", "sentence_start", "sentence_end", "polarity", "rule")


@dataclass(frozen=True, slots=True)
class Event:
    """One event trigger in one document.

    ``start``/``end`` are code-point offsets into the document text as read, so
    ``text[start:end] == trigger``; Arabic proclitics and the article are outside the span
    (واعتقلت → اعتقلت, للاحتجاجات → احتجاجات). ``rule`` names the rule that found the trigger
    or gave it its type; ``polarity_rule`` the one that made it negated or future (empty when
    it is asserted as found).
    """

    doc: str
    type: str
    start: int
    end: int
    trigger: str
    sentence: Sentence
    polarity: str
    rule: str
    polarity_rule: str = ""

    @property
    def asserted(self) -> bool:
        return self.polarity == ASSERTED

    def as_record(self) -> dict:
        """Flat dict for JSONL/CSV output: :data:`RECORD_FIELDS`, in that order."""
        return {
            "doc": self.doc, "type": self.type, "start": self.start, "end": self.end, "trigger": self.trigger,
            "sentence_start": self.sentence.start, "sentence_end": self.sentence.end,
            "polarity": self.polarity, "rule": self.rule,
        }
