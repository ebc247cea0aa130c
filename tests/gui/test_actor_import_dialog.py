"""Actors from a spreadsheet through the window: preview, column mapping, problems, import."""

from PySide6.QtWidgets import QDialog, QMessageBox

from deseo_desktop.gui import actor_import_dialog
from deseo_desktop.gui.actor_import_dialog import ActorImportDialog, import_actors_from_file
from deseo_desktop.gui.design_session import DesignSession
from deseo_desktop.gui.editors.actors_editor import ActorsEditor
from deseo_desktop.gui.editors.base import EditorContext
from deseo_desktop.services import library

SHEET = (
    "Elenco imprese sociali del Comune\n"
    "\n"
    "Denominazione;Email;Lavoratrici;Lavoratori\n"
    "Coop Alfa;alfa@example.org;12;3\n"
    "Coop Beta;not-an-email;4;4\n"
    ";nobody@example.org;1;1\n"
    "coop alfa;alfa2@example.org;2;2\n"
    "Aurora Social Co-operative;x@example.org;1;1\n"
)


def _editor(db, qtbot):
    session = DesignSession(db, library.add_example(db))
    editor = ActorsEditor(session, EditorContext())
    session.setParent(editor)
    qtbot.addWidget(editor)
    return editor


def test_preview_shows_problems_and_only_good_rows_are_added(app, db, qtbot, tmp_path, monkeypatch):
    path = tmp_path / "imprese.csv"
    path.write_text(SHEET, encoding="utf-8")
    editor = _editor(db, qtbot)
    before = editor.model.rowCount()
    dialog = ActorImportDialog(editor.session, str(path), editor)
    assert dialog.preview.header_line == 3
    problems = [dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())]
    assert problems[0] == "✓"
    assert "e-mail" in problems[1]
    assert problems[2] == "No organisation name."
    assert problems[3] == "Twice in the file."
    assert problems[4] == "Already among the actors."
    assert dialog.import_button.text() == "Add 1 Organisation"
    monkeypatch.setattr(QDialog, "exec", lambda self: 1)
    assert import_actors_from_file(editor, str(path)) == 1
    assert editor.model.rowCount() == before + 1


def test_changing_a_column_re_checks_every_row(app, db, qtbot, tmp_path):
    path = tmp_path / "imprese.csv"
    path.write_text(SHEET, encoding="utf-8")
    editor = _editor(db, qtbot)
    dialog = ActorImportDialog(editor.session, str(path), editor)
    email = dialog.combos[1]
    email.setCurrentIndex(0)  # the e-mail column is not imported: Beta is fine now
    assert dialog.import_button.text() == "Add 2 Organisations"
    dialog.combos[0].setCurrentIndex(0)  # no name column at all
    assert not dialog.import_button.isEnabled()


def test_a_file_that_is_not_a_spreadsheet_changes_nothing(app, db, qtbot, tmp_path, monkeypatch):
    path = tmp_path / "fake.xlsx"
    path.write_bytes(b"\x00\x01 not a zip")
    editor = _editor(db, qtbot)
    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: told.append(a[2]))
    assert import_actors_from_file(editor, str(path)) == 0
    assert told and "nothing was changed" in told[0]
    assert actor_import_dialog.problem_text("bad_email")
