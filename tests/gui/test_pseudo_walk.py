"""Under the pseudo-locale every text a person sees went through a translation: walking the
library, every wizard and workspace step, and the main dialogs finds no text without markers,
apart from the design's own data and what tests/gui/pseudo_exemptions.toml lists."""

import json
import re
import tomllib
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from visible_text import visible_texts

from deseo_desktop.pseudo import OPEN
from deseo_desktop.services import library
from deseo_desktop.services.design_data import dump_design

EXEMPTIONS = tomllib.loads((Path(__file__).parent / "pseudo_exemptions.toml").read_text("utf-8"))
PATTERNS = [re.compile(p) for p in EXEMPTIONS["patterns"]]


def _design_data(db, design_id) -> set[str]:
    """Every text the design holds, with the texts inside its JSON fields (grid descriptors)."""
    with db.session() as s:
        rows = dump_design(s.connection(), design_id)
    found = set()
    for table in rows.values():
        for row in table:
            for value in row.values():
                if isinstance(value, str) and value.strip():
                    found.add(value.strip())
                    if value.startswith("{"):
                        found.update(_json_texts(json.loads(value)))
    return found


def _json_texts(value) -> list[str]:
    if isinstance(value, dict):
        return [t for v in value.values() for t in _json_texts(v)]
    return [value.strip()] if isinstance(value, str) and value.strip() else []


def _is_data(text: str, data: set[str]) -> bool:
    """The design's own text, cut short, or with numbers and punctuation around it."""
    if text in data:
        return True
    cut = text.rstrip("…").strip()
    if len(cut) > 10 and any(d.startswith(cut) for d in data):
        return True
    rest = text
    for d in sorted((d for d in data if len(d) > 3 and d in text), key=len, reverse=True):
        rest = rest.replace(d, "")
    return rest != text and any(p.match(rest.strip()) for p in PATTERNS)


def _unmarked(root, data: set[str]) -> list[str]:
    bad = []
    for where, text in visible_texts(root):
        if OPEN in text or text in EXEMPTIONS["texts"] or any(p.match(text) for p in PATTERNS):
            continue
        if _is_data(text, data):
            continue
        bad.append(f"{where}: {text!r}")
    return bad


@pytest.fixture
def pseudo_window(window, qtbot, in_language):
    design_id = library.add_example(window.db)
    window.reload(select=design_id)
    in_language("pseudo")
    qtbot.waitUntil(lambda: window.language == "pseudo", timeout=5000)
    return window, design_id


def test_every_screen_and_step_is_marked(pseudo_window, qtbot):
    window, design_id = pseudo_window
    data = _design_data(window.db, design_id)
    found = {"library": _unmarked(window, data)}
    window.open_design(design_id)
    page = window.design_page
    for step in page.steps():
        page.show_step(step)
        QApplication.processEvents()
        found[step] = _unmarked(window, data)
    found = {k: v for k, v in found.items() if v}
    assert not found, "\n".join(f"{k}: {line}" for k, lines in found.items() for line in lines)


def test_the_main_dialogs_are_marked(pseudo_window, qtbot):
    from deseo_desktop.gui.export_dialog import ExportDialog
    from deseo_desktop.gui.new_design_dialog import NewDesignDialog

    window, design_id = pseudo_window
    data = _design_data(window.db, design_id)
    dialogs = [
        ExportDialog(window.settings, window.db, design_id, window.language, window),
        NewDesignDialog(window.language, {}, "", window),
        window.preferences_dialog(),
    ]
    found = {}
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        found[type(dialog).__name__] = _unmarked(dialog, data)
        dialog.close()
    found = {k: v for k, v in found.items() if v}
    assert not found, "\n".join(f"{k}: {line}" for k, lines in found.items() for line in lines)
