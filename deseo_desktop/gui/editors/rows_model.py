"""The rows of one table of a design, editable in place; every change is an undoable edit."""

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, Qt, Signal

from deseo_desktop.formatting import format_plain
from deseo_desktop.rules.fields import FieldError
from deseo_desktop.services import sections
from deseo_desktop.terms import terms

from ..design_session import DesignSession
from .columns import Column, display, error_text, parse

CHOICES_ROLE = Qt.ItemDataRole.UserRole + 1  # [(code, label)] for a combo-box editor
_ROOT = QModelIndex()
_BASE_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_EDIT_FLAGS = _BASE_FLAGS | Qt.ItemFlag.ItemIsEditable
_BOOL_FLAGS = _BASE_FLAGS | Qt.ItemFlag.ItemIsUserCheckable
_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.EditRole,
        Qt.ItemDataRole.CheckStateRole,
        Qt.ItemDataRole.ToolTipRole,
        CHOICES_ROLE,
    }
)


class RowsModel(QAbstractTableModel):
    invalid = Signal(str)  # a refused value, in words

    def __init__(
        self,
        session: DesignSession,
        table: str,
        columns: list[Column],
        where: dict,
        language: str = "en",
        currency: str = "EUR",
        parent=None,
    ):
        super().__init__(parent)
        self.session = session
        self.table = table
        self.columns = columns
        self.where = where
        self.language = language
        self.currency = currency
        self.rows: list[dict] = []
        self.actors: dict[str, str] = {}
        self.refs: dict[str, dict[str, str]] = {}  # table → {id: name} for ref columns
        session.changed.connect(self._on_session_changed)
        self.reload()

    # --- data ----------------------------------------------------------------------------

    def set_where(self, where: dict) -> None:
        self.where = where
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        db = self.session.db
        self.rows = sections.load_rows(db, self.table, self.where) if self.where else []
        if any(c.kind == "actor" for c in self.columns):
            self.actors = dict(sections.actor_names(db, self.session.design_id))
        for table in {c.group for c in self.columns if c.kind == "ref"}:
            rows = sections.load_rows(db, table, {"design_id": self.session.design_id})
            self.refs[table] = {r["id"]: r["name"] for r in rows}
        self.endResetModel()

    def row_id(self, row: int) -> str:
        return self.rows[row]["id"]

    def _choices_of(self, column: Column) -> dict[str, str]:
        return self.actors if column.kind == "actor" else self.refs.get(column.group, {})

    def _on_session_changed(self, table: str) -> None:
        if table in (self.table, "actor") or table in self.refs:
            self.reload()

    # --- Qt's model API ------------------------------------------------------------------

    def rowCount(self, parent=_ROOT):
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=_ROOT):
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def flags(self, index):
        return _BOOL_FLAGS if self.columns[index.column()].kind == "bool" else _EDIT_FLAGS

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        # Painting asks for a dozen roles per cell, most of them none of ours: one set lookup
        # instead of a chain of enum comparisons keeps page-scrolling 300 rows smooth.
        if role not in _ROLES or not index.isValid():
            return None
        column = self.columns[index.column()]
        value = self.rows[index.row()].get(column.name)
        if role == Qt.ItemDataRole.DisplayRole:
            return display(column, value, self.language, self.currency, self._choices_of(column))
        if role == Qt.ItemDataRole.EditRole:
            if column.kind == "date":
                return QDate(value) if isinstance(value, date) else QDate.currentDate()
            if column.kind == "money":
                return format_plain((value or 0) / 100, self.language, 2)
            if column.kind == "number" and value is not None:
                return format_plain(value, self.language)
            return "" if value is None else value
        if role == Qt.ItemDataRole.CheckStateRole and column.kind == "bool":
            return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
        if role == CHOICES_ROLE:
            if column.kind == "choice":
                return list(terms(column.group, self.language).items())
            if column.kind in ("actor", "ref"):
                blank = [] if column.required else [("", "")]
                return blank + list(self._choices_of(column).items())
        if role == Qt.ItemDataRole.ToolTipRole and column.kind in ("text", "note"):
            return value or None
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        if not index.isValid():
            return False
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.CheckStateRole and column.kind == "bool":
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        if column.required and not value:
            self.invalid.emit(
                self.tr("Choose an organisation from the list.")
                if column.kind == "actor"
                else self.tr("Choose one from the list.")
            )
            return False
        try:
            stored = parse(column, value, self._choices_of(column))
        except FieldError as e:
            self.invalid.emit(error_text(e))
            return False
        row = self.rows[index.row()]
        if row.get(column.name) == stored:
            return True
        text = self.tr("Change %1").replace("%1", column.header)
        self.session.push(sections.FieldEdit(self.table, row["id"], column.name, stored), text)
        return True

    # --- rows ----------------------------------------------------------------------------

    def add_row(self, text: str, **values) -> str:
        """Add a row; a required reference starts at the first choice not used yet (the
        person then picks the right one). Returns "" when there is nothing to refer to."""
        for column in self.columns:
            if not column.required or column.name in self.where or column.name in values:
                continue
            choices = list(self._choices_of(column))
            if not choices:
                self.invalid.emit(
                    self.tr("Add the organisations on the Actors step first.")
                    if column.kind == "actor"
                    else self.tr("There is nothing to choose from yet.")
                )
                return ""
            taken = {r.get(column.name) for r in self.rows}
            values[column.name] = next((c for c in choices if c not in taken), choices[0])
        edit = sections.new_row(self.session.db, self.table, self.where, **values)
        self.session.push(edit, text)
        return edit.values["id"]

    def remove_row(self, row: int, text: str) -> None:
        self.session.push(sections.RowDelete(self.table, self.row_id(row)), text)

    def move_row(self, row: int, to: int, parent_column: str, text: str) -> None:
        self.session.push(sections.RowMove(self.table, self.row_id(row), parent_column, to), text)
