"""geo.text: folding with offsets, language detection and sentences (no gazetteer needed)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo.corpus import detect_lang
from geo.text import fold, fold_name, fold_with_offsets, is_arabic, quoted_whole, split_sentences

DIACRITICS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"  # tanwin, harakat, shadda, sukun
TATWEEL = "\u0640"
INVISIBLE = "\u200c\u200d\u200e\u200f\u061c\ufeff\u00ad"

# --- folding ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("variant", "folded"),
    [
        # alef and hamza carriers
        ("أحمد", "احمد"),
        ("إبراهيم", "ابراهيم"),
        ("آسيا", "اسيا"),
        ("ٱلقدس", "القدس"),
        ("مؤتمر", "موتمر"),
        ("رئيس", "رييس"),
        # ta marbuta and alef maqsura
        ("غزة", "غزه"),
        ("مصطفى", "مصطفي"),
        # Persian and Urdu letters
        ("ایران", "ايران"),
        ("کرمان", "كرمان"),
        ("گرجستان", "كرجستان"),
        ("پاکستان", "باكستان"),
        ("چابهار", "جابهار"),
        ("ژاپن", "زابن"),
        ("ڤيينا", "فيينا"),
        ("لاہور", "لاهور"),
        ("کراچی", "كراجي"),
        # diacritics, tatweel, invisible marks
        ("ويُنظر", "وينظر"),
        ("مُوسْكُو", "موسكو"),
        ("الأُرْدُنّ", "الاردن"),
        ("كازاخستـــان", "كازاخستان"),
        ("موس\u200cكو", "موسكو"),
        ("\u200fالقاهرة", "القاهره"),
        # Latin: lower case, hyphens and curly apostrophes
        ("Nur-Sultan", "nur sultan"),
        ("Nur–Sultan", "nur sultan"),
        ("Côte d’Ivoire", "côte d'ivoire"),
        ("ÉCOLE", "école"),
    ],
)
def test_fold_unifies_letter_variants(variant, folded):
    assert fold(variant) == folded


@pytest.mark.parametrize(
    ("spelling_a", "spelling_b"),
    [
        ("كازاخستـــان", "كازاخستان"),
        ("کازاخستان", "كازاخستان"),
        ("إيران", "ایران"),
        ("الأردن", "الاردن"),
        ("جدّة", "جده"),
        ("روسيا  البيضاء", "روسيا البيضاء"),
        ("  Nur-Sultan ", "nur sultan"),
        ("NUR SULTAN", "Nur Sultan"),
    ],
)
def test_names_fold_like_text(spelling_a, spelling_b):
    """Gazetteer names and document text go through the same folding, so variants meet."""
    assert fold_name(spelling_a) == fold_name(spelling_b)
    assert fold_name(spelling_a) == " ".join(fold(spelling_b).split())


@pytest.mark.parametrize("char", list(DIACRITICS + TATWEEL + INVISIBLE))
def test_marks_without_letters_are_deleted(char):
    assert fold(f"مو{char}سكو") == "موسكو"


def test_fold_keeps_length_except_deleted_marks():
    text = "ويُنظر إلى كازاخستـــان و\u200fموسكو Nur-Sultan"
    deleted = sum(c in DIACRITICS + TATWEEL + INVISIBLE for c in text)
    assert len(fold(text)) == len(text) - deleted


# --- offsets ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "surface"),
    [
        ("ويُنظر إلى موسكو", "موسكو", "موسكو"),
        ("زار كازاخستـــان أمس", "كازاخستان", "كازاخستـــان"),
        ("زار مُوسْكُو أمس", "موسكو", "مُوسْكُو"),
        ("ويُنظر إلى مُوسْكُو", "موسكو", "مُوسْكُو"),
        ("\u200fسافر إلى ایران", "ايران", "ایران"),
        ("ثم کرمان", "كرمان", "کرمان"),
        ("ألمـــا أتـا اليوم", "الما اتا", "ألمـــا أتـا"),
        ("He went to Nur-Sultan.", "nur sultan", "Nur-Sultan"),
        ("ÉCOLE in PARIS", "paris", "PARIS"),
    ],
)
def test_folded_span_maps_back_to_the_original(text, name, surface):
    folded = fold_with_offsets(text)
    assert folded.original == text
    assert folded.folded == fold(text)
    index = folded.folded.index(name)
    start, end = folded.span_to_original(index, index + len(name))
    assert text[start:end] == surface


def test_to_original_points_at_the_same_letter():
    text = "ويُنظر إلى كازاخستـــان، وإلى مُوسْكُو"
    folded = fold_with_offsets(text)
    for index, char in enumerate(folded.folded):
        assert fold(text[folded.to_original(index)]) == char


ARABIC_WITH_MARKS = st.text(
    alphabet=st.sampled_from(list("ابتثجحخدذرسشصضطظعغفقكلمنهويةىأإآؤئ ") + list(DIACRITICS + TATWEEL + INVISIBLE) + list("یکگپ-")),
    max_size=40,
)


@settings(max_examples=300, deadline=None)
@given(ARABIC_WITH_MARKS)
def test_every_folded_offset_maps_back(text):
    folded = fold_with_offsets(text)
    assert len(folded.folded) == len(fold(text))
    previous = -1
    for index, char in enumerate(folded.folded):
        original = folded.to_original(index)
        assert original > previous  # monotonic
        assert fold(text[original]) == char
        previous = original
    for start in range(len(folded.folded)):
        for end in range(start + 1, len(folded.folded) + 1):
            a, b = folded.span_to_original(start, end)
            assert fold(text[a:b]) == folded.folded[start:end]


# --- language --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "arabic", "lang"),
    [
        ("وصل الوفد إلى موسكو", True, "ar"),
        ("The delegation reached Moscow", False, "en"),
        ("قال إن Moscow مهمة جدا", True, "ar"),
        ("He said القدس twice in his speech today", True, "en"),
        ("", False, "ar"),
    ],
)
def test_language(text, arabic, lang):
    assert is_arabic(text) is arabic
    if text:
        assert detect_lang(text) == lang


# --- sentences -------------------------------------------------------------------------


def sentence_texts(text: str) -> list[str]:
    sentences = split_sentences(text)
    for sentence in sentences:
        assert text[sentence.start:sentence.end] == sentence.text
    return [s.text for s in sentences]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Arabic marks: . ؟ ! … ؛
        (
            "وصل الوفد إلى موسكو. ثم غادر إلى كييف؟ نعم! وانتهت الزيارة… بعد ذلك عاد؛ وقال شيئا.",
            ["وصل الوفد إلى موسكو.", "ثم غادر إلى كييف؟", "نعم!", "وانتهت الزيارة…", "بعد ذلك عاد؛", "وقال شيئا."],
        ),
        # English marks
        ("The talks ended. Did they agree? No! Then...", ["The talks ended.", "Did they agree?", "No!", "Then..."]),
        ("It was late… The city slept.", ["It was late…", "The city slept."]),
        ("Is it?! Yes.", ["Is it?!", "Yes."]),
        # abbreviations and numbers do not end sentences
        ("He said the U.S. would act. Mr. Smith agreed.", ["He said the U.S. would act.", "Mr. Smith agreed."]),
        ("The U.S. Army arrived. It left.", ["The U.S. Army arrived.", "It left."]),
        ("Dr. Jones met Gen. Smith in Washington. They talked.", ["Dr. Jones met Gen. Smith in Washington.", "They talked."]),
        ("Mrs. Smith went to St. Louis. It rained.", ["Mrs. Smith went to St. Louis.", "It rained."]),
        ("Prices rose 3.5 percent. Markets fell.", ["Prices rose 3.5 percent.", "Markets fell."]),
        ("See example.com for more. Thanks.", ["See example.com for more.", "Thanks."]),
        # quotes, and ellipses inside quotes
        ('He said "wait... not yet." Then he left.', ['He said "wait... not yet."', "Then he left."]),
        ('"Stop!" he said. Then he left.', ['"Stop!" he said.', "Then he left."]),
        ("He said: “Go now.” Then he left.", ["He said: “Go now.”", "Then he left."]),
        ('قال: "هذا تقويض... مساعدتهم بسرعة". وانتهى الأمر.', ['قال: "هذا تقويض... مساعدتهم بسرعة".', "وانتهى الأمر."]),
        ('قال: "هذا تقويض.. مساعدتهم بسرعة". وانتهى الأمر.', ['قال: "هذا تقويض.. مساعدتهم بسرعة".', "وانتهى الأمر."]),
        ("قال «انتظر… لم ننته بعد». ثم غادر.", ["قال «انتظر… لم ننته بعد».", "ثم غادر."]),
        ("قال «انتظر. لم ننته بعد». ثم غادر.", ["قال «انتظر. لم ننته بعد».", "ثم غادر."]),
        # blank lines always end a sentence; a single newline does not
        ("First paragraph\n\nSecond paragraph", ["First paragraph", "Second paragraph"]),
        ("الفقرة الأولى\n\nالفقرة الثانية", ["الفقرة الأولى", "الفقرة الثانية"]),
        ("Hello.\nWorld.", ["Hello.", "World."]),
        ("No terminator here", ["No terminator here"]),
        ("", []),
        ("   \n\n  ", []),
    ],
)
def test_split_sentences(text, expected):
    assert sentence_texts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He lives in the U.S. He likes it.", ["He lives in the U.S.", "He likes it."]),
        ("The talks ended at 5 p.m. Officials left.", ["The talks ended at 5 p.m.", "Officials left."]),
    ],
)
def test_split_sentences_abbreviation_at_sentence_end(text, expected):
    assert sentence_texts(text) == expected


SENTENCE_PIECES = st.lists(
    st.sampled_from(["موسكو", "U.S.", "Mr.", "وصل", "the", "City", ".", "…", "؟", "!", "؛", "...", '"', "«", "»",
                     "“", "”", " ", " ", "\n", "\n\n", "3.5", "a"]),
    max_size=40,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(SENTENCE_PIECES)
def test_sentences_are_ordered_trimmed_and_cover_the_text(text):
    sentences = split_sentences(text)
    previous_end = 0
    for sentence in sentences:
        assert sentence.text and sentence.text == sentence.text.strip()
        assert text[sentence.start:sentence.end] == sentence.text
        assert sentence.start >= previous_end
        assert not text[previous_end:sentence.start].strip()  # nothing but whitespace between them
        previous_end = sentence.end
    assert not text[previous_end:].strip()


@pytest.mark.parametrize(("text", "name", "whole"), [
    ("لـ«الشرق الأوسط» إن", "الشرق الأوسط", True),
    ('عن " الرياض " أمس', "الرياض", True),  # spaces inside the quotation
    ("قال “Reuters” today", "Reuters", True),
    ("«الشرق الأوسط الجديد»", "الشرق الأوسط", False),  # a part of the quotation
    ('الدول "السعودية ومصر"', "السعودية", False),
    ("في الرياض أمس", "الرياض", False),
], ids=["guillemets", "straight, spaced", "curly", "part", "first of several", "bare"])
def test_quoted_whole(text, name, whole):
    start = text.index(name)
    assert quoted_whole(text, start, start + len(name)) is whole

