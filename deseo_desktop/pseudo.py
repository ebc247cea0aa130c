"""The pseudo-locale: every text stretched by 40% and wrapped in markers.

Screenshots taken in it show text that is clipped (the closing marker is missing) and text
that never went through a translation (no markers at all). Placeholders (%1, %n, {name}),
accelerators (&) and rich-text tags are kept as they are.
"""

import re
from functools import cache

CODE = "pseudo"
OPEN, CLOSE = "⟦", "⟧"


@cache
def _rules() -> tuple:
    """Compiled on first use: the window's first paint does not wait for them."""
    keep = re.compile(r"(%L?\d|%n|\{\w*\}|<[^>]*>|&&|&\S|\n)")
    lead = re.compile(r"^(\s*(?:#{1,6}\s|[-*+]\s|\d+\.\s)?)(.*)$")
    return keep, str.maketrans("aeiouAEIOUcnyCNY", "àéîöûÀÉÎÖÛçñýÇÑÝ"), lead


def pseudo(text: str) -> str:
    if not text or text.startswith(OPEN):
        return text
    keep, accented, _lead = _rules()
    parts = keep.split(text)
    letters = sum(len(p) for i, p in enumerate(parts) if i % 2 == 0)
    stretched = "".join(p if i % 2 else p.translate(accented) for i, p in enumerate(parts))
    return f"{OPEN}{stretched}{'·' * max(1, round(letters * 0.4))}{CLOSE}"


def pseudo_markdown(text: str) -> str:
    """A Markdown page (a handbook page) with each line marked, its heading or list mark kept."""

    def line(raw: str) -> str:
        lead, rest = _rules()[2].match(raw).groups()
        return lead + pseudo(rest) if rest.strip() else raw

    return "\n".join(line(raw) for raw in text.split("\n"))
