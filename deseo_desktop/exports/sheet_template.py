"""The actors template: an .xlsx with the columns the import expects and Excel validation on
them (a name of at most 500 characters, whole numbers from 0 for the counts, an e-mail with @)."""

from pathlib import Path

from deseo_desktop.rules.actor_import import FIELDS
from deseo_desktop.rules.fields import COUNT_MAX
from deseo_desktop.rules.text import NAME_MAX

from .files import atomic_write

TEMPLATE_ROWS = 5000
HEADERS = {
    "name": "Name",
    "legal_form": "Legal form",
    "role": "Role",
    "contact_name": "Contact person",
    "contact_email": "E-mail",
    "contact_phone": "Phone",
    "workforce_women": "Women employees",
    "workforce_men": "Men employees",
    "workforce_not_stated": "Employees not stated",
    "managers_women": "Women managers",
    "managers_men": "Men managers",
    "board_women": "Women on the board",
    "board_men": "Men on the board",
}
assert list(HEADERS) == list(FIELDS)


def _column(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index + 1)


def build_template():
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = Workbook()
    ws = wb.active
    ws.title = "Actors"
    ws.append(list(HEADERS.values()))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    ws.freeze_panes = "A2"
    last = TEMPLATE_ROWS + 1
    for index, field in enumerate(HEADERS):
        letter = _column(index)
        ws.column_dimensions[letter].width = 28 if index < 6 else 16
        span = f"{letter}2:{letter}{last}"
        if field == "name":
            rule = DataValidation(type="textLength", operator="between", formula1="1")
            rule.formula2 = str(NAME_MAX)
            rule.prompt = f"The organisation's name (at most {NAME_MAX} characters)."
        elif field == "contact_email":
            rule = DataValidation(type="custom", formula1=f'ISNUMBER(SEARCH("@",{letter}2))')
            rule.prompt = "An e-mail address, such as info@example.org."
        elif field.startswith(("workforce_", "managers_", "board_")):
            rule = DataValidation(type="whole", operator="between", formula1="0")
            rule.formula2 = str(COUNT_MAX)
            rule.prompt = "A whole number from 0; leave empty when not known."
        else:
            continue
        rule.allow_blank = field != "name"
        rule.showInputMessage = True
        rule.showErrorMessage = True
        rule.error = rule.prompt
        ws.add_data_validation(rule)
        rule.add(span)
    return wb


def save_template(path: Path) -> Path:
    """Write the template atomically (ExportFailed with a plain reason if the folder refuses)."""
    wb = build_template()
    atomic_write(path, wb.save)
    return Path(path)
