"""How each column of a section's table is shown, edited and checked."""

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate

from deseo_desktop.formatting import format_day, format_money, format_number
from deseo_desktop.rules import fields
from deseo_desktop.terms import term, terms

from ..language import current_language


@dataclass(frozen=True)
class Column:
    name: str
    header: str
    kind: str = "text"  # text, note, email, count, number, bool, choice, actor, ref, date, money
    group: str = ""  # the terms group of a choice column; the table of a ref column
    width: int = 140
    required: bool = False  # a reference that cannot be left empty (the database needs it)


def error_text(error: fields.FieldError) -> str:
    """The sentence for a refused value, shown beside the field."""
    translate = QCoreApplication.translate  # by this name, which lupdate reads
    texts = {
        "too_long": lambda: translate("Fields", "Too long: at most %1 characters."),
        "not_a_whole_number": lambda: translate("Fields", "Type a whole number, such as 12."),
        "negative": lambda: translate("Fields", "It cannot be negative."),
        "too_large": lambda: translate("Fields", "Too large: at most %1."),
        "bad_email": lambda: translate(
            "Fields", "An e-mail address needs an @ and a domain, such as name@example.org."
        ),
        "unknown_choice": lambda: translate("Fields", "Choose one of the values in the list."),
        "bad_date": lambda: translate("Fields", "Type a date such as 2026-03-01."),
        "not_a_number": lambda: translate("Fields", "Type a number, such as 1250.50."),
        "more_than_total": lambda: translate(
            "Fields", "Women and men together are more than the total (%1)."
        ),
        "dates_out_of_order": lambda: translate(
            "Fields", "This date must come after the one it follows."
        ),
    }
    text = texts.get(error.code, lambda: translate("Fields", "This value cannot be used."))()
    for value in error.params.values():
        shown = format_number(value, current_language()) if isinstance(value, int) else str(value)
        return text.replace("%1", shown)
    return text


def parse(column: Column, value, allowed_refs=()) -> object:
    """The value to store, or FieldError."""
    kind = column.kind
    if kind == "text":
        return fields.name(str(value or ""))
    if kind == "note":
        return fields.text(str(value or ""))
    if kind == "email":
        return fields.email(str(value or ""))
    if kind == "count":
        return fields.count(value)
    if kind == "number":
        return fields.number(value)
    if kind == "bool":
        return bool(value)
    if kind == "choice":
        return fields.choice(str(value), terms(column.group))
    if kind in ("actor", "ref"):
        if value in (None, ""):
            return None
        return fields.choice(str(value), allowed_refs)
    if kind == "date":
        if isinstance(value, QDate):
            return value.toPython() if value.isValid() else None
        return fields.day(value)
    if kind == "money":
        return fields.money_cents(value)
    raise ValueError(kind)


def display(column: Column, value, language: str, currency: str, refs: dict) -> str:
    if value is None:
        return ""
    kind = column.kind
    if kind == "choice":
        return term(column.group, value, language)
    if kind in ("actor", "ref"):
        return refs.get(value, "")
    if kind == "number":
        return format_number(value, language)
    if kind == "date" and isinstance(value, date):
        return format_day(value, language, "medium")
    if kind == "money":
        return format_money(value, currency, language)
    if kind == "bool":
        return ""
    if kind == "note":
        return str(value).split("\n", 1)[0][:200]
    return str(value)
