"""scripts/real_news_gold.py: real-news gold kept as offsets into the corpora, never their text."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from scripts import real_news_gold

TEXT = "وصل الوفد إلى الرياض قادما من القاهرة"


def _write(path, rows):
    path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")


@pytest.fixture
def gold(tmp_path):
    start = TEXT.index("الرياض")
    places = [{"start": start, "end": start + 6, "surface": "الرياض", "lat": 24.69, "lon": 46.72, "geonameid": 108410}]
    path = tmp_path / "gold.jsonl"
    _write(path, [{"id": "a1", "lang": "ar", "text": TEXT, "places": places}])
    return path


def test_stripped_gold_holds_no_text_and_joins_back_to_the_same_file(tmp_path, gold):
    corpora = tmp_path / "corpora"
    corpora.mkdir()
    _write(corpora / "news.jsonl", [{"id": "a0", "text": "خبر آخر"}, {"id": "a1", "text": TEXT}])
    standoff = tmp_path / "standoff.jsonl"
    _write(standoff, real_news_gold.strip(gold))
    assert "الرياض" not in standoff.read_text(encoding="utf-8")
    assert real_news_gold.join(standoff, corpora=corpora) == [json.loads(gold.read_text(encoding="utf-8"))]


@pytest.mark.parametrize("stored", ["وصل الوفد إلى الرياض", None], ids=["changed text", "missing article"])
def test_an_article_not_as_annotated_is_refused(tmp_path, gold, stored):
    corpora = tmp_path / "corpora"
    corpora.mkdir()
    _write(corpora / "news.jsonl", [{"id": "a1" if stored else "b1", "text": stored or TEXT}])
    standoff = tmp_path / "standoff.jsonl"
    _write(standoff, real_news_gold.strip(gold))
    with pytest.raises(SystemExit, match="a1 is not in"):
        real_news_gold.join(standoff, corpora=corpora)


def test_the_script_runs_as_its_docstring_says(tmp_path, gold):
    """From the project's folder, as a file: geo/ is found though it is not installed."""
    script = Path(__file__).resolve().parent.parent / "scripts" / "real_news_gold.py"
    done = subprocess.run([sys.executable, str(script), "strip", str(gold)], capture_output=True, text=True,
                          cwd=tmp_path, check=True)
    assert json.loads(done.stdout)["id"] == "a1"
