"""A design open for editing: the outline of its steps, the step's editor, and its help.

The same page is the guided wizard (Back and Next, the outline showing each step's state)
and the workspace (any step from the outline, the overview first). Every edit is saved as
it is made; the status says so.
"""

from PySide6.QtCore import Qt, Signal
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

from deseo_desktop.resources import resource_path
from deseo_desktop.services import sections

from .design_session import DesignSession
from .editors.base import EditorContext
from .editors.registry import EDITORS

STEP_ROLE = Qt.ItemDataRole.UserRole + 1


class DesignPage(QWidget):
    closed = Signal()
    wizard_finished = Signal()

    def __init__(self, session: DesignSession, language: str, wizard: bool, parent=None):
        super().__init__(parent)
        self.session = session
        self.language = language
        self.wizard = wizard
        design = sections.load_row(session.db, "design", session.design_id)
        self.context = EditorContext(
            language, design["currency"], design["balance_threshold_pct"], design["cluster_kind"]
        )
        self.editors: dict[str, object] = {}
        self.outline = QListWidget()
        self.outline.setAccessibleName(self.tr("Steps"))
        self.outline.setMaximumWidth(230)
        self.stack = QStackedWidget()
        self.help = QTextBrowser()
        self.help.setAccessibleName(self.tr("Help for this step"))
        self.help.setOpenExternalLinks(False)
        self.help.setMinimumWidth(240)
        self.step_title = QLabel()
        font = self.step_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.step_title.setFont(font)
        self.back_button = QPushButton(self.tr("< &Back"))
        self.next_button = QPushButton(self.tr("&Next >"))
        self.close_button = QPushButton(self.tr("&Library"))
        self.close_button.setToolTip(self.tr("Back to the library (everything is saved)"))
        nav = QHBoxLayout()
        nav.addWidget(self.close_button)
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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter)
        self._fill_outline()
        self._connect_signals()
        self.show_step(design["wizard_step"] if wizard else "start")

    def steps(self) -> list[str]:
        steps = list(EDITORS)
        return steps

    def _fill_outline(self) -> None:
        self.outline.clear()
        for step in self.steps():
            editor_class = EDITORS[step]
            item = QListWidgetItem(self._step_name(editor_class))
            item.setData(STEP_ROLE, step)
            self.outline.addItem(item)

    def _step_name(self, editor_class) -> str:
        # Each editor names its own step; building one only for its name would be wasteful.
        names = {
            "start": self.tr("Start"),
            "actors": self.tr("Actors"),
            "baseline": self.tr("Gender baseline"),
            "pooling": self.tr("(a) Pooling"),
            "existing_services": self.tr("(b) Existing services"),
            "governance": self.tr("Governance"),
            "financing": self.tr("(c) Financing"),
            "valorisation": self.tr("(d) Valorisation"),
            "evaluation": self.tr("(e) Evaluation"),
            "agreement": self.tr("Agreement"),
            "review": self.tr("Review"),
        }
        return names.get(editor_class.step, editor_class.step)

    def _connect_signals(self) -> None:
        self.outline.currentRowChanged.connect(self._on_outline_current_row_changed)
        self.back_button.clicked.connect(lambda: self._go(-1))
        self.next_button.clicked.connect(lambda: self._go(+1))
        self.close_button.clicked.connect(self.closed)

    def current_step(self) -> str:
        item = self.outline.currentItem()
        return item.data(STEP_ROLE) if item else self.steps()[0]

    def editor(self, step: str):
        if step not in self.editors:
            editor = EDITORS[step](self.session, self.context)
            self.editors[step] = editor
            self.stack.addWidget(editor)
        return self.editors[step]

    def show_step(self, step: str) -> None:
        if step not in self.steps():
            step = self.steps()[0]
        self.outline.setCurrentRow(self.steps().index(step))

    def _on_outline_current_row_changed(self, row: int) -> None:
        if row < 0:
            return
        for editor in self.editors.values():
            editor.flush()
        step = self.steps()[row]
        editor = self.editor(step)
        editor.refresh()
        self.stack.setCurrentWidget(editor)
        self.step_title.setText(editor.title())
        self._show_help(step)
        self.back_button.setEnabled(row > 0)
        last = row == len(self.steps()) - 1
        self.next_button.setText(self.tr("&Finish") if last and self.wizard else self.tr("&Next >"))
        self.next_button.setEnabled(not last or self.wizard)
        if self.wizard:
            from deseo_desktop.services import library

            library.set_wizard_state(self.session.db, self.session.design_id, step, False)

    def _show_help(self, step: str) -> None:
        path = resource_path("handbook", self.language, f"{step}.md")
        if not path.is_file():
            path = resource_path("handbook", "en", f"{step}.md")
        self.help.setMarkdown(path.read_text(encoding="utf-8") if path.is_file() else "")

    def _go(self, step: int) -> None:
        row = self.outline.currentRow() + step
        if row >= len(self.steps()):
            self.finish_wizard()
            return
        self.outline.setCurrentRow(max(0, row))

    def finish_wizard(self) -> None:
        from deseo_desktop.services import library

        self.flush()
        library.set_wizard_state(self.session.db, self.session.design_id, self.current_step(), True)
        self.wizard = False
        self.wizard_finished.emit()

    def flush(self) -> None:
        for editor in self.editors.values():
            editor.flush()
