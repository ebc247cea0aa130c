"""Hostile and ordinary spreadsheets for the actor-import tests, built by hand (small)."""

import zipfile
from pathlib import Path

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.worksheet+xml"/></Types>'
)
RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Actors" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
)
SHEET_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
)


def raw_xlsx(path: Path, sheet_xml: bytes | str, extra: dict | None = None) -> Path:
    """A workbook whose sheet XML is written straight into the zip (no openpyxl)."""
    if isinstance(sheet_xml, str):
        sheet_xml = sheet_xml.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", RELS)
        z.writestr("xl/workbook.xml", WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        z.writestr("xl/worksheets/sheet1.xml", sheet_xml)
        for name, data in (extra or {}).items():
            z.writestr(name, data)
    return path


def inline_row(r: int, values: list[str]) -> str:
    cells = "".join(
        f'<c r="{chr(65 + i)}{r}" t="inlineStr"><is><t>{v}</t></is></c>'
        for i, v in enumerate(values)
    )
    return f'<row r="{r}">{cells}</row>'


def sheet_xml(rows: list[list[str]]) -> str:
    body = "".join(inline_row(i + 1, row) for i, row in enumerate(rows))
    return f"{SHEET_HEAD}<sheetData>{body}</sheetData></worksheet>"


def billion_laughs(path: Path) -> Path:
    entities = '<!ENTITY a "lol">' + "".join(
        f'<!ENTITY {c} "{("&" + p + ";") * 10}">'
        for p, c in zip("abcdefgh", "bcdefghi", strict=True)
    )
    xml = (
        f'<?xml version="1.0"?><!DOCTYPE worksheet [{entities}]>{SHEET_HEAD}<sheetData>'
        f"{inline_row(1, ['Name', 'Email'])}"
        '<row r="2"><c r="A2" t="inlineStr"><is><t>&i;</t></is></c></row>'
        "</sheetData></worksheet>"
    )
    return raw_xlsx(path, xml)


def huge_token(path: Path, size: int = 2_000_000) -> Path:
    xml = sheet_xml([["Name", "Email"]]).replace(
        "</sheetData>",
        f'<row r="2"><c r="A2" t="inlineStr"><is><t>{"x" * size}</t></is></c></row></sheetData>',
    )
    return raw_xlsx(path, xml)


def million_rows(path: Path, rows: int = 1_000_000) -> Path:
    body = "".join(f'<row r="{i}"/>' for i in range(1, rows + 1))
    return raw_xlsx(path, f"{SHEET_HEAD}<sheetData>{body}</sheetData></worksheet>")
