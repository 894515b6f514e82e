"""What a document says about where it is: the countries and divisions its names and
demonyms place it in, and which of an ambiguous name's places lie near another name's; and
the same of each paragraph and sentence (:class:`LocalContexts`), whose own evidence
decides a mention before the document's does."""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from operator import attrgetter
from typing import NamedTuple

from geo.gazetteer import Gazetteer
from geo.geometry import grid_cell, within_km
from geo.recognize import Candidate
from geo.resolve.terms import odds_of
from geo.resolve.weights import Weights

_LOCAL_KINDS = ("city", "landmark")
_LINE_END = re.compile(r"\n")
_START = attrgetter("start")


class DocumentContext(NamedTuple):
    """What the document says about where it is: countries and divisions, with counts. (A
    named tuple: one is made for each ambiguous mention, and a frozen dataclass costs more
    to make.)"""

    countries: dict[str, int]  # country code -> names and demonyms placing the document there
    divisions: dict[str, int]  # "CC:Division" -> names placing the document there
    contributed: dict[str, tuple[str, str]]  # name -> the (country, division) it added
    possible_divisions: dict[str, float]  # "CC:Division" -> summed chances that ambiguous names lie there
    possible: dict[str, set[str]]  # ambiguous name -> the divisions it may lie in
    nearby: dict[int, float]  # place of an ambiguous name -> evidence from names close to it
    capitals_of: dict[str, dict[int, str]]  # ambiguous name -> the capitals it leads to -> their country
    # Places whose name here is their own country's too (تونس: Tunis and its governorate;
    # الكويت، الجزائر): what lies in or near them lies in the country as well, so it tells
    # the senses nothing.
    country_namesakes: frozenset[int] = frozenset()
    # For one mention: what its own paragraph and sentence say, the same way (no nearby evidence).
    paragraph: DocumentContext | None = None
    sentence: DocumentContext | None = None


def document_context(gazetteer: Gazetteer, chosen: dict[str, int], candidates: list[Candidate],
                     demonyms: list[str], nearby: dict[int, float], weights: Weights) -> DocumentContext:
    """The context of the places ``chosen`` for names (name -> place), and of what the
    ambiguous ``candidates`` may mean. Each distinct name counts once, so a repeated name
    cannot vouch for itself."""
    rows, admin1 = gazetteer.place_rows, gazetteer.admin1
    contributed = {key: (rows[place].country_code, admin1[place]) for key, place in chosen.items()}
    possible: dict[str, set[str]] = {}
    capitals, capitals_of, country_namesakes = gazetteer.capitals, {}, set()
    for candidate in candidates:
        if candidate.key in possible or candidate.key in capitals_of or len(candidate.entries) < 2:
            continue
        named = {}
        for place, _ in candidate.entries:  # a loop, no comprehension: every ambiguous name
            if place in capitals:
                named[place] = rows[place].country_code
        if named:
            # A capital's name (واشنطن، أوتاوا) says nothing of where its namesakes' states
            # are: Washington and Ottawa would otherwise vouch for each other's towns in Illinois.
            capitals_of[candidate.key] = named
            countries = {rows[p].country_code for p, _ in candidate.entries if rows[p].kind == "country"}
            if countries:  # تونس: Tunisia, its capital and the capital's governorate
                country_namesakes.update(p for p, _ in candidate.entries
                                         if rows[p].kind != "country" and rows[p].country_code in countries)
        elif len(candidate.entries) <= weights.max_coherence_candidates:
            divisions = possible[candidate.key] = set()
            for place, _ in candidate.entries:  # a loop, no comprehension
                if admin1[place]:
                    divisions.add(admin1[place])
    countries = _counts(demonyms)
    divisions: dict[str, int] = {}
    for country, division in contributed.values():
        countries[country] = countries.get(country, 0) + 1
        if division:
            divisions[division] = divisions.get(division, 0) + 1
    return DocumentContext(
        countries=countries,
        divisions=divisions,
        contributed=contributed,
        possible_divisions=division_odds(possible),
        possible=possible,
        nearby=nearby,
        capitals_of=capitals_of,
        country_namesakes=frozenset(country_namesakes),
    )


def division_odds(possible: dict[str, set[str]]) -> dict[str, float]:
    """Division -> the summed chances that the ambiguous names lie there: Clinton, which may
    lie in any of four states, vouches for each of them a quarter as much as a name that can
    only lie in one."""
    odds: dict[str, float] = {}
    for divisions in possible.values():
        for division in divisions:
            odds[division] = odds.get(division, 0) + odds_of(division, divisions)
    return odds


def _counts(items: list[str]) -> dict[str, int]:
    """How many times each item occurs: a plain dict, as a Counter costs more to make than
    the few names of a sentence take to count."""
    counts: dict[str, int] = {}
    for item in items:
        counts[item] = counts.get(item, 0) + 1
    return counts


def nearby_evidence(gazetteer: Gazetteer, candidates: list[Candidate], weights: Weights) -> dict[int, float]:
    """For each place of an ambiguous name, the evidence of other names with a place
    within ``near_km``. An anchor's weight falls with its own ambiguity. Anchor points sit
    in a grid of ``near_km`` cells, so each place looks at its nine cells only."""
    points: dict[str, list[tuple[int, float, float]]] = {}
    for candidate in candidates:
        if candidate.key not in points and candidate.entries:
            points[candidate.key] = _local_points(gazetteer, candidate)
    near_km = weights.near_km
    grid: dict[tuple[int, int], list[tuple[str, int, float, float]]] = {}
    anchor_weights = {}
    for key, found in points.items():
        if 0 < len(found) <= weights.max_coherence_candidates:
            anchor_weights[key] = weights.nearby_bonus / math.sqrt(len(found))
            for place, lat, lon in found:
                grid.setdefault(grid_cell(lat, lon, near_km), []).append((key, place, lat, lon))
    nearby: dict[int, float] = {}
    for key, found in points.items():
        if len(found) < 2:
            continue
        for place, lat, lon in found:
            row, column = grid_cell(lat, lon, near_km)
            near_keys = {
                other_key
                for dr in (-1, 0, 1) for dc in (-1, 0, 1)
                for other_key, other_place, other_lat, other_lon in grid.get((row + dr, column + dc), ())
                # Another name, and another place: a place listed under two keys
                # (القاهرة, لقاهرة) cannot vouch for itself.
                if other_key != key and other_place != place
                and within_km(lat, lon, other_lat, other_lon, near_km)
            }
            evidence = sum(anchor_weights[other_key] for other_key in near_keys)
            if evidence:
                nearby[place] = min(evidence, weights.max_nearby_bonus)
    return nearby


def _local_points(gazetteer: Gazetteer, candidate: Candidate) -> list[tuple[int, float, float]]:
    """Places of a name that are points on a local map: towns, landmarks, counties."""
    rows = gazetteer.place_rows
    points = []
    for place, _ in candidate.entries:  # a loop, no comprehension: asked of every name
        row = rows[place]
        if row.kind in _LOCAL_KINDS or row.place_id.startswith("adm2:"):
            points.append((place, row.lat, row.lon))
    return points


class TextUnits:
    """Where a text's paragraphs (its lines) and sentences (as ``split_sentences`` cuts them,
    cut again at a line's end) begin, in folded offsets."""

    def __init__(self, folded: str, sentence_starts: list[int]):
        self._sentence_starts = sentence_starts
        self._line_starts = [0] + [match.end() for match in _LINE_END.finditer(folded.rstrip())]

    def of(self, offset: int) -> tuple[tuple[int], tuple[int, int]]:
        """(paragraph, sentence) keys of a folded offset."""
        line = bisect_right(self._line_starts, offset)
        return (line,), (line, bisect_right(self._sentence_starts, offset))

    def span(self, unit: tuple) -> tuple[int, float]:
        """The folded offsets a paragraph's or a sentence's key (from :meth:`of`) covers."""
        lines, sentences = self._line_starts, self._sentence_starts
        start, end = lines[unit[0] - 1], lines[unit[0]] if unit[0] < len(lines) else math.inf
        if len(unit) == 2:
            index = unit[1]
            start = max(start, sentences[index - 1] if index else 0)
            end = min(end, sentences[index] if index < len(sentences) else math.inf)
        return start, end

    @property
    def paragraphs(self) -> int:
        return len(self._line_starts)


class LocalContexts:
    """The context of each paragraph and each sentence of a text, from the names and demonyms
    in it, the names meaning the places ``chosen`` (by ``id`` of the name), made on demand,
    once per unit: only the units of ambiguous names are ever read."""

    def __init__(self, gazetteer: Gazetteer, units: TextUnits, names: list[Candidate],
                 demonyms: list[tuple[int, str]], chosen: dict[int, int], weights: Weights):
        self.gazetteer = gazetteer
        self.units = units
        self.weights = weights
        self._chosen = chosen
        self._names = sorted(names, key=_START)
        self._name_starts = [c.start for c in self._names]
        self._demonym_starts = [start for start, _ in demonyms]
        self._demonyms = [code for _, code in demonyms]
        self._made: dict[tuple, DocumentContext] = {}

    def around(self, document: DocumentContext, candidate: Candidate) -> DocumentContext:
        """``document`` with the contexts of the candidate's own paragraph and sentence; a
        unit that holds the same names as the one above it (a text of one paragraph, a
        paragraph of one sentence) says nothing more, and is left out, and so is one that
        holds no demonym and no name but the candidate's own (most sentences): its context
        could give no place of the name points."""
        paragraph, sentence = self.units.of(candidate.start)
        paragraph_span = self.units.span(paragraph)
        if not self._says_more_than(candidate.key, paragraph_span):
            return document  # nor does its sentence, which it holds
        sentence_span = self.units.span(sentence)
        paragraph_says = self.units.paragraphs > 1
        sentence_says = self._says_more_than(candidate.key, sentence_span) and (
            _count(self._name_starts, sentence_span) < _count(self._name_starts, paragraph_span)
            or _count(self._demonym_starts, sentence_span) < _count(self._demonym_starts, paragraph_span))
        if not paragraph_says and not sentence_says:
            return document
        return DocumentContext(document.countries, document.divisions, document.contributed,
                               document.possible_divisions, document.possible, document.nearby, document.capitals_of,
                               document.country_namesakes,
                               paragraph=self._context(paragraph) if paragraph_says else None,
                               sentence=self._context(sentence) if sentence_says else None)

    def _says_more_than(self, key: str, span: tuple[int, float]) -> bool:
        """Whether a unit holds a demonym or a name other than ``key``."""
        if _count(self._demonym_starts, span):
            return True
        names, starts = self._names, self._name_starts
        for at in range(bisect_left(starts, span[0]), bisect_left(starts, span[1])):  # a loop, no generator
            if names[at].key != key:
                return True
        return False

    def _context(self, unit: tuple) -> DocumentContext:
        made = self._made.get(unit)
        if made is None:
            start, end = self.units.span(unit)
            names = self._names[bisect_left(self._name_starts, start):bisect_left(self._name_starts, end)]
            demonyms = self._demonyms[bisect_left(self._demonym_starts, start):bisect_left(self._demonym_starts, end)]
            chosen = self._chosen
            places = {c.key: chosen[id(c)] for c in names if id(c) in chosen}
            made = self._made[unit] = document_context(self.gazetteer, places, names, demonyms, {}, self.weights)
        return made


def _count(starts: list[int], span: tuple[int, float]) -> int:
    """How many of the sorted ``starts`` lie in ``span``."""
    return bisect_left(starts, span[1]) - bisect_left(starts, span[0])
