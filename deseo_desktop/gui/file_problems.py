"""Why a file was refused or could not be written, in the person's language.

The readers and writers in exports/ refuse with a code (PortableError.reason, SheetError.code,
ExportFailed.reason) and an English sentence for the command line; the window says it through
these translatable texts.
"""

from pathlib import Path

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


_WRITE = {
    "is_directory": lambda: translate(
        "FileProblems",
        "There is a folder called %1 where the file should go. Choose another folder.",
    ),
    "disk_full": lambda: translate(
        "FileProblems",
        "There is not enough space on the disk for %1. Free some space or choose "
        "another folder; the file that was there is unchanged.",
    ),
    "read_only": lambda: translate(
        "FileProblems", "%1 cannot be written: the disk is read-only. Choose another folder."
    ),
    "permission": lambda: translate(
        "FileProblems",
        "%1 cannot be written here: you do not have permission, or the file or folder "
        "is read-only. Choose another folder; the file that was there is unchanged.",
    ),
    "replace_refused": lambda: translate(
        "FileProblems",
        "%1 could not be replaced: it may be open in another program, or read-only. "
        "Close it and try again; the file that was there is unchanged.",
    ),
    "in_use": lambda: translate(
        "FileProblems",
        "%1 is open in another program. Close it and try again; the file that was "
        "there is unchanged.",
    ),
    "no_folder": lambda: translate(
        "FileProblems", "The folder for %1 does not exist. Choose another folder."
    ),
    "name_too_long": lambda: translate("FileProblems", "The name %1 is too long for this disk."),
}


def write_problem(error) -> str:
    """The sentence for an ExportFailed: a file of ours that could not be written."""
    name = Path(error.path).name if getattr(error, "path", None) else ""
    reason = getattr(error, "reason", None)
    if reason in _WRITE:
        return _WRITE[reason]().replace("%1", name)
    text = translate("FileProblems", "%1 could not be written: %2")
    return text.replace("%1", name).replace("%2", str(error))
