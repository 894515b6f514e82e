"""added.facility: a facility word and the name after it are one landmark."""

import pytest

RULE = "added.facility"


def test_a_facility_and_its_name_are_a_landmark(decide):
    decided = decide("زار مستشفى الملك خالد").mentions["مستشفى الملك خالد"]
    assert decided == (RULE, None, "named as a place by 'مستشفي' but not in the gazetteer", "مستشفي")
    assert decide("زار مستشفى الملك خالد", disable=[RULE]).names() == set()


@pytest.mark.parametrize(("text", "landmark"), [
    ('وستقام المباراة على ملعب "لوفتس رود" في أغسطس', 'ملعب "لوفتس رود"'),
    ("سيطرت المقاومة على جبل «منيف» القريب", "جبل «منيف»"),
    ('عمل طبيبا في مستشفى "ابن سينا" سنوات', 'مستشفى "ابن سينا"'),  # an everyday word after the first
], ids=["a stadium", "a mountain", "a hospital"])
def test_a_quoted_name_after_a_facility_word_is_the_landmark_s_whole(decide, text, landmark):
    assert decide(text).mentions[landmark].rule == RULE


@pytest.mark.parametrize("text", ['أجرى معهد "إيبسوس" استطلاعا للرأي', 'دفن في مقبرة "للشهداء" أمس',
                                  'أقيمت في ملعب "Saalfelden" مباراة'],
                         ids=["a pollster", "a proclitic", "latin letters"])
def test_a_quote_makes_no_landmark_of_an_institute_or_a_word(decide, text):
    assert not [name for name in decide(text).names() if '"' in name]


@pytest.mark.parametrize(("text", "landmark"), [
    ("أعيد فتح معبر رأس جدير أمس", "معبر رأس جدير"),
    ("سيطر على ميناء راس لانوف أمس", "ميناء راس لانوف"),
    ("زار مستشفى الملك عبد العزيز أمس", "مستشفى الملك عبد العزيز"),
], ids=["a cape's crossing", "a cape's port unhamzated", "a king's hospital"])
def test_a_link_word_carries_the_name_on(decide, text, landmark):
    assert decide(text).mentions[landmark].rule == RULE


def test_a_conjoined_word_after_a_link_word_is_the_list_s_next_name(decide):
    assert decide("قصفت المليشيا جبل رأس والمجاعشة").names() == set()  # the name cut off after its link


def test_by_means_of_is_no_road(decide):
    assert decide("وصل عن طريق البحر").names() == set()


def test_and_led_to_is_no_valley(decide):
    # وأدى "and (it) led to" folds like وادي "a valley"; the hamza tells them apart.
    assert decide("وأدى استسلام الجنود إلى فشل الانقلاب").names() == set()
    assert decide("وادي استسلام").mentions["وادي استسلام"].rule == RULE


@pytest.mark.parametrize(("text", "landmark"), [
    ("تحطمت الطائرة فوق سلسلة جبال زاغروس", "جبال زاغروس"),
    ("أقيم الحفل في قصر بلينهايم", "قصر بلينهايم"),
    ("وصل الفريق إلى منتجع فنربخشة", "منتجع فنربخشة"),
    ("صلى في جامع النوري", "جامع النوري"),
    ("تنزه الزوار في غابة رغدان", "غابة رغدان"),
    ("افتتحت حديقة الأمير سلطان", "حديقة الأمير سلطان"),
    ("أقيم العرض على مسرح المفتاحة", "مسرح المفتاحة"),
    ("هبطت الطائرة في مطار الملك خالد الدولي", "مطار الملك خالد الدولي"),
    ("رست السفينة في ميناء الملك عبدالعزيز", "ميناء الملك عبدالعزيز"),
    ("هبطت في مطار الملكة علياء", "مطار الملكة علياء"),
    ("صلى في مسجد الإمام علي", "مسجد الإمام علي"),
    ("خرجت الحافلات عبر معبر الوافدين شمالا", "معبر الوافدين"),
    ("ارتفع منسوب نهر يامونا الذي يعبر المدينة", "نهر يامونا"),
    ("سيطرت القوات على وادي عقان شمال المحافظة", "وادي عقان"),
], ids=["mountains", "palace", "resort", "mosque", "forest", "park", "theatre", "airport after a king",
        "port after a king", "airport after a queen", "a link word before علي (folded like على)", "a crossing",
        "a river", "a valley"])
def test_mountains_palaces_resorts_and_mosques_are_landmarks_too(decide, text, landmark):
    assert decide(text).mentions[landmark].rule == RULE


@pytest.mark.parametrize("text", [
    "وكان قصر النظر سببا في الحادث",
    "سار على طريق السلام",
    "وصلت الشرطة إلى مسرح الجريمة",
    "زار الأطفال حديقة الحيوان",
    "سالت دموعه نهر السلام",
], ids=["short sight", "the way of peace", "the crime scene", "a zoo", "a river of peace"])
def test_a_figurative_facility_word_before_a_definite_everyday_word_names_nothing(decide, text):
    assert not any(decided.rule == RULE for decided in decide(text).mentions.values())


@pytest.mark.parametrize("text", [
    "علقت السيارات في شارع مزدحم",
    "اصطدمت السفينة بجبل جليدي",
    "صعد جبل يلقب بسقف العالم",
], ids=["a participle", "a nisba adjective", "a verb"])
def test_a_figurative_facility_word_before_a_frequent_word_form_names_nothing(decide, text):
    assert not any(decided.rule == RULE for decided in decide(text).mentions.values())


@pytest.mark.parametrize("text", [
    "بنت البلدية جسر للمشاة فوق الطريق",
    "افتتح مسرح للعرائس في المدينة",
    "أقيم مسرح ومدرجات للجمهور",
], ids=["لل and a word", "لل and a word after an indefinite cue", "و and a word"])
def test_a_word_with_a_proclitic_after_a_facility_word_names_nothing(decide, text):
    assert not any(decided.rule == RULE for decided in decide(text).mentions.values())


@pytest.mark.parametrize("text", [
    "وصل الوفد إلى مطار العاصمة أمس",
    "اجتمع الجيران في مسجد الحي بعد الصلاة",
    "تجولنا في حديقة الملكة في الصباح",
], ids=["a cue word after it", "a district's cue word after it", "a name cut off"])
def test_no_name_after_it_names_nothing(decide, text):
    assert decide(text).names() == set()


def test_a_frequent_name_after_it_is_still_a_landmark(decide):
    assert decide("استقبل الرئيس ضيوفه في قصر قرطاج").mentions["قصر قرطاج"].rule == RULE


@pytest.mark.parametrize(("text", "landmark"), [
    ("تقام المباراة على ملعب سانتياغو برنابيو الليلة", "ملعب سانتياغو برنابيو"),
    ("وصل المنتخب إلى استاد أولد ترافورد للتدريب", "استاد أولد ترافورد"),
    ("أقيم الحفل في ملعب لوجنيكي في موسكو", "ملعب لوجنيكي"),
    ("سجل هدفا على ملعب أنفيلد معقلهم", "ملعب أنفيلد"),
    ("وقد كان ملعب كيلاني يتسع لعشرة آلاف", "ملعب كيلاني"),
    ("وقد كان ملعب كيلاني ومدرجاته ممتلئة", "ملعب كيلاني"),
    ("أقيمت المباراة في ملعب كيلاني بالمدينة", "ملعب كيلاني"),
    ("أقيمت المباراة في ملعب كيلاني كالعادة", "ملعب كيلاني"),
    ("أقيمت المباراة في ملعب كيلاني مدريد", "ملعب كيلاني"),
    ("أقيمت المباراة في ملعب كيلاني مستشفى", "ملعب كيلاني"),
    ("أقيمت المباراة في ملعب كيلاني كبيرة", "ملعب كيلاني"),
    ("أقيمت المباراة في ملعب كيلاني 2018", "ملعب كيلاني"),
    ("أقيمت المباراة في ملعب كيلاني Arena", "ملعب كيلاني"),
    ("أقيمت المباراة في ستاد كيلاني بن صباح", "ستاد كيلاني بن صباح"),
    ("أقيمت المباراة في ستاد كيلاني بن", "ستاد كيلاني"),
    ("أقيمت المباراة في ملعب أليانز أرينا", "ملعب أليانز أرينا"),
    ("أقيمت المباراة في ملعب سيغنال إيدونا بارك", "ملعب سيغنال إيدونا بارك"),
], ids=["two words", "after استاد", "a preposition ends it", "a pronoun ends it", "a verb ends it",
        "the conjunction ends it", "bi and the article end it", "ka and the article end it", "a place ends it",
        "a facility word ends it", "an everyday word ends it", "a number ends it", "latin letters end it",
        "a link word and a name go on", "a link word cut off", "an arena's word ends it",
        "an arena's word that is an everyday one too"])
def test_a_stadium_s_foreign_name_runs_to_several_words(decide, text, landmark):
    decided = decide(text).mentions
    assert decided[landmark].rule == RULE
    assert [name for name in decided if name.startswith(landmark.split()[0])] == [landmark]


def test_other_facilities_keep_a_one_word_foreign_name(decide):
    assert decide("نقل إلى مستشفى كيلاني كلينك في المدينة").mentions["مستشفى كيلاني"].rule == RULE


@pytest.mark.parametrize("text", ["أقيمت المباراة على ملعب محايد", "قاد المدرب الفريق على ملعب خصمه"],
                         ids=["a frequent adjective, a given name's sound too", "an everyday noun with a pronoun"])
def test_after_a_stadium_s_word_an_adjective_or_a_possessed_noun_names_nothing(decide, text):
    assert not any(decided.rule == RULE for decided in decide(text).mentions.values())


def test_a_street_named_like_a_given_name_is_still_a_landmark(decide):
    # محايد sounds like a given name of the tiny gazetteer: شارع محايد may be named after a man.
    assert decide("افتتح شارع محايد الجديد").mentions["شارع محايد"].rule == RULE


@pytest.mark.parametrize("text", ["وصلت المفاوضات إلى طريق مسدود", "افتتح قصر رئاسي جديد"],
                         ids=["a participle", "a nisba adjective"])
def test_an_adjective_that_sounds_like_a_given_name_names_no_facility(decide, text):
    # مسدود and رئاسي share the skeletons of given names of the tiny gazetteer (Masud, Rasi).
    assert not any(decided.rule == RULE for decided in decide(text).mentions.values())


@pytest.mark.parametrize(("text", "landmark"), [
    ("قضى عامين في سجن إيفين", "سجن إيفين"),
    ("نقل إلى سجن صيدنايا", "سجن صيدنايا"),
], ids=["in", "to"])
def test_a_prison_after_a_preposition_of_place_is_a_landmark(decide, text, landmark):
    assert decide(text).mentions[landmark].rule == RULE


@pytest.mark.parametrize("text", [
    "قضت المحكمة بسجن أولمرت ست سنوات",  # sentenced Olmert to prison
    "وسجن كافالا بعد أيام من توقيفه",  # and Kavala was jailed
    "وضعته السلطات في سجن انفرادي",  # solitary confinement
    "عذب في سجن تديرها المخابرات",  # a prison that the intelligence runs
], ids=["sentenced", "jailed", "solitary", "a verb with its pronoun"])
def test_jailing_someone_is_no_prison(decide, text):
    assert decide(text).names() == set()
