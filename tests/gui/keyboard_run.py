"""Keys sent only to the focused widget, as a person at the keyboard sends them: the helpers of
the keyboard-only tests (names are read only to know where the focus is)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QTabBar,
)

from deseo_desktop.services import sections

K = Qt.Key
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
NONE = Qt.KeyboardModifier.NoModifier


# --- keys to the focused widget only ---------------------------------------------------------


def focused():
    widget = QApplication.focusWidget()
    assert widget is not None, "no widget has the keyboard focus"
    return widget


def label_of(widget) -> str:
    """What a screen reader says for the widget: its accessible name, else its label."""
    if widget is None:
        return ""
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton):  # a button's or check box's own text
        return widget.text().replace("&", "")
    if isinstance(widget, QTabBar):
        return widget.tabText(widget.currentIndex()).replace("&", "")
    for label in widget.window().findChildren(QLabel):
        if label.buddy() is widget:
            return label.text().replace("&", "").rstrip(":")
    return ""


def press(qtbot, key, modifier=NONE):
    qtbot.keyClick(focused(), key, modifier)
    QApplication.processEvents()  # Enter commits a cell through a queued call


def type_text(qtbot, text: str):
    for char in text:  # each key to whatever has the focus now (the first may open an editor)
        qtbot.keyClick(focused(), char)
    QApplication.processEvents()


def tab(qtbot, n: int = 1, back: bool = False):
    for _ in range(n):
        press(qtbot, K.Key_Tab, SHIFT if back else NONE)


def tab_to(qtbot, name: str, back: bool = False, limit: int = 40) -> int:
    """Tab (or Shift+Tab) until the focused widget is called `name`; how many presses."""
    heard = []
    for n in range(1, limit + 1):
        tab(qtbot, back=back)
        heard.append(label_of(QApplication.focusWidget()))
        if heard[-1] == name:
            return n
    raise AssertionError(f"Tab never reached {name!r}; it went through {heard}")


def in_table(name: str) -> bool:
    """Whether the focus is on the table called `name` or on an editor open in one of its cells."""
    widget = QApplication.focusWidget()
    while widget is not None and not isinstance(widget, QAbstractItemView):
        widget = widget.parentWidget()
    return widget is not None and widget.accessibleName() == name


def next_step(qtbot, page, step: str):
    press(qtbot, K.Key_N, ALT)  # "&Next >": the button clicks itself after a short animation
    qtbot.waitUntil(lambda: page.current_step() == step, timeout=3000)


def start_keyboard_run(window, qtbot, design_id: str):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.open_design(design_id)
    QApplication.processEvents()
    focused()  # from here on, keys only
    return window.design_page


def rows(db, table, **where):
    return sections.load_rows(db, table, where)
