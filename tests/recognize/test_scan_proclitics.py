"""scan.proclitics: a name after proclitics keeps the places whose name may take them."""

RULE = "scan.proclitics"


def test_proclitics_stay_outside_the_span_and_ll_keeps_the_article_s_lam(decide):
    decided = decide("وصل الوفد بالقاهرة ثم للقاهرة")
    assert decided.mentions["القاهرة"].place_id == "gn:cairo"
    assert decided.mentions["لقاهرة"].place_id == "gn:cairo"


def test_a_name_that_does_not_take_the_proclitics_before_it_is_dropped(decide):
    assert decide("مدرسة للبنين").names() == set()  # ل + البنين, the boys: no Benin


def test_switched_off_every_reading_stands(decide):
    assert decide("مدرسة للبنين", disable=[RULE]).mentions["بنين"].place_id == "cc:BJ"


def test_a_foreign_spelling_takes_no_proclitic_but_the_and_of_a_list(decide):
    # رىم is Rome's Uyghur spelling, folded to ريم: in كريم, ك is no proclitic.
    assert "ريم" not in decide("سجل كريم هدفا في إيطاليا").names()
    assert decide("زار ميلانو ورىم في إيطاليا").mentions["رىم"].place_id == "gn:rome"
    assert decide("سجل كريم هدفا في إيطاليا", disable=[RULE]).mentions["ريم"].place_id == "gn:rome"
