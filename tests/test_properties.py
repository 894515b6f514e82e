"""Property-based tests: the loader and the parser take any input without crashing or losing anything."""

from __future__ import annotations

import codecs
import csv
import io
import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from geo.corpus import SAMPLE_BYTES, load_corpus
from geo.model import Corpus, Document

SUFFIXES = (".txt", ".md", ".jsonl", ".csv", ".pdf")
ENCODINGS = ("utf-8", "utf-8-sig", "utf-16")
NEWS_WORDS = (
    "القاهرة", "بالقاهرة", "وبيروت", "والرياض", "لغزة", "في", "إلى", "Cairo", "Beirut", "Gaza", "New York",
    "al-Quds", "St. Petersburg", "و", "بال", "ف", "ال", "،", "؟", ".", "!", "\u200f", "\u0640", "ـ",
)  # fmt: skip
PIECES = st.one_of(
    st.sampled_from(NEWS_WORDS),
    st.text(alphabet=st.characters(min_codepoint=0x0600, max_codepoint=0x06FF), max_size=12),
    st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-'", max_size=12),
    st.text(max_size=8),
    st.sampled_from((" ", "  ", "\n", "\r\n", "\t", ",", '"', "\u00a0", "\u2028")),
    st.integers(min_value=200, max_value=5000).map(lambda n: "ب" * n),
)
NEWS_TEXT = st.lists(PIECES, max_size=30).map("".join)
MODEST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def load_written(name: str, data: bytes) -> tuple[Corpus, str]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        return load_corpus(path), str(path)


def assert_accounted_for(corpus: Corpus, source: str) -> None:
    assert corpus.documents or corpus.problems
    assert all(item.source == source for item in corpus.documents + corpus.problems)
    assert all(document.text.strip() for document in corpus.documents)
    assert len({document.id for document in corpus.documents}) == len(corpus.documents)
    assert all(document.lang in ("ar", "en") for document in corpus.documents)


@MODEST
@given(suffix=st.sampled_from(SUFFIXES), data=st.binary(max_size=3000))
def test_random_bytes_never_crash_the_loader(suffix, data):
    corpus, source = load_written(f"random{suffix}", data)
    assert_accounted_for(corpus, source)
    if suffix in (".txt", ".md", ".pdf"):
        assert len(corpus.documents) + len(corpus.problems) == 1


@MODEST
@given(suffix=st.sampled_from((".txt", ".md")), text=NEWS_TEXT, encoding=st.sampled_from(ENCODINGS))
def test_text_files_load_exactly_as_written(suffix, text, encoding):
    corpus, source = load_written(f"news{suffix}", text.encode(encoding))
    assert_accounted_for(corpus, source)
    if text.strip() and "\x00" not in text:
        (document,) = corpus.documents
        assert document.text == text.removeprefix("\ufeff")
    else:
        assert corpus.documents == ()


ARABIC_1256_TEXT = st.lists(
    st.one_of(
        st.sampled_from(("القاهرة", "بالقاهرة", "وبيروت", "لغزة", "و", "بال", "،", "؟", " ", "\r\n", "2024")),
        st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأؤإئةى", min_size=1, max_size=10),
    ),
    max_size=30,
).map("".join)


@MODEST
@given(text=ARABIC_1256_TEXT, control=st.sampled_from(("", "\x1f", "\x0b")))
@example(text="القاهرة" * 18 + "2024القاهرة", control="")  # charset-normalizer reads it as chaos
def test_windows_1256_arabic_is_decoded_when_it_is_mostly_arabic(text, control):
    arabic = f"قال مسؤولون في القاهرة {control}{text}"
    corpus, source = load_written("news.txt", arabic.encode("cp1256"))
    assert_accounted_for(corpus, source)
    assert [document.text for document in corpus.documents] == [arabic]


JSONL_ROWS = st.lists(
    st.one_of(
        st.fixed_dictionaries({"text": NEWS_TEXT}, optional={"id": st.text(max_size=5), "title": NEWS_TEXT}),
        st.text(max_size=40).filter(lambda line: "\n" not in line),
        st.just({"title": "no text"}),
        st.just([1, 2]),
    ),
    max_size=15,
)


@MODEST
@given(rows=JSONL_ROWS, encoding=st.sampled_from(ENCODINGS))
def test_every_jsonl_line_is_a_document_or_a_problem(rows, encoding):
    lines = [row if isinstance(row, str) else json.dumps(row, ensure_ascii=False) for row in rows]
    corpus, source = load_written("rows.jsonl", "\n".join(lines).encode(encoding))
    if not "".join(lines).strip():
        assert [problem.reason.split(" (")[0] for problem in corpus.problems] == ["empty file"]
        return
    assert_accounted_for(corpus, source)
    file_problems = [problem for problem in corpus.problems if problem.line is None]
    if file_problems:  # e.g. a NUL inside a junk line makes the whole file binary
        assert (corpus.documents, len(file_problems)) == ((), 1)
        return
    rows_seen = [number for number, line in enumerate(lines, start=1) if line.strip()]
    assert len(corpus.documents) + len(corpus.problems) == len(rows_seen)
    assert {problem.line for problem in corpus.problems} <= set(rows_seen)
    expected_texts = [row["text"] for row in rows if isinstance(row, dict) and row.get("text", "").strip()]
    assert [document.text for document in corpus.documents] == expected_texts


CSV_ROWS = st.lists(st.tuples(st.text(max_size=5), NEWS_TEXT), max_size=15)


@MODEST
@given(rows=CSV_ROWS, encoding=st.sampled_from(ENCODINGS))
@example(rows=[("a", "ب" * 40_000), ("b", "x\x00")], encoding="utf-8")  # a NUL past the detection sample
def test_every_csv_row_is_a_document_or_a_problem_and_text_is_kept(rows, encoding):
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(["id", "text"])
    writer.writerows(rows)
    written = buffer.getvalue()
    corpus, source = load_written("rows.csv", written.encode(encoding))
    assert_accounted_for(corpus, source)
    nul = written.find("\x00")
    if nul != -1 and len(written[:nul].encode(encoding)) < SAMPLE_BYTES:
        # A NUL in the bytes the encoding is detected from makes the file binary; a later
        # one makes its row a problem.
        assert (corpus.documents, len(corpus.problems)) == ((), 1)
        return
    if not rows:
        assert [problem.reason for problem in corpus.problems] == ["CSV has a header row but no data rows"]
        return
    assert len(corpus.documents) + len(corpus.problems) == len(rows)
    assert [document.text for document in corpus.documents] == [text for name, text in rows
                                                                 if text.strip() and "\x00" not in name + text]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=NEWS_TEXT, lang=st.sampled_from(("", "ar", "en")))
def test_parser_spans_always_index_into_the_text(geoparser, text, lang):
    """``geoparser`` is the session fixture in conftest.py (geo.pipeline.load_geoparser)."""
    mentions = geoparser.parse(Document(id="d", text=text, lang=lang))
    for mention in mentions:
        assert 0 <= mention.start < mention.end <= len(text)
        assert text[mention.start : mention.end] == mention.surface
        assert mention.doc == "d"
        assert 0.0 <= mention.confidence <= 1.0
        sentence = mention.sentence
        assert text[sentence.start : sentence.end] == sentence.text


def test_utf16_bom_alone_is_an_empty_file():
    corpus, _ = load_written("news.txt", codecs.BOM_UTF16_LE)
    assert [problem.reason for problem in corpus.problems] == ["empty file (only whitespace)"]
