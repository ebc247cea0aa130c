"""Step 11, Review: every problem of the design, grouped by step, each leading to its field;
and a one-page summary of the design."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem

from deseo_desktop.rules.flow import steps_for
from deseo_desktop.services.overview import design_overview
from deseo_desktop.services.summary import design_summary

from ..problem_text import problem_text
from ..step_names import step_name
from .base import SectionEditor
from .summary_view import SummaryView

PROBLEM_ROLE = Qt.ItemDataRole.UserRole + 1


class ReviewEditor(SectionEditor):
    step = "review"
    open_problem = Signal(str, object)  # the step, and the id of the row concerned or None

    def __init__(self, session, context, parent=None):
        super().__init__(session, context, parent)
        self.summary = SummaryView(context.language)
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
        self.body_layout.addWidget(self.summary)
        self.body_layout.addWidget(self.count_label)
        self.body_layout.addWidget(self.tree, 1)
        self.body_layout.addWidget(hint)
        self.body_layout.addStretch(1)
        self.hint = hint
        self.tree.itemActivated.connect(self._on_tree_item_activated)
        self.refresh()

    def title(self) -> str:
        return self.tr("Review")

    def refresh(self) -> None:
        db, design_id = self.session.db, self.session.design_id
        overview = design_overview(db, design_id)
        problems = overview.missing
        self.summary.show_summary(design_summary(db, design_id))
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
        self.hint.setVisible(bool(problems))
        self.problems = problems

    def _on_tree_item_activated(self, item, _column) -> None:
        step, ref = item.data(0, PROBLEM_ROLE)
        self.open_problem.emit(step, ref)

    def focus_ref(self, ref) -> None:
        self.tree.setFocus()
