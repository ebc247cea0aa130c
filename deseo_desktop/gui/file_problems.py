"""Why a design file or a spreadsheet was refused, in the person's language.

The readers in exports/ refuse with a code (PortableError.reason, SheetError.code) and an
English sentence for the command line; the window says it through these translatable texts.
"""

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # by this name, which lupdate reads

_DESIGN_FILE = {
    "not_a_zip": lambda: translate("FileProblems", "It is not a DESEO design file."),
    "damaged": lambda: translate("FileProblems", "The file is damaged (cut short or corrupt)."),
    "too_many_members": lambda: translate("FileProblems", "It holds too many files."),
    "too_large": lambda: translate("FileProblems", "It unpacks to more than 50 MB."),
    "bad_member_name": lambda: translate("FileProblems", "It holds a file with an unsafe name."),
    "missing_member": lambda: translate("FileProblems", "Parts of the design file are missing."),
    "unexpected_member": lambda: translate("FileProblems", "It holds files a design never has."),
    "not_utf8": lambda: translate("FileProblems", "Its text is not valid UTF-8."),
    "bad_json": lambda: translate("FileProblems", "Its contents are malformed."),
    "duplicate_key": lambda: translate("FileProblems", "Its contents are malformed."),
    "not_a_number": lambda: translate("FileProblems", "It holds a value that is not a number."),
    "huge_number": lambda: translate("FileProblems", "It holds a number far too long."),
    "too_deep": lambda: translate("FileProblems", "Its contents are nested too deeply."),
    "not_deseo": lambda: translate("FileProblems", "It is not a DESEO design file."),
    "newer_format": lambda: translate(
        "FileProblems", "It was made by a newer DESEO: install DESEO %1 or later to open it."
    ),
    "bad_checksum": lambda: translate("FileProblems", "The file was changed or damaged."),
    "schema": lambda: translate("FileProblems", "It does not follow the design file format."),
}

_SPREADSHEET = {
    "missing": lambda: translate("FileProblems", "The file does not exist or cannot be read."),
    "empty": lambda: translate("FileProblems", "The file is empty."),
    "too_big": lambda: translate("FileProblems", "The file is too large."),
    "unknown_format": lambda: translate("FileProblems", "Only .xlsx and .csv files can be read."),
    "old_format": lambda: translate(
        "FileProblems", "This is an old Excel file (.xls): save it as .xlsx or .csv first."
    ),
    "macros": lambda: translate(
        "FileProblems", "The workbook contains macros: save it as a plain .xlsx first."
    ),
    "not_a_zip": lambda: translate("FileProblems", "The file is not an .xlsx workbook."),
    "damaged": lambda: translate("FileProblems", "The workbook is damaged."),
    "too_many_members": lambda: translate("FileProblems", "The workbook has too many parts."),
    "too_large_uncompressed": lambda: translate("FileProblems", "The workbook unpacks too large."),
    "entities": lambda: translate("FileProblems", "The workbook holds refused XML declarations."),
    "huge_token": lambda: translate("FileProblems", "The workbook holds a far too long text."),
    "no_sheet": lambda: translate("FileProblems", "The workbook has no worksheet."),
    "too_many_rows": lambda: translate("FileProblems", "The sheet has too many rows."),
    "too_many_columns": lambda: translate("FileProblems", "The sheet has too many columns."),
    "cell_too_long": lambda: translate("FileProblems", "A cell holds far too long a text."),
    "not_text": lambda: translate("FileProblems", "The file is not a text (CSV) file."),
    "encoding": lambda: translate(
        "FileProblems", "The text is neither UTF-8 nor Windows-1252: save it as UTF-8."
    ),
    "bad_csv": lambda: translate("FileProblems", "The CSV file cannot be read."),
}


def design_file_problem(error) -> str:
    """The sentence for a PortableError (or another refusal of a design file)."""
    reason = getattr(error, "reason", None)
    if reason in _DESIGN_FILE:
        text = _DESIGN_FILE[reason]()
        return text.replace("%1", str(getattr(error, "params", {}).get("needed", "")))
    return translate("FileProblems", "Its contents cannot be used as a design.")


def spreadsheet_problem(error) -> str:
    """The sentence for a SheetError."""
    code = getattr(error, "code", None)
    if code in _SPREADSHEET:
        return _SPREADSHEET[code]()
    return translate("FileProblems", "The spreadsheet cannot be read.")
