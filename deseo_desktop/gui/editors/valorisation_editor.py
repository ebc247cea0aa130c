"""Step 8, (d) Valorisation: events, write-ups, awards, labels, procurement routes, media.

The table holds each action with its planned speakers by sex; the selected action's
description is written in a box under it, and a meter states the balance of all speakers.
"""

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QPlainTextEdit

from deseo_desktop.rules.balance import SexCounts, total

from ..widgets.balance_meter import BalanceMeter
from .base import SectionEditor
from .columns import Column
from .form import FormBinder

SPEAKERS = ("speakers_women", "speakers_men", "speakers_not_stated")


class SaveOnLeave(QObject):
    """Saves a text box's pending typing as soon as the focus leaves it."""

    def __init__(self, binder: FormBinder, parent=None):
        super().__init__(parent)
        self.binder = binder

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.FocusOut:
            self.binder.flush()
        return False


class ValorisationEditor(SectionEditor):
    step = "valorisation"

    def __init__(self, session, context, parent=None):
        super().__init__(session, context, parent)
        columns = [
            Column("kind", self.tr("Kind"), "choice", "valorisation_kind", 160),
            Column("title", self.tr("Action"), width=280),
            Column("audience", self.tr("Audience"), width=220),
            Column("planned_on", self.tr("Date"), "date", width=110),
            Column("responsible_id", self.tr("Responsible"), "actor", width=180),
            Column("speakers_women", self.tr("Speakers\nwomen"), "count", width=80),
            Column("speakers_men", self.tr("Speakers\nmen"), "count", width=80),
            Column("speakers_not_stated", self.tr("Speakers\nnot stated"), "count", width=90),
        ]
        self.section = self.table_section(
            "valorisation_action", columns, self.tr("Valorisation actions"), self.tr("action")
        )
        self.model = self.section.model
        self.section.table.setMinimumHeight(240)
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.binder = FormBinder(session, "valorisation_action", self.error_label, self)
        self.description_edit = QPlainTextEdit()
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setAccessibleName(self.tr("Description of the selected action"))
        self.description_edit.setPlaceholderText(
            self.tr("What happens, who is invited, what it shows about women and men")
        )
        self.description_edit.setMinimumHeight(80)
        self.description_edit.setMaximumHeight(140)
        self.description_edit.installEventFilter(SaveOnLeave(self.binder, self))
        self.binder.bind(self.description_edit, "description", self.tr("Description"), "note")
        self.details_box = QGroupBox(self.tr("The selected action"))
        details = QFormLayout(self.details_box)
        self.details_label = QLabel()
        self.details_label.setWordWrap(True)
        description_label = QLabel(self.tr("&Description:"))
        description_label.setBuddy(self.description_edit)
        details.addRow(self.details_label)
        details.addRow(description_label, self.description_edit)
        details.addRow(self.error_label)
        self.speakers_meter = BalanceMeter()
        meter_box = QGroupBox(self.tr("Planned speakers, all actions"))
        meter_layout = QFormLayout(meter_box)
        self.speakers_total_label = QLabel()
        meter_layout.addRow(self.speakers_meter)
        meter_layout.addRow(self.speakers_total_label)
        self.body_layout.addWidget(self.section, 1)
        self.body_layout.addWidget(self.details_box)
        self.body_layout.addWidget(meter_box)
        self._connect_signals()
        self._on_current_row_changed("")
        self._update_meter()

    def _connect_signals(self) -> None:
        self.section.current_row_changed.connect(self._on_current_row_changed)
        self.model.modelReset.connect(self._update_meter)

    def title(self) -> str:
        return self.tr("(d) Local valorisation")

    def _on_current_row_changed(self, row_id: str) -> None:
        if row_id and row_id == self.binder.row_id:
            self._show_details_title()
            return
        self.binder.flush()  # typing not yet saved belongs to the action it was typed for
        if row_id:
            self.binder.load(row_id)
        else:
            self.binder.row_id = None
            self.binder.refresh()
        self.description_edit.setEnabled(bool(row_id))
        self._show_details_title()

    def _show_details_title(self) -> None:
        row_id = self.binder.row_id
        row = next((r for r in self.model.rows if r["id"] == row_id), None)
        if row is None:
            self.details_label.setText(self.tr("Select an action in the table to describe it."))
        else:
            self.details_label.setText(row["title"] or self.tr("(an action with no title yet)"))

    def _update_meter(self, *_args) -> None:
        counts = total([SexCounts(*(r.get(c) or 0 for c in SPEAKERS)) for r in self.model.rows])
        self.speakers_meter.set_counts(counts, self.context.threshold_pct)
        people = counts.total
        self.speakers_total_label.setText(
            self.tr("Speakers planned in all: %1 · actions: %2")
            .replace("%1", str(people))
            .replace("%2", str(len(self.model.rows)))
        )
        self._show_details_title()

    # --- the editor's contract ---------------------------------------------------------------

    def refresh(self) -> None:
        self.model.reload()
        if self.binder.row_id:
            self.binder.refresh()

    def flush(self) -> None:
        self.binder.flush()

    def focus_ref(self, ref: str | None) -> None:
        if ref:
            self.section.select_id(ref)
        self.section.table.setFocus()
