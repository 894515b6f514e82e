"""Every number resolution uses, in one place: :class:`Weights`."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Weights:
    """The points, distances and confidences of resolution; the defaults are the measured ones.

    A place's score is its prior (by kind, or by size for a town) plus the points of the
    score terms that apply (:mod:`geo.resolve.terms`); the best-scored place wins.
    """

    # -- priors: how likely a place is named, before any context ----------------------
    country_prior: float = 10.5
    continent_prior: float = 8.5
    landmark_prior: float = 8.0
    world_region_prior: float = 8.0  # a UN M49 region (un:): the Middle East, Central Asia
    curated_prior: float = 8.0  # a curated place (alias:) that is no landmark
    us_state_prior: float = 7.5  # adm1:US: (news names its states more than other divisions)
    division_prior: float = 6.0  # any other first-level division (adm1:)
    county_prior: float = 5.0  # a US county or parish (adm2:)
    town_prior: float = 2.0  # a town's prior before its size ...
    town_population_scale: float = 1.2  # ... plus log10(population + 1) divided by this
    capital_bonus: float = 2.0  # news names capitals more than other towns their size ...
    # ... but not the territories' tiny ones: Jamestown, Saint Helena (629 people) should not
    # outweigh Jamestown, New York.
    capital_bonus_population: int = 15_000
    secondary_name_penalty: float = 1.5  # taken off for a name that is no primary one (a foreign variant)

    # -- score terms --------------------------------------------------------------------
    qualifier_bonus: float = 20.0  # a qualifier names the place's country or division: Paris, Texas
    document_country_bonus: float = 3.5  # another name or a demonym of the document places it in the country
    document_division_bonus: float = 2.5  # ... in the division
    shared_division_bonus: float = 1.5  # times the summed odds (at most 1) that ambiguous names lie in the division
    # The same of the mention's own paragraph and sentence, each more than the level above,
    # so that a sentence's own evidence decides that mention (طرابلس بشمال لبنان in a story
    # about Libya), then its paragraph's, then the document's.
    paragraph_country_bonus: float = 3.0
    paragraph_division_bonus: float = 2.5
    paragraph_shared_division_bonus: float = 2.0
    sentence_country_bonus: float = 5.0
    sentence_division_bonus: float = 4.0
    sentence_shared_division_bonus: float = 3.0
    # The cue word before the name asks for the place's kind (ولاية جورجيا), more firmly than
    # its sentence says where it is (سلطنة عمان beside الأردن is Oman) ...
    cue_kind_bonus: float = 8.0
    district_cue_bonus: float = 4.0  # ... but a district's cue (منطقة، حي) less: an area of a town, or a region
    # Another name of the document with a place this close: Huntsville is the Huntsville by
    # Walker County, Decatur the one by Avondale Estates. Points, not divisions, decide it.
    near_km: float = 40.0
    nearby_bonus: float = 2.0  # per nearby name, divided by the square root of its number of places
    max_nearby_bonus: float = 4.0
    # Names with more places than this say too little about where the document is.
    max_coherence_candidates: int = 10

    # -- confidence -----------------------------------------------------------------------
    # A name with one place is as sure as one whose runner-up trails by this many points.
    lone_margin: float = 6.0
    found_otherwise_factor: float = 0.8  # confidence is multiplied by this for a name found by its sound or a cue
    geocoder_confidence: float = 0.5  # of a place only the online geocoder found

    # -- approximate places: a spot no source places, put at the place the text puts it in --
    approximate_right_after: float = 0.3  # confidence when that place is named right after it
    approximate_in_sentence: float = 0.25  # ... named in its sentence
    approximate_in_document: float = 0.2  # ... the place the document names most
    approximate_in_country: float = 0.15  # ... the document's only country, a small one
    # A country no larger than a disc of this radius (Lebanon, Kuwait, Qatar): its point is as
    # good a guess for a spot in it as a town's point is for the town's surroundings.
    small_country_radius_km: float = 161.0
    # Words a spot's name may still have before its locating word (مستشفى الجامعة الأميركية في بيروت).
    max_words_before_locating: int = 2
