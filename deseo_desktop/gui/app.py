"""Starting the window: fonts, translations, one window per database, then the library."""

import sys
from functools import partial

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from deseo_desktop import APP_NAME, __version__
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
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("DESEO")
    app.setApplicationVersion(__version__)
    load_fonts(app)
    apply_palette(app)
    return app


def _start(app, window, single) -> None:
    """After the first paint: accept hand-overs, open the database, list the designs."""
    single.listen()
    if not window.start():
        app.exit(1)


def run(db_arg: str | None = None, probe=None, open_file: str | None = None) -> int:
    """Open the window; `probe(window)` lets the start-up benchmark watch it."""
    app = make_application()
    settings = opt.Settings()
    language = ui_language(settings)
    install_translations(app, language)
    instance = instance_for(db_arg)
    if not instance.db_path.is_dir():
        prepare_folder(instance)

    from .single_instance import SingleInstance

    single = SingleInstance(instance)
    if not instance.db_path.is_dir() and not single.acquire():
        if single.hand_over():
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
    window.show()
    # The icon's SVG plug-in is loaded after the first paint.
    QTimer.singleShot(0, lambda: app.setWindowIcon(QIcon(str(resource_path("icons", "deseo.svg")))))
    if probe is not None:
        probe(window)

    QTimer.singleShot(0, partial(_start, app, window, single))
    code = app.exec()
    single.release()
    del window  # before the QApplication goes: widgets must not outlive it
    return code
