"""The Grid tab: what the grid asks and how it counts. Name and authority, threshold, the
gender-equality criterion and its minimum, the caps and score levels, what each level means;
then the gates, the criteria with their sub-criteria (each sub-criterion may describe its levels
in its own words), and the bonuses. Every change is an undoable edit, saved as it is made."""

from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from deseo_desktop.rules import fields
from deseo_desktop.services import grids, sections

from .columns import Column
from .form import FormBinder, choice_box, field_name
from .grid_parts import (
    CodedRowsModel,
    LevelDescriptors,
    note_lines,
    parse_levels_text,
    warning_label,
)


def _spin(maximum: int = 1000) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(0, maximum)
    spin.setMinimumWidth(90)
    spin.setMaximumWidth(140)
    return spin


class StructureTab(QWidget):
    def __init__(self, page, parent=None):
        super().__init__(parent)
        self.page = page
        self.session = page.session
        self.language = page.context.language
        self.grid_row: dict = {}
        self.criterion_id = ""
        self.sub_id = ""
        self.sub_rows: dict[str, dict] = {}
        self.notes_label = warning_label()
        self.error_label = warning_label()
        self.binder = FormBinder(self.session, "financing_grid", self.error_label, self)
        self.name_edit, self.authority_edit = QLineEdit(), QLineEdit()
        self.threshold_spin, self.minimum_spin = _spin(), _spin()
        self.bonus_cap_spin, self.total_cap_spin = _spin(), _spin()
        self.gender_box = choice_box()
        self.levels_edit = QLineEdit()
        self.levels_edit.setPlaceholderText("0, 1, 3, 5")
        self.levels_edit.setMaximumWidth(220)
        self.gender_box.setMinimumContentsLength(22)
        form = QGridLayout()
        fields_ = [
            (self.name_edit, "name", self.tr("Na&me:"), "text"),
            (self.authority_edit, "authority", self.tr("A&uthority:"), "text"),
            (self.threshold_spin, "threshold", self.tr("Funded from (&threshold):"), "count"),
            (self.total_cap_spin, "total_cap", self.tr("Total &capped at:"), "count"),
            (self.gender_box, "gender_criterion_code", self.tr("Gen&der criterion:"), "text"),
            (self.minimum_spin, "gender_minimum", self.tr("Its m&inimum:"), "count"),
            (self.bonus_cap_spin, "bonus_cap", self.tr("Bonus ca&pped at:"), "count"),
            (self.levels_edit, "score_levels", self.tr("Sc&ore levels:"), None),
        ]  # fmt: skip
        for i, (widget, name, label, kind) in enumerate(fields_):
            caption = QLabel(label)
            caption.setBuddy(widget)
            header = field_name(label)
            widget.setAccessibleName(header)
            if i < 2:  # name and authority: the whole width
                form.addWidget(caption, i, 0)
                form.addWidget(widget, i, 1, 1, 3)
            else:
                row, column = divmod(i, 2)
                form.addWidget(caption, row + 1, 2 * column)
                form.addWidget(widget, row + 1, 2 * column + 1)
            if kind is not None:
                self.binder.bind(widget, name, header, kind)
        form.setColumnStretch(1, 1)
        form.setColumnStretch(3, 1)
        settings = QGroupBox(self.tr("The grid"))
        settings_layout = QVBoxLayout(settings)
        settings_layout.addLayout(form)
        settings_layout.addWidget(self.error_label)
        self.grid_levels = LevelDescriptors(self.tr("What a score of %1 means"))
        levels_box = QGroupBox(self.tr("What each score level means"))
        QVBoxLayout(levels_box).addWidget(self.grid_levels)
        gate_columns = [
            Column("code", self.tr("Gate"), width=70),
            Column("text", self.tr("Condition"), width=600),
        ]
        self.gates = self._section(
            "grid_gate", gate_columns, self.tr("Eligibility gates"), self.tr("gate"), "G"
        )
        self.criteria = self._section(
            "grid_criterion",
            self._columns(self.tr("Criterion"), 250),
            self.tr("Criteria"),
            self.tr("criterion"),
            "",
        )
        self.subs = self._section(
            "grid_sub_criterion",
            self._columns(self.tr("Sub-criterion"), 280),
            self.tr("Sub-criteria"),
            self.tr("sub-criterion"),
            "",
            "criterion_id",
        )
        self.bonuses = self._section(
            "grid_bonus",
            self._columns(self.tr("Bonus"), 400),
            self.tr("Bonuses"),
            self.tr("bonus"),
            "B",
        )
        for section, height in ((self.gates, 200), (self.criteria, 250), (self.subs, 250)):
            section.table.setMinimumHeight(height)
        self.bonuses.table.setMinimumHeight(120)
        self.sub_levels = LevelDescriptors(
            self.tr("What a score of %1 means for this sub-criterion")
        )
        self.sub_levels_box = QGroupBox()
        sub_levels_layout = QVBoxLayout(self.sub_levels_box)
        sub_levels_layout.addWidget(self.sub_levels)
        criteria_row = QHBoxLayout()
        criteria_row.addWidget(self.criteria, 4)
        criteria_row.addWidget(self.subs, 5)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notes_label)
        layout.addWidget(settings)
        layout.addWidget(levels_box)
        layout.addWidget(self.gates)
        layout.addLayout(criteria_row)
        layout.addWidget(self.sub_levels_box)
        layout.addWidget(self.bonuses)
        layout.addStretch()
        self._connect_signals()

    def _columns(self, name: str, width: int) -> list[Column]:
        return [
            Column("code", self.tr("Code"), width=55),
            Column("name", name, width=width),
            Column("max_points", self.tr("Maximum"), "count", width=80),
        ]

    def _section(self, table, columns, title, noun, prefix, parent_column="grid_id"):
        section = self.page.table_section(
            table, columns, title, noun, {}, parent_column, CodedRowsModel
        )
        section.model.code_prefix = prefix
        return section

    def _connect_signals(self) -> None:
        self.levels_edit.editingFinished.connect(self._on_levels_edit_finished)
        self.grid_levels.edited.connect(self._on_grid_level_edited)
        self.sub_levels.edited.connect(self._on_sub_level_edited)
        self.criteria.current_row_changed.connect(self._on_criteria_current_row_changed)
        self.subs.current_row_changed.connect(self._on_subs_current_row_changed)

    # --- showing the grid ------------------------------------------------------------------

    def set_grid(self, rows: dict) -> None:
        """Show the grid's rows (after any change to its structure)."""
        (self.grid_row,) = rows["financing_grid"]
        gid = self.grid_row["id"]
        for section in (self.gates, self.criteria, self.bonuses):
            if section.model.where.get("grid_id") != gid:
                section.model.set_where({"grid_id": gid})
        criteria = rows["grid_criterion"]
        if self.criterion_id not in {c["id"] for c in criteria}:
            self._show_criterion(criteria[0]["id"] if criteria else "")
        self.sub_rows = {s["id"]: s for s in rows["grid_sub_criterion"]}
        self._fill_gender_box(criteria)
        if self.binder.row_id != gid:
            self.binder.load(gid)
        if not self.levels_edit.hasFocus():
            self.levels_edit.setText(", ".join(self.grid_row["score_levels"].split(",")))
        self._show_levels()
        lines = note_lines(grids.structure_notes(rows))
        self.notes_label.setText("\n".join(lines))

    def _fill_gender_box(self, criteria: list[dict]) -> None:
        box, stored = self.gender_box, self.grid_row["gender_criterion_code"]
        codes = [(c["code"], f"{c['code']} · {c['name']}") for c in criteria]
        if stored not in [code for code, _ in codes]:
            codes.append((stored, stored))
        box.blockSignals(True)
        box.clear()
        for code, text in codes:
            box.addItem(text, code)
        box.setCurrentIndex(max(box.findData(stored), 0))
        box.blockSignals(False)

    def _levels(self) -> list[int]:
        return [int(v) for v in self.grid_row["score_levels"].split(",") if v.strip().isdigit()]

    def _show_levels(self) -> None:
        own = grids.descriptors_in(self.grid_row["descriptors"], self.language)
        self.grid_levels.show_levels(self._levels(), own, {})
        sub = self.sub_rows.get(self.sub_id)
        self.sub_levels_box.setEnabled(sub is not None)
        title = self.tr("What each level means for sub-criterion %1 (blank: as for the whole grid)")
        self.sub_levels_box.setTitle(title.replace("%1", sub["code"] if sub else "—"))
        texts = grids.descriptors_in(sub["descriptors"], self.language) if sub else {}
        self.sub_levels.show_levels(self._levels(), texts, own)

    def _show_criterion(self, criterion_id: str) -> None:
        self.criterion_id = criterion_id
        self.subs.model.set_where({"criterion_id": criterion_id} if criterion_id else {})
        code = next((r["code"] for r in self.criteria.model.rows if r["id"] == criterion_id), "")
        self.subs.title_label.setText(self.tr("Sub-criteria of criterion %1").replace("%1", code))
        self.subs.model.code_prefix = f"{code}." if code else ""
        self.subs.select_row(0)  # its descriptors below show at once

    def _on_criteria_current_row_changed(self, row_id: str) -> None:
        if row_id and row_id != self.criterion_id:
            self._show_criterion(row_id)

    def _on_subs_current_row_changed(self, row_id: str) -> None:
        self.sub_id = row_id
        self._show_levels()

    # --- edits -------------------------------------------------------------------------------

    def _on_levels_edit_finished(self) -> None:
        try:
            levels = parse_levels_text(self.levels_edit.text())
        except fields.FieldError:
            self.error_label.setText(
                self.tr("Type the score levels as whole numbers with commas, such as 0, 1, 3, 5.")
            )
            return
        self.error_label.clear()
        if levels != self.grid_row.get("score_levels"):
            edit = sections.FieldEdit("financing_grid", self.grid_row["id"], "score_levels", levels)
            self.session.push(edit, self.tr("Change the score levels"))

    def _on_grid_level_edited(self, level: int, text: str) -> None:
        value = grids.with_descriptor(self.grid_row["descriptors"], self.language, level, text)
        edit = sections.FieldEdit("financing_grid", self.grid_row["id"], "descriptors", value)
        self.session.push(edit, self.tr("Describe a score level"))

    def _on_sub_level_edited(self, level: int, text: str) -> None:
        sub = self.sub_rows.get(self.sub_id)
        if sub is None:
            return
        value = grids.with_descriptor(sub["descriptors"], self.language, level, text)
        edit = sections.FieldEdit("grid_sub_criterion", sub["id"], "descriptors", value)
        self.session.push(edit, self.tr("Describe a score level"))

    def flush(self) -> None:
        self.binder.flush()
