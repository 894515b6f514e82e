"""The word index behind the dashboard's word filter: which sentences hold which words.

A sentence is indexed by the words of its folded text (geo.text.fold: اسرائيل finds إسرائيل)
and, for each Arabic word, what is left of it without each proclitic reading (والمطار is also
indexed as المطار and مطار; geo.events.clitics), so a search for مطار finds بالمطار. The
most frequent words of each language (في، من، the, of: ``data/stopwords.txt``) are not
indexed: they would make up most of the index and narrow no search; a search for one of
them reads the sentences themselves.
Sentences are joined to their mentions by a 64-bit id of the document and the sentence's start.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from geo.events.clitics import NOUN_PREFIXES, bases
from geo.text import WORD_RE, fold

STOPWORDS = Path(__file__).resolve().parent / "data" / "stopwords.txt"
MIN_LETTERS = 2


def sentence_id(doc: str, start: int) -> int:
    """A sentence's id: the same in every process, and unique in practice (64 bits)."""
    digest = hashlib.blake2b(f"{doc}\0{start}".encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "little", signed=True)


def indexed_words(folded_sentence: str) -> set[str]:
    """The index keys of a folded sentence."""
    stop = stopwords()
    return {base for word in WORD_RE.findall(folded_sentence) if len(word) >= MIN_LETTERS
            for base in bases(word) if base not in stop}


def search_words(text: str) -> tuple[str, ...]:
    """The folded words of a search, in order, once each."""
    return tuple(dict.fromkeys(word for word in WORD_RE.findall(fold(text)) if word))


def word_pattern(word: str) -> str:
    """A regular expression (RE2, as DuckDB reads it) for ``word`` as a whole word of a folded
    sentence, proclitics allowed: what the index would find, for words it does not hold."""
    prefixes = "|".join(sorted((re.escape(p) for p in NOUN_PREFIXES if p), key=len, reverse=True))
    return rf"(^|[^\pL\pN])({prefixes})?{re.escape(word)}([^\pL\pN]|$)"


def indexable(words: Iterable[str]) -> bool:
    """Whether the index can answer a search for all of ``words``."""
    stop = stopwords()
    return all(len(word) >= MIN_LETTERS and word not in stop for word in words)


@cache
def stopwords() -> frozenset[str]:
    # A file, not wordfreq itself: its frequency tables cost a worker 90 MB for 600 words.
    lines = STOPWORDS.read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))
