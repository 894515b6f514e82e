"""Ingest into a store, in this process: what is stored equals what ``parse`` finds; only what is
new is parsed; versions are never mixed; a crash or a second writer leaves the store whole."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from geo.corpus import load_corpus
from geo.store import Manifest, Store, StoreBusyError, StoreError, StoreVersionError
from geo.gazetteer import index_signature
from geo.store import ingest as ingest_module
from geo.store import work as work_module
from geo.store.work import InProcessRunner
from geo.store.ingest import ingest
from geo.store.layout import FORMAT
from geo.store.query import StoreQuery

TEST_DATA = Path(__file__).resolve().parents[1] / "data"
SEEDS = Path(__file__).resolve().parents[2] / "seeds"
RECORD_FIELDS = ("doc", "sentence", "sentence_start", "start", "end", "surface", "name", "place_id", "lat", "lon",
                 "country_code", "kind", "reason", "rule", "resolved")


def stored_mentions(store: Store) -> list[dict]:
    rows = [row for path in store.files("mentions") for row in pq.read_table(path).to_pylist()]
    return sorted(({field: row[field] for field in RECORD_FIELDS} for row in rows), key=lambda r: (r["doc"], r["start"]))


def parsed_mentions(geoparser, *paths) -> list[dict]:
    corpus = load_corpus(list(paths))
    records = [m.as_record() for d in corpus.documents for m in geoparser.parse(d)]
    return sorted(({field: r[field] for field in RECORD_FIELDS} for r in records), key=lambda r: (r["doc"], r["start"]))


def stored_ids(store: Store) -> list[str]:
    return sorted(row["doc"] for path in store.files("documents") for row in pq.read_table(path, columns=["doc"]).to_pylist())


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    return path


ROWS = [
    {"id": "a", "date": "06/03/2017", "text": "تظاهر المئات في بيروت وطرابلس."},
    {"id": "b", "date": "Wed, 04 Jul 2018 15:53:24 +0400", "text": "Protesters gathered in Cairo and Alexandria."},
    {"id": "c", "text": "الرياض - الخميس 6 يناير 2022 - وصل وفد إلى عمان."},
    {"id": "d", "date": "someday", "text": "Floods hit Houston, Texas."},
]


def test_what_is_stored_is_what_parse_finds(tmp_path, runner, geoparser):
    store = Store(tmp_path / "store")
    summary = ingest([SEEDS, TEST_DATA / "geoparse"], store=store, runner=runner)
    assert stored_mentions(store) == parsed_mentions(geoparser, SEEDS, TEST_DATA / "geoparse")
    assert summary.new == len(stored_ids(store)) == 3 + 2 + 2  # seeds, the two texts, the two wire rows
    assert summary.mentions == len(stored_mentions(store))
    assert "7 documents parsed (7 new, 0 changed)" in summary.line()


def test_documents_keep_their_date_as_written_and_as_a_timestamp(tmp_path, runner):
    store = Store(tmp_path / "store")
    ingest([write_jsonl(tmp_path / "news.jsonl", ROWS)], store=store, runner=runner)
    rows = {row["doc"]: row for row in pq.read_table(store.files("documents")[0]).to_pylist()} | {
        row["doc"]: row for path in store.files("documents")[1:] for row in pq.read_table(path).to_pylist()}
    assert (str(rows["a"]["date"]), rows["a"]["dated_by"]) == ("2017-03-06 00:00:00", "field")
    assert (str(rows["b"]["date"]), rows["b"]["date_text"]) == ("2018-07-04 15:53:24", ROWS[1]["date"])
    assert (str(rows["c"]["date"]), rows["c"]["dated_by"]) == ("2022-01-06 00:00:00", "dateline")
    assert (rows["d"]["date"], rows["d"]["dated_by"], rows["d"]["date_text"]) == (None, "", "someday")
    folders = {Path(name).parent.name for name in store.manifest().tables["documents"]}
    assert folders == {"month=2017-03", "month=2018-07", "month=2022-01", "month=undated"}


def test_ingesting_the_same_files_again_parses_nothing_and_does_not_open_them(tmp_path, runner, monkeypatch):
    store = Store(tmp_path / "store")
    news = write_jsonl(tmp_path / "news.jsonl", ROWS)
    ingest([news], store=store, runner=runner)
    generation = store.manifest().generation
    monkeypatch.setattr(ingest_module, "read_source", lambda *a, **k: pytest.fail("an unchanged file was read"))
    again = ingest([news], store=store, runner=runner)
    assert (again.parsed, again.unchanged, again.files_skipped) == (0, 4, 1)
    assert store.manifest().generation == generation  # nothing to commit


def test_new_and_changed_documents_are_added_and_old_versions_leave(tmp_path, runner):
    store = Store(tmp_path / "store")
    news = write_jsonl(tmp_path / "news.jsonl", ROWS)
    ingest([news], store=store, runner=runner)
    changed = [*ROWS[:3], {"id": "d", "text": "Floods hit Paris."}, {"id": "e", "text": "Snow in Moscow."}]
    summary = ingest([write_jsonl(news, changed)], store=store, runner=runner)
    assert (summary.new, summary.changed, summary.unchanged) == (1, 1, 3)
    assert stored_ids(store) == ["a", "b", "c", "d", "e"]
    names = {(m["doc"], m["name"]) for m in stored_mentions(store)}
    assert ("d", "Paris") in names and ("d", "Houston") not in names and ("e", "Moscow") in names


def test_a_document_of_another_source_with_a_taken_id_gets_its_own(tmp_path, runner):
    store = Store(tmp_path / "store")
    first = write_jsonl(tmp_path / "first.jsonl", [{"id": "x", "text": "Rain in Lima."}])
    (tmp_path / "b").mkdir()
    second = write_jsonl(tmp_path / "b" / "second.jsonl", [{"id": "x", "text": "Snow in Oslo."}])
    ingest([first], store=store, runner=runner)
    ingest([second], store=store, runner=runner)
    assert stored_ids(store) == ["x", "x#2"]
    ingest([first, second], store=store, runner=runner)  # the same ids again, nothing doubled
    assert stored_ids(store) == ["x", "x#2"]


def test_another_parser_version_is_refused_until_a_reparse(tmp_path, runner, monkeypatch):
    store = Store(tmp_path / "store")
    news = write_jsonl(tmp_path / "news.jsonl", ROWS)
    ingest([news], store=store, runner=runner)
    before = stored_mentions(store)
    newer = "9.9+newer"  # the new code, in the ingesting process and in its workers
    monkeypatch.setattr(ingest_module, "parser_version", lambda: newer)
    monkeypatch.setattr(work_module, "_versions", lambda cities: (newer, index_signature(cities)))
    with pytest.raises(StoreVersionError, match="--reparse") as refused:
        ingest([news], store=store, runner=runner)
    assert "9.9+newer" in str(refused.value)
    summary = ingest([], store=store, runner=runner, reparse=True)
    assert summary.reparsed == 4 and store.manifest().parser_version == "9.9+newer"
    assert stored_mentions(store) == before and stored_ids(store) == ["a", "b", "c", "d"]


def test_a_worker_running_other_code_is_refused_and_nothing_of_it_is_written(tmp_path, runner, monkeypatch):
    store = Store(tmp_path / "store")
    ingest([write_jsonl(tmp_path / "old.jsonl", ROWS[:2])], store=store, runner=runner)
    before = stored_mentions(store)
    monkeypatch.setattr(work_module, "_versions", lambda cities: ("0.1+stale", index_signature(cities)))
    with pytest.raises(StoreVersionError, match="worker .* runs parser 0.1\\+stale") as refused:
        ingest([write_jsonl(tmp_path / "new.jsonl", ROWS[2:])], store=store, runner=runner)
    assert "install the same version" in str(refused.value)
    assert stored_mentions(store) == before and stored_ids(store) == ["a", "b"]


class _Crashing(InProcessRunner):
    """Parses like the in-process runner, then fails as a killed process would."""

    def __init__(self, settings, *, after: int, error: BaseException):
        super().__init__(settings)
        self.after, self.error = after, error

    def map(self, function, batches, **options):
        for number, result in enumerate(super().map(function, batches, **options)):
            if number == self.after:
                raise self.error
            yield result


@pytest.mark.parametrize("error", [KeyboardInterrupt(), MemoryError("killed")])
def test_a_crash_keeps_what_was_committed_and_a_rerun_finishes(tmp_path, settings, runner, monkeypatch, error):
    rows = [{"id": f"n{number}", "text": f"Protest number {number} in Cairo and Beirut."} for number in range(40)]
    news = write_jsonl(tmp_path / "news.jsonl", rows)
    monkeypatch.setattr(ingest_module, "BATCH_DOCUMENTS", 5)
    store = Store(tmp_path / "store")
    with pytest.raises(type(error)):
        ingest([news], store=store, runner=_Crashing(settings, after=3, error=error), commit_seconds=0)
    committed = stored_ids(store)
    assert 0 < len(committed) < 40 and len(committed) % 5 == 0  # whole batches only
    assert StoreQuery([store]).document_count() == len(committed)
    summary = ingest([news], store=store, runner=runner)
    assert (summary.new, summary.unchanged) == (40 - len(committed), len(committed))
    assert stored_ids(store) == sorted(row["id"] for row in rows)
    assert len(stored_mentions(store)) == 80


def test_leftovers_of_a_crash_are_cleared_by_the_next_writer(tmp_path, runner):
    store = Store(tmp_path / "store")
    ingest([SEEDS], store=store, runner=runner)
    orphan = store.root / "mentions" / "month=undated" / "part-999999-deadbeef-00001.parquet"
    orphan.write_bytes(b"half a file")
    staged = store.root / "_staging" / "999999-deadbeef" / "x.parquet"
    staged.parent.mkdir(parents=True)
    staged.write_bytes(b"")
    with store.writing():
        pass
    assert not orphan.exists() and not staged.parent.exists()
    assert StoreQuery([store]).document_count() == 3


def test_a_second_writer_fails_clearly_or_waits(tmp_path, runner):
    store = Store(tmp_path / "store")
    holding, release = threading.Event(), threading.Event()

    def hold() -> None:
        with store.writing():
            holding.set()
            release.wait(10)

    holder = threading.Thread(target=hold)
    holder.start()
    holding.wait(10)
    with pytest.raises(StoreBusyError, match=r"is being written by ingest pid \d+ since .*--wait"):
        ingest([SEEDS], store=store, runner=runner)
    waiter = threading.Thread(target=lambda: ingest([SEEDS], store=store, runner=runner, wait=True))
    waiter.start()
    waiter.join(0.5)
    assert waiter.is_alive()  # waiting for the lock, not failing
    release.set()
    waiter.join(30)
    holder.join(10)
    assert stored_ids(store) == sorted(d.id for d in load_corpus(SEEDS).documents)


def test_bad_documents_become_problem_rows_with_file_line_and_reason(tmp_path, runner):
    store = Store(tmp_path / "store")
    summary = ingest([TEST_DATA / "corpus"], store=store, runner=runner)
    problems = {(Path(row["source"]).name, row["line"], row["reason"])
                for path in store.files("problems") for row in pq.read_table(path).to_pylist()}
    assert ("articles.jsonl", 6, "row has no 'text' field") in problems
    assert any(name == "binary.txt" and "binary file" in reason for name, _, reason in problems)
    assert summary.problems == len(problems) and summary.new == 12
    ingest([TEST_DATA / "corpus"], store=store, runner=runner)  # read again: the same problems, not twice
    assert sum(pq.ParquetFile(path).metadata.num_rows for path in store.files("problems")) == len(problems)


def test_progress_is_reported_as_batches_finish(tmp_path, runner, monkeypatch):
    monkeypatch.setattr(ingest_module, "BATCH_DOCUMENTS", 2)
    reports = []
    ingest([write_jsonl(tmp_path / "news.jsonl", ROWS)], store=Store(tmp_path / "store"), runner=runner,
           progress=reports.append)
    assert [report.documents for report in reports] == [0, 2, 4]
    assert reports[-1].fraction == 1.0 and reports[-1].total_megabytes > 0


def test_small_files_of_a_partition_are_merged(tmp_path, runner, monkeypatch):
    monkeypatch.setattr(ingest_module, "BATCH_DOCUMENTS", 1)
    store = Store(tmp_path / "store")
    rows = [{"id": f"n{number}", "text": f"Rain number {number} in Lima."} for number in range(8)]
    ingest([write_jsonl(tmp_path / "news.jsonl", rows)], store=store, runner=runner, commit_seconds=0)
    assert len(store.manifest().tables["mentions"]) == 1 and len(stored_mentions(store)) == 8


def test_the_manifest_records_versions_and_sources(tmp_path, runner):
    store = Store(tmp_path / "store")
    ingest([SEEDS], store=store, runner=runner)
    manifest = store.manifest()
    assert manifest.parser_version.startswith("0.") and manifest.gazetteer.startswith("cities15000-")
    assert {Path(name).name for name in manifest.sources} == {path.name for path in SEEDS.iterdir()}
    assert all(state.documents == 1 for state in manifest.sources.values())
    assert Manifest.from_json(manifest.to_json(), where="test") == manifest


@pytest.mark.parametrize("text", ["{not json", '{"format": 99}', '{"format": 1}'])
def test_an_unreadable_manifest_names_the_store(tmp_path, text):
    (tmp_path / "manifest.json").write_text(text, encoding="utf-8")
    with pytest.raises(StoreError, match="manifest.json"):
        Store(tmp_path).manifest()


def test_events_are_stored_with_their_sentences_and_on_the_mentions(tmp_path, runner, geoparser):
    from geo.events import default_event_detector

    store = Store(tmp_path / "store")
    ingest([SEEDS], store=store, runner=runner)
    events = [row for path in store.files("events") for row in pq.read_table(path).to_pylist()]
    expected = [e.as_record() for d in load_corpus(SEEDS).documents for e in default_event_detector().detect(d)]
    fields = ("doc", "type", "start", "end", "trigger", "sentence_start", "sentence_end", "polarity", "rule")
    assert sorted(tuple(e[f] for f in fields) for e in events) == sorted(tuple(e[f] for f in fields) for e in expected)
    mentions = [row for path in store.files("mentions") for row in pq.read_table(path).to_pylist()]
    almaty = [m for m in mentions if m["name"] == "Almaty" and "مطار" in m["sentence"]]
    assert almaty and all(m["events"] for m in almaty)
    assert sum(pq.ParquetFile(path).metadata.num_rows for path in store.files("words")) > 100


def test_a_store_of_another_format_is_refused_until_a_reparse(tmp_path, runner):
    store = Store(tmp_path / "store")
    ingest([SEEDS], store=store, runner=runner)
    manifest = store.manifest_path
    current = f'"format": {FORMAT}'
    manifest.write_text(manifest.read_text(encoding="utf-8").replace(current, '"format": 1'), encoding="utf-8")
    with pytest.raises(StoreVersionError, match="format 1.*--reparse"):
        store.manifest()
    with pytest.raises(StoreVersionError, match="--reparse"):
        ingest([SEEDS], store=store, runner=runner)
    summary = ingest([SEEDS], store=store, runner=runner, reparse=True)
    assert summary.reparsed == 3 and store.manifest().format == FORMAT


@pytest.mark.parametrize(
    ("text", "start", "end", "written"),
    [
        ("ورحب للبيت الأبيض", 6, 17, "البيت الأبيض"),
        ("دعا للكويت", 5, 10, "الكويت"),
        ("زار لندن", 4, 8, "لندن"),
        ("وفد لبنان", 4, 9, "لبنان"),  # a name that starts with ل, after a space
        ("Houston", 0, 7, "Houston"),
    ],
)
def test_a_name_is_shown_as_written_whole(text, start, end, written):
    from geo.store.work import written_name

    assert written_name(text, start, end) == written


def test_an_approximate_place_keeps_where_it_was_put(tmp_path, runner):
    store = Store(tmp_path / "store")
    news = write_jsonl(tmp_path / "news.jsonl", [{"id": "h", "text": "نقل المصابون إلى مستشفى الملك فهد في تبوك"}])
    ingest([news], store=store, runner=runner)
    spot = next(row for row in pq.read_table(store.files("mentions")[0]).to_pylist() if row["surface"] == "مستشفى الملك فهد")
    assert (spot["placed_at"], spot["placed"], spot["rule"]) == ("gn:101628", "right after", "added.facility")
    assert StoreQuery([store]).placed_at(spot["place_id"]) == ("Tabuk", "right after")
    assert StoreQuery([store]).placed_at("gn:101628") == ("", "")


def test_the_home_country_is_stored_and_supports_the_outlet_s_small_towns(tmp_path, runner):
    rows = [{"id": "local", "text": "تعرضت حافلة تابعة للشركة الجهوية للنقل بالقصرين اليوم"},
            {"id": "own", "text": "تعرضت حافلة تابعة للشركة الجهوية للنقل بالقصرين اليوم", "home_country": "SA"}]
    store = Store(tmp_path / "store")
    ingest([write_jsonl(tmp_path / "news.jsonl", rows)], store=store, runner=runner, home_country="TN")
    countries = {row["doc"]: row["home_country"] for path in store.files("documents") for row in pq.read_table(path).to_pylist()}
    assert countries == {"local": "TN", "own": "SA"}  # a document's own country stays
    assert [(m["doc"], m["name"]) for m in stored_mentions(store)] == [("local", "Kasserine")]
    # Read back from the store to parse again, a document keeps its country.
    (tmp_path / "news.jsonl").unlink()
    ingest([], store=store, runner=runner, reparse=True)
    assert [(m["doc"], m["name"]) for m in stored_mentions(store)] == [("local", "Kasserine")]


def test_a_reparse_gives_the_home_country_to_stored_documents_that_have_none(tmp_path, runner):
    rows = [{"id": "local", "text": "تعرضت حافلة تابعة للشركة الجهوية للنقل بالقصرين اليوم"}]
    store = Store(tmp_path / "store")
    ingest([write_jsonl(tmp_path / "news.jsonl", rows)], store=store, runner=runner)
    assert stored_mentions(store) == []
    (tmp_path / "news.jsonl").unlink()
    ingest([], store=store, runner=runner, reparse=True, home_country="tn")
    assert [(m["doc"], m["name"]) for m in stored_mentions(store)] == [("local", "Kasserine")]


def test_a_home_country_that_is_no_code_is_refused_before_anything_is_read(tmp_path, runner):
    with pytest.raises(ValueError, match="'Tunisia' is no ISO 3166"):
        ingest([TEST_DATA / "geoparse"], store=Store(tmp_path / "store"), runner=runner, home_country="Tunisia")
