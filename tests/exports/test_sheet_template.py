"""The actors template: every column recognised by the import, validation on the sheet."""

import openpyxl

from deseo_desktop.exports.sheet_reader import read_sheet
from deseo_desktop.exports.sheet_template import HEADERS, save_template
from deseo_desktop.rules.actor_import import FIELDS, find_header, preview_rows


def test_template_columns_are_recognised_and_validated(tmp_path):
    path = save_template(tmp_path / "actors.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    kinds = sorted(v.type for v in ws.data_validations.dataValidation)
    assert kinds == ["custom", "textLength"] + ["whole"] * 7
    ws.append(["Alpha", "", "", "Anna", "anna@alfa.it", "", 3, 2])
    wb.save(path)
    rows = read_sheet(path).rows
    index, columns = find_header(rows)
    assert index == 0 and sorted(columns.values()) == sorted(FIELDS)
    assert list(HEADERS.values()) == rows[0]
    preview = preview_rows(rows, [])
    assert [r.values["workforce_women"] for r in preview.good_rows] == [3]
