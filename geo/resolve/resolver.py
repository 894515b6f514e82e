"""The resolver: for each recognised name, the place it means."""

from __future__ import annotations

import math

from geo.errors import GeocoderError
from geo.gazetteer import PRIMARY, Gazetteer
from geo.geocoding import Geocoder, describe_failure
from geo.model import Sentence
from geo.recognize import Candidate, Recognition
from geo.recognize.support import pinned_places, qualifiers_of
from geo.resolve.approximate import Approximator, local_districts
from geo.resolve.context import DocumentContext, document_context, nearby_evidence
from geo.resolve.resolution import Resolution
from geo.resolve.terms import TERMS, prior
from geo.resolve.weights import Weights
from geo.text import FoldedText


_NAMED_TERMS = tuple((term.__name__, term) for term in TERMS)


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
        with the places the first pass chose for every name (Gainesville then Georgia).
        Then the names no source places get an approximate place from the others, in their
        sentence (``sentences`` of ``text.original``, as ``split_sentences`` gives them).

        The context is read from every name recognition proposed, those the support rules
        rejected too: two small towns of one country vouch for each other."""
        folded, gazetteer, facts = text.folded, self.gazetteer, recognition.facts
        if facts is not None:
            names, qualifiers, pinned = facts.names_at["support"], facts.qualifiers, facts.pinned
        else:
            names = recognition.candidates
            qualifiers = qualifiers_of(gazetteer, folded, names)
            pinned = pinned_places(gazetteer, names, self.prior)
        demonyms = recognition.demonym_countries
        nearby = nearby_evidence(gazetteer, names, self.weights)
        context = document_context(gazetteer, pinned, names, demonyms, nearby, self.weights)
        kept, resolutions = [], []
        for candidate in recognition.candidates:
            if candidate.entries:
                kept.append(candidate)
            else:
                resolutions.append(self._outside_gazetteer(candidate, folded))
        first = self._resolve_pass(kept, qualifiers, context)
        ambiguous = [c for c in kept if len(c.entries) > 1]
        if ambiguous:
            chosen = {r.candidate.key: r.place for r in first}
            resolved_context = document_context(gazetteer, chosen, kept, demonyms, nearby, self.weights)
            first = [r for r in first if len(r.candidate.entries) == 1]
            first += self._resolve_pass(ambiguous, qualifiers, resolved_context)
        resolutions = sorted(resolutions + first, key=lambda r: r.candidate.start)
        resolutions = local_districts(gazetteer, resolutions, demonyms)
        return self._approximator.place(text, resolutions, sentences)

    def _resolve_pass(self, candidates: list[Candidate], qualifiers: dict, context: DocumentContext) -> list[Resolution]:
        """One name, one sense per document, unless a qualifier says otherwise."""
        senses: dict[str, Resolution] = {}
        resolutions = []
        for candidate in sorted(candidates, key=lambda c: qualifiers[id(c)] is None):
            qualifier = qualifiers[id(candidate)]
            if qualifier is None and candidate.key in senses:
                sense = senses[candidate.key]
                resolutions.append(Resolution(candidate, sense.place, sense.confidence,
                                              sense.reason + "; one sense per document", terms=sense.terms))
                continue
            resolution = self._choose(candidate, qualifier, context)
            if qualifier is None:
                senses[candidate.key] = resolution
            else:
                senses.setdefault(candidate.key, resolution)
            resolutions.append(resolution)
        return resolutions

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
        scored = []
        for place, flags in candidate.entries:
            row, division = rows[place], admin1[place]
            score, why, terms = self.prior(place, flags), [], []
            for name, term in _NAMED_TERMS:
                points, said = term(place, row, division, candidate, qualifier, context, weights)
                if said:
                    score += points
                    why.append(said)
                    terms.append(name)
            scored.append((score, place, why, terms))
        scored.sort(key=lambda s: (-s[0], s[1]))
        best_score, best, why, terms = scored[0]
        runner_up = scored[1][0] if len(scored) > 1 else best_score - weights.lone_margin
        confidence = 1.0 / (1.0 + math.exp(-(best_score - runner_up)))
        if candidate.via != "gazetteer":
            confidence *= weights.found_otherwise_factor
        basis = f"{candidate.via}: {rows[best].kind}"
        if len(scored) > 1:
            basis += f", best of {len(scored)} candidates"
        return Resolution(candidate, best, round(confidence, 3), "; ".join([basis] + why), terms=tuple(terms))
