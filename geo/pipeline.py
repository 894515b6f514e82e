"""The geoparser: documents in, place mentions out."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from geo.gazetteer import Gazetteer, load_gazetteer
from geo.model import Document, Mention, Sentence
from geo.recognize import Recognizer
from geo.resolve import Resolver
from geo.text import fold_with_offsets, split_sentences


class Geoparser:
    """Finds and resolves place mentions. Pure and thread-safe once built."""

    def __init__(self, gazetteer: Gazetteer, *, geocoder=None):
        self.gazetteer = gazetteer
        self.geocoder = geocoder
        self.recognizer = Recognizer(gazetteer)
        self.resolver = Resolver(gazetteer, geocoder=geocoder)

    def parse(self, document: Document) -> list[Mention]:
        """Mentions of places in ``document``, resolved or kept unresolved with the reason."""
        return self._parse(document, with_rejected=False)[0]

    def parse_detailed(self, document: Document) -> tuple[list[Mention], list[Mention]]:
        """(mentions, rejected): rejected are names judged not to be places here, with why."""
        return self._parse(document, with_rejected=True)

    def _parse(self, document: Document, *, with_rejected: bool) -> tuple[list[Mention], list[Mention]]:
        text = document.text
        if not text.strip():
            return [], []
        folded = fold_with_offsets(text)
        recognition = self.recognizer.recognize(folded)
        sentences = split_sentences(text)
        resolutions = self.resolver.resolve(folded, recognition, sentences)
        starts = [s.start for s in sentences]
        mentions = []
        for resolution in resolutions:
            start, end = folded.span_to_original(resolution.candidate.start, resolution.candidate.end)
            place = resolution.external
            if resolution.place is not None:
                place = self.gazetteer.place(resolution.place)
            mentions.append(Mention(
                doc=document.id, start=start, end=end, surface=text[start:end],
                sentence=_sentence_at(sentences, starts, start, text), place=place,
                confidence=resolution.confidence, reason=resolution.reason,
                candidates=tuple([self.gazetteer.place_rows[p][0] for p, _ in resolution.candidate.entries[:10]]),
            ))
        rejected = []
        for candidate, reason in recognition.rejected if with_rejected else ():
            start, end = folded.span_to_original(candidate.start, candidate.end)
            rejected.append(Mention(
                doc=document.id, start=start, end=end, surface=text[start:end],
                sentence=_sentence_at(sentences, starts, start, text), place=None, confidence=0.0,
                reason=reason,
            ))
        return mentions, rejected

    def parse_text(self, text: str, *, lang: str | None = None, doc_id: str = "") -> list[Mention]:
        return self.parse(Document(id=doc_id, text=text, lang=lang or ""))


def _sentence_at(sentences: list[Sentence], starts: list[int], offset: int, text: str) -> Sentence:
    index = bisect_right(starts, offset) - 1
    if index >= 0 and sentences[index].end > offset:
        return sentences[index]
    return Sentence(offset, offset, "")


def load_geoparser(*, cache_dir: Path | str = "cache", cities: str = "cities15000", geocoder=None) -> Geoparser:
    return Geoparser(load_gazetteer(cache_dir=cache_dir, cities=cities), geocoder=geocoder)


@lru_cache(maxsize=1)
def default_geoparser() -> Geoparser:
    return load_geoparser(cache_dir=Path(__file__).resolve().parent.parent / "cache")


def geoparse(text: str, *, lang: str | None = None) -> list[Mention]:
    """Place mentions in ``text``, with the default gazetteer (built on first use)."""
    return default_geoparser().parse_text(text, lang=lang)


def mentions_frame(parsed: Iterable[tuple[Document, list[Mention]]]):
    """One row per mention (``geo.export.MENTION_COLUMNS``), with the document's metadata
    and the country's English name."""
    from geo.export import mentions_frame as frame_of_records
    from geo.gazetteer import country_names

    names = country_names()
    return frame_of_records(
        mention.as_record() | {
            "title": document.title or document.id, "date": document.date, "url": document.url,
            "lang": document.lang, "country": names.get(mention.place.country_code, "") if mention.place else "",
        }
        for document, mentions in parsed
        for mention in mentions
    )
