"""Step 9, (e) Evaluation: indicators from the catalogue or written by hand, with their
baselines and targets (for women and for men where the indicator is by sex); below them the
selected indicator's measurements, progress and chart, and the scorecard (measurements_panel).

Cells that do not apply to an indicator (the women and men figures of a single-value
indicator, the one figure of a by-sex one, the upper end of a target that is not a range)
are hatched grey and cannot be edited, in every row; the selected row's pane says in words
which figures it needs.
"""

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
)

from deseo_desktop.formatting import format_day
from deseo_desktop.rules import fields
from deseo_desktop.services.catalogue import indicator_rows
from deseo_desktop.terms import terms

from ..catalogue_dialog import CatalogueDialog
from .base import SectionEditor
from .columns import Column, parse
from .form import FormBinder, choice_box, field_name
from .measurements_panel import MeasurementsPanel
from .rows_model import RowsModel
from .valorisation_editor import SaveOnLeave

BY_SEX_ONLY = {"baseline_women", "baseline_men", "target_women", "target_men"}
NO_TARGET_NUMBER = {"trend", "none"}
GREY = QColor("#6b7472")
HATCH = QBrush(QColor("#c9cfcd"), Qt.BrushStyle.BDiagPattern)


def applies(row: dict, column: str) -> bool:
    """Whether a baseline or target column is used by this indicator."""
    by_sex = row.get("disaggregation") == "by_sex"
    if column in BY_SEX_ONLY:
        return by_sex
    if column == "baseline_value":
        return not by_sex
    if column == "target_value":
        return row.get("target_kind") not in NO_TARGET_NUMBER
    if column == "target_high":
        return row.get("target_kind") == "range"
    return True


class IndicatorsModel(RowsModel):
    """Indicator rows: the catalogue code is read-only, cells that do not apply are greyed,
    and a target date before the baseline date is refused."""

    def flags(self, index):
        flags = super().flags(index)
        name = self.columns[index.column()].name
        if name == "catalogue_code" or not applies(self.rows[index.row()], name):
            flags &= ~Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if index.isValid():
            name = self.columns[index.column()].name
            if not applies(self.rows[index.row()], name):
                if role == Qt.ItemDataRole.ForegroundRole:
                    return GREY
                if role == Qt.ItemDataRole.BackgroundRole:
                    return HATCH
                if role == Qt.ItemDataRole.ToolTipRole:
                    return self._why_not(self.rows[index.row()], name)
        return super().data(index, role)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            name = self.columns[section].name
            if name == "target_value":
                return self.tr(
                    "The number to reach: the bound of an 'at least' or 'at most' target, "
                    "the largest gap of a 'gap at most' target, the low end of a range."
                )
            if name == "catalogue_code":
                return self.tr("The code in the catalogue; empty for an indicator of your own.")
        return super().headerData(section, orientation, role)

    def _why_not(self, row: dict, name: str) -> str:
        if name in BY_SEX_ONLY:
            return self.tr("Not used: this indicator is one figure, in the single-value column.")
        if name == "baseline_value":
            return self.tr("Not used: this indicator is by sex, in the women and men columns.")
        if name == "target_high":
            return self.tr("Not used: only a range target has an upper end.")
        return self.tr("Not used: this target is a trend or none, with no number.")

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        if index.isValid() and role == Qt.ItemDataRole.EditRole:
            column = self.columns[index.column()]
            if column.name in ("baseline_date", "target_date"):
                try:
                    day = parse(column, value)
                except fields.FieldError:
                    return super().setData(index, value, role)  # says what is wrong
                dates = dict(self.rows[index.row()])
                dates[column.name] = day
                try:
                    fields.dates_in_order(dates["baseline_date"], dates["target_date"])
                except fields.FieldError:
                    self.invalid.emit(self._dates_text(dates))
                    return False
        return super().setData(index, value, role)

    def _dates_text(self, dates: dict) -> str:
        return (
            self.tr("The target date (%1) cannot be before the baseline date (%2).")
            .replace("%1", format_day(dates["target_date"], self.language, "medium"))
            .replace("%2", format_day(dates["baseline_date"], self.language, "medium"))
        )


class EvaluationEditor(SectionEditor):
    step = "evaluation"

    def __init__(self, session, context, parent=None):
        super().__init__(session, context, parent)
        self.catalogue_dialog: CatalogueDialog | None = None
        columns = [
            Column("catalogue_code", self.tr("Code"), width=55),
            Column("name", self.tr("Indicator"), width=260),
            Column("domain", self.tr("Domain"), "choice", "indicator_domain", 115),
            Column("unit", self.tr("Unit"), width=65),
            Column("disaggregation", self.tr("Measured"), "choice", "disaggregation", 185),
            Column("baseline_date", self.tr("Baseline\ndate"), "date", width=105),
            Column("baseline_women", self.tr("Baseline\nwomen"), "number", width=75),
            Column("baseline_men", self.tr("Baseline\nmen"), "number", width=75),
            Column("baseline_value", self.tr("Baseline\none figure"), "number", width=80),
            Column("target_date", self.tr("Target\ndate"), "date", width=105),
            Column("target_women", self.tr("Target\nwomen"), "number", width=75),
            Column("target_men", self.tr("Target\nmen"), "number", width=75),
            Column("target_value", self.tr("Target\nvalue"), "number", width=75),
            Column("target_high", self.tr("Target\nhigh end"), "number", width=75),
            Column("source", self.tr("Source"), width=200),
            Column("frequency", self.tr("Frequency"), "choice", "frequency", 120),
            Column("responsible_id", self.tr("Responsible"), "actor", width=180),
        ]
        self.section = self.table_section(
            "indicator",
            columns,
            self.tr("Indicators"),
            self.tr("indicator"),
            model_class=IndicatorsModel,
        )
        self.model = self.section.model
        self.section.table.setMinimumHeight(250)
        self.catalogue_button = QPushButton(self.tr("Add from the &catalogue…"))
        self.catalogue_button.setAccessibleName(self.tr("Add indicators from the catalogue"))
        self.catalogue_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        hint = QLabel(self.tr("or use Add above for an indicator of your own."))
        hint.setWordWrap(True)
        catalogue_row = QHBoxLayout()
        catalogue_row.addWidget(self.catalogue_button)
        catalogue_row.addWidget(hint, 1)
        self.body_layout.addWidget(self.section, 1)
        self.body_layout.addLayout(catalogue_row)
        self.body_layout.addWidget(self._details_box())
        self.measurements = MeasurementsPanel(self.session, self.context, self.section)
        self.body_layout.addWidget(self.measurements, 2)
        self._connect_signals()
        self._on_current_row_changed("")

    def _details_box(self) -> QGroupBox:
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.binder = FormBinder(self.session, "indicator", self.error_label, self)
        self.applies_label = QLabel()
        self.applies_label.setWordWrap(True)
        self.description_edit = QPlainTextEdit()
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setMinimumHeight(60)
        self.description_edit.setMaximumHeight(100)
        self.description_edit.installEventFilter(SaveOnLeave(self.binder, self))
        self.direction_combo = self._combo("direction")
        self.target_kind_combo = self._combo("target_kind")
        box = QGroupBox(self.tr("The selected indicator"))
        form = QFormLayout(box)
        form.addRow(self.applies_label)
        for label, widget, column, kind, group in (
            (self.tr("&Description:"), self.description_edit, "description", "note", ""),
            (self.tr("&Good direction:"), self.direction_combo, "direction", "choice", "direction"),
            (
                self.tr("&Target kind:"),
                self.target_kind_combo,
                "target_kind",
                "choice",
                "target_kind",
            ),
        ):
            name = field_name(label)
            widget.setAccessibleName(name)
            form.addRow(label, widget)
            self.binder.bind(widget, column, name, kind, group)
        form.addRow(self.error_label)
        return box

    def _combo(self, group: str) -> QComboBox:
        combo = choice_box()
        combo.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        combo.setMinimumWidth(220)
        for code, label in terms(group, self.context.language).items():
            combo.addItem(label, code)
        return combo

    def _connect_signals(self) -> None:
        self.catalogue_button.clicked.connect(self._on_catalogue_button_clicked)
        # After the section's own handler has added the row: start typing its name.
        self.section.current_row_changed.connect(self._on_current_row_changed)
        self.model.modelReset.connect(self._show_applies)

    def title(self) -> str:
        return self.tr("(e) Evaluation")

    # --- adding ----------------------------------------------------------------------------

    def _on_catalogue_button_clicked(self) -> None:
        present = {r["catalogue_code"] for r in self.model.rows if r["catalogue_code"]}
        dialog = CatalogueDialog(self.context.language, present, self)
        dialog.accepted.connect(lambda: self._add_from_catalogue(dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.catalogue_dialog = dialog
        dialog.open()

    def _add_from_catalogue(self, dialog: CatalogueDialog) -> None:
        rows = indicator_rows(dialog.chosen())
        if not rows:
            return
        text = self.tr("Add indicators from the catalogue")
        stack = self.session.undo_stack
        stack.beginMacro(text)  # one step to undo, however many were ticked
        try:
            ids = [self.model.add_row(text, **values) for values in rows]
        finally:
            stack.endMacro()
        self.section.select_id(ids[0])
        self.section.table.setFocus()

    # --- the selected indicator --------------------------------------------------------------

    def _on_current_row_changed(self, row_id: str) -> None:
        if not row_id or row_id != self.binder.row_id:
            self.binder.flush()  # typing not yet saved belongs to the row it was typed for
            if row_id:
                self.binder.load(row_id)
            else:
                self.binder.row_id = None
                self.binder.refresh()
        for widget in (self.description_edit, self.direction_combo, self.target_kind_combo):
            widget.setEnabled(bool(row_id))
        self._show_applies()

    def _show_applies(self, *_args) -> None:
        row = next((r for r in self.model.rows if r["id"] == self.binder.row_id), None)
        if row is None:
            self.applies_label.setText(
                self.tr("Select an indicator in the table to see which figures it needs.")
            )
            return
        if row["disaggregation"] == "by_sex":
            text = self.tr("%1 is measured by sex: give the baseline and target for each sex.")
        else:
            text = self.tr("%1 is one figure: give its baseline and target in one figure.")
        name = " · ".join(filter(None, (row["catalogue_code"], row["name"])))
        text = text.replace("%1", name or self.tr("This indicator"))
        if row["target_kind"] == "range":
            text += " " + self.tr("The target is a range: give its low and high ends.")
        elif row["target_kind"] in NO_TARGET_NUMBER:
            text += " " + self.tr("This kind of target has no number to reach.")
        self.applies_label.setText(text)

    # --- the editor's contract ---------------------------------------------------------------

    def refresh(self) -> None:
        self.model.reload()
        if self.binder.row_id:
            self.binder.refresh()
        self.measurements.refresh()

    def flush(self) -> None:
        self.binder.flush()

    def focus_ref(self, ref: str | None) -> None:
        if ref:
            self.section.select_id(ref)
        self.section.table.setFocus()
