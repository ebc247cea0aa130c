"""The designs of the library as a table: filtered and sorted in Python, shown by a view.

Filtering 10,000 summaries is a list comprehension over pre-folded text, so each keystroke
in the search box costs a few milliseconds, not a proxy model's per-row calls.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from deseo_desktop.formatting import format_stamp
from deseo_desktop.terms import term

if TYPE_CHECKING:
    from deseo_desktop.services.library_list import DesignSummary

ID_ROLE = Qt.ItemDataRole.UserRole + 1
TITLE, TERRITORY, COUNTRY, KIND, STATUS, CHANGED = range(6)
_ROOT = QModelIndex()


def _sort_key(column: int):
    return {
        TITLE: lambda d: d.title.casefold(),
        TERRITORY: lambda d: d.territory.casefold(),
        COUNTRY: lambda d: d.country,
        KIND: lambda d: d.cluster_kind,
        STATUS: lambda d: d.status,
        CHANGED: lambda d: d.updated_at,
    }[column]


class LibraryModel(QAbstractTableModel):
    def __init__(self, parent=None, language: str = "en"):
        super().__init__(parent)
        self.language = language
        self._all: list[DesignSummary] = []
        self._rows: list[DesignSummary] = []
        self._filter = {"text": "", "view": "active", "status": None, "country": None}
        self._sort = (CHANGED, Qt.SortOrder.DescendingOrder)

    # --- the data ------------------------------------------------------------------------

    def set_designs(self, designs: list[DesignSummary]) -> None:
        self._all = designs
        self._refresh()

    def set_filter(self, **changes) -> None:
        self._filter.update(changes)
        self._refresh()

    @property
    def view(self) -> str:
        return self._filter["view"]

    def total(self) -> int:
        """Designs in the current view before the search and filters."""
        from deseo_desktop.services.library_list import filter_designs

        return len(filter_designs(self._all, view=self._filter["view"]))

    def has_any_design(self) -> bool:
        return any(not d.trashed for d in self._all)

    def trashed_ids(self) -> list[str]:
        return [d.id for d in self._all if d.trashed]

    def summary(self, row: int) -> DesignSummary:
        return self._rows[row]

    def find(self, design_id: str) -> DesignSummary | None:
        return next((d for d in self._all if d.id == design_id), None)

    def row_of(self, design_id: str) -> int:
        return next((i for i, d in enumerate(self._rows) if d.id == design_id), -1)

    def _refresh(self) -> None:
        from deseo_desktop.services.library_list import filter_designs

        self.beginResetModel()
        rows = filter_designs(self._all, **self._filter)
        column, order = self._sort
        rows.sort(key=_sort_key(column), reverse=order == Qt.SortOrder.DescendingOrder)
        self._rows = rows
        self.endResetModel()

    # --- Qt's model API ------------------------------------------------------------------

    def rowCount(self, parent=_ROOT):
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=_ROOT):
        return 0 if parent.isValid() else 6

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Title"),
            self.tr("Territory"),
            self.tr("Country"),
            self.tr("Cluster"),
            self.tr("Status"),
            self.tr("Last change"),
        )[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        d = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(d, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (TITLE, TERRITORY):
            return d.title if column == TITLE else d.territory
        if role == ID_ROLE:
            return d.id
        return None

    def _display(self, d: DesignSummary, column: int) -> str:
        lang = self.language
        if column == TITLE:
            # A very long title is shown whole in the tooltip, its first line here.
            return d.title[:300] if d.title else self.tr("(untitled)")
        if column == TERRITORY:
            return d.territory[:200]
        if column == COUNTRY:
            return term("country", d.country, lang)
        if column == KIND:
            return term("cluster_kind", d.cluster_kind, lang)
        if column == STATUS:
            status = term("agreement_status", d.status, lang)
            return self.tr("%1 (archived)").replace("%1", status) if d.archived else status
        return format_stamp(d.updated_at, lang)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self._refresh()
