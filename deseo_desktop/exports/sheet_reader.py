"""Reading a council's spreadsheet (.csv or .xlsx) into rows of strings, with limits.

Every refusal is a SheetError with a code; nothing here touches the database. The .xlsx side
(zip checks before openpyxl sees a byte) is in sheet_xlsx.py.
"""

import csv
import io
from dataclasses import dataclass
from pathlib import Path

FILE_MAX_BYTES = 20 * 1024 * 1024
ROW_MAX = 20_000
COLUMN_MAX = 200
CELL_MAX = 10_000
_DELIMITERS = ",;\t|"
_SNIFF_BYTES = 16_384

MESSAGES = {
    "missing": "The file {path} does not exist or cannot be read.",
    "empty": "The file is empty.",
    "too_big": "The file is larger than {limit} bytes.",
    "unknown_format": "Only .xlsx and .csv files can be read (this is {suffix!r}).",
    "old_format": "This is an old Excel file (.xls); save it as .xlsx or .csv first.",
    "macros": "The workbook contains macros (.xlsm); save it as a plain .xlsx first.",
    "not_a_zip": "The file is not an .xlsx workbook (not a zip file).",
    "damaged": "The workbook is damaged and cannot be read ({detail}).",
    "too_many_members": "The workbook has too many parts ({count}).",
    "too_large_uncompressed": "The workbook unpacks to more than {limit} bytes.",
    "entities": "The workbook declares XML entities, which are refused.",
    "huge_token": "The workbook holds a single piece of text longer than {limit} characters.",
    "no_sheet": "The workbook has no worksheet.",
    "too_many_rows": "The sheet has more than {limit} rows.",
    "too_many_columns": "The sheet has more than {limit} columns.",
    "cell_too_long": "A cell holds more than {limit} characters.",
    "not_text": "The file is not a text (CSV) file.",
    "encoding": "The text is neither UTF-8 nor Windows-1252.",
    "bad_csv": "The CSV file cannot be read ({detail}).",
}


class SheetError(ValueError):
    def __init__(self, code: str, **params):
        self.code = code
        self.params = params
        template = MESSAGES.get(code, code)
        try:
            message = template.format(**params)
        except (KeyError, IndexError):
            message = template
        super().__init__(message)


@dataclass
class Sheet:
    rows: list[list[str]]
    source: str  # "csv" or the worksheet's title


def read_sheet(path: Path) -> Sheet:
    """The first worksheet (or the CSV) as rows of strings, trailing empty cells removed."""
    path = Path(path)
    suffix = path.suffix.casefold()
    if suffix in (".xlsm", ".xltm", ".xlsb"):
        raise SheetError("macros")
    if suffix == ".xls":
        raise SheetError("old_format")
    if suffix not in (".xlsx", ".csv", ".txt", ".tsv"):
        raise SheetError("unknown_format", suffix=path.suffix)
    try:
        with path.open("rb") as f:
            data = f.read(FILE_MAX_BYTES + 1)
    except OSError:
        raise SheetError("missing", path=path) from None
    if len(data) > FILE_MAX_BYTES:
        raise SheetError("too_big", limit=FILE_MAX_BYTES)
    if not data:
        raise SheetError("empty")
    if suffix == ".xlsx":
        from .sheet_xlsx import read_xlsx

        return read_xlsx(data)
    return Sheet(read_csv_bytes(data), "csv")


def decode_text(data: bytes) -> str:
    if b"\x00" in data:
        raise SheetError("not_text")
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8")
        except UnicodeDecodeError:
            raise SheetError("encoding") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        raise SheetError("encoding") from None


def _dialect(sample: str):
    """csv.Sniffer's guess when it finds one; else the delimiter most lines agree on (a title
    line above the headers, which has none, confuses the sniffer)."""
    try:
        return csv.Sniffer().sniff(sample, delimiters=_DELIMITERS)
    except csv.Error:
        pass
    lines = [line for line in sample.splitlines()[:100] if line.strip()]

    def agreement(delimiter: str) -> int:
        counts = [line.count(delimiter) for line in lines if delimiter in line]
        return max((counts.count(c) for c in set(counts)), default=0)

    best = max(_DELIMITERS, key=agreement)

    class Plain(csv.excel):
        delimiter = best

    return Plain


def read_csv_bytes(data: bytes) -> list[list[str]]:
    text = decode_text(data)
    dialect = _dialect(text[:_SNIFF_BYTES])
    rows: list[list[str]] = []
    old_limit = csv.field_size_limit()
    csv.field_size_limit(CELL_MAX + 1)
    try:
        for row in csv.reader(io.StringIO(text, newline=""), dialect):
            rows.append(tidy_row(row))
            if len(rows) > ROW_MAX:
                raise SheetError("too_many_rows", limit=ROW_MAX)
    except csv.Error as e:
        if "field larger" in str(e):
            raise SheetError("cell_too_long", limit=CELL_MAX) from None
        raise SheetError("bad_csv", detail=str(e)) from None
    finally:
        csv.field_size_limit(old_limit)
    return rows


def tidy_row(cells: list[str]) -> list[str]:
    while cells and not cells[-1].strip():
        cells.pop()
    if len(cells) > COLUMN_MAX:
        raise SheetError("too_many_columns", limit=COLUMN_MAX)
    for cell in cells:
        if len(cell) > CELL_MAX:
            raise SheetError("cell_too_long", limit=CELL_MAX)
    return cells
