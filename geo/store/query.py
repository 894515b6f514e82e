"""Questions the dashboard asks of one or more stores, answered by DuckDB over their Parquet files.

Every answer is computed in SQL and only its rows come back: one aggregated row per place for
the map, a page of sentences for the side panel, counts for captions, a few matches for a
search. A :class:`StoreQuery` re-reads the stores' manifests when asked (:meth:`refresh`), so
a dashboard sees what an ingest committed since, and never a half-written file.
"""

from __future__ import annotations

import functools
import itertools
import logging
import re
import threading
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa

from geo.store.layout import Store
from geo.store.schema import PARTITIONED, TABLES, UNDATED, bucket_of, month_of
from geo.store.words import indexable, search_words, word_pattern
from geo.text import fold, fold_translation

WORDS_ALL, WORDS_ANY = "all", "any"
ANSWERS_KEPT = 256
TIMELINE_STEPS = ("day", "week", "month")
_MENTIONS_PER_SENTENCE = 3  # of one place, at most, as a page's newest mentions are read
KEPT_TABLES = 4  # words and documents filters whose sentences' mentions are kept in memory
# The mentions counted by place, day and event types (see StoreQuery._counted), and the columns
# the filters and counts need of a mention.
_ROLLUP = "mention_days"
_COUNTED_COLUMNS = ("place_id", "country_code", "kind", "resolved", "date", "month", "events")
NO_COUNTRY = "No country: seas, world regions"


@dataclass(frozen=True)
class Filters:
    """An analyst's filters; the defaults keep everything.

    Document, word and date filters apply to every mention; place, country and kind filters
    keep resolved mentions only; ``min_mentions`` applies to each place's count after the rest.
    Words are folded as the geoparser folds names (اسرائيل finds إسرائيل), match a word of the
    sentence with or without its proclitics (مطار finds بالمطار; geo.store.words), and must all
    occur in the sentence, or any of them (``words_mode``). ``event_types`` keep the mentions
    whose sentence asserts an event of one of the types.
    """

    places: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    documents: tuple[str, ...] = ()
    words: str = ""
    words_mode: str = WORDS_ALL
    min_mentions: int = 1
    date_from: date | None = None
    date_to: date | None = None
    event_types: tuple[str, ...] = ()

    @property
    def narrows_places(self) -> bool:
        return bool(self.places or self.countries or self.kinds)

    @property
    def folded_words(self) -> tuple[str, ...]:
        return search_words(self.words)


@dataclass(frozen=True)
class Summary:
    mentions: int
    places: int
    unresolved: int


@dataclass(frozen=True)
class SentenceRow:
    """A sentence naming the selected place, with its mentions' offsets into the sentence."""

    doc: str
    title: str
    date: datetime | None
    sentence: str
    sentence_start: int
    spans: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class StoredDocument:
    doc: str
    title: str
    date: datetime | None
    date_text: str
    url: str
    lang: str
    text: str


@dataclass(frozen=True)
class _Counting:
    """A relation to count kept mentions in, as StoreQuery._counted chooses it."""

    relation: str
    mentions: str  # SQL: how many mentions a row stands for
    firsts: str  # SQL: how many of them are a document's first mention of its place
    sentences_kept: bool = False  # the words and documents filters are applied already


_EVERY_MENTION = _Counting("mentions", "1", "CAST(first_in_doc AS INTEGER)")


@dataclass
class _Sql:
    """A WHERE clause and its parameters, built one condition at a time."""

    conditions: list[str] = field(default_factory=list)
    parameters: list = field(default_factory=list)

    def add(self, condition: str, *parameters) -> None:
        self.conditions.append(condition)
        self.parameters.extend(parameters)

    @property
    def where(self) -> str:
        return " AND ".join(self.conditions) or "TRUE"


def _remembered(method):
    """Answer a question once per store generation: a dashboard asks the same ones on every
    rerun (the countries, the map for unchanged filters), and only a commit changes the answer.
    Answers are shared between callers: treat them as read-only."""

    @functools.wraps(method)
    def answer(self, *args, **kwargs):
        key = (method.__name__, tuple(tuple(a) if isinstance(a, list) else a for a in args),
               tuple(sorted(kwargs.items())))
        with self._lock:
            if key in self._answers:
                self._answers.move_to_end(key)
                return self._answers[key]
        value = method(self, *args, **kwargs)
        with self._lock:
            self._answers[key] = value
            while len(self._answers) > ANSWERS_KEPT:
                self._answers.popitem(last=False)
        return value

    return answer


class StoreQuery:
    """DuckDB views over the live files of one or more stores (a main one and a session's)."""

    def __init__(self, stores: Sequence[Store], *, memory_limit: str = "1GB", threads: int = 2):
        self.stores = tuple(stores)
        self._connection = duckdb.connect(config={"memory_limit": memory_limit, "threads": threads})
        # The geoparser's folding in SQL, for names matched as the geoparser matches them.
        letters, replacements = fold_translation()
        self._connection.execute(
            f"CREATE MACRO fold(s) AS translate(lower(s), {_sql_literal(letters)}, {_sql_literal(replacements)})")
        self._lock = threading.RLock()  # one connection: Streamlit runs sessions in threads
        self._generations: tuple = ()
        self._months: list[str] = []  # the mentions' month partitions, newest first, undated last
        self._rollup_ready = threading.Event()
        self._rollup_of: tuple | None = None  # the generation whose rollup was started
        self._builds = itertools.count()
        self._kept_tables: OrderedDict = OrderedDict()  # (words, mode, documents) -> table
        self._answers: OrderedDict = OrderedDict()
        self.refresh()

    # -- views --------------------------------------------------------------------------

    def refresh(self) -> bool:
        """Point the views at the stores' live files; True when anything changed."""
        manifests = [store.manifest() for store in self.stores]
        generations = tuple((str(store.root), m.generation if m else -1) for store, m in zip(self.stores, manifests))
        if generations == self._generations:
            return False
        with self._lock:
            files = {table: [str(path) for store, manifest in zip(self.stores, manifests)
                             for path in store.files(table, manifest)] for table in TABLES}
            for table, schema in TABLES.items():
                self._connection.execute(f"CREATE OR REPLACE VIEW {table} AS {_select_files(files[table], schema)}")
            # Each place's most frequent name as written, once per generation: a map's labels.
            self._connection.execute("""
                CREATE OR REPLACE TEMP TABLE written AS
                SELECT place_id, mode(written) AS written FROM mentions WHERE resolved GROUP BY place_id""")
            self._rollup_ready.clear()
            for name in self._kept_tables.values():
                self._connection.execute(f"DROP TABLE {name}")
            self._kept_tables.clear()
            self._months = _newest_first(_partition_values(files["mentions"], "month"))
            self._generations = generations
            self._answers.clear()
        return True

    @property
    def generation(self) -> tuple:
        """Changes whenever a store commits: a cache key for anything computed from the views."""
        return self._generations

    def _frame(self, sql: str, parameters: Sequence = ()) -> pd.DataFrame:
        with self._lock:
            return self._connection.execute(sql, list(parameters)).df()

    def _rows(self, sql: str, parameters: Sequence = ()) -> list[tuple]:
        with self._lock:
            return self._connection.execute(sql, list(parameters)).fetchall()

    # -- the filters as SQL -------------------------------------------------------------

    def _mention_filter(self, filters: Filters, *, sentences_kept: bool = False) -> _Sql:
        """The mentions the filters keep, before the per-place minimum; with ``sentences_kept``,
        of rows the words and documents filters have kept already."""
        sql = _Sql()
        if sentences_kept:
            filters = replace(filters, documents=(), words="")
        if filters.documents:
            sql.add("doc IN (SELECT unnest(?::VARCHAR[]))", list(filters.documents))
        words = filters.folded_words
        if words:
            joiner = " AND " if filters.words_mode == WORDS_ALL else " OR "
            if indexable(words):
                # The word index: one folder of it a word, not every sentence of the store.
                sql.add("(" + joiner.join("sentence_id IN (SELECT sentence_id FROM words WHERE bucket = ? AND word = ?)"
                                          for _ in words) + ")", *(value for word in words for value in (bucket_of(word), word)))
            else:
                sql.add("(" + joiner.join("regexp_matches(sentence_key, ?)" for _ in words) + ")",
                        *map(word_pattern, words))
        if filters.date_from:
            # The month too, so whole partitions are skipped.
            sql.add("date >= ? AND month >= ?", filters.date_from, f"{filters.date_from:%Y-%m}")
        if filters.date_to:
            sql.add("date < ? AND month <= ?", filters.date_to + timedelta(days=1), f"{filters.date_to:%Y-%m}")
        if filters.event_types:
            sql.add("list_has_any(events, ?::VARCHAR[])", list(filters.event_types))
        if filters.narrows_places:
            sql.add("resolved")
        for column, values in (("place_id", filters.places), ("country_code", filters.countries),
                               ("kind", filters.kinds)):
            if values:
                condition, named = _one_of(column, values)
                sql.add(condition, *named)
        return sql

    def _kept_mentions(self, filters: Filters, counting: _Counting | None = None) -> tuple[str, list]:
        """A subquery of the mentions (or of ``counting``'s rows) the filters keep, the
        per-place minimum included (by the places :meth:`places` kept, not by counting every
        place's mentions again)."""
        counting = counting or _EVERY_MENTION
        sql = self._mention_filter(filters, sentences_kept=counting.sentences_kept)
        if filters.min_mentions > 1:
            sql.add("(NOT resolved OR place_id IN (SELECT unnest(?::VARCHAR[])))",
                    self.places(filters)["place_id"].tolist())
        return f"SELECT * FROM {counting.relation} WHERE {sql.where}", sql.parameters

    def _counted(self, filters: Filters) -> _Counting:
        """Where to count the mentions the filters keep (all give the same answers):

        - with words or documents, a table of the mentions in the sentences they keep, made
          once per words and documents (the word index's sentence ids are random: every
          question would scan every mention's id again);
        - otherwise the day rollup, once built (a third of the rows, no text, in memory);
        - until then, and for the opening view, the mentions themselves."""
        if filters.words or filters.documents:
            return self._sentences_kept(filters)
        if self._rollup_ready.is_set():
            return _Counting(_ROLLUP, "n", "firsts")
        if filters != Filters():
            # Built at the first narrowing filter, not with the views: the opening map (every
            # mention, counted once per generation) neither needs it nor waits for it.
            self._start_rollup()
        return _EVERY_MENTION

    def _sentences_kept(self, filters: Filters) -> _Counting:
        key = (filters.folded_words, filters.words_mode, filters.documents)
        with self._lock:
            if key not in self._kept_tables:
                name = f"kept_sentences_{next(self._builds)}"
                sql = self._mention_filter(Filters(words=filters.words, words_mode=filters.words_mode,
                                                   documents=filters.documents))
                self._connection.execute(f"""
                    CREATE TEMP TABLE {name} AS
                    SELECT {', '.join(_COUNTED_COLUMNS)}, doc, first_in_doc FROM mentions WHERE {sql.where}
                """, sql.parameters)
                self._kept_tables[key] = name
                while len(self._kept_tables) > KEPT_TABLES:
                    self._connection.execute(f"DROP TABLE {self._kept_tables.popitem(last=False)[1]}")
            self._kept_tables.move_to_end(key)
            return replace(_EVERY_MENTION, relation=self._kept_tables[key], sentences_kept=True)

    def _start_rollup(self) -> None:
        with self._lock:
            if self._rollup_of == self._generations:
                return
            self._rollup_of = generations = self._generations
        threading.Thread(target=self._roll_up, args=(generations,), daemon=True, name="store rollup").start()

    def rollup_built(self, timeout: float | None = None) -> bool:
        """Whether the day rollup of the current generation is in use, waiting ``timeout``
        seconds at most for it (built in the background from the first narrowing filter)."""
        return self._rollup_ready.wait(timeout)

    def _roll_up(self, generations: tuple) -> None:
        """Build the day rollup of this generation's mentions on a connection of its own, so
        that the questions asked meanwhile (the opening map's) do not wait for it."""
        building = f"{_ROLLUP}_{next(self._builds)}"
        connection = self._connection.cursor()  # the same database: its tables are shared
        try:
            columns = ", ".join("CAST(date AS DATE) AS date" if c == "date" else c for c in _COUNTED_COLUMNS)
            connection.execute(f"""
                CREATE TABLE {building} AS
                SELECT {columns}, count(*) AS n, count(*) FILTER (WHERE first_in_doc) AS firsts
                FROM mentions GROUP BY ALL""")
            with self._lock:
                if generations == self._generations:  # no commit came in meanwhile
                    self._connection.execute(f"DROP TABLE IF EXISTS {_ROLLUP}")
                    self._connection.execute(f"ALTER TABLE {building} RENAME TO {_ROLLUP}")
                    self._rollup_ready.set()
                else:
                    self._connection.execute(f"DROP TABLE {building}")
        except duckdb.Error as error:
            # Counting goes on from the mentions themselves: slower, the same answers.
            logging.getLogger(__name__).warning("the day rollup of %s could not be built: %s", generations, error)
        finally:
            connection.close()

    # -- answers ------------------------------------------------------------------------

    @_remembered
    def places(self, filters: Filters = Filters()) -> pd.DataFrame:
        """One row per place the filtered mentions name: its facts, its most frequent name as
        written (over the whole store), and its mention and document counts; most mentioned first."""
        counting = self._counted(filters)
        sql = self._mention_filter(filters, sentences_kept=counting.sentences_kept)
        # A document's first mention of a place counts it, unless words keep single sentences.
        documents = "count(DISTINCT doc)" if filters.words else f"CAST(sum({counting.firsts}) AS BIGINT)"
        return self._frame(f"""
            WITH counts AS (
                SELECT place_id, CAST(sum({counting.mentions}) AS BIGINT) AS mentions, {documents} AS documents
                FROM {counting.relation} WHERE resolved AND {sql.where} GROUP BY place_id
                HAVING sum({counting.mentions}) >= ?
            )
            SELECT p.place_id, p.name, coalesce(w.written, p.name) AS surfaces, p.country_code, p.country, p.kind,
                   p.lat, p.lon, c.mentions, c.documents
            FROM counts c JOIN places p USING (place_id) LEFT JOIN written w USING (place_id)
            ORDER BY c.mentions DESC, p.name
        """, [*sql.parameters, filters.min_mentions])

    @_remembered
    def dominant_events(self, filters: Filters = Filters()) -> dict[str, str]:
        """Each place's most frequent asserted event type in the filtered mentions' sentences
        (places with none are left out): what a map coloured by events shows."""
        counting = self._counted(filters)
        kept, parameters = self._kept_mentions(filters, counting)
        rows = self._rows(f"""
            SELECT place_id, arg_max(type, n) FROM (
                SELECT place_id, type, sum(n) AS n
                FROM (SELECT place_id, unnest(events) AS type, {counting.mentions} AS n FROM ({kept})
                      WHERE resolved AND len(events) > 0)
                GROUP BY ALL
            ) GROUP BY place_id
        """, parameters)
        return dict(rows)

    @_remembered
    def timeline(self, filters: Filters = Filters(), *, every: str = "week") -> pd.DataFrame:
        """Mentions per ``every`` (day, week or month) of the documents' dates, by the event
        types their sentences assert ("none" for none; a sentence with two counts in both)."""
        if every not in TIMELINE_STEPS:
            raise ValueError(f"unknown timeline step {every!r}; expected one of {', '.join(TIMELINE_STEPS)}")
        counting = self._counted(filters)
        kept, parameters = self._kept_mentions(filters, counting)
        return self._frame(f"""
            SELECT CAST(date_trunc('{every}', date) AS DATE) AS period, type, CAST(sum(n) AS BIGINT) AS mentions
            FROM (SELECT date, unnest(CASE WHEN len(events) = 0 THEN ['none'] ELSE events END) AS type,
                         {counting.mentions} AS n
                  FROM ({kept}) WHERE resolved AND date IS NOT NULL)
            GROUP BY ALL ORDER BY period, type
        """, parameters)

    @_remembered
    def rising(self, filters: Filters, *, limit: int = 10) -> pd.DataFrame:
        """The places whose mentions rose most in the filters' date range against the range of
        the same length just before it: ``place_id, name, kind, now, before``, biggest rise
        first (new places by their count)."""
        if not (filters.date_from and filters.date_to):
            raise ValueError("what is new needs a date range")
        span = filters.date_to - filters.date_from + timedelta(days=1)
        before = replace(filters, date_from=filters.date_from - span, date_to=filters.date_from - timedelta(days=1))
        counting = self._counted(filters)
        now_sql, now_parameters = self._kept_mentions(filters, counting)
        before_sql, before_parameters = self._kept_mentions(before, counting)
        count = f"CAST(sum({counting.mentions}) AS BIGINT)"
        return self._frame(f"""
            WITH now AS (SELECT place_id, {count} AS n FROM ({now_sql}) WHERE resolved GROUP BY place_id),
                 earlier AS (SELECT place_id, {count} AS n FROM ({before_sql}) WHERE resolved GROUP BY place_id)
            SELECT p.place_id, p.name, p.kind, p.country, now.n AS now, coalesce(earlier.n, 0) AS before
            FROM now LEFT JOIN earlier USING (place_id) JOIN places p USING (place_id)
            WHERE now.n > coalesce(earlier.n, 0)
            ORDER BY now.n - coalesce(earlier.n, 0) DESC, now.n DESC, p.name LIMIT ?
        """, [*now_parameters, *before_parameters, limit])

    @_remembered
    def sentence_events(self, rows: tuple[SentenceRow, ...]) -> dict[tuple[str, int], list[tuple]]:
        """The event triggers of these sentences, by ``(doc, sentence_start)``: ``(type, start,
        end, polarity)`` with offsets into the sentence, in text order; read from the sentences'
        months only."""
        if not rows:
            return {}
        in_months, months = _one_of("month", sorted({month_of(row.date) for row in rows}))
        found_rows = self._rows(f"""
            SELECT doc, sentence_start, type, start - sentence_start, "end" - sentence_start, polarity FROM events
            WHERE {in_months} AND doc IN (SELECT unnest(?::VARCHAR[])) ORDER BY doc, start
        """, [*months, sorted({row.doc for row in rows})])
        wanted = {(row.doc, row.sentence_start) for row in rows}
        found: dict[tuple[str, int], list[tuple]] = {}
        for doc, start, kind, begin, end, polarity in found_rows:
            if (doc, start) in wanted:
                found.setdefault((doc, start), []).append((kind, begin, end, polarity))
        return found

    @_remembered
    def summary(self, filters: Filters = Filters()) -> Summary:
        """The filtered mentions' counts: the resolved ones from :meth:`places`, so that only
        the unresolved are counted here (none when the filters keep places only)."""
        places = self.places(filters)
        unresolved = 0
        if not filters.narrows_places:
            counting = self._counted(filters)
            sql = self._mention_filter(filters, sentences_kept=counting.sentences_kept)
            (row,) = self._rows(f"SELECT sum({counting.mentions}) FROM {counting.relation} WHERE NOT resolved "
                                f"AND {sql.where}", sql.parameters)
            unresolved = int(row[0] or 0)
        return Summary(mentions=int(places["mentions"].sum()), places=len(places), unresolved=unresolved)

    @_remembered
    def document_count(self) -> int:
        (row,) = self._rows("SELECT count(*) FROM documents")
        return int(row[0])

    @_remembered
    def sentences(self, place_id: str, filters: Filters = Filters(), *, offset: int = 0,
                  limit: int = 20) -> list[SentenceRow]:
        """A page of the sentences that name ``place_id``, newest document first.

        One top-N query, so a place named half a million times costs no more than a rare one:
        the newest mentions of the place with their sentences (DuckDB reads the texts of those
        rows only), over the newest months first, widened until they hold enough; then the
        page's titles from its months' partitions."""
        kept, parameters = self._kept_mentions(filters)
        wanted = (offset + limit) * _MENTIONS_PER_SENTENCE
        for months in _windows(self._months):
            in_window, named = _one_of("month", months)
            # Every mention outside the window is older: its top-N is the store's once it has N.
            newest = self._rows(f"""
                SELECT doc, sentence_start, sentence, date, month, start, "end" FROM ({kept})
                WHERE {in_window} AND place_id = ? ORDER BY date DESC NULLS LAST, doc, sentence_start, start LIMIT ?
            """, [*parameters, *named, place_id, wanted])
            if len(newest) >= wanted:
                break
        sentences: dict[tuple[str, int], list[tuple]] = {}
        for row in newest:
            sentences.setdefault((row[0], row[1]), []).append(row)
        page = list(sentences.values())
        if len(newest) == wanted:
            page.pop()  # the last sentence's other mentions of the place may lie past the limit
        page = page[offset:offset + limit]
        if not page:
            return []
        in_months, months = _one_of("month", sorted({mentions[0][4] for mentions in page}))
        titles = dict(self._rows(f"""
            SELECT doc, title FROM documents WHERE {in_months} AND doc IN (SELECT unnest(?::VARCHAR[]))
        """, [*months, sorted({mentions[0][0] for mentions in page})]))
        return [
            SentenceRow(doc, titles.get(doc) or doc, when, sentence, start,
                        tuple((begin - start, end - start) for *_, begin, end in mentions))
            for mentions in page
            for doc, start, sentence, when, *_ in mentions[:1]
        ]

    @_remembered
    def sentence_count(self, place_id: str, filters: Filters = Filters()) -> int:
        kept, parameters = self._kept_mentions(filters)
        (row,) = self._rows(f"SELECT count(DISTINCT sentence_id) FROM ({kept}) WHERE place_id = ?",
                            [*parameters, place_id])
        return int(row[0])

    @_remembered
    def document(self, doc_id: str) -> StoredDocument | None:
        rows = self._rows("SELECT doc, title, date, date_text, url, lang, text FROM documents WHERE doc = ?",
                          [doc_id])
        return StoredDocument(*rows[0]) if rows else None

    @_remembered
    def document_mentions(self, doc_id: str) -> pd.DataFrame:
        return self._frame('SELECT start, "end", place_id, resolved FROM mentions WHERE doc = ? ORDER BY start',
                           [doc_id])

    @_remembered
    def placed_at(self, place_id: str) -> tuple[str, str]:
        """(the name of the place an approximate place was put at, how: a key of
        ``geo.model.PLACED_SAID``), from its first mention; empty for any other place."""
        rows = self._rows("""
            SELECT coalesce(p.name, m.placed_at), m.placed FROM mentions m LEFT JOIN places p ON p.place_id = m.placed_at
            WHERE m.place_id = ? AND m.placed IS NOT NULL LIMIT 1
        """, [place_id])
        return rows[0] if rows else ("", "")

    @_remembered
    def search_places(self, text: str, *, limit: int = 50, among: Sequence[str] = ()) -> pd.DataFrame:
        """Places whose name (English or as written) contains ``text``: exact names first,
        then countries, then the most mentioned."""
        key = fold(text.strip())
        if not key:
            return self._frame("""
                SELECT p.*, c.mentions FROM places p JOIN (
                    SELECT place_id, count(*) AS mentions FROM mentions WHERE resolved GROUP BY place_id
                ) c USING (place_id)
                WHERE p.place_id IN (SELECT unnest(?::VARCHAR[])) OR ? = 0
                ORDER BY c.mentions DESC LIMIT ?
            """, [list(among), len(among), limit])
        return self._frame("""
            WITH names AS (
                SELECT place_id, fold(name) AS key FROM places
                UNION ALL
                SELECT DISTINCT place_id, fold(written) FROM mentions WHERE resolved
            ),
            matches AS (
                SELECT place_id, bool_or(key = ?) AS exact, bool_or(starts_with(key, ?)) AS prefix
                FROM names WHERE contains(key, ?) GROUP BY place_id
            ),
            counts AS (
                SELECT place_id, count(*) AS mentions FROM mentions
                WHERE resolved AND place_id IN (SELECT place_id FROM matches) GROUP BY place_id
            )
            SELECT p.*, coalesce(c.mentions, 0) AS mentions
            FROM matches m JOIN places p USING (place_id) LEFT JOIN counts c USING (place_id)
            ORDER BY m.exact DESC, p.kind = 'country' DESC, m.prefix DESC, mentions DESC, p.name
            LIMIT ?
        """, [key, key, key, limit])

    @_remembered
    def search_documents(self, text: str, *, limit: int = 50) -> pd.DataFrame:
        """Documents whose title or id contains ``text`` (all of them when it is empty), newest first."""
        key = text.strip().lower()
        return self._frame("""
            SELECT doc, title, date FROM documents
            WHERE ? = '' OR contains(lower(title), ?) OR contains(lower(doc), ?)
            ORDER BY date DESC NULLS LAST, doc LIMIT ?
        """, [key, key, key, limit])

    @_remembered
    def document_titles(self, doc_ids: Sequence[str]) -> dict[str, str]:
        rows = self._rows("SELECT doc, title FROM documents WHERE doc IN (SELECT unnest(?::VARCHAR[]))",
                          [list(doc_ids)])
        return {doc: title or doc for doc, title in rows}

    @_remembered
    def place_rows(self, place_ids: Sequence[str]) -> pd.DataFrame:
        return self._frame("SELECT * FROM places WHERE place_id IN (SELECT unnest(?::VARCHAR[]))",
                           [list(place_ids)])

    @_remembered
    def countries(self) -> list[tuple[str, str]]:
        """``(code, name)`` of every country a stored place lies in, by name, and ``("", ...)``
        last when some places lie in none (seas, world regions)."""
        rows = self._rows("SELECT DISTINCT coalesce(country_code, ''), country FROM places ORDER BY country")
        named = [(code, name or code) for code, name in rows if code]
        return named + ([("", NO_COUNTRY)] if any(not code for code, _ in rows) else [])

    @_remembered
    def kinds(self) -> list[str]:
        return [kind for (kind,) in self._rows("SELECT DISTINCT kind FROM places WHERE kind IS NOT NULL")]

    @_remembered
    def date_bounds(self) -> tuple[date, date] | None:
        (row,) = self._rows("SELECT min(date), max(date) FROM documents")
        return (row[0].date(), row[1].date()) if row[0] is not None else None

    @_remembered
    def problems(self, *, limit: int = 5) -> tuple[int, list[str]]:
        """How many sources or rows could not be read, and the first few, as ``source:line: reason``."""
        (count,) = self._rows("SELECT count(*) FROM problems")[0]
        first = self._rows("SELECT source, line, reason FROM problems ORDER BY source, line NULLS FIRST LIMIT ?", [limit])
        return int(count), [f"{source}:{line}: {reason}" if line is not None else f"{source}: {reason}"
                            for source, line, reason in first]

    @_remembered
    def mentions_page(self, filters: Filters = Filters(), *, resolved: bool = True, limit: int = 1_000) -> pd.DataFrame:
        """The first ``limit`` filtered mentions (resolved or not), with their documents' titles."""
        kept, parameters = self._kept_mentions(filters)
        return self._frame(f"""
            SELECT m.*, d.title FROM ({kept}) m LEFT JOIN (SELECT doc, title FROM documents) d USING (doc)
            WHERE m.resolved = ? ORDER BY m.date DESC NULLS LAST, m.doc, m.start LIMIT ?
        """, [*parameters, resolved, limit])

    def export(self, filters: Filters, what: str, *, batch_rows: int = 10_000) -> pa.RecordBatchReader:
        """The filtered ``mentions``, ``places``, or ``places_with_mentions`` (each place with the
        list of its mentions, for GeoJSON) as a stream of Arrow record batches from DuckDB:
        an export of any size is written a batch at a time, never held whole."""
        kept, parameters = self._kept_mentions(filters)
        places = """
            SELECT p.place_id, p.name, s.surfaces, p.country_code, p.country, p.kind, p.lat, p.lon,
                   c.mentions, c.documents
            FROM (SELECT place_id, count(*) AS mentions, count(DISTINCT doc) AS documents
                  FROM kept WHERE resolved GROUP BY place_id) c
            JOIN places p USING (place_id)
            JOIN (SELECT place_id, string_agg(written, ' / ' ORDER BY frequency DESC, written) AS surfaces
                  FROM (SELECT place_id, written, count(*) AS frequency FROM kept WHERE resolved GROUP BY ALL)
                  GROUP BY place_id) s USING (place_id)
        """
        queries = {
            "mentions": """
                SELECT m.doc, d.title, m.date, d.url, d.lang, m.sentence, m.sentence_start, m.start, m."end",
                       m.surface, m.name, m.place_id, m.lat, m.lon, m.country_code, m.country, m.kind, m.confidence,
                       m.reason, m.rule, m.resolved, m.events
                FROM kept m LEFT JOIN (SELECT doc, title, url, lang FROM documents) d USING (doc)
                ORDER BY m.date DESC NULLS LAST, m.doc, m.start""",
            "places": f"{places} ORDER BY c.mentions DESC, p.name",
            "places_with_mentions": f"""
                SELECT a.place_id, a.name, a.surfaces, a.country_code, a.country, a.kind, a.lat, a.lon,
                       a.mentions AS mention_count, a.documents AS document_count, l.mentions
                FROM ({places}) a
                JOIN (SELECT place_id, list({{'doc': doc, 'surface': surface, 'start': start, 'end': "end",
                                              'sentence': sentence}} ORDER BY date DESC NULLS LAST, doc, start) AS mentions
                      FROM kept WHERE resolved GROUP BY place_id) l USING (place_id)
                ORDER BY a.mentions DESC, a.name""",
        }
        if what not in queries:
            raise ValueError(f"unknown export {what!r}; expected one of {', '.join(queries)}")
        with self._lock:
            cursor = self._connection.cursor()
        return cursor.sql(f"WITH kept AS ({kept}) {queries[what]}", params=parameters).to_arrow_reader(batch_rows)


def _one_of(column: str, values: Sequence[str]) -> tuple[str, list[str]]:
    """``column`` is one of ``values``, as a list of placeholders: a list of constants lets
    DuckDB skip row groups by their statistics, a subquery or a function of the column does
    not (a country filter on the 1M store: 150 -> 80 ms a scan). "" stands for no value: the
    Country filter's group of places in no country (seas, world regions)."""
    named = [value for value in values if value]
    parts = [f"{column} IN ({', '.join('?' * len(named))})"] if named else []
    if len(named) < len(values):
        parts.append(f"coalesce({column}, '') = ''")
    return "(" + " OR ".join(parts) + ")", named


def _partition_values(files: Sequence[str], key: str) -> set[str]:
    """The values of a Hive partition ``key`` (``month=2018-07/``) among ``files``."""
    return {match.group(1) for name in files if (match := re.search(rf"[/\\]{key}=([^/\\]+)[/\\]", name))}


def _newest_first(months: set[str]) -> list[str]:
    return sorted(months - {UNDATED}, reverse=True) + sorted(months & {UNDATED})


def _windows(months: list[str]) -> Iterator[list[str]]:
    """The newest 2 months, 8, 32, ... then all of them."""
    size = 2
    while size < len(months):
        yield months[:size]
        size *= 4
    yield months


def _select_files(files: list[str], schema: pa.Schema) -> str:
    """A SELECT over Parquet files, or an empty relation of the table's columns when there are none."""
    if files:
        listed = ", ".join(f"'{_sql_path(Path(name))}'" for name in files)
        # Partition values stay text: a bucket "07" is no number, a month "2018-07" no date.
        return (f"SELECT * FROM read_parquet([{listed}], hive_partitioning = true, hive_types_autocast = false, "
                "union_by_name = true)")
    columns = ", ".join(f'CAST(NULL AS {_duckdb_type(f.type)}) AS "{f.name}"' for f in schema)
    partition = "".join(f", CAST(NULL AS VARCHAR) AS {key}" for table, key in PARTITIONED.items()
                        if TABLES[table] is schema)
    return f"SELECT {columns}{partition} WHERE FALSE"


def _duckdb_type(arrow_type: pa.DataType) -> str:
    if pa.types.is_list(arrow_type):
        return _duckdb_type(arrow_type.value_type) + "[]"
    if pa.types.is_timestamp(arrow_type):
        return "TIMESTAMP"
    if pa.types.is_floating(arrow_type):
        return "DOUBLE"
    if pa.types.is_integer(arrow_type):
        return "BIGINT"
    if pa.types.is_boolean(arrow_type):
        return "BOOLEAN"
    return "VARCHAR"


def _sql_path(path: Path) -> str:
    return str(path).replace("'", "''")


def _sql_literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"
