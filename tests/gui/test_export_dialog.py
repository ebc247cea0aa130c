"""File → Export agreement: both files from the menu, Cancel, a refused target, the folder kept.

The export runs in its child process against the real exporters and a real database file.
Failures of the file system are simulated at the boundary (os.replace, os.fsync), which a
monkeypatch reaches only in this process: those tests run the same export in the worker
thread (`in_this_process`); the child's own failures and faults are tested through it.
"""

import errno
import os
import time
import zipfile

import pytest
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from deseo_desktop.exports import files
from deseo_desktop.exports.files import STALE_AFTER_SECONDS, TEMP_PREFIX
from deseo_desktop.gui import export_dialog
from deseo_desktop.gui.export_dialog import EXPORT_FOLDER, ExportDialog
from deseo_desktop.services import library, sections
from deseo_desktop.services.export import export_agreement

OLD = b"the old file, still good"
TIMEOUT_MS = 90_000  # a hard limit for a slow machine, never an assertion about speed


@pytest.fixture
def opened(window):
    """The example design, open in the window."""
    design_id = library.add_example(window.db)
    window.reload(select=design_id)
    window.open_design(design_id)
    return design_id


@pytest.fixture
def dialog_from_menu(window, qtbot, monkeypatch):
    """Opens the dialog through File → Export Agreement…, shown instead of run modally."""
    shown = []

    def show(dialog):
        qtbot.addWidget(dialog)
        dialog.show()
        shown.append(dialog)
        return 0

    monkeypatch.setattr(ExportDialog, "exec", show)

    def open_dialog() -> ExportDialog:
        window.actions.export_agreement.trigger()
        assert shown, "the menu command opened no dialog"
        return shown.pop()

    return open_dialog


@pytest.fixture
def opened_urls(monkeypatch):
    urls = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url) or True)
    return urls


@pytest.fixture
def out(tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


def export_to(dialog, folder, qtbot):
    dialog.ui.folder_edit.setText(str(folder))
    dialog.export_button.click()
    assert dialog.is_running()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=TIMEOUT_MS)


def temps(folder) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.startswith(TEMP_PREFIX)]


def test_the_menu_command_needs_an_open_design(window, opened):
    assert window.actions.export_agreement.isEnabled()
    window.show_library()
    assert not window.actions.export_agreement.isEnabled()


def test_export_both_files_then_open_them(
    window, opened, dialog_from_menu, out, qtbot, opened_urls, gui_settings
):
    dialog = dialog_from_menu()
    ui = dialog.ui
    assert ui.pdf_check.isChecked() and ui.xlsx_check.isChecked()
    assert ui.language_combo.currentData() == "en"  # the example's agreement language
    assert ui.names_label.text().splitlines() == [
        "Care Together — Province of Valdoria.pdf",
        "Care Together — Province of Valdoria.xlsx",
    ]
    export_to(dialog, out, qtbot)
    pdf = out / "Care Together — Province of Valdoria.pdf"
    xlsx = out / "Care Together — Province of Valdoria.xlsx"
    assert pdf.read_bytes()[:5] == b"%PDF-"
    with zipfile.ZipFile(xlsx) as z:
        assert "xl/workbook.xml" in z.namelist()
    assert temps(out) == []
    assert ui.pages.currentWidget() is ui.done_page
    assert pdf.name in ui.done_label.text() and xlsx.name in ui.done_label.text()
    assert "pages" in ui.done_label.text()
    assert gui_settings.get(EXPORT_FOLDER) == str(out)

    ui.open_pdf_button.click()
    ui.open_xlsx_button.click()
    ui.show_folder_button.click()
    assert [u.toLocalFile() for u in opened_urls] == [str(pdf), str(xlsx), str(out)]
    assert ui.open_pdf_button.text() == "Open the &PDF"
    dialog.ui.button_box.rejected.emit()  # Close
    assert not dialog.isVisible()


def test_one_file_in_the_chosen_language(opened, dialog_from_menu, out, qtbot, window):
    sections_row = sections.load_row(window.db, "design", opened)
    assert sections_row["agreement_language"] == "en"
    dialog = dialog_from_menu()
    dialog.ui.xlsx_check.setChecked(False)
    dialog.ui.language_combo.setCurrentIndex(dialog.ui.language_combo.findData("it"))
    export_to(dialog, out, qtbot)
    written = sorted(p.name for p in out.iterdir())
    assert written == ["Care Together — Province of Valdoria.pdf"]
    assert b"/Lang (it)" in (out / written[0]).read_bytes()
    assert not dialog.ui.open_xlsx_button.isVisibleTo(dialog)
    assert dialog.ui.open_pdf_button.text() == "&Open the file"


def test_nothing_chosen_cannot_be_exported(opened, dialog_from_menu):
    dialog = dialog_from_menu()
    dialog.ui.pdf_check.setChecked(False)
    dialog.ui.xlsx_check.setChecked(False)
    assert not dialog.export_button.isEnabled()
    dialog.ui.pdf_check.setChecked(True)
    assert dialog.export_button.isEnabled()


def test_a_file_already_there_is_announced(opened, dialog_from_menu, out):
    (out / "Care Together — Province of Valdoria.pdf").write_bytes(OLD)
    dialog = dialog_from_menu()
    dialog.ui.folder_edit.setText(str(out))
    assert dialog.ui.names_label.text().splitlines() == [
        "Care Together — Province of Valdoria.pdf (replaces the file already there)",
        "Care Together — Province of Valdoria.xlsx",
    ]


def test_names_from_the_title_made_safe_and_the_designs_language(window, dialog_from_menu):
    design_id = library.create_blank(
        window.db, library.NewDesign('con: "a/b"?', "Valdoria", agreement_language="sv")
    )
    window.reload(select=design_id)
    window.open_design(design_id)
    dialog = dialog_from_menu()
    assert dialog.ui.names_label.text().splitlines() == ["con_ _a_b__.pdf", "con_ _a_b__.xlsx"]
    assert dialog.ui.language_combo.currentData() == "sv"


@pytest.fixture
def in_this_process(monkeypatch):
    """The export in the worker thread, where a monkeypatch of os reaches it."""
    monkeypatch.setattr(export_dialog, "export_agreement_in_process", export_agreement)


def test_cancel_leaves_no_file_and_the_old_one_intact(opened, dialog_from_menu, out, qtbot):
    old = out / "Care Together — Province of Valdoria.pdf"
    old.write_bytes(OLD)
    dialog = dialog_from_menu()
    dialog.ui.folder_edit.setText(str(out))
    dialog.export_button.click()
    assert dialog.ui.progress_bar.isVisible()
    # At once: the child hears it at its first report, when its temporary files exist.
    dialog.ui.button_box.rejected.emit()  # Cancel
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=TIMEOUT_MS)
    assert sorted(p.name for p in out.iterdir()) == [old.name]
    assert old.read_bytes() == OLD
    assert dialog.isVisible(), "Cancel stops the export; the dialog stays to say so"
    assert "no file was written" in dialog.ui.status_label.text()
    assert dialog.ui.pdf_check.isEnabled() and dialog.export_button.isEnabled()


def test_closing_the_dialog_while_it_exports_stops_the_export(opened, dialog_from_menu, out, qtbot):
    dialog = dialog_from_menu()
    dialog.ui.folder_edit.setText(str(out))
    dialog.export_button.click()
    dialog.reject()  # Esc, or the window's close button
    assert dialog.isVisible(), "it closes once the export has stopped"
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=TIMEOUT_MS)
    assert list(out.iterdir()) == []


def _refuse(*_args, **_kwargs):
    raise PermissionError(errno.EACCES, "Permission denied")


def _disk_full(*_args, **_kwargs):
    raise OSError(errno.ENOSPC, "No space left on device")


@pytest.mark.parametrize(
    ("name", "failure", "words"),
    [
        ("os.replace", _refuse, "could not be replaced"),  # open in another program
        ("os.fsync", _disk_full, "not enough space"),
        ("tempfile.NamedTemporaryFile", _refuse, "you do not have permission"),  # read-only
    ],
)
def test_a_refused_target_is_explained_and_the_old_file_kept(
    opened, dialog_from_menu, out, qtbot, monkeypatch, in_this_process, name, failure, words
):
    old = out / "Care Together — Province of Valdoria.pdf"
    old.write_bytes(OLD)
    monkeypatch.setattr(f"{files.__name__}.{name}", failure)
    dialog = dialog_from_menu()
    dialog.ui.xlsx_check.setChecked(False)
    export_to(dialog, out, qtbot)
    monkeypatch.undo()
    status = dialog.ui.status_label
    assert words in status.text() and old.name in status.text()
    assert "unchanged" in status.text()
    assert status.objectName() == "errorLabel"
    assert old.read_bytes() == OLD
    assert temps(out) == []
    assert dialog.ui.pages.currentWidget() is dialog.ui.choose_page
    assert dialog.export_button.isEnabled(), "the person can choose another folder and retry"


def test_a_folder_that_does_not_exist_is_said_before_starting(opened, dialog_from_menu, tmp_path):
    dialog = dialog_from_menu()
    dialog.ui.folder_edit.setText(str(tmp_path / "nowhere"))
    dialog.export_button.click()
    assert not dialog.is_running()
    assert "does not exist" in dialog.ui.status_label.text()


def test_the_folder_is_remembered_and_chosen_with_a_dialog(
    opened, dialog_from_menu, out, qtbot, monkeypatch, gui_settings, private_home
):
    first = dialog_from_menu()
    assert first.folder() == private_home  # no Documents folder here: the home folder
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(out))
    first.ui.choose_button.click()
    assert first.folder() == out
    first.ui.xlsx_check.setChecked(False)
    export_to(first, out, qtbot)
    first.close()
    assert dialog_from_menu().folder() == out
    out.rename(out.with_name("moved"))
    assert dialog_from_menu().folder() == private_home, "a folder that went is not offered"


def test_stale_temporary_files_of_the_folder_are_cleaned(opened, dialog_from_menu, out, qtbot):
    stale = out / f"{TEMP_PREFIX}killed.pdf"
    stale.write_bytes(b"half a pdf")
    old = time.time() - STALE_AFTER_SECONDS - 60
    os.utime(stale, (old, old))
    dialog = dialog_from_menu()
    dialog.ui.xlsx_check.setChecked(False)
    export_to(dialog, out, qtbot)
    assert not stale.exists()


def test_a_failure_in_the_child_process_comes_back_in_words(opened, dialog_from_menu, out, qtbot):
    (out / "Care Together — Province of Valdoria.xlsx").mkdir()
    dialog = dialog_from_menu()
    export_to(dialog, out, qtbot)
    status = dialog.ui.status_label.text()
    assert "There is a folder called Care Together — Province of Valdoria.xlsx" in status
    assert sorted(p.name for p in out.iterdir()) == ["Care Together — Province of Valdoria.xlsx"]


def test_a_fault_in_the_child_process_is_said_plainly_and_logged(
    opened, dialog_from_menu, out, qtbot, monkeypatch, caplog
):
    monkeypatch.setattr(export_dialog, "agreement_snapshot", lambda *_a: {})
    dialog = dialog_from_menu()
    export_to(dialog, out, qtbot)
    assert "fault in the app (" in dialog.ui.status_label.text()
    assert "_export_in_child" in caplog.text, "the child's traceback is in the log"
    assert list(out.iterdir()) == []
