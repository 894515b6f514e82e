"""English words the recognition and resolution rules read, lower case unless a pattern needs capitals."""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words before a person's name (a trailing "." is dropped before comparing): Gov. Jackson.
TITLES = _words(
    "mr mrs ms miss dr gov governor sen senator rep president gen general sgt officer judge "
    "coach chief lt capt col det deputy sheriff mayor pastor rev father sister brother saint "
    "prof professor king queen prince princess lord lady sir dame"
)
# After a city's name, the name of a publication: The Moscow Times, the Washington Post.
PUBLICATION_WORDS = (
    "Times", "Post", "Review", "Journal", "Herald", "Tribune", "Gazette", "Chronicle", "Observer", "Telegraph",
    "Courier", "Inquirer", "Examiner", "Daily News", "Sun-Times", "Star-Tribune", "Free Press",
)
# Before a town's name, a storm's word: the storm is named after no place (Hurricane Florence).
STORM_WORDS = _words("hurricane typhoon cyclone storm")
# After a town's name, a time zone's word: 4 p.m. Moscow time.
TIME_ZONE_WORDS_AFTER = _words("time")
# Words that make a town's name a football club's: Real Madrid, Manchester United.
CLUB_WORDS_BEFORE = _words("real inter atletico atlético bayern borussia olympique werder sporting "
                           "dynamo dinamo steaua cska spartak lokomotiv shakhtar zenit")
CLUB_WORDS_AFTER = _words("united hotspur rovers wanderers f.c fc")
# Words of a sport report: three different ones make a document one.
SPORT_WORDS = _words(
    "match matches league goal goals coach striker midfielder defender goalkeeper season "
    "club scored stadium penalty fixture tournament championship"
)
# Towns a famous football club is named after, read as the club in a sport report.
CLUB_TOWNS = _words(
    "liverpool chelsea milan seville sevilla marseille barcelona napoli porto valencia leicester "
    "newcastle southampton watford brighton burnley leeds torino genoa bologna monaco bordeaux "
    "nantes dortmund hamburg wolfsburg stuttgart bremen leverkusen eindhoven villarreal getafe bilbao"
)
# Capitalised words that may stand beside a place name without making it part of another name.
NEIGHBOURS = _words(
    "north south east west northeast northwest southeast southwest northern southern eastern western "
    "central greater downtown upper "
    "lower new old metro the in at of and or for from to by on monday tuesday wednesday "
    "thursday friday saturday sunday january february march april may june july august "
    "september october november december county state city"
)
# Words before a town's name that never stand before a person's: "the Cleveland Republican".
BEFORE_TOWNS = _words("the north south east west northern southern eastern western central greater downtown metro")
# Nouns a town's name modifies: "Gainesville residents", "Robertson police".
TOWN_NOUNS = _words("residents officials police council mayor schools city county voters")
# Nouns that make a name before them a place's, a building's or a body's: Greer Station,
# Shawnee Park, Jackson International, Laurel High, Augusta Herald.
PLACE_NOUNS_AFTER = _words(
    "station park township international national high herald airport center centre hall memorial square "
    "heights hills valley beach springs falls lake creek river district school college university hospital "
    "church road street avenue"
)
SPEECH_VERBS = _words("said says told added asked wrote explained noted stated recalled")
LOCATIVES = _words("in at near from to outside into across of")
# A state's bodies: a dotted abbreviation right before one names the state ("the S.C. Highway
# Patrol", "the N.C. Department of Transportation", "the W.Va. Supreme Court"; the words as
# folded, without their points: "Dept."). Not "State": "N.C. State" is a university.
STATE_BODIES = _words(
    "highway department dept supreme court house senate legislature assembly attorney governor gov "
    "national board division lottery"
)
# "the city of Caen": English's cue words come with "of".
TOWN_CUES = _words("city town village")
# The kind of place the name after a cue word is.
CUE_KINDS = {word: "city" for word in ("city", "town", "village")}
# Capitalised words that open a sentence or a title, never a feature's name.
FEATURE_NAME_STOPWORDS = ("The", "A", "An", "In", "On", "At", "Along", "Near", "Off", "From", "To", "By", "Of", "And")
# Words after a name that make it a feature's (Brazos River, Richmond Street) ...
FEATURE_WORDS_AFTER = (
    "River", "Creek", "Lake", "Bay", "Canyon", "Mountains",
    "Street", "Road", "Avenue", "Boulevard", "Drive", "Lane", "Parkway", "St.", "Rd.", "Ave.", "Blvd.",
)
# ... and before it (Lake Lanier, Mount Hood).
FEATURE_WORDS_BEFORE = ("Lake", "Mount")
STREET_WORDS = _words("street road avenue boulevard drive lane parkway st. rd. ave. blvd.")
# Features that stretch over a region: no one town stands for them.
EXTENDED_FEATURES = _words("river mountains bay canyon")
# Words that put a spot in the place named next: "Main Street in Tulsa".
LOCATING_WORDS = _words("in at near of")
# ... and those that put it in a country a sentence names: "in Italy" (not "the ambassador of Italy").
IN_WORDS = _words("in")
# Words that make a spot's name a water body's (Lake Lanier, Buffalo Bayou): its kind is water.
WATER_WORDS = _words("lake river creek bay bayou canal sea")
