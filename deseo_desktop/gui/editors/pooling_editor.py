"""Step 4, (a) Pooling: shared resources and services, who gives and who uses them, and the
exchanges of skills and knowledge between members.

The helpers above the editor are shared with the other master-detail editors; they belong in
the framework (table_section.py, rows_model.py, form.py) and can move there unchanged."""

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from deseo_desktop.formatting import format_money

from .base import SectionEditor
from .columns import Column
from .form import LongTextForm
from .rows_model import RowsModel
from .table_section import heading_label


class PoolingEditor(SectionEditor):
    step = "pooling"

    def __init__(self, session, context, parent=None):
        super().__init__(session, context, parent)
        self.resource_id = ""
        design = {"design_id": session.design_id}
        self.resources = self._table(
            "pooled_resource",
            [
                Column("name", self.tr("Resource or service"), width=460),
                Column("category", self.tr("Category"), "choice", "resource_category", 160),
            ],
            design,
            self.tr("Pooled resources and services"),
            "design_id",
            self.tr("resource"),
        )
        self.form = LongTextForm(
            session,
            "pooled_resource",
            [
                ("description", self.tr("Wh&at it is:")),
                ("equality_benefit", self.tr("How it helps women and men take part e&qually:")),
                ("access_rules", self.tr("Who may &use it, and how:")),
                ("cost_sharing", self.tr("How the c&osts are shared:")),
            ],
        )
        self.selected_box = QFrame()
        self.selected_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.selected_label = heading_label()
        self.contributions = self._table(
            "contribution",
            [
                Column("actor_id", self.tr("Organisation"), "actor", width=260, required=True),
                Column("kind", self.tr("Cash or in kind"), "choice", "contribution_kind", 120),
                Column("value_cents", self.tr("Value"), "money", width=120),
                Column("quantity", self.tr("Quantity"), width=80),
                Column("unit", self.tr("Unit"), width=140),
                Column("description", self.tr("What exactly"), width=200),
            ],
            {},
            self.tr("Who contributes"),
            "resource_id",
            self.tr("contribution"),
        )
        self.total_label = QLabel()
        self.total_label.setWordWrap(True)
        self.uses = self._table(
            "resource_use",
            [
                Column("actor_id", self.tr("Organisation"), "actor", width=260, required=True),
                Column("users_women", self.tr("Women using it"), "count", width=120),
                Column("users_men", self.tr("Men using it"), "count", width=120),
                Column("note", self.tr("Note"), "note", width=200),
            ],
            {},
            self.tr("Who uses it"),
            "resource_id",
            self.tr("use"),
        )
        for section in (self.contributions, self.uses):  # kept in no order: no position column
            section.up_button.hide()
            section.down_button.hide()
        self.exchanges = self._table(
            "skill_exchange",
            [
                Column("provider_id", self.tr("Offered by"), "actor", width=210),
                Column("recipient_id", self.tr("Received by"), "actor", width=210),
                Column("kind", self.tr("Kind"), "choice", "exchange_kind", 120),
                Column("hours", self.tr("Hours"), "count", width=60),
                Column("participants_women", self.tr("Women\ntaking part"), "count", width=95),
                Column("participants_men", self.tr("Men\ntaking part"), "count", width=95),
                Column("topic", self.tr("Topic"), width=300),
            ],
            design,
            self.tr("Exchanges of skills and knowledge"),
            "design_id",
            self.tr("exchange"),
        )
        self.resources.table.setMinimumHeight(200)
        for section in (self.contributions, self.uses, self.exchanges):
            section.table.setMinimumHeight(140)
        selected = QVBoxLayout(self.selected_box)
        selected.addWidget(self.selected_label)
        selected.addWidget(self.form)
        selected.addWidget(self.contributions, 1)
        selected.addWidget(self.total_label)
        selected.addSpacing(8)
        selected.addWidget(self.uses, 1)
        self.body_layout.addWidget(self.resources, 1)
        self.body_layout.addWidget(self.selected_box, 2)
        self.body_layout.addSpacing(12)
        self.body_layout.addWidget(self.exchanges, 1)
        self._connect_signals()
        self.resources.select_row(0)
        self._show_resource()

    def _table(self, table, columns, where, title, parent_column, noun, kind=RowsModel):
        return self.table_section(table, columns, title, noun, where, parent_column, kind)

    def _connect_signals(self) -> None:
        self.resources.current_row_changed.connect(self._on_resources_current_row_changed)
        self.resources.model.modelReset.connect(self._show_resource)
        self.contributions.model.modelReset.connect(self._update_total)

    def title(self) -> str:
        return self.tr("(a) Pooling")

    def _on_resources_current_row_changed(self, resource_id: str) -> None:
        if resource_id == self.resource_id:
            return
        self.resource_id = resource_id  # first: saving typed text below may reselect it
        self.form.flush()
        where = {"resource_id": resource_id} if resource_id else {}
        self.contributions.model.set_where(where)
        self.uses.model.set_where(where)
        self._show_resource()

    def _show_resource(self) -> None:
        rows = self.resources.model.rows
        name = next((r["name"] for r in rows if r["id"] == self.resource_id), None)
        if name is not None:
            name = name or self.tr("(no name yet)")
            self.selected_label.setText(self.tr("Selected resource: %1").replace("%1", name))
        else:
            self.selected_label.setText(
                self.tr("Select a resource in the table to see who gives and who uses it.")
            )
        self.form.show_row(self.resource_id)
        self._update_total()

    def _update_total(self, *_args) -> None:
        if not self.resource_id:
            self.total_label.clear()
            return
        rows = self.contributions.model.rows
        cash = sum(r["value_cents"] or 0 for r in rows if r["kind"] == "cash")
        in_kind = sum(r["value_cents"] or 0 for r in rows if r["kind"] != "cash")
        self.total_label.setText(
            self.tr("Total contributed: %1 (%2 in cash, %3 in kind)")
            .replace("%1", self._money(cash + in_kind))
            .replace("%2", self._money(cash))
            .replace("%3", self._money(in_kind))
        )

    def _money(self, cents: int) -> str:
        return format_money(cents, self.context.currency, self.context.language)

    def refresh(self) -> None:
        for section in (self.resources, self.contributions, self.uses, self.exchanges):
            section.model.reload()
        if self.form.binder.row_id:
            self.form.binder.refresh()

    def flush(self) -> None:
        self.form.flush()

    def focus_ref(self, ref: str | None) -> None:
        if ref:
            self.resources.select_id(ref)
        self.resources.table.setFocus()
