"""Pieces of the grid's structure editor: rows that get a code when added, the descriptors
of each score level, and the structure's inconsistencies in words."""

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from deseo_desktop.rules import fields
from deseo_desktop.services import grids

from .grid_results import fill
from .rows_model import RowsModel


def next_code(codes: list[str], prefix: str = "") -> str:
    """The code after the highest numbered one: G6 → G7, 2.3 → 2.4, 7 → 8."""
    numbers = []
    for code in codes:
        tail = code[len(prefix) :] if code.startswith(prefix) else ""
        if tail.isdigit():
            numbers.append(int(tail))
    return f"{prefix}{max(numbers, default=0) + 1}"


class CodedRowsModel(RowsModel):
    """Gates, criteria, sub-criteria and bonuses: a new row gets the next code, and a maximum
    left blank is 0 (the database needs a number)."""

    code_prefix = ""

    def add_row(self, text: str, **values) -> str:
        values.setdefault("code", next_code([r["code"] for r in self.rows], self.code_prefix))
        return super().add_row(text, **values)

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        column = self.columns[index.column()] if index.isValid() else None
        if column is not None and column.kind == "count" and value in ("", None):
            value = 0
        return super().setData(index, value, role)


def parse_levels_text(text: str) -> str:
    """ "0, 1,3 ,5" → "0,1,3,5"; FieldError unless two or more whole numbers, the top above 0."""
    parts = [p.strip() for p in text.split(",") if p.strip()]
    if not parts or not all(p.isdigit() for p in parts):
        raise fields.FieldError("bad_levels")
    levels = sorted({int(p) for p in parts})
    if len(levels) < 2 or levels[-1] <= 0:
        raise fields.FieldError("bad_levels")
    return ",".join(str(v) for v in levels)


class LevelDescriptors(QWidget):
    """One line per score level: what an assessor must see to give it."""

    edited = Signal(int, str)  # level, text (blank: none of its own)

    def __init__(self, name: str, parent=None):
        super().__init__(parent)
        self.name = name
        self.layout_ = QFormLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.edits: dict[int, QLineEdit] = {}

    def show_levels(self, levels, texts: dict[str, str], placeholders: dict[str, str]) -> None:
        if list(self.edits) != list(levels):
            while self.layout_.rowCount():
                self.layout_.removeRow(0)
            self.edits = {}
            for level in levels:
                edit = QLineEdit()
                edit.setAccessibleName(self.name.replace("%1", str(level)))
                edit.editingFinished.connect(lambda lv=level, e=edit: self._on_finished(lv, e))
                self.layout_.addRow(str(level), edit)
                self.edits[level] = edit
        for level, edit in self.edits.items():
            if not edit.hasFocus():
                edit.setText(texts.get(str(level), ""))
            edit.setPlaceholderText(placeholders.get(str(level), ""))
            edit.setProperty("stored", texts.get(str(level), ""))

    def _on_finished(self, level: int, edit: QLineEdit) -> None:
        if edit.text().strip() != (edit.property("stored") or ""):
            self.edited.emit(level, edit.text())


def note_lines(notes: list[grids.Note]) -> list[str]:
    """The structure's inconsistencies, one sentence each."""
    translate = QCoreApplication.translate  # by this name, which lupdate reads
    out = []
    for note in notes:
        p = {k: str(v) for k, v in note.params.items()}
        if note.code == "no_criteria":
            text = translate("GridNotes", "The grid has no criteria yet: nothing can earn points.")
        elif note.code == "sub_criteria_sum":
            text = translate(
                "GridNotes", "Criterion %1: its sub-criteria add up to %2, not its maximum of %3."
            )
            text = fill(text, p["code"], p["sum"], p["maximum"])
        elif note.code == "criteria_sum":
            text = translate(
                "GridNotes", "The criteria add up to %1 points, while the total is capped at %2."
            )
            text = fill(text, p["sum"], p["cap"])
        elif note.code == "no_gender_criterion":
            text = translate(
                "GridNotes", "No criterion has the code %1 that the gender-equality minimum names."
            )
            text = fill(text, p["code"])
        else:
            continue
        out.append(text)
    return out


class WarningLabel(QLabel):
    """Shown only while it has something to say (an empty label still takes a line)."""

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        self.setText("")


def warning_label() -> QLabel:
    label = WarningLabel()
    label.setVisible(False)
    label.setObjectName("warningLabel")
    label.setStyleSheet("color: #9b2c1f;")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label
