"""A main window on a real database file, with its own settings file."""

import pytest
from PySide6.QtCore import QSettings

from deseo_desktop.gui import settings as opt


@pytest.fixture
def app(qapp):
    from deseo_desktop.gui.app import install_translations, make_application

    application = make_application([])
    install_translations(application, "en")
    return application


@pytest.fixture
def gui_settings(tmp_path):
    return opt.Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def make_window(app, qtbot, gui_settings, db_path):
    from deseo_desktop.gui.main_window import MainWindow
    from deseo_desktop.services.instance import instance_for

    made = []

    def make(path=None, started=True, size=(1280, 800), default=False):
        """A window on `path` (the test's database), or with default=True on the per-user one."""
        instance = instance_for(None if default else path or db_path)
        window = MainWindow(gui_settings, instance, "en")
        qtbot.addWidget(window)
        if size:
            window.resize(*size)
        window.show()
        if started:
            with qtbot.waitSignal(window.database_ready, timeout=20000):
                assert window.start()
        made.append(window)
        return window

    yield make
    for window in made:
        if window.db is not None:
            window.db.close()


@pytest.fixture
def window(make_window):
    return make_window()


def _titles(window) -> list[str]:
    model = window.library_page.model
    return [model.summary(r).title for r in range(model.rowCount())]


@pytest.fixture
def titles():
    """The titles the library shows, in order."""
    return _titles


@pytest.fixture(autouse=True)
def collect_qt_leftovers(qapp):
    """Delete what a test left behind while the test is still the one running, so a Qt object
    that cannot be deleted cleanly fails here, not in whichever later test a collection hits."""
    yield
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def in_language(app):
    """Switch the interface to a language for one test; English again afterwards."""
    from deseo_desktop.gui.language import install_translations

    yield lambda language: install_translations(app, language)
    install_translations(app, "en")
