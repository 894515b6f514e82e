"""word.fixed_expression: a place's name that with the word after or before it is a fixed expression is no place."""

import pytest

RULE = "word.fixed_expression"
REASON = "part of a fixed expression, not a place"


@pytest.mark.parametrize(("text", "surface", "place_id"), [
    ("عاد الشاعر إلى مسقط رأسه بعد غياب طويل", "مسقط", "gn:muscat"),
    ("أقيم المعرض في مسقط رأس الفنان", "مسقط", "gn:muscat"),
    ("تهدف الحملة إلى النيل من أمن الوطن", "النيل", "alias:nile"),
    ("كل من يحاول النيل منها سيفشل", "النيل", "alias:nile"),
    ("ارتفع سعر خام غرب تكساس الوسيط", "تكساس", "adm1:US:Texas"),
    ("فاز الفريق على ملعب سانتياغو برنابيو", "سانتياغو", "gn:santiago"),
    ("احتفلت العائلة بلم شمل أفرادها بعد سنوات", "بلم", "gn:belem"),
    ("قال إن اهتمام السعودية ينبع من الرغبة في الاستقرار", "ينبع", "gn:yanbu"),
    ("تبدأ المحاضرة في الرياض بعد صلاة المغرب", "المغرب", "cc:MA"),
    ("انتظر الصائمون أذان المغرب في الرياض", "المغرب", "cc:MA"),
    ("وصل الوفد قبل أذان المغرب", "المغرب", "cc:MA"),
    ("أصيب بفيروس كورونا المسبب لمتلازمة الشرق الأوسط التنفسية", "الشرق الأوسط", "alias:middle-east"),
    ("أعاده الله على الجميع باليمن والبركات", "اليمن", "cc:YE"),
], ids=["birthplace-with-pronoun", "birthplace", "to-harm", "to-harm-with-pronoun", "west-texas-intermediate",
        "a-stadium", "to-reunite", "stems-from", "the-sunset-prayer", "its-call", "its-call-without-hamza",
        "a-disease-s-name", "a-blessing"])
def test_a_fixed_expression_is_no_place(decide, text, surface, place_id):
    assert decide(text).rejected[surface] == (RULE, None, REASON, "")
    assert decide(text, disable=[RULE]).mentions[surface].place_id == place_id


@pytest.mark.parametrize(("text", "surface", "place_id"), [
    ("زار الوزير مسقط أمس", "مسقط", "gn:muscat"),
    ("وصل الوفد إلى مسقط، رأس الوفد وزير الخارجية", "مسقط", "gn:muscat"),
    ("تحصل مصر على معظم مياه النيل من إثيوبيا", "النيل", "alias:nile"),
    ("دعا إلى الاستخدام العادل لمياه النيل من قبل الدول", "النيل", "alias:nile"),
    ("يقع المعبد على ضفاف النيل من الجهة الغربية", "النيل", "alias:nile"),
    ("سافر على النيل منذ الصباح", "النيل", "alias:nile"),
    ("ضربت العاصفة غرب تكساس", "تكساس", "adm1:US:Texas"),
    ("وصل الوفد إلى بلم شمالي البرازيل", "بلم", "gn:belem"),
    ("تعاني مستشفى ينبع من تكرار الأعطال في السعودية", "ينبع", "gn:yanbu"),
    ("تحتاج مدينة ينبع من الحركة الجوية الكثير في السعودية", "ينبع", "gn:yanbu"),
    ("وصل الوفد إلى ينبع في السعودية أمس", "ينبع", "gn:yanbu"),
    ("فازت الجزائر بعد المغرب بالمركز الثاني", "المغرب", "cc:MA"),
    ("زار الوزير المغرب قبل الصلاة", "المغرب", "cc:MA"),
], ids=["muscat", "after-a-comma", "water-of-the-nile", "water-with-a-proclitic", "banks-of-the-nile",
        "another-word-after", "texas", "belem", "a-facility-of-yanbu", "the-city-of-yanbu", "yanbu",
        "after-morocco", "morocco-before-the-prayer"])
def test_the_place_stays_elsewhere(decide, text, surface, place_id):
    assert decide(text).mentions[surface].place_id == place_id
