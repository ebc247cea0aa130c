from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from deseo_desktop.services import library


def fw():
    return QApplication.focusWidget()


def desc(w):
    if w is None:
        return "None"
    text = w.text() if hasattr(w, "text") and callable(w.text) else ""
    return f"{type(w).__name__}[{w.accessibleName()!r}] {text!r} parent={type(w.parentWidget()).__name__}"


def test_probe(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    design_id = library.create_blank(window.db, library.NewDesign("", ""))
    window.open_design(design_id)
    QApplication.processEvents()
    page = window.design_page
    print("after open:", desc(fw()))
    for step in page.steps():
        page.show_step(step)
        QApplication.processEvents()
        print("=== step", step, "focus:", desc(fw()))
        seen = []
        for i in range(60):
            w = fw()
            if w is None:
                break
            QTest.keyClick(w, Qt.Key.Key_Tab)
            QApplication.processEvents()
            w2 = fw()
            if w2 in seen:
                print("  (cycle)")
                break
            seen.append(w2)
            print("  ", desc(w2))
