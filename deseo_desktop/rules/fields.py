"""What may be typed into a field: a value is checked where it enters, and refused with a code.

Pure: the GUI turns the code into a sentence in the person's language, in place.
"""

import re
from datetime import date

from .text import NAME_MAX, NOTE_MAX, TextTooLong, clean_text

COUNT_MAX = 10_000_000
MONEY_MAX_CENTS = 10**15  # well inside SQLite's 64-bit integers and Excel's exact range
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class FieldError(ValueError):
    def __init__(self, code: str, **params):
        super().__init__(code)
        self.code = code
        self.params = params


def text(value: str, limit: int = NOTE_MAX, single_line: bool = False) -> str:
    try:
        return clean_text(value, limit, single_line)
    except TextTooLong as e:
        raise FieldError("too_long", limit=e.limit) from None


def name(value: str) -> str:
    return text(value, NAME_MAX, single_line=True)


def count(value) -> int | None:
    """A count of people or things: empty, or a whole number from 0."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        number = int(str(value).strip())
    except ValueError:
        raise FieldError("not_a_whole_number") from None
    if number < 0:
        raise FieldError("negative")
    if number > COUNT_MAX:
        raise FieldError("too_large", limit=COUNT_MAX)
    return number


def decimal_text(value) -> str:
    """A typed number as Python reads it, whichever way the person's language writes it:
    "1250,50", "1.250,50", "1,250.50" and "1 250,50" all give "1250.50".

    Spaces and apostrophes are grouping; with both marks, the last is the decimal one; a mark
    that comes more than once groups; a single mark is the decimal one.
    """
    raw = "".join(str(value).split()).replace("'", "").replace("’", "")
    dots, commas = raw.count("."), raw.count(",")
    if dots and commas:
        decimal = "." if raw.rfind(".") > raw.rfind(",") else ","
        raw = raw.replace("," if decimal == "." else ".", "")
    elif dots > 1:
        raw = raw.replace(".", "")
    elif commas > 1:
        raw = raw.replace(",", "")
    return raw.replace(",", ".")


def number(value) -> float | None:
    """A measured or target value: empty, or a finite number (see decimal_text)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        result = float(decimal_text(value))
    except ValueError:
        raise FieldError("not_a_number") from None
    if result != result or result in (float("inf"), float("-inf")):
        raise FieldError("not_a_number")
    if abs(result) > COUNT_MAX * 1000:
        raise FieldError("too_large", limit=COUNT_MAX * 1000)
    return result


def email(value: str) -> str:
    value = text(value, NAME_MAX, single_line=True).strip()
    if value and not _EMAIL.match(value):
        raise FieldError("bad_email")
    return value


def choice(value: str, allowed) -> str:
    allowed = {str(a) for a in allowed}
    if value not in allowed:
        raise FieldError("unknown_choice")
    return value


def day(value) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise FieldError("bad_date") from None


def money_cents(value) -> int:
    if isinstance(value, int):
        cents = value
    else:
        raw = decimal_text(value)
        if not raw:
            return 0
        try:
            cents = round(float(raw) * 100)
        except ValueError:
            raise FieldError("not_a_number") from None
    if cents < 0:
        raise FieldError("negative")
    if cents > MONEY_MAX_CENTS:
        raise FieldError("too_large", limit=MONEY_MAX_CENTS // 100)
    return cents


def within_total(women: int | None, men: int | None, total: int | None) -> None:
    """Women and men together cannot exceed a stated total."""
    if total is not None and (women or 0) + (men or 0) > total:
        raise FieldError("more_than_total", total=total)


def dates_in_order(first: date | None, then: date | None) -> None:
    """A later date (a target) must come after the earlier one (its baseline), not on it."""
    if first and then and then <= first:
        raise FieldError("dates_out_of_order")
