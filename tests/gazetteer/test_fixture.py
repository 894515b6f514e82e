"""geo.gazetteer.fixture: a small index from a JSON file, indexed as the full one is."""

from __future__ import annotations

import json

import pytest

from geo.errors import GazetteerError, GeoError
from geo.gazetteer import PRIMARY, QUALIFIER_ONLY, arabic_skeleton, unpack
from geo.gazetteer.fixture import gazetteer_from_file
from geo.text import fold_name


def write(tmp_path, places, **lists):
    path = tmp_path / "tiny.json"
    path.write_text(json.dumps({"places": places, **lists}, ensure_ascii=False), encoding="utf-8")
    return path


def flags_of(gazetteer, name: str) -> dict[str, int]:
    return {gazetteer.place_rows[p].place_id: f for p, f in map(unpack, gazetteer.lookup(fold_name(name))[1])}


CAIRO = {"id": "gn:1", "name": "Cairo", "kind": "city", "country": "EG", "lat": 30.0, "lon": 31.2,
         "population": 9_600_000, "capital": True, "admin1": "EG:Cairo",
         "names": {"Cairo": "", "القاهرة": "", "Al Qahirah": "secondary", "قاهرة": "evidence word_first"}}


def test_places_names_and_flags_are_indexed_as_in_the_full_index(tmp_path):
    gazetteer = gazetteer_from_file(write(tmp_path, [CAIRO]))
    assert gazetteer.place(0).name == "Cairo" and gazetteer.place_rows[0].kind == "city"
    assert gazetteer.capitals == frozenset({0}) and gazetteer.admin1 == ["EG:Cairo"]
    assert flags_of(gazetteer, "Cairo") == {"gn:1": PRIMARY}
    assert flags_of(gazetteer, "Al Qahirah") == {"gn:1": 0}
    assert flags_of(gazetteer, "القاهرة") == {"gn:1": PRIMARY}
    # The builder adds the bare form of a name with the article (ARTICLE_DROPPED: للقاهرة); given
    # too, with flags of its own, it keeps only the restrictions both readings share: none.
    assert flags_of(gazetteer, "قاهرة") == {"gn:1": PRIMARY}
    assert gazetteer.skeletons == {"lkr": (0,)}  # of the Latin names long enough to tell: Al Qahirah


def test_word_lists_demonyms_and_flags_by_name(tmp_path):
    okla = {"id": "adm1:US:Oklahoma", "name": "Oklahoma", "kind": "region", "country": "US", "lat": 35.5,
            "lon": -97.5, "names": {"Okla.": "qualifier"}}
    gazetteer = gazetteer_from_file(write(
        tmp_path, [okla], demonyms={"EG": ["مصري"]}, common_words=["The"], first_names=["Peyton"],
        arabic_given_names=["Bashar"], english_speaking=["US"], arabic_speaking=["EG"]))
    assert flags_of(gazetteer, "Okla.") == {"adm1:US:Oklahoma": PRIMARY | QUALIFIER_ONLY}
    assert gazetteer.lookup(fold_name("مصري"))[2] == "EG"
    assert (gazetteer.common_words, gazetteer.first_names) == (frozenset({"the"}), frozenset({"peyton"}))
    assert arabic_skeleton(fold_name("بشار")) in gazetteer.arabic_given_names
    assert gazetteer.english_speaking == frozenset({"US"})
    assert gazetteer.arabic_speaking == frozenset({"EG"})


@pytest.mark.parametrize(("content", "message"), [
    (None, "cannot read"),
    ("{not json", "cannot read"),
    (json.dumps({"places": [dict(CAIRO, names={"Cairo": "primary often"})]}), "unknown flag 'primary'"),
])
def test_a_bad_fixture_names_the_file_and_the_fault(tmp_path, content, message):
    path = tmp_path / "bad.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(GazetteerError, match=message) as caught:
        gazetteer_from_file(path)
    assert isinstance(caught.value, GeoError) and str(path) in str(caught.value)
