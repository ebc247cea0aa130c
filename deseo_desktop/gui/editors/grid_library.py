"""The library's grids: a local authority's own grids, kept apart from any design, to copy into
the designs it assesses. Choosing one here replaces the design's grid (the page asks first)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from deseo_desktop.formatting import format_stamp
from deseo_desktop.services import grids
from deseo_desktop.services.database import Database

from ..style import widen
from .grid_results import whole


class LibraryGridsDialog(QDialog):
    """Lists the library's grids; `chosen` is the id of the one to use after accept()."""

    def __init__(self, db: Database, language: str, parent=None):
        super().__init__(parent)
        self.db = db
        self.language = language
        self.chosen: str | None = None
        self.setWindowTitle(self.tr("Grids in the library"))
        self.resize(820, 420)
        intro = QLabel(
            self.tr(
                "Grids saved from a design, ready to copy into another. The copy replaces this "
                "design's grid; changing it later does not change the grid in the library."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Grid"),
                self.tr("Authority"),
                self.tr("Gates, criteria, bonuses"),
                self.tr("Threshold"),
                self.tr("Saved"),
            ]
        )
        self.table.setAccessibleName(self.tr("Grids in the library"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 200), (2, 150), (3, 80), (4, 140)):
            widen(header, column, width)
        self.empty_label = QLabel(self.tr("The library has no grids yet: save one from a design."))
        self.empty_label.setObjectName("overviewMeta")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.use_button = QPushButton(self.tr("&Use this grid"))
        self.delete_button = QPushButton(self.tr("&Delete from the library"))
        self.buttons.addButton(self.use_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.buttons)
        self.buttons.rejected.connect(self.reject)
        self.use_button.clicked.connect(self._on_use_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self._on_use_button_clicked())
        self.fill()

    def fill(self) -> None:
        self.grids = grids.library_grids(self.db)
        lang = self.language
        self.table.setRowCount(len(self.grids))
        for row, g in enumerate(self.grids):
            counts = " · ".join(whole(n, lang) for n in (g.gates, g.criteria, g.bonuses))
            saved = format_stamp(g.updated_at, lang) if g.updated_at else ""
            texts = [
                g.name or self.tr("(no name)"),
                g.authority,
                counts,
                whole(g.threshold, lang),
                saved,
            ]
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, g.id)
                self.table.setItem(row, column, item)
        if self.grids:
            self.table.selectRow(0)
        self.empty_label.setVisible(not self.grids)
        self._update_buttons()

    def _current(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.grids[rows[0].row()].id if rows else None

    def _update_buttons(self) -> None:
        chosen = self._current() is not None
        self.use_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _on_use_button_clicked(self) -> None:
        self.chosen = self._current()
        if self.chosen is not None:
            self.accept()

    def _on_delete_button_clicked(self) -> None:
        grid_id = self._current()
        if grid_id is None:
            return
        name = next(g.name for g in self.grids if g.id == grid_id)
        answer = QMessageBox.question(
            self,
            self.tr("Delete from the library"),
            self.tr(
                "Delete “%1” from the library? Designs that use a copy of it keep their copy."
            ).replace("%1", name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            grids.delete_library_grid(self.db, grid_id)
            self.fill()
