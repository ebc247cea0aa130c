"""The agreement's fixed texts (preamble, articles) in the document's language.

One JSON file per language under resources/agreement/, written in that language's legal
register. Placeholders such as {territory} are filled with values already formatted and
escaped for the PDF; the texts themselves are ours and may hold simple markup.
"""

import json
import re
from functools import cache

from deseo_desktop.resources import resource_path

PLACEHOLDER = re.compile(r"\{(\w+)\}")


@cache
def agreement_texts(language: str) -> dict:
    path = resource_path("agreement", f"{language}.json")
    if not path.is_file():
        path = resource_path("agreement", "en.json")
    return json.loads(path.read_text(encoding="utf-8"))


def fill(text: str, values: dict[str, str]) -> str:
    """Replace the known placeholders; an unknown one stays visible rather than failing."""
    return PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), text)
