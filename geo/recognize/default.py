"""The recognition rules in the order they run: :data:`DEFAULT_RULES`.

Stages run in the order of :data:`STAGES`, and a stage's rules in the order they are listed:

- ``scan``: find the gazetteer's names where they stand as words (each rule takes the names
  and returns those it keeps);
- ``evidence``: is the name a place at all in this position? (each rule reads one name and
  returns a reason it is not, a new candidate for it, or None; the first reason decides);
- ``filter``: is it part of something that is no place: a longer name, a person's, a club's,
  an agency's, a publication's? (as evidence);
- ``cue``: what each place cue word names that the gazetteer lacks (each rule reads one cue
  word; the first to name something takes it);
- ``generate``: other names the gazetteer lacks or lists otherwise (each rule reads the names
  so far and the offsets they take, and proposes new ones, and the names they replace);
- ``support``: is a name that needs the rest of the document backed by it? (as evidence).
"""

from __future__ import annotations

from geo.recognize import added, cues, names, organisations, people, scan, support, words
from geo.rules import check_unique

STAGES = ("scan", "evidence", "filter", "cue", "generate", "support")

DEFAULT_RULES = check_unique((
    scan.gazetteer_names,
    scan.fitting_proclitics,
    scan.not_cue_words,
    scan.not_everyday_word_splits,
    scan.ending_words,
    scan.not_final_hamza_words,
    scan.written_with_its_hamza_seat,
    scan.not_tanween_adjectives,
    scan.proclitic_readings,
    scan.longest,
    words.state_abbreviation,
    words.needs_evidence,
    words.pronoun_ending,
    names.in_feature,
    people.before_surname,
    people.given_name_before_surname,
    people.after_name_particle,
    people.after_title_before_name,
    people.after_title_and_adjective,
    people.after_demonym,
    organisations.football_club,
    organisations.team,
    organisations.club_in_sport_report,
    organisations.party,
    organisations.news_agency,
    people.surname,
    people.named_as_person,
    words.direction_word,
    words.nationality_adjective,
    words.adjective_after_noun,
    words.time_zone,
    words.storm_name,
    words.fixed_expression,
    people.after_english_title,
    people.after_given_name,
    names.hyphenated,
    organisations.publication,
    organisations.company,
    organisations.bank,
    organisations.quoted_region,
    organisations.quoted_after_to,
    organisations.quoted_news_source,
    organisations.qaeda_branch,
    people.given_name,
    cues.marks_kind,
    support.listed_division,
    added.cued_transliteration,
    added.cue_named,
    added.named_after_person,
    added.facilities,
    added.transliterations_before_demonyms,
    added.transliterations_after_in,
    added.towns_against_adjectives,
    added.hashtag_transliterations,
    added.state_long_names,
    names.feature_names,
    names.listed_counties,
    added.repeated_transliterations,
    added.repeated_cue_names,
    added.plural_cue_lists,
    support.small_town,
))
