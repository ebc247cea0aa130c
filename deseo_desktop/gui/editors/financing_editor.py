"""Step 7, (c) Financing: funders, budget lines (coordination first), totals by year and kind."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
)

from deseo_desktop.formatting import format_money

from .. import style
from ..style import styled
from .base import SectionEditor
from .columns import Column

COORDINATION = "coordination"
KINDS = ("cash", "in_kind")


class FinancingEditor(SectionEditor):
    step = "financing"

    def __init__(self, session, context, parent=None):
        super().__init__(session, context, parent)
        funder_columns = [
            Column("name", self.tr("Funder"), width=300),
            Column("kind", self.tr("Kind"), "choice", "funder_kind", 160),
            Column("actor_id", self.tr("Also an actor of the cluster"), "actor", width=260),
        ]
        self.funders_section = self.table_section(
            "funder", funder_columns, self.tr("Funders"), self.tr("funder")
        )
        self.funders_model = self.funders_section.model
        self.funders_section.table.setMinimumHeight(150)
        budget_columns = [
            Column("category", self.tr("Category"), "choice", "budget_category", 140),
            Column("label", self.tr("Budget line"), width=330),
            Column("year", self.tr("Year"), "count", width=60),
            Column("amount_cents", self.tr("Amount"), "money", width=115),
            Column("kind", self.tr("Cash or in kind"), "choice", "contribution_kind", 115),
            Column("funder_id", self.tr("Funder"), "ref", "funder", 220),
        ]
        self.budget_section = self.table_section(
            "budget_line", budget_columns, self.tr("Budget lines"), self.tr("budget line")
        )
        self.budget_model = self.budget_section.model
        self.budget_section.table.setMinimumHeight(230)
        self.coordination_label = QLabel()
        self.coordination_label.setObjectName("warningLabel")
        self.coordination_label.setWordWrap(True)
        styled(self.coordination_label)
        self.coordination_button = QPushButton(self.tr("Add a &coordination line"))
        self.coordination_button.setAccessibleName(
            self.tr("Add a coordination line at the top of the budget")
        )
        self.coordination_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        coordination_row = QHBoxLayout()
        coordination_row.addWidget(self.coordination_button, 0, Qt.AlignmentFlag.AlignTop)
        coordination_row.addWidget(self.coordination_label, 1)
        self.totals_box = QGroupBox(self.tr("Budget totals"))
        self.totals_grid = QGridLayout()
        self.totals_grid.setHorizontalSpacing(28)
        totals_layout = QVBoxLayout(self.totals_box)
        totals_layout.addLayout(self.totals_grid)
        self.totals_summary = QLabel()
        self.totals_summary.setWordWrap(True)
        totals_layout.addWidget(self.totals_summary)
        self.body_layout.addWidget(self.funders_section, 1)
        self.body_layout.addSpacing(8)
        self.body_layout.addWidget(self.budget_section, 2)
        self.body_layout.addLayout(coordination_row)
        self.body_layout.addWidget(self.totals_box)
        self._connect_signals()
        self._update_budget()

    def _connect_signals(self) -> None:
        self.coordination_button.clicked.connect(self._on_coordination_button_clicked)
        self.budget_model.modelReset.connect(self._update_budget)

    def title(self) -> str:
        return self.tr("(c) Local financing")

    # --- coordination first ----------------------------------------------------------------

    def _on_coordination_button_clicked(self) -> None:
        text = self.tr("Add a coordination line")
        years = [r["year"] for r in self.budget_model.rows if r["year"] is not None]
        stack = self.session.undo_stack
        stack.beginMacro(text)  # one step to undo: the line and its move to the top
        try:
            new_id = self.budget_model.add_row(
                text, category=COORDINATION, year=min(years) if years else None
            )
            row = next(
                i
                for i in range(self.budget_model.rowCount())
                if self.budget_model.row_id(i) == new_id
            )
            self.budget_model.move_row(row, 0, "design_id", text)
        finally:
            stack.endMacro()
        self.budget_section.select_id(new_id)
        label = self.budget_model.index(0, 1)
        self.budget_section.table.setCurrentIndex(label)
        self.budget_section.table.setFocus()
        self.budget_section.table.edit(label)

    # --- the note and the totals -------------------------------------------------------------

    def _update_budget(self, *_args) -> None:
        rows = self.budget_model.rows
        categories = [r["category"] for r in rows]
        if COORDINATION not in categories:
            self.coordination_label.setText(
                self.tr(
                    "No budget line for coordination yet. DESEO budgets put the coordination "
                    "of the cluster first: someone has to run the partnership."
                )
            )
        elif categories[0] != COORDINATION:
            self.coordination_label.setText(
                self.tr("Coordination comes first in a DESEO budget: move its line to the top.")
            )
        else:
            self.coordination_label.setText("")
        self.coordination_label.setVisible(bool(self.coordination_label.text()))
        self._fill_totals(rows)

    def _money(self, cents: int) -> str:
        return format_money(cents, self.context.currency, self.context.language)

    def _fill_totals(self, rows: list[dict]) -> None:
        while self.totals_grid.count():
            item = self.totals_grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        by_year: dict[int | None, dict[str, int]] = {}
        for r in rows:
            sums = by_year.setdefault(r["year"], dict.fromkeys(KINDS, 0))
            sums[r["kind"] if r["kind"] in KINDS else "cash"] += r["amount_cents"] or 0
        years = sorted(by_year, key=lambda y: (y is None, y or 0))
        all_years = {k: sum(by_year[y][k] for y in years) for k in KINDS}
        headers = (self.tr("Year"), self.tr("Cash"), self.tr("In kind"), self.tr("Total"))
        for column, header in enumerate(headers):
            self._cell(0, column, header, bold=True)
        lines = [(str(y) if y is not None else self.tr("No year"), by_year[y]) for y in years]
        if len(years) != 1:
            lines.append((self.tr("All years"), all_years))
        for row, (name, sums) in enumerate(lines, start=1):
            last = row == len(lines) and len(years) != 1
            self._cell(row, 0, name, bold=last)
            for column, cents in enumerate((sums["cash"], sums["in_kind"], sum(sums.values())), 1):
                self._cell(row, column, self._money(cents), bold=last)
        self.totals_grid.setColumnStretch(4, 1)
        total = sum(all_years.values())
        if total:
            share = round(all_years["in_kind"] * 100 / total)
            self.totals_summary.setText(
                self.tr("The whole budget is %1, of which %2% in kind.")
                .replace("%1", self._money(total))
                .replace("%2", str(share))
            )
        else:
            self.totals_summary.setText(self.tr("No amounts yet."))

    def _cell(self, row: int, column: int, text: str, bold: bool = False) -> None:
        label = QLabel(text)
        if bold:
            style.bold(label)
        align = Qt.AlignmentFlag.AlignRight if column else Qt.AlignmentFlag.AlignLeft
        label.setAlignment(align | Qt.AlignmentFlag.AlignVCenter)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.totals_grid.addWidget(label, row, column)

    # --- the editor's contract ---------------------------------------------------------------

    def refresh(self) -> None:
        self.funders_model.reload()
        self.budget_model.reload()

    def focus_ref(self, ref: str | None) -> None:
        if ref is None and not self.coordination_label.isHidden():
            self.coordination_button.setFocus()  # the review's "no coordination line"
            return
        section = self.budget_section
        if ref and any(r["id"] == ref for r in self.funders_model.rows):
            section = self.funders_section
        if ref:
            section.select_id(ref)
        section.table.setFocus()
