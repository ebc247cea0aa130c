"""Starting the window: fonts, translations, one window per database, then the library."""

import os
import sys
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from deseo_desktop import APP_ID, APP_NAME, __version__
from deseo_desktop.resources import resource_path
from deseo_desktop.services.instance import instance_for, prepare_folder

from . import settings as opt
from .language import install_translations, ui_language
from .style import apply_palette


def load_fonts(app: QApplication) -> None:
    """DejaVu Sans from resources/, so text renders even on a machine with no fonts."""
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
    font = QFont("DejaVu Sans")
    font.setPointSizeF(10)
    app.setFont(font)


def make_application(argv: list[str] | None = None) -> QApplication:
    _fontconfig_fallback()
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("DESEO")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)  # Wayland ties the window to its menu entry and icon by it
    load_fonts(app)
    apply_palette(app)
    return app


def _fontconfig_fallback() -> None:
    """On a Linux system with no fontconfig set-up at all, point fontconfig at the app's own
    fonts (resources/fonts/fonts.conf) rather than let it print an error at every start."""
    if sys.platform.startswith("linux") and "FONTCONFIG_FILE" not in os.environ:
        if not Path("/etc/fonts/fonts.conf").exists():
            os.environ["FONTCONFIG_FILE"] = str(resource_path("fonts", "fonts.conf"))


class FileOpenEvents(QObject):
    """Passes the system's file-open events (macOS: a .deseo file double-clicked in the
    Finder, or dropped on the Dock icon) to the window."""

    def __init__(self, window, parent=None):
        super().__init__(parent)
        self.window = window

    def eventFilter(self, watched, event) -> bool:
        from PySide6.QtCore import QEvent  # 2 ms: not before the first paint

        if event.type() == QEvent.Type.FileOpen:
            self.window.open_design_file(event.file())
            return True
        return False


def _start(app, window, single) -> None:
    """After the first paint: accept hand-overs, open the database, list the designs."""
    single.listen()
    if not window.start():
        app.exit(1)


def _set_icon(app) -> None:
    from PySide6.QtGui import QIcon

    app.setWindowIcon(QIcon(str(resource_path("icons", "deseo.svg"))))


def _shown_then_quit(window) -> None:
    def shown():
        print("shown", flush=True)
        QApplication.instance().quit()

    QTimer.singleShot(0, shown)


def run(db_arg: str | None = None, probe=None, open_file: str | None = None) -> int:
    """Open the window; `probe(window)` lets the start-up benchmark watch it (and
    DESEO_STARTUP_PROBE=1 a built program, which prints "shown" and quits once it is)."""
    app = make_application()
    if probe is None and os.environ.get("DESEO_STARTUP_PROBE") == "1":
        probe = _shown_then_quit
    settings = opt.Settings()
    language = ui_language(settings)
    install_translations(app, language)
    instance = instance_for(db_arg)
    if not instance.db_path.is_dir():
        prepare_folder(instance)

    from .single_instance import SingleInstance

    single = SingleInstance(instance)
    if not instance.db_path.is_dir() and not single.acquire():
        if single.hand_over(open_file):
            return 0
        QMessageBox.critical(
            None,
            APP_NAME,
            app.translate(
                "Startup",
                "These designs are already open in another DESEO window, which does "
                "not answer. Close it, or restart the computer, and try again.",
            ),
        )
        return 1

    from .main_window import MainWindow

    window = MainWindow(settings, instance, language)
    window.pending_import = open_file  # imported once the database is open for writing
    single.activation_requested.connect(window.raise_window)
    single.file_requested.connect(window.open_design_file)
    if sys.platform == "darwin":  # macOS hands a double-clicked file over as an event
        app.installEventFilter(FileOpenEvents(window, app))
    window.show()
    # The icon's SVG plug-in is loaded after the first paint.
    QTimer.singleShot(0, partial(_set_icon, app))
    if probe is not None:
        probe(window)

    QTimer.singleShot(0, partial(_start, app, window, single))
    code = app.exec()
    single.release()
    del window  # before the QApplication goes: widgets must not outlive it
    return code
