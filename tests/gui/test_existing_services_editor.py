"""Step (b) Existing services: improvement actions, with the gap and the action in a form."""

import datetime

import pytest

from deseo_desktop.gui.design_session import DesignSession
from deseo_desktop.gui.editors.base import EditorContext
from deseo_desktop.gui.editors.existing_services_editor import ExistingServicesEditor
from deseo_desktop.services import library, sections


def _editor(qtbot, session, kind="existing") -> ExistingServicesEditor:
    editor = ExistingServicesEditor(session, EditorContext("en", "EUR", 40, kind))
    qtbot.addWidget(editor)
    return editor


def _set(editor, row: int, name: str, value) -> bool:
    column = [c.name for c in editor.model.columns].index(name)
    return editor.model.setData(editor.model.index(row, column), value)


def _actions(session) -> list[dict]:
    return sections.load_rows(session.db, "improvement_action", {"design_id": session.design_id})


@pytest.fixture
def blank(app, db):
    session = DesignSession(db, library.create_blank(db, library.NewDesign("T", "Place")))
    session.push(sections.new_row(db, "actor", {"design_id": session.design_id}, name="Filo"), "")
    session.undo_stack.clear()
    return session


@pytest.fixture
def example(app, db):
    return DesignSession(db, library.add_example(db))


def test_add_an_action_with_its_long_texts(qtbot, blank):
    editor = _editor(qtbot, blank)
    [(filo, _name)] = sections.actor_names(blank.db, blank.design_id)
    assert not editor.form.isEnabled()
    editor.section.add_button.click()
    assert _set(editor, 0, "service", "Centro diurno «Filo d'Argento»")
    assert _set(editor, 0, "owner_id", filo)
    assert _set(editor, 0, "deadline", "2026-09-30")
    assert _set(editor, 0, "priority", "high")
    assert editor.form.isEnabled()
    assert "Filo d'Argento" in editor.selected_label.text()
    gap = editor.form.edits["gap"]
    gap.setFocus()
    gap.insertPlainText("Closes at 16:00 — carers (mostly women) cut hours <sic> & 🕓")
    qtbot.keyClicks(editor.form.edits["action"], "Open until 18:30")
    editor.flush()
    [row] = _actions(blank)
    assert row["service"] == "Centro diurno «Filo d'Argento»"
    assert (row["owner_id"], row["deadline"], row["priority"]) == (
        filo,
        datetime.date(2026, 9, 30),
        "high",
    )
    assert row["gap"] == "Closes at 16:00 — carers (mostly women) cut hours <sic> & 🕓"
    assert row["action"] == "Open until 18:30"
    assert editor.model.data(editor.model.index(0, 3)) == "High"
    blank.undo_stack.undo()
    blank.undo_stack.undo()
    [row] = _actions(blank)
    assert row["gap"] == "" and row["action"] == ""
    assert editor.form.edits["gap"].toPlainText() == ""
    while blank.undo_stack.canUndo():
        blank.undo_stack.undo()
    assert _actions(blank) == [] and not editor.form.isEnabled()


def test_switching_the_action_switches_the_form(qtbot, example):
    editor = _editor(qtbot, example)
    actions = _actions(example)
    for row in (2, 0, 1):
        editor.section.select_row(row)
        assert editor.form.edits["gap"].toPlainText() == actions[row]["gap"]
        assert editor.form.edits["action"].toPlainText() == actions[row]["action"]
        assert actions[row]["service"] in editor.selected_label.text()
    # typed, then straight to another row before the pause: it belongs to the row typed in
    editor.form.edits["action"].setPlainText("Rewrite every round")
    editor.section.select_row(0)
    assert sections.load_row(example.db, "improvement_action", actions[1]["id"])["action"] == (
        "Rewrite every round"
    )
    assert editor.form.edits["action"].toPlainText() == actions[0]["action"]


def test_bad_values_are_refused_in_place(qtbot, example):
    editor = _editor(qtbot, example)
    before = _actions(example)
    assert not _set(editor, 0, "deadline", "31/02/2026")
    assert "date" in editor.section.message_label.text()
    assert not _set(editor, 0, "priority", "urgent")
    assert "list" in editor.section.message_label.text()
    assert not _set(editor, 0, "owner_id", "not-an-actor")
    assert _actions(example) == before
    assert example.undo_stack.count() == 0


def test_deleting_the_owner_leaves_the_action_and_undo_restores_it(qtbot, example):
    editor = _editor(qtbot, example)
    action = _actions(example)[0]
    example.push(sections.RowDelete("actor", action["owner_id"]), "Remove actor")
    assert _actions(example)[0]["owner_id"] is None
    assert editor.model.data(editor.model.index(0, 1)) == ""
    example.undo_stack.undo()
    assert _actions(example)[0]["owner_id"] == action["owner_id"]
    assert editor.model.data(editor.model.index(0, 1)) == "Filo d'Argento Association"


def test_opens_on_the_example_design(qtbot, example):
    editor = _editor(qtbot, example)
    editor.resize(1280, 800)
    editor.show()
    actions = _actions(example)
    model = editor.model
    assert model.rowCount() == len(actions) == 3
    assert [model.data(model.index(r, 0)) for r in range(3)] == [a["service"] for a in actions]
    assert model.data(model.index(0, 2)) == "30 Sept 2026"
    assert editor.form.edits["gap"].toPlainText() == actions[0]["gap"]
    assert editor.section.table.isVisible() and editor.note_label.isHidden()
    assert editor.title() == "(b) Existing services"


def test_a_new_cluster_is_told_the_step_is_for_existing_ones(qtbot, blank):
    editor = _editor(qtbot, blank, kind="new")
    editor.show()
    assert editor.note_label.isVisible()
    assert "existing" in editor.note_label.text()


def test_leaving_a_long_text_saves_it_and_tab_moves_on(qtbot, example):
    editor = _editor(qtbot, example)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow, timeout=3000)
    action_id = _actions(example)[0]["id"]
    gap, action = editor.form.edits["gap"], editor.form.edits["action"]
    gap.setFocus()
    gap.moveCursor(gap.textCursor().MoveOperation.End)
    qtbot.keyClicks(gap, " Also on Saturdays.")
    qtbot.keyClick(gap, "\t")
    assert action.hasFocus()  # Tab leaves the box instead of typing a tab
    stored = sections.load_row(example.db, "improvement_action", action_id)["gap"]
    assert stored.endswith("reason. Also on Saturdays.")  # saved on leaving, not after a pause
    qtbot.keyClicks(action, "First, ")
    editor.section.table.setFocus()
    assert sections.load_row(example.db, "improvement_action", action_id)["action"] == (
        "First, Extend opening to 18:30 with two shared staff from Aurora, and take people home "
        "with the vehicle pool."
    )
    assert example.undo_stack.count() == 2
