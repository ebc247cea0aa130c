"""Killed while typing: every field left before the kill is there on reopening.

A child process opens a design in the wizard and types into the Start step's fields through
QTest, leaving each with Tab (which saves it) and reporting it only then. The parent kills it
with SIGKILL at a seeded random moment, reopens the database the normal way and checks every
reported field; only the field being typed at the kill may be incomplete.
"""

import os
import random
import signal
import subprocess
import sys
import time

import pytest

from deseo_desktop.services import library, sections
from deseo_desktop.services.database import Database

SEED = 20261125
FIELDS = (
    ("title_edit", "title", "Rete di cura della Valdoria"),
    ("territory_edit", "territory_name", "Provincia di Valdoria"),
    ("facilitator_edit", "facilitator", "Giulia Ferraris"),
)

CHILD = """
import sys
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from deseo_desktop.gui.app import make_application
from deseo_desktop.gui.design_page import DesignPage
from deseo_desktop.gui.design_session import DesignSession
from deseo_desktop.services.database import Database

app = make_application([])
db = Database.open(sys.argv[1])
page = DesignPage(DesignSession(db, sys.argv[2]), "en")
page.resize(1200, 800)
page.show()
start = page.editor("start")
print("ready", flush=True)
for attribute, column, text in FIELDS:
    widget = getattr(start, attribute)
    widget.setFocus()
    widget.selectAll()
    QTest.keyClicks(widget, text, delay=4)
    QTest.keyClick(widget, Qt.Key.Key_Tab)  # leaving the field saves it
    app.processEvents()
    print("saved", column, flush=True)
print("done", flush=True)
"""


def _design(db_path):
    db = Database.open(db_path)
    try:
        return library.create_blank(db, library.NewDesign("", ""))
    finally:
        db.close()


def _run_and_kill(db_path, design_id, delay):
    code = f"FIELDS = {FIELDS!r}\n" + CHILD
    child = subprocess.Popen(
        [sys.executable, "-c", code, str(db_path), design_id],
        stdout=subprocess.PIPE,
        text=True,
        env=dict(os.environ),
    )
    saved = []
    try:
        assert child.stdout.readline().strip() == "ready"
        deadline = time.monotonic() + delay
        os.set_blocking(child.stdout.fileno(), False)
        while time.monotonic() < deadline and child.poll() is None:
            line = child.stdout.readline()
            if line.startswith("saved"):
                saved.append(line.split()[1])
            time.sleep(0.005)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        rest = child.stdout.read() or ""
        saved += [line.split()[1] for line in rest.splitlines() if line.startswith("saved")]
    finally:
        if child.poll() is None:
            child.kill()
    return saved


def _check(db_path, design_id, saved):
    db = Database.open(db_path)  # the read-only inspection first, as at every start
    try:
        row = sections.load_row(db, "design", design_id)
    finally:
        db.close()
    for _attribute, column, text in FIELDS:
        if column in saved:
            assert row[column] == text, f"{column} was reported saved but reads {row[column]!r}"
        else:
            assert text.startswith(row[column]), f"{column} holds {row[column]!r}"


@pytest.mark.parametrize(
    "kills",
    [pytest.param(8, id="8-kills"), pytest.param(20, id="20-kills", marks=pytest.mark.torture)],
)
def test_a_kill_while_typing_loses_at_most_the_field_being_typed(tmp_path, kills):
    rng = random.Random(SEED)
    seen_saves = 0
    for kill in range(kills):
        db_path = tmp_path / f"k{kill}.db"
        design_id = _design(db_path)
        saved = _run_and_kill(db_path, design_id, rng.uniform(0.05, 0.9))
        seen_saves += len(saved)
        _check(db_path, design_id, saved)
    assert seen_saves > 0  # the kills did land after some fields were left
