"""Reading spreadsheets safely: encodings, delimiters, openpyxl cases and hostile files."""

import os
import subprocess
import sys
import zipfile

import openpyxl
import pytest

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
