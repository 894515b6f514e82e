"""Read news documents from text, Markdown, JSON Lines and CSV files, gzip-compressed or not.

Bad input never raises: every file or row that cannot be read becomes a
:class:`~geo.model.LoadProblem`, and everything else is still read. Document text is kept
exactly as decoded (only a leading byte-order mark is dropped), so mention offsets index
straight into it.

JSON Lines and CSV files are read as streams, a row at a time, so a file of any size can be
ingested (:func:`read_source`); :func:`load_corpus` collects whole corpora in memory for
``parse`` and the dashboard's uploads, refusing files over a size limit. The encoding is
detected on the first 64 KB: a byte-order mark, else UTF-8, else charset-normalizer's best
reading among the encodings Arabic and English news come in (Windows-1256, ISO-8859-6,
Windows-1252/Latin-1, UTF-16 without a mark), checked to be text in the script it claims.
"""

from __future__ import annotations

import codecs
import csv
import dataclasses
import gzip
import io
import json
import os
import re
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import BinaryIO

from charset_normalizer import from_bytes

from geo.arabic import ARABIC_LETTERS as _ARABIC_LETTERS
from geo.arabic import LETTERS as _LETTERS
from geo.errors import CorpusError, CountryCodeError
from geo.model import Corpus, Document, LoadProblem

TITLE_CHARS = 90
DEFAULT_MAX_BYTES = 50_000_000
TEXT_SUFFIXES = (".txt", ".md")
TABLE_SUFFIXES = (".jsonl", ".csv")
SUPPORTED_SUFFIXES = TEXT_SUFFIXES + TABLE_SUFFIXES
COMPRESSED_SUFFIX = ".gz"
OPTIONAL_FIELDS = ("id", "title", "date", "url", "lang", "home_country", "outlet")
OUTLETS = Path(__file__).resolve().parent / "data" / "outlets.tsv"
SAMPLE_BYTES = 65_536
"""How much of a file its encoding is detected on."""

# Encodings tried when a file is not UTF-8, most specific first: the Arabic code pages,
# Western European (which reads Latin-1 too), and UTF-16 without a byte-order mark.
FALLBACK_ENCODINGS = ("utf_16_le", "utf_16_be", "cp1256", "iso8859_6", "cp1252")

PathLike = str | os.PathLike
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_ASCII_LETTERS = re.compile(r"[A-Za-z]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_MIN_SCRIPT_SHARE = 0.6  # of a guessed encoding's letters, in the script it is for
_MIN_ASCII_SHARE = 0.8  # of a Western code page's letters: English with the odd café
_MAX_CONTROL_SHARE = 0.05
_MAX_CHAOS = 0.9
_WIDE_ENCODINGS = ("utf-16", "utf_16", "utf-32", "utf_32")  # their lines cannot be split on b"\n"


@dataclass(frozen=True, slots=True)
class SourceFile:
    """A file of documents, with what tells whether it changed since it was last read."""

    path: Path
    size: int
    modified_ns: int

    @property
    def name(self) -> str:
        return str(self.path)


def load_corpus(paths: PathLike | Iterable[PathLike], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Corpus:
    """Load every document under ``paths`` (files or folders, searched recursively).

    ``.txt``/``.md`` files are one document each (id: the file name); ``.jsonl`` and
    ``.csv`` files hold one document a row with a required ``text`` field and optional
    ``id``, ``title``, ``date``, ``url``, ``lang`` (id defaults to ``<file name>:<line>``).
    Any of them may be gzip-compressed (``news.jsonl.gz``). Files over ``max_bytes`` are
    refused before they are read.
    """
    documents: list[Document] = []
    problems: list[LoadProblem] = []
    for item in iter_documents(paths, max_bytes=max_bytes):
        (documents if isinstance(item, Document) else problems).append(item)
    return Corpus(documents=with_unique_ids([documents])[0], problems=tuple(problems))


def iter_documents(paths: PathLike | Iterable[PathLike], *, max_bytes: int | None = None) -> Iterator[Document | LoadProblem]:
    """Every document and problem under ``paths``, a row at a time (ids not yet made unique)."""
    for item in source_files(paths):
        if isinstance(item, LoadProblem):
            yield item
        else:
            yield from read_source(item, max_bytes=max_bytes)


def source_files(paths: PathLike | Iterable[PathLike]) -> Iterator[SourceFile | LoadProblem]:
    """The files under ``paths`` in a stable order; a missing path is a problem."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    for path in map(Path, paths):
        if path.is_dir():
            files = sorted(file for file in path.rglob("*") if file.is_file() and not _is_hidden(file, path))
        elif path.is_file():
            files = [path]
        else:
            yield LoadProblem(str(path), "no such file or folder")
            continue
        for file in files:
            try:
                status = file.stat()
            except OSError as error:
                yield LoadProblem(str(file), f"cannot read file: {error.strerror or error}")
                continue
            yield SourceFile(file, status.st_size, status.st_mtime_ns)


def read_source(source: SourceFile, *, max_bytes: int | None = None,
                on_read: Callable[[int], None] | None = None) -> Iterator[Document | LoadProblem]:
    """The documents of one file, streamed row by row; ``max_bytes`` refuses bigger files
    unread; ``on_read`` hears how many bytes of the file each read took (for progress)."""
    name = source.name
    if not _is_supported(source.path.name):
        yield LoadProblem(name, _unsupported(source.path.name))
        return
    if max_bytes is not None and source.size > max_bytes:
        yield LoadProblem(name, _too_big(source.size, max_bytes))
        return
    try:
        with source.path.open("rb", buffering=0) as raw:
            stream = io.BufferedReader(_Counted(raw, on_read)) if on_read else raw
            yield from _read_stream(name, source.path.name, stream)
    except OSError as error:
        yield LoadProblem(name, f"cannot read file: {error.strerror or error}")


class _Counted(io.RawIOBase):
    """A file that tells ``on_read`` how many bytes each read took."""

    def __init__(self, raw: BinaryIO, on_read: Callable[[int], None]):
        self._raw = raw
        self._on_read = on_read

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        size = self._raw.readinto(buffer)
        if size:
            self._on_read(size)
        return size


def load_bytes(name: str, data: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Corpus:
    """Load an uploaded file's bytes; ``name`` gives the format by its extension."""
    documents: list[Document] = []
    problems: list[LoadProblem] = []
    if len(data) > max_bytes:
        problems.append(LoadProblem(name, _too_big(len(data), max_bytes)))
    elif not _is_supported(name):
        problems.append(LoadProblem(name, _unsupported(name)))
    else:
        for item in _read_stream(name, name, io.BytesIO(data)):
            (documents if isinstance(item, Document) else problems).append(item)
    return Corpus(documents=with_unique_ids([documents])[0], problems=tuple(problems))


def decode_text(data: bytes, *, source: str = "<bytes>") -> str:
    """Decode a whole file's bytes (see the module's doc for how the encoding is found).

    A leading byte-order mark is dropped; nothing else changes. Raises
    :class:`CorpusError` for binary or undecodable data.
    """
    encoding = detect_encoding(data, source=source, complete=True)
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        raise CorpusError(source, f"not valid {_encoding_label(encoding)}: {error.reason} at byte {error.start}") from error
    if "\x00" in text:
        raise CorpusError(source, "binary file (contains NUL characters), not text")
    return text.removeprefix("\ufeff")


def detect_encoding(sample: bytes, *, source: str = "<bytes>", complete: bool = False) -> str:
    """The encoding a file's first bytes are in; ``complete`` when ``sample`` is the whole file.

    Raises :class:`CorpusError` for binary data or bytes in no encoding news comes in.
    """
    for bom, encoding in _BOMS:
        if sample.startswith(bom):
            return encoding
    # UTF-16 without a mark is valid UTF-8 when its letters are ASCII: NULs tell it apart.
    utf8_failure = "" if b"\x00" in sample else _utf8_failure(sample, complete=complete)
    if utf8_failure is None:
        return "utf-8"
    # A generous chaos threshold: short news with long run-together words reads as "messy";
    # each reading is then checked to be text in its encoding's own script.
    for match in from_bytes(sample, cp_isolation=list(FALLBACK_ENCODINGS), threshold=_MAX_CHAOS):
        if _reads_as_text(str(match), match.encoding):
            return match.encoding
    # charset-normalizer gives up on some real text (a long run-together word repeated reads
    # as chaos to it): each fallback, in order, checked the same way.
    for encoding in FALLBACK_ENCODINGS:
        try:
            text = codecs.getincrementaldecoder(encoding)().decode(sample, final=complete)
        except UnicodeDecodeError:
            continue
        if _reads_as_text(text, encoding):
            return encoding
    if b"\x00" in sample:
        raise CorpusError(source, "binary file (contains NUL bytes), not text")
    raise CorpusError(source, f"not text: neither UTF-8 ({utf8_failure}) nor a known Arabic or Latin encoding")


def _utf8_failure(sample: bytes, *, complete: bool) -> str | None:
    """None when ``sample`` is UTF-8, or UTF-8 whose first error follows valid non-ASCII
    letters (a damaged row deep in a UTF-8 file, not another encoding); else the error."""
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=complete)
    except UnicodeDecodeError as error:
        if not sample[: error.start].isascii():
            return None
        return f"{error.reason} at byte {error.start}"
    return None


def _reads_as_text(text: str, encoding: str) -> bool:
    """Whether a guessed decoding is text in the script its encoding is for, not noise."""
    if "\x00" in text or len(_CONTROL.findall(text)) > _MAX_CONTROL_SHARE * len(text):
        return False
    letters = _count(_LETTERS, text)
    if not letters:
        return False
    if encoding.startswith("utf_16"):
        return _count(_ARABIC_LETTERS, text) + _count(_ASCII_LETTERS, text) >= _MIN_SCRIPT_SHARE * letters
    if encoding == "cp1252":
        return _count(_ASCII_LETTERS, text) >= _MIN_ASCII_SHARE * letters
    return _count(_ARABIC_LETTERS, text) >= _MIN_SCRIPT_SHARE * letters


def _encoding_label(encoding: str) -> str:
    return {"utf-8-sig": "UTF-8", "utf-8": "UTF-8", "utf-16": "UTF-16", "utf-32": "UTF-32"}.get(encoding, encoding)


def detect_lang(text: str) -> str:
    """``'ar'`` when Arabic letters outnumber all other letters, else ``'en'``."""
    arabic = _count(_ARABIC_LETTERS, text)
    return "ar" if arabic > _count(_LETTERS, text) - arabic else "en"


def _count(pattern: re.Pattern, text: str) -> int:
    return sum(map(len, pattern.findall(text)))


def _is_hidden(file: Path, folder: Path) -> bool:
    return any(part.startswith(".") for part in file.relative_to(folder).parts)


def _format_of(name: str) -> str:
    """``.jsonl`` for ``news.jsonl`` and ``news.jsonl.gz``."""
    path = Path(name.lower())
    return Path(path.stem).suffix if path.suffix == COMPRESSED_SUFFIX else path.suffix


def _read_stream(source: str, name: str, raw: BinaryIO) -> Iterator[Document | LoadProblem]:
    stream: BinaryIO = gzip.GzipFile(fileobj=raw, mode="rb") if name.lower().endswith(COMPRESSED_SUFFIX) else raw
    try:
        if _format_of(name) in TEXT_SUFFIXES:
            yield from _text_document(source, name, stream)
        else:
            yield from _table_documents(source, name, stream)
    except (gzip.BadGzipFile, EOFError, zlib.error) as error:
        yield LoadProblem(source, f"not a valid gzip file: {error}")


def _text_document(source: str, name: str, stream: BinaryIO) -> Iterator[Document | LoadProblem]:
    data = stream.read()
    try:
        text = decode_text(data, source=source)
    except CorpusError as error:
        yield LoadProblem(source, error.reason, error.line)
        return
    if not text.strip():
        yield LoadProblem(source, "empty file" if not data else "empty file (only whitespace)")
        return
    yield Document(id=_document_name(name), text=text, title=_title_of(name, text), lang=detect_lang(text), source=source)


def _document_name(name: str) -> str:
    base = Path(name).name
    return base[: -len(COMPRESSED_SUFFIX)] if base.lower().endswith(COMPRESSED_SUFFIX) else base


def _table_documents(source: str, name: str, stream: BinaryIO) -> Iterator[Document | LoadProblem]:
    sample = stream.read(SAMPLE_BYTES)
    complete = len(sample) < SAMPLE_BYTES
    try:
        encoding = detect_encoding(sample, source=source, complete=complete)
        # NULs in the first 64 KB make the file binary; later ones make their row a problem.
        if "\x00" in codecs.getincrementaldecoder(encoding)(errors="replace").decode(sample, final=complete):
            raise CorpusError(source, "binary file (contains NUL characters), not text")
    except CorpusError as error:
        yield LoadProblem(source, error.reason, error.line)
        return
    binary = io.BufferedReader(_Rewound(sample, stream))
    is_csv = _format_of(name) == ".csv"
    if encoding.startswith(_WIDE_ENCODINGS):
        lines: Iterable[str | UnicodeDecodeError] = io.TextIOWrapper(binary, encoding=encoding, newline="" if is_csv else "\n")
    else:
        # A line at a time: a JSON line in another encoding costs that row only, and a CSV
        # file keeps every row before one.
        lines = _decoded_lines(binary, encoding)
    tracker = _LineTracker()
    read_rows = _csv_documents if is_csv else _jsonl_documents
    try:
        yield from read_rows(source, _document_name(name), _tracked(lines, tracker, raise_errors=is_csv))
    except UnicodeDecodeError as error:
        yield LoadProblem(
            source, f"not valid {_encoding_label(encoding)} at this line ({error.reason}); the rest was not read",
            tracker.line,
        )


def _decoded_lines(binary: BinaryIO, encoding: str) -> Iterator[str | UnicodeDecodeError]:
    for line in binary:
        try:
            yield line.decode(encoding)
        except UnicodeDecodeError as error:
            yield error


def _tracked(lines: Iterable[str | UnicodeDecodeError], tracker: _LineTracker, *,
             raise_errors: bool) -> Iterator[str | UnicodeDecodeError]:
    """``lines``, counted into ``tracker`` so a reader's failure can name its line; a line
    that did not decode is raised (CSV: a record may span lines) or passed on as a row's."""
    for number, line in enumerate(lines, start=1):
        tracker.line = number
        if raise_errors and isinstance(line, UnicodeDecodeError):
            raise line
        yield line


class _Rewound(io.RawIOBase):
    """A stream whose first bytes were read to detect its encoding, with them put back."""

    def __init__(self, head: bytes, rest: BinaryIO):
        self._head = memoryview(head)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self._head:
            size = min(len(buffer), len(self._head))
            buffer[:size] = self._head[:size]
            self._head = self._head[size:]
            return size
        data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


@dataclass
class _LineTracker:
    """The line a streamed reader has reached, for problems raised between rows."""

    line: int | None = None


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


def _jsonl_documents(source: str, name: str, lines: Iterable[str | UnicodeDecodeError]) -> Iterator[Document | LoadProblem]:
    found_rows = False
    for line_number, line in enumerate(lines, start=1):
        if isinstance(line, UnicodeDecodeError):
            found_rows = True
            yield LoadProblem(source, f"row is not valid {_encoding_label(line.encoding)} ({line.reason})", line_number)
            continue
        line = line.removesuffix("\n")
        if line_number == 1:
            line = line.removeprefix("\ufeff")
        if not line.strip():
            continue
        found_rows = True
        if "\x00" in line:
            yield LoadProblem(source, "row contains a NUL character (binary data), not text", line_number)
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
    if not found_rows:
        yield LoadProblem(source, "empty file")


def _csv_documents(source: str, name: str, lines: Iterable[str]) -> Iterator[Document | LoadProblem]:
    csv.field_size_limit(max(csv.field_size_limit(), 2**31 - 1))
    reader = csv.reader(_without_bom(lines))
    try:
        header = _csv_header(reader)
    except csv.Error as error:
        yield LoadProblem(source, f"malformed CSV header: {error}; the rest was not read", reader.line_num or 1)
        return
    if header is None:
        yield LoadProblem(source, "empty file")
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


def _without_bom(lines: Iterable[str]) -> Iterator[str]:
    for number, line in enumerate(lines):
        yield line.removeprefix("\ufeff") if number == 0 else line


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
    if any("\x00" in cell for cell in row):
        return LoadProblem(source, "row contains a NUL character (binary data), not text", line_number)
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
    try:
        home_country = country_code(fields["home_country"]) or outlet_countries().get(fields["outlet"].casefold(), "")
    except CountryCodeError as error:
        return LoadProblem(source, f"'home_country': {error}", line_number)
    return Document(
        id=fields["id"] or f"{name}:{line_number}",
        text=text,
        title=fields["title"],
        date=fields["date"],
        url=fields["url"],
        lang=fields["lang"].lower() or detect_lang(text),
        source=source,
        home_country=home_country,
    )


# ISO 3166-1 codes babel lists as territories that are no country: the user-assigned ones
# (AA, QM-QZ, XA-XZ, ZZ: babel's QO, XA, XB, ZZ) and the reserved EU, EZ and UN.
_NOT_COUNTRIES = frozenset({"AA", "ZZ", "EU", "EZ", "UN"} | {f"Q{c}" for c in "MNOPQRSTUVWXYZ"}
                           | {f"X{c}" for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"})


def country_code(value: str) -> str:
    """``value`` as an ISO 3166-1 two-letter code of a country, upper-case (tn -> TN), or ""
    for a blank one (no country given); else :class:`~geo.errors.CountryCodeError` (Tunisia,
    XX, EU)."""
    from babel import Locale

    code = value.strip().upper()
    if not code:
        return ""
    if len(code) != 2 or code in _NOT_COUNTRIES or code not in Locale("en").territories:
        raise CountryCodeError(value)
    return code


@cache
def outlet_countries(path: Path = OUTLETS) -> dict[str, str]:
    """The home countries of the outlets ``path`` lists (geo/data/outlets.tsv), by their names
    without case: a row with an outlet and no ``home_country`` takes its outlet's."""
    with path.open(encoding="utf-8") as handle:
        rows = csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t")
        return {row["outlet"].strip().casefold(): country_code(row["home_country"]) for row in rows}


def with_home_country(document: Document, country: str) -> Document:
    """``document`` with ``country`` (a checked code) as its home country unless it names its own."""
    return document if document.home_country or not country else dataclasses.replace(document, home_country=country)


def _as_str(value: object) -> str:
    return "" if value is None else str(value).strip()


def _has_lone_surrogate(*values: str) -> bool:
    try:
        "".join(values).encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


class UniqueIds:
    """Gives each document an id no earlier one had: a taken id becomes ``id#2``, ``id#3``…,
    so nothing is dropped and a reused id keeps its text under a new one."""

    def __init__(self) -> None:
        self._seen: set[str] = set()

    def __call__(self, document: Document) -> Document:
        doc_id, copy = document.id, 1
        while doc_id in self._seen:
            copy += 1
            doc_id = f"{document.id}#{copy}"
        self._seen.add(doc_id)
        return document if doc_id == document.id else dataclasses.replace(document, id=doc_id)


def with_unique_ids(groups: Iterable[Iterable[Document]]) -> list[tuple[Document, ...]]:
    """Document groups (a corpus, then each upload) with unique ids across all of them."""
    unique = UniqueIds()
    return [tuple(map(unique, group)) for group in groups]


def _is_supported(name: str) -> bool:
    return _format_of(name) in SUPPORTED_SUFFIXES


def _unsupported(name: str) -> str:
    suffix = "".join(Path(name).suffixes[-2:]) if name.lower().endswith(COMPRESSED_SUFFIX) else Path(name).suffix
    expected = ", ".join(SUPPORTED_SUFFIXES)
    return f"unsupported file type ({suffix or 'no extension'}); expected one of {expected}, or any of them .gz"


def _too_big(size: int, max_bytes: int) -> str:
    return f"file is {size:,} bytes, over the {max_bytes:,}-byte limit; not read"
