"""Choosing the interface language: it applies at once, and the open design stays as it was."""

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from deseo_desktop.gui import settings as opt
from deseo_desktop.pseudo import OPEN
from deseo_desktop.services import library


def _menu_titles(window) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def _live_actions(window, text_of) -> list[QAction]:
    QCoreApplication.sendPostedEvents(None, 52)  # QEvent.DeferredDelete: the old menus go
    return [a for a in window.findChildren(QAction) if a.text() == text_of]


def test_preferences_switch_the_language_at_once(window, qtbot, in_language, gui_settings):
    design_id = library.add_example(window.db)
    window.reload(select=design_id)
    window.open_design(design_id)
    page_before = window.design_page
    session = page_before.session
    page_before.show_step("pooling")
    undo_count = session.undo_stack.count()

    gui_settings.set(opt.UI_LANGUAGE, "fr")
    in_language("fr")
    qtbot.waitUntil(lambda: window.language == "fr", timeout=5000)

    french_file = QCoreApplication.translate("WindowActions", "&File")
    assert french_file != "&File"
    assert _menu_titles(window)[0] == french_file
    assert window.design_page is not page_before
    assert window.design_page.session is session  # same design, same undo history
    assert session.undo_stack.count() == undo_count
    assert window.design_page.current_step() == "pooling"
    assert window.undo_group.activeStack() is session.undo_stack
    quit_text = QCoreApplication.translate("WindowActions", "&Quit")
    assert len(_live_actions(window, quit_text)) == 1  # one Quit, not the old one as well

    window.show_library()
    assert window.library_page.model is not None
    assert window.library_page.model.find(design_id) is not None

    in_language("en")
    qtbot.waitUntil(lambda: window.language == "en", timeout=5000)
    assert _menu_titles(window)[0] == "&File"


def test_the_pseudo_locale_marks_every_menu(window, qtbot, in_language):
    in_language("pseudo")
    qtbot.waitUntil(lambda: window.language == "pseudo", timeout=5000)
    menus = window.menuBar().actions()
    assert menus and all(a.text().startswith(OPEN) for a in menus)
    for menu in menus:
        for action in menu.menu().actions():
            assert action.isSeparator() or action.menu() or action.text().startswith(OPEN)


LANGUAGES = ["en", "it", "fr", "sv", "es", "pseudo"]
QT_CANCEL = {"it": "Annulla", "fr": "Annuler", "sv": "Avbryt", "es": "Cancelar"}


@pytest.mark.parametrize("language", ["it", "fr", "sv", "es"])
def test_qt_own_words_and_formats_follow_the_language(app, in_language, language):
    from PySide6.QtCore import QDate, QLocale

    in_language(language)
    assert (
        QCoreApplication.translate("QPlatformTheme", "Cancel").replace("&", "")
        == (QT_CANCEL[language])
    )
    assert QLocale().name()[:2] == language  # date and number boxes follow it
    assert (
        QLocale().toString(12345.5, "f", 1)
        == {
            "it": "12.345,5",
            "fr": "12\u202f345,5",
            "sv": "12\xa0345,5",
            "es": "12.345,5",
        }[language]
    )
    april = QLocale().toString(QDate(2026, 4, 1), QLocale.FormatType.LongFormat)
    assert {"it": "aprile", "fr": "avril", "sv": "april", "es": "abril"}[language] in april


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_screen_and_step_opens_without_a_qt_warning(
    window, qtbot, qtlog, in_language, language
):
    from PySide6.QtCore import QtMsgType
    from PySide6.QtWidgets import QApplication

    design_id = library.add_example(window.db)
    window.reload(select=design_id)
    in_language(language)
    qtbot.waitUntil(lambda: window.language == language or language == "en", timeout=5000)
    window.open_design(design_id)
    page = window.design_page
    for step in page.steps():
        page.show_step(step)
        QApplication.processEvents()
        window.grab()  # paint it: painting is where charts and text meet the fonts
    window.show_library()
    window.grab()
    known = ("This plugin does not support propagateSizeHints",)
    warnings = [
        r.message
        for r in qtlog.records
        if r.type != QtMsgType.QtDebugMsg and not r.message.startswith(known)
    ]
    assert not warnings


def test_choosing_a_language_in_preferences_applies_it(window, qtbot, monkeypatch, in_language):
    """Edit → Preferences → Interface language → OK, as a person does it."""
    from deseo_desktop.gui.preferences_dialog import PreferencesDialog

    def choose_swedish(dialog):
        combo = dialog.ui.ui_language_combo
        combo.setCurrentIndex(combo.findData("sv"))
        dialog.accept()
        return 1

    monkeypatch.setattr(PreferencesDialog, "exec", choose_swedish)
    window.actions.preferences.trigger()
    qtbot.waitUntil(lambda: window.language == "sv", timeout=5000)
    assert _menu_titles(window)[0] == "&Arkiv"
    assert window.settings.get(opt.UI_LANGUAGE) == "sv"
