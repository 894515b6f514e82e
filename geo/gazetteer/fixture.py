"""A small gazetteer from a JSON file, built in milliseconds: for tests of single rules.

The file lists places and their names, and the word lists the rules read; names are folded
and indexed as the full index's are (the same :class:`~geo.gazetteer.build.Builder`), but
their flags are given, not derived from word frequencies::

    {"places": [{"id": "gn:1", "name": "Jeddah", "kind": "city", "country": "SA",
                 "lat": 21.5, "lon": 39.2, "population": 3400000, "admin1": "SA:Makkah",
                 "capital": false, "names": {"Jeddah": "", "جدة": "evidence"}}],
     "demonyms": {"SA": ["سعودي", "Saudi"]},
     "common_words": ["the", "جدة"], "first_names": ["peyton"],
     "arabic_given_names": ["Bashar"], "english_speaking": ["US"], "arabic_speaking": ["SA"],
     "frequent_words": ["نائية"], "famous_towns": ["الفلوجة"],
     "nouns_after_prepositions": ["مشهد"]}

A name's flags are space-separated: ``evidence`` (needs evidence), ``word_first`` (the
document's country is not evidence enough), ``qualifier`` (only right after "Town, "),
``secondary`` (no primary name); a name is primary unless ``secondary``. Latin names also
give their place a consonant skeleton; ``arabic_given_names`` are Latin spellings.
"""

from __future__ import annotations

import json
from pathlib import Path

from geo.arabic import is_arabic
from geo.errors import GazetteerError
from geo.gazetteer.build import Builder
from geo.gazetteer.index import NEEDS_EVIDENCE, PRIMARY, QUALIFIER_ONLY, WORD_FIRST, Gazetteer
from geo.gazetteer.skeletons import latin_skeleton
from geo.model import Place
from geo.text import fold_name

_FLAGS = {"evidence": NEEDS_EVIDENCE, "word_first": WORD_FIRST, "qualifier": QUALIFIER_ONLY, "secondary": 0}


def gazetteer_from_file(path: Path | str) -> Gazetteer:
    """The gazetteer a JSON fixture describes (see the module's doc)."""
    path = Path(path)
    try:
        fixture = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise GazetteerError(f"cannot read the gazetteer fixture {path}: {error}") from error
    builder = Builder()
    for row in fixture["places"]:
        index = builder.add_place(Place(
            place_id=row["id"], name=row["name"], lat=row["lat"], lon=row["lon"], kind=row["kind"],
            country_code=row.get("country", ""), population=row.get("population", 0), name_ar=row.get("name_ar", ""),
        ), admin1=row.get("admin1", ""))
        if row.get("capital"):
            builder.capitals.add(index)
        for name, flags in row["names"].items():
            builder.add_name(index, name, _flags(name, flags, path), min_letters=2)
            if not is_arabic(name):
                builder.add_skeleton(index, name)
    demonyms = {fold_name(word): code for code, words in fixture.get("demonyms", {}).items() for word in words}
    return builder.gazetteer(
        demonyms,
        common_words=frozenset(fold_name(word) for word in fixture.get("common_words", ())),
        first_names=frozenset(fold_name(name) for name in fixture.get("first_names", ())),
        arabic_given_names=frozenset(latin_skeleton(name) for name in fixture.get("arabic_given_names", ())),
        english_speaking=frozenset(fixture.get("english_speaking", ())),
        arabic_speaking=frozenset(fixture.get("arabic_speaking", ())),
        frequent_words=frozenset(fold_name(word) for word in fixture.get("frequent_words", ())),
        famous_towns=frozenset(fold_name(name) for name in fixture.get("famous_towns", ())),
        nouns_after_prepositions=frozenset(fold_name(word) for word in fixture.get("nouns_after_prepositions", ())),
    )


def _flags(name: str, words: str, path: Path) -> int:
    flags = 0 if "secondary" in words.split() else PRIMARY
    for word in words.split():
        if word not in _FLAGS:
            raise GazetteerError(f"{path}: unknown flag {word!r} for {name!r}; known: {', '.join(_FLAGS)}")
        flags |= _FLAGS[word]
    return flags
