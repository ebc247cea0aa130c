"""The measurements of one indicator, in date order, with each one's progress.

A suppressed figure (too few women or men behind it, rules.progress) is shown as the word
"suppressed", never as a number, not even in the cell's editor: a projector in a workshop
shows whatever the table shows. Typing a new figure replaces it; leaving the empty editor
keeps it. The "Progress" column is worked out, not stored, so it cannot be edited.
"""

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont

from deseo_desktop.formatting import format_number
from deseo_desktop.rules import progress
from deseo_desktop.rules.progress import Assessment, Thresholds
from deseo_desktop.services import sections

from .rows_model import RowsModel

VALUES = ("value_women", "value_men", "value")
STATUS = "status"  # the worked-out column
GREY = QColor("#6b7472")
# The same colours as the dashboard; the word is always there too.
COLOURS = {"on_track": "#2f5d62", "at_risk": "#8a5a00", "off_track": "#b23c25"}
SYMBOLS = {"on_track": "✓", "at_risk": "!", "off_track": "✗"}


def status_text(code: str) -> str:
    """A progress code in words (rules.progress codes). QCoreApplication.translate is called
    by its full name: pyside6-lupdate does not follow an alias."""
    texts = {
        "on_track": lambda: QCoreApplication.translate("Progress", "On track"),
        "at_risk": lambda: QCoreApplication.translate("Progress", "At risk"),
        "off_track": lambda: QCoreApplication.translate("Progress", "Off track"),
        "not_measured": lambda: QCoreApplication.translate("Progress", "Not measured"),
        "suppressed": lambda: QCoreApplication.translate("Progress", "Suppressed"),
        "no_figure": lambda: QCoreApplication.translate("Progress", "No figure"),
        "no_date": lambda: QCoreApplication.translate("Progress", "No date"),
        "no_target": lambda: QCoreApplication.translate("Progress", "Not assessed"),
    }
    return texts[code]() if code in texts else code


def suppressed_text() -> str:
    return QCoreApplication.translate("Progress", "suppressed")


def figure_text(value, language: str) -> str:
    """A figure as people read it: one decimal from 10 up, two below (0.96, 65.3, 168,000)."""
    number = float(value)
    return format_number(round(number, 1 if abs(number) >= 10 else 2), language)


class MeasurementsModel(RowsModel):
    """Rows of the measurement table for one indicator (none until `show` names one)."""

    indicator: dict = {}
    thresholds = Thresholds()
    assessments: list[Assessment] = []

    def show(self, indicator: dict | None, thresholds: Thresholds) -> None:
        self.indicator = indicator or {}
        self.thresholds = thresholds
        self.set_where({"indicator_id": indicator["id"]} if indicator else {})

    def reload(self) -> None:
        self.beginResetModel()
        rows = sections.load_rows(self.session.db, self.table, self.where) if self.where else []
        rows.sort(key=lambda m: (m["measured_on"] is None, m["measured_on"] or date.min))
        self.rows = rows
        self.assessments = [progress.assess(self.indicator, m, self.thresholds) for m in rows]
        self.endResetModel()

    def _on_session_changed(self, table: str) -> None:
        """The panel reloads this model, with the indicator and thresholds read afresh."""

    def is_suppressed(self, row: int) -> bool:
        return self.assessments[row].status == "suppressed"

    def flags(self, index):
        flags = super().flags(index)
        if self.columns[index.column()].name == STATUS:
            flags &= ~Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        name = self.columns[index.column()].name
        row = index.row()
        if name == STATUS:
            return self._status_data(self.assessments[row], role)
        if name in VALUES and self.is_suppressed(row) and self.rows[row].get(name) is not None:
            if role == Qt.ItemDataRole.DisplayRole:
                return suppressed_text()
            if role == Qt.ItemDataRole.EditRole:
                return ""
            if role == Qt.ItemDataRole.ForegroundRole:
                return GREY
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr(
                    "Fewer than %1 women or %1 men are behind this figure, so it is not shown "
                    "(the design's suppression minimum). Type a new figure to replace it."
                ).replace("%1", str(self.thresholds.suppression_min))
        return super().data(index, role)

    def _status_data(self, found: Assessment, role):
        if role == Qt.ItemDataRole.DisplayRole:
            symbol = SYMBOLS.get(found.status)
            word = status_text(found.status)
            return f"{symbol} {word}" if symbol else word
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(COLOURS.get(found.status, GREY.name()))
        if role == Qt.ItemDataRole.ToolTipRole and found.expected is not None:
            return (
                self.tr("%1 measured, %2 expected on that day.")
                .replace("%1", figure_text(found.figure, self.language))
                .replace("%2", figure_text(found.expected, self.language))
            )
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        if (
            index.isValid()
            and role == Qt.ItemDataRole.EditRole
            and self.columns[index.column()].name in VALUES
            and self.is_suppressed(index.row())
            and value in ("", None)
        ):
            return True  # the editor opened on a hidden figure and closed untouched
        return super().setData(index, value, role)
