"""Arabic clitics on folded text (geo.text.fold) as event matching reads them.

The proclitics (conjunctions, prepositions, the article) are place recognition's, from
:mod:`geo.proclitics`; what is only a verb's or a trigger's (the future س, person prefixes,
endings) is defined here. Every table maps a prefix to the length of its clitic part, the
letters a trigger's span leaves out: proclitics and the article stay outside
(واعتقلت → اعتقلت, للاحتجاجات → احتجاجات), a verb's person prefix stays inside (ويعتقل → يعتقل).
"""

from __future__ import annotations

from functools import lru_cache

from geo.proclitics import BARE_NAME_PREFIXES, CONJUNCTIONS, WORD_PREFIXES

VERB_PARTICLES = ("", "س", "ل")  # the future س and the ل of purpose or command
PERSON_PREFIXES = ("", "ي", "ت", "ن", "ا")  # imperfect persons; ا also starts a perfect stem listed without it
PRONOUNS = "ه|ها|هم|هما|هن|ك|كم|كما|كن|نا|ني|ي"

# A noun's proclitics, with or without the article (والقوات، للاحتجاجات), leave all their letters out.
NOUN_PREFIXES = {prefix: len(prefix) for prefix in sorted(WORD_PREFIXES)}
BARE_WORD_PREFIXES = {prefix: len(prefix) for prefix in sorted(BARE_NAME_PREFIXES)}
VERB_PREFIXES = {c + m + p: len(c + m) for c in CONJUNCTIONS for m in VERB_PARTICLES for p in PERSON_PREFIXES}
FUTURE_PARTICLE = "س"


def _endings(*patterns: str) -> frozenset[str]:
    """Every ending a pattern of alternatives allows: ``"ات|ان"`` then ``"ه|ها"`` gives ات، اته، ..."""
    endings = {""}
    for pattern in patterns:
        endings = {ending + part for ending in endings for part in pattern.split("|")}
    return frozenset(endings)


# Endings after a stem, by the form its lexicon row gives: plural, dual, nisba and tanween
# endings, then an attached pronoun. Sets, not patterns: a hit's ending is looked up in one step.
NOUN_SUFFIXES = _endings("|ات|ان|ين|ون|ي|يه|يات|يين|يون|يا|ا", f"|{PRONOUNS}")
FEMININE_SUFFIXES = frozenset({"ه"}) | _endings("ات", f"|{PRONOUNS}") | _endings("ت", "|ان|ين|ا", f"|{PRONOUNS}")
VERB_SUFFIXES = _endings("|ت|تا|تم|تما|تن|نا|ن|وا|و|ا|ون|ان|ين|ي|يت|يتم|ينا|يا", f"|{PRONOUNS}")
LONGEST_PREFIX = max(map(len, [*NOUN_PREFIXES, *VERB_PREFIXES]))
LONGEST_SUFFIX = max(map(len, [*NOUN_SUFFIXES, *FEMININE_SUFFIXES, *VERB_SUFFIXES]))


@lru_cache(maxsize=1 << 16)
def bases(word: str) -> tuple[str, ...]:
    """``word`` and what is left of it without each proclitic reading (والقوات → القوات, قوات).
    Cached: the same few thousand words recur in every document."""
    return (word, *(word[len(p):] for p in _PROCLITIC_PREFIXES if word.startswith(p) and len(word) - len(p) >= 2))


_PROCLITIC_PREFIXES = tuple(prefix for prefix in NOUN_PREFIXES if prefix)

