"""File → Export Design File… and Import Design File…, and a file dropped on the window."""

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox

from deseo_desktop.gui import design_file
from deseo_desktop.services import library
from deseo_desktop.services.design_data import dump_design


def _answer(monkeypatch, text):
    """Message boxes answer by clicking the button labelled `text`."""

    def exec_(box):
        next(b for b in box.buttons() if b.text() == text).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)


def test_export_then_import_keeping_both(window, titles, tmp_path, monkeypatch):
    design_id = library.add_example(window.db)
    window.reload(select=design_id)
    target = tmp_path / "care"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    _answer(monkeypatch, "Keep Personal Data")
    assert window.actions.export_design.isEnabled()
    window.actions.export_design.trigger()
    written = tmp_path / "care.deseo"
    assert written.is_file()

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(written), ""))
    _answer(monkeypatch, "Keep Both")
    window.actions.import_design.trigger()
    assert sorted(titles(window)) == [
        "Care Together — Province of Valdoria",
        "Care Together — Province of Valdoria (imported)",
    ]


def test_a_damaged_file_is_refused_and_changes_nothing(window, titles, tmp_path, monkeypatch):
    library.add_example(window.db)
    window.reload()
    bad = tmp_path / "bad.deseo"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: told.append(a[2]))
    before = titles(window)
    assert design_file.import_design_file(window, str(bad)) is None
    assert told and "nothing was changed" in told[0]
    assert titles(window) == before


def test_a_file_dropped_on_the_window_is_imported(window, titles, tmp_path, monkeypatch):
    from deseo_desktop.services import portable

    source = library.add_example(window.db)
    path = portable.export_design(window.db, source, tmp_path / "drop.deseo")
    _answer(monkeypatch, "Replace Mine")
    with window.db.session() as s:
        before = dump_design(s.connection(), source)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(drop)  # as Qt calls it after the drag entered
    assert titles(window) == ["Care Together — Province of Valdoria"]
    with window.db.session() as s:
        after = dump_design(s.connection(), source)
    assert after["actor"] == before["actor"]


def test_opening_the_app_with_a_design_file_imports_it(monkeypatch):
    from deseo_desktop import cli
    from deseo_desktop.gui import app

    calls = []
    monkeypatch.setattr(app, "run", lambda db, open_file=None: calls.append((db, open_file)) or 0)
    assert cli.main(["/media/usb/Care Together.deseo"]) == 0
    assert calls == [(None, "/media/usb/Care Together.deseo")]


def test_every_refusal_has_a_translatable_sentence():
    from deseo_desktop.exports import portable, sheet_reader
    from deseo_desktop.gui.file_problems import design_file_problem, spreadsheet_problem

    generic_design = design_file_problem(None)
    for reason in portable.REASONS:
        error = portable.PortableError(reason, found=9, needed="9.0", detail="x")
        assert design_file_problem(error) not in ("", generic_design), reason
    generic_sheet = spreadsheet_problem(None)
    for code in sheet_reader.MESSAGES:
        assert spreadsheet_problem(sheet_reader.SheetError(code)) != generic_sheet, code
    newer = portable.PortableError("newer_format", found=9, needed="9.0")
    assert "9.0" in design_file_problem(newer)


def test_a_file_the_system_hands_over_is_imported(app, window, titles, tmp_path, monkeypatch):
    """macOS hands a double-clicked file over as a QFileOpenEvent to the application."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QFileOpenEvent

    from deseo_desktop.gui.app import FileOpenEvents
    from deseo_desktop.services import portable

    source = library.add_example(window.db)
    path = portable.export_design(window.db, source, tmp_path / "handed.deseo")
    _answer(monkeypatch, "Keep Both")
    handler = FileOpenEvents(window)
    app.installEventFilter(handler)
    try:
        QCoreApplication.sendEvent(app, QFileOpenEvent(str(path)))
    finally:
        app.removeEventFilter(handler)
    assert len(titles(window)) == 2


def test_a_file_handed_over_before_the_database_is_ready_waits_for_it(make_window, tmp_path):
    window = make_window(started=False)
    window.open_design_file(str(tmp_path / "early.deseo"))
    assert window.pending_import == str(tmp_path / "early.deseo")
    window.open_design_file(str(tmp_path / "notes.txt"))  # not a design file: ignored
    assert window.pending_import == str(tmp_path / "early.deseo")
