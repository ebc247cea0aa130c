"""The workshops log: date, place, attendance by sex, steps ticked and decisions, saved as typed."""

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from deseo_desktop.gui.design_session import DesignSession
from deseo_desktop.gui.editors.base import EditorContext
from deseo_desktop.gui.workshops_dialog import WorkshopsDialog
from deseo_desktop.services import library, sections

CONTEXT = EditorContext("en", "EUR", 40, "new")


@pytest.fixture
def session(app, db):
    return DesignSession(db, library.create_blank(db, library.NewDesign("T", "Place")))


def _open(qtbot, session):
    dialog = WorkshopsDialog(session, CONTEXT)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _close(qtbot, dialog):
    """Close as the Close button does; the dialog deletes itself."""
    with qtbot.waitSignal(dialog.destroyed, timeout=3000):
        dialog.buttons.button(dialog.buttons.StandardButton.Close).click()


def _stored(session):
    return sections.load_rows(session.db, "workshop", {"design_id": session.design_id})


def test_a_workshop_is_logged_and_seen_again(qtbot, session):
    dialog = _open(qtbot, session)
    assert dialog.model.rowCount() == 0 and not dialog.detail_box.isEnabled()
    assert dialog.meter.text.text() == "No figures yet"
    dialog.section.add_button.click()
    model = dialog.model
    assert _stored(session)[0]["held_on"] == date.today()  # logged on the day by default
    assert model.setData(model.index(0, 0), QDate(2026, 1, 20))
    assert model.setData(model.index(0, 1), "Biblioteca comunale, San Vito — sala «Rossa»")
    for column, value in ((2, "12"), (3, "9"), (4, "1")):
        assert model.setData(model.index(0, column), value)
    dialog.section.select_row(0)
    assert dialog.detail_box.isEnabled()
    assert dialog.detail_box.title() == "The workshop of 20 January 2026"
    dialog.decisions_edit.setFocus()
    dialog.decisions_edit.insertPlainText("Six resources to pool; the nursery first. 🌍 <b>&")
    dialog.step_checks["pooling"].click()  # a tick saves the decisions typed so far, too
    dialog.step_checks["governance"].click()
    assert dialog.meter.text.text().startswith("Women 57% · Men 43% — balanced")
    _close(qtbot, dialog)
    [row] = _stored(session)
    assert (row["held_on"], row["place"]) == (
        date(2026, 1, 20),
        "Biblioteca comunale, San Vito — sala «Rossa»",
    )
    assert (row["attendance_women"], row["attendance_men"], row["attendance_not_stated"]) == (
        12,
        9,
        1,
    )
    assert row["steps"] == "pooling,governance"
    assert row["decisions"] == "Six resources to pool; the nursery first. 🌍 <b>&"
    again = _open(qtbot, session)
    assert again.model.rowCount() == 1
    assert again.model.index(0, 5).data() == "(a) Pooling, Governance"
    assert again.model.index(0, 6).data() == row["decisions"]
    assert again.section.current_row() == 0  # the latest workshop is selected on opening
    ticked = [s for s, check in again.step_checks.items() if check.isChecked()]
    assert ticked == ["pooling", "governance"]
    assert again.decisions_edit.toPlainText() == row["decisions"]


def test_steps_and_decisions_are_undone(qtbot, session):
    dialog = _open(qtbot, session)
    dialog.section.add_button.click()
    dialog.section.select_row(0)
    dialog.step_checks["start"].click()
    dialog.step_checks["actors"].click()
    dialog.step_checks["start"].click()  # untick
    assert _stored(session)[0]["steps"] == "actors"
    dialog.decisions_edit.setFocus()
    qtbot.keyClicks(dialog.decisions_edit, "Next session in March")
    qtbot.waitUntil(lambda: _stored(session)[0]["decisions"] == "Next session in March")
    stack = session.undo_stack
    stack.undo()
    assert _stored(session)[0]["decisions"] == ""
    assert dialog.decisions_edit.toPlainText() == ""
    stack.undo()
    assert _stored(session)[0]["steps"] == "start,actors"
    assert dialog.step_checks["start"].isChecked() and dialog.step_checks["actors"].isChecked()
    assert dialog.section.current_row() == 0  # the same workshop stays selected
    stack.undo()
    stack.undo()
    assert not any(check.isChecked() for check in dialog.step_checks.values())
    stack.undo()  # the workshop itself
    assert _stored(session) == [] and not dialog.detail_box.isEnabled()


def test_bad_attendance_is_refused_in_place(qtbot, session):
    dialog = _open(qtbot, session)
    dialog.section.add_button.click()
    model = dialog.model
    assert not model.setData(model.index(0, 2), "-3")
    assert "negative" in dialog.section.message_label.text()
    assert not model.setData(model.index(0, 3), "nine")
    assert "whole number" in dialog.section.message_label.text()
    assert not model.flags(model.index(0, 5)) & Qt.ItemFlag.ItemIsEditable  # ticked below
    row = _stored(session)[0]
    assert row["attendance_women"] is None and row["attendance_men"] is None
    assert model.setData(model.index(0, 3), "9")
    assert dialog.section.message_label.text() == ""


def test_the_example_design_shows_its_workshops(qtbot, app, db):
    session = DesignSession(db, library.add_example(db))
    dialog = _open(qtbot, session)
    assert dialog.model.rowCount() == 3
    assert dialog.model.index(0, 1).data() == "Casa delle Cooperative, Valdoria"
    assert dialog.model.index(0, 5).data() == "Start, Actors, Gender baseline"
    # 37 women, 23 men and 1 not stated across the three sessions
    assert (
        dialog.meter.text.text() == "Women 62% · Men 38% — too few men (under 40%) (1 not stated)"
    )
    dialog.section.remove_button.click()  # the selected (last) one
    assert dialog.model.rowCount() == 2
    session.undo_stack.undo()
    assert [r["place"] for r in dialog.model.rows][2] == "Palazzo della Provincia, Valdoria"


def test_workshops_are_listed_in_the_order_they_were_held(qtbot, app, db):
    session = DesignSession(db, library.add_example(db))
    dialog = _open(qtbot, session)
    model = dialog.model
    assert dialog.section.current_row() == 2
    moved = model.row_id(2)
    assert model.setData(model.index(2, 0), QDate(2025, 9, 1))
    assert model.row_id(0) == moved and dialog.section.current_row() == 0  # it follows its row
    assert dialog.detail_box.title() == "The workshop of 1 September 2025"
