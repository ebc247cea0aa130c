"""Words the screens and the documents share (enum labels, names of lists), per language.

One JSON file per language under resources/terms/; a missing word falls back to English,
then to the code itself, so a gap shows up as a code rather than a crash.
"""

from functools import cache

from deseo_desktop.pseudo import CODE as PSEUDO
from deseo_desktop.pseudo import pseudo
from deseo_desktop.resources import resource_path

LANGUAGES = ("en", "it", "fr", "sv", "es")
LOCALES = {"en": "en_GB", "it": "it_IT", "fr": "fr_FR", "sv": "sv_SE", "es": "es_ES"}


def locale_for(language: str) -> str:
    """The locale Babel and Qt format dates, numbers and money with, for a language."""
    return LOCALES.get(language, "en_GB")


@cache
def _load(language: str) -> dict:
    import json  # on first use, after the first window is painted

    path = resource_path("terms", f"{language}.json")
    if not path.is_file():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))


def term(group: str, code: str, language: str = "en") -> str:
    if language == PSEUDO:
        return pseudo(term(group, code))
    for lang in (language, "en"):
        value = _load(lang).get(group, {}).get(code)
        if value:
            return value
    return code


def terms(group: str, language: str = "en") -> dict[str, str]:
    """Every code of a group with its word, in the file's order."""
    english = _load("en").get(group, {})
    return {code: term(group, code, language) for code in english}
