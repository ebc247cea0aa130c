"""A section's table: rows edited in place, with add, remove and reorder, all undoable."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QBoxLayout,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..style import sized, widen
from .rows_model import CHOICES_ROLE, RowsModel


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box for columns whose value is one of a list (codes shown as words)."""

    def createEditor(self, parent, option, index):
        choices = index.data(CHOICES_ROLE)
        if not choices:
            editor = super().createEditor(parent, option, index)
            if isinstance(editor, QDateEdit):
                # An empty date shows today; passing over it must not save today.
                editor.setProperty("touched", False)
                editor.dateChanged.connect(lambda _d: editor.setProperty("touched", True))
            return editor
        combo = QComboBox(parent)
        for code, label in choices:
            combo.addItem(label, code)
        return combo

    def setEditorData(self, editor, index):
        if isinstance(editor, QDateEdit):
            super().setEditorData(editor, index)
            editor.setProperty("touched", False)  # only the person's own change counts
            return
        if isinstance(editor, QComboBox):
            found = editor.findData(index.data(Qt.ItemDataRole.EditRole) or "")
            editor.setCurrentIndex(max(found, 0))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index):
        if (
            isinstance(editor, QDateEdit)
            and not editor.property("touched")
            and index.data(Qt.ItemDataRole.DisplayRole) == ""
        ):
            return
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)


def heading_label(text: str = "") -> QLabel:
    """A bold heading, like the tables' titles."""
    label = QLabel(text)
    label.setObjectName("sectionHeading")
    label.setWordWrap(True)
    return sized(label, 1.15)


class TableSection(QWidget):
    """A titled table with its buttons; `parent_column` is the key rows are ordered under."""

    current_row_changed = Signal(str)  # the id of the selected row, "" when none

    def __init__(self, title: str, model: RowsModel, parent_column: str, noun: str, parent=None):
        super().__init__(parent)
        self.model = model
        self.parent_column = parent_column
        self.noun = noun
        self.title_label = heading_label(title)
        self.table = QTableView()
        self.table.setModel(model)
        self.table.setAccessibleName(title)
        self.table.setItemDelegate(ChoiceDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        trigger = QAbstractItemView.EditTrigger
        # Typing starts editing (and F2, a double click); merely moving to a cell does not.
        self.table.setEditTriggers(
            trigger.DoubleClicked
            | trigger.EditKeyPressed
            | trigger.AnyKeyPressed
            | trigger.SelectedClicked
        )
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table: keyboard users move on
        self.table.verticalHeader().setDefaultSectionSize(28)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Highlighted sections are drawn in a cached bold font that ignores presentation mode.
        header.setHighlightSections(False)
        for i, column in enumerate(model.columns):
            widen(header, i, column.width)
        header.setStretchLastSection(True)
        self.add_button = QPushButton(self.tr("Add"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        for b, what in (
            (self.add_button, self.tr("Add a row to %1")),
            (self.remove_button, self.tr("Remove the selected row of %1")),
            (self.up_button, self.tr("Move the selected row of %1 up")),
            (self.down_button, self.tr("Move the selected row of %1 down")),
        ):
            b.setAccessibleName(what.replace("%1", title))
        self.message_label = QLabel()
        self.message_label.setObjectName("errorLabel")
        self.message_label.setStyleSheet("color: #9b2c1f;")
        self.message_label.setWordWrap(True)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch()
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            self.buttons.addWidget(b)
        self.title_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.title_row.addWidget(self.title_label, 1)
        self.title_row.addLayout(self.buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.title_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message_label)
        self._connect_signals()
        self._update_buttons()

    def on_text_scale(self, scale: float) -> None:
        """Presentation mode's large text: the buttons go under the title, not past the edge."""
        direction = QBoxLayout.Direction
        self.title_row.setDirection(direction.TopToBottom if scale > 1 else direction.LeftToRight)

    def _connect_signals(self) -> None:
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(+1))
        self.model.invalid.connect(self.message_label.setText)
        self.model.modelAboutToBeReset.connect(self._remember_current)
        self.model.modelReset.connect(self._restore_current)
        self.model.modelReset.connect(self._update_buttons)
        self.model.modelReset.connect(self.message_label.clear)
        self.model.dataChanged.connect(lambda *_: self.message_label.clear())
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)

    def _remember_current(self) -> None:
        # The model resets after every edit, which clears the view's current cell.
        index = self.table.currentIndex()
        row = index.row() if index.isValid() else -1
        self._kept = (self.model.row_id(row), max(index.column(), 0)) if row >= 0 else None
        focus = QApplication.focusWidget()
        self._had_focus = focus is not None and (
            focus is self.table or self.table.isAncestorOf(focus)
        )

    def _restore_current(self) -> None:
        kept, self._kept = getattr(self, "_kept", None), None
        if kept is None:
            return
        row_id, column = kept
        for row in range(self.model.rowCount()):
            if self.model.row_id(row) == row_id:
                self.table.setCurrentIndex(self.model.index(row, column))
                if getattr(self, "_had_focus", False):
                    self.table.setFocus()  # a saved cell keeps the keyboard in its table
                return
        self.current_row_changed.emit("")  # the row is gone (removed, or its add undone)

    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(row, 0))

    def select_id(self, row_id: str) -> None:
        for row in range(self.model.rowCount()):
            if self.model.row_id(row) == row_id:
                self.select_row(row)
                return

    def _on_current_row_changed(self, current, _previous) -> None:
        self._update_buttons()
        row = current.row() if current.isValid() else -1
        self.current_row_changed.emit(self.model.row_id(row) if row >= 0 else "")

    def _on_add_button_clicked(self) -> None:
        self.message_label.clear()
        new_id = self.model.add_row(self.tr("Add %1").replace("%1", self.noun))
        self.select_id(new_id)
        self.table.setFocus()
        editable = next(
            (
                c
                for c in range(self.model.columnCount())
                if self.model.flags(self.model.index(0, c)) & Qt.ItemFlag.ItemIsEditable
            ),
            None,
        )
        row = self.current_row()
        if row >= 0 and editable is not None:
            index = self.model.index(row, editable)
            self.table.setCurrentIndex(index)
            self.table.edit(index)

    def _on_remove_button_clicked(self) -> None:
        row = self.current_row()
        if row >= 0:
            self.model.remove_row(row, self.tr("Remove %1").replace("%1", self.noun))
            self.select_row(min(row, self.model.rowCount() - 1))

    def _move(self, step: int) -> None:
        row = self.current_row()
        to = row + step
        if row < 0 or not 0 <= to < self.model.rowCount():
            return
        row_id = self.model.row_id(row)
        self.model.move_row(
            row, to, self.parent_column, self.tr("Move %1").replace("%1", self.noun)
        )
        self.select_id(row_id)

    def _update_buttons(self) -> None:
        row = self.current_row()
        can_add = bool(self.model.where)
        self.add_button.setEnabled(can_add)
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.model.rowCount() - 1)
