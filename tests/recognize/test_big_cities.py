"""Every capital and every city of a million people is found in a one-line sentence, by the
gazetteer's own name for it, in Arabic and in English."""

from __future__ import annotations

import pytest

from geo.model import Document

SENTENCES = {"arabic": "وصل الوفد إلى {}", "english": "The delegation arrived in {}."}
# Names that are everyday words first, which a bare sentence cannot tell from the place.
WORDS_FIRST = {
    "المدينة": "'the city': Medina is المدينة المنورة, or المدينة among Saudi places",
    # Three letters as frequent as words (gazetteer.words._flag_short_words_abroad): the
    # city where its country is named.
    "خفي": "'hidden' (ما خفي أعظم): Hefei",
    "هزه": "'a tremor': Heze",
    "آبا": "'father' (يا أبا سعيد): Aba",
    "هيو": "Hugh, as Arabic writes the name: Huế",
    # Words that take the article too (gazetteer.words._flag_words_taking_the_article_abroad):
    # the city where a cue word, a qualifier or its compatriots name it.
    "مدان": "'convicted' (المدان 'the convicted'): Medan",
    "جنان": "'gardens' and a woman's name (الجنان): Jinan",
    # Capitals of fewer than 200,000 people whose names the news uses for others
    # (geo/data/ambiguous_words.tsv): found where their country is named.
    "فيكتوريا": "a given name (فيكتوريا بيكهام): Victoria, Seychelles",
    "ديلي": "'Daily' (ديلي ميل، تشاينا ديلي) and a footballer's given name: Dili",
    "دوغلاس": "a given name and surname (دوغلاس كوستا): Douglas, Isle of Man",
}


def _big_cities(gazetteer):
    return [row for index, row in enumerate(gazetteer.place_rows)
            if row.kind == "city" and (index in gazetteer.capitals or row.population >= 1_000_000)]


@pytest.mark.parametrize("language", SENTENCES)
def test_every_capital_and_city_of_a_million_is_found_in_a_short_sentence(geoparser, language):
    missed = []
    for row in _big_cities(geoparser.gazetteer):
        name = row.name_ar if language == "arabic" else row.name
        if not name or name in WORDS_FIRST:
            continue
        text = SENTENCES[language].format(name)
        at = text.index(name)
        if not any(m.start <= at < m.end for m in geoparser.parse(Document(id="t", text=text))):
            missed.append(f"{row.place_id} {row.name} ({name})")
    assert not missed, f"{len(missed)} not found: {', '.join(missed)}"


def test_the_words_first_are_words_first_indeed(geoparser):
    for name in WORDS_FIRST:
        assert not geoparser.parse(Document(id="t", text=SENTENCES["arabic"].format(name)))


def test_most_big_cities_have_an_arabic_name(gazetteer):
    rows = _big_cities(gazetteer)
    assert sum(bool(row.name_ar) for row in rows) / len(rows) > 0.7


@pytest.mark.parametrize(("name", "country", "place_id"), [
    ("خفي", "الصين", "gn:1808722"), ("هزه", "الصين", "gn:1808198"), ("آبا", "نيجيريا", "gn:2353151"),
    ("هيو", "فيتنام", "gn:1580240"),
])
def test_a_word_first_city_is_found_where_its_country_is_named(geoparser, name, country, place_id):
    text = f"وصل الوفد إلى {name} في {country}"
    assert place_id in {m.place.place_id for m in geoparser.parse(Document(id="t", text=text)) if m.place}
