"""Which language the interface speaks, and switching it while the app runs."""

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from deseo_desktop.pseudo import CODE as PSEUDO
from deseo_desktop.pseudo import pseudo
from deseo_desktop.resources import resource_path
from deseo_desktop.terms import LANGUAGES, locale_for

from . import settings as opt


def ui_language(settings: opt.Settings) -> str:
    """The chosen interface language, else the computer's when we have it, else English."""
    chosen = settings.get(opt.UI_LANGUAGE)
    if chosen in LANGUAGES or chosen == PSEUDO:
        return chosen
    system = QLocale.system().name()[:2].lower()
    return system if system in LANGUAGES else "en"


class PseudoTranslator(QTranslator):
    """Every string of ours and of Qt's, stretched and marked (see deseo_desktop.pseudo)."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return pseudo(source)

    def isEmpty(self) -> bool:
        return False


_installed: list[QTranslator] = []
_current = ["en"]


def current_language() -> str:
    return _current[0]


def install_translations(app: QApplication, language: str) -> None:
    """Qt's own strings and ours; English has a file too, for its plural forms.

    Installing sends every widget a LanguageChange event: the main window rebuilds its
    pages in the new language then. Qt's own widgets (dates, numbers) follow QLocale.
    """
    while _installed:
        app.removeTranslator(_installed.pop())
    _current[0] = language
    QLocale.setDefault(QLocale(locale_for(language)))
    if language == PSEUDO:
        translator = PseudoTranslator(app)
        app.installTranslator(translator)
        _installed.append(translator)
        return
    for path, name in (
        (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), f"qtbase_{language}"),
        (str(resource_path("translations")), f"deseo_{language}"),
    ):
        translator = QTranslator(app)
        if translator.load(name, path):
            app.installTranslator(translator)
            _installed.append(translator)
