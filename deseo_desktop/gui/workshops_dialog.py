"""The workshops held on a design, which a facilitator can log from any step.

Each workshop's date, place and attendance by sex are edited in the table; the steps it worked
on (ticked) and its decisions (a long text) in a form under the table, for the selected one.
Every change is saved and undoable as in the section editors.
"""

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QVBoxLayout,
)

from deseo_desktop.formatting import format_day
from deseo_desktop.model.enums import WizardStep
from deseo_desktop.rules.balance import SexCounts
from deseo_desktop.services import sections

from .design_session import DesignSession
from .editors.base import EditorContext
from .editors.columns import Column
from .editors.form import LongTextForm
from .editors.rows_model import RowsModel
from .editors.table_section import TableSection
from .step_names import step_name
from .widgets.balance_meter import BalanceMeter

STEPS = tuple(s.value for s in WizardStep)
SEXES = ("women", "men", "not_stated")


def split_steps(stored: str) -> list[str]:
    return [code for code in (stored or "").split(",") if code]


class WorkshopRows(RowsModel):
    """Workshops: the steps and decisions are shown here and edited in the form below."""

    READ_ONLY = ("steps", "decisions")

    def endResetModel(self) -> None:
        # In the order they were held (undated ones last), sorted before the views look.
        self.rows.sort(key=lambda r: (r["held_on"] is None, r["held_on"] or date.min))
        super().endResetModel()

    def flags(self, index):
        if self.columns[index.column()].name in self.READ_ONLY:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return super().flags(index)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if (
            role == Qt.ItemDataRole.DisplayRole
            and index.isValid()
            and self.columns[index.column()].name == "steps"
        ):
            return ", ".join(step_name(s) for s in split_steps(self.rows[index.row()]["steps"]))
        return super().data(index, role)

    def add_row(self, text: str, **values) -> str:
        values.setdefault("held_on", date.today())  # logged on the day, as a rule
        return super().add_row(text, **values)


class WorkshopsDialog(QDialog):
    def __init__(self, session: DesignSession, context: EditorContext, parent=None):
        super().__init__(parent)
        self.session = session
        self.context = context
        self.setWindowTitle(self.tr("Workshops"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(1100, 720)
        columns = [
            Column("held_on", self.tr("Date"), "date", width=120),
            Column("place", self.tr("Place"), width=220),
            Column("attendance_women", self.tr("Women"), "count", width=80),
            Column("attendance_men", self.tr("Men"), "count", width=80),
            Column("attendance_not_stated", self.tr("Not stated"), "count", width=95),
            Column("steps", self.tr("Steps worked on"), width=300),
            Column("decisions", self.tr("Decisions"), "note", width=300),
        ]
        self.model = WorkshopRows(
            session,
            "workshop",
            columns,
            {"design_id": session.design_id},
            context.language,
            context.currency,
            self,
        )
        self.section = TableSection(
            self.tr("Workshops held"), self.model, "design_id", self.tr("workshop")
        )
        self.section.table.setMinimumHeight(150)
        self.section.up_button.hide()  # kept in the order they were held
        self.section.down_button.hide()
        self.selected_id = ""
        self.meter = BalanceMeter(self.tr("Attendance, all workshops:"))
        self.detail_box = QGroupBox(self.tr("The selected workshop"))
        self.step_checks: dict[str, QCheckBox] = {}
        steps_box = QGroupBox(self.tr("Steps worked on"))
        grid = QGridLayout(steps_box)
        for i, step in enumerate(STEPS):
            check = QCheckBox(step_name(step))
            check.setAccessibleName(self.tr("Worked on %1").replace("%1", step_name(step)))
            grid.addWidget(check, i // 4, i % 4)
            self.step_checks[step] = check
        self.form = LongTextForm(
            session, "workshop", [("decisions", self.tr("&Decisions taken:"))], 1
        )
        self.decisions_edit = self.form.edits["decisions"]
        detail = QVBoxLayout(self.detail_box)
        detail.addWidget(steps_box)
        detail.addWidget(self.form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.section, 1)
        layout.addWidget(self.meter)
        layout.addWidget(self.detail_box)
        layout.addWidget(self.buttons)
        # A dialog keeps the keyboard from the main window: undo and redo work here too.
        for action, keys in (
            (session.undo_stack.createUndoAction(self), QKeySequence.StandardKey.Undo),
            (session.undo_stack.createRedoAction(self), QKeySequence.StandardKey.Redo),
        ):
            action.setShortcut(keys)
            self.addAction(action)
        self._connect_signals()
        self._show_selected("")
        self._update_meter()
        self.section.select_row(self.model.rowCount() - 1)

    def _connect_signals(self) -> None:
        self.buttons.rejected.connect(self.reject)
        self.section.current_row_changed.connect(self._show_selected)
        self.model.modelReset.connect(self._on_model_reset)
        # A saved value reloads the rows (no dataChanged): the refusal shown no longer applies.
        self.model.modelReset.connect(self.section.message_label.clear)
        for check in self.step_checks.values():
            check.toggled.connect(self._on_step_check_toggled)

    def _on_model_reset(self) -> None:
        """After an edit or an undo (the table keeps the same workshop selected)."""
        self._update_meter()
        self._show_steps()

    def _update_meter(self) -> None:
        sums = [sum(r[f"attendance_{s}"] or 0 for r in self.model.rows) for s in SEXES]
        self.meter.set_counts(SexCounts(*sums), self.context.threshold_pct)

    def _show_selected(self, row_id: str) -> None:
        self.selected_id = row_id  # first: saving the text typed below may reselect it
        self.form.show_row(row_id)
        self.detail_box.setEnabled(bool(row_id))
        self._show_steps()

    def _show_steps(self) -> None:
        row = sections.load_row(self.session.db, "workshop", self.selected_id) or {}
        if row.get("held_on"):
            when = format_day(row["held_on"], self.context.language, "long")
            self.detail_box.setTitle(self.tr("The workshop of %1").replace("%1", when))
        else:
            self.detail_box.setTitle(self.tr("The selected workshop"))
        ticked = set(split_steps(row.get("steps", "")))
        for step, check in self.step_checks.items():
            check.blockSignals(True)
            check.setChecked(step in ticked)
            check.blockSignals(False)

    def _on_step_check_toggled(self, _checked: bool) -> None:
        if not self.selected_id:
            return
        ticked = [s for s, check in self.step_checks.items() if check.isChecked()]
        self.form.flush()  # the decisions typed so far first: the save shows the row again
        row = sections.load_row(self.session.db, "workshop", self.selected_id) or {}
        kept = [s for s in split_steps(row.get("steps", "")) if s not in STEPS]  # unknown codes
        value = ",".join(ticked + kept)
        self.session.push(
            sections.FieldEdit("workshop", self.selected_id, "steps", value),
            self.tr("Change %1").replace("%1", self.tr("Steps worked on")),
        )

    def done(self, result: int) -> None:
        self.form.flush()
        super().done(result)
