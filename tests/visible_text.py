"""Every text a person can see in a window right now: labels, buttons, titles, tabs, headers,
table cells, choice lists, placeholders, menus and text panels."""

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QMenuBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

_TAG = re.compile(r"<[^>]+>")
ROWS = 40  # the first rows of each table: enough to meet every kind of cell


def _plain(text: str) -> str:
    return _TAG.sub(" ", text).replace("&nbsp;", " ").strip() if "<" in text else text.strip()


def _view_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    texts = []
    horizontal = getattr(view, "horizontalHeader", lambda: None)()
    columns = 1 if isinstance(view, QListView) else model.columnCount()
    for column in range(columns):
        if horizontal is not None and (horizontal.isHidden() or horizontal.isSectionHidden(column)):
            continue
        texts.append(str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
    for row in range(min(model.rowCount(), ROWS)):
        for column in range(columns):
            if hasattr(view, "isColumnHidden") and view.isColumnHidden(column):
                continue
            value = model.index(row, column).data()
            if isinstance(value, str):
                texts.append(value)
    return texts


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(widget class and name, text) for every visible text under `root`."""
    found: list[tuple[str, str]] = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root) and w is not root:
            continue
        where = f"{type(w).__name__}:{w.objectName()}"
        texts: list[str] = []
        if isinstance(w, QLabel):
            texts.append(w.text())
        elif isinstance(w, QAbstractButton):
            texts.append(w.text())
        elif isinstance(w, QGroupBox):
            texts.append(w.title())
        elif isinstance(w, QLineEdit):
            texts.append(w.text() or w.placeholderText())
        elif isinstance(w, QComboBox):
            texts.append(w.currentText())
        elif isinstance(w, QTabBar):
            texts.extend(w.tabText(i) for i in range(w.count()))
        elif isinstance(w, QTextEdit):
            texts.extend(w.toPlainText().splitlines())
        elif isinstance(w, QMenuBar):
            for a in w.actions():
                texts.append(a.text())
                texts.extend(b.text() for b in a.menu().actions() if not b.isSeparator())
        elif isinstance(w, QAbstractItemView):
            texts.extend(_view_texts(w))
        if w.toolTip():
            texts.append(w.toolTip())
        found.extend((where, _plain(t)) for t in texts if t and _plain(t))
    return found
