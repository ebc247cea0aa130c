"""Area (c), the local financing grid: shape it, score it, and read the verdict with its reasons.

The verdict card stays in view above two tabs, Scoring and Grid, since a change on either
(a score, a threshold) can move it. The figures are `rules.scoring`'s, recomputed from the
grid's rows after every saved edit; a changed answer re-reads only the answers, a changed
structure the whole grid.
"""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from deseo_desktop.rules import scoring
from deseo_desktop.services import grids

from ..style import primary
from .base import SectionEditor
from .grid_library import LibraryGridsDialog
from .grid_results import ResultsCard
from .grid_scoring import ScoringTab
from .grid_structure import StructureTab
from .table_section import heading_label

STRUCTURE = frozenset({*grids.STRUCTURE_TABLES, "assessor"})
ANSWERS = frozenset(grids.ANSWER_TABLES)


def _scrolled(widget: QWidget) -> QScrollArea:
    scroll = QScrollArea()
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, not the frame
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(widget)
    return scroll


class GridPage(SectionEditor):
    step = "financing_grid"

    def __init__(self, session, context, parent=None):
        super().__init__(session, context, parent)
        self.grid_id: str | None = None
        self.rows: dict = {}
        self.grid: scoring.Grid | None = None
        self.result: scoring.Result | None = None
        self.heading = heading_label()
        self.source_label = QLabel()
        self.source_label.setObjectName("overviewMeta")
        self.source_label.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save to the librar&y…"))
        self.save_button.setToolTip(self.tr("Keep this grid to use it in other designs"))
        self.replace_button = QPushButton(self.tr("&Replace with a library grid…"))
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.heading)
        titles.addWidget(self.source_label)
        top.addLayout(titles, 1)
        top.addWidget(self.save_button)
        top.addWidget(self.replace_button)
        self.card = ResultsCard(context.language)
        self.scoring = ScoringTab(self)
        self.structure = StructureTab(self)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(_scrolled(self.scoring), self.tr("&Scoring"))
        self.tabs.addTab(_scrolled(self.structure), self.tr("&Grid"))
        self.grid_widgets = QWidget()
        grid_layout = QVBoxLayout(self.grid_widgets)
        grid_layout.setContentsMargins(0, 0, 0, 0)
        grid_layout.addLayout(top)
        grid_layout.addWidget(self.message_label)
        grid_layout.addWidget(self.card)
        grid_layout.addWidget(self.tabs, 1)
        self.empty = self._empty_state()
        self.body_layout.addWidget(self.grid_widgets, 1)
        self.body_layout.addWidget(self.empty, 1)
        self._connect_signals()
        self.reload()

    def _empty_state(self) -> QWidget:
        box = QWidget()
        heading = heading_label(self.tr("No financing grid yet"))
        text = QLabel(
            self.tr(
                "A local authority scores a cluster's project with a grid: eligibility gates, "
                "weighted criteria, a bonus, a threshold and a minimum for gender equality. "
                "Start from the default grid and adapt it, or copy a grid from the library."
            )
        )
        text.setWordWrap(True)
        self.default_button = primary(QPushButton(self.tr("Start from the &default grid")))
        self.copy_button = QPushButton(self.tr("&Copy a grid from the library…"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.default_button)
        buttons.addWidget(self.copy_button)
        buttons.addStretch()
        layout = QVBoxLayout(box)
        layout.addWidget(heading)
        layout.addWidget(text)
        layout.addLayout(buttons)
        layout.addStretch()
        return box

    def _connect_signals(self) -> None:
        self.session.changed.connect(self._on_session_changed)
        self.default_button.clicked.connect(self._on_default_button_clicked)
        self.copy_button.clicked.connect(self._on_replace_button_clicked)
        self.replace_button.clicked.connect(self._on_replace_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)

    def title(self) -> str:
        return self.tr("(c) Financing grid")

    # --- reading and scoring -----------------------------------------------------------------

    def reload(self) -> None:
        """Read the whole grid again and rebuild what shows it."""
        self.grid_id = grids.design_grid_id(self.session.db, self.session.design_id)
        self._update_library_buttons()
        self.grid_widgets.setVisible(self.grid_id is not None)
        self.empty.setVisible(self.grid_id is None)
        if self.grid_id is None:
            self.rows, self.grid, self.result = {}, None, None
            return
        self.rows = grids.load_grid(self.session.db, self.grid_id)
        self.grid = scoring.grid_from_rows(self.rows, self.grid_id)
        row = self.rows["financing_grid"][0]
        self.heading.setText(row["name"] or self.tr("Financing grid"))
        self.source_label.setText(row["authority"] or "")
        self.scoring.set_grid(self.rows, self.grid, self._descriptors(row))
        self.structure.set_grid(self.rows)
        self.rescore()

    def reload_answers(self) -> None:
        """Read the answers again (one was saved or undone) and rescore."""
        ids = [a["id"] for a in self.rows.get("assessor", [])]
        self.rows.update(grids.load_answers(self.session.db, ids))
        self.rescore()

    def rescore(self) -> None:
        assessments = scoring.assessments_from_rows(self.rows, self.grid)
        self.result = scoring.score_grid(self.grid, assessments)
        self.card.show_result(self.grid, self.result)
        self.scoring.show_answers(self.rows, self.result)

    def _descriptors(self, grid_row: dict) -> dict[str, dict[str, str]]:
        """Per sub-criterion, what each level means: its own words, else the grid's."""
        lang = self.context.language
        shared = grids.descriptors_in(grid_row["descriptors"], lang)
        return {
            s["id"]: {**shared, **grids.descriptors_in(s["descriptors"], lang)}
            for s in self.rows["grid_sub_criterion"]
        }

    def _on_session_changed(self, table: str) -> None:
        if table in ANSWERS and self.grid is not None:
            self.reload_answers()
        elif table in STRUCTURE:
            self.reload()

    # --- the library -------------------------------------------------------------------------

    def _update_library_buttons(self) -> None:
        filled = grids.has_library_grids(self.session.db)
        tip = "" if filled else self.tr("The library has no grids yet: save one from a design.")
        for button in (self.copy_button, self.replace_button):
            button.setEnabled(filled)
            button.setToolTip(tip)

    def _on_default_button_clicked(self) -> None:
        edit = grids.use_default_grid(self.session.design_id, self.context.language)
        self.session.push(edit, self.tr("Start from the default grid"))

    def _on_replace_button_clicked(self) -> None:
        dialog = LibraryGridsDialog(self.session.db, self.context.language, self)
        if not dialog.exec() or dialog.chosen is None:
            return
        if self.grid_id is not None:
            answer = QMessageBox.question(
                self,
                self.tr("Replace the grid"),
                self.tr(
                    "Replace this design's grid with the one from the library? Its assessors "
                    "and their scores go with it. Undo brings them back."
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        edit = grids.use_library_grid(self.session.db, self.session.design_id, dialog.chosen)
        if self.session.push(edit, self.tr("Replace the grid")):
            self.message_label.setText(
                self.tr("The grid was replaced. Undo brings the old one back.")
            )

    def _on_save_button_clicked(self) -> None:
        self.flush()
        current = self.rows["financing_grid"][0]["name"] if self.rows else ""
        name, ok = QInputDialog.getText(
            self,
            self.tr("Save to the library"),
            self.tr("Name of the grid in the library:"),
            text=current,
        )
        if not ok:
            return
        grids.save_to_library(self.session.db, self.grid_id, name)
        self._update_library_buttons()
        self.message_label.setText(
            self.tr("Saved to the library as “%1”: other designs can now copy it.").replace(
                "%1", name.strip() or current
            )
        )

    # --- the editor's contract ---------------------------------------------------------------

    def refresh(self) -> None:
        self.reload()

    def flush(self) -> None:
        self.structure.flush()

    def focus_ref(self, ref: str | None) -> None:
        self.tabs.setCurrentIndex(0)
