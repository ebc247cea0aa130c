"""kill -9 at random moments of a real save loop: the file stays sound, no reported save is lost.

A zygote process (tests/helpers.py) imports the app once and forks one child per kill. The
child opens the database with `Database.open`, renames a design through the library service
and prints the counter only after the commit returned. The test kills it with SIGKILL at a
seeded random moment, then opens the file the normal way (read-only inspection first) and checks
integrity and that the last reported counter is in the file.

A kill during a checkpoint leaves the main file half-updated while -wal holds every commit;
the inspection must read through -wal and not call that file damaged
(test_kill_during_a_checkpoint_is_not_damage).
"""

import os
import random
import shutil
import signal
import sqlite3
import struct
import subprocess
import sys
import time

import pytest
from helpers import HELPERS, LineChild, make_database

SEED = 20260125
LINE_TIMEOUT = 60  # seconds to wait for any line from the zygote: a hang fails, never blocks


def _next(zygote: LineChild) -> str:
    line = zygote.next_line(LINE_TIMEOUT)
    if line is None:
        pytest.fail(f"the zygote ended: {zygote.seen[-10:]}")
    if line.startswith("error"):
        pytest.fail(f"the crash child failed: {line}")
    return line


def _sound_through_a_normal_connection(path) -> bool:
    """SQLite's own recovery (reads -wal); closing it checkpoints, as the app's next open would."""
    con = sqlite3.connect(path, isolation_level=None)
    try:
        return con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        con.close()


def _check_after_kill(path, last_rename, created, kill_no):
    from sqlalchemy import select

    from deseo_desktop.model import Design
    from deseo_desktop.services.database import Database
    from deseo_desktop.store.engine import integrity_problems

    db = Database.open(path)  # runs the read-only inspection (quick_check) first
    try:
        raw = db.engine.raw_connection()
        try:
            result = raw.driver_connection.execute("PRAGMA integrity_check").fetchall()
        finally:
            raw.close()
        assert result == [("ok",)], f"kill {kill_no}: {result[:5]}"
        assert integrity_problems(db.engine) == [], f"kill {kill_no}"
        with db.session() as s:
            titles = list(s.scalars(select(Design.title)))
    finally:
        db.close()
    counters = [int(t.split()[1]) for t in titles if t.startswith("title ")]
    assert len(counters) == 1, titles[:5]
    stored = counters[0]
    # The reported save is there; at most one more commit can have landed unreported.
    assert last_rename <= stored <= last_rename + 1, (
        f"kill {kill_no} (seed {SEED}): reported {last_rename}, stored {stored}"
    )
    extras = {int(t.split()[1]) for t in titles if t.startswith("extra ")}
    lost = created - extras
    assert not lost, f"kill {kill_no}: reported designs missing: {sorted(lost)[:10]}"
    return stored


def _one_kill(zygote: LineChild, rng: random.Random, stored: int, created: set[int]):
    """Start a child, kill it at a random moment; the last reported counter and commit count."""
    zygote.proc.stdin.write("go\n")
    zygote.proc.stdin.flush()
    line = _next(zygote)
    assert line.startswith("ready "), line
    pid = int(line.split()[1])
    time.sleep(rng.uniform(0.05, 0.6))
    os.kill(pid, signal.SIGKILL)
    last_rename, commits = stored, 0
    while True:
        kind, _, value = _next(zygote).partition(" ")
        if kind == "r":
            last_rename = int(value)
            commits += 1
        elif kind == "c":
            created.add(int(value))
        elif kind == "dead":
            dead_pid, status = (int(v) for v in value.split())
            assert dead_pid == pid
            assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
            return last_rename, commits
        else:
            pytest.fail(f"unexpected line from the child: {kind} {value}")


def run_kills(tmp_path, kills: int, seed: int = SEED) -> int:
    path = tmp_path / "crash.db"
    make_database(path, titles=("title 0",))
    rng = random.Random(seed)
    stored, created, commits = 0, set(), 0
    zygote = LineChild([sys.executable, str(HELPERS), "zygote", str(path)], stdin=subprocess.PIPE)
    try:
        assert _next(zygote) == "zygote"
        for kill_no in range(1, kills + 1):
            last_rename, n = _one_kill(zygote, rng, stored, created)
            commits += n
            stored = _check_after_kill(path, last_rename, created, kill_no)
        zygote.proc.stdin.close()  # the zygote leaves when its input ends
        zygote.proc.wait(timeout=30)
    finally:
        zygote.stop()
    assert commits > kills, "the children hardly wrote anything: the harness tests nothing"
    return commits


def test_fifty_kills_lose_nothing(tmp_path):
    run_kills(tmp_path, kills=50)


@pytest.mark.torture
def test_three_hundred_kills_lose_nothing(tmp_path):
    run_kills(tmp_path, kills=300, seed=SEED + 1)


# --- a kill during a checkpoint, made deterministic -------------------------------------------


def _wal_pages(wal: bytes, page: int) -> dict[int, bytes]:
    """The newest committed version of each page in a -wal file."""
    pages, offset = {}, 32
    while offset + 24 + page <= len(wal):
        pgno = struct.unpack(">I", wal[offset : offset + 4])[0]
        pages[pgno] = wal[offset + 24 : offset + 24 + page]
        offset += 24 + page
    return pages


def _killed_mid_checkpoint(tmp_path):
    """A database as a kill leaves it halfway through copying -wal into the main file."""
    from deseo_desktop.services import library
    from deseo_desktop.services.database import Database

    live = tmp_path / "live.db"
    make_database(live, titles=("First",))
    db = Database.open(live)
    raw = db.engine.raw_connection()
    raw.driver_connection.execute("PRAGMA wal_autocheckpoint = 0")
    raw.close()
    titles = {library.create_blank(db, library.NewDesign(title=f"More {n}")) for n in range(20)}
    killed = tmp_path / "killed.db"
    for suffix in ("", "-wal", "-shm"):  # the files as they are at the moment of the kill
        shutil.copyfile(f"{live}{suffix}", f"{killed}{suffix}")
    db.close()
    page = int.from_bytes(killed.read_bytes()[16:18], "big")
    pages = _wal_pages(killed.with_name(killed.name + "-wal").read_bytes(), page)
    with open(killed, "r+b") as f:  # the checkpoint copied the lower half of the pages
        for pgno in sorted(pages)[: len(pages) // 2]:
            f.seek((pgno - 1) * page)
            f.write(pages[pgno])
    return killed, titles


def test_kill_during_a_checkpoint_is_not_damage(tmp_path):
    from deseo_desktop.services.database import Database

    killed, titles = _killed_mid_checkpoint(tmp_path)
    proof = tmp_path / "proof.db"  # SQLite itself recovers it whole (on a copy)
    for suffix in ("", "-wal", "-shm"):
        shutil.copyfile(f"{killed}{suffix}", f"{proof}{suffix}")
    assert _sound_through_a_normal_connection(proof)

    db = Database.open(killed)
    try:
        with db.session() as s:
            from sqlalchemy import select

            from deseo_desktop.model import Design

            assert titles <= set(s.scalars(select(Design.id)))
    finally:
        db.close()
