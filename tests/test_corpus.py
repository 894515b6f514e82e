"""Loading documents: good files load exactly, bad files and rows become LoadProblems."""

from __future__ import annotations

import codecs
import gzip
import json
from pathlib import Path

import pytest

from geo.corpus import (
    OUTLETS, country_code, decode_text, detect_lang, load_bytes, load_corpus, outlet_countries, read_source,
    source_files, with_home_country)
from geo.errors import CorpusError, CountryCodeError
from geo.model import Document, LoadProblem

DATA = Path(__file__).parent / "data" / "corpus"
ARABIC = "قالت وزارة الخارجية المصرية إن وفدا من القاهرة توجه إلى بيروت والرياض لبحث الأوضاع في غزة.\n"
ENGLISH = "Officials in Cairo said a delegation flew to Beirut and Riyadh on Monday to discuss the situation in Gaza.\n"


def problems_of(corpus) -> dict[tuple[str, int | None], str]:
    return {(Path(problem.source).name, problem.line): problem.reason for problem in corpus.problems}


@pytest.mark.parametrize(
    ("file_name", "text", "lang"),
    [
        ("news_en.txt", ENGLISH, "en"),
        ("en_utf8_bom.txt", ENGLISH, "en"),
        ("ar_cp1256.txt", ARABIC, "ar"),
        ("ar_utf16.txt", ARABIC, "ar"),
    ],
)
def test_text_file_is_one_document_decoded_exactly(file_name, text, lang):
    corpus = load_corpus(DATA / file_name)
    assert corpus.problems == ()
    (document,) = corpus.documents
    assert (document.id, document.text, document.lang) == (file_name, text, lang)
    assert document.source == str(DATA / file_name)


def test_markdown_title_is_its_first_heading():
    (document,) = load_corpus(DATA / "news_ar.md").documents
    assert document.title == "وفد مصري إلى بيروت"
    assert document.text.startswith("# وفد مصري إلى بيروت\n\n")


def test_jsonl_rows_load_and_bad_lines_are_reported_with_line_numbers():
    corpus = load_corpus(DATA / "articles.jsonl")
    assert [document.id for document in corpus.documents] == ["a1", "a2", "a1#2", "articles.jsonl:9"]
    first = corpus.documents[0]
    assert (first.title, first.date, first.url, first.text) == ("Gaza talks", "2024-01-05", "https://example.com/a1", ENGLISH)
    assert corpus.documents[3].lang == "en"
    assert problems_of(corpus) == {
        ("articles.jsonl", 4): "invalid JSON (Unterminated string starting at, column 22)",
        ("articles.jsonl", 5): "expected a JSON object, found list",
        ("articles.jsonl", 6): "row has no 'text' field",
        ("articles.jsonl", 7): "row has empty text",
    }


def test_csv_rows_keep_quoted_newlines_and_report_bad_rows():
    corpus = load_corpus(DATA / "articles.csv")
    by_id = {document.id: document for document in corpus.documents}
    assert list(by_id) == ["c1", "articles.csv:6", "c5"]
    assert by_id["c1"].text == "Line one in Amman.\r\nLine two in Baghdad."
    assert by_id["articles.csv:6"].lang == "ar"
    assert by_id["c5"].title == "Quote, comma"
    assert by_id["c5"].text == 'She said "Mosul" twice.'
    assert problems_of(corpus) == {
        ("articles.csv", 4): "row has empty text",
        ("articles.csv", 5): "malformed CSV row: 5 fields, header has 4",
    }


@pytest.mark.parametrize(
    ("file_name", "line", "reason_part"),
    [
        ("empty.txt", None, "empty file"),
        ("binary.txt", None, "binary file"),
        ("slides.pdf", None, "unsupported file type (.pdf)"),
        ("no_text_column.csv", 1, "no 'text' column (columns: id, body)"),
        ("missing.txt", None, "no such file or folder"),
    ],
)
def test_bad_file_becomes_one_problem(file_name, line, reason_part):
    corpus = load_corpus(DATA / file_name)
    assert corpus.documents == ()
    (problem,) = corpus.problems
    assert problem.source == str(DATA / file_name)
    assert problem.line == line
    assert reason_part in problem.reason


def test_folder_loads_everything_else_and_accounts_for_every_file():
    corpus = load_corpus(DATA)
    assert len(corpus.documents) == 12
    assert len({document.id for document in corpus.documents}) == 12
    sources = {Path(item.source).name for item in corpus.documents + corpus.problems}
    visible_files = {file.name for file in DATA.iterdir() if not file.name.startswith(".")}
    assert sources == visible_files
    assert ".gitattributes" not in sources


def test_several_paths_and_duplicate_file_names_get_unique_ids(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "news.txt").write_text("Damascus", encoding="utf-8")
    (tmp_path / "news.txt").write_text("Aleppo", encoding="utf-8")
    corpus = load_corpus([tmp_path / "a", str(tmp_path / "news.txt"), tmp_path / "news.txt"])
    assert [(document.id, document.text) for document in corpus.documents] == [
        ("news.txt", "Damascus"),
        ("news.txt#2", "Aleppo"),
        ("news.txt#3", "Aleppo"),
    ]


def test_file_over_the_limit_is_refused_before_reading(tmp_path, monkeypatch):
    big = tmp_path / "big.txt"
    big.write_text("Cairo " * 100, encoding="utf-8")
    monkeypatch.setattr(Path, "open", lambda *args, **kwargs: pytest.fail("read a file over the limit"))
    corpus = load_corpus(big, max_bytes=100)
    assert corpus.documents == ()
    assert corpus.problems[0].reason == "file is 600 bytes, over the 100-byte limit; not read"


@pytest.mark.parametrize(
    ("name", "data", "ids"),
    [
        ("upload.txt", ENGLISH.encode(), ["upload.txt"]),
        ("upload.md", ARABIC.encode("cp1256"), ["upload.md"]),
        ("upload.jsonl", b'{"text": "Homs"}\n{"text": "\xd8\xad\xd9\x85\xd8\xb5"}\n', ["upload.jsonl:1", "upload.jsonl:2"]),
        ("UPLOAD.CSV", "text,id\r\nحمص,x\r\nHoms,y\r\n".encode("utf-16"), ["x", "y"]),
    ],
)
def test_load_bytes_uses_the_extension(name, data, ids):
    corpus = load_bytes(name, data)
    assert corpus.problems == ()
    assert [document.id for document in corpus.documents] == ids
    assert all(document.source == name for document in corpus.documents)


@pytest.mark.parametrize(
    ("name", "data", "reason_part"),
    [
        ("upload.txt", b"", "empty file"),
        ("upload.txt", b" \r\n\t", "empty file (only whitespace)"),
        ("upload.jsonl", codecs.BOM_UTF16_LE + "\n \n".encode("utf-16-le"), "empty file"),
        ("upload.csv", b"id,text\n", "header row but no data rows"),
        ("upload.csv", b"\n\n", "empty file"),
        ("upload.docx", b"PK\x03\x04", "unsupported file type (.docx)"),
        ("upload", b"Cairo", "unsupported file type (no extension)"),
        ("upload.txt", codecs.BOM_UTF16_LE + b"\x00\xd8", "not valid UTF-16"),
        ("upload.txt", b"\xff\xd8\xff\xe0 JFIF", "neither UTF-8"),
        ("upload.txt", b"x" * 11, "11 bytes, over the 10-byte limit"),
    ],
)
def test_load_bytes_reports_bad_uploads(name, data, reason_part):
    corpus = load_bytes(name, data, max_bytes=10)
    assert corpus.documents == ()
    (problem,) = corpus.problems
    assert problem.source == name
    assert reason_part in problem.reason


@pytest.mark.parametrize(
    ("data", "reason_part"),
    [
        (b'{"text": 42}', "'text' is a int, not a string"),
        (b'{"text": "\\ud800 Gaza"}', "unpaired surrogate"),
        (b'{"text": "Gaza", "id": 7, "lang": null}', None),
    ],
)
def test_jsonl_field_types(data, reason_part):
    corpus = load_bytes("rows.jsonl", data)
    if reason_part is None:
        assert [(document.id, document.lang) for document in corpus.documents] == [("7", "en")]
    else:
        assert reason_part in corpus.problems[0].reason


def test_csv_long_text_field_beyond_the_csv_module_default_limit():
    text = "Cairo " * 40_000
    corpus = load_bytes("long.csv", f'text\n"{text}"\n'.encode())
    assert corpus.problems == ()
    assert corpus.documents[0].text == text


def test_csv_with_bom_in_header_and_mixed_case_column_names():
    corpus = load_bytes("bom.csv", codecs.BOM_UTF8 + b"Title,TEXT\nT,Gaza\n")
    assert [(document.title, document.text) for document in corpus.documents] == [("T", "Gaza")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [("وصل الوفد إلى القاهرة", "ar"), ("The delegation reached Cairo", "en"), ("Cairo القاهرة والجيزة", "ar"), ("", "en"), ("123 !?", "en")],
)
def test_detect_lang(text, lang):
    assert detect_lang(text) == lang


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (codecs.BOM_UTF8 + "غزة".encode(), "غزة"),
        (codecs.BOM_UTF16_BE + "غزة".encode("utf-16-be"), "غزة"),
        ("غزة وبيروت".encode("cp1256"), "غزة وبيروت"),
        (b"Gaza\r\n", "Gaza\r\n"),
    ],
)
def test_decode_text(data, text):
    assert decode_text(data) == text


def test_decode_text_names_the_source_when_it_fails():
    with pytest.raises(CorpusError, match=r"^upload\.txt: binary file") as caught:
        decode_text(b"GIF89a\x00\x01", source="upload.txt")
    assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("iso8859_6", ARABIC),
        ("cp1256", ARABIC),
        ("utf-16-le", ARABIC),
        ("utf-16-be", ENGLISH),
        ("latin-1", "Café owners in Montréal said the façade of the old Beirut souk was naïve.\n"),
        ("cp1252", "“Gaza,” she said — €5 a day.\n"),
    ],
)
def test_encodings_without_a_mark_are_detected(tmp_path, encoding, text):
    (tmp_path / "news.txt").write_bytes(text.encode(encoding))
    rows = json.dumps({"id": "r1", "text": text}, ensure_ascii=False) + "\n"
    (tmp_path / "rows.jsonl").write_bytes(rows.encode(encoding))
    corpus = load_corpus(tmp_path)
    assert corpus.problems == ()
    assert [document.text for document in corpus.documents] == [text, text]


@pytest.mark.parametrize("name", ["rows.jsonl.gz", "rows.csv.gz", "news.txt.gz"])
def test_gzip_files_are_read_like_the_files_inside(tmp_path, name):
    if name.startswith("rows.jsonl"):
        data = "".join(json.dumps({"id": f"d{n}", "text": f"Protest in Cairo {n}"}) + "\n" for n in range(3))
    elif name.startswith("rows.csv"):
        data = "id,text\r\n" + "".join(f"d{n},Protest in Cairo {n}\r\n" for n in range(3))
    else:
        data = "Protest in Cairo 0"
    (tmp_path / name).write_bytes(gzip.compress(data.encode()))
    corpus = load_corpus(tmp_path / name)
    assert corpus.problems == ()
    assert corpus.documents[0].text == "Protest in Cairo 0"
    assert corpus.documents[0].id == ("news.txt" if name == "news.txt.gz" else "d0")


def test_a_broken_gzip_file_is_a_problem_after_the_rows_it_held(tmp_path):
    rows = "".join(json.dumps({"text": f"Cairo {n * 7919 % 10007} {n ** 3}"}) + "\n" for n in range(20_000)).encode()
    (tmp_path / "cut.jsonl.gz").write_bytes(gzip.compress(rows)[:-40])
    corpus = load_corpus(tmp_path / "cut.jsonl.gz")
    assert len(corpus.documents) > 10_000
    assert "gzip" in corpus.problems[-1].reason


def test_table_files_are_streamed_and_a_late_bad_row_costs_only_that_row(tmp_path):
    rows = [json.dumps({"text": f"Cairo {n} " + "x" * 100}) for n in range(2000)]
    rows[1500] = '{"text": "bad \x00 row"}'
    (tmp_path / "big.jsonl").write_text("\n".join(rows), encoding="utf-8")
    source = next(source_files(tmp_path / "big.jsonl"))
    items = read_source(source)
    assert next(items).text.startswith("Cairo 0")
    rest = list(items)
    assert [(item.line, "NUL" in item.reason) for item in rest if isinstance(item, LoadProblem)] == [(1501, True)]
    assert len(rest) == 1999


def test_a_decoding_error_deep_in_a_file_keeps_the_rows_before_it(tmp_path):
    good = "".join(json.dumps({"text": f"القاهرة {n}"}, ensure_ascii=False) + "\n" for n in range(2000)).encode()
    (tmp_path / "late.jsonl").write_bytes(good + b'{"text": "\xff\xfe broken"}\n' + good)
    corpus = load_corpus(tmp_path / "late.jsonl")
    assert len(corpus.documents) == 4000
    assert corpus.documents[0].text == "القاهرة 0"
    (problem,) = corpus.problems
    assert "not valid UTF-8" in problem.reason and problem.line == 2001


def test_a_decoding_error_deep_in_a_csv_file_keeps_the_rows_before_it(tmp_path):
    good = "text\n" + "".join(f"القاهرة {n}\n" for n in range(2000))
    (tmp_path / "late.csv").write_bytes(good.encode() + b"\xff\xfe broken\nCairo\n")
    corpus = load_corpus(tmp_path / "late.csv")
    assert len(corpus.documents) == 2000
    (problem,) = corpus.problems
    assert "not valid UTF-8" in problem.reason and "the rest was not read" in problem.reason


def test_a_csv_header_the_csv_reader_cannot_read_is_one_problem(tmp_path):
    (tmp_path / "broken.csv").write_bytes(b"text\rid\x01\n")  # a lone carriage return inside the header
    corpus = load_corpus(tmp_path / "broken.csv")
    assert corpus.documents == ()
    (problem,) = corpus.problems
    assert problem.reason.startswith("malformed CSV header") and problem.line == 1


def test_source_files_carry_what_tells_a_changed_file():
    (source,) = source_files(DATA / "news_en.txt")
    status = (DATA / "news_en.txt").stat()
    assert (source.path, source.size, source.modified_ns) == (DATA / "news_en.txt", status.st_size, status.st_mtime_ns)


def test_a_utf16_jsonl_file_broken_deep_inside_keeps_the_rows_before(tmp_path):
    good = "".join(json.dumps({"text": f"القاهرة {n}"}, ensure_ascii=False) + "\n" for n in range(3000))
    (tmp_path / "wide.jsonl").write_bytes(codecs.BOM_UTF16_LE + good.encode("utf-16-le") + b"\x00\xd8\x00\xd8")
    corpus = load_corpus(tmp_path / "wide.jsonl")
    assert len(corpus.documents) > 2000
    assert "not valid UTF-16" in corpus.problems[-1].reason


@pytest.mark.parametrize(("value", "country", "problem"), [
    ("TN", "TN", None), ("sa ", "SA", None), ("", "", None),
    ("Tunisia", None, "'home_country': 'Tunisia' is no ISO 3166 two-letter country code"),
    ("XX", None, "'home_country': 'XX' is no ISO 3166 two-letter country code"),
    ("EU", None, "'home_country': 'EU' is no ISO 3166 two-letter country code"),
    ("ZZ", None, "'home_country': 'ZZ' is no ISO 3166 two-letter country code"),
], ids=["a code", "lower case and blanks", "none", "a name", "no territory", "a union", "user-assigned"])
def test_a_row_s_home_country_is_a_checked_code(value, country, problem):
    corpus = load_bytes("news.jsonl", json.dumps({"text": "حادث في القصرين", "home_country": value}).encode())
    if problem is None:
        assert [d.home_country for d in corpus.documents] == [country] and not corpus.problems
    else:
        assert not corpus.documents and problem in str(corpus.problems[0])


@pytest.mark.parametrize(("row", "country"), [
    ({"outlet": "Jawhara FM"}, "TN"),  # a Tunisian radio's local news
    ({"outlet": "OKAZ"}, "SA"),  # compared without case
    ({"outlet": "Jawhara FM", "home_country": "DZ"}, "DZ"),  # the row's own code first
    ({"outlet": "skynews"}, ""),  # a pan-Arab channel has none
], ids=["tunisian", "case", "the row's own", "pan-arab"])
def test_a_row_without_a_home_country_takes_its_outlet_s(row, country):
    corpus = load_bytes("news.jsonl", json.dumps({"text": "حادث في القصرين", **row}).encode())
    assert [d.home_country for d in corpus.documents] == [country] and not corpus.problems


def test_the_outlets_table_gives_each_outlet_once_a_country_code(tmp_path):
    rows = [line.split("\t") for line in OUTLETS.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")][1:]
    assert len({row[0].casefold() for row in rows}) == len(rows) == len(outlet_countries())
    assert all(len(row) == 3 and row[2] and country_code(row[1]) for row in rows)
    (tmp_path / "bad.tsv").write_text("outlet\thome_country\twhy\nRadio X\tTunisia\ta name\n", encoding="utf-8")
    with pytest.raises(CountryCodeError):
        outlet_countries(tmp_path / "bad.tsv")


def test_a_home_country_goes_to_documents_that_name_none():
    assert with_home_country(Document(id="a", text="x"), "TN").home_country == "TN"
    assert with_home_country(Document(id="a", text="x", home_country="SA"), "TN").home_country == "SA"
    assert with_home_country(Document(id="a", text="x"), "").home_country == ""
