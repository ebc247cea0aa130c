from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from deseo_desktop.services import library

K = Qt.Key
M = Qt.KeyboardModifier


def test_probe(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    design_id = library.create_blank(window.db, library.NewDesign("", ""))
    window.open_design(design_id)
    QApplication.processEvents()
    page = window.design_page
    print("shortcut", page.next_button.shortcut().toString(), page.next_button.isVisible(), QApplication.activeWindow())
    w = QApplication.focusWidget()
    print(w)
    QTest.keyClick(w, K.Key_N, M.AltModifier)
    QApplication.processEvents()
    print("step", page.current_step())
    QTest.keyClick(w, "n", M.AltModifier)
    print("step", page.current_step())
    QTest.keySequence(w, "Alt+N")
    print("step", page.current_step())
    QTest.keyClick(w, K.Key_F, M.AltModifier)
    print("menu", QApplication.activePopupWidget())
