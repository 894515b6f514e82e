"""Fixtures for the tests of single rules: ``decide(text, disable=())``, what recognition and
resolution make of each name of a text, over the tiny gazetteer (``tiny_gazetteer``)."""

from __future__ import annotations

from typing import NamedTuple

import pytest

from geo.model import Document
from geo.pipeline import Geoparser


class Decided(NamedTuple):
    """What became of one name: the rule that added, vouched for or rejected it, its place
    (None when unresolved), the reason and the cue word before it."""

    rule: str
    place_id: str | None
    reason: str
    cue: str = ""


class Decisions(NamedTuple):
    """Surface -> Decided, for the names judged places (``mentions``) and the others
    (``rejected``); of equal surfaces, the last."""

    mentions: dict[str, Decided]
    rejected: dict[str, Decided]

    def of(self, surface: str) -> Decided:
        """The decision about ``surface``, a mention's before a rejection's."""
        return self.mentions.get(surface) or self.rejected[surface]

    def names(self) -> set[str]:
        return set(self.mentions) | set(self.rejected)


@pytest.fixture(scope="session")
def decide(tiny_gazetteer):
    """``decide(text, disable=())`` -> :class:`Decisions` over the tiny gazetteer."""
    parsers: dict[tuple[str, ...], Geoparser] = {}

    def run(text: str, disable=()) -> Decisions:
        key = tuple(disable)
        if key not in parsers:
            parsers[key] = Geoparser(tiny_gazetteer, disable=key)
        mentions, rejected = parsers[key].parse_detailed(Document(id="t", text=text))
        decisions = Decisions({}, {})
        for group, found in ((decisions.mentions, mentions), (decisions.rejected, rejected)):
            for mention in found:
                assert text[mention.start:mention.end] == mention.surface, mention
                group[mention.surface] = Decided(mention.rule, mention.place.place_id if mention.place else None,
                                                 mention.reason, mention.evidence.cue if mention.evidence else "")
        return decisions

    return run
