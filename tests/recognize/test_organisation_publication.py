"""organisation.publication: a city's name before a newspaper's word is the publication's."""

RULE = "organisation.publication"


def test_a_city_in_a_newspaper_s_name_is_no_place(decide):
    decided = decide("He read The Moscow Times.")
    assert decided.rejected["Moscow"] == (RULE, None, "part of a newspaper's or magazine's name", "")
    assert decide("He read The Moscow Times.", disable=[RULE]).of("Moscow").rule != RULE


def test_the_city_elsewhere_is_the_city(decide):
    assert decide("He lives in Moscow.").mentions["Moscow"].place_id == "gn:moscow"
