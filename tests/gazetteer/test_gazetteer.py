"""geo.gazetteer: the index built from GeoNames/CLDR/Natural Earth and geo/data/aliases.tsv."""

from __future__ import annotations

import gc
import shutil

from pathlib import Path

import pytest

from geo.arabic import in_another_languages_letters
from geo.errors import GazetteerError, GeoError
from geo.gazetteer import (
    ARTICLE_DROPPED,
    DATA,
    NEEDS_EVIDENCE,
    PRIMARY,
    QUALIFIER_ONLY,
    WORD_FIRST,
    arabic_skeleton,
    has_an_h,
    latin_skeleton,
    turkic_skeleton,
    load_gazetteer,
    unpack,
    writes_an_h,
)
from geo.gazetteer.divisions import division_key, division_name_ar, local_names
from geo.gazetteer.sources import cldr_subdivision_names, cldr_territory_variants, read_tsv
from geo.gazetteer.store import fingerprint
from geo.geometry import distance_km
from geo.model import KINDS, Place
from geo.text import fold, fold_name

REPO = Path(__file__).resolve().parent.parent.parent



def entries(gazetteer, name: str) -> dict[str, int]:
    """place_id -> flags for every place a name leads to."""
    _, packed, _ = gazetteer.lookup(fold_name(name))
    return {gazetteer.place_rows[index][0]: flags for index, flags in map(unpack, packed)}


def demonym(gazetteer, word: str) -> str:
    return gazetteer.lookup(fold_name(word))[2]


# --- loading ---------------------------------------------------------------------------


def test_unknown_city_set_is_refused(tmp_path):
    with pytest.raises(GazetteerError, match="cities42"):
        load_gazetteer(cache_dir=tmp_path, cities="cities42")
    assert not list(tmp_path.iterdir())


def test_unreadable_cached_index_is_removed_and_reported(tmp_path):
    path = tmp_path / f"gazetteer-cities15000-{fingerprint('cities15000')}.pickle"
    path.write_bytes(b"not a pickle at all")
    with pytest.raises(GazetteerError, match="unreadable") as caught:
        load_gazetteer(cache_dir=tmp_path)
    assert isinstance(caught.value, GeoError) and isinstance(caught.value, OSError)
    assert str(path) in str(caught.value)
    assert not path.exists()


def test_cached_index_loads_from_another_folder(gazetteer, tmp_path):
    name = f"gazetteer-cities15000-{fingerprint('cities15000')}.pickle"
    shutil.copy(REPO / "cache" / name, tmp_path / name)
    copy = load_gazetteer(cache_dir=tmp_path)
    assert len(copy.place_rows) == len(gazetteer.place_rows)
    assert copy.lookup(fold_name("كازاخستان")) == gazetteer.lookup(fold_name("كازاخستان"))


def test_a_loaded_index_is_left_out_of_later_garbage_collections(tmp_path):
    name = f"gazetteer-cities15000-{fingerprint('cities15000')}.pickle"
    shutil.copy(REPO / "cache" / name, tmp_path / name)
    frozen = gc.get_freeze_count()
    copy = load_gazetteer(cache_dir=tmp_path)
    assert gc.get_freeze_count() - frozen >= len(copy.place_rows)


def test_places_are_well_formed(gazetteer):
    ids = set()
    for index, row in enumerate(gazetteer.place_rows):
        place = gazetteer.place(index)
        assert isinstance(place, Place)
        assert place.kind in KINDS, place
        assert place.place_id not in ids, place
        ids.add(place.place_id)
    assert len(gazetteer.admin1) == len(gazetteer.place_rows)


def test_every_place_has_valid_coordinates(gazetteer):
    invalid = [row[:4] for row in gazetteer.place_rows if not (-90 <= row[2] <= 90 and -180 <= row[3] <= 180)]
    assert invalid == []


@pytest.mark.parametrize("code", ["KZ", "BY", "KG", "US", "RU", "LB", "LY", "OM", "JO", "GE"])
def test_every_country_is_indexed_by_code(gazetteer, code):
    place = gazetteer.place(gazetteer.country_of_code[code])
    assert place.kind == "country" and place.country_code == code and place.place_id == f"cc:{code}"


# --- names -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("arabic", "english", "place_id"),
    [
        ("كازاخستان", "Kazakhstan", "cc:KZ"),
        ("روسيا البيضاء", "Belarus", "cc:BY"),
        ("قرغيزستان", "Kyrgyzstan", "cc:KG"),
        ("الولايات المتحدة", "United States", "cc:US"),
        ("موسكو", "Moscow", "gn:524901"),
        ("ألما أتا", "Almaty", "gn:1526384"),
        ("أكتوبي", "Aktobe", "gn:610611"),
        ("نور سلطان", "Nur-Sultan", "gn:1526273"),
        ("الكرملين", "Kremlin", "alias:kremlin"),
        ("البيت الأبيض", "White House", "alias:white-house"),
        ("قاعدة بايكونور الفضائية", "Baikonur Cosmodrome", "alias:baikonur-cosmodrome"),
        ("آسيا الوسطى", "Central Asia", "un:143"),
    ],
)
def test_arabic_and_english_names_lead_to_the_same_place(gazetteer, arabic, english, place_id):
    assert place_id in entries(gazetteer, arabic)
    assert place_id in entries(gazetteer, english)


@pytest.mark.parametrize(
    ("spelling", "place_id"),
    [
        ("كازاخستـــان", "cc:KZ"),  # tatweel
        ("كَازَاخِسْتَان", "cc:KZ"),  # diacritics
        ("کازاخستان", "cc:KZ"),  # Persian kaf
        ("ایران", "cc:IR"),  # Persian yeh
        ("پاکستان", "cc:PK"),  # Persian pe and kaf
        ("الاردن", "cc:JO"),  # bare alef
        ("جده", "gn:105343"),  # ha for ta marbuta
        ("Nur Sultan", "gn:1526273"),
        ("NUR-SULTAN", "gn:1526273"),
    ],
)
def test_spelling_variants_find_the_place(gazetteer, spelling, place_id):
    assert place_id in entries(gazetteer, spelling)


def test_longer_name_is_its_own_key(gazetteer):
    assert set(entries(gazetteer, "روسيا البيضاء")) == {"cc:BY"}
    assert "cc:BY" not in entries(gazetteer, "روسيا")


def test_multiword_arabic_names_are_also_indexed_run_together(gazetteer):
    assert "cc:US" in entries(gazetteer, "الولاياتالمتحدة")
    assert "cc:US" in entries(gazetteer, "الولايات المتحدة")
    assert entries(gazetteer, "نورسلطان")["gn:1526273"] is not None


def test_names_with_the_article_are_also_indexed_without_it_for_lil(gazetteer):
    # للبيت الأبيض = ل + البيت الأبيض: the key without ال is only valid after ل
    flags = entries(gazetteer, "بيت الأبيض")["alias:white-house"]
    assert flags & ARTICLE_DROPPED
    assert not entries(gazetteer, "البيت الأبيض")["alias:white-house"] & ARTICLE_DROPPED


@pytest.mark.parametrize(("name", "other_languages"), [
    ("وین", True),  # Persian: Farsi yeh
    ("تہران", True),  # Urdu: heh goal
    ("مەشھەد", True),  # Kurdish: ae and heh doachashmee
    ("رىم", True),  # Uyghur: a dotless yeh inside the word
    ("فيينا", False),
    ("مصطفى", False),  # a dotless yeh at the end is Arabic's alef maqsura
    ("الرياض", False),
])
def test_spellings_of_other_languages_are_told_from_arabic(name, other_languages):
    assert in_another_languages_letters(name) is other_languages


@pytest.mark.parametrize(("name", "place_id"), [("وين", "gn:2761369"), ("ريم", "gn:3169070")])
def test_a_city_spelled_only_in_another_languages_letters_needs_evidence(gazetteer, name, place_id):
    # وین (Persian for Vienna) folds to وين, "where"; رىم (Uyghur for Rome) to ريم, a given name.
    flags = entries(gazetteer, name)[place_id]
    assert flags & NEEDS_EVIDENCE and not flags & PRIMARY


def test_another_languages_spelling_of_an_arabic_name_changes_nothing(gazetteer):
    flags = entries(gazetteer, "طهران")["gn:112931"]  # تہران (Urdu) folds to the Arabic طهران
    assert flags & PRIMARY and not flags & NEEDS_EVIDENCE


@pytest.mark.parametrize(("name", "place_id"), [
    ("الخرطوم", "gn:379252"),  # GeoNames: خرطوم and ااالخرطوم only
    ("سول", "gn:1835848"),  # Seoul; GeoNames: سيول ("torrents") and سئول
    ("كالكتا", "gn:1275004"),
    ("يكاترنبيرج", "gn:1486209"),
])
def test_capitals_and_big_cities_take_cldr_s_arabic_name(gazetteer, name, place_id):
    assert entries(gazetteer, name)[place_id] == PRIMARY


@pytest.mark.parametrize(("name", "place_id"), [
    ("سمراء", "gn:499099"),  # Samara's in CLDR, but "brown" first
    ("بنما", "gn:3703443"),  # America/Panama: the country's name, not Panama City's
])
def test_cldr_s_exemplar_names_that_are_words_or_countries_are_left_out(gazetteer, name, place_id):
    assert place_id not in entries(gazetteer, name)


@pytest.mark.parametrize(("place_id", "name_ar"), [
    ("gn:379252", "الخرطوم"),  # CLDR's
    ("gn:361058", "الإسكندرية"),  # listed with and without its article
    ("gn:3173435", "ميلانو"),  # not ميلان, "tilt" and a club
])
def test_a_city_shows_its_usual_arabic_name(gazetteer, place_id, name_ar):
    assert next(row for row in gazetteer.place_rows if row.place_id == place_id).name_ar == name_ar


@pytest.mark.parametrize(("bare", "with_article", "place_id"), [("رياض", "الرياض", "gn:108410"),
                                                                 ("اسكندرية", "الإسكندرية", "gn:361058")])
def test_a_city_listed_without_its_article_needs_evidence_there(gazetteer, bare, with_article, place_id):
    assert entries(gazetteer, bare)[place_id] & NEEDS_EVIDENCE
    assert not entries(gazetteer, with_article)[place_id] & NEEDS_EVIDENCE


@pytest.mark.parametrize(("bare", "place_id"), [("سلمية", "gn:164947"), ("سفيرة", "gn:172503"), ("رياض", "gn:108410"),
                                                ("سلطات", "gn:2537406")],
                         ids=["peaceful", "an ambassador", "a man's name", "authorities, more frequent with the article"])
def test_a_bare_form_as_frequent_as_a_word_is_the_word_first(gazetteer, bare, place_id):
    assert entries(gazetteer, bare)[place_id] & WORD_FIRST


@pytest.mark.parametrize(("text", "found"), [
    ("بدأت الثورة في سوريا باحتجاجات سلمية", False),  # its country named is not enough
    ("قصفت الطائرات مدينة سلمية في سوريا", True),  # a cue word is
    ("وتمكنت سلطات الأمن في المغرب من القبض على الجانيين", False),  # no Settat
], ids=["peaceful protests", "the town", "the authorities"])
def test_a_bare_word_first_form_in_text(parse, text, found):
    assert bool({"gn:164947", "gn:2537406"} & {m.place.place_id for m in parse(text) if m.place}) is found


@pytest.mark.parametrize(
    ("name", "place_id"),
    [("Reading", "gn:2639577"), ("Nice", "gn:2990440"), ("Mobile", "gn:4076598"), ("المدينة", "gn:109223"),
     ("ديربي", "gn:2651347"), ("رالي", "gn:4487042"),  # a derby (Derby), a rally (Raleigh)
     ("ديلي", "gn:1645457"), ("مينا", "gn:2330100"), ("غولدن", "gn:5423294"), ("بالماس", "gn:3474574"),
     ("فيكتوريا", "gn:241131"), ("دوغلاس", "gn:3042237")],  # "Daily", enamel, "Golden", "with diamonds", given names
)
def test_names_that_are_common_words_need_evidence(gazetteer, name, place_id):
    assert entries(gazetteer, name)[place_id] & NEEDS_EVIDENCE


@pytest.mark.parametrize(("text", "place_ids"), [
    ("ستقام المباراة في مدينة روستوف أون دون", ["gn:501175"]),
    ("وصل المنتخب إلى روستوف", ["gn:501175"]),
    ("رست السفينة في ميناء لاس بالماس", ["gn:2515270"]),
    ("تفشت القرحة في ولاية فيكتوريا الأسترالية", ["adm1:AU:Victoria"]),
    ("حضر ديفيد بيكهام وزوجته فيكتوريا الحفل", []),
    ("قاد هاري كاين وديلي آلي الهجوم", []),
    ("ذكرت صحيفة تشاينا ديلي أن الحزب قرر", []),
    ("وصل الرئيس إلى ديلي في تيمور الشرقية", ["gn:1645457", "cc:TL"]),
    ("تأهل إلى نهائي بطولة إنديان ويلز الأمريكية", ["gn:5359426"]),  # not Wales
    ("أعرب الأمين العام لمجلس التعاون لدول الخليج العربية عن قلقه", []),  # the GCC's name
    ("زار الوفد دول الخليج العربية", ["alias:persian-gulf"]),  # the Gulf states
], ids=["rostov-on-don", "rostov alone", "las palmas", "the australian state", "a given name", "a footballer",
        "a newspaper", "dili with its country", "indian wells", "the gcc", "the gulf states"])
def test_names_the_news_gives_other_places_or_no_place(parse, text, place_ids):
    assert [mention.place.place_id for mention in parse(text) if mention.place] == place_ids


@pytest.mark.parametrize(("text", "surface", "found"), [
    ("تحتاج المصانع إلى العمالة المهرة", "المهرة", False),  # "the skilled"
    ("وصل المحافظ إلى محافظة المهرة", "المهرة", True),  # Al Mahrah
    ("أزاح الملك الستار عن منبر صلاح الدين الأيوبي", "صلاح الدين", False),  # Saladin
    ("قتل ثلاثة في محافظة صلاح الدين", "صلاح الدين", True),  # the governorate
    ("تستهدف الحملة ربات البيوت", "ربات", False),  # housewives, not Rabat
    ("دشن الميناء أول خط بحري إلى أوروبا", "بحري", False),  # "maritime", not Khartoum North
    ("خرج المحتجون في مدينة بحري في السودان", "بحري", True),
    ("بلغ عدد الزوار في المتوسط عشرة آلاف", "المتوسط", False),  # "on average"
    ("أجرت تركيا تدريبات عسكرية في شرق المتوسط", "المتوسط", True),  # the sea, after a compass word
], ids=["the skilled", "al mahrah",
        "saladin", "salah ad din", "housewives", "maritime", "bahri", "on average", "the mediterranean"])
def test_listed_words_that_name_places_are_places_only_with_evidence(parse, text, surface, found):
    assert (surface in {mention.surface for mention in parse(text) if mention.place}) is found


@pytest.mark.parametrize(("name", "place_id"), [
    ("لوم", "gn:2365267"),  # "blame": Lomé is لومي
    ("روم", "gn:3169070"),  # كروم "vineyards", Chrome: Rome is روما
    ("سدة", "gn:418710"),  # سدة الحكم, "the seat of power"
    ("هزة", "gn:1808198"),  # "a tremor"
    ("نيس", "gn:2990440"),  # Nice, where France is named
    ("وأرى", "gn:2319133"),  # "and I see": و + أرى, Warri
])
def test_a_name_abroad_that_reads_as_a_word_needs_evidence(gazetteer, name, place_id):
    # Three letters as frequent as a word, or و "and" before a frequent word.
    assert entries(gazetteer, name)[place_id] & NEEDS_EVIDENCE


@pytest.mark.parametrize(("text", "place_ids"), [
    ("وقع هجوم نيس في جنوب فرنسا", ["gn:2990440", "cc:FR"]),
    ("تم الكشف عن ثغرة في متصفح كروم", []),
    ("معلقا على لوم رئيس الجمهورية", []),
    ("تصريحات لمصادر غير محددة، وأرى أنها غير موجودة", []),
    ("توجه الوفد إلى سول أمس", ["gn:1835848"]),
], ids=["its country named", "vineyards", "blame", "and I see", "a capital's own name"])
def test_short_words_abroad_in_text(parse, text, place_ids):
    assert [mention.place.place_id for mention in parse(text) if mention.place] == place_ids


@pytest.mark.parametrize(("name", "place_id", "flagged"), [
    ("هالة", "gn:2911522", True),  # Halle: Hala
    ("ساري", "gn:116996", True),  # Sari, Iran: a man's name
    ("لاهاي", "gn:2747373", False),  # The Hague: a household name
    ("ليون", "gn:2996944", False),  # Lyon too
], ids=["Halle", "Sari", "The Hague", "Lyon"])
def test_a_small_city_abroad_named_like_an_arab_given_name_needs_evidence(gazetteer, name, place_id, flagged):
    assert bool(entries(gazetteer, name)[place_id] & NEEDS_EVIDENCE) is flagged


@pytest.mark.parametrize(("text", "place_ids"), [
    ("كادت إليسا أن تنهي مشوار هالة مالكي", []),
    ("زار الوفد مدينة هالة الألمانية", ["gn:2911522"]),
], ids=["a woman", "the city, with a cue and its country"])
def test_given_names_abroad_in_text(parse, text, place_ids):
    assert [mention.place.place_id for mention in parse(text) if mention.place] == place_ids


@pytest.mark.parametrize(("text", "place_ids"), [
    ("ووصف الرئيس محمد بخاري اختطاف التلميذات بالكارثة", []),
    ("توصلت لجنة المحلفين إلى أن المتهم مدان بالقتل", []),
    ("أعجب المشجعون بالجمهور ولا سيما الروسيات", []),
    ("انتقل اللاعب إلى برشلونة ويتطلع للعب سويا مع ميسي في إسبانيا", ["cc:ES"]),
    ("زار الوفد مدينة مدان الإندونيسية", ["gn:1214520"]),
    ("زار الوفد مدينة بخارى في أوزبكستان", ["gn:1217662", "cc:UZ"]),
], ids=["a surname", "convicted", "especially", "together", "medan after a cue word", "bukhara with its country"])
def test_words_named_like_towns_in_text(parse, text, place_ids):
    assert [mention.place.place_id for mention in parse(text) if mention.place] == place_ids


def test_a_name_made_of_particles_and_pronouns_is_left_out(gazetteer):
    assert "gn:1808722" not in entries(gazetteer, "هي في")  # "she is in", not Hefei
    assert "gn:1808722" in entries(gazetteer, "خفي")


@pytest.mark.parametrize(("name", "place_id"), [("سول", "gn:1835848"), ("دكا", "gn:1185241"), ("روما", "gn:3169070")])
def test_a_capital_s_own_short_name_needs_none(gazetteer, name, place_id):
    assert not entries(gazetteer, name)[place_id] & NEEDS_EVIDENCE


@pytest.mark.parametrize(
    ("name", "place_id"),
    [("Moscow", "gn:524901"), ("موسكو", "gn:524901"), ("كازاخستان", "cc:KZ"), ("Kazakhstan", "cc:KZ"),
     ("Georgia", "cc:GE"), ("جورجيا", "cc:GE"),
     ("غزة", "gn:281133")],  # as frequent as a word, but never with an article, and often after ب (بغزة)
)
def test_unambiguous_names_need_no_evidence(gazetteer, name, place_id):
    flags = entries(gazetteer, name)[place_id]
    assert flags & PRIMARY and not flags & NEEDS_EVIDENCE


@pytest.mark.parametrize(("abbreviation", "place_id"), [("Ala.", "adm1:US:Alabama"), ("AL", "adm1:US:Alabama"),
                                                        ("Calif.", "adm1:US:California")])
def test_state_abbreviations_count_only_as_qualifiers(gazetteer, abbreviation, place_id):
    assert entries(gazetteer, abbreviation)[place_id] & QUALIFIER_ONLY


@pytest.mark.parametrize("row", read_tsv(DATA / "aliases.tsv"), ids=lambda row: row["name"])
def test_every_curated_alias_leads_to_its_place(gazetteer, row):
    if not fold_name(row["name"]).strip() or any(c.isdigit() for c in row["name"]):
        pytest.skip("not a name")
    assert row["target"] in entries(gazetteer, row["name"])


@pytest.mark.parametrize("row", read_tsv(DATA / "arabic_town_names.tsv"), ids=lambda row: row["name"])
def test_every_curated_arabic_town_name_leads_to_its_town(gazetteer, row):
    assert row["target"] in entries(gazetteer, row["name"])


@pytest.mark.parametrize(("name", "place_id", "flags"), [
    ("ماطر", "gn:2469088", NEEDS_EVIDENCE | WORD_FIRST),  # "rainy"
    ("بارق", "gn:12495725", NEEDS_EVIDENCE),
], ids=["word first", "evidence"])
def test_a_curated_name_that_is_a_word_carries_its_flags(gazetteer, name, place_id, flags):
    assert entries(gazetteer, name)[place_id] & flags == flags


def test_a_curated_arabic_name_is_the_town_s_name_to_show(gazetteer):
    assert next(row for row in gazetteer.place_rows if row.place_id == "gn:101732").name_ar == "عنيزة"


@pytest.mark.parametrize(("text", "surface", "place_id"), [
    ("وصل الوفد إلى محافظة عنيزة في منطقة القصيم", "عنيزة", "gn:101732"),  # not the town in Qatar
    ("قتل مسلحون عشرة جنود في بن قردان على الحدود التونسية الليبية", "بن قردان", "gn:2472431"),
    ("أطلق اسمه على مدرسة في مدينته بسيون بمحافظة الغربية", "بسيون", "gn:358970"),  # not ب + Sion
    ("استقبل الرئيس التونسي ضيفه في قصر قرطاج", "قرطاج", "gn:2468245"),
    ("ألقي القبض على شاب بمعتمدية جربة ميدون", "جربة", "alias:djerba"),  # the island, no Somali town
    ("تمتد الصحراء الكبرى في بلاد المغرب جنوبا", "بلاد المغرب", "alias:maghreb"),  # not Morocco
    ("قصفت الطائرات مديرية التحيتا في محافظة الحديدة", "التحيتا", "gn:77655"),  # no final hamza
    ("عقدت قمة نادرة بين الكوريتين", "الكوريتين", "alias:korean-peninsula"),  # the two Koreas
    ("زار الأسد جمهورية كوريا الديمقراطية الشعبية", "كوريا الديمقراطية", "cc:KP"),
    ("أحيا آلاف المصلين ليلة القدر في المسجد الأقصى", "المسجد الأقصى", "alias:al-aqsa"),  # no town lists it
    ("اقتحم مستوطنون باحات الحرم القدسي الشريف", "الحرم القدسي الشريف", "alias:al-aqsa"),
    ("صلى المعتمرون في المسجد الحرام ثم زاروا المسجد النبوي", "المسجد النبوي", "alias:prophets-mosque"),
    ("أقيمت صلاة عيد الفصح في كنيسة القيامة", "كنيسة القيامة", "alias:holy-sepulchre"),
    ("Thousands prayed at Al-Aqsa Mosque on Friday", "Al-Aqsa Mosque", "alias:al-aqsa"),
    ("سيكون متواجدا في الملعب ضد الأوروغواي الجمعة", "الأوروغواي", "cc:UY"),  # with the article
    ("وتأهل منتخب الأوروجواي بعد فوزه على مصر", "الأوروجواي", "cc:UY"),
    ("وتأهلت أوروغواي والبيرو والباراغواي", "البيرو", "cc:PE"),
    ("وتأهلت أوروغواي والبيرو والباراغواي", "أوروغواي", "cc:UY"),  # the bare name stays a name
    ("تحسين العلاقات بين جمهورية كوريا الشعبية الديموقراطية والولايات المتحدة", "كوريا الشعبية الديموقراطية",
     "cc:KP"),
    ("وسار الرياضيون وراء علم كوريا الموحدة", "كوريا الموحدة", "alias:korean-peninsula"),
    ("دعم النص سفراء بريطانيا والدنمارك وسلوفاكيا", "الدنمارك", "cc:DK"),
    ("لوح رئيس الفيليبين بتوقيف المدعي", "الفيليبين", "cc:PH"),
    ("قدم أحد الموقوفين من بروكسيل أمس", "بروكسيل", "gn:2800866"),
    ("تواصل مصر مفاوضات سد النهضة مع إثيوبيا", "سد النهضة", "alias:renaissance-dam"),
    ("هدد الحوثيون الملاحة في باب المندب", "باب المندب", "alias:bab-el-mandeb"),
    ("عبرت ناقلة النفط مضيق هرمز أمس", "مضيق هرمز", "alias:strait-of-hormuz"),
    ("وقال الإليزيه إن الرئيس سيزور المنطقة", "الإليزيه", "alias:elysee"),
    ("عقدت القمة في بانمونجوم على خط الهدنة", "بانمونجوم", "alias:panmunjom"),
    ("تأهل منتخب السيراليون إلى الدور الثاني", "السيراليون", "cc:SL"),
    ("سجلت الشركات في الجزر العذراء البريطانية", "الجزر العذراء البريطانية", "cc:VG"),
], ids=["Unaizah", "Ben Gardane", "Basyoun", "Carthage", "Djerba", "the Maghreb", "At Tuhayta", "the two Koreas",
        "the DPRK", "al-Aqsa", "the Noble Sanctuary", "the Prophet's Mosque", "the Holy Sepulchre",
        "al-Aqsa in English", "Uruguay with the article", "Uruguay with its g as ج", "Peru with the article",
        "Uruguay beside them", "the DPRK's long name", "unified Korea", "Denmark as the news spells it",
        "the Philippines with both long vowels", "Brussels with its long vowel",
        "the Renaissance Dam", "Bab-el-Mandeb", "the Strait of Hormuz", "the Élysée", "Panmunjom",
        "Sierra Leone with the article", "the British Virgin Islands"])
def test_towns_named_by_the_curated_tables_are_found(parse, text, surface, place_id):
    assert (surface, place_id) in {(m.surface, m.place.place_id) for m in parse(text) if m.place}


_TOWNS = {"101732": {"name": "Unaizah"}, "2472431": {"name": "Ben Gardane"}}


@pytest.mark.parametrize(("row", "message"), [
    ("عنيزة\tgn:101732\tUnaizah\tevidence\n", None),
    ("بن قردان\tgn:101732\tBen Gardane\t\n", "no town 'Ben Gardane' has the id 'gn:101732'"),
    ("عنيزة\tgn:999\tUnaizah\t\n", "no town 'Unaizah' has the id 'gn:999'"),
    ("Unaizah\tgn:101732\tUnaizah\t\n", "'Unaizah' is not written in Arabic letters"),
    ("عنيزة\tgn:101732\tUnaizah\trare\n", "unknown flag 'rare'"),
], ids=["good", "wrong town", "unknown id", "latin name", "unknown flag"])
def test_curated_arabic_names_are_checked_against_their_towns(tmp_path, row, message):
    from geo.gazetteer.cities import curated_arabic_names

    path = tmp_path / "names.tsv"
    path.write_text("# comment\nname\ttarget\tenglish_name\tflags\n" + row, encoding="utf-8")
    if message is None:
        assert curated_arabic_names(_TOWNS, path=path) == {"101732": [("عنيزة", NEEDS_EVIDENCE)]}
    else:
        with pytest.raises(GazetteerError, match=message):
            curated_arabic_names(_TOWNS, path=path)


# --- demonyms --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "code"),
    [("الروسية", "RU"),
     ("روسي", "RU"), ("Russian", "RU"), ("الكازاخستانية", "KZ"), ("الكازاخستاني", "KZ"),
     ("Kazakhstani", "KZ"), ("الليبية", "LY"), ("Libyan", "LY"), ("اللبنانية", "LB"), ("Lebanese", "LB"),
     ("الأمريكية", "US"), ("American", "US"), ("البيلاروسية", "BY"), ("Belarusian", "BY"),
     # ألمانيا and ألبانيا begin like the article once folded, and are no article and a word.
     ("الألمانية", "DE"), ("الألماني", "DE"), ("ألماني", "DE"), ("الألبانية", "AL"),
     # Irregular ones the table gives: النمسا's, الدنمارك's, المجر's (CLDR: هنغاريا), بيرو's.
     ("النمساوية", "AT"), ("الدنماركية", "DK"), ("المجرية", "HU"), ("البيروفية", "PE"), ("الأفغانية", "AF")],
)
def test_demonyms_name_a_country_and_no_place(gazetteer, word, code):
    length, packed, country = gazetteer.lookup(fold_name(word))
    assert country == code
    assert packed == ()


@pytest.mark.parametrize(("word", "code", "place_id"), [("برازيلية", "BR", "gn:3469058"), ("كوبي", "CU", "gn:1859171")],
                         ids=["Brasília", "Kobe"])
def test_a_demonym_names_a_place_a_foreign_spelling_gave_it_only_after_a_cue(gazetteer, word, code, place_id):
    assert demonym(gazetteer, word) == code
    assert entries(gazetteer, word)[place_id] & WORD_FIRST


def test_kazakh_is_a_demonym(gazetteer):
    assert demonym(gazetteer, "Kazakh") == "KZ"


def test_a_notable_place_s_name_that_is_a_demonym_too_is_both(gazetteer):
    # السعودية is the everyday name of Saudi Arabia and the feminine of "Saudi"
    # (word.nationality_adjective tells which where it stands)
    assert demonym(gazetteer, "السعودية") == "SA"
    assert "cc:SA" in entries(gazetteer, "السعودية")


# --- Washington / Georgia in Arabic --------------------------------------------------


def test_arabic_washington_leads_to_the_capital(gazetteer):
    assert "gn:4140963" in entries(gazetteer, "واشنطن")


def test_arabic_georgia_also_names_the_us_state(gazetteer):
    assert {"cc:GE", "adm1:US:Georgia"} <= set(entries(gazetteer, "جورجيا"))


@pytest.mark.parametrize(("name", "county"), [
    ("Cambridgeshire", "adm2:GB:England:Cambridgeshire"),
    ("County Durham", "adm2:GB:England:County Durham"),
    ("Kent", "adm2:GB:England:Kent"),
], ids=["a shire", "a county so called", "a county of its own name"])
def test_a_british_county_is_a_division(gazetteer, name, county):
    assert county in entries(gazetteer, name)


@pytest.mark.parametrize("name", ["Liverpool", "Wigan", "City of York", "Down"],
                         ids=["a town's unit", "a borough", "a city", "a district"])
def test_a_british_unit_named_by_its_town_is_no_county(gazetteer, name):
    assert not [place for place in entries(gazetteer, name) if place.startswith("adm2:GB")]


def test_a_british_county_is_found_by_its_arabic_transliteration(gazetteer):
    county = next(i for i, row in enumerate(gazetteer.place_rows) if row.place_id == "adm2:GB:England:Shropshire")
    assert county in gazetteer.skeletons[arabic_skeleton(fold("شروبشير"))]


# --- skeletons for transliterations ----------------------------------------------------


@pytest.mark.parametrize(
    ("arabic", "latin"),
    [
        ("مانجيستاو", "Mangystau"),
        ("أكتوبي", "Aktobe"),
        ("بايكونور", "Baikonur"),
        ("شيمكنت", "Shymkent"),
        ("كاليفورنيا", "California"),
        ("تورونتو", "Toronto"),
        ("نيفادا", "Nevada"),
        ("ألما أتا", "Alma-Ata"),
        ("تكساس", "Texas"),
        ("كراتشي", "Karachi"),
    ],
)
def test_arabic_and_latin_skeletons_agree(arabic, latin):
    assert arabic_skeleton(fold(arabic)) == latin_skeleton(latin)


@pytest.mark.parametrize(("arabic", "latin", "agrees"), [
    ("ليكهيد", "Lakewood", False),  # the skeleton leaves the h out: both are l-k-d
    ("ننكرهار", "Anchorage", False),  # the h of "ch" is none
    ("ننكرهار", "Nangarhar", True),
    ("هامبورغ", "Hamburg", True),
    ("بيتيجهايم", "Bietigheim", True),  # the h of "gh" may be one
], ids=["lakewood", "anchorage", "nangarhar", "hamburg", "bietigheim"])
def test_an_h_the_arabic_writes_is_in_the_latin_name(arabic, latin, agrees):
    assert writes_an_h(fold(arabic)) and has_an_h(latin) is agrees


@pytest.mark.parametrize("arabic", ["كراتشي", "بلنسية"], ids=["none", "a last ة"])
def test_a_name_without_an_h_or_with_ة_writes_none(arabic):
    assert not writes_an_h(fold(arabic))


def test_skeleton_index_finds_places_by_latin_name(gazetteer):
    places = gazetteer.skeletons[latin_skeleton("Mangystau")]
    assert "adm1:KZ:Mangghystau" in {gazetteer.place_rows[i][0] for i in places}


@pytest.mark.parametrize(("arabic", "latin", "turkic"), [
    ("سروج", "Suruç", True),
    ("جزرة", "Cizre", True),
    ("جيلانبينار", "Ceylanpınar", True),
    ("كاليفورنيا", "California", False),
], ids=["ç", "c", "c and dotless ı", "c read as k elsewhere"])
def test_turkish_letters_read_as_arabic_writes_them(arabic, latin, turkic):
    assert (arabic_skeleton(fold(arabic)) == turkic_skeleton(latin)) is turkic
    assert (arabic_skeleton(fold(arabic)) == latin_skeleton(latin)) is not turkic


def test_a_turkish_place_is_indexed_by_its_turkish_skeleton_too(gazetteer):
    suruc = next(i for i, row in enumerate(gazetteer.place_rows) if row.place_id == "gn:300075")
    assert suruc in gazetteer.skeletons[arabic_skeleton(fold("سروج"))]
    assert suruc in gazetteer.skeletons[latin_skeleton("Suruç")]


# --- distances -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "km"),
    [
        ((55.7558, 37.6173), (38.9072, -77.0369), 7820),  # Moscow - Washington
        ((43.2389, 76.8897), (51.1694, 71.4491), 970),  # Almaty - Astana
        ((33.8938, 35.5018), (34.4367, 35.8497), 68),  # Beirut - Tripoli (Lebanon)
        ((0.0, 0.0), (0.0, 180.0), 20015),  # half the equator
    ],
)
def test_distance_km(a, b, km):
    assert distance_km(*a, *b) == pytest.approx(km, rel=0.01)
    assert distance_km(*a, *b) == pytest.approx(distance_km(*b, *a))
    assert distance_km(*a, *a) == 0.0


@pytest.mark.parametrize(
    ("arabic", "place_id"),
    [("حضرموت", "adm1:YE:Muhafazat Hadramawt"), ("القصيم", "adm1:SA:Al-Qassim"), ("الجهراء", "adm1:KW:Muhafazat al Jahra'"),
     ("الدقهلية", "adm1:EG:Muhafazat ad Daqahliyah"), ("النبطية", "adm1:LB:Nabatiye")],
)
def test_divisions_carry_their_iso_arabic_names(gazetteer, arabic, place_id):
    assert place_id in entries(gazetteer, arabic)
    index = next(i for i, row in enumerate(gazetteer.place_rows) if row[0] == place_id)
    assert fold_name(gazetteer.place(index).name_ar) == fold_name(arabic)


def test_generic_division_names_are_not_names(gazetteer):
    assert entries(gazetteer, "العاصمة") == {}  # Kuwait's "Capital" governorate: the word "the capital"


@pytest.mark.parametrize(("a", "b"), [("Muhafazat Hadramawt", "Ḩaḑramawt"), ("Al-Qassim", "Al Qaşīm"),
                                      ("Mintaqat `Asir", "‘Asīr"), ("Muhafazat ad Daqahliyah", "Ad Daqahlīyah")])
def test_division_keys_agree_across_spellings(a, b):
    assert division_key(a) == division_key(b)


@pytest.mark.parametrize(("a", "b"), [("Eastern Province", "Western governorate"), ("Ma'an", "Amman")])
def test_division_keys_keep_different_names_apart(a, b):
    assert division_key(a) != division_key(b)


def test_local_names_keep_arabic_without_the_division_word():
    assert local_names("محافظة المفرق (ara), Mafraq (eng), Al Mafraq (eng)") == (["المفرق"], ["Mafraq", "Al Mafraq"])
    assert local_names("محافظة العاصمة (ara), Capital (eng)") == ([], ["Capital"])
    assert local_names("المحافظة الجنوبية (ara), Southern (eng)") == ([], ["Southern"])


@pytest.mark.parametrize("name", ["حضرموت", "القصيم", "تعز", "مأرب"])
def test_frequent_proper_nouns_are_not_everyday_words(gazetteer, name):
    # Frequent, but they never change their article (التعز، قصيم): names, not words.
    found = entries(gazetteer, name)
    assert found and all(not flags & NEEDS_EVIDENCE for flags in found.values())


@pytest.mark.parametrize(("arabic", "place_id"), [
    ("أونتاريو", "adm1:CA:Ontario"), ("بافاريا", "adm1:DE:Bavaria"), ("القرم", "adm1:UA:Crimea"),
    ("صقلية", "adm1:IT:Sicily"), ("كتالونيا", "adm1:ES:Catalonia"), ("فوكوشيما", "adm1:JP:Fukushima"),
    ("التبت", "adm1:CN:Tibet Autonomous Region"),
])
def test_divisions_abroad_carry_cldrs_arabic_names(gazetteer, arabic, place_id):
    # ISO lists Arabic names only inside the Arab world; CLDR's subdivision names reach the rest.
    found = entries(gazetteer, arabic)
    assert place_id in found and not found[place_id] & NEEDS_EVIDENCE


@pytest.mark.parametrize(("arabic", "place_id"), [("الشيشان", "adm1:RU:Chechnya"), ("راخين", "adm1:MM:Rakhine"),
                                                  ("كوينزلاند", "adm1:AU:Queensland"), ("شيراك", "adm1:AM:Shirak")])
def test_cldr_names_of_divisions_less_known_abroad_need_their_country_beside_them(gazetteer, arabic, place_id):
    # شيراك is Chirac more often than Armenia's Shirak; الشيشان is "and Chechnya" as a word too.
    assert entries(gazetteer, arabic)[place_id] & NEEDS_EVIDENCE


@pytest.mark.parametrize(("arabic", "not_there"), [
    ("صباح", "adm1:MY:Sabah"),  # "morning", and Kuwait's emir: as frequent as a word
    ("البحيرات", "adm1:SS:Lakes"),  # CLDR's translation of "Lakes", no transliteration
    ("موسكو", "adm1:RU:Moscow"),  # the capital, not the federal city
    ("بيران", "adm1:SI:Piran-Pirano"),  # another town's name already (كبيران "two big")
    ("الدار البيضاء الكبرى", "adm1:MA:Casablanca-Settat"),  # Morocco: ISO's names, not CLDR's older codes
])
def test_cldr_names_that_are_words_translations_or_other_places_names_are_left_out(gazetteer, arabic, not_there):
    assert any(row[0] == not_there for row in gazetteer.place_rows)  # the division is there, by another name
    assert not_there not in entries(gazetteer, arabic)


def test_a_notable_citys_name_stays_the_citys(gazetteer):
    # CLDR names China's division Hong Kong as the city is named: the reader means the city.
    assert not [place_id for place_id in entries(gazetteer, "هونغ كونغ") if place_id.startswith("adm1:")]


@pytest.mark.parametrize(("text", "place_id"), [
    ("وصل رئيس الوزراء الكندي إلى أونتاريو", "adm1:CA:Ontario"),  # not Ontario, California
    ("انتخابات في كتالونيا", "adm1:ES:Catalonia"),
    ("اشتباكات في الشيشان جنوب روسيا", "adm1:RU:Chechnya"),
])
def test_a_division_abroad_named_in_arabic_is_found(parse, text, place_id):
    assert place_id in {mention.place.place_id for mention in parse(text) if mention.place}


def test_a_division_less_known_abroad_is_no_place_without_its_country(parse):
    # Chirac, in a text that does not name Armenia.
    assert [mention.place.place_id for mention in parse("وكان شيراك رئيسا لفرنسا")] == ["cc:FR"]


@pytest.mark.parametrize(("cldr", "name"), [
    ("منطقة أندلوسيا", "أندلوسيا"), ("منطقة إقليم الباسك", "الباسك"), ("منطقة التبت ذاتية الحكم", "التبت"),
    ("جمهورية القرم المستقلة ذاتياً", "القرم"), ("ولاية كوينزلاند", "كوينزلاند"), ("منطقة العاصمة", ""),
])
def test_division_names_lose_the_words_for_a_division(cldr, name):
    assert division_name_ar(cldr) == name


def test_cldr_subdivision_names_are_read_by_iso_code():
    names = cldr_subdivision_names("ar")
    assert names["CA-ON"] == "أونتاريو" and names["RU-CE"] == "الشيشان"


def test_missing_cldr_subdivision_names_say_what_to_install(tmp_path):
    with pytest.raises(GazetteerError, match="unicode-cldr-core") as raised:
        cldr_subdivision_names("ar", folder=tmp_path)
    assert str(tmp_path / "ar.xml") in str(raised.value) and isinstance(raised.value.__cause__, OSError)


@pytest.mark.parametrize(("name", "place_id"), [
    ("سوازيلاند", "cc:SZ"), ("Swaziland", "cc:SZ"), ("تيمور الشرقية", "cc:TL"), ("East Timor", "cc:TL"),
    ("كوت ديفوار", "cc:CI"), ("Ivory Coast", "cc:CI"), ("جمهورية التشيك", "cc:CZ"),
    # CLDR's names with a gloss in brackets, without it: ميانمار (بورما), Cocos (Keeling) Islands
    ("ميانمار", "cc:MM"), ("بورما", "cc:MM"), ("جزر كوكوس", "cc:CC"),
    # and without جمهورية where no other place bears the rest
    ("الكونغو الديمقراطية", "cc:CD"), ("أفريقيا الوسطى", "cc:CF"), ("الدومينيكان", "cc:DO"),
])
def test_a_country_is_found_by_cldr_s_variant_names_too(gazetteer, name, place_id):
    assert entries(gazetteer, name)[place_id] & PRIMARY


def test_a_division_takes_the_article_form_of_its_own_country_s_town_only(gazetteer):
    assert not entries(gazetteer, "القصرين")["adm1:TN:Kasserine"] & PRIMARY  # ڨصرين's lesser sense
    assert "adm1:TN:Susah" not in entries(gazetteer, "السوسة")  # a Syrian town's, not Sousse's


def test_the_congo_without_republic_stays_kinshasa_s(gazetteer):
    assert set(entries(gazetteer, "الكونغو")) == {"cc:CD"}  # جمهورية الكونغو is Brazzaville's
    # CLDR's English variants Congo (DRC) and Congo (Republic) keep their brackets.
    assert not any(flags & PRIMARY for flags in entries(gazetteer, "Congo").values())


def test_missing_cldr_territory_names_say_what_to_install(tmp_path):
    with pytest.raises(GazetteerError, match="unicode-cldr-core") as raised:
        cldr_territory_variants("ar", folder=tmp_path)
    assert str(tmp_path / "ar.xml") in str(raised.value) and isinstance(raised.value.__cause__, OSError)


@pytest.mark.parametrize(("name", "place_id"), [("الشرقية", "adm1:SA:Eastern Province"), ("عسير", "adm1:SA:Mintaqat `Asir")])
def test_division_names_that_are_adjectives_need_evidence(gazetteer, name, place_id):
    assert entries(gazetteer, name)[place_id] & NEEDS_EVIDENCE  # شرقية "eastern", عسير "difficult"


@pytest.mark.parametrize(("name", "place_id"), [("لأول", "gn:6050610"), ("دولي", "gn:3573374")])
def test_very_frequent_words_and_tiny_capitals_need_evidence(gazetteer, name, place_id):
    # لأول "for the first time" (Laval); دولي "international" (The Valley, Anguilla's capital)
    assert entries(gazetteer, name)[place_id] & NEEDS_EVIDENCE


@pytest.mark.parametrize("label", ["Southeastern", "Northeastern"])
def test_iso_only_divisions_have_no_english_labels_as_names(gazetteer, label):
    assert not any(place_id.startswith("adm1:OM:") for place_id in entries(gazetteer, label))


@pytest.mark.parametrize(("place_id", "not_its_name"), [("adm1:BH:Manama", "المحرق"), ("adm1:PS:West Bank", "القدس")])
def test_a_division_close_to_another_does_not_take_its_arabic_name(gazetteer, place_id, not_its_name):
    index = next(i for i, row in enumerate(gazetteer.place_rows) if row[0] == place_id)
    assert fold_name(gazetteer.place(index).name_ar) != fold_name(not_its_name)


@pytest.mark.parametrize(("place_id", "point"), [("adm1:US:Texas", (31.2639, -98.5456)),
                                                 ("adm1:SA:Eastern Province", (23.3036, 50.1259)),
                                                 # not the District of Columbia's, which ISO also calls Washington
                                                 ("adm1:US:Washington", (47.2868, -120.2126))])
def test_divisions_sit_at_their_iso_point(gazetteer, place_id, point):
    # The mean of a division's cities leans toward where people live (the Gulf coast).
    row = next(row for row in gazetteer.place_rows if row[0] == place_id)
    assert distance_km(row[2], row[3], *point) < 1


def test_a_town_s_arabic_name_is_its_big_namesake_s_too_needing_evidence(gazetteer):
    # Portland, Oregon (652,503) beside Maine's (66,881) and Texas's.
    found = entries(gazetteer, "بورتلاند")
    assert {"gn:5746545", "gn:4975802"} <= set(found) and found["gn:5746545"] & NEEDS_EVIDENCE


@pytest.mark.parametrize(("name", "namesake"), [
    ("استين، مينهسوتا", "gn:4671654"),  # with its state after a comma: Austin, Minnesota's own
    ("اوستين", "gn:4671654"),  # a minor town's needing no evidence: the minor-town rule guards it
    ("ساتسوماسينداي", "gn:2111149"),  # Satsumasendai's, whose English name is "Sendai": no Sendai, Miyagi
    ("شيوجو شههيري", "gn:1886760"),  # Suzhou, Anhui's, a local name that does not sound like "Suzhou"
])
def test_a_town_s_arabic_name_stays_its_own(gazetteer, name, namesake):
    assert namesake not in entries(gazetteer, name)


def test_a_town_named_by_an_everyday_word_is_kept_for_cue_words_only(gazetteer):
    # صور is "pictures" and Tyre (Lebanon): kept, but only where a cue word names it.
    tyre = entries(gazetteer, "صور")
    assert tyre and all(flags & NEEDS_EVIDENCE and flags & WORD_FIRST for flags in tyre.values())


@pytest.mark.parametrize(("code", "english"), [("US", True), ("GB", True), ("AU", True), ("NG", True),
                                               ("IN", False), ("FR", False), ("EG", False), ("ZZ", False)])
def test_english_speaking_countries_are_those_whose_likely_language_is_english(gazetteer, code, english):
    assert (code in gazetteer.english_speaking) is english


@pytest.mark.parametrize(("name", "place_id", "indexed"), [
    ("الوفرة", "gn:285760", True),  # Al Wafrah, Kuwait: 10,017 people and an Arabic name
    ("الجفر", "gn:109502", True),  # Al Jafr, Saudi Arabia: 8,715
    ("طلوزة", "gn:281662", True),  # Tallouza, Palestine: a village of 2,604
    ("الزيارة", "gn:172027", False),  # a Syrian village named "the visit": a frequent word
    ("Avondale Estates", "gn:4180638", True),  # Georgia: 3,139 people, in the English-speaking world
    ("Williston", "gn:5243008", True),  # Vermont: 8,314
    ("Hurricane", "gn:4809558", False),  # West Virginia: 6,493, named like an English word
    ("London", "gn:4298960", True),  # Kentucky: 8,126; "london" is a frequent word as a city's name
    ("Welch", "gn:4826660", False),  # West Virginia: 3,590, a frequent family name that names no city
    ("Jordan", "gn:5032106", False),  # Minnesota: 6,076, named like the country news means
    ("Honfleur", "gn:3013173", False),  # France: 8,148, neither world
])
def test_small_towns_of_the_arab_and_english_speaking_worlds_are_indexed(gazetteer, name, place_id, indexed):
    assert (place_id in entries(gazetteer, name)) is indexed


@pytest.mark.parametrize(("name", "notable", "small_town"), [
    ("Middle East", "alias:middle-east", "gn:11980025"),  # a hamlet of 1,872 in the US
])
def test_a_small_town_yields_its_name_to_a_notable_place(gazetteer, name, notable, small_town):
    found = entries(gazetteer, name)
    assert notable in found and small_town not in found


@pytest.mark.parametrize(("place_id", "capital"), [
    ("gn:3413829", "Reykjavík"),  # the country table writes Reykjavik
    ("gn:3688689", "Bogotá"),
    ("gn:2220957", "Yaoundé"),
    ("gn:2643743", "London"),
])
def test_capitals_are_known_however_the_two_geonames_tables_spell_them(gazetteer, place_id, capital):
    capitals = {gazetteer.place_rows[index][0] for index in gazetteer.capitals}
    assert place_id in capitals


@pytest.mark.parametrize("namesake", ["gn:4915545", "gn:5549222"], ids=["Washington, Illinois", "Washington, Utah"])
def test_a_capital_s_namesake_in_its_country_is_no_capital(gazetteer, namesake):
    capitals = {gazetteer.place_rows[index][0] for index in gazetteer.capitals}
    assert "gn:4140963" in capitals and namesake not in capitals


def test_the_capital_beats_a_namesake_of_a_division_the_document_names(parse):
    # Washington, Illinois was a capital too (the country table names "Washington"), and
    # Illinois named elsewhere made the capital of 16,664 people the story's Washington.
    text = "ولد في شيكاغو بولاية إلينوي. وقال الملحق الثقافي في العاصمة واشنطن إن البرنامج مستمر"
    assert ("واشنطن", "gn:4140963") in {(m.surface, m.place.place_id) for m in parse(text) if m.place}


@pytest.mark.parametrize(("name", "place_id"), [
    ("أمان", "gn:250441"),  # "safety" (الأمان): a bare everyday word GeoNames gives Amman (عمان)
    ("مشهد", "gn:124665"),  # "a scene": an Arabic word naming a city abroad
    ("قوم", "gn:119208"),  # "a people": Qom
    ("كان", "gn:3029241"),  # "was": Caen; never with an article either, but a verb takes no ب
    # minor towns abroad whose Arabic names are frequent for someone or something else
    ("كلينتون", "gn:4852022"), ("أنتم", "gn:5551498"), ("نوكيا", "gn:644450"),
    # small towns at home whose names are everyday words
    ("الخبراء", "gn:109391"), ("الوجه", "gn:108773"), ("الحزم", "gn:79455"),
    # villages at home whose names are frequent words that never take the article
    ("سيما", "gn:921675"), ("حكما", "gn:249318"),  # لا سيما "especially", "a ruling"
    # cities abroad whose names are less frequent words that take the article too
    ("مدان", "gn:1214520"), ("بخاري", "gn:1217662"), ("بنين", "gn:2347283"),  # "convicted", البخاري, "boys"
    # frequent words that are other names of cities abroad
    ("سويا", "gn:2510911"), ("وين", "gn:2761369"), ("هاتين", "gn:1581047"),  # "together", "where", "these two"
    ("أمسك", "gn:1496153"),  # "he held": Omsk is أومسك
])
def test_everyday_words_that_name_a_capital_or_a_city_abroad_come_first(gazetteer, name, place_id):
    assert entries(gazetteer, name)[place_id] & (NEEDS_EVIDENCE | WORD_FIRST) == NEEDS_EVIDENCE | WORD_FIRST


@pytest.mark.parametrize(("name", "place_id"), [("عمان", "gn:250441"), ("تونس", "gn:2464470"), ("حمص", "gn:169577"),
                                                 ("ليون", "gn:2996944"),  # Lyon: no minor town
                                                 ("كابل", "gn:1138958"),  # a capital's, though الكابل "the cable"
                                                 ("ماتي", "gn:1526384")])  # الماتي without its article: Almaty's own
def test_a_capital_s_own_name_and_an_arab_city_s_word_name_stay_primary(gazetteer, name, place_id):
    assert not entries(gazetteer, name)[place_id] & WORD_FIRST


@pytest.mark.parametrize(("name", "place_id"), [
    ("دارفور", "parts:SD:Darfur"), ("Darfur", "parts:SD:Darfur"),  # North, South, West, Central and East Darfur
    ("كردفان", "parts:SD:Kordofan"),  # شمال كردفان، جنوب كردفان، غرب كردفان
    ("Sulawesi", "parts:ID:Sulawesi"),
])
def test_a_region_is_named_after_the_divisions_that_are_its_parts(gazetteer, name, place_id):
    assert entries(gazetteer, name)[place_id] & PRIMARY


def test_a_region_of_parts_lies_among_its_parts(gazetteer):
    rows = {row.place_id: row for row in gazetteer.place_rows}
    darfur = rows["parts:SD:Darfur"]
    assert darfur.kind == "region" and darfur.country_code == "SD"
    assert distance_km(darfur.lat, darfur.lon, 13.63, 25.35) < 300  # El Fasher, North Darfur's capital


@pytest.mark.parametrize("name", ["Nouakchott", "Province", "Carolina"])
def test_parts_make_no_region_of_a_name_a_place_has_or_of_an_administrative_word(gazetteer, name):
    # North and South Nouakchott are parts of the capital's area; Northern and Southern
    # Province share a word; North and South Carolina yield to Carolina, Puerto Rico.
    assert not any(place_id.startswith("parts:") for place_id in entries(gazetteer, name))


@pytest.mark.parametrize(("word", "name", "whole"), [
    ("بلاتر", "لاتر", True),  # Blatter, not Latur
    ("بايدن", "ايدن", True),  # Biden, not Aydın
    ("بموسكو", "موسكو", False),  # Moscow is the more frequent
    ("وباريس", "باريس", False),  # Paris is a capital: the split rule never asks
    ("فاتن", "اتن", True),  # a given name, not ف + one of Athens' names that is not its own (أثينا)
    ("بليون", "ليون", True),  # a billion, not ب + Lyon, though Lyon's name is the more frequent
])
def test_words_more_frequent_whole_than_the_town_in_them(gazetteer, word, name, whole):
    assert ((word, name) in gazetteer.whole_words) == whole


@pytest.mark.parametrize(("text", "place_ids"), [
    ("اتخذ المهرجان صورة النجمة فاتن حمامة شعارا", []),
    ("وصل الوفد إلى أثينا أمس", ["gn:264371"]),
    ("وصل الوفد للقدس أمس", ["gn:281184"]),
], ids=["a given name", "the capital's own name", "its own name with the article dropped"])
def test_a_word_hiding_another_name_of_a_capital_in_text(parse, text, place_ids):
    assert [mention.place.place_id for mention in parse(text) if mention.place] == place_ids


@pytest.mark.parametrize(("name", "famous"), [
    ("الفلوجة", True), ("القيروان", True), ("صلالة", True),
    ("السفيرة", False),  # "the ambassador": its article comes and goes, a word
    ("بعقوبة", False),  # also ب + عقوبة "with a penalty", more frequent
    ("صيدا", False),  # also the accusative of صيد "prey"
    ("موندو", False),  # Moundou, Chad: few there speak Arabic (Mundo Deportivo)
    ("ينقل", False),  # Yanqul, Oman: too small for "it moves"
], ids=["Fallujah", "Kairouan", "Salalah", "a word", "a proclitic and a word", "an accusative", "not an Arabic-speaking country", "small"])
def test_towns_arabic_news_names_bare_are_listed(gazetteer, name, famous):
    assert (fold_name(name) in gazetteer.famous_towns) is famous


@pytest.mark.parametrize(("name", "place_id"),
                         [("لحج", "adm1:YE:Lahij"), ("حجة", "adm1:YE:Hajjah"), ("جرش", "adm1:JO:Jerash")])
def test_a_division_s_three_letter_name_is_kept_as_a_word_first(gazetteer, name, place_id):
    assert entries(gazetteer, name)[place_id] & WORD_FIRST


@pytest.mark.parametrize(("name", "place_id"),
                         [("باي", "adm1:SO:Bay"), ("كاف", "adm1:TN:Le Kef"), ("غور", "adm1:AF:Ghowr")],
                         ids=["a word of foreign names (باي أرينا)", "without its article (للكاف: for the CAF)",
                              "abroad (غور: depth)"])
def test_a_division_s_three_letter_name_is_left_out_where_words_hide_it(gazetteer, name, place_id):
    assert place_id not in entries(gazetteer, name)


@pytest.mark.parametrize(("text", "place_ids"), [
    ("سيطرت القوات على مديرية حرض في محافظة حجة", ["near:adm1:YE:Hajjah:حرض", "adm1:YE:Hajjah"]),
    ("قتلى في عدن ولحج وأبين", ["adm1:YE:Aden", "adm1:YE:Lahij", "adm1:YE:Abyan"]),  # listed: governorates
    ("سافر لحج بيت الله الحرام", []),
    ("هذه حجة واهية", []),
    ("بإسناد بري وبحري وجوي", []),
], ids=["after a cue word", "in a list of compatriots", "for the pilgrimage", "an argument", "by land and sea"])
def test_short_division_names_in_text(parse, text, place_ids):
    assert [mention.place.place_id for mention in parse(text) if mention.place] == place_ids


def test_the_two_koreas_after_a_dual_noun_are_its_adjective(parse):
    assert [m.surface for m in parse("عقدت قمة بين الدولتين الكوريتين")] == []
    assert [m.surface for m in parse("عقدت قمة بين الكوريتين")] == ["الكوريتين"]
