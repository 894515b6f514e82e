"""The event detector: documents in, event triggers out."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

from geo.events.context import Candidate, Cue, SentenceView
from geo.events.lexicon import DATA_DIR, NONE, Term, load_terms
from geo.events.matcher import CueIndex, Hit, arabic_fit, build_automaton, find_hits
from geo.events.model import ASSERTED, EVENT_TYPES, Event
from geo.events.rules import DEFAULT_EVENT_RULES, STAGES
from geo.model import Document, Sentence
from geo.rules import ARABIC, LATIN, Rule, RuleError, check_unique, enabled
from geo.text import FoldedText, fold_with_offsets, split_sentences


class EventDetector:
    """Finds event triggers with the lexicons and rules it is built with. Build it once per
    process (the lexicons are read and the automaton made here); it is pure and thread-safe after."""

    def __init__(self, terms: Sequence[Term], *, rules: Sequence[Rule] = DEFAULT_EVENT_RULES):
        self.terms = tuple(terms)
        self.rules = check_unique(rules)
        unknown = sorted({each.stage for each in self.rules} - set(STAGES))
        if unknown:
            raise RuleError(f"rules in unknown stages {unknown}; expected {', '.join(STAGES)}")
        # Each stage's rule functions by script, called directly: a sentence meets them thousands of times.
        self._stage = {
            (stage, script): [each.function for each in self.rules if each.stage == stage and each.applies_to(script)]
            for stage in STAGES for script in (ARABIC, LATIN)
        }
        self._finders = {script: [each for each in self.rules if each.stage == "word" and each.applies_to(script)]
                         for script in (ARABIC, LATIN)}
        self._overlap = [each.function for each in self.rules if each.stage == "overlap"]
        self._document = [each.function for each in self.rules if each.stage == "document"]
        self._typing = [(each.function, each.applies_to(ARABIC), each.applies_to(LATIN))
                        for each in self.rules if each.stage == "type"]
        # One Aho-Corasick pass over each document finds the triggers; cues are looked up word by
        # word, and only in the sentences that have a trigger left for a rule to ask about.
        self._triggers = build_automaton(self.terms, cues=False)
        self._cues = CueIndex(self.terms)

    def __reduce__(self):
        """Pickled as its terms and the names of its rules (the rules' functions are looked up
        again), so a detector can be sent to worker processes; only default rules travel."""
        return _rebuild, (self.terms, tuple(each.name for each in self.rules))

    def detect(self, document: Document) -> list[Event]:
        """Every event trigger in ``document``, in text order, with its sentence and polarity."""
        if not document.text.strip():
            return []
        return self.detect_folded(document.id, fold_with_offsets(document.text), split_sentences(document.text))

    def detect_folded(self, doc_id: str, folded: FoldedText, sentences: list[Sentence]) -> list[Event]:
        """:meth:`detect` for a text already folded and split (the geoparser has both)."""
        triggers = self._triggers_in(folded)
        if not triggers:
            return []
        judged = [(view, self._judge(view)) for view in self._sentences(folded, sentences, triggers)]
        for across in self._document:
            judged = across(judged)
        events = []
        for view, candidates in judged:
            for candidate in candidates:
                start, end = folded.span_to_original(candidate.start, candidate.end)
                events.append(Event(
                    doc=doc_id, type=candidate.type, start=start, end=end, trigger=folded.original[start:end],
                    sentence=view.sentence, polarity=candidate.polarity, rule=candidate.rule,
                    polarity_rule=candidate.polarity_rule,
                ))
        return events

    def _triggers_in(self, folded: FoldedText) -> list[Candidate]:
        triggers = []
        for hit in find_hits(self._triggers, self.terms, folded):
            finder = self._finder(hit)
            if finder is not None:
                clitic = arabic_fit(hit.term.forms, hit.prefix, hit.suffix, marbuta=hit.marbuta) if hit.prefix else 0
                triggers.append(Candidate(
                    term=hit.term, start=hit.word_start + (clitic or 0), end=hit.word_end,
                    word_start=hit.word_start, prefix=hit.prefix, type=hit.term.label, rule=finder.name,
                ))
        return triggers

    def _cues_in(self, folded: FoldedText, start: int, end: int) -> list[Cue]:
        return _longest_cues([Cue(term.label, cue_start, cue_end, term)
                              for term, cue_start, cue_end in self._cues.find(folded.folded, start, end)])

    def _finder(self, hit: Hit) -> Rule | None:
        return next((each for each in self._finders[ARABIC if hit.term.arabic else LATIN] if each.function(hit)), None)

    def _sentences(self, folded: FoldedText, sentences: list[Sentence],
                   triggers: list[Candidate]) -> Iterable[SentenceView]:
        """A view of each sentence that has a trigger, with its triggers and cues."""
        starts = [folded.to_folded(s.start) for s in sentences]
        grouped: dict[int, list[Candidate]] = {}
        for trigger in triggers:
            index = bisect_right(starts, trigger.start) - 1
            if index >= 0 and trigger.start < folded.to_folded(sentences[index].end):
                grouped.setdefault(index, []).append(trigger)
        for index, in_sentence in sorted(grouped.items()):
            start, end = starts[index], folded.to_folded(sentences[index].end)
            yield SentenceView(sentences[index], index, folded.folded, start, end, triggers=in_sentence,
                               find_cues=lambda start, end: self._cues_in(folded, start, end))

    def _judge(self, view: SentenceView) -> list[Candidate]:
        """The sense, overlap, type and polarity stages over one sentence's candidates."""
        candidates = []
        for candidate in view.triggers:
            if candidate.type != NONE and all(sense(candidate, view) for sense in self._stage["sense", _script(candidate)]):
                candidates.append(candidate)
        for overlap in self._overlap:  # overlapping triggers are chosen among, whatever their script
            candidates = overlap(candidates)
        view.triggers = candidates
        for typing, arabic, latin in self._typing:
            view.triggers = [typed for c in view.triggers
                             for typed in (typing(c, view) if (arabic if c.term.arabic else latin) else (c,))]
        judged = []
        for candidate in view.triggers:
            for polarity in self._stage["polarity", _script(candidate)]:
                candidate = polarity(candidate, view)
            judged.append(candidate)
        return judged


def _longest_cues(cues: list[Cue]) -> list[Cue]:
    """Cues not inside a longer one: لا يزال (still) is no negation, "no longer" no "no".
    One pass in text order: only the cue reaching furthest so far can hold the next one."""
    kept: list[Cue] = []
    reach: Cue | None = None
    for cue in sorted(cues, key=lambda c: (c.start, -c.end)):
        if reach is not None and reach.end >= cue.end and reach.end - reach.start > cue.end - cue.start:
            continue
        kept.append(cue)
        if reach is None or cue.end > reach.end:
            reach = cue
    return kept


def _rebuild(terms: tuple[Term, ...], names: tuple[str, ...]) -> EventDetector:
    by_name = {each.name: each for each in DEFAULT_EVENT_RULES}
    return EventDetector(terms, rules=tuple(by_name[name] for name in names))


def _script(candidate: Candidate) -> str:
    return ARABIC if candidate.term.arabic else LATIN


def load_event_detector(*, data_dir: Path | str = DATA_DIR, disable: Iterable[str] = ()) -> EventDetector:
    """A detector with the lexicons in ``data_dir`` and every default rule but those in ``disable``."""
    return EventDetector(load_terms(data_dir), rules=enabled(DEFAULT_EVENT_RULES, disable=disable))


@lru_cache(maxsize=1)
def default_event_detector() -> EventDetector:
    return load_event_detector()


def detect_events(document: Document, *, detector: EventDetector | None = None) -> list[Event]:
    """Event triggers in ``document``, with the default detector (built on first use) unless one is given."""
    return (detector or default_event_detector()).detect(document)


def asserted_types(events: Iterable[Event]) -> dict[int, list[str]]:
    """The asserted event types of each sentence, by the sentence's start offset, in
    :data:`EVENT_TYPES` order: what a place mention's row carries as its ``events``."""
    found: dict[int, set[str]] = {}
    for event in events:
        if event.polarity == ASSERTED:
            found.setdefault(event.sentence.start, set()).add(event.type)
    return {start: [t for t in EVENT_TYPES if t in types] for start, types in found.items()}


