"""Importing actors from a spreadsheet into a design: preview, one transaction, refusals."""

import hashlib

import openpyxl
import pytest
from exports.sheet_files import billion_laughs, huge_token, million_rows

from deseo_desktop.rules.actor_import import MappingError
from deseo_desktop.services import library
from deseo_desktop.services.actor_import import SheetError, import_actors, preview_file
from deseo_desktop.services.database import Database
from deseo_desktop.services.sections import load_rows


def blank(db) -> str:
    return library.create_blank(db, library.NewDesign(title="Import", territory="Here"))


def council_sheet(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Comune di Esempio: imprese sociali"])
    ws.merge_cells("A1:E1")
    ws.append(["Denominazione", "Referente", "E-mail", "Donne", "Uomini"])
    ws.append(["Cooperativa Alfa", "Anna", "anna@alfa.it", 12, 3])
    ws.append(["Cooperativa Beta", "Bruno", "bruno at beta", 4, 4])
    ws.append(["Società Gamma", "", "", "=2+2", 1])
    ws.append(["cooperativa alfa", "", "", "", ""])
    wb.save(path)
    return path


def test_preview_then_import_good_rows(db, tmp_path):
    design_id = blank(db)
    preview = preview_file(db, design_id, council_sheet(tmp_path / "c.xlsx"))
    assert preview.header_line == 2
    problems = {r.line: r.problems for r in preview.rows}
    assert problems == {
        3: [],
        4: [("contact_email", "bad_email")],
        5: [],
        6: [("name", "duplicate_in_file")],
    }
    before = len(load_rows(db, "actor", {"design_id": design_id}))
    done = import_actors(db, design_id, preview)
    assert done.imported == 2
    actors = load_rows(db, "actor", {"design_id": design_id})
    added = actors[before:]
    assert [a["name"] for a in added] == ["Cooperativa Alfa", "Società Gamma"]
    assert added[0]["contact_email"] == "anna@alfa.it" and added[0]["workforce_women"] == 12
    assert added[1]["workforce_women"] is None  # a formula never computed is an empty cell
    assert [a["position"] for a in actors] == sorted(a["position"] for a in actors)
    again = preview_file(db, design_id, tmp_path / "c.xlsx")
    assert [r.line for r in again.good_rows] == []
    with pytest.raises(MappingError):  # a stale preview imports nothing twice
        import_actors(db, design_id, preview)
    assert len(load_rows(db, "actor", {"design_id": design_id})) == len(actors)


def file_hash(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_refused_files_leave_the_database_byte_for_byte_unchanged(db_path, tmp_path):
    db = Database.open(db_path)
    design_id = blank(db)
    db.close()
    hostile = [
        billion_laughs(tmp_path / "l.xlsx"),
        huge_token(tmp_path / "t.xlsx", 300_000),
        million_rows(tmp_path / "m.xlsx", 30_000),
        tmp_path / "macro.xlsm",
    ]
    (tmp_path / "random.xlsx").write_bytes(bytes(range(256)) * 16)
    hostile.append(tmp_path / "random.xlsx")
    (tmp_path / "nohead.csv").write_text("a,b\nc,d\n")
    before = file_hash(db_path)
    for path in hostile:
        db = Database.open(db_path)
        try:
            with pytest.raises(SheetError):
                preview_file(db, design_id, path)
        finally:
            db.close()
    db = Database.open(db_path)
    try:
        with pytest.raises(MappingError):
            preview_file(db, design_id, tmp_path / "nohead.csv")
    finally:
        db.close()
    assert file_hash(db_path) == before


def test_explicit_mapping_and_csv(db, tmp_path):
    design_id = blank(db)
    path = tmp_path / "list.csv"
    path.write_bytes("Org;Mail;F\r\nÉcole Nord;e@n.fr;2\r\n".encode("cp1252"))
    preview = preview_file(db, design_id, path, {"name": "org", "contact_email": "mail"})
    assert import_actors(db, design_id, preview).imported == 1
    names = [a["name"] for a in load_rows(db, "actor", {"design_id": design_id})]
    assert names[-1] == "École Nord"
