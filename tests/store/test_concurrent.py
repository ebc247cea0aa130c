"""Reading a database while another process (the window) writes to it.

`deseo list` or a second launch inspects the file while the window saves; a sound database must
never be reported as damaged then (a "damaged" verdict leads to the restore-from-backup path).
"""

import sys

import pytest
from helpers import HELPERS, LineChild

from deseo_desktop.services.database import Database
from deseo_desktop.services.library_list import list_designs
from deseo_desktop.store.errors import DatabaseProblem

INSPECTIONS = 1500


def test_inspection_while_another_process_writes_never_reports_damage(db_path):
    Database.open(db_path).close()
    child = LineChild([sys.executable, str(HELPERS), "writer", str(db_path)])
    try:
        child.wait_for("ready")
        child.wait_for("c 3")
        for n in range(INSPECTIONS):
            try:
                Database.inspect(db_path, need_write=False)
            except DatabaseProblem as e:
                pytest.fail(f"inspection {n}: a sound database reported as {e.code}: {e.detail}")
            child.drain()
        assert child.proc.poll() is None, "the writer must have been writing all along"
    finally:
        child.stop()
    db = Database.open(db_path)  # and it really is sound
    db.close()


def test_listing_while_another_process_writes(db_path):
    """The listing connection reads under SQLite's locks: it sees whole commits only."""
    Database.open(db_path).close()
    child = LineChild([sys.executable, str(HELPERS), "writer", str(db_path)])
    try:
        child.wait_for("ready")
        child.wait_for("c 3")
        db = Database.inspect(db_path, need_write=False)
        last = 3
        for _ in range(40):
            for line in child.drain():  # reported before the listing starts: must be in it
                if line.startswith("c "):
                    last = int(line.split()[1])
            numbers = {int(d.title.split()[1]) for d in list_designs(db)}
            assert numbers == set(range(1, len(numbers) + 1)), "a listing shows whole commits"
            assert len(numbers) >= last, "a reported commit is missing from the listing"
        assert child.proc.poll() is None
    finally:
        child.stop()
