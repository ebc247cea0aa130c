"""Opening the database at start, and saying clearly why when it cannot be opened."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from deseo_desktop import APP_NAME
from deseo_desktop.formatting import format_stamp
from deseo_desktop.services.database import (
    Database,
    DatabaseProblem,
    newest_good_backup,
    restore_damaged,
)
from deseo_desktop.services.instance import Instance

from .problems import problem_text

RECOVERABLE = {"damaged", "not_a_database"}


def open_or_explain(parent, instance: Instance, language: str = "en") -> Database | None:
    """The database inspected read-only, or None after telling the person why not.

    For the default database, a damaged file is replaced by the newest good backup when the
    person accepts, and kept beside it as *.corrupt-<time>; a file named with --db is never
    renamed.
    """
    explicit = instance.db_path if instance.named else None
    try:
        return Database.inspect(explicit)
    except DatabaseProblem as problem:
        if problem.code not in RECOVERABLE:
            QMessageBox.critical(parent, APP_NAME, problem_text(problem))
            return None
        backup = newest_good_backup(explicit)
        if backup is None:
            QMessageBox.critical(
                parent,
                APP_NAME,
                problem_text(problem)
                + "\n\n"
                + QCoreApplication.translate("Startup", "No backup of it was found."),
            )
            return None
        when = format_stamp(backup.taken_at, language)
        if instance.named:
            QMessageBox.critical(
                parent,
                APP_NAME,
                problem_text(problem)
                + "\n\n"
                + QCoreApplication.translate("Startup", "The newest good backup, taken %1, is:\n%2")
                .replace("%1", when)
                .replace("%2", str(backup.path)),
            )
            return None
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, problem_text(problem), parent=parent)
        box.setInformativeText(
            QCoreApplication.translate(
                "Startup",
                "The newest good backup was taken %1. Restore it? The damaged file is kept beside "
                "it, renamed, in case someone can repair it.",
            ).replace("%1", when)
        )
        restore = box.addButton(
            QCoreApplication.translate("Startup", "Restore the backup"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(
            QCoreApplication.translate("Startup", "Quit"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(restore)
        box.exec()
        if box.clickedButton() is not restore:
            return None
        try:
            restore_damaged(None, backup.path)
            return Database.inspect(None)
        except DatabaseProblem as again:
            QMessageBox.critical(parent, APP_NAME, problem_text(again))
            return None
