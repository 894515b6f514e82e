"""The lexicon files and how terms are matched: forms, clitics, English inflections, row checks."""

from __future__ import annotations

import pytest

from geo.events import EVENT_TYPES, LexiconError, load_event_detector
from geo.events.clitics import FEMININE_SUFFIXES, NOUN_PREFIXES, NOUN_SUFFIXES, VERB_PREFIXES, VERB_SUFFIXES, bases
from geo.events.lexicon import DATA_DIR, NONE, load_terms
from geo.events.matcher import arabic_fit, english_forms
from geo.model import Document

HEADER = "term\ttype\tform\tconstraint\tnote\n"
CUE_HEADER = "term\trole\tform\tnote\n"


def test_the_lexicons_load_and_cover_every_type_in_both_languages():
    terms = load_terms()
    triggers = [t for t in terms if not t.cue and t.label != NONE]
    for event_type in EVENT_TYPES:
        assert any(t.arabic for t in triggers if t.label == event_type), event_type
        assert any(not t.arabic for t in triggers if t.label == event_type), event_type
    assert all(t.source.split(":")[0] in ("ar.tsv", "en.tsv", "cues.tsv") for t in terms)


@pytest.mark.parametrize(("lemma", "forms", "expected"), [
    ("arrest", {"noun", "verb"}, {"arrest", "arrests", "arrested", "arresting"}),
    ("seize", {"verb"}, {"seize", "seizes", "seized", "seizing"}),
    ("stab", {"verb"}, {"stab", "stabs", "stabbed", "stabbing"}),
    ("rally", {"noun", "verb"}, {"rally", "rallies", "rallied", "rallying"}),
    ("air strike", {"noun"}, {"air strike", "air strikes"}),
    ("open fire", {"verb"}, {"open fire", "opens fire", "opened fire", "opening fire"}),
    ("curfew", {"word"}, {"curfew"}),
])
def test_english_forms(lemma, forms, expected):
    assert set(english_forms(lemma, frozenset(forms))) == expected


@pytest.mark.parametrize(("forms", "prefix", "suffix", "clitic"), [
    ({"noun"}, "لل", "ات", 2),  # للاحتجاجات
    ({"noun"}, "بال", "", 3),  # بالاحتجاج
    ({"noun"}, "وال", "ين", 3),  # والمحتجين
    ({"verb"}, "وا", "تهم", 1),  # واعتقلتهم: the person prefix ا stays in the span
    ({"verb"}, "وسي", "ون", 2),  # وسيعتقلون
    ({"fem"}, "ال", "ات", 2),  # المظاهرات
    ({"fem"}, "", "تهم", 0),  # مظاهرتهم
    ({"word"}, "و", "", 1),  # وحالة الطوارئ
])
def test_arabic_clitics_and_endings_a_form_allows(forms, prefix, suffix, clitic):
    assert arabic_fit(frozenset(forms), prefix, suffix) == clitic


@pytest.mark.parametrize(("forms", "prefix", "suffix"), [
    ({"noun"}, "م", ""),  # مقتل is not قتل
    ({"verb"}, "ال", ""),  # القتل is the noun
    ({"fem"}, "", ""),  # مظاهر: appearances, no ending
    ({"word"}, "", "ات"),
    ({"noun"}, "", "زز"),
])
def test_arabic_clitics_and_endings_a_form_refuses(forms, prefix, suffix):
    assert arabic_fit(frozenset(forms), prefix, suffix) is None


def test_a_feminine_bare_ending_must_be_written_ta_marbuta():
    assert arabic_fit(frozenset({"fem"}), "", "ه", marbuta=True) == 0
    assert arabic_fit(frozenset({"fem"}), "", "ه", marbuta=False) is None


def test_clitic_tables_hold_the_forms_of_the_issue():
    assert {"", "و", "وال", "لل", "بال", "فلل"} <= set(NOUN_PREFIXES)
    assert {"", "و", "وس", "وسي", "ست", "ا"} <= set(VERB_PREFIXES)
    assert {"ات", "هم", "اتهم", "يه"} <= NOUN_SUFFIXES and {"ه", "ات", "تهم", "تين"} <= FEMININE_SUFFIXES
    assert {"ت", "وا", "تهم", "وهم"} <= VERB_SUFFIXES
    assert set(bases("والقوات")) == {"والقوات", "القوات", "قوات"}


def _write(folder, ar="", en="", cues=""):
    (folder / "ar.tsv").write_text(HEADER + ar, encoding="utf-8")
    (folder / "en.tsv").write_text(HEADER + en, encoding="utf-8")
    (folder / "cues.tsv").write_text(CUE_HEADER + cues, encoding="utf-8")
    return folder


def test_a_detector_reads_the_lexicons_it_is_given(tmp_path):
    folder = _write(tmp_path, ar="اعتقال\tarrest\tnoun\t\t\n", en="riot\triot\tnoun+verb\t\t\n",
                    cues="not\tnegation\tword\t\n")
    detector = load_event_detector(data_dir=folder)
    events = detector.detect(Document(id="d", text="The riots did not stop. وتواصلت الاعتقالات."))
    assert [(e.type, e.trigger) for e in events] == [("riot", "riots"), ("arrest", "اعتقالات")]


@pytest.mark.parametrize(("row", "message"), [
    ("اعتقال\tarrests\tnoun\t\t\n", "type 'arrests' is not one of"),
    ("اعتقال\tarrest\tnounish\t\t\n", "form 'nounish'"),
    ("arrest\tarrest\tfem\t\t\n", "form 'fem'"),
    ("اعتقال\tarrest\tnoun\tneeds\t\n", "constraint 'needs' is not one of"),
    ("اعتقال\tarrest\tnoun\tsporty\t\n", "constraint 'sporty'"),
    ("\tarrest\tnoun\t\t\n", "empty term"),
    ("اعتقال\n", "expected 5 tab-separated cells"),
])
def test_a_malformed_row_is_refused_with_its_file_line_and_value(tmp_path, row, message):
    folder = _write(tmp_path, ar=row)
    with pytest.raises(LexiconError, match=message) as raised:
        load_terms(folder)
    assert "ar.tsv:2" in str(raised.value)


def test_a_repeated_row_and_a_missing_header_are_refused(tmp_path):
    with pytest.raises(LexiconError, match="repeats ar.tsv:2"):
        load_terms(_write(tmp_path, ar="اعتقال\tarrest\tnoun\t\t\nاعتقال\tarrest\tnoun\t\tagain\n"))
    (tmp_path / "en.tsv").write_text("riot\triot\tnoun\t\t\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="first row must be the header"):
        load_terms(tmp_path)


def test_a_missing_lexicon_is_a_lexicon_error_and_a_value_error(tmp_path):
    with pytest.raises(LexiconError, match="cannot read") as raised:
        load_terms(tmp_path)
    assert isinstance(raised.value, ValueError)


def test_every_lexicon_row_is_tab_separated_with_a_readable_note_column():
    for name in ("ar.tsv", "en.tsv", "cues.tsv"):
        for number, line in enumerate((DATA_DIR / name).read_text(encoding="utf-8").splitlines(), start=1):
            if line.strip() and not line.startswith("#"):
                assert line.count("\t") in ((3,) if name == "cues.tsv" else (4,)), f"{name}:{number}: {line!r}"
