"""Load news documents from text, Markdown, JSON Lines and CSV files.

Bad input never raises: every file or row that cannot be loaded becomes a
:class:`~geo.model.LoadProblem` in :attr:`Corpus.problems`, and everything else
still loads. Document text is kept exactly as decoded (only a leading byte-order
mark is dropped), so mention offsets index straight into it.
"""

from __future__ import annotations

import codecs
import csv
import dataclasses
import io
import json
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from geo.arabic import ARABIC_LETTERS as _ARABIC_LETTERS
from geo.arabic import LETTERS as _LETTERS
from geo.errors import CorpusError
from geo.model import Corpus, Document, LoadProblem

TITLE_CHARS = 90
DEFAULT_MAX_BYTES = 50_000_000
TEXT_SUFFIXES = (".txt", ".md")
TABLE_SUFFIXES = (".jsonl", ".csv")
SUPPORTED_SUFFIXES = TEXT_SUFFIXES + TABLE_SUFFIXES
OPTIONAL_FIELDS = ("id", "title", "date", "url", "lang")

PathLike = str | os.PathLike
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_MIN_ARABIC_SHARE = 0.6
_MAX_CONTROL_SHARE = 0.05


def load_corpus(paths: PathLike | Iterable[PathLike], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Corpus:
    """Load every document under ``paths`` (files or folders, searched recursively).

    ``.txt``/``.md`` files are one document each (id: the file name); ``.jsonl`` and
    ``.csv`` files hold one document a row with a required ``text`` field and optional
    ``id``, ``title``, ``date``, ``url``, ``lang`` (id defaults to ``<file name>:<line>``).
    Files over ``max_bytes`` are refused before they are read.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    documents: list[Document] = []
    problems: list[LoadProblem] = []
    for path in paths:
        for file in _files_under(Path(path), problems):
            _load_file(file, max_bytes, documents, problems)
    return Corpus(documents=with_unique_ids([documents])[0], problems=tuple(problems))


def load_bytes(name: str, data: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Corpus:
    """Load an uploaded file's bytes; ``name`` gives the format by its extension."""
    documents: list[Document] = []
    problems: list[LoadProblem] = []
    if len(data) > max_bytes:
        problems.append(LoadProblem(name, _too_big(len(data), max_bytes)))
    else:
        _load_data(name, name, data, max_bytes, documents, problems)
    return Corpus(documents=with_unique_ids([documents])[0], problems=tuple(problems))


def decode_text(data: bytes, *, source: str = "<bytes>") -> str:
    """Decode a file's bytes: UTF-8 (BOM or not), UTF-16 with a BOM, or Windows-1256 Arabic.

    A leading byte-order mark is dropped; nothing else changes. Raises
    :class:`CorpusError` for binary or undecodable data.
    """
    text = _decode_utf16(data, source) if data.startswith(_UTF16_BOMS) else _decode_8bit(data, source)
    if "\x00" in text:
        raise CorpusError(source, "binary file (contains NUL characters), not text")
    return text.removeprefix("\ufeff")


def detect_lang(text: str) -> str:
    """``'ar'`` when Arabic letters outnumber all other letters, else ``'en'``."""
    arabic = _count(_ARABIC_LETTERS, text)
    return "ar" if arabic > _count(_LETTERS, text) - arabic else "en"


def _count(pattern: re.Pattern, text: str) -> int:
    return sum(map(len, pattern.findall(text)))


def _decode_utf16(data: bytes, source: str) -> str:
    try:
        return data.decode("utf-16")
    except UnicodeDecodeError as error:
        raise CorpusError(source, f"has a UTF-16 byte-order mark but is not valid UTF-16: {error.reason}") from error


def _decode_8bit(data: bytes, source: str) -> str:
    if b"\x00" in data:
        raise CorpusError(source, "binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        text = data.decode("cp1256")
        if _looks_arabic(text):
            return text
        raise CorpusError(
            source, f"not text: neither UTF-8 ({error.reason} at byte {error.start}) nor Windows-1256 Arabic"
        ) from error


def _looks_arabic(text: str) -> bool:
    letters = _count(_LETTERS, text)
    if not letters or _count(_CONTROL, text) > _MAX_CONTROL_SHARE * len(text):
        return False
    return _count(_ARABIC_LETTERS, text) >= _MIN_ARABIC_SHARE * letters


def _files_under(path: Path, problems: list[LoadProblem]) -> Iterator[Path]:
    if path.is_dir():
        yield from sorted(file for file in path.rglob("*") if file.is_file() and not _is_hidden(file, path))
    elif path.is_file():
        yield path
    else:
        problems.append(LoadProblem(str(path), "no such file or folder"))


def _is_hidden(file: Path, folder: Path) -> bool:
    return any(part.startswith(".") for part in file.relative_to(folder).parts)


def _load_file(file: Path, max_bytes: int, documents: list[Document], problems: list[LoadProblem]) -> None:
    source = str(file)
    if not _is_supported(file.name):
        problems.append(LoadProblem(source, _unsupported(file.name)))
        return
    try:
        size = file.stat().st_size
        if size > max_bytes:
            problems.append(LoadProblem(source, _too_big(size, max_bytes)))
            return
        with file.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as error:
        problems.append(LoadProblem(source, f"cannot read file: {error.strerror or error}"))
        return
    if len(data) > max_bytes:
        problems.append(LoadProblem(source, _too_big(len(data), max_bytes)))
        return
    _load_data(source, file.name, data, max_bytes, documents, problems)


def _load_data(
    source: str, name: str, data: bytes, max_bytes: int, documents: list[Document], problems: list[LoadProblem]
) -> None:
    if not _is_supported(name):
        problems.append(LoadProblem(source, _unsupported(name)))
        return
    try:
        text = decode_text(data, source=source)
    except CorpusError as error:
        problems.append(LoadProblem(source, error.reason, error.line))
        return
    if not text.strip():
        problems.append(LoadProblem(source, "empty file" if not data else "empty file (only whitespace)"))
        return
    suffix = Path(name).suffix.lower()
    if suffix in TEXT_SUFFIXES:
        rows = _text_document(source, name, text)
    elif suffix == ".jsonl":
        rows = _jsonl_documents(source, name, text)
    else:
        rows = _csv_documents(source, name, text, max_bytes)
    for row in rows:
        (documents if isinstance(row, Document) else problems).append(row)


def _text_document(source: str, name: str, text: str) -> Iterator[Document]:
    yield Document(id=name, text=text, title=_title_of(name, text), lang=detect_lang(text), source=source)


def _title_of(name: str, text: str) -> str:
    """A markdown heading; else the first line when it is short enough to be a headline;
    else the opening words. A file name like 000_5a42c12e227cab77 tells a reader nothing."""
    first_line = text.lstrip().split("\n", 1)[0].strip()
    if first_line.startswith("#"):
        return first_line.lstrip("#").strip()
    if len(first_line) <= TITLE_CHARS:
        return first_line or Path(name).stem
    words = first_line[:TITLE_CHARS].rsplit(" ", 1)[0]
    return words.rstrip(" ,،.:;") + "…"


def _jsonl_documents(source: str, name: str, text: str) -> Iterator[Document | LoadProblem]:
    for line_number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield LoadProblem(source, f"invalid JSON ({error.msg}, column {error.colno})", line_number)
            continue
        if not isinstance(record, dict):
            yield LoadProblem(source, f"expected a JSON object, found {type(record).__name__}", line_number)
            continue
        yield _record_document(source, name, line_number, record)


def _csv_documents(source: str, name: str, text: str, max_bytes: int) -> Iterator[Document | LoadProblem]:
    csv.field_size_limit(max(csv.field_size_limit(), max_bytes))
    reader = csv.reader(io.StringIO(text, newline=""))
    header = _csv_header(reader)
    if header is None:
        yield LoadProblem(source, "empty CSV file (no header row)")
        return
    if "text" not in header:
        yield LoadProblem(source, f"CSV has no 'text' column (columns: {', '.join(header) or 'none'})", 1)
        return
    row_start = reader.line_num + 1
    found_rows = False
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            found_rows = True
            yield LoadProblem(source, f"malformed CSV row: {error}", row_start)
        else:
            if row:
                found_rows = True
                yield _csv_row_document(source, name, row_start, header, row)
        row_start = reader.line_num + 1
    if not found_rows:
        yield LoadProblem(source, "CSV has a header row but no data rows")


def _csv_header(reader: Iterator[list[str]]) -> list[str] | None:
    for row in reader:
        if any(cell.strip() for cell in row):
            return [cell.strip().lower() for cell in row]
    return None


def _csv_row_document(
    source: str, name: str, line_number: int, header: list[str], row: list[str]
) -> Document | LoadProblem:
    if len(row) != len(header):
        return LoadProblem(source, f"malformed CSV row: {len(row)} fields, header has {len(header)}", line_number)
    return _record_document(source, name, line_number, dict(zip(header, row)))


def _record_document(source: str, name: str, line_number: int, record: dict) -> Document | LoadProblem:
    text = record.get("text")
    if text is None:
        return LoadProblem(source, "row has no 'text' field", line_number)
    if not isinstance(text, str):
        return LoadProblem(source, f"'text' is a {type(text).__name__}, not a string", line_number)
    if not text.strip():
        return LoadProblem(source, "row has empty text", line_number)
    fields = {key: _as_str(record.get(key)) for key in OPTIONAL_FIELDS}
    if _has_lone_surrogate(text, *fields.values()):
        return LoadProblem(source, "row contains invalid Unicode (an unpaired surrogate escape)", line_number)
    return Document(
        id=fields["id"] or f"{name}:{line_number}",
        text=text,
        title=fields["title"],
        date=fields["date"],
        url=fields["url"],
        lang=fields["lang"].lower() or detect_lang(text),
        source=source,
    )


def _as_str(value: object) -> str:
    return "" if value is None else str(value).strip()


def _has_lone_surrogate(*values: str) -> bool:
    try:
        "".join(values).encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def with_unique_ids(groups: Iterable[Iterable[Document]]) -> list[tuple[Document, ...]]:
    """Document groups (a corpus, then each upload) where an id already taken becomes
    ``id#2``, ``id#3``…: nothing is dropped, a reused id keeps its text under a new one."""
    seen: set[str] = set()
    unique_groups = []
    for group in groups:
        unique = []
        for document in group:
            doc_id, copy = document.id, 1
            while doc_id in seen:
                copy += 1
                doc_id = f"{document.id}#{copy}"
            seen.add(doc_id)
            unique.append(document if doc_id == document.id else dataclasses.replace(document, id=doc_id))
        unique_groups.append(tuple(unique))
    return unique_groups


def _is_supported(name: str) -> bool:
    return Path(name).suffix.lower() in SUPPORTED_SUFFIXES


def _unsupported(name: str) -> str:
    suffix = Path(name).suffix or "no extension"
    return f"unsupported file type ({suffix}); expected one of {', '.join(SUPPORTED_SUFFIXES)}"


def _too_big(size: int, max_bytes: int) -> str:
    return f"file is {size:,} bytes, over the {max_bytes:,}-byte limit; not read"
