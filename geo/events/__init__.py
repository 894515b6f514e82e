"""Events in Arabic and English news: what happened, found by trigger words, offline.

Build the detector once per process, then call it per document::

    from geo.events import load_event_detector
    detector = load_event_detector()             # reads geo/events/data, builds the automaton
    events = detector.detect(document)           # list[Event], in text order

``detect_events(document)`` does the same with a shared default detector. Every
:class:`Event` has its type (one of :data:`EVENT_TYPES`), trigger span, sentence, polarity
(asserted, negated or future) and the name of the rule that found it; :func:`asserted_types`
gives each sentence's asserted types. The rules are listed in :data:`DEFAULT_EVENT_RULES`
and switched off by name (``load_event_detector(disable=["figurative"])``); the annotation
conventions are in docs/events.md.
"""

from geo.events.detect import EventDetector, asserted_types, default_event_detector, detect_events, load_event_detector
from geo.events.lexicon import LexiconError
from geo.events.model import ASSERTED, EVENT_TYPES, FUTURE, NEGATED, POLARITIES, RECORD_FIELDS, Event
from geo.events.rules import DEFAULT_EVENT_RULES

__all__ = [
    "ASSERTED", "DEFAULT_EVENT_RULES", "EVENT_TYPES", "Event", "EventDetector", "FUTURE", "LexiconError", "NEGATED",
    "POLARITIES", "RECORD_FIELDS", "asserted_types", "default_event_detector", "detect_events", "load_event_detector",
]
