"""Preferences, About, and what the window says when the database cannot be used."""

import sqlite3

import pytest
from PySide6.QtWidgets import QMessageBox

from deseo_desktop import __version__
from deseo_desktop.gui import settings as opt
from deseo_desktop.gui.about_dialog import AboutDialog
from deseo_desktop.services import library
from deseo_desktop.services.library_list import list_designs


@pytest.fixture
def preferences(window, qtbot):
    dialog = window.preferences_dialog()
    qtbot.addWidget(dialog)
    return dialog


def test_preferences_save_languages_and_currency(preferences, gui_settings):
    ui = preferences.ui
    ui.ui_language_combo.setCurrentIndex(ui.ui_language_combo.findData("it"))
    ui.agreement_language_combo.setCurrentIndex(ui.agreement_language_combo.findData("sv"))
    ui.currency_combo.setCurrentIndex(ui.currency_combo.findData("SEK"))
    preferences.accept()
    assert gui_settings.get(opt.UI_LANGUAGE) == "it"
    assert gui_settings.get(opt.DEFAULT_AGREEMENT_LANGUAGE) == "sv"
    assert gui_settings.get(opt.DEFAULT_CURRENCY) == "SEK"


def test_preferences_show_the_data_folder_and_backups(preferences, window):
    ui = preferences.ui
    assert ui.folder_edit.text() == str(window.instance.data_dir)
    assert ui.database_edit.text() == str(window.instance.db_path)
    before = ui.backups_table.rowCount()
    ui.backup_now_button.click()
    assert ui.backups_table.rowCount() == before + 1
    assert ui.backups_table.item(0, 1).text() == "Taken by hand"
    assert not ui.restore_button.isEnabled()
    ui.backups_table.selectRow(0)
    assert ui.restore_button.isEnabled()


def test_restore_from_preferences_brings_back_the_old_designs(
    window, preferences, monkeypatch, titles
):
    library.create_blank(window.db, library.NewDesign("Before", "Valdoria"))
    preferences.ui.backup_now_button.click()
    library.create_blank(window.db, library.NewDesign("After", "Valdoria"))
    window.reload()
    assert sorted(titles(window)) == ["After", "Before"]
    preferences.refresh_backups()
    preferences.ui.backups_table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    preferences.ui.restore_button.click()
    assert titles(window) == ["Before"]
    assert any(b.reason == "restore" for b in window.db.list_backups())
    library.create_blank(window.db, library.NewDesign("Still writable", "Valdoria"))


def test_about_shows_version_licences_and_font_notice(app, qtbot):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert __version__ in dialog.ui.version_label.text()
    assert "GNU General Public License" in dialog.ui.licences_browser.toPlainText()
    notice = dialog.ui.font_browser.toPlainText()
    assert "DejaVu" in notice and "Bitstream" in notice


@pytest.fixture
def critical(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[2]))
    return shown


def test_a_folder_as_database_is_refused(make_window, tmp_path, critical):
    window = make_window(tmp_path, started=False)
    assert window.start() is False
    assert "is a folder" in critical[0]


def test_a_newer_database_is_refused_and_left_untouched(make_window, db_path, critical):
    from deseo_desktop.services.database import Database

    Database.open(db_path).close()
    con = sqlite3.connect(db_path)
    con.execute("PRAGMA user_version = 99")
    con.close()
    before = db_path.read_bytes()
    window = make_window(started=False)
    assert window.start() is False
    assert "newer version" in critical[0]
    assert db_path.read_bytes() == before


def _answer_with(monkeypatch, role):
    """The person clicks the message box's button of this role."""
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    monkeypatch.setattr(
        QMessageBox,
        "clickedButton",
        lambda box: next(b for b in box.buttons() if box.buttonRole(b) == role),
    )


def _damage(path):
    data = bytearray(path.read_bytes())
    data[:100] = bytes(100)
    path.write_bytes(bytes(data))


def test_damaged_default_database_offers_the_newest_backup(make_window, monkeypatch, critical):
    from deseo_desktop.services.database import Database

    db = Database.open()
    library.create_blank(db, library.NewDesign("Saved in the backup", "Valdoria"))
    db.backup("manual")
    db.close()
    _damage(db.path)
    damaged = db.path.read_bytes()

    _answer_with(monkeypatch, QMessageBox.ButtonRole.AcceptRole)
    window = make_window(started=False, default=True)
    assert window.start()
    assert [d.title for d in list_designs(window.db)] == ["Saved in the backup"]
    kept = list(db.path.parent.glob("designs.db.corrupt-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == damaged
    window.db.close()


def test_damaged_database_is_kept_when_the_person_declines(make_window, monkeypatch, critical):
    from deseo_desktop.services.database import Database

    db = Database.open()
    db.backup("manual")
    db.close()
    _damage(db.path)
    damaged = db.path.read_bytes()
    _answer_with(monkeypatch, QMessageBox.ButtonRole.RejectRole)
    window = make_window(started=False, default=True)
    assert window.start() is False
    assert db.path.read_bytes() == damaged
    assert not list(db.path.parent.glob("designs.db.corrupt-*"))
    assert not db.path.with_name("designs.db-wal").exists()
