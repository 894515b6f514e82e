"""Event triggers in Arabic and English: inflections, clitics, negation, future, figurative uses, attributes."""

from __future__ import annotations

import pytest

A, N, F = "asserted", "negated", "future"


@pytest.mark.parametrize(("text", "expected"), [
    # Arabic clitics, the article and endings stay outside or inside the span as docs/events.md says
    ("أعلنت الشرطة اعتقال ثلاثة أشخاص.", [("arrest", "اعتقال", A)]),
    ("واعتقلت الشرطة ثلاثة أشخاص.", [("arrest", "اعتقلت", A)]),
    ("اعتقلتهم الشرطة أمس.", [("arrest", "اعتقلتهم", A)]),
    ("ويعتقلون الشبان كل ليلة.", [("arrest", "يعتقلون", A)]),
    ("شارك الآلاف في الاحتجاجات.", [("protest", "احتجاجات", A)]),
    ("عاد الهدوء بعد أسبوع من الاحتجاجات.", [("protest", "احتجاجات", A)]),
    ("دفعت الأزمة للاحتجاجات.", [("protest", "احتجاجات", A)]),
    ("ندد الحزب بالاحتجاج.", [("protest", "احتجاج", A)]),
    ("خرجت مظاهرة حاشدة في العاصمة.", [("protest", "مظاهرة", A)]),
    ("ونفذت الشرطة مداهمات في الحي.", [("arrest", "مداهمات", A)]),
    ("أُعلنت حالة الطوارئ في ثلاث ولايات.", [("emergency_measure", "حالة الطوارئ", A)]),
    ("وشنت الطائرات غاراتها على المدينة.", [("strike_explosion", "غاراتها", A)]),
    ("تواصلت الاشتباكات بين الجيش والمتمردين.", [("armed_clash", "اشتباكات", A)]),
    ("ضرب زلزالان المنطقة.", [("disaster", "زلزالان", A)]),
    ("قدم رئيس الوزراء استقالته.", [("political_change", "استقالته", A)]),
    ("وقع البلدان اتفاقية للتعاون الأمني.", [("diplomacy", "وقع", A), ("diplomacy", "اتفاقية", A)]),
    # English inflections
    ("Police arrested five men.", [("arrest", "arrested", A)]),
    ("Mass arrests followed the vote.", [("arrest", "arrests", A), ("political_change", "vote", A)]),
    ("Protesters blocked the main road.", [("protest", "Protesters", A)]),
    ("The army carried out air strikes on the town.", [("strike_explosion", "air strikes", A)]),
    ("Gunmen kidnapped three engineers.", [("violence_against_civilians", "kidnapped", A)]),
    ("Thousands of troops were deployed to the border.", [("military_movement", "deployed", A)]),
    ("Flooding forced residents to flee.", [("disaster", "Flooding", A)]),
    ("The president resigned on Friday.", [("political_change", "resigned", A)]),
    # negation and denial
    ("نفى الجيش شن أي غارات على المنطقة.", [("strike_explosion", "غارات", N)]),
    ("لم يشهد الحي أي اشتباكات منذ أسبوعين.", [("armed_clash", "اشتباكات", N)]),
    ("لا صحة للأنباء عن اعتقال الصحفي.", [("arrest", "اعتقال", N)]),
    ("The ministry denied carrying out air strikes.", [("strike_explosion", "air strikes", N)]),
    ("There were no protests on Friday.", [("protest", "protests", N)]),
    ("The strike was called off at the last minute.", [("protest", "strike", N)]),
    # future: calls, plans, threats
    ("دعا الاتحاد إلى التظاهر يوم الجمعة.", [("protest", "تظاهر", F)]),
    ("هدد زعيم الجماعة بشن هجمات على المنشآت النفطية.", [("armed_clash", "هجمات", F)]),
    ("يعتزم الرئيس زيارة موسكو لإجراء محادثات.", [("diplomacy", "زيارة", F), ("diplomacy", "محادثات", F)]),
    ("وسيعتقل كل من يخالف القرار.", [("arrest", "يعتقل", F)]),
    ("تجري الانتخابات البرلمانية المقبلة في مايو.", [("political_change", "انتخابات", F)]),
    ("The union called for a strike on Monday.", [("protest", "strike", F)]),
    ("The rebels threatened to attack the capital.", [("armed_clash", "attack", F)]),
    # a call to stop presupposes
    ("طالب المتظاهرون بوقف القصف على المدينة.", [("protest", "متظاهرون", A), ("strike_explosion", "قصف", A)]),
    ("Activists urged an end to the fighting.", [("armed_clash", "fighting", A)]),
    # figurative uses and attributes are no events
    ("فاز الهلال بعد هجوم مكثف في الشوط الثاني.", []),
    ("The striker scored as the home side launched attack after attack in the second half.", []),
    ("اندلعت حرب الأسعار بين شركات الطيران.", []),
    ("A bitter price war has squeezed margins.", []),
    ("The minister faced a storm of criticism.", []),
    ("تعرض الوزير لعاصفة من الانتقادات.", []),
    ("Riot police lined the streets.", []),
    ("أصيب عنصر من شرطة مكافحة الشغب بجروح.", []),
    ("The elected parliament held its first session.", []),
    ("عقد البرلمان المنتخب جلسته الأولى.", []),
    ("أعلنت وزارة الخارجية أن الرئيس سيصل غدا.", []),
    ("Shares exploded higher on Monday.", []),
])
def test_triggers(events_in, text, expected):
    assert events_in(text) == expected


@pytest.mark.parametrize(("text", "types"), [
    # the conventions, by type
    ("قتل خمسة أشخاص في غارة جوية استهدفت سوقا.", {"strike_explosion"}),  # casualties take the cause's type
    ("Two soldiers were killed near the border.", {"armed_clash"}),  # fighters killed, no cause named
    ("A gas explosion tore through the building.", {"strike_explosion"}),  # explosions of any cause
    ("أفرجت السلطات عن عشرات المعتقلين.", {"arrest"}),  # releasing detainees
    ("Hundreds of police officers were deployed in the city centre.", {"military_movement"}),
    ("اندلعت احتجاجات عنيفة في المدينة.", {"protest", "riot"}),  # a violent demonstration is both
    ("Protesters clashed with police for a second night.", {"protest", "riot"}),
    ("The foreign ministry condemned the decision.", set()),  # statements alone are not diplomacy
    ("Kidnappers released the aid worker after 40 days.", {"violence_against_civilians"}),
])
def test_conventions(events_in, text, types):
    assert {t for t, _, polarity in events_in(text) if polarity == A} == types


def test_the_seed_article_reads_as_a_sequence_of_events(event_detector):
    from pathlib import Path

    from geo.events import asserted_types
    from geo.model import Document

    text = (Path(__file__).resolve().parent.parent / "seeds" / "000_5a42c12e227cab77.txt").read_text(encoding="utf-8")
    events = event_detector.detect(Document(id="seed", text=text))
    found = {t for types in asserted_types(events).values() for t in types}
    assert {"protest", "riot", "military_movement", "emergency_measure", "political_change"} <= found
    assert all(text[e.start:e.end] == e.trigger for e in events)
