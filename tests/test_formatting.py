"""Dates, numbers and money as each language writes them (Babel, plus the first of the month)."""

from datetime import date

import pytest

from deseo_desktop.formatting import format_day, format_money, format_number, format_percent


@pytest.mark.parametrize(
    ("language", "first", "eleventh"),
    [
        ("en", "1 April 2026", "11 April 2026"),
        ("it", "1° aprile 2026", "11 aprile 2026"),
        ("fr", "1er avril 2026", "11 avril 2026"),
        ("sv", "1 april 2026", "11 april 2026"),
        ("es", "1 de abril de 2026", "11 de abril de 2026"),
    ],
)
def test_days(language, first, eleventh):
    assert format_day(date(2026, 4, 1), language) == first
    assert format_day(date(2026, 4, 11), language) == eleventh


def test_money_numbers_and_shares_follow_the_language():
    assert format_money(1234567, "EUR", "en") == "€12,345.67"
    assert format_money(1234567, "EUR", "it") == "12.345,67\xa0€"
    assert format_money(1234567, "SEK", "sv") == "12\xa0345,67\xa0kr"
    assert format_number(1234.5, "fr") == "1\u202f234,5"
    assert format_percent(0.455, "fr") == "46\xa0%"
    assert format_percent(0.455, "en") == "46%"


def test_points_compact_money_and_months():
    from deseo_desktop.formatting import format_compact_money, format_month, format_points

    assert format_points(77.8, "en") == "77.8" and format_points(60, "it") == "60,0"
    assert format_compact_money(900_000, "EUR", "en") == "€900K"
    assert format_month(date(2026, 4, 1), "en") == "Apr 2026"


NBSP, NNBSP = "\xa0", "\u202f"


@pytest.mark.parametrize(
    ("language", "eur", "sek", "number", "share"),
    [
        ("en", "€12,345.67", f"SEK{NBSP}12,345.67", "1,234.5", "46%"),
        ("it", f"12.345,67{NBSP}€", f"12.345,67{NBSP}SEK", "1.234,5", "46%"),
        ("fr", f"12{NNBSP}345,67{NBSP}€", f"12{NNBSP}345,67{NBSP}SEK", f"1{NNBSP}234,5", "46\xa0%"),
        ("sv", f"12{NBSP}345,67{NBSP}€", f"12{NBSP}345,67{NBSP}kr", f"1{NBSP}234,5", f"46{NBSP}%"),
        ("es", f"12.345,67{NBSP}€", f"12.345,67{NBSP}SEK", "1.234,5", f"46{NBSP}%"),
    ],
)
def test_each_language_writes_money_in_eur_and_sek_numbers_and_shares(
    language, eur, sek, number, share
):
    assert format_money(1234567, "EUR", language) == eur
    assert format_money(1234567, "SEK", language) == sek
    assert format_number(1234.5, language) == number
    assert format_percent(0.455, language) == share


def test_a_currency_code_before_the_figure_is_spaced():
    assert format_money(-500, "SEK", "en") == f"-SEK{NBSP}5.00"
    assert format_money(-500, "EUR", "en") == "-€5.00"


def test_short_money_where_the_language_has_no_short_form_for_thousands():
    from deseo_desktop.formatting import format_compact_money

    assert format_compact_money(193_000, "EUR", "it") == "193.000\xa0€"
    assert format_compact_money(1_900_000, "EUR", "it") == "1,9\xa0Mln\xa0€"
    assert format_compact_money(193_000, "SEK", "sv") == "193\xa0tn\xa0kr"


def test_a_number_to_edit_has_the_language_decimal_mark_and_reads_back():
    from deseo_desktop.formatting import format_plain
    from deseo_desktop.rules.fields import money_cents, number

    assert format_plain(1250.5, "fr", 2) == "1250,50"
    assert format_plain(1.5, "sv") == "1,5" and format_plain(1.5, "en") == "1.5"
    assert format_plain(1e7, "it") == "10000000" and format_plain(1e-7, "en") == "0.0000001"
    for language in ("en", "it", "fr", "sv", "es"):
        assert number(format_plain(1234.25, language)) == 1234.25
        assert money_cents(format_plain(1234.25, language, 2)) == 123425
