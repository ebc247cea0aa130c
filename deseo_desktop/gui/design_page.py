"""A design open for editing: the outline of its steps, the step's editor, and its help.

The same page is the guided wizard (Back and Next, from the step last reached) and the
workspace (the overview first, then any step from the outline). The outline shows each
step's state. Every edit is saved as it is made.
"""

import re

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from deseo_desktop.pseudo import CODE as PSEUDO
from deseo_desktop.pseudo import pseudo_markdown
from deseo_desktop.resources import resource_path
from deseo_desktop.rules.flow import resume_step, steps_for
from deseo_desktop.services import library, sections
from deseo_desktop.services.overview import design_overview
from deseo_desktop.services.review import design_step_states

from .design_session import DesignSession
from .editors.base import EditorContext
from .editors.registry import EDITORS, WORKSPACE_PAGES, workspace_page
from .overview_page import OverviewPage
from .step_names import state_mark, state_text, step_name
from .style import rescale, sized, text_scale

STEP_ROLE = Qt.ItemDataRole.UserRole + 1
STATES_PAUSE_MS = 300


OUTLINE_WIDTH = (230, 320)  # the outline's widest, for English and for longer languages


class DesignPage(QWidget):
    closed = Signal()

    def __init__(self, session: DesignSession, language: str, parent=None):
        super().__init__(parent)
        self.session = session
        self.language = language
        design = sections.load_row(session.db, "design", session.design_id)
        self.wizard = not design["wizard_done"]
        self.context = EditorContext(
            language, design["currency"], design["balance_threshold_pct"], design["cluster_kind"]
        )
        self.pages: dict[str, QWidget] = {}
        self.presenting = False  # presentation mode: the room sees the step, not the help
        self.outline = QListWidget()
        self.outline.setAccessibleName(self.tr("Steps"))
        self.outline.setMaximumWidth(OUTLINE_WIDTH[1])
        self.outline.setMinimumWidth(150)
        self.outline.setWordWrap(True)  # a long step name in some languages takes two lines
        self.outline.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget()
        self.help = QTextBrowser()
        self.help.setAccessibleName(self.tr("Help for this step"))
        self.help.setMinimumWidth(180)
        self.step_title = sized(QLabel(), 1.5)
        self.back_button = QPushButton(self.tr("< &Back"))
        self.next_button = QPushButton(self.tr("&Next >"))
        self.close_button = QPushButton(self.tr("&Library"))
        self.close_button.setToolTip(self.tr("Back to the library (everything is saved)"))
        self.workshops_button = QPushButton(self.tr("&Workshops…"))
        self.workshops_button.setToolTip(self.tr("Log the workshops held on this design"))
        nav = QHBoxLayout()
        nav.addWidget(self.close_button)
        nav.addWidget(self.workshops_button)
        nav.addStretch()
        nav.addWidget(self.back_button)
        nav.addWidget(self.next_button)
        centre = QWidget()
        column = QVBoxLayout(centre)
        column.addWidget(self.step_title)
        column.addWidget(self.stack, 1)
        column.addLayout(nav)
        splitter = QSplitter()
        splitter.addWidget(self.outline)
        splitter.addWidget(centre)
        splitter.addWidget(self.help)
        splitter.setStretchFactor(1, 4)
        splitter.setStretchFactor(2, 1)
        splitter.setCollapsible(1, False)  # the help and the outline may be closed, not the step
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter)
        self.states_timer = QTimer(self)
        self.states_timer.setSingleShot(True)
        self.states_timer.setInterval(STATES_PAUSE_MS)
        self._fill_outline()
        self._connect_signals()
        if self.wizard:
            self.show_step(resume_step(design["wizard_step"], self.context.cluster_kind))
        else:
            self.show_step("overview")

    # --- the outline ---------------------------------------------------------------------

    def steps(self) -> list[str]:
        """What the outline lists: the steps that apply (and have an editor), the review."""
        steps = [s for s in steps_for(self.context.cluster_kind) if s in EDITORS]
        return steps if self.wizard else ["overview", *steps, *WORKSPACE_PAGES]

    def _fill_outline(self) -> None:
        current = self.current_step() if self.outline.count() else None
        self.outline.blockSignals(True)
        self.outline.clear()
        for step in self.steps():
            item = QListWidgetItem(step_name(step))
            item.setData(STEP_ROLE, step)
            self.outline.addItem(item)
        self.outline.blockSignals(False)
        self.update_states()
        if current in self.steps():
            self.outline.setCurrentRow(self.steps().index(current))

    def update_states(self) -> None:
        states = design_step_states(self.session.db, self.session.design_id)
        for row in range(self.outline.count()):
            item = self.outline.item(row)
            step = item.data(STEP_ROLE)
            state = states.get(step, "")
            mark = state_mark(state)
            item.setText(f"{mark}  {step_name(step)}" if mark else step_name(step))
            item.setToolTip(state_text(state))
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, state_text(state))
        # As wide as the longest step name needs (translations differ), within bounds.
        wanted = self.outline.sizeHintForColumn(0) + 2 * self.outline.frameWidth() + 8
        self.outline.setMaximumWidth(max(OUTLINE_WIDTH[0], min(wanted, OUTLINE_WIDTH[1])))

    def _connect_signals(self) -> None:
        self.outline.currentRowChanged.connect(self._on_outline_current_row_changed)
        self.back_button.clicked.connect(lambda: self._go(-1))
        self.next_button.clicked.connect(lambda: self._go(+1))
        self.close_button.clicked.connect(self.closed)
        self.workshops_button.clicked.connect(self.show_workshops)
        self.session.changed.connect(self._on_session_changed)
        self.states_timer.timeout.connect(self.update_states)

    def _on_session_changed(self, table: str) -> None:
        if table == "design":
            design = sections.load_row(self.session.db, "design", self.session.design_id)
            self.context.currency = design["currency"]
            self.context.threshold_pct = design["balance_threshold_pct"]
            if design["cluster_kind"] != self.context.cluster_kind:
                self.context.cluster_kind = design["cluster_kind"]
                self._fill_outline()  # (b) comes or goes with the kind of cluster
        self.states_timer.start()

    # --- pages -----------------------------------------------------------------------------

    def current_step(self) -> str:
        item = self.outline.currentItem()
        return item.data(STEP_ROLE) if item else self.steps()[0]

    def page(self, step: str) -> QWidget:
        if step not in self.pages:
            if step == "overview":
                page = OverviewPage(self.language)
                page.back_requested.connect(self.closed)
            elif step in WORKSPACE_PAGES:
                page = workspace_page(step)(self.session, self.context)
                if step == "pooling_map":
                    page.open_row.connect(self.open_problem)
            else:
                page = EDITORS[step](self.session, self.context)
                if step == "review":
                    page.open_problem.connect(self.open_problem)
            self.pages[step] = page
            rescale(page, text_scale(self.presenting))
            self.stack.addWidget(page)
        return self.pages[step]

    editor = page

    @property
    def overview(self) -> OverviewPage:
        return self.page("overview")

    def show_step(self, step: str) -> None:
        steps = self.steps()
        self.outline.setCurrentRow(steps.index(step) if step in steps else 0)

    def open_problem(self, step: str, ref) -> None:
        self.show_step(step)
        if step in self.pages:
            self.pages[step].focus_ref(ref)

    def refresh_overview(self) -> None:
        if "overview" in self.pages:
            self.pages["overview"].show_overview(
                design_overview(self.session.db, self.session.design_id)
            )

    def _on_outline_current_row_changed(self, row: int) -> None:
        if row < 0:
            return
        self.flush()
        step = self.steps()[row]
        page = self.page(step)
        if step == "overview":
            self.refresh_overview()
            self.step_title.setText("")
        else:
            page.refresh()
            self.step_title.setText(page.title())
        self.stack.setCurrentWidget(page)
        self._show_help(step)
        last = row == len(self.steps()) - 1
        self.back_button.setEnabled(row > 0)
        self.back_button.setVisible(self.wizard)
        self.next_button.setVisible(self.wizard)
        self.next_button.setText(self.tr("Fi&nish") if last else self.tr("&Next >"))
        self._buttons_after(page)
        if self.wizard:
            library.set_wizard_state(self.session.db, self.session.design_id, step, False)

    def _buttons_after(self, page: QWidget) -> None:
        """Tab goes from the outline through the step's fields, then to the buttons and the
        help. An editor built when first shown joins the end of the window's Tab chain, after
        the buttons: move the buttons (not the editor's own chain) after its last field."""
        last, widget = None, page.nextInFocusChain()
        for _ in range(10_000):
            if widget is page or not page.isAncestorOf(widget):
                break
            last, widget = widget, widget.nextInFocusChain()
        if last is None:
            return
        chain = [
            last,
            self.close_button,
            self.workshops_button,
            self.back_button,
            self.next_button,
            self.help,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _show_help(self, step: str) -> None:
        path = resource_path("handbook", self.language, f"{step}.md")
        if not path.is_file():
            path = resource_path("handbook", "en", f"{step}.md")
        self.help.setVisible(path.is_file() and not self.presenting)
        text = path.read_text(encoding="utf-8") if path.is_file() else ""
        if self.language == PSEUDO:
            text = pseudo_markdown(text)
        # The panel is narrow: its headings two sizes smaller than a page's, so that a long
        # word (Samnyttjande, Mutualización) still fits on a line.
        self.help.setMarkdown(re.sub(r"^(#{1,2}) ", r"##\1 ", text, flags=re.MULTILINE))

    def _go(self, step: int) -> None:
        row = self.outline.currentRow() + step
        if row >= len(self.steps()):
            self.finish_wizard()
            return
        self.outline.setCurrentRow(max(0, row))

    def finish_wizard(self) -> None:
        """The wizard is done: from now on the design opens in the workspace."""
        self.flush()
        library.set_wizard_state(self.session.db, self.session.design_id, "review", True)
        self.wizard = False
        self._fill_outline()
        self.show_step("overview")

    def show_workshops(self):
        from .workshops_dialog import WorkshopsDialog

        self.flush()
        dialog = WorkshopsDialog(self.session, self.context, self)
        dialog.open()
        return dialog

    def set_presenting(self, on: bool) -> None:
        self.presenting = on
        rescale(self, text_scale(on))
        self._show_help(self.current_step())

    def flush(self) -> None:
        for page in self.pages.values():
            if hasattr(page, "flush"):
                page.flush()
