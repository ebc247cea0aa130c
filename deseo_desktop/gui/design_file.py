"""File → Export Design File… and Import Design File…: a design on a USB stick or in an e-mail.

The file format and its checks live in exports/portable.py, putting a file into the database in
services/portable.py; this module asks the person what to do and says what happened.
"""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox

from deseo_desktop import APP_NAME

from .file_problems import design_file_problem, write_problem

SUFFIX = ".deseo"


translate = QCoreApplication.translate  # by this name, which lupdate reads


def export_design_file(window) -> Path | None:
    """Export the open or selected design; returns the file written, None when cancelled."""
    from deseo_desktop.exports.errors import ExportFailed
    from deseo_desktop.exports.files import safe_filename
    from deseo_desktop.services import portable
    from deseo_desktop.services.sections import load_row

    design_id = window.selected_id()
    if design_id is None or window.db is None:
        return None
    if window.design_page is not None:
        window.design_page.flush()  # what is being typed goes into the file too
    design = load_row(window.db, "design", design_id)
    box = QMessageBox(window)
    box.setWindowTitle(translate("DesignFile", "Export Design File"))
    box.setText(
        translate("DesignFile", "Export “%1” with the names and contacts it holds?").replace(
            "%1", design["title"]
        )
    )
    box.setInformativeText(
        translate(
            "DesignFile",
            "To hand the design to a colleague, keep them. To share it as a good practice, "
            "leave them out: every name, e-mail and phone is replaced by a pseudonym.",
        )
    )
    keep = box.addButton(
        translate("DesignFile", "Keep Personal Data"), QMessageBox.ButtonRole.AcceptRole
    )
    leave = box.addButton(
        translate("DesignFile", "Leave Personal Data Out"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(keep)
    box.exec()
    if box.clickedButton() not in (keep, leave):
        return None
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    name = safe_filename(design["title"], SUFFIX)
    path, _ = QFileDialog.getSaveFileName(
        window,
        translate("DesignFile", "Export Design File"),
        str(Path(folder) / name),
        translate("DesignFile", "DESEO designs (*.deseo)"),
    )
    if not path:
        return None
    if not path.endswith(SUFFIX):
        path += SUFFIX
    try:
        written = portable.export_design(window.db, design_id, path, box.clickedButton() is keep)
    except ExportFailed as e:  # the old file, if any, is unchanged
        QMessageBox.warning(window, APP_NAME, write_problem(e))
        return None
    window.statusBar().showMessage(
        translate("DesignFile", "Exported to %1").replace("%1", str(written)), 8000
    )
    return written


def import_design_file(window, path: str | None = None) -> str | None:
    """Import a design file (asked for when `path` is None); returns the design's id."""
    from deseo_desktop.exports.portable import PortableError
    from deseo_desktop.services import portable

    if window.db is None:
        return None
    window.show_library()  # the design it may replace must not stay open
    if path is None:
        path, _ = QFileDialog.getOpenFileName(
            window,
            translate("DesignFile", "Import Design File"),
            "",
            translate("DesignFile", "DESEO designs (*.deseo)"),
        )
        if not path:
            return None
    try:
        try:
            imported = portable.import_design(window.db, path)
        except portable.ConflictError as conflict:
            mode = _ask_conflict(window, conflict)
            if mode is None:
                return None
            imported = portable.import_design(window.db, path, mode)
    except (PortableError, portable.DesignDataError, OSError) as e:
        QMessageBox.warning(
            window,
            translate("DesignFile", "Import Design File"),
            translate(
                "DesignFile", "This file cannot be imported; nothing was changed.\n\n%1"
            ).replace("%1", design_file_problem(e)),
        )
        return None
    window.reload(select=imported.design_id)
    window.statusBar().showMessage(
        translate("DesignFile", "Imported “%1”.").replace("%1", imported.title), 8000
    )
    return imported.design_id


def _ask_conflict(window, conflict) -> str | None:
    box = QMessageBox(window)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("DesignFile", "Import Design File"))
    box.setText(
        translate("DesignFile", "“%1” is already among your designs.").replace("%1", conflict.title)
    )
    details = (
        translate("DesignFile", "Yours was last changed %1 (UTC); the file's copy %2 (UTC).")
        .replace("%1", conflict.local_updated)
        .replace("%2", conflict.file_updated)
    )
    if conflict.local_is_newer:
        details += "\n\n" + translate(
            "DesignFile", "Yours is NEWER than the file: replacing it loses those changes."
        )
    box.setInformativeText(details)
    both = box.addButton(translate("DesignFile", "Keep Both"), QMessageBox.ButtonRole.AcceptRole)
    replace = box.addButton(
        translate("DesignFile", "Replace Mine"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(both)
    box.exec()
    return {both: "keep_both", replace: "replace"}.get(box.clickedButton())
