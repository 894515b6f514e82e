"""added.plural_cue_list: the names listed after a plural cue word are places."""

import pytest

RULE = "added.plural_cue_list"


def test_the_names_after_a_plural_cue_are_places(decide):
    decided = decide("ووقعت الهجمات في قرى المتونة والسويمرة وعراجة")
    assert decided.names() == {"المتونة", "السويمرة", "عراجة"}
    assert all(mention.rule == RULE and mention.cue == "قريه" for mention in decided.mentions.values())
    assert decide("ووقعت الهجمات في قرى المتونة والسويمرة وعراجة", disable=[RULE]).names() == set()


@pytest.mark.parametrize(("text", "names"), [
    ("سيطرت القوات على مديريات شدا وحرف سفيان", {"شدا", "حرف سفيان"}),
    ("في بلدات العوامية، القديح، الجارودية", {"العوامية", "القديح", "الجارودية"}),
    ("قرى الخشموع، والمشعبية والقمرية، لابتزاز العائلات", {"الخشموع", "المشعبية", "القمرية"}),
    ("فروا من مديريات المخا والجراحي تاركين معداتهم", {"المخا", "الجراحي"}),
    ("وتعرضت مدن وبلدات نوى وكحيل", {"نوى", "كحيل"}),
    ("وهي مدن وبلدات زملكا وعين ترما وجوبر", {"زملكا", "عين ترما", "جوبر"}),
    ("دخلت القوات بلدات كحيل ونوى وعين الجيش", {"كحيل", "نوى"}),
], ids=["a name of two words", "commas", "a comma after a name with wa ends the list", "a plural ends a name",
        "two cue words", "an everyday word begins a name", "an everyday word begins no name"])
def test_where_the_list_and_its_names_end(decide, text, names):
    assert decide(text).names() == names


@pytest.mark.parametrize("text", [
    "تقدمت القوات في مناطق سيطرتهم وتوسعهم",  # a pronoun
    "ضرب الإعصار بلدات ساحلية وعراجة",  # an adjective of an everyday noun (ساحل)
    "نفذت الغارات في مناطق الخليقه",  # one name is no list
], ids=["pronoun", "adjective", "one name"])
def test_no_list_of_names(decide, text):
    assert decide(text).names() == set()

