"""`deseo self-check FOLDER`: can this computer run the app? For a new install and for support.

It starts the window on a database of its own in FOLDER, adds the example design, opens every
step, says which font the text is drawn in, exports the agreement through the window's own
export (a thread and a child process, as a person's click does), and closes. Nothing of the
person's is touched. Prints one line per check; the exit code is 0 when all passed.
"""

import sys
from datetime import date
from pathlib import Path

CHECKED_FONT = "DejaVu Sans"


def self_check(folder: Path) -> int:
    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtGui import QFontInfo
    from PySide6.QtWidgets import QDialogButtonBox

    from deseo_desktop.formatting import format_day, format_money
    from deseo_desktop.services import library
    from deseo_desktop.services.instance import instance_for
    from deseo_desktop.terms import LANGUAGES

    from . import settings as opt
    from .app import install_translations, make_application
    from .export_dialog import ExportDialog
    from .main_window import MainWindow

    folder.mkdir(parents=True, exist_ok=True)
    app = make_application([sys.argv[0]])
    for language in LANGUAGES:  # Babel's data and Qt's own words, for each language
        line = f"{format_day(date(2026, 4, 1), language)}, {format_money(123456, 'SEK', language)}"
        install_translations(app, language)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)  # Qt's own words
        cancel = box.buttons()[0].text().replace("&", "")  # from qtbase_<language>.qm
        print(f"{language}: {line}; {cancel}")
        if language != "en" and cancel == "Cancel":
            return _fail(f"Qt's own words are missing in {language}")
    install_translations(app, "en")
    settings = opt.Settings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings, instance_for(folder / "self-check.db"), "en")
    window.show()
    if not window.start():
        return _fail("the database could not be opened")
    window._open_writer()
    design_id = library.add_example(window.db)
    window.reload(select=design_id)
    window.open_design(design_id)
    for step in window.design_page.steps():
        window.design_page.show_step(step)
        window.grab()
    family = QFontInfo(app.font()).family()
    print(f"font: {family}")
    if family != CHECKED_FONT:
        return _fail(f"the text is drawn in {family}, not {CHECKED_FONT}")

    dialog = ExportDialog(settings, window.db, design_id, "en", window)
    dialog.ui.folder_edit.setText(str(folder))
    dialog.start_export()
    loop = QEventLoop()
    for signal in (dialog.worker.exported, dialog.worker.failed, dialog.worker.cancelled):
        signal.connect(loop.quit)  # after the dialog's own handlers
    QTimer.singleShot(120_000, loop.quit)
    loop.exec()
    app.processEvents()
    if dialog.result is None:
        return _fail("the export failed: " + dialog.ui.status_label.text())
    for path in dialog.targets():
        if path is None or not path.is_file():
            return _fail(f"the export did not write {path}")
        print(f"exported: {path} ({path.stat().st_size:,} bytes)")
    dialog.close()
    window.close()
    print("self-check passed")
    return 0


def _fail(reason: str) -> int:
    print(f"self-check failed: {reason}", file=sys.stderr)
    return 1
