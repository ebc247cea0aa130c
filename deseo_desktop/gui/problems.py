"""A database problem, told in the person's language."""

from PySide6.QtCore import QCoreApplication

from deseo_desktop import __version__


def problem_text(problem) -> str:
    texts = {
        "is_directory": QCoreApplication.translate(
            "Problems", "“%1” is a folder, not a database file."
        ),
        "not_a_database": QCoreApplication.translate(
            "Problems", "“%1” is not a DESEO database: it is not a database file at all."
        ),
        "not_deseo": QCoreApplication.translate(
            "Problems", "“%1” is a database, but not one made by DESEO Cluster Designer."
        ),
        "damaged": QCoreApplication.translate(
            "Problems", "“%1” is damaged and cannot be opened. Nothing has been changed in it."
        ),
        "newer_schema": QCoreApplication.translate(
            "Problems",
            "“%1” was saved by a newer version of DESEO Cluster Designer. This "
            "version (%2) cannot open it; install the newer version. The file "
            "has not been changed.",
        ),
        "read_only": QCoreApplication.translate(
            "Problems",
            "“%1” cannot be saved to: the file or its folder is read-only. Choose "
            "a folder where you can save, or ask for write access.",
        ),
        "unreadable": QCoreApplication.translate(
            "Problems", "“%1” cannot be read: you may not have permission to open it."
        ),
        "pragma_mismatch": QCoreApplication.translate(
            "Problems",
            "The database “%1” could not be set up safely on this computer, so it was not opened.",
        ),
        "migration_failed": QCoreApplication.translate(
            "Problems",
            "“%1” could not be upgraded to this version. It was left "
            "exactly as it was, and a backup was taken first.",
        ),
        "backup_failed": QCoreApplication.translate(
            "Problems",
            "The backup “%1” could not be written or did not pass its check. "
            "Your designs are unchanged.",
        ),
        "locked": QCoreApplication.translate(
            "Problems", "Another program is using “%1”. Close it and try again."
        ),
    }
    text = texts.get(problem.code, QCoreApplication.translate("Problems", "“%1” cannot be used."))
    return text.replace("%1", problem.path).replace("%2", __version__)
