"""The tables an assessor scores in: gates, criteria and bonuses, each a fixed-height table
whose answer cells are lists (a blank, then the allowed answers) and whose figure cells are
filled from the rules' result."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
)

from ..style import widen

BLANK = "—"
HEADER_ROW = QColor("#e8eeec")
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def _bold() -> QFont:
    # Only the weight is set: size and family resolve from the table's font, so presentation
    # mode's larger text reaches these cells too.
    font = QFont()
    font.setBold(True)
    return font


class AnswerBox(QComboBox):
    """A list that the mouse wheel passing over it leaves alone: scrolling down a page of scores
    must never change one. Once the list has the focus (clicked, tabbed to) the wheel works."""

    def wheelEvent(self, event) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()  # to the page, which scrolls


def answer_box(choices: list[tuple[str, object, str]], name: str) -> QComboBox:
    """A list of (text, value, tooltip), after a blank for "no answer yet"."""
    combo = AnswerBox()
    combo.setAccessibleName(name)
    combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(6)
    combo.addItem(BLANK, None)
    for text, value, tip in choices:
        combo.addItem(text, value)
        if tip:
            combo.setItemData(combo.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
    # The list shows each level's whole descriptor, however narrow the cell.
    combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
    combo.currentIndexChanged.connect(lambda _i: combo.setToolTip(_tip(combo)))
    return combo


def _tip(combo: QComboBox) -> str:
    return combo.itemData(combo.currentIndex(), Qt.ItemDataRole.ToolTipRole) or ""


def show_answer(combo: QComboBox, value) -> None:
    """Select `value` without saving it again (signals blocked)."""
    found = 0 if value is None else combo.findData(value)
    if found < 0:  # a stored score the grid's levels no longer list
        combo.blockSignals(True)
        combo.addItem(str(value), value)
        combo.blockSignals(False)
        found = combo.count() - 1
    if combo.currentIndex() != found:
        combo.blockSignals(True)
        combo.setCurrentIndex(found)
        combo.blockSignals(False)
    combo.setToolTip(_tip(combo))


def note_box(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(name)
    edit.setFrame(False)
    return edit


def show_note(edit: QLineEdit, text: str | None, answered: bool, placeholder: str) -> None:
    if (not edit.hasFocus() or not answered) and edit.text() != (text or ""):
        edit.setText(text or "")
        edit.setCursorPosition(0)  # the start of a long note, not its end
        edit.setToolTip(text or "")
    edit.setEnabled(answered)
    edit.setPlaceholderText("" if answered else placeholder)


class AnswerTable(QTableWidget):
    """A table as tall as its rows (the page scrolls, not the table), read-only text cells."""

    def __init__(self, headers, widths, stretch: int, name: str, fitted=(0,), parent=None):
        super().__init__(0, len(headers), parent)
        self.setHorizontalHeaderLabels(headers)
        self.setAccessibleName(name)
        self.verticalHeader().hide()
        self.setWordWrap(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setTabKeyNavigation(False)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        header = self.horizontalHeader()
        header.setDefaultAlignment(LEFT)
        header.setHighlightSections(False)
        for column, width in enumerate(widths):
            widen(header, column, width)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        for column in fitted:  # codes and figures: as wide as they and their header need
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().setMinimumSectionSize(30)

    def text(self, row: int, column: int, text: str, bold: bool = False, right: bool = False):
        item = self.item(row, column)
        if item is None:
            item = QTableWidgetItem()
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            item.setTextAlignment(RIGHT if right else LEFT)
            if bold:
                item.setFont(_bold())
            self.setItem(row, column, item)
        if item.text() != text:
            item.setText(text)
        return item

    def shade(self, row: int) -> None:
        for column in range(self.columnCount()):
            item = self.item(row, column) or self.text(row, column, "")
            item.setBackground(HEADER_ROW)

    def fit(self) -> None:
        """Rows as tall as their wrapped text, the table as tall as its rows."""
        self.resizeRowsToContents()
        height = self.horizontalHeader().height() + 2 * self.frameWidth()
        height += sum(self.rowHeight(r) for r in range(self.rowCount()))
        if self.horizontalScrollBar().isVisible():
            height += self.horizontalScrollBar().height()
        self.setFixedHeight(height)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()  # wrapping changes with the width
