"""Approximate places: a spot no gazetteer lists (مستشفى الملك خالد، Main Street), which the
online geocoder does not place either, is placed at the place the text puts it in: a place
named right after it, else in its sentence, else the place the document names most, else the
document's only country when that country is small. It stays unresolved when none exists.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass

from geo.arabic import is_arabic
from geo.gazetteer import PRIMARY, Gazetteer, country_areas_km2
from geo.lang import ar, en
from geo.model import APPROXIMATE_PREFIX, APPROXIMATE_REASON, PLACED_SAID, Place, Sentence
from geo.proclitics import word_after, word_before, word_start
from geo.recognize import CUE_KINDS, Candidate
from geo.resolve.resolution import Resolution
from geo.resolve.weights import Weights
from geo.text import FoldedText, fold

# How an anchor was found, best evidence first; and what the reason says of each.
HOW_PLACED = ("right after", "sentence", "document", "adjective", "sentence's country", "country")
_LOCATING_WORDS = ar.LOCATING_WORDS | en.LOCATING_WORDS
_IN_WORDS = ar.LOCATING_WORDS | en.IN_WORDS  # before a country a spot's sentence puts it in
_WATER_WORDS = ar.WATER_WORDS | en.WATER_WORDS
_GAP_TOKEN_RE = re.compile(r"\w+|[،,]")
_DIVISION_PREFIXES = ("adm1:", "adm2:")
_FROM = fold("من")  # before a town someone comes from
_SLUG_RE = re.compile(r"\W+")


@dataclass(frozen=True)
class _Anchor:
    """A place the document names that an unknown spot may lie in."""

    start: int  # folded offsets of the naming mention
    end: int
    sentence: int
    place: int
    # In the country most of the document's places lie in, or no country leads: only such a
    # place stands for the whole document, and for a sentence that names one (a stray match
    # abroad, a surname read as Prague, is no anchor for a Kuwaiti street). Another stands for
    # a spot right before it (ملعب لوجنيكي في موسكو in a story on Egypt's team), and for a
    # sentence naming no such place if its country has another of the document's places
    # (مطار المزة غرب العاصمة دمشق in a digest of news from Yemen that names Syria too).
    leading: bool
    corroborated: bool


class Approximator:
    """Places the unplaced spots of a document's resolutions at their anchors."""

    def __init__(self, gazetteer: Gazetteer, weights: Weights):
        self.gazetteer = gazetteer
        self.weights = weights
        self._confidence = dict(zip(HOW_PLACED, (
            weights.approximate_right_after, weights.approximate_in_sentence, weights.approximate_in_document,
            weights.approximate_in_country, weights.approximate_in_country, weights.approximate_in_country)))
        small = math.pi * weights.small_country_radius_km ** 2
        self._small_countries = frozenset(code for code, area in country_areas_km2().items() if 0 < area <= small)

    def place(self, text: FoldedText, resolutions: list[Resolution], sentences: list[Sentence]) -> list[Resolution]:
        """Each unplaced spot at its best anchor; one name, one anchor per document (the
        best any of its mentions has)."""
        if not any(_unplaced_spot(r) for r in resolutions):
            return resolutions
        sentence_starts = [text.to_folded(s.start) for s in sentences]
        anchors = self._anchors(resolutions, sentence_starts)
        countries = self._countries_of_adjectives(text.folded, resolutions)
        best: dict[str, tuple[str, int]] = {}
        for resolution in resolutions:
            if _unplaced_spot(resolution):
                found = self._anchor_for(text.folded, resolution.candidate, anchors, sentence_starts, resolutions,
                                         countries.get(resolution.candidate.key, ""))
                key = resolution.candidate.key
                if found and (key not in best or HOW_PLACED.index(found[0]) < HOW_PLACED.index(best[key][0])):
                    best[key] = found
        return [
            self._approximate(text, r, *best[r.candidate.key])
            if _unplaced_spot(r) and r.candidate.key in best else r
            for r in resolutions
        ]

    def _anchors(self, resolutions: list[Resolution], sentence_starts: list[int]) -> list[_Anchor]:
        """Towns, landmarks and divisions the document names, each marked whether it lies in
        the country most of its places lie in (or no country leads), and whether another of
        the document's places lies in its country."""
        rows = self.gazetteer.place_rows
        countries = Counter(rows[r.place].country_code for r in resolutions if r.place is not None)
        leading = majority(countries)
        return [
            _Anchor(r.candidate.start, r.candidate.end, _sentence_index(sentence_starts, r.candidate.start), r.place,
                    leading=not leading or rows[r.place].country_code == leading,
                    corroborated=countries[rows[r.place].country_code] > 1)
            for r in resolutions
            if r.place is not None and self._is_local(r.place)
        ]

    def _is_local(self, place: int) -> bool:
        """A point a spot can lie by: a town, a landmark or a division, not a sea or a river."""
        row = self.gazetteer.place_rows[place]
        return row.kind == "city" or (row.kind == "landmark" and not row.place_id.startswith("alias:")) \
            or row.place_id.startswith(_DIVISION_PREFIXES)

    def _countries_of_adjectives(self, folded: str, resolutions: list[Resolution]) -> dict[str, str]:
        """Name -> the country code of a nationality's adjective right after one of its
        mentions as a town or province (مدينة هورست الهولندية): every mention of the name lies
        there. A building's adjective is part of its name (مستشفى الجامعة الأميركية is in Beirut)."""
        countries: dict[str, str] = {}
        for resolution in resolutions:
            candidate = resolution.candidate
            if _unplaced_spot(resolution) and CUE_KINDS.get(candidate.cue, "") in ("city", "region"):
                word, gap = word_after(folded, candidate.end)
                code = self.gazetteer.lookup(word)[2] if gap == " " and word else ""
                if code:
                    countries.setdefault(candidate.key, code)
        return countries

    def _anchor_for(self, folded: str, candidate: Candidate, anchors: list[_Anchor], sentence_starts: list[int],
                    resolutions: list[Resolution], code: str) -> tuple[str, int] | None:
        """(how it was found, place) of the place an unknown spot is in, best evidence first.
        A spot in country ``code`` (its adjective's) counts only anchors there, and the country
        itself when none is (بلدة زيفيرتون الأمريكية بولاية أوهايو is in Ohio); so does a spot
        whose sentence names one country and no town (ملعب أودينيزي in a sentence on Italy, in a
        story whose other places are in London)."""
        how = "adjective"
        if not code:
            code = self._sentence_s_country(folded, candidate, anchors, sentence_starts, resolutions)
            how = "sentence's country"
        if code:
            rows = self.gazetteer.place_rows
            anchors = [a for a in anchors if rows[a.place].country_code == code]
        found = self._anchor_among(folded, candidate, anchors, sentence_starts, resolutions)
        if found:
            return found
        if code in self.gazetteer.country_of_code:
            return how, self.gazetteer.country_of_code[code]
        return self._small_country(resolutions)

    def _sentence_s_country(self, folded: str, candidate: Candidate, anchors: list[_Anchor],
                            sentence_starts: list[int], resolutions: list[Resolution]) -> str:
        """The code of the one country the spot's sentence puts something in (في إيطاليا،
        بالمغرب، جنوب شرقي تركيا; not على الحدود مع اليمن, قادمة من المملكة), when it names no
        town or division to put the spot by; else ""."""
        sentence = _sentence_index(sentence_starts, candidate.start)
        if any(a.sentence == sentence for a in anchors):
            return ""
        rows = self.gazetteer.place_rows
        codes = {rows[r.place].country_code for r in resolutions
                 if r.place is not None and rows[r.place].kind == "country"
                 and _sentence_index(sentence_starts, r.candidate.start) == sentence
                 and _located_in(folded, r.candidate.start)}
        return codes.pop() if len(codes) == 1 else ""

    def _anchor_among(self, folded: str, candidate: Candidate, anchors: list[_Anchor], sentence_starts: list[int],
                      resolutions: list[Resolution]) -> tuple[str, int] | None:
        """The place named right after the spot, else in its sentence (the leading country's,
        else a corroborated one), else the one ``anchors`` of the leading country name most."""
        sentence = _sentence_index(sentence_starts, candidate.start)
        in_sentence = [a for a in anchors if a.sentence == sentence]
        following = [a for a in in_sentence if a.start >= candidate.end]
        if following:
            after = min(following, key=lambda a: a.start)
            between = [r for r in resolutions if candidate.end <= r.candidate.start < after.start]
            if not between and self._locates(folded[candidate.end:after.start]):
                return "right after", after.place
        in_sentence = [a for a in in_sentence if a.leading] or [a for a in in_sentence if a.corroborated]
        if in_sentence:
            nearest = min(in_sentence, key=lambda a: a.start - candidate.end if a.start >= candidate.end
                          else candidate.start - a.end)
            return "sentence", nearest.place
        counts = Counter(a.place for a in anchors if a.leading)
        if counts:
            return "document", counts.most_common(1)[0][0]
        return None

    def _locates(self, gap: str) -> bool:
        return locates(gap, max_words=self.weights.max_words_before_locating)

    def _small_country(self, resolutions: list[Resolution]) -> tuple[str, int] | None:
        """The one country the document names, when it is small enough to stand for a spot."""
        rows = self.gazetteer.place_rows
        countries = {r.place for r in resolutions if r.place is not None and rows[r.place].kind == "country"}
        if len(countries) == 1:
            country = next(iter(countries))
            if rows[country].country_code in self._small_countries:
                return "country", country
        return None

    def _approximate(self, text: FoldedText, resolution: Resolution, how: str, anchor: int) -> Resolution:
        """The spot as a place of its own at its anchor's point, so that it never merges with
        the anchor on a map or in a count."""
        candidate = resolution.candidate
        start, end = text.span_to_original(candidate.start, candidate.end)
        name = " ".join(text.original[start:end].replace("_", " ").replace("#", " ").split())
        row = self.gazetteer.place_rows[anchor]
        place = Place(
            place_id=f"{APPROXIMATE_PREFIX}{row.place_id}:{_SLUG_RE.sub('-', candidate.key).strip('-')}",
            name=name, lat=row.lat, lon=row.lon, kind=_spot_kind(candidate, name),
            country_code=row.country_code, name_ar=name if is_arabic(name) else "",
        )
        reason = f"{resolution.reason}; {APPROXIMATE_REASON}placed at {row.name}, {PLACED_SAID[how]}"
        return Resolution(candidate, None, self._confidence[how], reason, external=place, anchor=anchor, placed=how)


def local_districts(gazetteer: Gazetteer, resolutions: list[Resolution], demonyms: list[str]) -> list[Resolution]:
    """A district's name resolved to a minor town abroad that no other name or demonym of
    the document points at, in a document whose places lie mostly in another country, is
    unplaced again (حي المرج in Cairo is not Al Marj in Libya), for an approximate place; so is
    one resolved to a division by the lesser sense of a minor town's name (منطقة القيروان in a
    Kuwaiti story is no Tunisian governorate), and a neighbourhood's resolved to any place
    abroad (حي الرياض in Sousse is no Riyadh, حي فلسطين in Baghdad no Palestine). After منطقة,
    regions, seas and big cities abroad (المنطقة الشرقية، منطقة الخليج) keep their sense."""
    rows = gazetteer.place_rows
    kept = []
    for resolution in resolutions:
        place, candidate = resolution.place, resolution.candidate
        key = candidate.key
        if place is not None and candidate.cue in ar.DISTRICT_CUES \
                and (candidate.cue in ar.NEIGHBOURHOOD_CUES or gazetteer.is_minor_town(place)
                     or _a_minor_town_s_lesser_sense(gazetteer, candidate, place)):
            # What the document's other names and its demonyms say, not the district itself.
            others = Counter(rows[r.place].country_code for r in resolutions if r.place is not None and r.candidate.key != key)
            leading = majority(others + Counter(demonyms))
            if leading and rows[place].country_code not in others and rows[place].country_code not in demonyms:
                resolution = Resolution(resolution.candidate, None, 0.0, f"a district's name in a document "
                                        f"about {leading}, not {rows[place].name} abroad")
        kept.append(resolution)
    return kept


def towns_of_a_division_abroad(gazetteer: Gazetteer, folded: str, resolutions: list[Resolution]) -> list[Resolution]:
    """A town's name the text puts in a division of another country, whose country no place
    the name bears lies in, is unplaced again for an approximate place by that division:
    معتمدية العيون من ولاية القصرين is no Laayoune in Western Sahara, العلا من ولاية القيروان
    no AlUla in Saudi Arabia, زنجبار بمحافظة أبين no Zanzibar. Not a town after من, where
    someone is from (طالب من جدة بولاية فلوريدا), nor a capital, which stands for its
    government (فصائل موالية لأنقرة في محافظة حلب)."""
    rows = gazetteer.place_rows
    placed = [r for r in resolutions if r.place is not None]
    following = dict(zip((id(r) for r in placed), placed[1:]))
    kept = []
    for resolution in resolutions:
        division = following.get(id(resolution))
        if division is not None and rows[resolution.place].kind == "city" and resolution.place not in gazetteer.capitals \
                and rows[division.place].place_id.startswith(_DIVISION_PREFIXES) \
                and word_before(folded, resolution.candidate.start)[0] != _FROM \
                and _in_division(folded[resolution.candidate.end:division.candidate.start]):
            code = rows[division.place].country_code
            if all(rows[p].country_code != code for p, _ in resolution.candidate.entries):
                resolution = Resolution(resolution.candidate, None, 0.0, f"a town of {rows[division.place].name}, "
                                        f"not {rows[resolution.place].name} abroad")
        kept.append(resolution)
    return kept


def _in_division(gap: str) -> bool:
    """Whether the words between two names put the first in the division the second names:
    a preposition and a division's cue word (من ولاية، بولاية، التابعة لولاية)."""
    tokens = _GAP_TOKEN_RE.findall(gap)
    if not tokens:
        return False
    *words, cue = tokens
    joined = cue[:1] in ar.IN_DIVISION_WORDS and CUE_KINDS.get(cue[1:]) == "region"  # بولاية
    after_a_preposition = bool(words) and CUE_KINDS.get(cue) == "region"  # من ولاية
    return (joined or after_a_preposition) and all(word in ar.IN_DIVISION_WORDS for word in words)


def _a_minor_town_s_lesser_sense(gazetteer: Gazetteer, candidate: Candidate, place: int) -> bool:
    """Whether the name leads to the place by its lesser sense (no PRIMARY flag), and to
    minor towns only by its primary one (القيروان: not مكة المكرمة, whose region is known
    abroad)."""
    return any(p == place and not flags & PRIMARY for p, flags in candidate.entries) \
        and all(gazetteer.is_minor_town(p) for p, flags in candidate.entries if flags & PRIMARY)


def locates(gap: str, *, max_words: int) -> bool:
    """Does the text between a spot and the next place put the spot in it? Nothing but a
    hashtag sign (قرية X #تبوك), a comma (Main Street, Tulsa), or a locating word after at
    most ``max_words`` more words of the name; a cue word after it (في مدينة، بمحافظة)
    changes nothing."""
    tokens = _GAP_TOKEN_RE.findall(gap)
    if tokens and tokens[-1] in CUE_KINDS:
        tokens.pop()
    elif tokens and tokens[-1][:1] == "ب" and tokens[-1][1:] in CUE_KINDS:
        tokens[-1] = "ب"
    if len(tokens) <= 1 and set(tokens) <= {",", "،"}:
        return True
    return tokens[-1] in _LOCATING_WORDS and len(tokens) <= max_words + 1 \
        and not {",", "،"} & set(tokens)


def majority(countries: Counter) -> str:
    """The country counted more often than any other, or "" when none is."""
    ranked = [(code, count) for code, count in countries.most_common(3) if code][:2]
    return ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else ""


def _unplaced_spot(resolution: Resolution) -> bool:
    """A name no source placed that stands for one spot, not a stretch of land."""
    return (resolution.place is None and resolution.external is None
            and resolution.candidate.cue not in en.EXTENDED_FEATURES)


def _located_in(folded: str, start: int) -> bool:
    """Whether the name at folded ``start`` says where something is: after في or ب, "in",
    or a compass word (في إيطاليا، بالمغرب، جنوب شرقي تركيا; not "the ambassador of Italy")."""
    if folded[word_start(folded, start):start][-1:] in ar.LOCATING_WORDS:
        return True
    before, gap = word_before(folded, start)
    return not gap.strip() and (before in _IN_WORDS or before in ar.DIRECTIONS)


def _sentence_index(sentence_starts: list[int], offset: int) -> int:
    return bisect_right(sentence_starts, offset) - 1


def _spot_kind(candidate: Candidate, name: str) -> str:
    """A village or a province the cue names (قرية X، محافظة X) keeps that kind; a lake or a
    river (بحيرة X، Lake X) is water; any other spot is a landmark."""
    cue_kind = CUE_KINDS.get(candidate.cue, "")
    if cue_kind in ("city", "region"):
        return cue_kind
    words = fold(name).lower().split()
    return "water" if words and (words[0] in _WATER_WORDS or words[-1] in _WATER_WORDS) else "landmark"
