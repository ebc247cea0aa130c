"""Actors from the council's spreadsheet: choose the file, check which column is which, see every
row's problems, then add the good rows in one go (nothing is written before Import)."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from deseo_desktop.exports.sheet_reader import SheetError, read_sheet
from deseo_desktop.rules import actor_import as rules
from deseo_desktop.rules.fields import FieldError
from deseo_desktop.services import actor_import

from .editors.columns import error_text
from .file_problems import spreadsheet_problem
from .style import sized

SHOWN_ROWS = 2000  # the preview lists this many rows; the import takes every good row


class ActorImportDialog(QDialog):
    def __init__(self, session, path: str, parent=None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Import Actors from a Spreadsheet"))
        self.resize(900, 600)
        self.sheet = read_sheet(Path(path))  # SheetError for a file that cannot be read
        self.existing = actor_import.existing_names(session.db, session.design_id)
        self.preview = rules.preview_rows(self.sheet.rows, self.existing)  # MappingError
        self.header = self.sheet.rows[self.preview.header_line - 1]
        self.summary = sized(QLabel(), 1.0)
        self.summary.setWordWrap(True)
        self.mapping = QGridLayout()
        self.combos: list[QComboBox] = []
        for index, text in enumerate(self.header):
            combo = QComboBox()
            combo.setAccessibleName(self.tr("What column “%1” holds").replace("%1", text))
            combo.addItem(self.tr("(not imported)"), None)
            for field in rules.FIELDS:
                combo.addItem(field_label(field), field)
            combo.setCurrentIndex(max(0, combo.findData(self.preview.columns.get(index))))
            combo.currentIndexChanged.connect(self._remap)
            self.mapping.addWidget(QLabel(text or "—"), index // 3, 2 * (index % 3))
            self.mapping.addWidget(combo, index // 3, 2 * (index % 3) + 1)
            self.combos.append(combo)
        self.table = QTableWidget()
        self.table.setAccessibleName(self.tr("The rows and their problems"))
        self.table.setColumnCount(3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Line"), self.tr("Organisation"), self.tr("Problems")]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        found = self.tr("Headers found on line %1. Check what each column holds:")
        layout.addWidget(QLabel(found.replace("%1", str(self.preview.header_line))))
        layout.addLayout(self.mapping)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self._show()

    def _remap(self) -> None:
        chosen = [c.currentData() for c in self.combos]
        columns = {i: f for i, f in enumerate(chosen) if f}
        if "name" not in columns.values() or len(set(columns.values())) < len(columns):
            self.summary.setText(
                self.tr("Choose one column for the organisation's name, and each kind once.")
            )
            self.import_button.setEnabled(False)
            return
        mapping = {field: self.header[i] for i, field in columns.items()}
        try:
            self.preview = rules.preview_rows(self.sheet.rows, self.existing, mapping)
        except rules.MappingError:
            self.import_button.setEnabled(False)
            return
        self._show()

    def _show(self) -> None:
        rows = self.preview.rows[:SHOWN_ROWS]
        self.table.setRowCount(len(rows))
        for r, result in enumerate(rows):
            problems = "; ".join(problem_text(code) for _, code in result.problems)
            cells = (str(result.line), str(result.values.get("name", "")), problems or "✓")
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(1, 320)
        good, bad = len(self.preview.good_rows), len(self.preview.bad_rows)
        ready = self.tr("%n row(s) ready to add.", "", good)
        left = self.tr("%n row(s) with problems will be left out.", "", bad) if bad else ""
        self.summary.setText(f"{ready} {left}".strip())
        self.import_button.setText(self.tr("Add %n Organisation(s)", "", good))
        self.import_button.setEnabled(good > 0)

    def run_import(self) -> int:
        done = actor_import.import_actors(self.session.db, self.session.design_id, self.preview)
        self.session.changed.emit("actor")
        return done.imported


def field_label(field: str) -> str:
    from deseo_desktop.terms import term

    return term("field", field)


def problem_text(code: str) -> str:
    own = {
        "missing_name": lambda: translate("ActorImport", "No organisation name."),
        "already_in_design": lambda: translate("ActorImport", "Already among the actors."),
        "duplicate_in_file": lambda: translate("ActorImport", "Twice in the file."),
    }
    return own[code]() if code in own else error_text(FieldError(code))


translate = QCoreApplication.translate  # by this name, which lupdate reads


def import_actors_from_file(editor, path: str | None = None) -> int:
    """Ask for the file (unless given), preview it, and add the good rows; returns how many."""
    if path is None:
        path, _ = QFileDialog.getOpenFileName(
            editor,
            translate("ActorImport", "Import Actors from a Spreadsheet"),
            "",
            translate("ActorImport", "Spreadsheets (*.xlsx *.csv)"),
        )
        if not path:
            return 0
    try:
        dialog = ActorImportDialog(editor.session, path, editor)
    except (SheetError, rules.MappingError, OSError) as e:
        QMessageBox.warning(
            editor,
            translate("ActorImport", "Import Actors from a Spreadsheet"),
            translate(
                "ActorImport", "This file cannot be imported; nothing was changed.\n\n%1"
            ).replace(
                "%1",
                _mapping_text(editor)
                if isinstance(e, rules.MappingError)
                else spreadsheet_problem(e)
                if isinstance(e, SheetError)
                else translate("ActorImport", "The file cannot be read."),
            ),
        )
        return 0
    if not dialog.exec():
        return 0
    try:
        return dialog.run_import()
    except rules.MappingError:
        QMessageBox.warning(
            editor,
            translate("ActorImport", "Import Actors from a Spreadsheet"),
            _mapping_text(editor),
        )
        return 0


def _mapping_text(editor) -> str:
    return translate(
        "ActorImport",
        "No row of headers with an organisation's name was found in the first 30 lines, or the "
        "actors changed meanwhile. Use the template (Save a Template…) for the expected columns.",
    )
