"""The resolver: for each recognised name, the place it means."""

from __future__ import annotations

import math
from operator import itemgetter

from geo.errors import GeocoderError
from geo.gazetteer import PRIMARY, Gazetteer
from geo.geocoding import Geocoder, describe_failure
from geo.model import Sentence
from geo.recognize import Candidate, Recognition
from geo.recognize.support import pinned_places, qualifiers_of
from geo.resolve.approximate import Approximator, local_districts, towns_of_a_division_abroad
from geo.resolve.context import DocumentContext, LocalContexts, TextUnits, document_context, nearby_evidence
from geo.resolve.resolution import Resolution
from geo.resolve.terms import LOCAL_TERMS, prior, terms_for
from geo.resolve.weights import Weights
from geo.text import FoldedText


class Resolver:
    """Chooses among the places of each name by score (:mod:`geo.resolve.terms`, with
    ``weights``); asks the online ``geocoder``, if any, for names no gazetteer lists."""

    def __init__(self, gazetteer: Gazetteer, *, weights: Weights = Weights(), geocoder: Geocoder | None = None):
        self.gazetteer = gazetteer
        self.weights = weights
        self.geocoder = geocoder
        self._priors: dict[tuple[int, int], float] = {}  # a pure function of the gazetteer
        self._approximator = Approximator(gazetteer, weights)

    def prior(self, place: int, flags: int) -> float:
        """The place's score before any context; memoised, as the same few recur."""
        key = (place, flags & PRIMARY)
        score = self._priors.get(key)
        if score is None:
            score = self._priors[key] = prior(self.gazetteer.place_rows[place], flags,
                                              capital=place in self.gazetteer.capitals, weights=self.weights)
        return score

    def resolve(self, text: FoldedText, recognition: Recognition, sentences: list[Sentence]) -> list[Resolution]:
        """Two passes: the first decides with what the unambiguous names say, the second
        with the places the first pass chose for every name (Gainesville then Georgia), in
        the document and in the name's own sentence and paragraph.
        Then the names no source places get an approximate place from the others, in their
        sentence (``sentences`` of ``text.original``, as ``split_sentences`` gives them).

        The context is read from every name recognition proposed, those the support rules
        rejected too: two small towns of one country vouch for each other. An ambiguous
        name's own sentence and paragraph are read too, and decide it before the document."""
        if not recognition.candidates:
            return []
        folded, gazetteer, facts = text.folded, self.gazetteer, recognition.facts
        if facts is not None:
            names, qualifiers, pinned = facts.names_at["support"], facts.qualifiers, facts.pinned
            demonyms_at = list(zip(facts.gazetteer_hits.demonym_starts, facts.demonyms))
        else:
            names = recognition.candidates
            qualifiers = qualifiers_of(gazetteer, folded, names)
            pinned = pinned_places(gazetteer, names, self.prior)
            demonyms_at = []
        demonyms = recognition.demonym_countries
        nearby = nearby_evidence(gazetteer, names, self.weights)
        context = document_context(gazetteer, pinned, names, demonyms, nearby, self.weights)
        kept, resolutions = [], []
        for candidate in recognition.candidates:
            if candidate.entries:
                kept.append(candidate)
            else:
                resolutions.append(self._outside_gazetteer(candidate, folded))
        first = self._resolve_pass(kept, qualifiers, context, None)
        ambiguous = [c for c in kept if len(c.entries) > 1]
        if ambiguous:
            chosen = {r.candidate.key: r.place for r in first}
            resolved_context = document_context(gazetteer, chosen, kept, demonyms, nearby, self.weights)
            # A sentence's and a paragraph's own names say where they are: the places the
            # first pass chose, and the pinned places of the names it did not keep.
            chosen_of = {id(c): pinned[c.key] for c in names if c.key in pinned}
            chosen_of.update((id(r.candidate), r.place) for r in first)
            chosen_of = {name: place for name, place in chosen_of.items() if self._locates_others(place)}
            units = TextUnits(folded, [text.to_folded(s.start) for s in sentences])
            local = LocalContexts(gazetteer, units, names, demonyms_at, chosen_of, self.weights)
            first = [r for r in first if len(r.candidate.entries) == 1]
            first += self._resolve_pass(ambiguous, qualifiers, resolved_context, local)
        resolutions = sorted(resolutions + first, key=lambda r: r.candidate.start)
        resolutions = local_districts(gazetteer, resolutions, demonyms)
        resolutions = towns_of_a_division_abroad(gazetteer, folded, resolutions)
        return self._approximator.place(text, resolutions, sentences)

    def _resolve_pass(self, candidates: list[Candidate], qualifiers: dict, context: DocumentContext,
                      local: LocalContexts | None) -> list[Resolution]:
        """One name, one sense per document, unless a qualifier says otherwise or the
        mention's own sentence or paragraph (``local``) does: a name whose senses are two
        places, each named where its own evidence is (Tripoli in northern Lebanon, then
        Tripoli in Libya), keeps both."""
        senses: dict[str, Resolution] = {}
        scored: dict[tuple, Resolution] = {}  # the same name with the same evidence scores the same
        resolutions = []
        for candidate in sorted(candidates, key=lambda c: qualifiers[id(c)] is None):
            qualifier = qualifiers[id(candidate)]
            around = context
            if local is not None and len(candidate.entries) > 1:
                around = local.around(context, candidate)
            sense = senses.get(candidate.key)
            if sense is not None and not _among_its_places(sense, candidate):
                sense = None  # a rule narrowed this mention's places (place.listed_division, word.needs_evidence)
            if sense is not None and qualifier is None and not candidate.cue \
                    and around.paragraph is None and around.sentence is None:
                resolutions.append(self._same_sense(candidate, sense))
                continue
            evidence = (candidate.key, candidate.entries, candidate.cue, candidate.via, qualifier,
                        id(around.paragraph), id(around.sentence))
            resolution = scored.get(evidence)
            if resolution is None:
                resolution = scored[evidence] = self._choose(candidate, qualifier, around)
            else:
                resolution = resolution._replace(candidate=candidate)
            decided_here = qualifier is not None or candidate.cue or not LOCAL_TERMS.isdisjoint(resolution.terms)
            if sense is not None and not decided_here:
                resolution = self._same_sense(candidate, sense)
            else:
                senses.setdefault(candidate.key, resolution)
            resolutions.append(resolution)
        return resolutions

    @staticmethod
    def _same_sense(candidate: Candidate, sense: Resolution) -> Resolution:
        return Resolution(candidate, sense.place, sense.confidence, sense.reason + "; one sense per document",
                          terms=sense.terms)

    def _locates_others(self, place: int) -> bool:
        """Whether a place says where the other names of its sentence or paragraph are: a
        country, a division or a big town, not a small town that is the only place of its
        name here (Barton, in a story about Cambridge)."""
        row = self.gazetteer.place_rows[place]
        return row.kind != "city" or not self.gazetteer.is_minor_town(place)

    def _outside_gazetteer(self, candidate: Candidate, folded: str) -> Resolution:
        """A name a cue marks as a place that no gazetteer entry has: ask the geocoder, if any."""
        name = folded[candidate.start:candidate.end]
        if self.geocoder is None:
            return Resolution(candidate, None, 0.0, f"named as a place by '{candidate.cue}' but not in the gazetteer")
        try:
            place = self.geocoder.lookup(name)
        except GeocoderError as error:
            return Resolution(candidate, None, 0.0, "not in the gazetteer; " + describe_failure(error))
        if place is None:
            return Resolution(candidate, None, 0.0, "not in the gazetteer; the online geocoder knows no such place")
        return Resolution(candidate, None, self.weights.geocoder_confidence, "online geocoder: not in the gazetteer",
                          external=place)

    def _choose(self, candidate: Candidate, qualifier, context: DocumentContext) -> Resolution:
        gazetteer, weights = self.gazetteer, self.weights
        rows, admin1 = gazetteer.place_rows, gazetteer.admin1
        ranked = []  # (-score, place, why, terms): sorted, the best first, a tie to the lower index
        applicable = terms_for(candidate, qualifier, context)
        for place, flags in candidate.entries:
            row, division = rows[place], admin1[place]
            score, why, terms = self.prior(place, flags), [], []
            for name, term in applicable:
                points, said = term(place, row, division, candidate, qualifier, context, weights)
                if said:
                    score += points
                    why.append(said)
                    terms.append(name)
            ranked.append((-score, place, why, terms))
        ranked.sort(key=_SCORE_THEN_PLACE)
        best_score, best, why, terms = ranked[0]
        best_score = -best_score
        runner_up = -ranked[1][0] if len(ranked) > 1 else best_score - weights.lone_margin
        confidence = 1.0 / (1.0 + math.exp(-(best_score - runner_up)))
        if candidate.via != "gazetteer":
            confidence *= weights.found_otherwise_factor
        basis = f"{candidate.via}: {rows[best].kind}"
        if len(ranked) > 1:
            basis += f", best of {len(ranked)} candidates"
        return Resolution(candidate, best, round(confidence, 3), "; ".join([basis] + why), terms=tuple(terms))


# A C key for the sort of a name's places (no Python call per place).
_SCORE_THEN_PLACE = itemgetter(0, 1)


def _among_its_places(sense: Resolution, candidate: Candidate) -> bool:
    """Whether the place another mention of the name was given is one of this mention's (most
    mentions of a name have the same places: one comparison of tuples tells)."""
    entries = candidate.entries
    return entries == sense.candidate.entries or any(place == sense.place for place, _ in entries)
