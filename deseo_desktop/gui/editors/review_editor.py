"""Step 11, Review: every problem of the design, grouped by step, each leading to its field;
and a one-page summary of the design."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem

from deseo_desktop.rules.flow import steps_for
from deseo_desktop.services.overview import design_overview
from deseo_desktop.terms import term

from ..problem_text import problem_text
from ..step_names import step_name
from .base import SectionEditor

PROBLEM_ROLE = Qt.ItemDataRole.UserRole + 1


class ReviewEditor(SectionEditor):
    step = "review"
    open_problem = Signal(str, object)  # the step, and the id of the row concerned or None

    def __init__(self, session, context, parent=None):
        super().__init__(session, context, parent)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.count_label = QLabel()
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Problems, by step"))
        self.tree.setRootIsDecorated(True)
        self.tree.setMinimumHeight(260)
        hint = QLabel(
            self.tr(
                "Double-click a problem, or select it and press Enter, to go to "
                "the field concerned."
            )
        )
        hint.setWordWrap(True)
        self.body_layout.addWidget(self.summary_label)
        self.body_layout.addWidget(self.count_label)
        self.body_layout.addWidget(self.tree, 1)
        self.body_layout.addWidget(hint)
        self.tree.itemActivated.connect(self._on_tree_item_activated)
        self.refresh()

    def title(self) -> str:
        return self.tr("Review")

    def refresh(self) -> None:
        db, design_id = self.session.db, self.session.design_id
        overview = design_overview(db, design_id)
        problems = overview.missing
        lang = self.context.language
        c = overview.counts
        self.summary_label.setText(
            self.tr(
                "%1 — %2, %3. %4 actors (%5 signing), %6 pooled resources, %7 governance "
                "bodies, %8 budget lines, %9 indicators, %10 workshops."
            )
            .replace("%10", str(c["workshops"]))
            .replace("%1", overview.title or self.tr("(untitled)"))
            .replace("%2", overview.territory or self.tr("no territory"))
            .replace("%3", term("cluster_kind", overview.cluster_kind, lang))
            .replace("%4", str(c["actors"]))
            .replace("%5", str(c["signatories"]))
            .replace("%6", str(c["pooled_resources"]))
            .replace("%7", str(c["governance_bodies"]))
            .replace("%8", str(c["budget_lines"]))
            .replace("%9", str(c["indicators"]))
        )
        self.count_label.setText(
            self.tr("%n problem(s) to look at.", "", len(problems))
            if problems
            else self.tr("No problems: the design is ready to become an agreement draft.")
        )
        self.tree.clear()
        for step in steps_for(overview.cluster_kind):
            mine = [p for p in problems if p.step == step]
            if not mine:
                continue
            parent = QTreeWidgetItem([f"{step_name(step)} ({len(mine)})"])
            parent.setData(0, PROBLEM_ROLE, (step, None))
            self.tree.addTopLevelItem(parent)
            for p in mine:
                item = QTreeWidgetItem([problem_text(p)])
                item.setData(0, PROBLEM_ROLE, (p.step, p.ref))
                parent.addChild(item)
        self.tree.expandAll()
        self.tree.setVisible(bool(problems))
        self.problems = problems

    def _on_tree_item_activated(self, item, _column) -> None:
        step, ref = item.data(0, PROBLEM_ROLE)
        self.open_problem.emit(step, ref)

    def focus_ref(self, ref) -> None:
        self.tree.setFocus()
