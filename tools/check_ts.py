"""Check one language's interface translation: `python tools/check_ts.py it`.

Reports every message that is unfinished, left equal to its English source (outside the
language's commented allowlist), loses or invents a placeholder (%1, %n), loses the keyboard
accelerator (&), the closing ellipsis or colon, or does not use the language's glossary word
where the English source uses the glossary's term. The test suite runs the same checks.

The allowlist and the glossary live in resources/translations/glossary_<lang>.toml.
"""

from __future__ import annotations

import re
import sys
import tomllib
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
_PLACEHOLDER = re.compile(r"%(?:\d|n|L\d)")
_ACCELERATOR = re.compile(r"&(?!&)\S")
_TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)[\s/>]")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    forms: tuple[str, ...]  # one translation, or the plural forms
    unfinished: bool
    plural: bool


def messages(path: Path) -> list[Message]:
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for m in context.iter("message"):
            t = m.find("translation")
            plural = m.get("numerus") == "yes"
            forms = (
                tuple(f.text or "" for f in t.iter("numerusform")) if plural else (t.text or "",)
            )
            unfinished = t.get("type") in ("unfinished", "vanished", "obsolete")
            found.append(Message(name, m.findtext("source"), forms, unfinished, plural))
    return found


def rules(language: str) -> dict:
    path = FOLDER / f"glossary_{language}.toml"
    return tomllib.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def _words(text: str) -> str:
    return " " + re.sub(r"[^\w%]+", " ", text.lower()) + " "


def problems(language: str, path: Path | None = None, config: dict | None = None) -> list[str]:
    """What is wrong with the translations in `path` (the committed file by default)."""
    path = path or FOLDER / f"deseo_{language}.ts"
    config = rules(language) if config is None else config
    same = config.get("same_as_english", {})
    glossary = config.get("glossary", {})
    found = []
    for m in messages(path):
        where = f"[{m.context}] {m.source!r}"
        if m.unfinished or any(not f.strip() for f in m.forms):
            found.append(f"unfinished: {where}")
            continue
        if not m.plural and m.forms[0] == m.source and m.source not in same:
            found.append(f"same as English, not in the allowlist: {where}")
        wanted = set(_PLACEHOLDER.findall(m.source)) - {"%n"}
        for form in m.forms:
            got = set(_PLACEHOLDER.findall(form))
            if not wanted <= got or (got - wanted - {"%n"}):
                found.append(f"placeholders {sorted(got)} for {sorted(wanted)}: {where}")
            if len(_ACCELERATOR.findall(m.source)) != len(_ACCELERATOR.findall(form)):
                found.append(f"accelerator (&) lost or added: {where} -> {form!r}")
            for ending in ("…", ":"):
                if m.source.rstrip().endswith(ending) != form.rstrip().endswith(ending):
                    found.append(f"ending {ending!r} differs: {where} -> {form!r}")
            if sorted(_TAG.findall(m.source)) != sorted(_TAG.findall(form)):
                found.append(f"rich-text tags differ: {where}")
        if m.plural and len(m.forms) > 1 and "%n" not in m.forms[-1]:
            found.append(f"plural form without %n: {where}")
        source_words = _words(m.source)
        for term, stem in glossary.items():
            if f" {term.lower()} " in source_words:
                stems = stem if isinstance(stem, list) else [stem]
                if not all(any(s.lower() in f.lower() for s in stems) for f in m.forms):
                    found.append(f"glossary: {term!r} should read {stem!r}: {where}")
    return found


def main(argv: list[str]) -> int:
    language = argv[1]
    path = Path(argv[2]) if len(argv) > 2 else None
    found = problems(language, path)
    for line in found:
        print(line)
    total = len(messages(path or FOLDER / f"deseo_{language}.ts"))
    print(f"{language}: {len(found)} problem(s) in {total} messages", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
