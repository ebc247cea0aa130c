from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from deseo_desktop.services import library, sections

K = Qt.Key
M = Qt.KeyboardModifier


def fw():
    return QApplication.focusWidget()


def desc(w):
    if w is None:
        return "None"
    text = w.text() if hasattr(w, "text") and callable(w.text) else ""
    return f"{type(w).__name__}[{w.accessibleName()!r}] {text!r} parent={type(w.parentWidget()).__name__}"


def press(key, mod=M.NoModifier):
    w = fw()
    assert w is not None
    QTest.keyClick(w, key, mod)
    QApplication.processEvents()
    print("  after", key, mod, "->", desc(fw()))


def type_text(text):
    QTest.keyClicks(fw(), text)
    QApplication.processEvents()


def tab_to(name, limit=40):
    for _ in range(limit):
        press(K.Key_Tab)
        if fw() is not None and (fw().accessibleName() == name or (hasattr(fw(), "text") and fw().text() == name)):
            return
    raise AssertionError(name)


def test_probe(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    design_id = library.create_blank(window.db, library.NewDesign("", ""))
    window.open_design(design_id)
    QApplication.processEvents()
    page = window.design_page
    tab_to("Title")
    type_text("Care Together")
    press(K.Key_Tab)
    type_text("Valdoria")
    press(K.Key_Tab)
    press(K.Key_N, M.AltModifier)
    print("step", page.current_step())
    tab_to("Add a row to Organisations")
    press(K.Key_Space)
    type_text("Coop Aurora")
    press(K.Key_Tab)
    press(K.Key_L)
    press(K.Key_Return)
    print(sections.load_rows(window.db, "actor", {"design_id": design_id}))
