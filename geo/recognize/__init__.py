"""Recognition: find the spans of a text that name places, by gazetteer and named rules.

One Aho-Corasick pass over the folded text yields every gazetteer name and demonym; the
rules of :data:`DEFAULT_RULES` then keep those that stand as words, prefer the longest, and
drop people, clubs, words that need evidence they lack and names inside longer names; names
the gazetteer lacks are added after place cue words (مدينة، إقليم، مطار ...), by matching
their consonant skeleton against Latin names, and as features (Brazos River).

Each rule is a function declared with :func:`geo.rules.rule` in the module of its family
(:mod:`~.scan`, :mod:`~.words`, :mod:`~.names`, :mod:`~.people`, :mod:`~.organisations`,
:mod:`~.cues`, :mod:`~.added`, :mod:`~.support`); the facts about a document that several
rules read live in :class:`~.facts.DocumentFacts`, the word lists in :mod:`geo.lang`.
``python -m geo rules`` lists the rules in order.
"""

from geo.recognize.candidate import Added, Candidate, Occupied, Recognition
from geo.recognize.cues import CUE_KINDS
from geo.recognize.default import DEFAULT_RULES, STAGES
from geo.recognize.facts import Cue, DocumentFacts
from geo.recognize.recognizer import Recognizer

__all__ = [
    "CUE_KINDS", "DEFAULT_RULES", "STAGES", "Added", "Candidate", "Cue", "DocumentFacts", "Occupied",
    "Recognition", "Recognizer",
]  # fmt: skip
