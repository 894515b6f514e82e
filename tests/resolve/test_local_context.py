"""geo.resolve: a mention's own sentence, then its paragraph, then its document decide which place it is."""

from __future__ import annotations

from pathlib import Path

import pytest

from geo.evaluate import evaluate
from geo.resolve.context import TextUnits
from geo.text import fold_with_offsets, split_sentences

TWO_SENSE = Path(__file__).resolve().parent.parent / "data" / "two_sense"


def senses(parse, text, surface):
    return [(m.place.place_id, m.reason) for m in parse(text) if m.surface == surface]


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        # Lebanon in the first sentence, Libya in the second: each Tripoli is its own sentence's.
        ("اندلعت اشتباكات في مدينة طرابلس بشمال لبنان. وفي ليبيا، قالت الحكومة إن الهدوء عاد إلى طرابلس.",
         "طرابلس", ["gn:266826", "gn:2210247"]),
        ("Clashes broke out in Tripoli in northern Lebanon. In Libya, the government said Tripoli was calm.",
         "Tripoli", ["gn:266826", "gn:2210247"]),
        # A demonym is the sentence's evidence too: the Jordanian government's Amman, then Oman.
        ("قالت الحكومة الأردنية إن عمان مستعدة لاستضافة المؤتمر. وأكد وزير الخارجية أن عمان تدعم السلام في اليمن وأنه عائد إلى مسقط.",
         "عمان", ["gn:250441", "cc:OM"]),
        ("The Jordanian government said Amman would host the talks. Officials said Oman, which borders Yemen, "
         "would send its minister from Muscat.", "Amman", ["gn:250441"]),
        # Tbilisi in Georgia's sentence; the United States and South Carolina in the other.
        ("وصل رئيس وزراء جورجيا إلى تبليسي. وفي الولايات المتحدة، ضربت عاصفة ثلجية جورجيا وكارولاينا الجنوبية.",
         "جورجيا", ["cc:GE", "adm1:US:Georgia"]),
        ("Georgia's prime minister returned to Tbilisi. In the United States, a storm hit Georgia and South Carolina.",
         "Georgia", ["cc:GE", "adm1:US:Georgia"]),
        # The French interior ministry's Paris, then the one in Texas.
        ("قالت وزارة الداخلية الفرنسية إن الشرطة أخلت ساحة في باريس. وفي تكساس، احتفلت بلدة باريس بمرور مئة عام على تأسيسها.",
         "باريس", ["gn:2988507", "gn:4717560"]),
        ("Police cleared a square in Paris, the French interior ministry said. In Texas, the town of Paris held a parade.",
         "Paris", ["gn:2988507", "gn:4717560"]),
        ("أغلقت السلطات ميناء الإسكندرية في مصر. وأطلق مسلح النار في الإسكندرية بولاية فرجينيا.",
         "الإسكندرية", ["gn:361058", "gn:4744091"]),
        ("The port of Alexandria in Egypt was closed. A gunman opened fire in Alexandria, Virginia.",
         "Alexandria", ["gn:361058", "gn:4744091"]),
    ],
)
def test_a_sentences_own_evidence_decides_its_mention(parse, text, surface, expected):
    assert [place for place, _ in senses(parse, text, surface)] == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        # The second paragraph names Lebanon in its first sentence; its Tripoli, in the next, has
        # nothing of its own: the paragraph decides, not the Libyan document.
        ("قالت الحكومة الليبية إن طرابلس هادئة. وزار رئيس الوزراء الليبي بنغازي.\n"
         "وفي لبنان، تظاهر آلاف الأشخاص. واندلعت اشتباكات في طرابلس ليلا.",
         "طرابلس", ["gn:2210247", "gn:266826"]),
        ("The Libyan government said Tripoli was calm. The Libyan prime minister visited Benghazi.\n"
         "In Lebanon, thousands marched on Sunday. Clashes broke out in Tripoli overnight.",
         "Tripoli", ["gn:2210247", "gn:266826"]),
    ],
)
def test_a_paragraphs_evidence_decides_a_mention_whose_sentence_has_none(parse, text, surface, expected):
    found = senses(parse, text, surface)
    assert [place for place, _ in found] == expected
    assert "paragraph is about LB" in found[1][1]


@pytest.mark.parametrize(
    ("text", "surface", "place_id"),
    [
        ("وصل الوفد الليبي إلى طرابلس. وقال مسؤول إن الاجتماع سيعقد في طرابلس غدا.", "طرابلس", "gn:2210247"),
        ("The Libyan delegation reached Tripoli. An official said the meeting would be held in Tripoli.",
         "Tripoli", "gn:2210247"),
    ],
)
def test_a_mention_with_nothing_of_its_own_keeps_the_documents_sense(parse, text, surface, place_id):
    found = senses(parse, text, surface)
    assert [place for place, _ in found] == [place_id, place_id]
    assert found[1][1].endswith("one sense per document")


@pytest.mark.parametrize(
    ("text", "surface", "reason"),
    [
        ("اندلعت اشتباكات في طرابلس بشمال لبنان. وقال مسؤولون في ليبيا إن الوضع هادئ.", "طرابلس", "sentence is about LB"),
        ("Clashes broke out in Tripoli in northern Lebanon. Officials in Libya said all was calm.", "Tripoli",
         "sentence is about LB"),
    ],
)
def test_the_level_that_decided_is_given_as_the_reason(parse, text, surface, reason):
    assert reason in senses(parse, text, surface)[0][1]


def test_a_text_of_one_sentence_has_no_level_below_the_document(parse):
    """One sentence naming both countries: its own evidence is the document's, which names
    both, and the prior decides."""
    found = senses(parse, "Clashes broke out in Tripoli in northern Lebanon; officials in Libya said all was calm.",
                   "Tripoli")
    assert "sentence" not in found[0][1] and "paragraph" not in found[0][1]


@pytest.mark.parametrize(
    ("text", "place_id"),
    [
        ("شاهدت سيول الأردن وأتمنى أن نستفيد من تجربة سلطنة عمان", "cc:OM"),  # the cue word beats the sentence
        ("شاهدت سيول الأردن وأتمنى أن نستفيد من تجربة عمان", "gn:250441"),
    ],
)
def test_a_cue_word_says_more_than_its_sentence(parse, text, place_id):
    assert senses(parse, text, "عمان")[0][0] == place_id


def test_text_units_are_lines_and_sentences_cut_at_a_lines_end():
    text = "First one. Second one\nstill the second? Third.\n\n"
    folded = fold_with_offsets(text)
    units = TextUnits(folded.folded, [folded.to_folded(s.start) for s in split_sentences(text)])
    assert units.paragraphs == 2
    first, second, cut, third = (units.of(text.index(word)) for word in ("First", "Second", "still", "Third"))
    assert first[0] == second[0] != cut[0] == third[0]
    assert len({first[1], second[1], cut[1], third[1]}) == 4


@pytest.mark.parametrize("name", ["ar", "en"])
def test_two_sense_texts_are_resolved(geoparser, name):
    """Our own two-sense texts (tests/data/two_sense, README there): one name, two places, one document."""
    score = evaluate(geoparser, TWO_SENSE / f"{name}.jsonl")
    assert score.documents >= 20 and score.f1 >= 0.95 and score.acc161 >= 0.95


def test_a_mention_s_context_keeps_every_field_of_its_document_s(tiny_gazetteer):
    from collections import Counter

    from geo.recognize import Candidate
    from geo.resolve import DocumentContext, Weights
    from geo.resolve.context import LocalContexts

    text = "First one.\nSecond one."
    folded = fold_with_offsets(text)
    units = TextUnits(folded.folded, [folded.to_folded(s.start) for s in split_sentences(text)])
    document = DocumentContext(Counter({"TN": 1}), Counter({"TN:Tunis": 1}), {"x": ("TN", "")}, {"TN:Tunis": 0.5},
                               {"x": {"TN:Tunis"}}, {1: 2.0}, {"x": {1: "TN"}}, frozenset({1}))
    local = LocalContexts(tiny_gazetteer, units, [], [], {}, Weights())
    around = local.around(document, Candidate(0, 5, "first", ()))
    assert around._replace(paragraph=None, sentence=None) == document


def test_a_unit_with_no_name_but_the_mention_s_own_adds_no_context(tiny_gazetteer):
    from collections import Counter

    from geo.recognize import Candidate
    from geo.resolve import DocumentContext, Weights
    from geo.resolve.context import LocalContexts

    text = "Salem won. Salem lost.\nSalem and Dover met."
    folded = fold_with_offsets(text)
    units = TextUnits(folded.folded, [folded.to_folded(s.start) for s in split_sentences(text)])
    names = [Candidate(m, m + 5, "salem", ()) for m in (0, 11, 23)] + [Candidate(33, 38, "dover", ())]
    document = DocumentContext(Counter(), Counter(), {}, {}, {}, {}, {})
    local = LocalContexts(tiny_gazetteer, units, names, [], {}, Weights())
    # The first paragraph names Salem alone: its context could give no place of Salem points.
    assert local.around(document, names[1]) is document
    # The second names Dover too: its paragraph's context is read (its one sentence adds nothing).
    around = local.around(document, names[2])
    assert around.paragraph is not None and around.sentence is None
