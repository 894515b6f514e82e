"""Arabic words the recognition and resolution rules read, folded."""

from __future__ import annotations

from geo.text import fold


def _words(text: str) -> frozenset[str]:
    return frozenset(fold(text).split())


# Words before a person's name (with their proclitics and article in the rules): a place
# name right after one is a person's name.
TITLES = _words(
    "رئيس سيد سيدة شيخ أمير ملك ملكة جنرال عقيد لواء دكتور مستشار وزير نائب زعيم قائد "
    "متحدث أستاذ إمام لاعب مدرب سفير كاتب فنان ممثل مغني مطرب شاعر مواطن نجم سلطان "
    "نظيره نظيرها"  # "his, her counterpart": نظيره الروسي فلاديمير بوتين
)
# Titles a person's name follows even with the article (الدكتور طريف، المدرب تيتي), unlike an
# office's (زار الوزير قابس: the minister visited Gabès).
NAME_TITLES = _words("دكتور شيخ مدرب لاعب أستاذ إمام سيد سيدة فنان فنانة مطرب مطربة شاعر كاتب ممثل نجم")
# Titles written short, with a dot: د. بخاري (Dr).
ABBREVIATED_TITLES = _words("د")
# Words inside a person's name, as written: بن، أبو، عبد.
NAME_PARTICLES = _words("بن ابن أبو أبي عبد بنت")
# The particles after which a town's name is always a person's (أبو العلا، معز بن شريفية); not
# ابن "son of" (ابن مكة, "a son of Mecca"), بنت "built" or "daughter", عبد (عبد الله).
KUNYA_PARTICLES = _words("أبو أبي ابو ابي بن")
# Prepositions before a town: "in, from, to" (قادما من جده), and those that only a place
# follows as well (عن "away from" is "about" too: عن جده, "about his grandfather").
TRAVEL_PREPOSITIONS = _words("في من إلى")
# "In", and "and in": right after one a word is where something is (في دوما، وفي إنغولشتات).
IN = fold("في")
IN_WORDS = _words("في وفي")
AND = fold("و")  # the conjunction, written joined to the word after it (وكفريا) or alone
PLACE_PREPOSITIONS = TRAVEL_PREPOSITIONS | _words("عن داخل قرب")
# "Was", "stayed", "is still": before one, دوما "always" is the adverb (كان دوما يقول), whatever
# a cue word says of Douma elsewhere.
COPULAS = _words("كان وكان كانت وكانت يكون تكون ظل ظلت يظل تظل بقي بقيت يبقى تبقى زال يزال تزال")
# Verbs of speech whose subject comes right after them (قال هندرسون), masculine and feminine:
# a town is feminine, so after a masculine one a town's name is a man's (or a club's).
# Not verbs that take an object (اعتبر، رأى، ذكر): اعتبر الكويت "he deemed Kuwait".
SPEECH_VERBS_MASCULINE = _words("قال يقول أضاف أكد أوضح أشار تابع صرح شدد لفت")
SPEECH_VERBS_FEMININE = _words("قالت تقول أضافت أكدت أوضحت أشارت تابعت صرحت شددت لفتت")
# Adjectives a title takes before the name: الرئيس السابق، الأمين العام الجديد.
TITLE_ADJECTIVES = _words("السابق الحالي الجديد الراحل الأسبق المنتخب المخلوع المكلف المؤقت الأسبق الفخري")
# Foreign given names as Arabic writes them (English, French, Spanish, Italian, Portuguese,
# Russian, German): a town's or division's name right after one is the surname (جيمس كومي is no
# Komi Republic, هنري فالكون no Falcón State, لويس هاميلتون no Hamilton), one is no proclitic and
# a place's name (كلاوس, not ك + Laos), and a town named as one is the given name before a rare
# family name (فلاديمير بوتن). None that is a frequent Arabic word (not آنا "I"), nor a name
# Arabic shares (سامي، رامي: those are read from the Arab given names).
FOREIGN_GIVEN_NAMES = _words(
    "جون جيمس جورج هنري مايكل ديفيد دافيد باولو بول بيتر بيير توماس توم روبرت ريتشارد تشارلز وليام ويليام "
    "جيمي جاك جان ميشيل فرانسوا كريستوفر ستيفن ستيف مارك أندرو اندرو أنتوني انتوني دونالد هيلاري بيل "
    "باراك مايك كيفن كيفين براين لويس كارلوس خوسيه خوان ماريا ماري إيما ايما جوزيف فرانك أليكس اليكس "
    "ألكسندر الكسندر ماركو لوكا أنطونيو انطونيو فيليب ريكاردو سيرجيو رافائيل رافايل ماوريسيو ماوريتسيو "
    "غاريث ديلان برناردينو فلاديمير إيمانويل ايمانويل كلاوس مارتن مارتين دانيال دانييل ماثيو هاري "
    "جوردان جوردن مانويل فرناندو فيرناندو ليوناردو ألبرتو البرتو غريغور سامويل صامويل برايان كيت فرانكلين "
    "أليك اليك دارين راسل جوشوا باربرا كيليان"
)
# Particles inside a foreign name, between the given name and the rest of the surname
# (كيفن دي بروين، فيرجيل فان دايك، أورسولا فون دير لاين).
FOREIGN_NAME_PARTICLES = _words("دي دا دو فان فون دير ديل دل")
# Endings of the surnames Arabic spells from Russian, Ukrainian and Central Asian ones
# (نزارباييف، توكاييف، لافروف، أوتسيمنكو).
SURNAME_ENDINGS = tuple(fold("ييف يف وف وفا يفا ييفا سكي فيتش نكو").split())
# Words after a town's name that say when, not who: صنعاء اليوم is no man named Sanaa.
TIME_WORDS = _words(
    "اليوم الأمس الآن الماضي المقبل القادم الحالي الجاري الأسبوع الشهر العام "
    "الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت غدا أمس"
)
# Number words, read whole even where a proclitic and a town's name spell them: بليون "a
# billion" is no ب + ليون (Lyon), however often Lyon is named.
NUMBER_WORDS = _words("مليون ملايين بليون بلايين مليار مليارات تريليون ترليون")
# Before a town's name, a time zone's word: بتوقيت غرينتش، بتوقيت مكة (Greenwich Mean Time,
# Mecca time).
TIME_ZONE_WORD = fold("توقيت")
# Before a town's name, a storm's word: الإعصار فلورنس، إعصار فلورنس are Hurricane Florence, named
# after no place; العاصفة فلورنس too, but with the article only: عاصفة حفر الباطن is the storm
# that struck Hafar al-Batin.
STORM_WORDS = _words("إعصار")
STORM_WORDS_WITH_THE_ARTICLE = _words("عاصفة")
# A place's name that with the word after it is a fixed expression, or the name of something
# else: مسقط رأسه "his birthplace", not Muscat; النيل من "to harm", not the Nile; خام غرب
# تكساس الوسيط, West Texas Intermediate crude; ملعب سانتياغو برنابيو, Real Madrid's stadium,
# not Santiago de Chile; بلم شمل "to reunite", not Belém.
FIXED_EXPRESSIONS = {
    fold("مسقط"): _words("رأس رأسه رأسها رأسهم رأسي رأسك رؤوس"),
    fold("النيل"): _words("من منه منها منهم منهما منا مني منك منكم"),
    fold("تكساس"): _words("الوسيط"),
    fold("سانتياغو"): _words("برنابيو بيرنابيو"),
    fold("بلم"): _words("شمل"),
    fold("الشرق الأوسط"): _words("التنفسية"),  # متلازمة الشرق الأوسط التنفسية, MERS: a disease's name
    fold("اليمن"): _words("والبركات والبركة والخير والمسرات"),  # باليمن والبركات "with good fortune", a blessing
}
# A place's name that is also a verb before the preposition it takes: ينبع من "stems from",
# not Yanbu; but after a cue word or a facility's it is the place (مستشفى ينبع من، مدينة ينبع من).
VERB_EXPRESSIONS = {
    fold("ينبع"): _words("من منه منها"),
}
# A place's name that with the word before it is a fixed expression: صلاة المغرب، أذان المغرب,
# the sunset prayer and its call, not Morocco.
FIXED_EXPRESSIONS_BEFORE = {
    fold("المغرب"): _words("صلاة صلاتي صلاتى أذان اذان آذان"),
}
# Before the name (with its proclitics), words that make it the place after all (and
# ``WATER_WORDS``): مياه النيل من إثيوبيا، على ضفاف النيل من الجهة الغربية.
FIXED_EXPRESSION_UNDONE_AFTER = _words("مياه ماء ضفاف ضفة حوض وادي دلتا منابع منبع")
# Words that make a town's name a football club's: ريال مدريد، مانشستر يونايتد.
CLUB_WORDS_BEFORE = _words("ريال نادي إنتر أتلتيكو أتليتكو بايرن بوروسيا أولمبيك فيردر سبورتنغ "
                           "دينامو ستيوا سسكا سبارتاك لوكوموتيف شاختار زينيت "  # دينامو كييف، ستيوا بوخارست
                           "سبورتينغ أتلتيك اتلتيك مولودية ديبورتيفو اينتراخت آينتراخت إينتراخت "  # مولودية وهران
                           "أتليتيكو اتليتيكو أهلي هيرتا هرتا باير "  # أهلي جدة: الأهلي of Jeddah; باير ليفركوزن
                           "مولدية قوافل ترجي "  # Tunisia's: مولدية بوسالم، قوافل قفصة، ترجي جرجيس
                           "حسنية أسيك "  # حسنية أكادير، أسيك أبيدجان
                           # اتحاد بن قردان، اتحاد جدة, and a union's (اتحاد كمبردج); a country's
                           # or a continent's stays its own (اتحاد ألمانيا "reunification").
                           "اتحاد")
# Before a town's name, a team's nickname: نسور قرطاج, Tunisia's (not before a region's or a
# country's: نسور سيناء، نسور جبل طارق).
TEAM_NICKNAME_WORDS = _words("نسور")
# "Team", "player", "coach": before a town that names no country, its club (فريق ديجون، لاعب
# وسط ليفربول، مدرب ميلانو); a country after one is its national team (فريق تونس القوي، مدرب
# إنجلترا). "Association" is a club's word in a sport report only (جمعية الحمامات); elsewhere
# an association's or a co-operative's (جمعية الفروانية).
TEAM_WORDS = frozenset(p + w for p in ("", "و", "ب", "ل", "ف")
                       for w in _words("فريق فريقه فريقها لاعب مدرب") | {fold("لاعب وسط")})
SPORT_TEAM_WORDS = frozenset(p + w for p in ("", "و", "ب", "ل", "ف") for w in _words("جمعية"))
# And after it: English clubs' words, and American teams' names (بوسطن سيلتيكس، هيوستون روكتس).
CLUB_WORDS_AFTER = _words("يونايتد سيتي هوتسبير روفرز وينزداي ألبيون "
                          "سلتيكس سيلتيكس كافاليرز روكتس كينغز ليكرز جالاكسي غالاكسي ووريرز سبيرز بولز "
                          "نيكس كليبرز ثاندر بليزرز بيليكانز مافريكس")
# Of those, the word that also ends a city's name after a region's (كيبيك سيتي, Quebec City).
CITY_WORDS_AFTER = _words("سيتي")
CLUB_PHRASES_AFTER = tuple(fold(" سان جيرمان| سان جرمان").split("|"))  # باريس سان جيرمان
# Parties, alliances and armed groups named after their country, region or city (حراك تونس
# الإرادة, تحالف نداء السودان, هيئة تحرير الشام, حركة أحرار الشام, فيلق القدس). Only these: the
# same words before another place are its own (مشروع إيران: Iran's project, آفاق اليونان:
# Greece's prospects).
PARTY_NAMES = frozenset(fold(name) for name in (
    "نداء تونس", "آفاق تونس", "افاق تونس", "مشروع تونس", "حراك تونس", "نداء السودان",
    "تحرير الشام", "أحرار الشام", "احرار الشام", "فتح الشام", "جند الشام", "فيلق الشام", "أنصار الشام",
    "فيلق القدس", "قوة القدس", "سرايا القدس"))  # Iran's Quds Force, Islamic Jihad's Al-Quds Brigades
# And those whose name goes on with an adjective after the country's, without which the same
# words are the country's own (قوات سوريا, Syria's forces): (first word, country, adjective).
# The Gulf Cooperation Council too (مجلس التعاون لدول الخليج العربية: all 32 corpus uses of
# لدول الخليج العربية follow التعاون; دول الخليج alone are the Gulf states).
PARTY_NAMES_WITH_ADJECTIVE = frozenset(tuple(fold(word) for word in name) for name in (
    ("قوات", "سوريا", "الديمقراطية"), ("قوات", "سوريا", "الديموقراطية"),
    ("مجلس", "سوريا", "الديمقراطية"), ("مجلس", "سوريا", "الديموقراطية"),
    ("لدول", "الخليج", "العربية")))
# Words of a sport report (without proclitics or the article): three different ones make a
# document one, where a club is named by its town alone (فوزه على ليفربول).
SPORT_WORDS = _words(
    "مباراة مباراته مباريات دوري فريق فريقه لاعب لاعبي لاعبو مدرب هدف هدفا أهداف شوط ركلة "
    "ملعب منتخب بطولة كأس مهاجم حارس تعادل هداف جماهير مشجعي"
)
# Towns and divisions a famous football club is named after, read as the club in a sport
# report (القادسية: Saudi Arabia's and Kuwait's Al-Qadsiah, not Iraq's governorate).
CLUB_TOWNS = _words(
    "ليفربول تشيلسي ميلان إشبيلية اشبيلية مرسيليا برشلونة نابولي بورتو فالنسيا ليستر "
    "نيوكاسل ساوثهامبتون واتفورد برايتون بيرنلي ليدز تورينو جنوة بولونيا موناكو بوردو نانت "
    "دورتموند هامبورغ فولفسبورغ شتوتغارت بريمن ليفركوزن أيندهوفن فياريال خيتافي بلباو "
    "روما ليون مانشستر فيرونا فيغو "
    "أوغسبورغ هانوفر فرايبورغ هوفنهايم ماينز شالكه بورنموث سوانزي هدرسفيلد كروتوني كالياري بارما "
    "أتلانتا أودينيزي سامبدوريا ملقا بازل نيس رين مونبيليي مونبلييه الريان الفجيرة القادسية"
)
# Before a town's name in a sport report, a club's: مستقبل قابس، نجم المتلوي، أولمبي خريبكة،
# أيك أثينا، بعث بني خيار، أمل حمام سوسة، نسر طبلبة (elsewhere أولمبي is an adjective, بطل
# أولمبي, أمل "hope", and ايك is in مايك; nor are they looked for in every text, as club words
# are). اتحاد is a club word: before a town it is a club's or a union's in any text.
CLUB_PREFIXES = _words("مستقبل نجم شبيبة ترجي هلال أولمبي أيك بعث أمل نسر")
# The opposing team, "his guest", "his host", "his rival": a town's name after one is its
# club's (فاز على ضيفه روما، خسر أمام مضيفه لاس بالماس، غريمه نابولي).
OPPONENT_WORDS = _words("ضيفه مضيفه منافسه غريمه ضيفيه مضيفيه ضيفها مضيفها منافسها نظيره نظيرها")
# After a town's name in a sport report, a club's: قرمبالية الرياضية، جندوبة الرياضية ("Sports").
CLUB_SUFFIXES = _words("الرياضية")
# After a city's name, the name of a publication or a programme: نيويورك تايمز، واشنطن
# بوست، ديلي ميل (Dili is no daily), وول ستريت جورنال.
PUBLICATION_WORDS = _words(
    "تايمز تايمس بوست ميل تلغراف تليغراف نيوز ستار ميرور إكسبريس اكسبرس هيرالد تريبيون "
    "جورنال غازيت كرونيكل أوبزرفر بيست شو"
)
# Before a name, a newspaper's or a magazine's word: صحيفة الرياض، جريدة القدس (not قناة:
# قناة السويس is a canal).
PUBLICATION_WORDS_BEFORE = _words("صحيفة جريدة مجلة")
# "news agency": وكالة الأنباء القطرية قنا.
AGENCY_STEM = fold("وكال")
# Directions after a town's name that place it by another: كامبريدج شمال لندن.
DIRECTIONS = _words("شمال جنوب شرق غرب شمالي جنوبي شرقي غربي")
# Cue words that name a part of the place after them (شمال لبنان، وسط المدينة).
PART_CUES = _words("شمال جنوب شرق غرب وسط")
# The duals of the town and division cue words, each with its singular: a dual names the two
# places after it (محافظتي حجة وصعدة، بلدتا الفوعة وكفريا، مدينتي ليدز ومانشستر، معتمديتي
# الرديف وأم العرائس، مديريتي حيس والخوخة), -تي after a preposition or in construct, -تا as a
# subject. Not إقليم's (إقليمي is "regional").
DUAL_CUES = {
    fold(singular[:-1] + ending): fold(singular)
    for singular in "مدينة بلدة قرية محافظة ولاية منطقة مقاطعة معتمدية مديرية".split()
    for ending in ("تي", "تا")
} | {
    # A port's, an airport's and a crossing's, in construct (ميناءي راس لانوف والسدرة، مطاري عدن
    # وسيئون، معبري رفح وكرم أبو سالم); not in -ا, which is the indefinite accusative too (مطارا
    # عسكريا "a military airport", معبرا عن "expressing").
    fold(dual): fold(singular)
    for dual, singular in (("ميناءي", "ميناء"), ("مينائي", "ميناء"), ("مطاري", "مطار"), ("معبري", "معبر"))
}
# Plural cue words, with their singular: the names of the list after one are places of that
# kind (قرى المتونة والسويمرة وعراجة، مديريات شدا وباقم وحرف سفيان).
PLURAL_CUES = {fold(plural): fold(singular) for plural, singular in (
    ("قرى", "قرية"), ("بلدات", "بلدة"), ("مدن", "مدينة"), ("مناطق", "منطقة"), ("أحياء", "حي"),
    ("محافظات", "محافظة"), ("ولايات", "ولاية"), ("مديريات", "مديرية"), ("معتمديات", "معتمدية"))}
# Everyday words that begin many places' names of two words (عين ترما، تل رفعت، دير حافر،
# كفر نبل، بيت حانون، رأس العين، بئر السبع): in a list of names, the first word of one.
NAME_HEAD_WORDS = _words("عين تل دير كفر بيت رأس بئر خربة مرج برج")
# A government's departments, which a directorate (مديرية) is of: مديرية أوقاف حلب، مديرية
# تموين حمص، مديرية شؤون اللاجئين name no district.
DIRECTORATE_CUE = fold("مديرية")
DEPARTMENT_WORDS = _words(
    "شؤون أوقاف تموين صحة تربية زراعة أمن شرطة مرور جوازات إعلام ثقافة اتصالات تعليم عمل نقل سياحة "
    "بيئة كهرباء مياه آثار صناعة تجارة جمارك إحصاء خدمات حرس دفاع مالية إسكان أشغال"
)
# Place cue words: the name after one is a place (مدينة، ولاية، مطار، معبر، شمال ...). A Tunisian
# معتمدية (delegation) and a Yemeni مديرية (district) bear their seat town's name (معتمدية
# بنقردان، مديرية زبيد); a government's مديرية (directorate) is followed by an everyday word
# (مديرية الأمن، مديرية الصحة), which names nothing.
PLACE_CUES = _words(
    "مدينة بلدة قرية معتمدية مديرية إقليم ولاية محافظة منطقة مقاطعة عاصمة عاصمتها عاصمته مطار قاعدة ميناء مرفأ "
    "معبر جزيرة بحيرة جمهورية دولة مملكة إمارة سلطنة بلدية مخيم ضاحية حي شمال جنوب شرق غرب وسط"
) | DUAL_CUES.keys()
# The kind of place the name after a cue word is.
_SINGULAR_CUE_KINDS = {
    fold(word): kind
    for words, kind in (
        ("مدينة بلدة قرية معتمدية مديرية عاصمة عاصمتها عاصمته بلدية ضاحية مخيم حي", "city"),
        ("إقليم ولاية محافظة منطقة مقاطعة", "region"),
        ("جمهورية دولة مملكة إمارة سلطنة", "country"),
        ("مطار قاعدة ميناء مرفأ معبر", "landmark"),
    )
    for word in words.split()
}
CUE_KINDS = _SINGULAR_CUE_KINDS | {dual: _SINGULAR_CUE_KINDS[singular] for dual, singular in DUAL_CUES.items()}
CAPITAL_CUE = fold("عاصمة")  # beside the capital's name even with its article: العاصمة بيروت
# Cue words with a possessive ending ("its capital"): definite, so a word with the article
# after one may be their adjective (عاصمتها الجديدة), not a name.
POSSESSED_CUES = _words("عاصمتها عاصمته")
# Cue words always followed by a proper name: a name after one is a place even when no
# gazetteer knows it.
NAMING_CUES = _words(
    "مدينة بلدة قرية معتمدية مديرية ولاية محافظة إقليم مقاطعة مطار قاعدة مخيم منطقة حي") | DUAL_CUES.keys()
# Naming cues that are a verbal noun or an office too (مقاطعة "a boycott": مقاطعة المونديال;
# ولاية "a term of office": ولاية ساركوزي): a name after one once is not taken for a place
# wherever else the document repeats it.
TWO_SENSE_NAMING_CUES = _words("مقاطعة ولاية")
# Cue words for a state or a province, whose name is a division's or a big town's: a small
# town that sounds like the word after one is seldom it (إقليم ننكرهار، ولاية سلفه "his
# predecessor's term"). Not محافظة, whose name is its seat town's (محافظة الأفلاج).
STATE_CUES = _words("ولاية إقليم مقاطعة")
# A naming cue that is an everyday word too (a rule, a base of support): it names a place
# only where the document gives the name one of BASE_ADJECTIVES (قاعدة حميميم الجوية).
BASE_CUES = _words("قاعدة")
BASE_ADJECTIVES = _words("الجوية العسكرية البحرية الجوي العسكري")
# Cue words for a part of a town (حي المرج، منطقة القيروان، منطقتي دار سعد والعلم).
DISTRICT_CUES = _words("حي ضاحية منطقة") | {dual for dual, singular in DUAL_CUES.items() if singular == fold("منطقة")}
# Of those, the word for a town's neighbourhood (حي الرياض in Sousse، حي فلسطين in Baghdad), never a
# region's. Not ضاحية: a big city after it is the city whose suburb it is (ضاحية بيروت الجنوبية).
NEIGHBOURHOOD_CUES = _words("حي")
# A stadium's words: the foreign names after them run to several words (ملعب سانتياغو برنابيو),
# and may end with an arena's (ملعب أليانز أرينا، ملعب سيغنال إيدونا بارك).
STADIUM_WORDS = _words("ملعب استاد ستاد")
STADIUM_NAME_ENDS = _words("أرينا ارينا بارك ستاديوم")
# Facility words: the words after one name a building, a road, a mountain, a strait, a park
# or a stadium that the gazetteer seldom knows (معهد الأورام، مستشفى الملك خالد، طريق الكورنيش،
# جبال زاغروس، قصر بلينهايم، غابة رغدان، حديقة الأمير سلطان، مسرح المفتاحة، ملعب لوجنيكي), and
# airports and ports named after people (مطار الملك خالد الدولي; a town after one is still the
# town's: مطار بيروت). Not سوق: the news names markets of shares, transfers and bonds far more
# often than souks (سوق الانتقالات، سوق السندات).
FACILITY_CUES = _words("مستشفى معهد مسجد جامع كنيسة مقبرة جسر نفق شارع طريق دوار ميدان قلعة قصر سجن منتجع جبل جبال "
                       "مضيق غابة حديقة منتزه مسرح مطار ميناء مرفأ معبر نهر وادي") | STADIUM_WORDS
# The preposition ل "to, of" standing alone (لـ, as folding writes it) with a conjunction:
# before a quoted name, the outlet someone speaks to or the company someone heads.
TO_PREPOSITIONS = _words("ل ول فل")
# A reporter's verbs, whose subject is the outlet, and "through" and "quoting" (نقلا عن): before a
# quoted name, the outlet that learned, obtained, reached or published something (علمت «الرياض»،
# أجرت «الرياض» اتصالا، عبر «الرياض»، نقلا عن "الخليج" الإماراتية).
NEWS_SOURCE_WORDS = _words("علمت وعلمت حصلت وحصلت أجرت وأجرت نفذتها تواصلت وتواصلت اتصال عبر")
QUOTING_WORDS = _words("نقلا نقلاً")  # before عن
# "Valley": folded like وأدى "and (it) led to", which the original's hamza tells apart.
VALLEY_CUE = fold("وادي")
# A facility word before a quoted name that is an organisation's far more often than a
# building's: معهد "إيبسوس"، معهد «كارنيجي» (pollsters and think tanks).
QUOTED_ORGANISATION_CUES = _words("معهد")
# Words for a town's facility or office, before "the city" (مطار المدينة، بلدية المدينة،
# عاصمة المدينة): the town the story is about, seldom Medina.
TOWN_FACILITY_CUES = FACILITY_CUES | _words("بلدية عاصمة قاعدة")
# Facility words that are also everyday words before a definite noun: طريق السلام (the way of
# peace), قصر النظر (short sight), جبل الجليد (an iceberg), جامع القمامة (a rubbish collector),
# مسرح الجريمة (the crime scene), حديقة الحيوان (a zoo), ميناء الصيد (a fishing port), ملعب
# المباراة (the match's ground), سجن الصحفيين (the jailing of journalists).
FIGURATIVE_FACILITIES = _words(
    "طريق شارع قصر سجن جبل جبال جامع غابة حديقة منتزه مسرح مطار ميناء مرفأ نهر وادي") | STADIUM_WORDS
# A facility word that is a verbal noun too (سجن "jailing": قضت بسجن أولمرت، أدت إلى سجن نواز
# شريف): a facility only written apart after a preposition of place (في سجن إيفين، إلى سجن عوفر).
VERBAL_NOUN_FACILITIES = _words("سجن")
# Al-Qaeda, whose branches are named after world regions: تنظيم القاعدة في بلاد المغرب الإسلامي،
# القاعدة في جزيرة العرب (a country after it is where it fights: القاعدة في العراق).
QAEDA = fold("القاعدة")
# A ruler's title, which in construct (no article) names his realm after it: ملك أراجون، أمير
# قطر، سلطان عمان، شاه إيران (with the article a person's name follows: الملكة إليزابيث).
RULER_TITLES = _words("ملك ملكة أمير سلطان شاه إمبراطور عاهل")
# Words that never end a facility's name: الملك عبد العزيز, الأمير سلطان; رأس "cape" begins a
# place's (معبر رأس جدير، ميناء رأس لانوف).
NAME_LINKS = _words("الملك الملكة الأمير الشيخ الإمام السلطان السيدة عبد أبو أبي أم ابن بن آل رأس")
# "عن طريق" is "by means of", not a road.
NOT_A_FACILITY_BEFORE = _words("عن وعن فعن")
# The English "and" of a company's name as Arabic writes it: ستاندرد آند بورز، جونسون آند جونسون.
COMPANY_AND = _words("آند")
# "Company" with its proclitics, and that "and": a town's or region's name right after one is
# the company's (شركة الخليج للملاحة، لشركة الظهران إكسبو، شركتي تويوتا، ستاندرد آند بورز).
COMPANY_WORDS = frozenset(p + w for p in ("", "و", "ب", "ل", "ف") for w in _words("شركة شركتي")) | COMPANY_AND
# "Bank" with its proclitics: a place's name right after one is the bank's, a country's too
# (بنك قطر الوطني، لبنك إنجلترا المركزي، بنك مسقط; not البنك المركزي المصري, which is no name).
BANK_WORDS = frozenset(p + w for p in ("", "و", "ب", "ل", "ف") for w in _words("بنك مصرف"))
# Words before an organisation's name: its name before a country's adjective (وكالة تاس
# الروسية، شركة غازبروم الروسية) is no town of that country.
ORGANISATION_WORDS = _words("شركة صحيفة جريدة وكالة قناة مجلة حزب حركة منظمة جمعية مؤسسة مجموعة بنك مصرف فريق نادي")
# Words that put a spot in the place named next: مستشفى الملك خالد في تبوك, بمكة.
LOCATING_WORDS = _words("في وفي ب")
# Words that put a town in the division whose cue word follows them: العيون من ولاية القصرين،
# العلا بولاية القيروان، المساعيد التابعة لولاية القيروان.
IN_DIVISION_WORDS = _words("في من ب ل التابعة")
# Letters the article's ل assimilates to, as Latin names write it (الزرقاء, Az Zarqa).
SUN_LETTERS = frozenset("تثدذرزسشصضطظلن")
# Function words: prepositions, conjunctions, pronouns, particles, and a few adverbs of time.
STOPWORDS = _words(
    "في من إلى الى على عن مع بين حول نحو قرب عند منذ حتى التي الذي الذين التى هذا هذه "
    "اللذان اللذين اللتان اللتين اللواتي اللاتي "
    "ذلك تلك هناك هنا و أو ثم قد لا لم لن ما إن أن كان كانت يوم اليوم أمس غدا بعد قبل غير كل بعض "
    "خلال عبر لدى حيث عندما بينما كذلك"
)
# Words that make a spot's name a water body's (بحيرة الحبانية، نهر العاصي): its kind is water.
WATER_WORDS = _words("بحيرة نهر بحر خليج قناة")
# A country's name that is its nationality's feminine adjective too (السعودية): after these
# words it is part of the country's long name (المملكة العربية السعودية), not an adjective.
COUNTRY_NAME_WORDS_BEFORE = _words("العربية")
NISBA_ENDING = fold("ي")  # إداري، مالي: a masculine adjective of relation
# Indefinite nouns and adjectives a nationality's feminine adjective follows: عائلة سورية
# "a Syrian family", قاعدة جوية سورية, فصائل سورية (a broken plural agrees in the feminine
# singular); sound plurals in -ات are told by their ending. Not the verbal nouns a country's
# name follows as their object or subject (عودة سورية، زيارة سورية، عضوية سورية), nor خاصة.
NOUNS_TAKING_NATIONALITY = _words(
    "عائلة أسرة امرأة امراة طفلة فتاة سيدة لاجئة رضيعة مواطنة منشأة مقاتلة طائرة مروحية قاعدة "
    "فرقة محكمة صحيفة قناة جهة أزمة معارضة منظمة جماعة مجموعة ميليشيا شركة ضيعة "
    "بطارية دبابة سفينة جوية عسكرية حكومية رسمية محلية كردية مسلحة نووية مدنية أمنية "
    "فصائل مصادر أهداف مواقع مناطق عناصر إعلام أسر مدن بلدات قرى قواعد أندية"
)
FEMININE_NISBA_ENDING = fold("ية")  # السورية، الأردنية (the ة alone: geo.arabic.FOLDED_FEMININE_ENDING)
FEMININE_PLURAL_ENDING = fold("ات")  # of a sound feminine plural: الولايات، طائرات
# Places whose name is an everyday nisba adjective too: right after an indefinite noun it is the
# adjective (مبلغ مالي "a sum of money", حرس بحري "coast guard", دعم دولي "international
# support"), unless the noun is one that takes a place after it (PLACE_HEADS: حكومة مالي، حدود
# مالي); after an indefinite cue too, where the name is a word first (مطار دولي: not The Valley;
# مدينة كبرى "a major city").
ADJECTIVE_NAMES = _words("مالي بحري بري دولي كبرى")
PLACE_HEADS = _words(
    "حكومة حكومات رئيس رئيسة جيش شعب سفارة سفير سفيرة حدود مواطن مواطنو مواطني برلمان قوات منتخب "
    "أراضي سكان لاجئو لاجئي دول رئاسة وزير وزيرة وزراء دفاع خارجية انقلاب"
)
# A state's long name: one of these words with the article, a country's feminine adjective,
# and the adjectives of its form before or after it (الجمهورية العربية السورية، المملكة
# الأردنية الهاشمية). Not دولة: الدولة الإسلامية is no state's name.
STATE_WORDS = _words("جمهورية مملكة إمارة سلطنة")
STATE_ADJECTIVES = _words("العربية الإسلامية الاتحادية الفيدرالية الديمقراطية الشعبية الهاشمية الاشتراكية")
