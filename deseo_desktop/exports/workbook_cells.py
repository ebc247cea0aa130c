"""Cells of the workbook: user text made safe, typed values, styles, formats and widths.

openpyxl turns any string starting with "=" into a formula and refuses control characters
(RELIABILITY.md); every piece of user text goes through `clean_text` and `put_text`, which
write it as a string (data type "s") with Excel's quote prefix when it starts like a formula,
so Excel keeps it as text even after someone edits the cell.
"""

import math
import re
from copy import copy
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.worksheet import Worksheet

MAX_CELL_TEXT = 32_767  # Excel's limit, in UTF-16 code units
CUT_MARK = " […]"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
LARGEST_EXACT = 2**53  # beyond this a number would come back changed
_SURROGATES = re.compile("[\ud800-\udfff]")  # in a str, any surrogate is a lone one

DATE_FORMATS = {"sv": "yyyy-mm-dd"}
DEFAULT_DATE_FORMAT = "dd/mm/yyyy"
PERCENT = "0.0%"
INTEGER = "#,##0"
DECIMAL = "#,##0.##"
HEADER_FILL = "4472C4"  # the header of TableStyleMedium2, so tables look alike in any viewer
FONT = "Calibri"
LINE_HEIGHT = 15  # points, for 11-point text
MAX_LINES = 12  # a row grows up to this; longer text stays whole in the cell, scrollable
INPUT_FILL = "FFF4CC"  # cells a person is expected to change (scores, answers, parameters)


def clean_text(value: Any) -> str:
    """Text Excel accepts: no control characters or lone surrogates, cut (visibly) at the limit."""
    text = value if isinstance(value, str) else str(value)
    text = ILLEGAL_CHARACTERS_RE.sub("", text)
    text = _SURROGATES.sub("", text)
    if _utf16_len(text) <= MAX_CELL_TEXT:
        return text
    room = MAX_CELL_TEXT - _utf16_len(CUT_MARK)
    # Cut by UTF-16 units (an emoji takes two); a pair split in half is dropped whole.
    cut = text.encode("utf-16-le")[: 2 * room].decode("utf-16-le", "ignore")
    return cut + CUT_MARK


def _utf16_len(text: str) -> int:
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def put_text(cell: Cell, value: Any) -> None:
    """User text, never a formula."""
    text = clean_text(value)
    cell.value = text
    cell.data_type = "s"
    if text.startswith(FORMULA_STARTS):
        cell.quotePrefix = True


def put_formula(cell: Cell, formula: str) -> None:
    """One of our own formulas (never built from user text but through `text_literal`)."""
    cell.value = formula
    cell.data_type = "f"


def text_literal(text: str) -> str:
    """A word as a string literal inside one of our formulas."""
    return '"' + clean_text(text).replace('"', '""') + '"'


def sheet_ref(title: str) -> str:
    """A sheet name as formulas and validations quote it."""
    return "'" + title.replace("'", "''") + "'"


def number(value: Any) -> int | float | Decimal | str | None:
    """A number Excel keeps as it is: NaN and infinity are blank, huge integers become text."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, int) and abs(value) > LARGEST_EXACT:
        return str(value)
    return value


def money(cents: int | None) -> Decimal | str | None:
    """Cents as currency units, exactly."""
    value = number(cents)
    if value is None or isinstance(value, str):
        return value
    return Decimal(int(value)).scaleb(-2)


def day(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    return value if isinstance(value, date) else None


def date_format(language: str) -> str:
    return DATE_FORMATS.get(language, DEFAULT_DATE_FORMAT)


def money_format(currency: str, language: str) -> str:
    """'#,##0.00 "€"' or '"£"#,##0.00', the symbol where the language puts it."""
    from babel.core import Locale
    from babel.numbers import get_currency_symbol

    from deseo_desktop.terms import locale_for

    locale = locale_for(language)
    symbol = get_currency_symbol(currency or "EUR", locale=locale).replace('"', "")
    pattern = Locale.parse(locale).currency_formats["standard"].pattern
    if pattern.lstrip().startswith("¤"):
        return f'"{symbol}"#,##0.00'
    return f'#,##0.00 "{symbol}"'


class Styles:
    """One style per kind of cell, built once: setting four style attributes on each of
    thirty thousand cells would take most of the time budget."""

    def __init__(self, ws: Worksheet, language: str, currency: str):
        top = Alignment(vertical="top")
        wrap = Alignment(vertical="top", wrap_text=True)
        formats = {
            "text": ("General", top),
            "long": ("General", wrap),
            "int": (INTEGER, top),
            "year": ("0", top),
            "number": (DECIMAL, top),
            "money": (money_format(currency, language), top),
            "date": (date_format(language), top),
            "percent": (PERCENT, top),
            "points": ("0.00", top),
            "rounded": ("0.0", top),
        }
        self._arrays = {}
        probe = Cell(ws)  # not placed on the sheet: only its style is used
        for kind, (fmt, alignment) in formats.items():
            probe.number_format = fmt
            probe.alignment = alignment
            self._arrays[kind] = copy(probe._style)
        probe = Cell(ws)
        bold = Font(name=FONT, bold=True)
        line = Side(style="thin", color="808080")
        probe.font = bold
        probe.border = Border(top=line)
        for kind in ("int", "money", "percent", "text"):
            probe.number_format = formats[kind][0]
            self._arrays["total_" + kind] = copy(probe._style)

    def cell(self, ws: Worksheet, kind: str) -> Cell:
        return Cell(ws, style_array=self._arrays[kind])

    def apply(self, cell: Cell, kind: str) -> None:
        cell._style = copy(self._arrays[kind])


def header_style(cell: Cell) -> None:
    """Headers drawn by hand, so they look the same where table styles are not shown."""
    cell.font = Font(name=FONT, bold=True, color="FFFFFF")
    cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
    cell.alignment = Alignment(vertical="center", wrap_text=True)


def input_style(cell: Cell) -> None:
    cell.fill = PatternFill("solid", fgColor=INPUT_FILL)
    cell.alignment = Alignment(vertical="top")
    cell.border = Border(*(Side(style="thin", color="BFBFBF"),) * 4)


def lines_needed(text: Any, width: float) -> int:
    """Lines a wrapped text takes in a column of `width` characters (an estimate)."""
    if text is None:
        return 1
    per_line = max(width * 1.25, 1)  # average characters are narrower than a '0'
    return sum(max(1, math.ceil(len(part) / per_line)) for part in str(text).split("\n"))


def fit_row(ws: Worksheet, row: int, lines: int) -> None:
    """Excel keeps rows at one line unless told, and LibreOffice does the same on import."""
    if lines > 1:
        ws.row_dimensions[row].height = LINE_HEIGHT * min(lines, MAX_LINES) + 2


LONG_WIDTH = 60


def width_for(values: list[Any], header: str, kind: str) -> float:
    """A column width from its longest value (a sample) and its header, which may wrap onto
    two or three lines; capped, since long text wraps instead."""
    if kind == "long":
        return LONG_WIDTH
    if kind == "date":
        return 12
    if kind == "money":
        return 15
    longest = max((len(str(v)) for v in values[:200] if v is not None), default=0)
    if kind in ("int", "number", "percent", "year"):
        word = max((len(w) for w in header.split()), default=0)  # a header breaks at spaces
        return max(9, min(16, max(longest + 3, len(header) / 2 + 2, word * 1.15 + 2)))
    return max(9, min(40, max(longest, min(len(header), 24)) + 2))
