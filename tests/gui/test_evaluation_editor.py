"""Step (e) Evaluation: indicators from the catalogue or by hand, baselines and targets."""

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from deseo_desktop.gui.design_session import DesignSession
from deseo_desktop.gui.editors.base import EditorContext
from deseo_desktop.gui.editors.evaluation_editor import EvaluationEditor
from deseo_desktop.services import library, sections
from deseo_desktop.services.catalogue import indicator_catalogue

CONTEXT = EditorContext("en", "EUR", 40, "new")
EDITABLE = Qt.ItemFlag.ItemIsEditable


@pytest.fixture
def make_editor(app, db, qtbot):
    def make(design_id):
        editor = EvaluationEditor(DesignSession(db, design_id), CONTEXT)
        qtbot.addWidget(editor)
        return editor

    return make


@pytest.fixture
def editor(db, make_editor):
    return make_editor(library.create_blank(db, library.NewDesign("T", "Place")))


def rows(editor):
    db, design_id = editor.session.db, editor.session.design_id
    return sections.load_rows(db, "indicator", {"design_id": design_id})


def index(editor, row, name):
    model = editor.model
    return model.index(row, [c.name for c in model.columns].index(name))


def editable(editor, row, name) -> bool:
    return bool(editor.model.flags(index(editor, row, name)) & EDITABLE)


def open_catalogue(editor, qtbot):
    editor.catalogue_button.click()
    dialog = editor.catalogue_dialog
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def tick(dialog, domain, code):
    dialog.domain_combo.setCurrentIndex(dialog.domain_combo.findData(domain))
    item = dialog.item_for(code)
    assert not item.isHidden()
    dialog.tree.setCurrentItem(item)
    assert code in dialog.details_label.text()
    item.setCheckState(0, Qt.CheckState.Checked)


def test_adding_w1_and_p1_from_the_catalogue(editor, qtbot):
    dialog = open_catalogue(editor, qtbot)
    assert not dialog.add_button.isEnabled()
    tick(dialog, "work", "W1")
    assert dialog.item_for("P1").isHidden()  # another domain
    tick(dialog, "power", "P1")
    dialog.find_edit.setText("steering")
    assert dialog.item_for("W1").isHidden() and not dialog.item_for("P1").isHidden()
    assert "2" in dialog.add_button.text()
    with qtbot.waitSignal(dialog.finished):
        dialog.add_button.click()
    catalogue = {e.code: e for e in indicator_catalogue()}
    added = rows(editor)
    assert [r["catalogue_code"] for r in added] == ["W1", "P1"]
    for row in added:
        entry = catalogue[row["catalogue_code"]]
        for field in ("domain", "unit", "disaggregation", "direction", "target_kind"):
            assert row[field] == getattr(entry, field), field
        assert row["name"] == entry.name and row["description"] == entry.description
        assert (row["target_value"], row["target_high"]) == (40, 60)
    assert editor.model.data(index(editor, 0, "catalogue_code")) == "W1"
    assert editor.section.current_row() == 0
    assert editor.session.undo_stack.count() == 1  # one step for both
    editor.session.undo_stack.undo()
    assert rows(editor) == []
    editor.session.undo_stack.redo()
    assert len(rows(editor)) == 2
    again = open_catalogue(editor, qtbot)  # what the design has cannot be added twice
    assert not again.item_for("W1").flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert "already in the design" in again.item_for("P1").text(1)
    with qtbot.waitSignal(again.finished):
        again.reject()
    assert len(rows(editor)) == 2


def test_a_hand_written_indicator(editor):
    editor.section.add_button.click()
    model = editor.model
    assert editor.section.table.currentIndex() == index(editor, 0, "name")
    assert not editable(editor, 0, "catalogue_code")
    for name, value in (
        ("name", "Mentoring hours <per> mentee & 🌍"),
        ("domain", "knowledge"),
        ("unit", "hours"),
        ("disaggregation", "single"),
        ("baseline_date", QDate(2026, 1, 31)),
        ("baseline_value", "12,5"),
        ("target_date", "2027-12-31"),
        ("target_value", "20"),
        ("source", "Mentoring log"),
        ("frequency", "quarterly"),
    ):
        assert model.setData(index(editor, 0, name), value), name
    [row] = rows(editor)
    assert row["catalogue_code"] is None
    assert (row["name"], row["domain"], row["unit"], row["disaggregation"]) == (
        "Mentoring hours <per> mentee & 🌍",
        "knowledge",
        "hours",
        "single",
    )
    assert (row["baseline_date"], row["baseline_value"]) == (date(2026, 1, 31), 12.5)
    assert (row["target_date"], row["target_value"], row["frequency"]) == (
        date(2027, 12, 31),
        20.0,
        "quarterly",
    )
    assert not model.setData(index(editor, 0, "target_value"), "lots")
    assert "number" in editor.section.message_label.text()
    for _ in range(10):
        editor.session.undo_stack.undo()
    [row] = rows(editor)
    assert (row["name"], row["disaggregation"], row["baseline_value"]) == ("", "by_sex", None)


def test_the_columns_that_apply_follow_the_indicator(editor):
    editor.section.add_button.click()  # by sex by default
    assert editable(editor, 0, "baseline_women") and editable(editor, 0, "target_men")
    assert not editable(editor, 0, "baseline_value")
    assert editor.model.data(index(editor, 0, "baseline_value"), Qt.ItemDataRole.BackgroundRole)
    assert "by sex" in editor.applies_label.text()
    assert not editable(editor, 0, "target_high")  # "at least": no upper end
    editor.model.setData(index(editor, 0, "disaggregation"), "single")
    assert editor.section.current_row() == 0
    assert not editable(editor, 0, "baseline_women") and editable(editor, 0, "baseline_value")
    assert "one figure" in editor.applies_label.text()
    combo = editor.target_kind_combo
    combo.setCurrentIndex(combo.findData("range"))  # through the pane under the table
    assert rows(editor)[0]["target_kind"] == "range"
    assert editable(editor, 0, "target_high")
    assert "range" in editor.applies_label.text()
    editor.session.undo_stack.undo()
    assert combo.currentData() == "at_least" and not editable(editor, 0, "target_high")


def test_a_target_date_before_the_baseline_date_is_refused(editor):
    editor.section.add_button.click()
    model = editor.model
    assert model.setData(index(editor, 0, "baseline_date"), QDate(2026, 6, 30))
    assert not model.setData(index(editor, 0, "target_date"), QDate(2025, 12, 31))
    message = editor.section.message_label.text()
    assert "31 Dec 2025" in message and "30 Jun 2026" in message and "before" in message
    assert rows(editor)[0]["target_date"] is None
    assert model.setData(index(editor, 0, "target_date"), QDate(2028, 1, 1))
    assert not model.setData(index(editor, 0, "baseline_date"), "2028-06-01")
    assert rows(editor)[0]["baseline_date"] == date(2026, 6, 30)
    assert not model.setData(index(editor, 0, "baseline_date"), "30/06/2026")
    assert "2026-03-01" in editor.section.message_label.text()  # a bad date, said as such
    editor.session.undo_stack.undo()
    editor.session.undo_stack.undo()
    row = rows(editor)[0]
    assert row["baseline_date"] is None and row["target_date"] is None


def test_the_example_design(db, make_editor):
    editor = make_editor(library.add_example(db))
    model = editor.model
    assert [model.data(index(editor, r, "catalogue_code")) for r in range(model.rowCount())] == [
        "W1",
        "W4",
        "K1",
        "K3",
        "T1",
        "P1",
        "V1",
        "C2",
    ]
    assert model.data(index(editor, 1, "baseline_women")) == "58"
    assert model.data(index(editor, 0, "baseline_value")) == "74.2"
    assert model.data(index(editor, 0, "baseline_date")) == "31 Dec 2025"
    assert model.data(index(editor, 0, "responsible_id")) == "Aurora Social Co-operative"
    assert not editable(editor, 0, "baseline_women")  # W1 is one figure
    assert not editable(editor, 1, "baseline_value")  # W4 is by sex
    editor.section.select_row(2)
    assert editor.description_edit.toPlainText().startswith("Paid training hours")
    assert editor.target_kind_combo.currentData() == "range"
