"""The library: every design, with search, filters, the trash, and an empty state.

Before the first paint the page is only "Opening the designs…": the search bar, the table and
its model are built with the first designs (`set_designs`), after the window has painted.
Touching Qt's `Qt` namespace costs 15 ms the first time (PySide builds all its enums), so this
module reaches it through `QtCore.Qt` inside the methods that run after the first paint.
"""

from PySide6 import QtCore
from PySide6.QtCore import QItemSelectionModel, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from deseo_desktop.terms import terms

from .style import bold, primary, sized, styled, widen

VIEWS = ("active", "archived", "trash")


class EmptyState(QWidget):
    """What a first-time user sees: two clear ways to begin."""

    new_requested = Signal()
    example_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        from PySide6.QtCore import Qt  # after the first paint (see the module docstring)

        self.setObjectName("emptyState")
        self.heading = QLabel(self.tr("Design your first cluster"))
        self.heading.setObjectName("emptyHeading")
        self.body = QLabel(
            self.tr(
                "A design gathers the actors of a territory, what they pool, how they govern "
                "the cluster, how it is financed and how progress towards equality between "
                "women and men is measured. Start a new one, or open the example to see a "
                "complete design."
            )
        )
        self.body.setWordWrap(True)
        self.body.setObjectName("emptyBody")
        self.body.setMaximumWidth(620)
        self.new_button = QPushButton(self.tr("New design…"))
        self.new_button.setObjectName("primaryButton")
        self.example_button = QPushButton(self.tr("Open the example"))
        styled(self)
        for w in (self.heading, self.body):
            w.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.example_button)
        buttons.addStretch()
        column = QVBoxLayout()
        column.addStretch(2)
        column.addWidget(self.heading)
        column.addWidget(self.body)
        column.addSpacing(16)
        column.addLayout(buttons)
        column.addStretch(3)
        column.setAlignment(self.body, Qt.AlignmentFlag.AlignHCenter)
        outer = QHBoxLayout(self)
        outer.addStretch()
        outer.addLayout(column)
        outer.addStretch()
        self.new_button.clicked.connect(self.new_requested)
        self.example_button.clicked.connect(self.example_requested)


class LibraryPage(QWidget):
    open_requested = Signal(str)
    new_requested = Signal()
    example_requested = Signal()
    restore_requested = Signal(list)
    delete_forever_requested = Signal(list)
    empty_trash_requested = Signal()
    selection_changed = Signal()
    view_changed = Signal()
    frame_built = Signal()  # the search bar, the table and its model exist from now on

    def __init__(self, language: str = "en", parent=None):
        super().__init__(parent)
        self.language = language
        self.model = None
        self.loaded = False
        self._empty_state = None  # built the first time the library is empty
        self.loading_label = QLabel(self.tr("Opening the designs…"))
        loading = QWidget()  # centred by stretches: no alignment flags before the first paint
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.loading_label)
        row.addStretch()
        column = QVBoxLayout(loading)
        column.addStretch()
        column.addLayout(row)
        column.addStretch()
        self.loading = loading
        self.stack = QStackedWidget()
        self.stack.addWidget(loading)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def ensure_frame(self) -> None:
        """Build the library frame and its model (once, after the first paint)."""
        if self.model is not None:
            return
        from .library_model import LibraryModel

        self.model = LibraryModel(self, self.language)
        self._build()
        self._connect_signals()
        self._update_state()
        self.frame_built.emit()

    def _build(self) -> None:
        from PySide6.QtCore import Qt  # after the first paint (see the module docstring)

        from .library_model import CHANGED, COUNTRY, KIND, STATUS, TERRITORY, TITLE

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search titles, territories and actors"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Search designs"))
        self.view_combo = QComboBox()
        self.view_combo.setAccessibleName(self.tr("Which designs"))
        for code, label in zip(
            VIEWS, (self.tr("Designs"), self.tr("Archived"), self.tr("Trash")), strict=True
        ):
            self.view_combo.addItem(label, code)
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(self.tr("Status"))
        self.status_combo.addItem(self.tr("All statuses"), None)
        self.country_combo = QComboBox()
        self.country_combo.setAccessibleName(self.tr("Country"))
        self.country_combo.addItem(self.tr("All countries"), None)
        self.new_button = primary(QPushButton(self.tr("New design…")))
        self.restore_button = QPushButton(self.tr("Restore"))
        self.delete_button = QPushButton(self.tr("Delete forever…"))
        self.empty_trash_button = QPushButton(self.tr("Empty trash…"))

        bar = QHBoxLayout()
        bar.addWidget(self.search_edit, 3)
        bar.addWidget(self.view_combo)
        bar.addWidget(self.status_combo)
        bar.addWidget(self.country_combo)
        bar.addStretch(0)
        for b in (
            self.restore_button,
            self.delete_button,
            self.empty_trash_button,
            self.new_button,
        ):
            bar.addWidget(b)

        self.table = QTableView()
        self.table.setObjectName("libraryTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Designs"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.setShowGrid(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        bold(header)
        for column, width in (
            (TERRITORY, 180),
            (COUNTRY, 110),
            (KIND, 140),
            (STATUS, 140),
            (CHANGED, 150),
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            widen(header, column, width)
        self.table.sortByColumn(CHANGED, Qt.SortOrder.DescendingOrder)

        self.no_match_label = QLabel()
        self.no_match_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        sized(self.no_match_label, 1.2, bold=False)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")

        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.no_match_label)

        self.library_frame = QWidget()
        inner = QVBoxLayout(self.library_frame)
        inner.setContentsMargins(16, 12, 16, 8)
        inner.addLayout(bar)
        inner.addWidget(self.list_stack, 1)
        inner.addWidget(self.count_label)
        self.stack.addWidget(self.library_frame)

    def _connect_signals(self) -> None:
        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        for combo in (self.view_combo, self.status_combo, self.country_combo):
            combo.currentIndexChanged.connect(self._on_filter_changed)
        self.view_combo.currentIndexChanged.connect(self.view_changed)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.activated.connect(self._on_table_double_clicked)
        self.table.selectionModel().selectionChanged.connect(self.selection_changed)
        self.model.modelReset.connect(self.selection_changed)
        self.new_button.clicked.connect(self.new_requested)
        self.restore_button.clicked.connect(
            lambda: self.restore_requested.emit(self.selected_ids())
        )
        self.delete_button.clicked.connect(
            lambda: self.delete_forever_requested.emit(self.selected_ids())
        )
        self.empty_trash_button.clicked.connect(self.empty_trash_requested)

    @property
    def empty_state(self) -> EmptyState:
        if self._empty_state is None:
            self._empty_state = EmptyState()
            self._empty_state.new_requested.connect(self.new_requested)
            self._empty_state.example_requested.connect(self.example_requested)
            self.stack.addWidget(self._empty_state)
        return self._empty_state

    # --- what the window asks ------------------------------------------------------------

    def set_designs(self, designs: list, select: str | None = None) -> None:
        self.ensure_frame()
        keep = select or (self.selected_ids() or [None])[0]
        if not self.loaded:
            self._add_filter_choices()
        self.loaded = True
        self.model.set_designs(designs)
        self._update_state()
        if keep:
            self.select(keep)

    def _add_filter_choices(self) -> None:
        for combo, group in (
            (self.status_combo, "agreement_status"),
            (self.country_combo, "country"),
        ):
            combo.blockSignals(True)
            for code, label in terms(group, self.language).items():
                combo.addItem(label, code)
            combo.blockSignals(False)

    def select(self, design_id: str) -> None:
        from .library_model import TITLE

        if self.model is None:
            return
        row = self.model.row_of(design_id)
        if row < 0:
            return
        index = self.model.index(row, TITLE)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def selected_ids(self) -> list[str]:
        if self.model is None:
            return []
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.summary(r).id for r in rows]

    def selected(self) -> list:
        return [self.model.find(i) for i in self.selected_ids()]

    @property
    def view(self) -> str:
        """Which designs are shown: "active", "archived" or "trash"."""
        return VIEWS[self.view_combo.currentIndex()] if self.model is not None else VIEWS[0]

    def show_view(self, view: str) -> None:
        self.ensure_frame()
        self.view_combo.setCurrentIndex(VIEWS.index(view))

    def focus_search(self) -> None:
        if self.model is not None and self.stack.currentWidget() is self.library_frame:
            self.search_edit.setFocus(QtCore.Qt.FocusReason.ShortcutFocusReason)
            self.search_edit.selectAll()

    # --- slots ---------------------------------------------------------------------------

    def _on_search_edit_text_changed(self, text: str) -> None:
        self.model.set_filter(text=text)
        self._update_state()

    def _on_filter_changed(self, _index: int) -> None:
        self.model.set_filter(
            view=self.view_combo.currentData(),
            status=self.status_combo.currentData(),
            country=self.country_combo.currentData(),
        )
        self._update_state()

    def _on_table_double_clicked(self, index) -> None:
        if index.isValid() and self.model.view != "trash":
            self.open_requested.emit(self.model.summary(index.row()).id)

    def _update_state(self) -> None:
        if not self.loaded:
            self.stack.setCurrentWidget(self.loading)
            return
        view = self.model.view
        filtered = (
            bool(self.search_edit.text())
            or self.status_combo.currentIndex() > 0
            or (self.country_combo.currentIndex() > 0)
        )
        if view == "active" and not self.model.has_any_design() and not filtered:
            self.stack.setCurrentWidget(self.empty_state)
            return
        self.stack.setCurrentWidget(self.library_frame)
        in_trash = view == "trash"
        self.restore_button.setVisible(in_trash)
        self.delete_button.setVisible(in_trash)
        self.empty_trash_button.setVisible(in_trash)
        self.new_button.setVisible(not in_trash)
        self.empty_trash_button.setEnabled(bool(self.model.trashed_ids()))
        shown = self.model.rowCount()
        if shown:
            self.list_stack.setCurrentWidget(self.table)
        else:
            self.no_match_label.setText(
                self.tr("No design matches the search and filters.")
                if filtered
                else self.tr("The trash is empty.")
                if in_trash
                else self.tr("No archived designs.")
                if view == "archived"
                else self.tr("No designs.")
            )
            self.list_stack.setCurrentWidget(self.no_match_label)
        total = self.model.total()
        self.count_label.setText(
            self.tr("%n design(s)", "", total)
            if shown == total
            else self.tr("%1 of %2 designs").replace("%1", str(shown)).replace("%2", str(total))
        )
