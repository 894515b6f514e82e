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
- ``document``: across sentences (``(judged) -> judged``, every sentence with its candidates, in order).
"""

from __future__ import annotations

from dataclasses import replace

from geo.events import clitics
from geo.events.context import Candidate, SentenceView
from geo.events.lexicon import NONE
from geo.events.matcher import Hit, arabic_fit
from geo.events.model import ASSERTED, FUTURE, NEGATED
from geo.events.words import WordList
from geo.rules import ARABIC, LATIN, rule
from geo.text import fold

STAGES = ("word", "sense", "overlap", "type", "polarity", "document")
# Events that leave casualties behind, for casualty words to take the type of (a protest
# does not: people killed at a protest were shot, or died in a riot).
CAUSE_TYPES = frozenset({"riot", "armed_clash", "strike_explosion", "violence_against_civilians", "disaster"})
NEGATION_WINDOW = 4  # words between a negation or future cue and its trigger
FUTURE_AFTER_WINDOW = 3  # الانتخابات البرلمانية المقبلة
ONGOING_WINDOW = 2  # لوقف القتل, "an end to the fighting", "continue its hunger strike"
NEIGHBOUR_WINDOW = 2  # attribute and figurative neighbours
MEANS_WINDOW = 5  # هجوم انتحاري, "a suicide attack"; "an attack on a mosque"
VICTIMS_WINDOW = 3  # قتل خمسة جنود, "two soldiers were killed"
VIOLENT_WINDOW = 2  # احتجاجات عنيفة, "violent protests"
# Arabic verbs of undergoing: تعرض لهجوم is an attack that happened, not the purpose ل.
_UNDERGOING = frozenset(fold("تعرض تعرضت يتعرض تتعرض تعرضوا يتعرضون تعرضه").split())


# --- word ---------------------------------------------------------------------------------------


@rule("word.bare", stage="word")
def bare(hit: Hit) -> bool:
    """A term standing alone as it is listed. Arabic: اعتقال; English: arrest."""
    return not hit.prefix and not hit.suffix and not hit.inflected


@rule("word.arabic_clitics", stage="word", scripts={ARABIC})
def arabic_clitics(hit: Hit) -> bool:
    """Arabic proclitics, article, future س, person prefixes and endings as the row's form allows.
    Arabic: واعتقلت، للاحتجاجات، بالاحتجاج، اعتقلتهم، وسيعتقل."""
    return hit.term.arabic and arabic_fit(hit.term.forms, hit.prefix, hit.suffix, marbuta=hit.marbuta) is not None


@rule("word.english_inflections", stage="word", scripts={LATIN})
def english_inflections(hit: Hit) -> bool:
    """An English inflection of the row's lemma. English: arrested, arrests, air strikes."""
    return not hit.term.arabic and hit.inflected


# --- sense --------------------------------------------------------------------------------------


@rule("context.needs_cue", stage="sense")
def needs_cue(candidate: Candidate, sentence: SentenceView) -> bool:
    """An ambiguous trigger counts only with one of its row's words nearby.
    Arabic: أطلق ... سراح (not أطلق حملة); English: closed the border (not closed higher)."""
    constraint = candidate.term.constraint
    window = constraint.window
    return (not constraint.needs or sentence.near(constraint.needs, candidate, before=window, after=window,
                                                  across_clauses=True)) and \
        (not constraint.needs_after or sentence.near(constraint.needs_after, candidate, before=0, after=window,
                                                     across_clauses=True))


@rule("attribute.neighbours", stage="sense")
def attribute_neighbours(candidate: Candidate, sentence: SentenceView) -> bool:
    """A trigger word naming a kind of thing or a body is no event.
    Arabic: شرطة مكافحة الشغب، مفوضية الانتخابات; English: riot police, election commission."""
    constraint = candidate.term.constraint
    return not _beside(sentence, candidate, constraint.attribute_before, constraint.attribute_after)


@rule("attribute.listed_words", stage="sense")
def listed_words(candidate: Candidate, sentence: SentenceView) -> bool:
    """A word listed as no event hides the triggers inside it.
    Arabic: وزارة (not زار)، الانقلابيين (coup forces), أبو قتادة; English: (none needed yet)."""
    return not any(other.type == NONE and other.start <= candidate.start and candidate.end <= other.end
                   for other in sentence.triggers if other is not candidate)


@rule("figurative.neighbours", stage="sense")
def figurative_neighbours(candidate: Candidate, sentence: SentenceView) -> bool:
    """A trigger word used figuratively, by the words beside it.
    Arabic: حرب الأسعار، عاصفة من الانتقادات; English: price war, a storm of criticism."""
    constraint = candidate.term.constraint
    return not _beside(sentence, candidate, constraint.figurative_before, constraint.figurative_after)


def _beside(sentence: SentenceView, candidate: Candidate, before: WordList, after: WordList) -> bool:
    """Whether one of ``before`` stands right before the candidate or one of ``after`` right after it."""
    return sentence.near(before, candidate, before=NEIGHBOUR_WINDOW, after=0) \
        or sentence.near(after, candidate, before=0, after=NEIGHBOUR_WINDOW)


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
    Arabic: هجوم انتحاري، غارة استهدفت سوقا; English: a suicide attack, attacked with rockets."""
    if not candidate.term.has("attack"):
        return (candidate,)
    by_explosives = (
        sentence.cue_before("explosive", candidate.start, MEANS_WINDOW, across_clauses=True)
        or sentence.cue_after("explosive", candidate.end, MEANS_WINDOW)
        or any(other.type == "strike_explosion" and not other.term.has("attack") and not other.term.has("casualty")
               and sentence.words_between(min(other.end, candidate.end), max(other.start, candidate.start)) <= MEANS_WINDOW
               for other in sentence.triggers)
    )
    if by_explosives:
        return (replace(candidate, type="strike_explosion", rule=attack_by_means.name),)
    return (candidate,)


@rule("attack.on_civilians", stage="type")
def attack_on_civilians(candidate: Candidate, sentence: SentenceView) -> tuple[Candidate, ...]:
    """An attack on civilians, their homes, places of worship or markets is violence against civilians.
    Arabic: هجوم على قرية، استهدف مسجدا; English: an attack on a mosque, attacked villagers."""
    if (candidate.term.has("attack") and _as_found(candidate)
            and sentence.cue_after("civilian_target", candidate.end, MEANS_WINDOW)):
        return (replace(candidate, type="violence_against_civilians", rule=attack_on_civilians.name),)
    return (candidate,)


@rule("crowd.with_protesters", stage="type")
def crowd_with_protesters(candidate: Candidate, sentence: SentenceView) -> tuple[Candidate, ...]:
    """Clashes, attacks and burning in a sentence about protesters or rioters are a riot.
    Arabic: تحولت المظاهرة إلى مواجهات مع الشرطة، أحرق المحتجون; English: protesters clashed with police."""
    if (candidate.term.has("crowd") and _as_found(candidate)
            and any(other.type in ("protest", "riot") and other is not candidate for other in sentence.triggers)):
        return (replace(candidate, type="riot", rule=crowd_with_protesters.name),)
    return (candidate,)


def _as_found(candidate: Candidate) -> bool:
    """Whether no type rule has given the candidate its type yet (its rule is still its finder)."""
    return candidate.rule.startswith("word.")


@rule("hostage.not_arrest", stage="type")
def hostage_not_arrest(candidate: Candidate, sentence: SentenceView) -> tuple[Candidate, ...]:
    """Holding or freeing hostages is a kidnapping: violence against civilians, not an arrest.
    Arabic: الرهائن الذين احتجزوا، أطلق الخاطفون سراح الرهائن; English: kidnappers released the aid worker."""
    if candidate.term.has("hostage") and sentence.has_cue("hostage"):
        return (replace(candidate, type="violence_against_civilians", rule=hostage_not_arrest.name),)
    return (candidate,)


@rule("casualty.take_cause", stage="type")
def casualty_take_cause(candidate: Candidate, sentence: SentenceView) -> tuple[Candidate, ...]:
    """Casualties take the type of the event that caused them, or of their victims when none is named.
    Killed fighters are an armed clash, killed civilians violence against civilians.
    Arabic: قتلوا في القصف، قتل خمسة جنود; English: killed in the shelling, two soldiers were killed."""
    if not candidate.term.has("casualty"):
        return (candidate,)
    causes = [other for other in sentence.triggers
              if other.type in CAUSE_TYPES and not other.term.has("casualty")]
    if causes:
        cause = min(causes, key=lambda other: abs(other.start - candidate.start))
        return (replace(candidate, type=cause.type, rule=casualty_take_cause.name),)
    if candidate.term.constraint.needs_cause:
        return ()  # المصابين, "injured": patients and players too
    victims = _victims(candidate, sentence)
    if victims:
        return (replace(candidate, type=victims, rule=casualty_take_cause.name),)
    return (candidate,)


def _victims(candidate: Candidate, sentence: SentenceView) -> str:
    """The type the victims next to a casualty word give it: the words after it first (its
    object: قتل خمسة جنود), then those before (its subject: جنديان قتلا)."""
    for side in ("after", "before"):
        for role, event_type in (("civilian_target", "violence_against_civilians"), ("fighters", "armed_clash")):
            found = (sentence.cue_after(role, candidate.end, VICTIMS_WINDOW) if side == "after"
                     else sentence.cue_before(role, candidate.word_start, VICTIMS_WINDOW))
            if found:
                return event_type
    return ""


@rule("protest.violent", stage="type")
def violent_protest(candidate: Candidate, sentence: SentenceView) -> tuple[Candidate, ...]:
    """A violent demonstration is a protest and a riot.
    Arabic: احتجاجات عنيفة ومميتة; English: violent protests."""
    if candidate.type == "protest" and not candidate.term.has("participant") and (
        sentence.cue_after("violent", candidate.end, VIOLENT_WINDOW)
        or sentence.cue_before("violent", candidate.word_start, 1)
    ):
        return candidate, replace(candidate, type="riot", rule=violent_protest.name)
    return (candidate,)


# --- polarity -----------------------------------------------------------------------------------


@rule("polarity.future_particle", stage="polarity", scripts={ARABIC})
def future_particle(candidate: Candidate, sentence: SentenceView) -> Candidate:
    """An Arabic verb with the future س is not yet real. Arabic: وسيعتقل، ستنسحب."""
    particles = candidate.prefix.lstrip("".join(clitics.CONJUNCTIONS))
    if "verb" in candidate.term.forms and particles.startswith(clitics.FUTURE_PARTICLE):
        return replace(candidate, polarity=FUTURE, polarity_rule=future_particle.name)
    return candidate


@rule("polarity.purpose", stage="polarity")
def purpose(candidate: Candidate, sentence: SentenceView) -> Candidate:
    """What is done in order to (ل before a noun, "to" before a verb) is not yet real.
    Arabic: لإجلاء المقاتلين، لتحرير المدينة (not: تعرض لهجوم); English: launched an offensive to retake the city."""
    if candidate.term.has("participant") or " " in candidate.term.term:
        return candidate  # لحفظ السلام is peacekeeping, a name
    if candidate.term.arabic:
        particles = candidate.prefix.lstrip("".join(clitics.CONJUNCTIONS))
        before = sentence.words_before(candidate.word_start, 1)
        undergone = bool(before) and any(base in _UNDERGOING for base in clitics.bases(before[0]))
        meant = particles == "ل" and "verb" not in candidate.term.forms and not undergone
    else:
        meant = "verb" in candidate.term.forms and sentence.words_before(candidate.word_start, 1) == ["to"] \
            and sentence.folded[candidate.start:candidate.end].split()[0] == candidate.term.term.split()[0]
    if meant and candidate.polarity == ASSERTED:
        return replace(candidate, polarity=FUTURE, polarity_rule=purpose.name)
    return candidate


@rule("polarity.future", stage="polarity")
def future_cue(candidate: Candidate, sentence: SentenceView) -> Candidate:
    """Plans, calls, threats, warnings, sentences and what is expected are not yet real.
    Arabic: دعا إلى التظاهر، هدد بشن هجمات، الانتخابات المقبلة، الحكم بإعدام; English: called for a strike, threatened to attack."""
    if candidate.polarity == ASSERTED and not candidate.term.has("participant") and (
        sentence.cue_before("future", candidate.word_start, NEGATION_WINDOW)
        or sentence.cue_after("future_after", candidate.end, FUTURE_AFTER_WINDOW)
        or sentence.near(candidate.term.constraint.future_before, candidate, before=NEIGHBOUR_WINDOW, after=0)
    ):
        return replace(candidate, polarity=FUTURE, polarity_rule=future_cue.name)
    return candidate


@rule("polarity.call_to_stop", stage="polarity")
def call_to_stop(candidate: Candidate, sentence: SentenceView) -> Candidate:
    """A call to stop something, or to go on with it, presupposes it is going on.
    Arabic: طالب بوقف القصف، لوقف القتل; English: urged an end to the fighting, vowed to continue its hunger strike."""
    if candidate.polarity == FUTURE and sentence.cue_before("ongoing", candidate.word_start, ONGOING_WINDOW):
        return replace(candidate, polarity=ASSERTED, polarity_rule="")
    return candidate


@rule("polarity.negation", stage="polarity")
def negation(candidate: Candidate, sentence: SentenceView) -> Candidate:
    """A negated, foiled or called-off trigger did not happen.
    Arabic: لم يشهد أي اشتباكات، أحبطت هجوما; English: no protests, the strike was called off."""
    if not candidate.term.has("participant") and (
        sentence.cue_before("negation", candidate.word_start, NEGATION_WINDOW)
        or sentence.cue_after("negation_after", candidate.end, FUTURE_AFTER_WINDOW)
    ):
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


# --- document -----------------------------------------------------------------------------------


@rule("casualty.previous_sentence", stage="document")
def casualty_previous_sentence(judged: list[tuple[SentenceView, list[Candidate]]]) -> list[tuple[SentenceView, list[Candidate]]]:
    """Casualties a sentence reports with no cause of their own take the type of the event just before it.
    Arabic: ... احتجاجات عنيفة. وارتفع عدد القتلى إلى 40; English: A car bomb exploded. The death toll rose to 12."""
    result, before = [], None
    for view, candidates in judged:
        adjacent = before is not None and before[0].index == view.index - 1 \
            and "\n" not in view.folded[before[0].end:view.start]  # the same paragraph
        causes = [c for c in before[1] if c.type in CAUSE_TYPES and not c.term.has("casualty")
                  and c.polarity == ASSERTED] if adjacent else []
        if causes:
            candidates = [replace(c, type=causes[-1].type, rule=casualty_previous_sentence.name)
                          if c.term.has("casualty") and _as_found(c) else c for c in candidates]
        result.append((view, candidates))
        before = (view, candidates)
    return result


DEFAULT_EVENT_RULES = (
    bare, arabic_clitics, english_inflections,
    needs_cue, attribute_neighbours, listed_words, figurative_neighbours, figurative_sport,
    longest,
    attack_by_means, attack_on_civilians, crowd_with_protesters, hostage_not_arrest, casualty_take_cause,
    violent_protest,
    future_particle, purpose, future_cue, call_to_stop, negation, denial,
    casualty_previous_sentence,
)  # fmt: skip
