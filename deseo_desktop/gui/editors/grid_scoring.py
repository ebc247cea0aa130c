"""The Scoring tab: the assessors, and for the one chosen, each gate's yes or no, each
sub-criterion's score (its level's descriptor beside it), and the bonus points; beside each,
the mean of every assessor and the points it earns, recomputed as each answer is saved."""

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from deseo_desktop.rules import fields, scoring
from deseo_desktop.services import grids, sections

from .columns import Column, error_text
from .form import choice_box
from .grid_results import figure, whole
from .grid_tables import AnswerTable, answer_box, note_box, show_answer, show_note
from .table_section import heading_label

KEYS = {"gate_answer": "gate_id", "score": "sub_criterion_id", "bonus_award": "bonus_id"}
NOTES = {"gate_answer": "note", "score": "comment", "bonus_award": None}


def level_choices(levels, descriptors: dict[str, str]) -> list[tuple[str, int, str]]:
    """Each score level with what it means beside it ("3 · described, partly evidenced")."""
    out = []
    for level in levels:
        text = descriptors.get(str(level), "")
        out.append((f"{level} · {text}" if text else str(level), level, text))
    return out


class ScoringTab(QWidget):
    def __init__(self, page, parent=None):
        super().__init__(parent)
        self.session = page.session
        self.language = page.context.language
        self.assessor_id: str | None = None
        self.answers: dict[str, dict[tuple[str, str], dict]] = {t: {} for t in KEYS}
        self.widgets: dict[tuple[str, str], tuple[QComboBox, object]] = {}
        self.sub_rows: dict[str, int] = {}
        self.criterion_rows: dict[str, int] = {}
        columns = [
            Column("name", self.tr("Assessor"), width=220),
            Column("organisation", self.tr("Organisation"), width=300),
            Column("assessed_on", self.tr("Assessed on"), "date", width=130),
        ]
        self.assessors = page.table_section(
            "assessor", columns, self.tr("Assessors"), self.tr("assessor"), {}, "grid_id"
        )
        self.assessors.table.setMinimumHeight(110)
        self.assessors.table.setMaximumHeight(130)
        self.assessor_box = choice_box()
        self.assessor_box.setMinimumContentsLength(24)
        caption = QLabel(self.tr("Sc&ores of:"))
        caption.setBuddy(self.assessor_box)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setObjectName("overviewMeta")
        chooser = QHBoxLayout()
        chooser.addWidget(caption)
        chooser.addWidget(self.assessor_box)
        chooser.addWidget(self.hint, 1)
        self.gates = AnswerTable(
            [self.tr("Gate"), self.tr("Condition"), self.tr("Answer"), self.tr("Note"),
             self.tr("All assessors")],
            [45, 300, 80, 210, 150], 1, self.tr("Eligibility gates"),
        )  # fmt: skip
        self.criteria = AnswerTable(
            [self.tr("Code"), self.tr("Criterion and sub-criteria"), self.tr("Maximum"),
             self.tr("Score"), self.tr("Mean"), self.tr("Points"), self.tr("Comment")],
            [45, 260, 78, 250, 55, 60, 200], 1, self.tr("Criteria"), (0, 2, 4, 5),
        )  # fmt: skip
        self.bonuses = AnswerTable(
            [self.tr("Code"), self.tr("Bonus"), self.tr("Maximum"), self.tr("Points given"),
             self.tr("Mean"), self.tr("Points")],
            [45, 300, 78, 120, 55, 60], 1, self.tr("Bonus"), (0, 2, 4, 5),
        )  # fmt: skip
        self.gates_heading = heading_label(
            self.tr("Eligibility gates: any “no” stops the assessment")
        )
        self.criteria_heading = heading_label(self.tr("Criteria"))
        self.bonus_heading = heading_label(self.tr("Bonus"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.assessors)
        layout.addLayout(chooser)
        for widget in (self.gates_heading, self.gates, self.criteria_heading, self.criteria):
            layout.addWidget(widget)
        layout.addWidget(self.bonus_heading)
        layout.addWidget(self.bonuses)
        layout.addStretch()
        self.assessor_box.currentIndexChanged.connect(self._on_assessor_box_changed)
        self.assessors.current_row_changed.connect(self._on_assessors_current_row_changed)

    # --- structure -------------------------------------------------------------------------

    def set_grid(self, rows: dict, grid: scoring.Grid, descriptors: dict[str, dict]) -> None:
        """Build the tables for this grid's gates, criteria and bonuses."""
        if self.assessors.model.where.get("grid_id") != grid.id:
            self.assessors.model.set_where({"grid_id": grid.id})
        self.widgets.clear()
        self._build_gates(grid)
        self._build_criteria(grid, descriptors)
        self._build_bonuses(grid)
        self.bonus_heading.setText(
            self.tr("Bonus: capped at %1 points").replace(
                "%1", whole(grid.bonus_cap, self.language)
            )
        )
        self._fill_assessor_box(rows)

    def _answer_widgets(self, table, row: int, column: int, target: str, combo, note=None):
        owner = {"gate_answer": self.gates, "score": self.criteria, "bonus_award": self.bonuses}
        owner[table].setCellWidget(row, column, combo)
        combo.currentIndexChanged.connect(lambda _i: self._on_answer(table, target, combo))
        box = None
        if note is not None:  # (column, accessible name)
            box = note_box(note[1])
            box.editingFinished.connect(lambda: self._on_note(table, target, box))
            owner[table].setCellWidget(row, note[0], box)
        self.widgets[(table, target)] = (combo, box)

    def _build_gates(self, grid: scoring.Grid) -> None:
        t = self.gates
        t.setRowCount(0)
        t.setRowCount(len(grid.gates))
        yes_no = [(self.tr("Yes"), True, ""), (self.tr("No"), False, "")]
        for row, gate in enumerate(grid.gates):
            t.text(row, 0, gate.code)
            t.text(row, 1, gate.text)
            name = self.tr("Gate %1 met").replace("%1", gate.code)
            note = (3, self.tr("Note on gate %1").replace("%1", gate.code))
            self._answer_widgets("gate_answer", row, 2, gate.id, answer_box(yes_no, name), note)
        self.gates_heading.setVisible(bool(grid.gates))
        t.setVisible(bool(grid.gates))
        t.fit()

    def _build_criteria(self, grid: scoring.Grid, descriptors: dict[str, dict]) -> None:
        t = self.criteria
        t.setRowCount(0)
        t.setRowCount(len(grid.criteria) + sum(len(c.sub_criteria) for c in grid.criteria))
        self.sub_rows.clear()
        self.criterion_rows.clear()
        row = 0
        for c in grid.criteria:
            self.criterion_rows[c.id] = row
            t.text(row, 0, c.code, bold=True)
            t.text(row, 1, c.name, bold=True)
            t.text(row, 2, whole(c.max_points, self.language), bold=True, right=True)
            t.text(row, 5, "", bold=True, right=True)
            t.shade(row)
            row += 1
            for s in c.sub_criteria:
                self.sub_rows[s.id] = row
                t.text(row, 0, s.code)
                t.text(row, 1, s.name)
                t.text(row, 2, whole(s.max_points, self.language), right=True)
                t.text(row, 4, "", right=True)
                t.text(row, 5, "", right=True)
                choices = level_choices(grid.score_levels, descriptors.get(s.id, {}))
                name = self.tr("Score of %1").replace("%1", s.code)
                note = (6, self.tr("Comment on %1").replace("%1", s.code))
                self._answer_widgets("score", row, 3, s.id, answer_box(choices, name), note)
                row += 1
        t.fit()

    def _build_bonuses(self, grid: scoring.Grid) -> None:
        t = self.bonuses
        t.setRowCount(0)
        t.setRowCount(len(grid.bonuses))
        for row, b in enumerate(grid.bonuses):
            t.text(row, 0, b.code)
            t.text(row, 1, b.name)
            t.text(row, 2, whole(b.max_points, self.language), right=True)
            t.text(row, 4, "", right=True)
            t.text(row, 5, "", right=True)
            points = [(whole(p, self.language), p, "") for p in range(max(b.max_points, 0) + 1)]
            name = self.tr("Points of bonus %1").replace("%1", b.code)
            self._answer_widgets("bonus_award", row, 3, b.id, answer_box(points, name))
        self.bonus_heading.setVisible(bool(grid.bonuses))
        t.setVisible(bool(grid.bonuses))
        t.fit()

    # --- assessors ---------------------------------------------------------------------------

    def _fill_assessor_box(self, rows: dict) -> None:
        people = rows.get("assessor", [])
        ids = [a["id"] for a in people]
        if self.assessor_id not in ids:
            self.assessor_id = ids[0] if ids else None
        box = self.assessor_box
        box.blockSignals(True)
        box.clear()
        for i, a in enumerate(people, start=1):
            box.addItem(a["name"] or self.tr("Assessor %1").replace("%1", str(i)), a["id"])
        box.setCurrentIndex(max(box.findData(self.assessor_id), 0))
        box.blockSignals(False)
        box.setEnabled(bool(people))
        for table in (self.gates, self.criteria, self.bonuses):
            table.setEnabled(bool(people))
        self.hint.setText(
            self.tr(
                "Each answer is saved as it is chosen. Means are over the assessors who answered."
            )
            if people
            else self.tr("Add an assessor above to start scoring.")
        )

    def _on_assessor_box_changed(self, _index: int) -> None:
        self.assessor_id = self.assessor_box.currentData()
        self._show_own()

    def _on_assessors_current_row_changed(self, row_id: str) -> None:
        found = self.assessor_box.findData(row_id) if row_id else -1
        if found >= 0:
            self.assessor_box.setCurrentIndex(found)

    # --- answers -----------------------------------------------------------------------------

    def show_answers(self, rows: dict, result: scoring.Result) -> None:
        """The chosen assessor's answers, and everyone's means and points."""
        names = {a["id"]: a["name"] for a in rows.get("assessor", [])}
        if set(names) != {self.assessor_box.itemData(i) for i in range(self.assessor_box.count())}:
            self._fill_assessor_box(rows)
        elif names:  # a name typed in the assessors' table
            for i in range(self.assessor_box.count()):
                name = names[self.assessor_box.itemData(i)]
                self.assessor_box.setItemText(
                    i, name or self.tr("Assessor %1").replace("%1", str(i + 1))
                )
        for table, key in KEYS.items():
            self.answers[table] = {(r["assessor_id"], r[key]): r for r in rows.get(table, [])}
        self._show_own()
        lang = self.language
        for row, g in enumerate(result.gates):
            if g.status == "failed":
                status = self.tr("Not met (%1)").replace("%1", ", ".join(g.failed_by))
            else:
                status = self.tr("Met") if g.status == "passed" else self.tr("No answer")
            self.gates.text(row, 4, status)
        for c in result.criteria:
            self.criteria.text(self.criterion_rows[c.criterion.id], 5, figure(c.points, lang))
            for s in c.subs:
                row = self.sub_rows[s.sub.id]
                self.criteria.text(row, 4, figure(s.mean, lang) if s.mean is not None else "—")
                self.criteria.text(row, 5, figure(s.points, lang))
        for row, b in enumerate(result.bonuses):
            self.bonuses.text(row, 4, figure(b.mean, lang) if b.mean is not None else "—")
            self.bonuses.text(row, 5, figure(b.points, lang))

    def _show_own(self) -> None:
        for (table, target), (combo, note) in self.widgets.items():
            answer = self.answers[table].get((self.assessor_id, target))
            show_answer(combo, None if answer is None else answer[grids.ANSWER_COLUMN[table]])
            if note is not None:
                text = answer.get(NOTES[table]) if answer else ""
                show_note(note, text, answer is not None, self.tr("Answer first"))

    def _on_answer(self, table: str, target: str, combo: QComboBox) -> None:
        if self.assessor_id is None:
            return
        existing = self.answers[table].get((self.assessor_id, target))
        keys = {"assessor_id": self.assessor_id, KEYS[table]: target}
        edit = grids.answer_edit(self.session.db, table, existing, keys, combo.currentData())
        if edit is not None:
            texts = {
                "gate_answer": self.tr("Answer a gate"),
                "score": self.tr("Score a sub-criterion"),
                "bonus_award": self.tr("Give bonus points"),
            }
            self.session.push(edit, texts[table])

    def _on_note(self, table: str, target: str, note) -> None:
        existing = self.answers[table].get((self.assessor_id, target))
        column = NOTES[table]
        try:
            text = fields.text(note.text())
        except fields.FieldError as e:
            note.setToolTip(error_text(e))
            return
        if existing is None or (existing.get(column) or "") == text:
            return
        edit = sections.FieldEdit(table, existing["id"], column, text)
        self.session.push(edit, self.tr("Change a note"))
