"""The named rules of event detection, in the order they run (:data:`DEFAULT_EVENT_RULES`).

Stages, each over the output of the one before:

- ``word``: accept a lexicon hit as a word (``(hit) -> bool``); the first rule that accepts
  names the trigger's finder.
- ``sense``: keep or drop a candidate by its neighbours (``(candidate, sentence) -> bool``).
- ``overlap``: choose among overlapping candidates (``(candidates) -> candidates``).
- ``type``: give a candidate its type from the sentence (``(candidate, sentence) -> candidates``:
  none drops it, two add an event); rules run one after the other over the whole sentence,
  so a later rule sees the types an earlier one gave.
- ``polarity``: asserted, negated or future (``(candidate, sentence) -> candidate``).
"""

from __future__ import annotations

from dataclasses import replace

from geo.events import clitics
from geo.events.context import Candidate, SentenceView
from geo.events.matcher import Hit, arabic_fit
from geo.events.model import ASSERTED, FUTURE, NEGATED
from geo.rules import ARABIC, LATIN, rule

STAGES = ("word", "sense", "overlap", "type", "polarity")
# Events that can leave casualties behind, for casualty words to take the type of.
CAUSE_TYPES = frozenset({
    "protest", "riot", "armed_clash", "strike_explosion", "violence_against_civilians", "disaster",
})
NEGATION_WINDOW = 4  # words between a negation or future cue and its trigger
FUTURE_AFTER_WINDOW = 3  # الانتخابات البرلمانية المقبلة
STOP_WINDOW = 2  # لوقف القتل, "an end to the fighting"
NEIGHBOUR_WINDOW = 2  # attribute and figurative neighbours
MEANS_WINDOW = 5  # هجوم انتحاري, "a suicide attack"; "an attack on a mosque"
VICTIMS_WINDOW = 5  # قتل خمسة جنود, "two soldiers were killed"
VIOLENT_WINDOW = 2  # احتجاجات عنيفة, "violent protests"


# --- word ---------------------------------------------------------------------------------------


@rule("word.bare", stage="word")
def bare(hit: Hit) -> bool:
    """A term standing alone as it is listed. Arabic: اعتقال; English: arrest."""
    return not hit.prefix and not hit.suffix and not hit.inflected


@rule("word.arabic_clitics", stage="word", scripts={ARABIC})
def arabic_clitics(hit: Hit) -> bool:
    """Arabic proclitics, article, future س, person prefixes and endings as the row's form allows.
    Arabic: واعتقلت، للاحتجاجات، بالاحتجاج، اعتقلتهم، وسيعتقل."""
    return hit.term.arabic and arabic_fit(hit.term.forms, hit.prefix, hit.suffix) is not None


@rule("word.english_inflections", stage="word", scripts={LATIN})
def english_inflections(hit: Hit) -> bool:
    """An English inflection of the row's lemma. English: arrested, arrests, air strikes."""
    return not hit.term.arabic and hit.inflected


# --- sense --------------------------------------------------------------------------------------


@rule("context.needs_cue", stage="sense")
def needs_cue(candidate: Candidate, sentence: SentenceView) -> bool:
    """An ambiguous trigger counts only with one of its row's words nearby.
    Arabic: أطلق ... سراح (not أطلق حملة); English: closed the border (not closed higher)."""
    needs = candidate.term.constraint.needs
    window = candidate.term.constraint.window
    return not needs or sentence.near(needs, candidate, before=window, after=window, across_clauses=True)


@rule("attribute.neighbours", stage="sense")
def attribute_neighbours(candidate: Candidate, sentence: SentenceView) -> bool:
    """A trigger word naming a kind of thing or a body is no event.
    Arabic: شرطة مكافحة الشغب، مفوضية الانتخابات; English: riot police, election commission."""
    constraint = candidate.term.constraint
    return not (
        sentence.near(constraint.attribute_before, candidate, before=NEIGHBOUR_WINDOW, after=0)
        or sentence.near(constraint.attribute_after, candidate, before=0, after=NEIGHBOUR_WINDOW)
    )


@rule("figurative.neighbours", stage="sense")
def figurative_neighbours(candidate: Candidate, sentence: SentenceView) -> bool:
    """A trigger word used figuratively, by the words beside it.
    Arabic: حرب الأسعار، عاصفة من الانتقادات; English: price war, a storm of criticism."""
    constraint = candidate.term.constraint
    return not (
        sentence.near(constraint.figurative_before, candidate, before=NEIGHBOUR_WINDOW, after=0)
        or sentence.near(constraint.figurative_after, candidate, before=0, after=NEIGHBOUR_WINDOW)
    )


@rule("figurative.sport", stage="sense")
def figurative_sport(candidate: Candidate, sentence: SentenceView) -> bool:
    """Words of war in a sentence about sport are no event.
    Arabic: هجوم مكثف في الشوط الثاني; English: waves of attacks in the second half."""
    return not (candidate.term.has("sport") and sentence.has_cue("sport"))


# --- overlap ------------------------------------------------------------------------------------


@rule("overlap.longest", stage="overlap")
def longest(candidates: list[Candidate]) -> list[Candidate]:
    """Of overlapping triggers the longest wins, the first listed on a tie.
    Arabic: وقف إطلاق النار over إطلاق النار; English: air strike over strike."""
    ordered = sorted(candidates, key=lambda c: (-(c.end - c.start), c.start))
    kept: list[Candidate] = []
    for candidate in ordered:
        if not any(candidate.start < other.end and other.start < candidate.end for other in kept):
            kept.append(candidate)
    return sorted(kept, key=lambda c: c.start)


# --- type ---------------------------------------------------------------------------------------


@rule("attack.by_means", stage="type")
def attack_by_means(candidate: Candidate, sentence: SentenceView) -> tuple[Candidate, ...]:
    """An attack by bombs, missiles or from the air is a strike or explosion.
    Arabic: هجوم انتحاري; English: a suicide attack, attacked with rockets."""
    if candidate.term.has("attack") and (
        sentence.cue_before("explosive", candidate.start, MEANS_WINDOW, across_clauses=True)
        or sentence.cue_after("explosive", candidate.end, MEANS_WINDOW)
    ):
        return (replace(candidate, type="strike_explosion", rule=attack_by_means.name),)
    return (candidate,)


@rule("attack.on_civilians", stage="type")
def attack_on_civilians(candidate: Candidate, sentence: SentenceView) -> tuple[Candidate, ...]:
    """An attack on civilians, their homes, places of worship or markets is violence against civilians.
    Arabic: هجوم على قرية، استهدف مسجدا; English: an attack on a mosque, attacked villagers."""
    if (candidate.term.has("attack") and candidate.type == candidate.term.label
            and sentence.cue_after("civilian_target", candidate.end, MEANS_WINDOW)):
        return (replace(candidate, type="violence_against_civilians", rule=attack_on_civilians.name),)
    return (candidate,)


@rule("crowd.with_protesters", stage="type")
def crowd_with_protesters(candidate: Candidate, sentence: SentenceView) -> tuple[Candidate, ...]:
    """Clashes and burning in a sentence about protesters or rioters are a riot.
    Arabic: تحولت المظاهرة إلى مواجهات مع الشرطة، أحرق المحتجون; English: protesters clashed with police."""
    if candidate.term.has("crowd") and any(other.type in ("protest", "riot") and other is not candidate
                                           for other in sentence.triggers):
        return (replace(candidate, type="riot", rule=crowd_with_protesters.name),)
    return (candidate,)


@rule("release.of_hostages", stage="type")
def release_of_hostages(candidate: Candidate, sentence: SentenceView) -> tuple[Candidate, ...]:
    """Releasing hostages ends a kidnapping: violence against civilians, not an arrest.
    Arabic: أطلق الخاطفون سراح الرهائن; English: kidnappers released the aid worker."""
    if candidate.term.has("release") and sentence.has_cue("hostage"):
        return (replace(candidate, type="violence_against_civilians", rule=release_of_hostages.name),)
    return (candidate,)


@rule("casualty.take_cause", stage="type")
def casualty_take_cause(candidate: Candidate, sentence: SentenceView) -> tuple[Candidate, ...]:
    """Casualties take the type of the event that caused them; without one, fighters killed are
    an armed clash. Arabic: قتلوا في القصف، قتل خمسة جنود; English: killed in the shelling."""
    if not candidate.term.has("casualty"):
        return (candidate,)
    causes = [other for other in sentence.triggers
              if other.type in CAUSE_TYPES and not other.term.has("casualty")]
    if causes:
        cause = min(causes, key=lambda other: abs(other.start - candidate.start))
        return (replace(candidate, type=cause.type, rule=casualty_take_cause.name),)
    if sentence.cue_before("fighters", candidate.start, VICTIMS_WINDOW, across_clauses=True) \
            or sentence.cue_after("fighters", candidate.end, VICTIMS_WINDOW):
        return (replace(candidate, type="armed_clash", rule=casualty_take_cause.name),)
    if candidate.term.constraint.needs_cause:
        return ()
    return (candidate,)


@rule("protest.violent", stage="type")
def violent_protest(candidate: Candidate, sentence: SentenceView) -> tuple[Candidate, ...]:
    """A violent demonstration is a protest and a riot.
    Arabic: احتجاجات عنيفة ومميتة; English: violent protests."""
    if candidate.type == "protest" and not candidate.term.has("participant") and (
        sentence.cue_after("violent", candidate.end, VIOLENT_WINDOW)
        or sentence.cue_before("violent", candidate.start, 1)
    ):
        return candidate, replace(candidate, type="riot", rule=violent_protest.name)
    return (candidate,)


# --- polarity -----------------------------------------------------------------------------------


@rule("polarity.future_particle", stage="polarity", scripts={ARABIC})
def future_particle(candidate: Candidate, sentence: SentenceView) -> Candidate:
    """An Arabic verb with the future س is not yet real. Arabic: وسيعتقل، ستنسحب."""
    verb_particles = candidate.prefix.lstrip("".join(clitics.CONJUNCTIONS))
    if candidate.term.arabic and "verb" in candidate.term.forms and verb_particles.startswith(clitics.FUTURE_PARTICLE):
        return replace(candidate, polarity=FUTURE, polarity_rule=future_particle.name)
    return candidate


@rule("polarity.future", stage="polarity")
def future_cue(candidate: Candidate, sentence: SentenceView) -> Candidate:
    """Plans, calls, threats, warnings and what is expected are not yet real.
    Arabic: دعا إلى التظاهر، هدد بشن هجمات، الانتخابات المقبلة; English: called for a strike, threatened to attack."""
    if candidate.polarity == ASSERTED and (
        sentence.cue_before("future", candidate.word_start, NEGATION_WINDOW)
        or sentence.cue_after("future_after", candidate.end, FUTURE_AFTER_WINDOW)
    ):
        return replace(candidate, polarity=FUTURE, polarity_rule=future_cue.name)
    return candidate


@rule("polarity.call_to_stop", stage="polarity")
def call_to_stop(candidate: Candidate, sentence: SentenceView) -> Candidate:
    """A call to stop something presupposes it is going on.
    Arabic: طالب بوقف القصف، لوقف القتل; English: urged an end to the fighting."""
    if candidate.polarity == FUTURE and sentence.cue_before("stop", candidate.word_start, STOP_WINDOW):
        return replace(candidate, polarity=ASSERTED, polarity_rule="")
    return candidate


@rule("polarity.negation", stage="polarity")
def negation(candidate: Candidate, sentence: SentenceView) -> Candidate:
    """A negated trigger did not happen. Arabic: لم يشهد أي اشتباكات، لم يصب أحد; English: no protests, did not fire."""
    if not candidate.term.has("participant") and sentence.cue_before("negation", candidate.word_start, NEGATION_WINDOW):
        return replace(candidate, polarity=NEGATED, polarity_rule=negation.name)
    return candidate


@rule("polarity.denial", stage="polarity")
def denial(candidate: Candidate, sentence: SentenceView) -> Candidate:
    """A denial negates the first event after it (the people taking part stay presupposed).
    Arabic: نفى وقوع اعتقالات، لا صحة للأنباء عن انسحاب; English: denied carrying out air strikes."""
    if candidate.term.has("participant"):
        return candidate
    cue = sentence.cue_before("denial", candidate.word_start, len(sentence.folded), across_clauses=True)
    if cue is None:
        return candidate
    first = next((other for other in sentence.triggers
                  if other.start >= cue.end and not other.term.has("participant")), None)
    if first is not None and first.start == candidate.start:
        return replace(candidate, polarity=NEGATED, polarity_rule=denial.name)
    return candidate


DEFAULT_EVENT_RULES = (
    bare, arabic_clitics, english_inflections,
    needs_cue, attribute_neighbours, figurative_neighbours, figurative_sport,
    longest,
    attack_by_means, attack_on_civilians, crowd_with_protesters, release_of_hostages, casualty_take_cause,
    violent_protest,
    future_particle, future_cue, call_to_stop, negation, denial,
)  # fmt: skip
