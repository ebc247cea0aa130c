"""Step (d) Valorisation: actions in a table, the selected one's description, the speakers."""

import pytest
from PySide6.QtCore import QDate

from deseo_desktop.gui.design_session import DesignSession
from deseo_desktop.gui.editors.base import EditorContext
from deseo_desktop.gui.editors.valorisation_editor import ValorisationEditor
from deseo_desktop.services import edits, library, sections

CONTEXT = EditorContext("en", "EUR", 40, "new")


@pytest.fixture
def make_editor(app, db, qtbot):
    def make(design_id):
        editor = ValorisationEditor(DesignSession(db, design_id), CONTEXT)
        qtbot.addWidget(editor)
        return editor

    return make


@pytest.fixture
def editor(db, make_editor):
    design_id = library.create_blank(db, library.NewDesign("T", "Place"))
    edits.apply(
        db, design_id, sections.new_row(db, "actor", {"design_id": design_id}, name="Coop Aurora")
    )
    return make_editor(design_id)


def rows(editor):
    db, design_id = editor.session.db, editor.session.design_id
    return sections.load_rows(db, "valorisation_action", {"design_id": design_id})


def col(model, name):
    return [c.name for c in model.columns].index(name)


def meter_text(editor) -> str:
    return editor.speakers_meter.text.text()


def test_an_action_with_its_speakers_and_the_meter(editor):
    assert meter_text(editor) == "No figures yet"
    editor.section.add_button.click()
    model = editor.model
    [actor_id] = [a for a, _ in sections.actor_names(editor.session.db, editor.session.design_id)]
    for name, value in (
        ("kind", "award"),
        ("title", "Prix <Égalité> & co 🌍"),
        ("audience", "Mayors"),
        ("planned_on", QDate(2026, 6, 1)),
        ("responsible_id", actor_id),
        ("speakers_women", "1"),
        ("speakers_men", "4"),
    ):
        assert model.setData(model.index(0, col(model, name)), value), name
    [row] = rows(editor)
    assert (row["kind"], row["title"], row["audience"], str(row["planned_on"])) == (
        "award",
        "Prix <Égalité> & co 🌍",
        "Mayors",
        "2026-06-01",
    )
    assert (row["responsible_id"], row["speakers_women"], row["speakers_men"]) == (actor_id, 1, 4)
    assert model.data(model.index(0, col(model, "responsible_id"))) == "Coop Aurora"
    assert meter_text(editor) == "Women 20% · Men 80% — too few women (under 40%)"
    assert "5" in editor.speakers_total_label.text()
    assert model.setData(model.index(0, col(model, "speakers_not_stated")), "2")
    assert meter_text(editor).endswith("(2 not stated)")
    editor.session.undo_stack.undo()
    editor.session.undo_stack.undo()  # four men back to none
    assert meter_text(editor) == "Women 100% · Men 0% — too few men (under 40%)"
    assert rows(editor)[0]["speakers_men"] is None


def test_speaker_counts_are_checked_in_place(editor):
    editor.section.add_button.click()
    model = editor.model
    assert not model.setData(model.index(0, col(model, "speakers_women")), "-1")
    assert "negative" in editor.section.message_label.text()
    assert not model.setData(model.index(0, col(model, "speakers_men")), "two")
    assert rows(editor)[0]["speakers_women"] is None


def test_the_description_of_the_selected_action(editor, qtbot):
    assert not editor.description_edit.isEnabled()  # no action yet
    for title in ("Launch", "Radio"):
        editor.section.add_button.click()
        editor.model.setData(editor.model.index(editor.model.rowCount() - 1, 1), title)
    assert editor.description_edit.isEnabled()  # the action just added is selected
    assert editor.details_label.text() == "Radio"
    editor.description_edit.setFocus()
    qtbot.keyClicks(editor.description_edit, "Six programmes")
    editor.description_edit.insertPlainText(" <live> & 🎙")  # QTest types ASCII only
    qtbot.waitUntil(
        lambda: rows(editor)[1]["description"] == "Six programmes <live> & 🎙", timeout=3000
    )
    assert editor.section.current_row() == 1  # still the same action after the save
    editor.section.select_row(0)
    assert editor.description_edit.toPlainText() == ""
    assert editor.details_label.text() == "Launch"
    editor.description_edit.insertPlainText("Half a day")
    editor.section.select_row(1)  # typing not yet saved goes to the action it was typed for
    assert [r["description"] for r in rows(editor)] == ["Half a day", "Six programmes <live> & 🎙"]
    assert editor.description_edit.toPlainText() == "Six programmes <live> & 🎙"
    editor.session.undo_stack.undo()
    assert rows(editor)[0]["description"] == ""
    editor.session.undo_stack.undo()
    assert rows(editor)[1]["description"] == ""
    assert editor.description_edit.toPlainText() == ""
    editor.section.remove_button.click()
    assert editor.details_label.text() == "Launch"  # the next action is selected
    editor.section.remove_button.click()
    assert not editor.description_edit.isEnabled()
    assert editor.binder.row_id is None


def test_the_example_design(db, make_editor):
    editor = make_editor(library.add_example(db))
    model = editor.model
    assert model.rowCount() == 4
    assert model.data(model.index(0, col(model, "title"))) == "Launch conference: Care Together"
    assert model.data(model.index(0, col(model, "planned_on"))) == "15 May 2026"
    assert model.data(model.index(0, col(model, "responsible_id"))) == "Province of Valdoria"
    assert meter_text(editor) == "Women 52% · Men 48% — balanced"
    assert "25" in editor.speakers_total_label.text()
    editor.section.select_row(0)
    assert editor.description_edit.toPlainText().startswith("Half-day conference")
