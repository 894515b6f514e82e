"""The cue, sport and club words of a text, found in one pass (geo.recognize.keywords)."""

import pytest

from geo.recognize.keywords import Cue, keywords_in
from geo.text import fold


@pytest.mark.parametrize(("text", "words"), [
    ("والمباراة للفريق بالدوري", {"مباراة", "فريق", "دوري"}),
    ("the league match, the coach", {"league", "match", "coach"}),
    ("مباراتان ملاعب الفريقين", set()),
    ("matchless leagues coaching", set()),
], ids=["arabic proclitics and article", "english words", "arabic longer words", "english longer words"])
def test_sport_words_stand_as_words(text, words):
    assert keywords_in(fold(text)).sport_words == {fold(word) for word in words}


@pytest.mark.parametrize(("text", "stems"), [
    ("وصل إلى مطار ألما أتا", [("مطار", False)]),
    ("وفي المدينة ومدينة حمص", [("مدينة", True), ("مدينة", False)]),
    ("بالمطار", [("مطار", True)]),
    ("مطارات المدن", []),
    ("نقل من سجن إيفين إلى سجن صيدنايا", [("سجن", False), ("سجن", False)]),
    ("قضت بسجن أولمرت وسجن كافالا", []),
], ids=["cue word", "definite and not", "proclitic and article", "longer words",
        "a verbal noun after a preposition of place", "a verbal noun elsewhere"])
def test_cue_words_stand_as_words_by_where_they_end(text, stems):
    folded = fold(text)
    cues = keywords_in(folded).cues
    assert [(cue.stem, cue.definite) for cue in cues.values()] == [(fold(stem), definite) for stem, definite in stems]
    assert all(folded[cue.end - len(cue.stem):cue.end] == cue.stem and isinstance(cue, Cue) for cue in cues.values())


@pytest.mark.parametrize(("text", "named"), [
    ("فاز ريال مدريد", True),
    ("Manchester United won", True),
    ("وصل الوفد إلى مدريد", False),
], ids=["arabic club word", "english club word", "none"])
def test_clubs_named(text, named):
    assert keywords_in(fold(text)).clubs_named is named


def test_one_pass_finds_the_three_kinds_together():
    keywords = keywords_in(fold("قال مدرب ريال مدريد بعد المباراة في الملعب إن الفريق سيعود إلى مطار المدينة"))
    assert keywords.clubs_named
    assert keywords.sport_words == {fold(w) for w in ("مدرب", "مباراة", "ملعب", "فريق")}
    assert [cue.stem for cue in keywords.cues.values()] == [fold("ملعب"), fold("مطار"), fold("مدينة")]


@pytest.mark.parametrize(("text", "field", "words_after"), [
    ("قال أبو محمد", "after_name_particles", ["محمد"]),
    ("أبو محمد قال", "after_name_particles", ["محمد"]),  # at the text's start
    ("ابو علي وبن سالم", "after_name_particles", ["علي"]),  # وبن is another word
    ("no particle here", "after_name_particles", []),
    ("أعلنت شركة الخليج وشركة النيل", "after_company_words", ["الخليج", "النيل"]),
    ("شركات النفط", "after_company_words", []),
    ("فاز فريق الهلال وجمعية الشابة", "after_team_words", ["الهلال", "الشابة"]),
    ("الفريق الوطني", "after_team_words", []),  # with the article, no team's own name follows
], ids=["particle inside", "particle at the start", "not inside a word", "no particle", "company words",
        "company word's plural", "team words", "team word with the article"])
def test_where_a_word_after_a_name_word_begins(text, field, words_after):
    folded = fold(text)
    starts = getattr(keywords_in(folded), field)
    assert sorted(starts) == sorted(folded.index(fold(word)) for word in words_after)


def test_dual_cue_words_are_kept_apart_for_the_lexicon_to_pair():
    folded = fold("في محافظتي حماة وحلب ومدينة حمص")
    keywords = keywords_in(folded)
    assert [cue.stem for cue in keywords.duals.values()] == [fold("محافظتي")]
    assert [cue.stem for cue in keywords.cues.values()] == [fold("مدينة")]
