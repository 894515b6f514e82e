"""The geoparser: documents in, place mentions out."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator
from pathlib import Path

from geo.gazetteer import Gazetteer, load_gazetteer
from geo.model import Document, Evidence, Mention, Sentence
from geo.recognize import DEFAULT_RULES, Recognizer
from geo.resolve import Resolver, Weights
from geo.rules import enabled
from geo.text import fold_with_offsets, split_sentences


class Geoparser:
    """Finds and resolves place mentions. Pure and thread-safe once built.

    ``disable`` switches recognition rules off by name or family (``python -m geo rules``
    lists them); ``weights`` are resolution's numbers.
    """

    def __init__(self, gazetteer: Gazetteer, *, geocoder=None, weights: Weights = Weights(),
                 disable: Iterable[str] = ()):
        self.gazetteer = gazetteer
        self.geocoder = geocoder
        self.resolver = Resolver(gazetteer, weights=weights, geocoder=geocoder)
        self.recognizer = Recognizer(gazetteer, prior=self.resolver.prior,
                                     rules=enabled(DEFAULT_RULES, disable=disable))

    def parse(self, document: Document) -> list[Mention]:
        """Mentions of places in ``document``, resolved or kept unresolved with the reason."""
        return self._parse(document, with_rejected=False)[0]

    def parse_detailed(self, document: Document) -> tuple[list[Mention], list[Mention]]:
        """(mentions, rejected): rejected are names judged not to be places here, with why
        (in text order)."""
        return self._parse(document, with_rejected=True)

    def _parse(self, document: Document, *, with_rejected: bool) -> tuple[list[Mention], list[Mention]]:
        text = document.text
        if not text.strip():
            return [], []
        folded = fold_with_offsets(text)
        recognition = self.recognizer.recognize(folded, home_country=document.home_country)
        if not recognition.candidates and not (with_rejected and recognition.rejected):
            return [], []  # most one-line texts: no sentences to split
        sentences = split_sentences(text)
        resolutions = self.resolver.resolve(folded, recognition, sentences)
        starts = [s.start for s in sentences]
        rows = self.gazetteer.place_rows
        mentions = []
        for resolution in resolutions:
            candidate = resolution.candidate
            start, end = folded.span_to_original(candidate.start, candidate.end)
            place = resolution.external
            if resolution.place is not None:
                place = self.gazetteer.place(resolution.place)
            anchor = rows[resolution.anchor].place_id if resolution.anchor is not None else ""
            mentions.append(Mention(
                doc=document.id, start=start, end=end, surface=text[start:end],
                sentence=_sentence_at(sentences, starts, start, text), place=place,
                confidence=resolution.confidence, reason=resolution.reason,
                candidates=_place_ids(rows, candidate.entries),
                rule=candidate.rule,
                evidence=Evidence._make((candidate.via, candidate.cue, resolution.terms, anchor, resolution.placed)),
            ))
        rejected = []
        for candidate, reason in recognition.rejected if with_rejected else ():
            start, end = folded.span_to_original(candidate.start, candidate.end)
            rejected.append(Mention(
                doc=document.id, start=start, end=end, surface=text[start:end],
                sentence=_sentence_at(sentences, starts, start, text), place=None, confidence=0.0,
                reason=reason, rule=candidate.rule, evidence=Evidence(candidate.via, candidate.cue),
            ))
        return mentions, rejected

    def parse_text(self, text: str, *, lang: str | None = None, doc_id: str = "") -> list[Mention]:
        """Mentions in ``text``; ``lang`` is kept on the document, as the corpus loader keeps
        it, and changes nothing: each rule applies by the script of the name it reads."""
        return self.parse(Document(id=doc_id, text=text, lang=lang or ""))


def _place_ids(rows, entries) -> tuple[str, ...]:
    """The ids of the first ten places of a name's entries, in a loop: a comprehension makes a
    function object for each mention, which Python 3.11 calls without the specialised call."""
    ids = []
    for place, _ in entries[:10]:
        ids.append(rows[place].place_id)
    return tuple(ids)


def _sentence_at(sentences: list[Sentence], starts: list[int], offset: int, text: str) -> Sentence:
    index = bisect_right(starts, offset) - 1
    if index >= 0 and sentences[index].end > offset:
        return sentences[index]
    return Sentence(offset, offset, "")


def load_geoparser(*, cache_dir: Path | str = "cache", cities: str = "cities15000", geocoder=None,
                   disable: Iterable[str] = ()) -> Geoparser:
    return Geoparser(load_gazetteer(cache_dir=cache_dir, cities=cities), geocoder=geocoder, disable=disable)


def geoparse(text: str) -> list[Mention]:
    """Place mentions in ``text``, with the index beside the package (built on first use,
    shared with every other caller in the process: ``geo.warm.shared_geoparser``).

    There is no language argument: each rule applies by the script of the name it reads,
    so the Latin names of an Arabic text get the English rules.
    """
    from geo.gazetteer import PACKAGE_CACHE_DIR
    from geo.warm import shared_geoparser

    return shared_geoparser(cache_dir=PACKAGE_CACHE_DIR).parse_text(text)


def mention_records(parsed: Iterable[tuple[Document, list[Mention]]], *,
                    with_document: bool = False) -> Iterator[dict]:
    """One record per mention (``Mention.as_record``) with its country's English name, and,
    ``with_document``, the document's title (its id when it has none), date, url and lang."""
    from geo.gazetteer import country_names

    names = country_names()
    for document, mentions in parsed:
        about = {"title": document.title or document.id, "date": document.date, "url": document.url,
                 "lang": document.lang} if with_document else {}
        for mention in mentions:
            country = names.get(mention.place.country_code, "") if mention.place else ""
            yield mention.as_record() | about | {"country": country}


def mentions_frame(parsed: Iterable[tuple[Document, list[Mention]]]):
    """One row per mention (``geo.export.MENTION_COLUMNS``), with the document's metadata
    and the country's English name."""
    from geo.export import mentions_frame as frame_of_records

    return frame_of_records(mention_records(parsed, with_document=True))
