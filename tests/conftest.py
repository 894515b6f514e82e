"""Shared fixtures. Append new fixtures below; do not remove others'."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
TEST_DATA = Path(__file__).resolve().parent / "data"


# --- geoparser (shared index, built once into <repo>/cache) -------------------------


@pytest.fixture(scope="session")
def geoparser():
    """One Geoparser for the whole session; the gazetteer index is built or loaded from <repo>/cache."""
    from geo.pipeline import load_geoparser

    return load_geoparser(cache_dir=REPO / "cache")


@pytest.fixture(scope="session")
def gazetteer(geoparser):
    return geoparser.gazetteer


@pytest.fixture(scope="session")
def parse(geoparser):
    """``parse(text, lang=None)`` -> resolved and unresolved mentions, checking every span."""

    def run(text: str, lang: str | None = None):
        mentions = geoparser.parse_text(text, lang=lang)
        for mention in mentions:
            assert text[mention.start:mention.end] == mention.surface, mention
        return mentions

    return run


@pytest.fixture(scope="session")
def parse_detailed(geoparser):
    """``parse_detailed(text, lang=None)`` -> (mentions, rejected names with their reasons)."""
    from geo.model import Document

    def run(text: str, lang: str | None = None):
        return geoparser.parse_detailed(Document(id="t", text=text, lang=lang or ""))

    return run


# --- events (lexicons and automaton, built once) ----------------------------------------


@pytest.fixture(scope="session")
def event_detector():
    """The default event detector, as ``geo.events.load_event_detector()`` builds it."""
    from geo.events import load_event_detector

    return load_event_detector()


@pytest.fixture(scope="session")
def events_in(event_detector):
    """``events_in(text, disable=())`` -> [(type, trigger, polarity)], checking every span."""
    from geo.events import load_event_detector
    from geo.model import Document

    def run(text: str, *, disable=()):
        detector = load_event_detector(disable=disable) if disable else event_detector
        events = detector.detect(Document(id="t", text=text))
        for event in events:
            assert text[event.start:event.end] == event.trigger, event
            assert event.sentence.start <= event.start and event.end <= event.sentence.end, event
        return [(e.type, e.trigger, e.polarity) for e in events]

    return run


# --- a tiny gazetteer (tests/data/gazetteer/tiny.json): for tests of single rules, in a blink --


@pytest.fixture(scope="session")
def tiny_gazetteer():
    """A few dozen places and the word lists the rules read, indexed as the full index is."""
    from geo.gazetteer.fixture import gazetteer_from_file

    return gazetteer_from_file(TEST_DATA / "gazetteer" / "tiny.json")
