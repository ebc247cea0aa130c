from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deseo_desktop.rules import fields
from deseo_desktop.rules.fields import FieldError


def code(fn, *args):
    with pytest.raises(FieldError) as info:
        fn(*args)
    return info.value.code


def test_counts():
    assert fields.count("12") == 12 and fields.count(" ") is None and fields.count(0) == 0
    assert code(fields.count, "twelve") == "not_a_whole_number"
    assert code(fields.count, "-1") == "negative"
    assert code(fields.count, "3.5") == "not_a_whole_number"
    assert code(fields.count, str(10**12)) == "too_large"


def test_email():
    assert fields.email(" ana@coop.it ") == "ana@coop.it"
    assert fields.email("") == ""
    assert code(fields.email, "ana.coop.it") == "bad_email"


def test_text_keeps_markup_and_refuses_too_long():
    assert fields.name("<b>&amp; = 🌍") == "<b>&amp; = 🌍"
    assert code(fields.name, "x" * 600) == "too_long"


def test_dates_and_money():
    assert fields.day("2026-03-01") == date(2026, 3, 1)
    assert code(fields.day, "1 March") == "bad_date"
    assert code(fields.dates_in_order, date(2026, 3, 1), date(2026, 1, 1)) == "dates_out_of_order"
    assert code(fields.dates_in_order, date(2026, 3, 1), date(2026, 3, 1)) == "dates_out_of_order"
    fields.dates_in_order(date(2026, 3, 1), date(2026, 3, 2))
    assert fields.money_cents("1234,56") == 123456 and fields.money_cents("") == 0
    assert code(fields.money_cents, "-5") == "negative"
    assert code(fields.money_cents, "abc") == "not_a_number"


def test_women_and_men_within_total():
    fields.within_total(3, 4, 7)
    assert code(fields.within_total, 5, 4, 7) == "more_than_total"


def test_choice():
    assert fields.choice("cash", ["cash", "in_kind"]) == "cash"
    assert code(fields.choice, "gift", ["cash", "in_kind"]) == "unknown_choice"


@given(st.text(max_size=50))
def test_count_accepts_or_refuses_with_a_code(value):
    try:
        result = fields.count(value)
    except FieldError as e:
        assert e.code in {"not_a_whole_number", "negative", "too_large"}
    else:
        assert result is None or 0 <= result <= fields.COUNT_MAX


def test_numbers():
    assert fields.number("12,5") == 12.5 and fields.number("") is None
    assert code(fields.number, "nan") == "not_a_number"
    assert code(fields.number, "inf") == "not_a_number"
    assert code(fields.number, "abc") == "not_a_number"


@pytest.mark.parametrize(
    "typed",
    ["1250,50", "1.250,50", "1,250.50", "1 250,50", "1\u202f250,50", "1\xa0250.50", "1'250.50"],
)
def test_an_amount_reads_the_way_each_language_writes_it(typed):
    assert fields.money_cents(typed) == 125050
    assert fields.number(typed) == 1250.5


def test_a_mark_that_comes_twice_groups_thousands():
    assert fields.number("1.250.000") == 1250000
    assert fields.number("1,250,000") == 1250000
    with pytest.raises(fields.FieldError):
        fields.number("1,2.5,0")
