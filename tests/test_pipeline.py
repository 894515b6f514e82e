"""geo.pipeline: Geoparser, geoparse, mentions_frame, and the seed article's key cases."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import geo
from geo.model import KINDS, Document, Mention
from geo.pipeline import Geoparser, geoparse, mentions_frame

REPO = Path(__file__).resolve().parent.parent


SEED = REPO / "seeds" / "000_5a42c12e227cab77.txt"


@pytest.fixture(scope="module")
def seed_text():
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def seed(geoparser, seed_text):
    mentions, rejected = geoparser.parse_detailed(Document(id="seed", text=seed_text, lang="ar"))
    return mentions, rejected


def by_surface(mentions):
    found: dict[str, set[str]] = {}
    for mention in mentions:
        found.setdefault(mention.surface, set()).add(mention.place.place_id if mention.place else None)
    return found


# --- the Geoparser ------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "   ", "\n\n", "لا شيء هنا", "Nothing here at all."])
def test_texts_without_places(geoparser, text):
    assert geoparser.parse_text(text) == []
    assert geoparser.parse_detailed(Document(id="x", text=text))[0] == []
    if not text.strip():
        assert geoparser.parse_detailed(Document(id="x", text=text)) == ([], [])


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("وصل الوفد إلى موسكو. ثم غادر إلى كازاخستان؟ نعم، وعاد إلى القاهرة!", "ar"),
        ("The delegation reached Moscow. Then it left for Kazakhstan? Yes, and it returned to Cairo!", "en"),
    ],
)
def test_mentions_carry_document_offsets_and_their_sentence(geoparser, text, lang):
    for given_lang in (lang, None):
        mentions = geoparser.parse(Document(id="doc-1", text=text, lang=given_lang or ""))
        assert [m.place.country_code for m in mentions] == ["RU", "KZ", "EG"]
        assert [m.sentence.start for m in mentions] == sorted({m.sentence.start for m in mentions})
        assert len({m.sentence.start for m in mentions}) == 3
        for mention in mentions:
            assert isinstance(mention, Mention) and mention.doc == "doc-1"
            assert text[mention.start:mention.end] == mention.surface
            sentence = mention.sentence
            assert text[sentence.start:sentence.end] == sentence.text
            assert sentence.start <= mention.start < mention.end <= sentence.end


def test_mentions_are_in_text_order(geoparser):
    mentions = geoparser.parse_text("Cairo, Moscow, Almaty and then Paris.")
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)
    assert [m.surface for m in mentions] == ["Cairo", "Moscow", "Almaty", "Paris"]


def test_as_record_fields(geoparser):
    (mention,) = geoparser.parse_text("وصل الوفد إلى ألما أتا", doc_id="d7")
    record = mention.as_record()
    assert record["doc"] == "d7"
    assert record["surface"] == "ألما أتا" and record["name"] == "Almaty"
    assert record["place_id"] == "gn:1526384" and record["country_code"] == "KZ" and record["kind"] == "city"
    assert record["lat"] == pytest.approx(43.25, abs=0.1) and record["lon"] == pytest.approx(76.92, abs=0.1)
    assert record["resolved"] is True and 0 <= record["confidence"] <= 1
    assert record["sentence"] == "وصل الوفد إلى ألما أتا" and record["sentence_start"] == 0


def test_geoparse_uses_the_default_index():
    mentions = geoparse("وصل الوفد إلى كازاخستان")
    assert [(m.surface, m.place.place_id) for m in mentions] == [("كازاخستان", "cc:KZ")]


def test_geoparse_takes_no_language_as_the_rules_go_by_each_name_s_script():
    with pytest.raises(TypeError):
        geoparse("وصل الوفد إلى كازاخستان", lang="ar")


def test_package_offers_geoparse_and_load_corpus_without_loading_them_on_import():
    check = (
        "import sys, geo; assert 'geo.pipeline' not in sys.modules and 'pandas' not in sys.modules; "
        "import geo.pipeline, geo.corpus; "
        "assert geo.geoparse is geo.pipeline.geoparse and geo.load_corpus is geo.corpus.load_corpus; "
        "assert geo.mentions_frame is geo.pipeline.mentions_frame"
    )
    subprocess.run([sys.executable, "-c", check], cwd=REPO, check=True)
    with pytest.raises(AttributeError, match="no attribute 'nowhere'"):
        geo.nowhere  # noqa: B018


def test_mentions_frame(geoparser):
    documents = [
        Document(id="a", text="وصل الوفد إلى كازاخستان ثم إلى موسكو", title="وفد", date="2022-01-06", lang="ar"),
        Document(id="b", text="Officials met in Almaty.", url="https://example.org/b", lang="en"),
        Document(id="c", text="Nothing to see."),
    ]
    frame = mentions_frame((d, geoparser.parse(d)) for d in documents)
    assert list(frame["doc"]) == ["a", "a", "b"]
    assert list(frame["country"]) == ["Kazakhstan", "Russia", "Kazakhstan"]
    assert list(frame["title"]) == ["وفد", "وفد", "b"]  # the id stands in for a missing title
    assert frame.loc[2, "url"] == "https://example.org/b"
    for column in ("doc", "sentence", "start", "end", "surface", "name", "place_id", "lat", "lon",
                   "country_code", "kind", "confidence", "reason", "resolved"):
        assert column in frame.columns
    assert set(frame["kind"]) <= set(KINDS)


def test_mentions_frame_without_mentions_has_columns(geoparser):
    frame = mentions_frame([(Document(id="x", text="nothing"), [])])
    assert frame.empty and "place_id" in frame.columns


# --- normalisation does not change what is found ---------------------------------------------

NAMES = ["كازاخستان", "روسيا البيضاء", "موسكو", "القاهرة", "ألما أتا", "قرغيزستان"]
MARKS = st.sampled_from(["\u064e", "\u064f", "\u0650", "\u0651", "\u0652", "\u0640", "\u200c", "\u200f"])


def _decorate(draw, name: str) -> str:
    out = []
    for char in name:
        out.append(char)
        if char != " " and draw(st.booleans()):
            out.append(draw(MARKS))
    return "".join(out)


@st.composite
def decorated_sentence(draw):
    names = draw(st.lists(st.sampled_from(NAMES), min_size=1, max_size=3, unique=True))
    return names, "زار الوفد " + " ثم ".join(_decorate(draw, n) for n in names) + " أمس."


@settings(max_examples=60, deadline=None)
@given(decorated_sentence())
def test_diacritics_and_tatweel_do_not_change_the_places(geoparser, case):
    names, text = case
    plain = "زار الوفد " + " ثم ".join(names) + " أمس."
    expected = [m.place.place_id for m in geoparser.parse_text(plain)]
    mentions = geoparser.parse_text(text)
    assert [m.place.place_id for m in mentions] == expected
    for mention in mentions:
        assert text[mention.start:mention.end] == mention.surface


# --- the seed article -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("surface", "place_id"),
    [
        ("ألما أتا", "gn:1526384"),  # Almaty
        ("أكتوبي", "gn:610611"),  # Aktobe
        ("نور سلطان", "gn:1526273"),  # Astana, after العاصمة
        ("مانجيستاو", "adm1:KZ:Mangghystau"),  # Mangystau, after إقليم
        ("روسيا البيضاء", "cc:BY"),  # Belarus, longest match
        ("قرغيزستان", "cc:KG"),
        ("قاعدة بايكونور الفضائية", "alias:baikonur-cosmodrome"),
        ("الكرملين", "alias:kremlin"),
        ("لبيت الأبيض", "alias:white-house"),  # للبيت الأبيض
        ("الولاياتالمتحدة", "cc:US"),  # run together
        ("موسكو", "gn:524901"),
        ("كازاخستان", "cc:KZ"),
        ("روسيا", "cc:RU"),
        ("أرمينيا", "cc:AM"),
        ("طاجيكستان", "cc:TJ"),
        ("أوكرانيا", "cc:UA"),
        ("الصين", "cc:CN"),
        ("آسيا الوسطى", "un:143"),
    ],
)
def test_seed_key_places(seed, surface, place_id):
    mentions, _ = seed
    assert by_surface(mentions).get(surface) == {place_id}


def test_seed_offsets_and_sentences(seed, seed_text):
    mentions, rejected = seed
    assert len(mentions) >= 40
    for mention in mentions + rejected:
        assert seed_text[mention.start:mention.end] == mention.surface
        assert mention.sentence.text and mention.sentence.start <= mention.start < mention.end <= mention.sentence.end
    for mention in mentions:
        assert mention.place is None or mention.place.kind in KINDS
        assert mention.reason and 0 <= mention.confidence <= 1


def test_seed_moscow_and_washington_run_together(seed, seed_text):
    mentions, _ = seed
    start = seed_text.index("موسكووواشنطن")
    pair = [m for m in mentions if start <= m.start < start + len("موسكووواشنطن")]
    assert [(m.surface, m.start - start) for m in pair] == [("موسكو", 0), ("واشنطن", 6)]
    assert pair[0].place.place_id == "gn:524901"
    assert pair[1].place.country_code == "US"


def test_seed_washington_is_the_us_capital(seed):
    mentions, _ = seed
    assert by_surface(mentions)["واشنطن"] == {"gn:4140963"}


def test_seed_no_place_inside_nazarbayevs_name(seed, seed_text):
    mentions, rejected = seed
    start = seed_text.index("نور سلطان نزارباييف")
    end = start + len("نور سلطان نزارباييف")
    assert not [m for m in mentions if start <= m.start < end]
    assert any(start <= m.start < end and "person" in m.reason for m in rejected)


def test_seed_the_city_is_no_place(seed, seed_text):
    mentions, _ = seed
    start = seed_text.index("من المدينة وإليها")
    assert not [m for m in mentions if start <= m.start < start + len("من المدينة وإليها")]
    assert "المدينة" not in by_surface(mentions)


def test_seed_astana_after_the_capital_cue(seed, seed_text):
    mentions, _ = seed
    start = seed_text.index("العاصمة نور سلطان") + len("العاصمة ")
    (astana,) = [m for m in mentions if m.start == start]
    assert astana.surface == "نور سلطان" and astana.place.name == "Astana"


def test_seed_demonyms_are_not_mentions(seed):
    mentions, _ = seed
    surfaces = by_surface(mentions)
    for word in ("الروسية", "الكازاخستانية", "الأميركي", "روسية", "بيلاروسية"):
        assert word not in surfaces


def test_seed_all_in_the_right_countries(seed):
    mentions, _ = seed
    codes = {m.place.country_code for m in mentions if m.place and m.place.kind != "continent"}
    assert codes <= {"KZ", "RU", "BY", "KG", "TJ", "AM", "US", "UA", "CN", "SU", ""}


def test_mentions_carry_the_rule_and_the_evidence_of_an_approximate_place(tiny_gazetteer):
    text = "زار مستشفى الملك خالد في قنا في مصر"
    mentions = Geoparser(tiny_gazetteer).parse(Document(id="t", text=text))
    hospital = next(m for m in mentions if m.surface == "مستشفى الملك خالد")
    assert hospital.rule == "added.facility" and hospital.place.place_id.startswith("near:gn:qena:")
    assert (hospital.evidence.via, hospital.evidence.cue) == ("cue", "مستشفي")
    assert (hospital.evidence.anchor, hospital.evidence.placed) == ("gn:qena", "right after")
    assert hospital.reason.endswith("approximate: placed at Qena, named right after it")
    assert hospital.as_record()["rule"] == "added.facility"


def test_rejected_names_carry_the_rule_that_rejected_them(tiny_gazetteer):
    _, rejected = Geoparser(tiny_gazetteer).parse_detailed(Document(id="t", text="Okla. officials met."))
    assert [(m.surface, m.rule) for m in rejected] == [("Okla.", "word.state_abbreviation")]


def test_geoparse_shares_the_process_geoparser_of_the_package_index():
    from geo import warm
    from geo.gazetteer import PACKAGE_CACHE_DIR

    geoparse("موسكو")
    assert warm.shared_geoparser(cache_dir=PACKAGE_CACHE_DIR) is warm.shared_geoparser(cache_dir=PACKAGE_CACHE_DIR)
    assert (PACKAGE_CACHE_DIR.resolve(), "cities15000") in warm._geoparsers
