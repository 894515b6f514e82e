"""Arabic proclitics and word boundaries on folded text: where a word starts and ends, the word
before or after an offset, and which prefixes may stand before a name inside its word.

Arabic writes the conjunctions و and ف, the prepositions ب ل ك and the article ال on the
word they precede: وبموسكو is و + ب + موسكو. A name (or a trigger word) matched inside a word
stands as a word when what precedes it in its word is one of these prefixes:

- :data:`BARE_NAME_PREFIXES` before a name without its article (موسكو، بموسكو، وللموسكو no);
- :data:`ARTICLE_NAME_PREFIXES` before a name with it (القاهرة، بالقاهرة; never لالقاهرة);
- :data:`ARTICLE_DROPPED_PREFIXES`, لل: the preposition ل and the article, whose alef is
  dropped (للقاهرة, للبيت الأبيض).

Offsets are into folded text (:func:`geo.text.fold`), where a word is a run of
``str.isalnum`` characters.
"""

from __future__ import annotations

import re

from geo.text import fold

CONJUNCTIONS = ("", "و", "ف")
PREPOSITIONS = ("", "ب", "ل", "ك")
BARE_NAME_PREFIXES = frozenset(c + p for c in CONJUNCTIONS for p in PREPOSITIONS)
ARTICLE_NAME_PREFIXES = frozenset(c + p for c in CONJUNCTIONS for p in ("", "ب", "ك"))
ARTICLE_DROPPED_PREFIXES = frozenset(c + "لل" for c in CONJUNCTIONS)
NAME_PREFIXES = BARE_NAME_PREFIXES | ARTICLE_NAME_PREFIXES | ARTICLE_DROPPED_PREFIXES
# The article and the proclitics before it in its word, longest first: وبالمدينة، للمدينة، المدينة.
DEFINITE_PREFIXES = tuple(sorted({p + "ال" for p in ARTICLE_NAME_PREFIXES} | ARTICLE_DROPPED_PREFIXES,
                                 key=lambda prefix: (-len(prefix), prefix)))
# Prefixes before a word that may take the article itself (a cue word: مدينة، المدينة، بالمدينة).
WORD_PREFIXES = frozenset(p + a for p in BARE_NAME_PREFIXES for a in ("", "ال")) | ARTICLE_DROPPED_PREFIXES
# What may stand before an everyday word in its word (وصباح، بالمدينة): stripped to find it.
EVERYDAY_WORD_PREFIXES = ("و", "ب", "ل", "ال", "وال", "بال")
PROCLITIC_LETTERS = frozenset("وفبلك")  # a name's prefix ends in one, or in the و of a run-together name
NEAR = 60  # how far word_before and word_after look

# [^\W_] is exactly str.isalnum; matching in C is what makes these cheap per name.
_WORD_CHARS = re.compile(r"[^\W_]*")
_GAP_AND_WORD = re.compile(r"([\W_]*)([^\W_]*)")


def with_conjunctions(words) -> frozenset[str]:
    """Each of the folded ``words`` bare and with و or ف written on it (قال، وقال، فقال)."""
    return frozenset(c + word for c in CONJUNCTIONS for word in words)


def with_proclitics(words: str) -> frozenset[str]:
    """Every form of each word with the proclitics and the article written on it: رئيس gives
    رئيس، الرئيس، والرئيس، للرئيس، برئيس ... (folded)."""
    forms = set()
    for stem in fold(words).split():
        for conjunction in CONJUNCTIONS:
            for preposition in PREPOSITIONS:
                forms.add(conjunction + preposition + stem)
                forms.add(conjunction + preposition + "ال" + stem)
            forms.add(conjunction + "لل" + stem)
    return frozenset(forms)


def without_article(word: str) -> str:
    """The word without its article and the proclitics before it (وبالمنطقة، للمنطقة -> منطقة;
    اللواء -> لواء); the word itself when it has no article."""
    for prefix in DEFINITE_PREFIXES:
        if word.startswith(prefix):
            return word[len(prefix):]
    return word


def may_follow(prefix: str, first_letter: str) -> bool:
    """Whether a name starting with ``first_letter`` may follow ``prefix`` in its word:
    proclitics, or another name and و run together (موسكووواشنطن); never in Latin script."""
    return not first_letter.isascii() and (prefix in NAME_PREFIXES or len(prefix) > 4 and prefix.endswith("و"))


def word_start(folded: str, index: int) -> int:
    """Where the word that ``index`` is in (or ends) starts."""
    while index > 0 and folded[index - 1].isalnum():
        index -= 1
    return index


def word_end(folded: str, index: int) -> int:
    """Where the word that ``index`` is in (or starts) ends."""
    return _WORD_CHARS.match(folded, index).end()


def prefix_before(folded: str, index: int) -> str:
    """What precedes ``index`` in its word: the proclitics before a name that starts there."""
    return folded[word_start(folded, index):index]


def word_before(folded: str, index: int) -> tuple[str, str]:
    """(word, what separates it from ``index``) for the word ending before ``index``."""
    limit = max(0, index - NEAR)
    end = index
    while end > limit and not folded[end - 1].isalnum():
        end -= 1
    start = end
    while start > limit and folded[start - 1].isalnum():
        start -= 1
    return folded[start:end], folded[end:index]


def word_right_before(folded: str, index: int) -> str:
    """The word before ``index`` when one space stands between them, else "" (with what
    sticks to it: a quote, a comma). Read with ``str.rfind``: rules ask it of every name."""
    if index < 2 or folded[index - 1] != " ":
        return ""
    begin = folded.rfind(" ", 0, index - 1) + 1
    line = folded.rfind("\n", begin, index - 1)  # within the word only: a line may be long
    return folded[max(begin, line + 1):index - 1]


def word_after(folded: str, index: int) -> tuple[str, str]:
    """(word, what separates it from ``index``) for the word starting after ``index``."""
    gap, word = _GAP_AND_WORD.match(folded, index, index + NEAR).groups()
    return word, gap
