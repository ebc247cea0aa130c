"""Checked backups: consistent while another process writes, thinned, restorable."""

import shutil
import sqlite3
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from helpers import (
    HELPERS,
    LineChild,
    application_id,
    assert_no_traceback,
    assert_plain_failure,
    deseo,
    design_titles,
    integrity,
    last_line,
    make_database,
    read_only_rows,
    sha256,
    sidecars,
)
from sqlalchemy import select

from deseo_desktop.model import Design, utcnow
from deseo_desktop.services import library
from deseo_desktop.services.database import Database
from deseo_desktop.store import backups
from deseo_desktop.store.errors import DatabaseProblem
from deseo_desktop.store.inspect import APPLICATION_ID
from deseo_desktop.store.paths import backup_dir

# --- consistency while another process writes -------------------------------------------------


def _committed(child: LineChild, last: int) -> int:
    for line in child.drain():
        if line.startswith("c "):
            last = int(line.split()[1])
    return last


def test_backup_while_another_process_writes(db_path):
    Database.open(db_path).close()
    child = LineChild([sys.executable, str(HELPERS), "writer", str(db_path)])
    try:
        child.wait_for("ready")
        child.wait_for("c 5")
        last = 5
        for round_no in range(4):
            last = _committed(child, last)  # every design up to here is committed
            taken = backups.take_backup(db_path, "manual")
            assert taken.path.parent == backup_dir(db_path)
            assert integrity(taken.path) == ["ok"], round_no
            assert application_id(taken.path) == APPLICATION_ID
            assert read_only_rows(taken.path, "PRAGMA journal_mode") == [("delete",)]
            assert sidecars(taken.path) == []
            titles = set(design_titles(taken.path).values())
            missing = [n for n in range(1, last + 1) if f"written {n}" not in titles]
            assert not missing, f"round {round_no}: committed before the backup, not in it"
            if round_no == 0:  # a backup opens like any database, on its own (no -wal)
                copy = db_path.with_name("opened-backup.db")
                shutil.copyfile(taken.path, copy)
                Database.open(copy).close()
            child.wait_for(f"c {last + 3}")  # the writer goes on between backups
        assert child.proc.poll() is None, "the writer must still be running"
    finally:
        child.stop()


# --- thinning ------------------------------------------------------------------------------

NOW = datetime(2026, 1, 31, 13, 0)
# The newest few are kept whatever their age (1 under Anki's plain policy).
RECENT = getattr(backups, "KEEP_RECENT", 1)


def _daily_history() -> list[datetime]:
    """A backup at noon every day for 400 days, plus older ones on the two newest days."""
    taken = [datetime(2026, 1, 31, 12, 0) - timedelta(days=d) for d in range(400)]
    return taken + [datetime(2026, 1, 31, 8, 0), datetime(2026, 1, 30, 9, 0)]


def _expected_keep(taken: list[datetime]) -> set[datetime]:
    assert (backups.KEEP_DAILY, backups.KEEP_WEEKLY, backups.KEEP_MONTHLY) == (12, 10, 9)
    newest = set(sorted(taken, reverse=True)[:RECENT])
    daily = {datetime(2026, 1, d, 12, 0) for d in range(20, 32)}  # 12 days: Jan 20..31
    weekly = {  # newest of each of the last 10 ISO weeks (Sundays, and this week's Saturday)
        datetime(2026, 1, 31, 12),
        datetime(2026, 1, 25, 12),
        datetime(2026, 1, 18, 12),
        datetime(2026, 1, 11, 12),
        datetime(2026, 1, 4, 12),
        datetime(2025, 12, 28, 12),
        datetime(2025, 12, 21, 12),
        datetime(2025, 12, 14, 12),
        datetime(2025, 12, 7, 12),
        datetime(2025, 11, 30, 12),
    }
    monthly = {  # newest of each of the last 9 months
        datetime(2026, 1, 31, 12),
        datetime(2025, 12, 31, 12),
        datetime(2025, 11, 30, 12),
        datetime(2025, 10, 31, 12),
        datetime(2025, 9, 30, 12),
        datetime(2025, 8, 31, 12),
        datetime(2025, 7, 31, 12),
        datetime(2025, 6, 30, 12),
        datetime(2025, 5, 31, 12),
    }
    return newest | daily | weekly | monthly


def test_backups_to_keep_daily_weekly_monthly():
    taken = _daily_history()
    keep = backups.backups_to_keep(taken, NOW)
    assert {taken[i] for i in keep} == _expected_keep(taken)
    # Nothing older than nine months survives, and the 08:00 copy of today only as a recent one.
    assert min(taken[i] for i in keep) == datetime(2025, 5, 31, 12)


def test_backups_to_keep_is_order_independent():
    taken = list(reversed(_daily_history()))
    keep = backups.backups_to_keep(taken, NOW)
    assert {taken[i] for i in keep} == _expected_keep(taken)


def test_backups_to_keep_always_keeps_the_newest():
    # Every backup far older than nine months: only the newest few stay, at least one.
    ancient = [NOW - timedelta(days=400 + d) for d in range(RECENT + 5)]
    keep = backups.backups_to_keep(ancient, NOW)
    assert keep == set(range(RECENT))
    assert 0 in keep
    assert backups.backups_to_keep([NOW - timedelta(days=900)], NOW) == {0}
    assert backups.backups_to_keep([], NOW) == set()


def test_backups_to_keep_one_per_day_beyond_the_newest_few():
    # Many backups within one day (a long workshop), and one a day for the days before.
    today = [NOW - timedelta(minutes=5 * m) for m in range(RECENT + 10)]
    earlier = [datetime(2026, 1, 30, 18) - timedelta(hours=h) for h in range(0, 24 * 3, 4)]
    taken = today + earlier
    keep = {taken[i] for i in backups.backups_to_keep(taken, NOW)}
    assert keep == set(today[:RECENT]) | {
        datetime(2026, 1, 30, 18),
        datetime(2026, 1, 29, 22),
        datetime(2026, 1, 28, 22),
        datetime(2026, 1, 27, 22),
    }


def _stamp_name(stem: str, taken: datetime, reason: str = "periodic", n: int = 1) -> str:
    suffix = f"-{n}" if n > 1 else ""
    return f"{stem}-{taken.strftime(backups.STAMP)}{suffix}-{reason}.db"


def test_thin_backups_deletes_exactly_the_others(db_path):
    folder = backup_dir(db_path)
    folder.mkdir()
    taken = _daily_history()
    for i, t in enumerate(taken):
        reason = ("periodic", "trash", "manual")[i % 3]
        (folder / _stamp_name(db_path.stem, t, reason)).write_bytes(b"x")
    # Files that are not this database's backups are never touched.
    strangers = [
        folder / _stamp_name("other", datetime(2020, 1, 1, 12)),
        folder / "notes.txt",
        folder / f"{db_path.stem}-not-a-stamp-manual.db",
    ]
    for p in strangers:
        p.write_bytes(b"keep me")
    expected_keep = _expected_keep(taken)

    removed = backups.thin_backups(db_path, now=NOW)

    left = {b.taken_at for b in backups.list_backups(db_path)}
    assert left == expected_keep
    assert len(removed) == len(taken) - len(expected_keep)
    assert all(not p.exists() for p in removed)
    assert all(p.exists() for p in strangers)
    assert backups.thin_backups(db_path, now=NOW) == []  # nothing more to thin


def test_list_backups_orders_same_second_backups_newest_first(db_path):
    folder = backup_dir(db_path)
    folder.mkdir()
    t = datetime(2026, 1, 31, 12, 0, 0)
    names = [
        _stamp_name(db_path.stem, t, reason, n)
        for n, reason in ((1, "trash"), (2, "empty-trash"), (10, "manual"))
    ]
    for name in names:
        (folder / name).write_bytes(b"x")
    (folder / _stamp_name(db_path.stem, t - timedelta(seconds=1), "start", 3)).write_bytes(b"x")
    listed = [b.path.name for b in backups.list_backups(db_path)]
    assert listed[:3] == list(reversed(names))  # the 10th taken that second is the newest
    assert len(listed) == 4


def test_the_backup_just_taken_survives_thinning(db):
    library.create_blank(db, library.NewDesign(title="A"))
    for _ in range(4):
        taken = db.backup("manual")
        assert taken.path.exists(), "db.backup returned a backup that thinning already deleted"
        assert db.list_backups()[0].path == taken.path


def _three_in_one_second(db_path):
    """Two backups, then (the first deleted, as thinning does) a third, all in one second."""
    for _ in range(10):
        first = backups.take_backup(db_path, "trash")
        second = backups.take_backup(db_path, "trash")
        first.path.unlink()
        third = backups.take_backup(db_path, "trash")
        stamps = {b.taken_at.replace(microsecond=0) for b in (first, second, third)}
        if len(stamps) == 1:
            return second, third
        for b in backups.list_backups(db_path):
            b.path.unlink()
    pytest.skip("could not take three backups within one second on this machine")


def test_a_later_backup_in_the_same_second_is_listed_as_newer(db):
    library.create_blank(db, library.NewDesign(title="A"))
    second, third = _three_in_one_second(db.path)
    listed = [b.path for b in backups.list_backups(db.path)]
    assert listed == [third.path, second.path]


def test_backups_of_different_reasons_in_one_second_are_ordered(db):
    library.create_blank(db, library.NewDesign(title="A"))
    for _ in range(10):
        first = backups.take_backup(db.path, "trash")
        second = backups.take_backup(db.path, "empty-trash")
        if first.taken_at.replace(microsecond=0) == second.taken_at.replace(microsecond=0):
            break
        for b in backups.list_backups(db.path):
            b.path.unlink()
    else:
        pytest.skip("could not take two backups within one second on this machine")
    listed = {b.path: b for b in backups.list_backups(db.path)}
    # Whatever the directory order, the later one must sort as newer.
    assert (listed[second.path].taken_at, listed[second.path].sequence) > (
        listed[first.path].taken_at,
        listed[first.path].sequence,
    )


# --- when backups are taken ----------------------------------------------------------------


def test_backup_if_changed(db):
    design_id = library.create_blank(db, library.NewDesign(title="A"))
    first = db.backup_if_changed("periodic")
    assert first is not None and first.path.exists()
    assert db.changes_since_backup() == 0

    assert db.backup_if_changed("periodic") is None  # nothing changed since
    assert [b.path for b in db.list_backups()] == [first.path]

    library.rename(db, design_id, "B")
    assert db.changes_since_backup() == 1
    # A change, but the last backup is younger than the pause asked for.
    assert db.backup_if_changed("periodic", min_minutes=30) is None
    second = db.backup_if_changed("periodic")
    assert second is not None and second.path.exists()
    assert design_titles(second.path) == {design_id: "B"}
    assert db.backup_if_changed("periodic") is None


def test_backup_if_changed_takes_one_after_the_pause(db):
    from sqlalchemy import text

    design_id = library.create_blank(db, library.NewDesign(title="A"))
    db.backup("manual")
    library.rename(db, design_id, "B")
    # The last backup an hour ago (set the way the app records it).
    with db.engine.begin() as conn:
        conn.execute(
            text("UPDATE app_meta SET value = :v WHERE key = 'last_backup_at'"),
            {"v": (utcnow() - timedelta(hours=1)).isoformat()},
        )
    taken = db.backup_if_changed("periodic", min_minutes=30)
    assert taken is not None
    assert design_titles(taken.path) == {design_id: "B"}


def test_an_empty_new_database_needs_no_backup(db):
    assert db.backup_if_changed("periodic") is None
    assert db.list_backups() == []


def test_restore_brings_back_the_old_content_and_keeps_what_it_replaced(db):
    a = library.create_blank(db, library.NewDesign(title="A"))
    b = library.create_blank(db, library.NewDesign(title="B"))
    taken = db.backup("manual")
    library.rename(db, a, "A changed")
    c = library.create_blank(db, library.NewDesign(title="C"))
    replaced = {a: "A changed", b: "B", c: "C"}

    db.restore(taken.path)

    assert design_titles(db.path) == {a: "A", b: "B"}
    with db.session() as s:  # the writer opens again on the restored file
        assert sorted(s.scalars(select(Design.title))) == ["A", "B"]
    kept = [x for x in db.list_backups() if x.reason == "restore"]
    assert len(kept) == 1
    assert design_titles(kept[0].path) == replaced
    assert integrity(db.path) == ["ok"]
    assert taken.path.exists(), "the backup restored from stays"
    assert not db.path.with_name(db.path.name + ".restore.tmp").exists()


def test_restore_refuses_a_backup_from_a_newer_version(db, tmp_path):
    library.create_blank(db, library.NewDesign(title="Mine"))
    newer = tmp_path / "newer.db"
    db.backup("manual", to=newer)  # a backup file is a rollback-journal database
    con = sqlite3.connect(newer)
    con.execute("PRAGMA user_version = 99")
    con.close()
    db.close()
    before = sha256(db.path)
    with pytest.raises(DatabaseProblem) as caught:
        db.restore(newer)
    assert caught.value.code == "newer_schema"
    assert sha256(db.path) == before


def test_move_to_trash_takes_a_backup_first(db):
    design_id = library.create_blank(db, library.NewDesign(title="Doomed"))
    assert db.list_backups() == []
    library.move_to_trash(db, design_id)
    taken = db.list_backups()
    assert [b.reason for b in taken] == ["trash"]
    # Taken before the move: the design is there and not in the trash.
    assert read_only_rows(taken[0].path, "SELECT title, trashed_at FROM design") == [
        ("Doomed", None)
    ]
    with db.session() as s:
        assert s.get(Design, design_id).trashed_at is not None


def test_empty_trash_takes_a_backup_first(db):
    keep = library.create_blank(db, library.NewDesign(title="Kept"))
    doomed = library.create_blank(db, library.NewDesign(title="Doomed"))
    with db.write() as s:  # into the trash without the trash backup, to see only this one
        s.get(Design, doomed).trashed_at = utcnow()
    assert library.empty_trash(db) == 1
    taken = db.list_backups()
    assert [b.reason for b in taken] == ["empty-trash"]
    assert design_titles(taken[0].path) == {keep: "Kept", doomed: "Doomed"}
    with db.session() as s:
        assert s.scalars(select(Design.id)).all() == [keep]


def test_empty_trash_with_nothing_in_it_takes_no_backup(db):
    library.create_blank(db, library.NewDesign(title="Kept"))
    assert library.empty_trash(db) == 0
    assert db.list_backups() == []


# --- the command line ------------------------------------------------------------------------


def test_cli_backup_backups_and_restore(tmp_path):
    path = tmp_path / "cli.db"
    first = deseo("--db", str(path), "new", "Before")
    assert first.returncode == 0, first.stderr

    done = deseo("--db", str(path), "backup")
    assert done.returncode == 0, done.stderr
    assert_no_traceback(done)
    backup = Path(last_line(done.stdout))
    assert backup.parent == backup_dir(path) and backup.exists()
    assert integrity(backup) == ["ok"] and application_id(backup) == APPLICATION_ID

    outside = tmp_path / "elsewhere" / "copy.db"
    outside.parent.mkdir()
    done = deseo("--db", str(path), "backup", "--to", str(outside))
    assert done.returncode == 0, done.stderr
    assert Path(last_line(done.stdout)) == outside
    assert set(design_titles(outside).values()) == {"Before"}

    listed = deseo("--db", str(path), "backups")
    assert listed.returncode == 0, listed.stderr
    assert str(backup) in listed.stdout and "manual" in listed.stdout
    assert str(outside) not in listed.stdout  # --to copies are not in the backups folder

    assert deseo("--db", str(path), "new", "After").returncode == 0
    assert set(design_titles(path).values()) == {"Before", "After"}

    done = deseo("--db", str(path), "restore", str(backup))
    assert done.returncode == 0, done.stderr
    assert_no_traceback(done)
    assert "Restored" in done.stdout
    assert set(design_titles(path).values()) == {"Before"}
    assert sidecars(path) == []
    reasons = deseo("--db", str(path), "backups").stdout
    assert "restore" in reasons  # what was replaced was kept

    # The restored file is usable by every command.
    assert deseo("--db", str(path), "check").returncode == 0
    assert "Before" in deseo("--db", str(path), "list").stdout


def test_cli_restore_of_a_file_that_is_not_a_database(tmp_path):
    path = tmp_path / "cli.db"
    make_database(path)
    before = sha256(path)
    notes = tmp_path / "notes.txt"
    notes.write_text("These are my meeting notes, not a database.\n" * 20, encoding="utf-8")

    done = deseo("--db", str(path), "restore", str(notes))

    assert_plain_failure(done, "not")
    assert "notes.txt" in done.stderr
    assert sha256(path) == before
    assert sidecars(path) == []


def test_cli_restore_of_a_missing_file(tmp_path):
    path = tmp_path / "cli.db"
    make_database(path)
    before = sha256(path)
    done = deseo("--db", str(path), "restore", str(tmp_path / "nowhere.db"))
    assert_plain_failure(done, "nowhere.db")
    assert sha256(path) == before


def test_backups_are_named_for_their_database(db_path, tmp_path):
    db = Database.open(db_path)
    try:
        library.create_blank(db, library.NewDesign(title="A"))
        taken = db.backup("manual")
    finally:
        db.close()
    assert taken.path.name.startswith(f"{db_path.stem}-")
    assert taken.path.name.endswith("-manual.db")
    # Another database in the same folder does not see these backups.
    other = tmp_path / "other.db"
    Database.open(other).close()
    assert backups.list_backups(other) == []
