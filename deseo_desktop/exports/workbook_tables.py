"""Excel tables, the hidden Lists sheet their drop-downs draw from, and the workbook's context.

Every data sheet is an Excel table (which brings its own filter buttons, so no sheet
autofilter is added on top), with a frozen header and validation on each list-valued column.
Validations point at ranges on the hidden Lists sheet: inline lists longer than 255
characters break Excel.
"""

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from deseo_desktop.terms import term

from .workbook_cells import (
    LINE_HEIGHT,
    LONG_WIDTH,
    Styles,
    clean_text,
    date_format,
    day,
    fit_row,
    header_style,
    lines_needed,
    money,
    number,
    put_formula,
    put_text,
    sheet_ref,
    width_for,
)

Row = Mapping[str, Any]
Rows = Mapping[str, Sequence[Row]]
TABLE_STYLE = "TableStyleMedium2"
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")


@dataclass(frozen=True)
class Column:
    """One column of a table: its label (a `field` term), how to read it and how to show it.

    kind: text, long (wraps), int, number, money (cents in), date, percent.
    choices: the list on the Lists sheet its values come from (validated).
    formula: for computed columns, given `ref(key)` (that column's cell in the same row).
    """

    key: str
    value: Callable[[Row], Any] | None = None
    kind: str = "text"
    choices: str | None = None
    formula: Callable[[Callable[[str], str]], str] | None = None
    header: str | None = None

    def read(self, row: Row) -> Any:
        return self.value(row) if self.value else row.get(self.key)


@dataclass
class Placed:
    """Where a table landed: data rows first..last (last < first when it has none)."""

    first_row: int
    last_row: int
    letters: dict[str, str]
    total_row: int | None = None

    def column_range(self, key: str, absolute: bool = False) -> str:
        letter = self.letters[key]
        last = max(self.last_row, self.first_row)
        if absolute:
            return f"${letter}${self.first_row}:${letter}${last}"
        return f"{letter}{self.first_row}:{letter}{last}"


class Book:
    """The workbook being written, its language, and the words and names every sheet uses."""

    def __init__(self, rows: Rows, language: str):
        self.rows = rows
        self.language = language
        self.wb = Workbook()
        self._titles: set[str] = set()
        design = (rows.get("design") or [{}])[0]
        self.design = design
        self.currency = design.get("currency") or "EUR"
        self.styles = Styles(self.wb.active, language, self.currency)
        self.date_format = date_format(language)
        self.names = {
            table: {r["id"]: r.get(field) or "" for r in rows.get(table, [])}
            for table, field in (
                ("actor", "name"),
                ("pooled_resource", "name"),
                ("governance_body", "name"),
                ("funder", "name"),
                ("indicator", "name"),
            )
        }
        self.lists: Lists | None = None
        self._table_count = 0

    def word(self, group: str, code: Any) -> str | None:
        return term(group, str(code), self.language) if code not in (None, "") else None

    def yes_no(self, value: Any) -> str | None:
        if value is None:
            return None
        return self.word("yes_no", "yes" if value else "no")

    def name(self, table: str, row_id: Any) -> str | None:
        return self.names[table].get(row_id) if row_id else None

    def sheet(self, key: str, first: bool = False) -> Worksheet:
        """A new sheet titled in the document language, within Excel's rules for names."""
        title = sheet_title(term("sheet", key, self.language), self._titles)
        self._titles.add(title.casefold())
        if first:
            ws = self.wb.active
            ws.title = title
            return ws
        return self.wb.create_sheet(title)

    def table_name(self, key: str) -> str:
        self._table_count += 1
        return f"tbl_{re.sub(r'[^A-Za-z0-9_]', '_', key)}_{self._table_count}"


def sheet_title(text: str, taken: set[str]) -> str:
    """At most 31 characters, none of []:*?/\\, no edge apostrophe, unique ignoring case."""
    title = _BAD_SHEET_CHARS.sub("-", clean_text(text)).strip().strip("'") or "Sheet"
    title = title[:31].rstrip()
    candidate, n = title, 2
    while candidate.casefold() in taken:
        suffix = f" ({n})"
        candidate = title[: 31 - len(suffix)].rstrip() + suffix
        n += 1
    return candidate


class Lists:
    """The hidden sheet of drop-down values: one column per list, its name in row 1."""

    def __init__(self, ws: Worksheet):
        self.ws = ws
        ws.sheet_state = "hidden"
        self._ranges: dict[str, str] = {}

    def add(self, name: str, title: str, values: Sequence[Any]) -> None:
        column = len(self._ranges) + 1
        letter = get_column_letter(column)
        put_text(self.ws.cell(row=1, column=column), title)
        for i, value in enumerate(values, start=2):
            cell = self.ws.cell(row=i, column=column)
            if isinstance(value, str):
                put_text(cell, value)
            else:
                cell.value = value
        last = max(len(values) + 1, 2)
        self._ranges[name] = f"{sheet_ref(self.ws.title)}!${letter}$2:${letter}${last}"
        self.ws.column_dimensions[letter].width = 30

    def formula(self, name: str) -> str:
        return self._ranges[name]

    def validation(self, name: str, strict: bool = True) -> DataValidation:
        """A list validation drawing from `name`; strict refuses other values, else it warns."""
        return DataValidation(
            type="list",
            formula1=self.formula(name),
            allow_blank=True,
            showErrorMessage=True,
            errorStyle="stop" if strict else "warning",
        )


# Lists of names (organisations, resources...) only warn: a person may add a row elsewhere first.
NAME_LISTS = {"actor", "pooled_resource", "governance_body", "funder", "indicator"}


def write_table(
    book: Book,
    ws: Worksheet,
    key: str,
    columns: Sequence[Column],
    records: Sequence[Row],
    first_column: int = 1,
) -> Placed:
    """A table with header in row 1 and one row per record; returns where its data went."""
    lang = book.language
    headers = _unique([c.header or term("field", c.key, lang) for c in columns])
    letters = {c.key: get_column_letter(first_column + i) for i, c in enumerate(columns)}
    for i, text in enumerate(headers):
        cell = ws.cell(row=1, column=first_column + i)
        put_text(cell, text)
        header_style(cell)
    samples: list[list[Any]] = [[] for _ in columns]
    r = 2
    for record in records:
        lines = 1
        for i, column in enumerate(columns):
            cell = ws.cell(row=r, column=first_column + i)
            book.styles.apply(cell, column.kind)
            if column.formula is not None:
                put_formula(cell, column.formula(lambda k, r=r: f"{letters[k]}{r}"))
                continue
            value = column.read(record)
            _put(cell, column.kind, value)
            if column.kind == "long" and value:
                lines = max(lines, lines_needed(value, LONG_WIDTH))
            if len(samples[i]) < 200 and value is not None:
                samples[i].append(value)
        fit_row(ws, r, lines)
        r += 1
    placed = Placed(2, r - 1, letters)
    last_row = max(r - 1, 2)  # a table needs a data row, even an empty one
    last_letter = get_column_letter(first_column + len(columns) - 1)
    ws.add_table(
        Table(
            displayName=book.table_name(key),
            ref=f"{letters[columns[0].key]}1:{last_letter}{last_row}",
            tableStyleInfo=TableStyleInfo(name=TABLE_STYLE, showRowStripes=True),
        )
    )
    validations: dict[str, DataValidation] = {}
    for column in columns:
        if column.choices is None:
            continue
        dv = validations.get(column.choices)
        if dv is None:
            dv = book.lists.validation(column.choices, column.choices not in NAME_LISTS)
            validations[column.choices] = dv
            ws.add_data_validation(dv)
        dv.add(f"{letters[column.key]}2:{letters[column.key]}{last_row}")
    for column, header, sample in zip(columns, headers, samples, strict=True):
        width = width_for(sample, header, column.kind)
        ws.column_dimensions[letters[column.key]].width = width
    lines = max(  # bold headers are wider than body text
        lines_needed(h, ws.column_dimensions[letters[c.key]].width * 0.6)
        for c, h in zip(columns, headers, strict=True)
    )
    height = LINE_HEIGHT * min(lines, 4) + 4
    ws.row_dimensions[1].height = max(ws.row_dimensions[1].height or 0, height)
    ws.freeze_panes = "A2"
    return placed


def _put(cell, kind: str, value: Any) -> None:
    if value is None or value == "":
        return
    if kind in ("text", "long"):
        put_text(cell, value)
    elif kind == "money":
        _put_number(cell, money(value))
    elif kind == "date":
        cell.value = day(value)
    else:
        _put_number(cell, number(value))


def _put_number(cell, value: Any) -> None:
    if isinstance(value, str):
        put_text(cell, value)
    elif value is not None:
        cell.value = value


def _unique(headers: list[str]) -> list[str]:
    """Excel refuses a table whose column names repeat (ignoring case)."""
    seen: set[str] = set()
    out = []
    for h in headers:
        h = h.replace("\n", " ").strip() or "-"
        candidate, n = h, 2
        while candidate.casefold() in seen:
            candidate, n = f"{h} ({n})", n + 1
        seen.add(candidate.casefold())
        out.append(candidate)
    return out
