"""Text as it enters the database: cleaned once, so every exporter can trust it."""

import re
import unicodedata

TITLE_MAX = 500
NAME_MAX = 500
NOTE_MAX = 100_000

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


class TextTooLong(ValueError):
    def __init__(self, limit: int, length: int, field: str | None = None):
        super().__init__(f"{field or 'text'}: {length} characters, at most {limit}")
        self.limit = limit
        self.length = length
        self.field = field


def clean_text(value: str, limit: int = NOTE_MAX, single_line: bool = False) -> str:
    """Strip control characters (but tab and newline), lone surrogates, normalise newlines.

    Raise TextTooLong past `limit` characters rather than cut what the person typed.
    """
    text = value.replace("\r\n", "\n").replace("\r", "\n")
    text = _SURROGATE.sub("\ufffd", _CONTROL.sub("", text))
    if single_line:
        text = " ".join(text.split("\n")).strip()
    if len(text) > limit:
        raise TextTooLong(limit, len(text))
    return text


def search_key(value: str) -> str:
    """Fold case and accents: "Économie" and "economie" match."""
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))
