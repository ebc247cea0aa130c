"""Step 5, (b) Existing services: for an existing cluster, each service, the gap found in it,
the action that closes it, who owns it and by when."""

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from .base import SectionEditor
from .columns import Column
from .form import LongTextForm
from .table_section import heading_label


class ExistingServicesEditor(SectionEditor):
    step = "existing_services"

    def __init__(self, session, context, parent=None):
        super().__init__(session, context, parent)
        self.action_id = ""
        self.note_label = QLabel(
            self.tr(
                "This step is for improving a cluster that already exists. This design is for a "
                "new cluster, so the wizard skips it; to record improvements, choose an existing "
                "cluster on the Start step."
            )
        )
        self.note_label.setWordWrap(True)
        self.note_label.setVisible(context.cluster_kind != "existing")
        columns = [
            Column("service", self.tr("Existing service or structure"), width=520),
            Column("owner_id", self.tr("Owner"), "actor", width=280),
            Column("deadline", self.tr("Deadline"), "date", width=140),
            Column("priority", self.tr("Priority"), "choice", "priority", 100),
        ]
        self.section = self.table_section(
            "improvement_action",
            columns,
            self.tr("Improvement actions"),
            self.tr("improvement action"),
        )
        self.model = self.section.model
        self.section.table.setMinimumHeight(200)
        self.form = LongTextForm(
            session,
            "improvement_action",
            [
                ("gap", self.tr("The &gap found:")),
                ("action", self.tr("The improvement &action:")),
            ],
        )
        for edit in self.form.edits.values():
            edit.setMaximumHeight(16777215)  # two texts only: let them use the room there is
        self.selected_label = heading_label()
        selected_box = QFrame()
        selected_box.setFrameShape(QFrame.Shape.StyledPanel)
        selected = QVBoxLayout(selected_box)
        selected.addWidget(self.selected_label)
        selected.addWidget(self.form)
        self.body_layout.addWidget(self.note_label)
        self.body_layout.addWidget(self.section, 1)
        self.body_layout.addWidget(selected_box, 1)
        self._connect_signals()
        self.section.select_row(0)
        self._show_action()

    def _connect_signals(self) -> None:
        self.section.current_row_changed.connect(self._on_section_current_row_changed)
        self.model.modelReset.connect(self._show_action)

    def title(self) -> str:
        return self.tr("(b) Existing services")

    def _on_section_current_row_changed(self, action_id: str) -> None:
        if action_id != self.action_id:
            self.action_id = action_id  # first: saving typed text below may reselect it
            self._show_action()

    def _show_action(self) -> None:
        service = next((r["service"] for r in self.model.rows if r["id"] == self.action_id), None)
        if service is None:
            self.action_id = ""
            self.selected_label.setText(
                self.tr("Select an action in the table to write the gap and the action.")
            )
        else:
            self.selected_label.setText(
                self.tr("Selected: %1").replace("%1", service or self.tr("(no service named yet)"))
            )
        self.form.show_row(self.action_id)

    def refresh(self) -> None:
        self.model.reload()
        if self.form.binder.row_id:
            self.form.binder.refresh()

    def flush(self) -> None:
        self.form.flush()

    def focus_ref(self, ref: str | None) -> None:
        if ref:
            self.section.select_id(ref)
        self.section.table.setFocus()
