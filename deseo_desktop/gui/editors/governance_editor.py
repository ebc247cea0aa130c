"""Step 6, Governance: the cluster's bodies, who holds each seat, how decisions are taken, with
a live balance meter; and the management systems the members share."""

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout

from deseo_desktop.rules.balance import SexCounts
from deseo_desktop.services import sections

from ..widgets.balance_meter import BalanceMeter
from .base import SectionEditor
from .columns import Column
from .form import LongTextForm
from .table_section import TableSection, heading_label

# Changes to these tables can change who sits where (deleting an actor removes its seats).
SEAT_TABLES = frozenset({"seat", "governance_body", "actor"})


def seat_counts(seats: list[dict]) -> SexCounts:
    sexes = [s.get("sex") for s in seats]
    women, men = sexes.count("woman"), sexes.count("man")
    return SexCounts(women, men, len(sexes) - women - men)


class GovernanceEditor(SectionEditor):
    step = "governance"

    def __init__(self, session, context, parent=None):
        super().__init__(session, context, parent)
        self.body_id = ""
        design = {"design_id": session.design_id}
        self.bodies = self._table(
            "governance_body",
            [
                Column("name", self.tr("Body"), width=420),
                Column("kind", self.tr("Kind"), "choice", "body_kind", 200),
                Column("meetings_per_year", self.tr("Meetings a year"), "count", width=130),
            ],
            design,
            self.tr("Governance bodies"),
            "design_id",
            self.tr("body"),
        )
        self.bodies.table.setMinimumHeight(130)
        self.form = LongTextForm(
            session,
            "governance_body",
            [
                ("decision_rule", self.tr("How &decisions are taken:")),
                ("quorum", self.tr("&Quorum:")),
            ],
        )
        self.seats = self._table(
            "seat",
            [
                Column("holder", self.tr("Seat holder"), width=220),
                Column("actor_id", self.tr("Organisation"), "actor", width=280),
                Column("sex", self.tr("Sex"), "choice", "sex", 120),
                Column("role", self.tr("Role"), "choice", "seat_role", 120),
            ],
            {},
            self.tr("Seats"),
            "body_id",
            self.tr("seat"),
        )
        self.seats.table.setMinimumHeight(320)  # ten seats without scrolling
        self.body_meter = BalanceMeter()
        self.all_meter = BalanceMeter()
        self.selected_label = heading_label()
        selected_box = QFrame()
        selected_box.setFrameShape(QFrame.Shape.StyledPanel)
        selected = QVBoxLayout(selected_box)
        selected.addWidget(self.selected_label)
        selected.addWidget(self.form)
        selected.addWidget(self.seats, 1)
        self.body_meter_label = QLabel(self.tr("Balance of this body:"))
        body_meter_row = QHBoxLayout()
        body_meter_row.addWidget(self.body_meter_label)
        body_meter_row.addWidget(self.body_meter, 1)
        selected.addLayout(body_meter_row)
        self.all_meter_label = QLabel(self.tr("All bodies together:"))
        all_meter_row = QHBoxLayout()
        all_meter_row.addWidget(self.all_meter_label)
        all_meter_row.addWidget(self.all_meter, 1)
        self.systems = self._table(
            "management_system",
            [
                Column("name", self.tr("System"), width=360),
                Column("lead_actor_id", self.tr("Led by"), "actor", width=260),
                Column("description", self.tr("How it works"), "note", width=300),
            ],
            design,
            self.tr("Common management systems"),
            "design_id",
            self.tr("management system"),
        )
        self.systems.table.setMinimumHeight(120)
        self.body_layout.addWidget(self.bodies)
        self.body_layout.addLayout(all_meter_row)
        self.body_layout.addSpacing(8)
        self.body_layout.addWidget(selected_box, 1)
        self.body_layout.addSpacing(12)
        self.body_layout.addWidget(self.systems, 1)
        self._connect_signals()
        self.bodies.select_row(0)
        self._show_body()
        self._update_all_meter()

    def _table(self, table, columns, where, title, parent_column, noun) -> TableSection:
        return self.table_section(table, columns, title, noun, where, parent_column)

    def _connect_signals(self) -> None:
        self.bodies.current_row_changed.connect(self._on_bodies_current_row_changed)
        self.bodies.model.modelReset.connect(self._show_body)
        self.seats.model.modelReset.connect(self._update_body_meter)
        self.session.changed.connect(self._on_session_changed)

    def title(self) -> str:
        return self.tr("Governance")

    def threshold(self) -> int:
        return min(max(self.context.threshold_pct, 0), 50)  # what rules.balance accepts

    def _on_bodies_current_row_changed(self, body_id: str) -> None:
        if body_id == self.body_id:
            return
        self.body_id = body_id  # first: saving typed text below may reselect it
        self.form.flush()
        self.seats.model.set_where({"body_id": body_id} if body_id else {})
        self._show_body()

    def _on_session_changed(self, table: str) -> None:
        if table in SEAT_TABLES:
            self._update_all_meter()

    def _show_body(self) -> None:
        name = next((r["name"] for r in self.bodies.model.rows if r["id"] == self.body_id), None)
        if name is None:
            self.selected_label.setText(
                self.tr("Select a body in the table to see its seats and rules.")
            )
        else:
            self.selected_label.setText(
                self.tr("Selected body: %1").replace("%1", name or self.tr("(no name yet)"))
            )
        self.form.show_row(self.body_id if name is not None else "")
        self._update_body_meter()

    def _update_body_meter(self, *_args) -> None:
        self.body_meter.set_counts(seat_counts(self.seats.model.rows), self.threshold())

    def _update_all_meter(self) -> None:
        seats = []
        for body in sections.load_rows(
            self.session.db, "governance_body", {"design_id": self.session.design_id}
        ):
            seats += sections.load_rows(self.session.db, "seat", {"body_id": body["id"]})
        self.all_meter.set_counts(seat_counts(seats), self.threshold())

    def refresh(self) -> None:
        for section in (self.bodies, self.seats, self.systems):
            section.model.reload()
        if self.form.binder.row_id:
            self.form.binder.refresh()
        self._update_all_meter()

    def flush(self) -> None:
        self.form.flush()

    def focus_ref(self, ref: str | None) -> None:
        if ref:
            self.bodies.select_id(ref)
        self.bodies.table.setFocus()
