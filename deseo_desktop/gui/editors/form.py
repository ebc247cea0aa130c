"""Fields of one row (the design, its agreement) bound to the database through edits.

Text is saved half a second after the person stops typing, or when they leave the field,
whichever comes first; successive saves of one field while typing are one undo step.
"""

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from deseo_desktop.rules.fields import FieldError
from deseo_desktop.services import sections

from ..design_session import DesignSession
from .columns import Column, error_text, parse

PAUSE_MS = 500


def field_name(label: str) -> str:
    """A form label as a field's name: "&Title:" gives "Title" ("Titre :" gives "Titre")."""
    return label.replace("&", "").rstrip(": \xa0\u202f")


def choice_box() -> QComboBox:
    """A list of choices that may be narrower than its longest choice (a long legal vehicle
    in presentation mode would otherwise push the form past the window's edge)."""
    combo = QComboBox()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(12)
    return combo


class FieldBinding(QObject):
    def __init__(self, binder: "FormBinder", widget, column: Column):
        super().__init__(widget)
        self.binder = binder
        self.widget = widget
        self.column = column
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PAUSE_MS)
        self.timer.timeout.connect(self.commit)
        self.loading = False
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(lambda _t: self.timer.start())
            widget.editingFinished.connect(self.commit)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(lambda: self.loading or self.timer.start())
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(lambda _i: self.loading or self.commit())
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(lambda _c: self.loading or self.commit())
        elif isinstance(widget, QSpinBox):
            widget.valueChanged.connect(lambda _v: self.loading or self.timer.start())

    def value(self):
        w = self.widget
        if isinstance(w, QLineEdit):
            return w.text()
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText()
        if isinstance(w, QComboBox):
            return w.currentData()
        if isinstance(w, QCheckBox):
            return w.isChecked()
        return w.value()

    def show(self, value) -> None:
        self.loading = True
        w = self.widget
        if isinstance(w, QLineEdit):
            if not w.hasFocus() or w.text() != (value or ""):
                w.setText("" if value is None else str(value))
        elif isinstance(w, QPlainTextEdit):
            if w.toPlainText() != (value or ""):
                w.setPlainText(value or "")
        elif isinstance(w, QComboBox):
            w.setCurrentIndex(max(w.findData(value), 0))
        elif isinstance(w, QCheckBox):
            w.setChecked(bool(value))
        elif isinstance(w, QSpinBox):
            w.setValue(int(value or 0))
        self.loading = False

    def differs(self, row: dict) -> bool:
        """Whether the widget holds something other than the row's stored value."""
        if self.column.name not in row:
            return False
        try:
            return parse(self.column, self.value()) != row[self.column.name]
        except FieldError:
            return True

    def commit(self) -> None:
        self.timer.stop()
        if self.loading or self.binder.row_id is None:
            return
        try:
            stored = parse(self.column, self.value())
        except FieldError as e:
            self.binder.show_error(self, error_text(e))
            return
        self.binder.show_error(self, "")
        self.binder.save(self, stored)


class FormBinder(QObject):
    """Binds widgets to the columns of one row of `table`."""

    def __init__(
        self, session: DesignSession, table: str, error_label: QLabel | None = None, parent=None
    ):
        super().__init__(parent)
        self.session = session
        self.table = table
        self.row_id: str | None = None
        self.row: dict = {}
        self.bindings: list[FieldBinding] = []
        self.error_label = error_label
        session.changed.connect(self._on_session_changed)

    def bind(
        self, widget, name: str, header: str, kind: str = "text", group: str = ""
    ) -> FieldBinding:
        binding = FieldBinding(self, widget, Column(name, header, kind, group))
        self.bindings.append(binding)
        return binding

    def load(self, row_id: str) -> None:
        self.row_id = row_id
        self.refresh()

    def refresh(self) -> None:
        # A field changed but not saved yet (still being typed, or waiting to be left) keeps
        # what is in it: another field of the row was saved meanwhile.
        pending = {b for b in self.bindings if b.timer.isActive() or b.differs(self.row)}
        self.row = sections.load_row(self.session.db, self.table, self.row_id) or {}
        for b in self.bindings:
            if b not in pending:
                b.show(self.row.get(b.column.name))

    def flush(self) -> None:
        """Save whatever is not saved yet (the window is closing, a step ends)."""
        for b in self.bindings:
            b.commit()  # saves only a value that differs from the stored one

    def save(self, binding: FieldBinding, value) -> None:
        name = binding.column.name
        if self.row.get(name) == value:
            return
        self.row[name] = value
        text = self.tr("Change %1").replace("%1", binding.column.header)
        self.session.push(
            sections.FieldEdit(self.table, self.row_id, name, value),
            text,
            merge_key=(self.table, self.row_id, name),
        )

    def show_error(self, binding: FieldBinding, text: str) -> None:
        binding.widget.setToolTip(text)
        if self.error_label is not None:
            self.error_label.setText(text)

    def _on_session_changed(self, table: str) -> None:
        if table == self.table and self.row_id:
            self.refresh()


class LongTextForm(QWidget):
    """The long texts of the row selected in a table, one box each, saved as typed."""

    def __init__(self, session, table: str, fields: list[tuple[str, str]], per_row=2, parent=None):
        super().__init__(parent)
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #9b2c1f;")
        self.error_label.setWordWrap(True)
        self.binder = FormBinder(session, table, self.error_label, self)
        self.edits: dict[str, QPlainTextEdit] = {}
        self._leaving: dict[QPlainTextEdit, object] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, (name, label) in enumerate(fields):
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)  # Tab moves on, as in every other field
            edit.setAccessibleName(field_name(label))
            lines = edit.fontMetrics().lineSpacing()
            edit.setMinimumHeight(lines * 3 + 12)
            edit.setMaximumHeight(lines * 5 + 12)
            caption = QLabel(label)
            caption.setBuddy(edit)
            caption.setWordWrap(True)
            row, column = divmod(i, per_row)
            grid.addWidget(caption, 2 * row, column)
            grid.addWidget(edit, 2 * row + 1, column)
            grid.setRowStretch(2 * row + 1, 1)  # room left over goes to the boxes, not labels
            binding = self.binder.bind(edit, name, field_name(label), "note")
            self._leaving[edit] = binding
            edit.installEventFilter(self)
            self.edits[name] = edit
        grid.addWidget(self.error_label, grid.rowCount(), 0, 1, per_row)
        self.show_row("")

    def show_row(self, row_id: str) -> None:
        self.setEnabled(bool(row_id))
        if row_id == (self.binder.row_id or ""):
            return
        self.binder.flush()  # what was typed belongs to the row shown until now
        self.error_label.clear()
        if row_id:
            self.binder.load(row_id)
        else:
            self.binder.row_id = None
            for binding in self.binder.bindings:
                binding.show("")

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.FocusOut and watched in self._leaving:
            self._leaving[watched].commit()  # leaving a field saves it, as a line edit does
        return super().eventFilter(watched, event)

    def flush(self) -> None:
        self.binder.flush()
