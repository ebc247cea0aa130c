"""Per-machine settings (QSettings), each key declared once with its type and default.

Choices that change what is exported live in the database, not here.
"""

from typing import Any, NamedTuple

from PySide6.QtCore import QByteArray, QSettings


class Option(NamedTuple):
    key: str
    type: type
    default: Any


WINDOW_GEOMETRY = Option("window/geometry", QByteArray, QByteArray())
WINDOW_STATE = Option("window/state", QByteArray, QByteArray())
RECENT_DESIGNS = Option("designs/recent", list, [])
UI_LANGUAGE = Option("ui/language", str, "")  # "" follows the system
DEFAULT_AGREEMENT_LANGUAGE = Option("defaults/agreement_language", str, "en")
DEFAULT_CURRENCY = Option("defaults/currency", str, "EUR")
DEFAULT_COUNTRY = Option("defaults/country", str, "IT")
LIBRARY_SORT = Option("library/sort", list, [5, 1])  # column, Qt.SortOrder (last change, newest)
MAX_RECENT = 8


class Settings:
    def __init__(self, qsettings: QSettings | None = None):
        self.q = qsettings if qsettings is not None else QSettings()

    def get(self, option: Option):
        value = self.q.value(option.key, option.default)
        if option.type is list:
            if value is None:
                return list(option.default)
            return list(value) if isinstance(value, list | tuple) else [value]
        if option.type is QByteArray:
            return value if isinstance(value, QByteArray) else QByteArray()
        try:
            return option.type(value)
        except (TypeError, ValueError):
            return option.default

    def set(self, option: Option, value) -> None:
        self.q.setValue(option.key, value)
        self.q.sync()

    def remember_recent(self, design_id: str) -> list[str]:
        recent = [d for d in self.get(RECENT_DESIGNS) if d != design_id]
        recent.insert(0, design_id)
        del recent[MAX_RECENT:]
        self.set(RECENT_DESIGNS, recent)
        return recent

    def forget_recent(self, design_id: str) -> None:
        self.set(RECENT_DESIGNS, [d for d in self.get(RECENT_DESIGNS) if d != design_id])
