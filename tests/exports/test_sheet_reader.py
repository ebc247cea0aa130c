"""Reading spreadsheets safely: encodings, delimiters, openpyxl cases and hostile files."""

import os
import subprocess
import sys
import zipfile

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from deseo_desktop.exports.sheet_reader import ROW_MAX, SheetError, read_sheet

from .sheet_files import billion_laughs, huge_token, million_rows, raw_xlsx, sheet_xml

HARD_TIMEOUT = 60  # seconds; a hang guard, never a speed assertion
MEMORY_CEILING_KB = 500 * 1024


def code_of(path) -> str:
    with pytest.raises(SheetError) as e:
        read_sheet(path)
    return e.value.code


@pytest.mark.parametrize(
    "encoding, delimiter",
    [("utf-8", ","), ("utf-8-sig", ";"), ("cp1252", "\t"), ("utf-8", "|"), ("cp1252", ";")],
)
def test_csv_encodings_and_delimiters(tmp_path, encoding, delimiter):
    lines = [["Coopérative Été", "a@b.it", "3"], ["Società, Nord", "c@d.fr", "4"]]
    text = "\r\n".join(
        delimiter.join(f'"{c}"' if delimiter in c or "," in c else c for c in row)
        for row in [["Name", "E-mail", "Women"], *lines]
    )
    path = tmp_path / "a.csv"
    path.write_bytes(text.encode(encoding))
    rows = read_sheet(path).rows
    assert rows == [["Name", "E-mail", "Women"], *lines]


def test_xlsx_formulas_are_cached_values_and_merged_headers_read(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Council list of enterprises"])
    ws.merge_cells("A1:C1")
    ws.append(["Name", "Email", "Women"])
    ws.merge_cells("C2:D2")
    ws.append(["Alpha", '=HYPERLINK("http://x")', "=1+2"])
    path = tmp_path / "f.xlsx"
    wb.save(path)
    rows = read_sheet(path).rows
    assert rows[0] == ["Council list of enterprises"]
    assert rows[1] == ["Name", "Email", "Women"]
    assert rows[2] == ["Alpha"]  # no cached values (never computed): empty, never executed


def test_ordinary_xlsx_written_by_hand(tmp_path):
    path = raw_xlsx(tmp_path / "h.xlsx", sheet_xml([["Name", "Email"], ["Beta", "b@c.se"]]))
    assert read_sheet(path).rows == [["Name", "Email"], ["Beta", "b@c.se"]]


def test_refusals(tmp_path):
    random = tmp_path / "r.xlsx"
    random.write_bytes(os.urandom(4096))
    assert code_of(random) == "not_a_zip"
    rcsv = tmp_path / "r.csv"
    rcsv.write_bytes(bytes(range(256)) * 8)
    assert code_of(rcsv) == "not_text"
    assert code_of(tmp_path / "m.xlsm") == "macros"
    macro = raw_xlsx(tmp_path / "v.xlsx", sheet_xml([["Name"]]), {"xl/vbaProject.bin": b"x"})
    assert code_of(macro) == "macros"
    assert code_of(tmp_path / "old.xls") == "old_format"
    assert code_of(tmp_path / "x.pdf") == "unknown_format"
    assert code_of(tmp_path / "none.csv") == "missing"
    (tmp_path / "e.csv").write_bytes(b"")
    assert code_of(tmp_path / "e.csv") == "empty"
    good = raw_xlsx(tmp_path / "t.xlsx", sheet_xml([["Name", "Email"]] * 50))
    (tmp_path / "cut.xlsx").write_bytes(good.read_bytes()[:-300])
    assert code_of(tmp_path / "cut.xlsx") in ("not_a_zip", "damaged")
    long_cell = tmp_path / "l.csv"
    long_cell.write_text("Name,Email\n" + "y" * 20_000 + ",a@b.it\n")
    assert code_of(long_cell) == "cell_too_long"
    many = tmp_path / "many.csv"
    many.write_text("Name\n" * (ROW_MAX + 5))
    assert code_of(many) == "too_many_rows"


def test_many_members_refused(tmp_path):
    path = raw_xlsx(tmp_path / "m.xlsx", sheet_xml([["Name"]]), {f"x/{i}": b"" for i in range(600)})
    assert code_of(path) == "too_many_members"


def test_bomb_refused_by_size_read_with_a_cap(tmp_path):
    path = tmp_path / "bomb.xlsx"
    raw_xlsx(path, sheet_xml([["Name"]]))
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/media/big.bin", b"\0" * (60 * 1024 * 1024))
    assert path.stat().st_size < 200_000
    assert code_of(path) == "too_large_uncompressed"


HOSTILE = {"laughs": billion_laughs, "token": huge_token, "million": million_rows}
EXPECTED = {"laughs": "entities", "token": "huge_token", "million": "too_many_rows"}
CHILD = """
import resource, sys
from deseo_desktop.exports.sheet_reader import SheetError, read_sheet
try:
    read_sheet(sys.argv[1])
    print("read")
except SheetError as e:
    print(e.code)
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_hostile_xlsx_refused_in_a_child_with_a_hard_timeout(tmp_path, kind):
    path = HOSTILE[kind](tmp_path / f"{kind}.xlsx")
    assert path.stat().st_size < 5_000_000
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(path)],
        capture_output=True,
        text=True,
        timeout=HARD_TIMEOUT,
    )
    assert done.returncode == 0, done.stderr
    code, max_rss_kb = done.stdout.split()
    assert code == EXPECTED[kind]
    assert int(max_rss_kb) < MEMORY_CEILING_KB


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_csv_with_a_title_line_above_the_headers(tmp_path, delimiter):
    lines = ["Council list, 2026", "Name|Email|Women", "Alpha|a@b.it|3", "Beta|b@c.it|"]
    path = tmp_path / "t.csv"
    path.write_text("\n".join(line.replace("|", delimiter) for line in lines))
    rows = read_sheet(path).rows
    assert rows[1:] == [["Name", "Email", "Women"], ["Alpha", "a@b.it", "3"], ["Beta", "b@c.it"]]


def test_corrupt_deflate_stream_is_damaged(tmp_path):
    path = raw_xlsx(tmp_path / "z.xlsx", sheet_xml([["Name", "Email"]] * 200))
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as z:
        info = z.getinfo("xl/worksheets/sheet1.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    for i in range(start + 5, start + 25):
        data[i] ^= 0xFF
    path.write_bytes(bytes(data))
    assert code_of(path) == "damaged"


def test_row_cap_holds_while_parsing_and_a_lying_dimension_pads_nothing(tmp_path):
    prefixed = (
        '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        "<x:sheetData>"
        + "".join(f'<x:row r="{i}"/>' for i in range(1, ROW_MAX + 10))
        + "</x:sheetData></x:worksheet>"
    )
    assert code_of(raw_xlsx(tmp_path / "p.xlsx", prefixed)) == "too_many_rows"
    lying = sheet_xml([["Name", "Email"], ["A", "a@b.it"]]).replace(
        "<sheetData>", '<dimension ref="A1:XFD1048576"/><sheetData>'
    )
    assert read_sheet(raw_xlsx(tmp_path / "d.xlsx", lying)).rows == [
        ["Name", "Email"],
        ["A", "a@b.it"],
    ]


@settings(max_examples=40)
@given(data=st.binary(max_size=2000), suffix=st.sampled_from([".csv", ".xlsx"]))
def test_any_bytes_give_rows_or_a_sheet_error(tmp_path_factory, data, suffix):
    path = tmp_path_factory.mktemp("fuzz") / f"f{suffix}"
    path.write_bytes(data)
    try:
        rows = read_sheet(path).rows
    except SheetError:
        return
    assert all(isinstance(c, str) for row in rows for c in row)


@settings(max_examples=40)
@given(st.data())
def test_a_mutated_workbook_gives_rows_or_a_sheet_error(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("mut")
    good = raw_xlsx(folder / "g.xlsx", sheet_xml([["Name", "Email"], ["Alpha", "a@b.it"]]))
    raw = bytearray(good.read_bytes())
    for _ in range(data.draw(st.integers(1, 8))):
        raw[data.draw(st.integers(0, len(raw) - 1))] = data.draw(st.integers(0, 255))
    path = folder / "m.xlsx"
    path.write_bytes(bytes(raw))
    try:
        read_sheet(path)
    except SheetError:
        pass


def test_a_zip_claiming_several_disks_is_refused_as_not_a_workbook():
    """Found by tools/fuzz_importers.py: zipfile.is_zipfile itself raised BadZipFile."""
    import base64

    from deseo_desktop.exports.sheet_reader import SheetError
    from deseo_desktop.exports.sheet_xlsx import read_xlsx

    data = base64.b64decode("UEsGBwpQSwUGCjzSS///CwsBAAAAAQALC/gL")
    with pytest.raises(SheetError) as refused:
        read_xlsx(data)
    assert refused.value.code == "not_a_zip"
