"""Step 3, Gender baseline: each actor's workforce, managers and board by sex, with meters."""

from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel

from deseo_desktop.rules.balance import SexCounts, total

from ..widgets.balance_meter import BalanceMeter
from .base import SectionEditor
from .columns import Column

GROUPS = ("workforce", "managers", "board")


class BaselineEditor(SectionEditor):
    step = "baseline"

    def __init__(self, session, context, parent=None):
        super().__init__(session, context, parent)
        names = {
            "workforce": self.tr("Workforce"),
            "managers": self.tr("Managers"),
            "board": self.tr("Board"),
        }
        columns = [Column("name", self.tr("Organisation"), width=200)]
        for group in GROUPS:
            for sex, label in (
                ("women", self.tr("women")),
                ("men", self.tr("men")),
                ("not_stated", self.tr("not stated")),
            ):
                columns.append(
                    Column(f"{group}_{sex}", f"{names[group]}\n{label}", "count", width=95)
                )
        self.section = self.table_section(
            "actor", columns, self.tr("Women and men in each organisation"), self.tr("actor")
        )
        self.model = self.section.model
        for button in (
            self.section.add_button,
            self.section.remove_button,
            self.section.up_button,
            self.section.down_button,
        ):
            button.hide()  # actors are added on the Actors step
        meters = QGroupBox(self.tr("The whole cluster"))
        grid = QGridLayout(meters)
        self.cluster_meters = {}
        for i, group in enumerate(GROUPS):
            meter = BalanceMeter()
            grid.addWidget(QLabel(names[group]), i, 0)
            grid.addWidget(meter, i, 1)
            self.cluster_meters[group] = meter
        self.actor_meter_label = QLabel()
        self.actor_meters = {g: BalanceMeter() for g in GROUPS}
        actor_box = QGroupBox(self.tr("The selected organisation"))
        actor_grid = QGridLayout(actor_box)
        actor_grid.addWidget(self.actor_meter_label, 0, 0, 1, 2)
        for i, group in enumerate(GROUPS, start=1):
            actor_grid.addWidget(QLabel(names[group]), i, 0)
            actor_grid.addWidget(self.actor_meters[group], i, 1)
        self.body_layout.addWidget(self.section, 1)
        self.body_layout.addWidget(actor_box)
        self.body_layout.addWidget(meters)
        self.model.modelReset.connect(self._update_meters)
        self.section.current_row_changed.connect(self._update_meters)
        self._update_meters()

    def title(self) -> str:
        return self.tr("Gender baseline")

    def _counts(self, row: dict, group: str) -> SexCounts:
        return SexCounts(*(row.get(f"{group}_{s}") or 0 for s in ("women", "men", "not_stated")))

    def _update_meters(self, *_args) -> None:
        threshold = self.context.threshold_pct
        for group, meter in self.cluster_meters.items():
            meter.set_counts(total([self._counts(r, group) for r in self.model.rows]), threshold)
        row = self.section.current_row()
        if row < 0:
            self.actor_meter_label.setText(self.tr("Select an organisation in the table."))
            for meter in self.actor_meters.values():
                meter.set_counts(SexCounts(), threshold)
            return
        data = self.model.rows[row]
        self.actor_meter_label.setText(data["name"])
        for group, meter in self.actor_meters.items():
            meter.set_counts(self._counts(data, group), threshold)

    def refresh(self) -> None:
        self.model.reload()

    def focus_ref(self, ref: str | None) -> None:
        if ref:
            self.section.select_id(ref)
        self.section.table.setFocus()
