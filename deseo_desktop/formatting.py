"""Dates, numbers and money for people, through Babel, for the screens and the documents alike."""

import re
from datetime import UTC, date, datetime

from deseo_desktop.terms import locale_for

# Babel is imported on first use: it is not needed to paint the first window.


def local_datetime(utc_naive: datetime) -> datetime:
    """A naive UTC stamp from the database, in the computer's own time zone."""
    return utc_naive.replace(tzinfo=UTC).astimezone()


def format_stamp(utc_naive: datetime, language: str = "en") -> str:
    """A last-change stamp: "25 Nov 2026, 14:03"."""
    from babel.dates import format_datetime

    return format_datetime(local_datetime(utc_naive), "d MMM y, HH:mm", locale=locale_for(language))


# The first of the month as French and Italian write it in full dates: "1er avril", "1° aprile".
FIRST_OF_MONTH = {"fr": "1er", "it": "1°"}


def format_day(value: date, language: str = "en", length: str = "long") -> str:
    from babel.dates import format_date

    text = format_date(value, length, locale=locale_for(language))
    first = FIRST_OF_MONTH.get(language)
    if first and value.day == 1 and length == "long" and text.startswith("1 "):
        text = first + text[1:]
    return text


def format_number(value: float | int, language: str = "en") -> str:
    from babel.numbers import format_decimal

    return format_decimal(value, locale=locale_for(language))


def format_plain(value: float, language: str = "en", decimals: int | None = None) -> str:
    """A number to edit: the language's decimal mark, no grouping ("1250,5"), so that what
    the person sees in the editor reads back as the same number."""
    from decimal import Decimal

    from babel.numbers import get_decimal_symbol

    if decimals is not None:
        text = f"{value:.{decimals}f}"
    else:  # every digit the number has, never an exponent
        text = f"{Decimal(repr(float(value))):f}"
        text = text.rstrip("0").rstrip(".") if "." in text else text
    return text.replace(".", get_decimal_symbol(locale_for(language)))


def format_money(cents: int, currency: str, language: str = "en") -> str:
    from decimal import Decimal

    from babel.numbers import format_currency

    return _spaced(format_currency(Decimal(cents) / 100, currency, locale=locale_for(language)))


def _spaced(text: str) -> str:
    """A currency code written before the figure gets a space: "SEK 1,200", not "SEK1,200"."""
    return re.sub(r"^(-?[A-Z]{3})(?=\d)", "\\1\xa0", text)


def format_percent(share: float, language: str = "en") -> str:
    """A share from 0 to 1 as a whole percentage the language's way: "45%", "45 %"."""
    from babel.numbers import format_percent as babel_percent

    return babel_percent(share, locale=locale_for(language))


def percent_sign(language: str = "en") -> str:
    """What follows a figure that is already a percentage: "%" in English, " %" in French."""
    return format_percent(0.5, language).replace("50", "")


def format_points(value, language: str = "en") -> str:
    """A score with one decimal, as the scoring rounds it: "77.8", "77,8"."""
    from decimal import Decimal

    from babel.numbers import format_decimal

    return format_decimal(Decimal(value), format="#,##0.0", locale=locale_for(language))


def format_compact_money(units: float, currency: str, language: str = "en") -> str:
    """Whole currency units in short form for a chart's axis: "€900K", "1,5 M €"."""
    from babel import Locale
    from babel.numbers import format_compact_currency, format_currency

    locale = locale_for(language)
    text = format_compact_currency(units, currency, locale=locale, fraction_digits=1)
    if re.search(r"\d{4}", text):  # no short form in this language (Italian thousands)
        whole = Locale.parse(locale).currency_formats["standard"].pattern.replace(".00", "")
        text = format_currency(units, currency, locale=locale, format=whole, currency_digits=False)
    return _spaced(text)


def format_month(value: date, language: str = "en") -> str:
    """A month on a time axis: "Apr 2026", "apr 2026"."""
    from babel.dates import format_date

    return format_date(value, "MMM y", locale=locale_for(language))
