"""What counts as Arabic: one named definition per character notion, as camel_tools keeps them.

- An *Arabic character* is any character of the Arabic block, U+0600 to U+06FF: letters,
  marks, digits and punctuation. A name with one is written in Arabic script
  (:func:`is_arabic`); the gazetteer sorts names by it.
- An *Arabic letter* is a letter of the Arabic script in any of its blocks (the supplements
  and the presentation forms too), never a mark, a digit or punctuation
  (:data:`ARABIC_LETTERS`): what counting letters to tell a text's language or direction counts.
- The *Arabic alphabet* is the letters Arabic itself writes, hamza to yeh (U+0621 to U+064A);
  the :data:`OTHER_LANGUAGES_LETTERS` of the script are Persian's, Urdu's, Kurdish's (پ چ ژ گ ک ی ہ ے ٹ ڕ ە).
- The *long-vowel letters* are ا و ي (as folded): foreign names are written with or without
  them (تايلاند، تايلند) (:data:`LONG_VOWEL_LETTERS`); a foreign hard g is written غ or ج
  (هامبورغ، هامبورج) (:data:`HARD_G_LETTERS`).
- A text's *direction* is right to left when its Arabic letters outnumber its other letters
  (:func:`text_direction`).
"""

from __future__ import annotations

import re

ARABIC_CHARACTER = re.compile(r"[\u0600-\u06FF]")
ARABIC_LETTERS = re.compile(
    "[\u0620-\u064A\u066E\u066F\u0671-\u06D3\u06D5\u06EE\u06EF\u06FA-\u06FC\u06FF"
    "\u0750-\u077F\u08A0-\u08C9\uFB50-\uFDFB\uFE70-\uFEFC]+"
)
LETTERS = re.compile(r"[^\W\d_]+")  # letters of any script: word characters less digits and "_"
ARABIC_ALPHABET = "\u0621-\u064A"  # a character class's range, for patterns: [ARABIC_ALPHABET]
LONG_VOWEL_LETTERS = frozenset("اوي")
HARD_G_LETTERS = ("غ", "ج")
FEMININE_ENDING = "ة"  # taa marbuta, as written
FOLDED_FEMININE_ENDING = "ه"  # ة, the feminine ending, as geo.text.fold writes it (and the pronoun ه)
PRONOUN_HA = "ه"  # the attached pronoun "his, its" (and ة as some write it)
# Attached pronouns "her, its", "them", "them two" (يقطنها، جولتهم، فيهما), on a verb or a noun.
PRONOUN_ENDINGS = ("ها", "هم", "هما")
# A verb's imperfect prefixes "he, she, you" (يقطن، تفرض): with an attached pronoun after it,
# a word so made is a verb (مدينة يقطنها "a city that ... inhabit"), no name.
IMPERFECT_PREFIXES = ("ي", "ت")
TAA = "ت"  # of the feminine ending before a pronoun (مدينتها) and of the perfect's "she" (أدرجتها)
HAMZA_ON_YEH = "\u0626"  # ئ, which geo.text.fold writes ي
HAMZA_ALIFS = frozenset("أإآ")  # alif with a hamza or a madda, which geo.text.fold writes ا
ARTICLE = "ال"  # the definite article as written: ألمانيا, with a hamza, does not begin with it
TANWEEN_FATH = "\u064b"  # ـً, the accusative ending of an indefinite noun or adjective (روسياً "a Russian")
ACCUSATIVE_ALIF = "ا"  # the alif the accusative tanween is written on: متوجها، أهدافا
# Letters of the Arabic script that Arabic itself does not write (پ چ ژ گ ک ی ہ ے ٹ ڕ ە...).
OTHER_LANGUAGES_LETTERS = re.compile(r"[\u0671-\u06D3\u06D5-\u06EF\u06FA-\u06FF]")
# Dotless yeh inside a word: Arabic writes ى only at a word's end; Uyghur and Kazakh anywhere.
INNER_DOTLESS_YEH = re.compile(rf"\u0649(?=[{ARABIC_ALPHABET}])")


def is_verb_or_noun_with_pronoun(word: str) -> bool:
    """Whether an Arabic word reads as a verb or a feminine noun with an attached pronoun:
    يقطنها، تفرضها (an imperfect), أدرجتها، مدينتهم (a ت before it). Names seldom do (نجها)."""
    ending = next((e for e in PRONOUN_ENDINGS if word.endswith(e)), "")  # no two of them end a word
    stem = word[:len(word) - len(ending)]
    return bool(ending) and len(stem) >= 3 and (word.startswith(IMPERFECT_PREFIXES) or stem.endswith(TAA))


def is_arabic(text: str) -> bool:
    """Whether ``text`` has an Arabic character (see the module's doc)."""
    return ARABIC_CHARACTER.search(text) is not None


def in_another_languages_letters(name: str) -> bool:
    """Whether a name in Arabic script is spelled as Persian, Urdu or Uyghur spell, not Arabic."""
    return bool(OTHER_LANGUAGES_LETTERS.search(name) or INNER_DOTLESS_YEH.search(name))


def text_direction(text: str) -> str:
    """``rtl`` when the text's Arabic letters outnumber its other letters, else ``ltr``."""
    arabic = sum(map(len, ARABIC_LETTERS.findall(text)))
    return "rtl" if arabic > sum(map(len, LETTERS.findall(text))) - arabic else "ltr"
