"""An .xlsx read safely: the zip is checked (parts, size read with a cap, macros, entities,
huge tokens, row count) before openpyxl parses it, read-only, formulas as their cached value."""

import io
import zipfile
import zlib
from datetime import date, datetime

from .sheet_reader import CELL_MAX, ROW_MAX, Sheet, SheetError, tidy_row

MEMBER_MAX = 500
UNCOMPRESSED_MAX = 50 * 1024 * 1024
TOKEN_MAX = 100_000  # bytes between two '<': expat parses one huge token in quadratic time


def check_zip(data: bytes) -> None:
    try:
        is_zip = zipfile.is_zipfile(io.BytesIO(data))
    except zipfile.BadZipFile:  # found by fuzzing: a header claiming several disks
        is_zip = False
    if not is_zip:
        raise SheetError("not_a_zip")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            members = z.infolist()
            if len(members) > MEMBER_MAX:
                raise SheetError("too_many_members", count=len(members))
            names = {m.filename.casefold() for m in members}
            if any(n.endswith("vbaproject.bin") for n in names):
                raise SheetError("macros")
            if "xl/workbook.xml" not in names:
                raise SheetError("damaged", detail="no xl/workbook.xml")
            left = UNCOMPRESSED_MAX
            for m in members:
                with z.open(m) as f:
                    part = f.read(left + 1)
                left -= len(part)
                if left < 0:
                    raise SheetError("too_large_uncompressed", limit=UNCOMPRESSED_MAX)
                _check_part(m.filename, part)
    except SheetError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, RuntimeError, ValueError) as e:
        raise SheetError("damaged", detail=str(e)[:200]) from None


def _check_part(name: str, part: bytes) -> None:
    if not name.casefold().endswith((".xml", ".rels")):
        return
    if b"<!DOCTYPE" in part or b"<!ENTITY" in part or part[:2] in (b"\xff\xfe", b"\xfe\xff"):
        raise SheetError("entities")
    if len(part) > TOKEN_MAX and max(map(len, part.split(b"<"))) > TOKEN_MAX:
        raise SheetError("huge_token", limit=TOKEN_MAX)
    if name.casefold().startswith("xl/worksheets/") and part.count(b"<row") > ROW_MAX + 1:
        raise SheetError("too_many_rows", limit=ROW_MAX)


def cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 2**53 else repr(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else str(value)
    if isinstance(value, date):
        return value.isoformat()
    text = str(value)
    if len(text) > CELL_MAX:
        raise SheetError("cell_too_long", limit=CELL_MAX)
    return text


def read_xlsx(data: bytes) -> Sheet:
    check_zip(data)
    import openpyxl

    try:
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except SheetError:
        raise
    except Exception as e:  # openpyxl raises many kinds on a damaged part
        raise SheetError("damaged", detail=f"{e.__class__.__name__}: {str(e)[:200]}") from None
    try:
        if not wb.worksheets:
            raise SheetError("no_sheet")
        ws = wb.worksheets[0]
        ws.reset_dimensions()  # a lying <dimension> would pad every row to 16,384 columns
        rows: list[list[str]] = []
        try:
            for values in ws.iter_rows(values_only=True):
                rows.append(tidy_row([cell_text(v) for v in values]))
                if len(rows) > ROW_MAX:
                    raise SheetError("too_many_rows", limit=ROW_MAX)
        except SheetError:
            raise
        except Exception as e:
            raise SheetError("damaged", detail=f"{e.__class__.__name__}: {str(e)[:200]}") from None
        return Sheet(rows, ws.title)
    finally:
        wb.close()
