"""Arabic clitics on folded text (geo.text.fold): the one place event matching defines them.

Place recognition keeps its own proclitic tables (geo/recognize.py); when they move to a shared
module these definitions should point at it. Every table maps a prefix to the length of its
clitic part, the letters a trigger's span leaves out: proclitics and the article stay outside
(واعتقلت → اعتقلت, للاحتجاجات → احتجاجات), a verb's person prefix stays inside (ويعتقل → يعتقل).
"""

from __future__ import annotations

import re

CONJUNCTIONS = ("", "و", "ف")
PREPOSITIONS = ("", "ب", "ل", "ك")
ARTICLE = "ال"
ARTICLE_AFTER_LAM = "لل"  # ل + ال with the alef dropped: للاحتجاجات
VERB_PARTICLES = ("", "س", "ل")  # the future س and the ل of purpose or command
PERSON_PREFIXES = ("", "ي", "ت", "ن", "ا")  # imperfect persons; ا also starts a perfect stem listed without it
PRONOUNS = "ه|ها|هم|هما|هن|ك|كم|كما|كن|نا|ني|ي"


def _noun_prefixes() -> dict[str, int]:
    prefixes = {c + p + a: len(c + p + a) for c in CONJUNCTIONS for p in PREPOSITIONS for a in ("", ARTICLE)}
    prefixes.update({c + ARTICLE_AFTER_LAM: len(c + ARTICLE_AFTER_LAM) for c in CONJUNCTIONS})
    return prefixes


NOUN_PREFIXES = _noun_prefixes()
BARE_WORD_PREFIXES = {c + p: len(c + p) for c in CONJUNCTIONS for p in PREPOSITIONS}
VERB_PREFIXES = {c + m + p: len(c + m) for c in CONJUNCTIONS for m in VERB_PARTICLES for p in PERSON_PREFIXES}
FUTURE_PARTICLE = "س"

# Endings after a stem, by the form its lexicon row gives: plural, dual, nisba and tanween
# endings, then an attached pronoun.
NOUN_SUFFIX = re.compile(f"(?:ات|ان|ين|ون|ي|يه|يات|يين|يون|يا|ا)?(?:{PRONOUNS})?")
FEMININE_SUFFIX = re.compile(f"(?:ه|ات(?:{PRONOUNS})?|ت(?:ان|ين|ا)?(?:{PRONOUNS})?)")
VERB_SUFFIX = re.compile(f"(?:ت|تا|تم|تما|تن|نا|ن|وا|و|ا|ون|ان|ين|ي|يت|يتم|ينا|يا)?(?:{PRONOUNS})?")


def bases(word: str) -> tuple[str, ...]:
    """``word`` and what is left of it without each proclitic reading (والقوات → القوات, قوات)."""
    found = [word]
    for prefix in NOUN_PREFIXES:
        if prefix and word.startswith(prefix) and len(word) - len(prefix) >= 2:
            found.append(word[len(prefix):])
    return tuple(found)

