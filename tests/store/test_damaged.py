"""Damaged and foreign files are refused in plain words, untouched; the default one is recovered."""

import os
import random
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import (
    CLI_TIMEOUT,
    assert_plain_failure,
    design_titles,
    integrity,
    make_database,
    sha256,
    sidecars,
)

from deseo_desktop.services import library
from deseo_desktop.services.database import Database, newest_good_backup, restore_damaged
from deseo_desktop.store import backups
from deseo_desktop.store.errors import DatabaseProblem
from deseo_desktop.store.paths import default_db_path

PAGE = 4096
SEED = 7
TITLES = ("Care services", "Back office", "Women's entrepreneurship", "Fourth", "Fifth")


def _page_size(path: Path) -> int:
    header = path.read_bytes()[:100]
    size = int.from_bytes(header[16:18], "big")
    return 65536 if size == 1 else size


def damage_pages(path: Path, seed: int = SEED) -> None:
    """Seeded random bytes over pages 2..N/2: b-tree pages, which quick_check always reads."""
    data = bytearray(path.read_bytes())
    page = _page_size(path)
    pages = len(data) // page
    assert pages >= 8, "a few designs make a database of dozens of pages"
    rng = random.Random(seed)
    for n in range(1, pages // 2):  # page numbers 2..N/2 (page 1 holds the header)
        data[n * page : (n + 1) * page] = rng.randbytes(page)
    path.write_bytes(bytes(data))


def _random_pages(path: Path) -> None:
    make_database(path, TITLES)
    damage_pages(path)


def _zeroed_header(path: Path) -> None:
    make_database(path, TITLES)
    with open(path, "r+b") as f:
        f.write(bytes(100))


def _truncated(path: Path) -> None:
    make_database(path, TITLES)
    os.truncate(path, path.stat().st_size // 3)


def _truncated_inside_the_header(path: Path) -> None:
    make_database(path, TITLES)
    os.truncate(path, 50)


def _text_file(path: Path) -> None:
    path.write_text("Minutes of the meeting of 3 March.\n" * 200, encoding="utf-8")


def _directory(path: Path) -> None:
    path.mkdir()


def _newer_version(path: Path) -> None:
    make_database(path, TITLES)
    con = sqlite3.connect(path)
    con.execute("PRAGMA user_version = 99")
    con.close()
    assert sidecars(path) == []


CASES = {
    "random_pages": (_random_pages, "damaged", "damaged"),
    "zeroed_header": (_zeroed_header, "not_a_database", "not a DESEO database"),
    "truncated": (_truncated, "damaged", "damaged"),
    "truncated_header": (_truncated_inside_the_header, "not_a_database", "not a DESEO database"),
    "text_file": (_text_file, "not_a_database", "not a DESEO database"),
    "directory": (_directory, "is_directory", "folder"),
    "newer_version": (_newer_version, "newer_schema", "newer version"),
}


def _fingerprint(path: Path):
    if path.is_dir():
        return sorted(p.name for p in path.iterdir())
    return sha256(path)


def _run_all(commands: list[list[str]]) -> list[subprocess.CompletedProcess]:
    """Start the commands side by side (they only read), then collect each one."""
    procs = [
        (
            args,
            subprocess.Popen(
                [sys.executable, "-m", "deseo_desktop", *args],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                encoding="utf-8",
            ),
        )
        for args in commands
    ]
    done = []
    for args, proc in procs:
        try:
            out, err = proc.communicate(timeout=CLI_TIMEOUT)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.communicate()
            raise
        done.append(subprocess.CompletedProcess(args, proc.returncode, out, err))
    return done


@pytest.mark.parametrize("case", CASES)
def test_damaged_file_is_refused_and_left_untouched(tmp_path, case):
    make, code, words = CASES[case]
    path = tmp_path / "bad.db"
    make(path)
    before = _fingerprint(path)
    folder_before = sorted(p.name for p in tmp_path.iterdir())

    with pytest.raises(DatabaseProblem) as caught:
        Database.inspect(path)
    assert caught.value.code == code
    with pytest.raises(DatabaseProblem) as caught:
        Database.inspect(path, need_write=False)
    assert caught.value.code == code
    with pytest.raises(DatabaseProblem) as caught:
        Database.open(path)
    assert caught.value.code == code

    results = _run_all(
        [
            ["--db", str(path), "list"],
            ["--db", str(path), "list", "--json"],
            ["--db", str(path), "check"],
            ["--db", str(path), "new", "X"],
        ]
    )
    for result in results:
        message = assert_plain_failure(result, words)
        assert str(path) in message, message
        assert result.stdout == "", result.stdout

    assert _fingerprint(path) == before
    assert sidecars(path) == []
    # Nothing appeared beside it: no log folder, no backups, no temporary files.
    assert sorted(p.name for p in tmp_path.iterdir()) == folder_before


def test_damage_on_any_page_of_the_middle_is_detected(tmp_path):
    """Several seeds, to be sure the detection is not luck of one pattern."""
    original = tmp_path / "good.db"
    make_database(original, TITLES)
    for seed in range(6):
        path = tmp_path / f"bad{seed}.db"
        path.write_bytes(original.read_bytes())
        damage_pages(path, seed)
        with pytest.raises(DatabaseProblem) as caught:
            Database.inspect(path, need_write=False)
        assert caught.value.code == "damaged", seed


def test_newer_version_message_names_both_versions(tmp_path):
    path = tmp_path / "newer.db"
    _newer_version(path)
    with pytest.raises(DatabaseProblem) as caught:
        Database.inspect(path)
    assert caught.value.params == {"schema": 99}


# --- recovery of the default database --------------------------------------------------------


def _default_with_backup():
    db = Database.open()
    ids = [library.create_blank(db, library.NewDesign(title=t)) for t in TITLES]
    taken = db.backup("manual")
    db.close()
    return db.path, dict(zip(ids, TITLES, strict=True)), taken


def test_default_database_recovers_from_its_newest_good_backup():
    path, titles, taken = _default_with_backup()
    assert path == default_db_path()
    damage_pages(path)
    damaged = sha256(path)
    with pytest.raises(DatabaseProblem, match="damaged"):
        Database.inspect()

    good = newest_good_backup(None)
    assert good is not None and good.path == taken.path

    kept = restore_damaged(None, good.path)

    assert kept is not None
    assert kept.parent == path.parent
    assert kept.name.startswith("designs.db.corrupt-")
    assert sha256(kept) == damaged, "the damaged file is kept as it was"
    assert good.path.exists(), "the backup itself stays"
    db = Database.open()
    try:
        assert db.path == path
    finally:
        db.close()
    assert design_titles(path) == titles
    assert integrity(path) == ["ok"]
    assert sidecars(path) == []
    assert not any(p.name.endswith(".tmp") for p in path.parent.iterdir())


def test_newest_good_backup_skips_damaged_backups():
    path, _, taken = _default_with_backup()
    db = Database.open()
    library.create_blank(db, library.NewDesign(title="Later"))
    later = db.backup("manual")
    db.close()
    assert backups.list_backups(path)[0].path == later.path
    damage_pages(later.path)
    assert newest_good_backup(None).path == taken.path
    damage_pages(taken.path)
    assert newest_good_backup(None) is None


def test_named_damaged_database_is_replaced_but_never_renamed(tmp_path):
    path = tmp_path / "mine.db"
    titles = make_database(path, TITLES)
    good = tmp_path / "good-copy.db"
    db = Database.open(path)
    db.backup("manual", to=good)
    db.close()
    damage_pages(path)

    kept = restore_damaged(path, good)

    assert kept is None
    names = sorted(p.name for p in tmp_path.iterdir())
    assert not [n for n in names if n.startswith("mine.db.corrupt")], names
    assert not [n for n in names if n.endswith(".tmp")], names
    assert sidecars(path) == []
    assert design_titles(path) == titles
    Database.open(path).close()


def test_cli_restores_a_damaged_named_database(tmp_path):
    from helpers import deseo

    path = tmp_path / "mine.db"
    titles = make_database(path, TITLES)
    good = tmp_path / "good-copy.db"
    db = Database.open(path)
    db.backup("manual", to=good)
    db.close()
    damage_pages(path)

    done = deseo("--db", str(path), "restore", str(good))

    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert design_titles(path) == titles
    assert not [p for p in tmp_path.iterdir() if p.name.startswith("mine.db.corrupt")]


def test_cli_restore_over_a_damaged_default_database():
    from helpers import deseo

    path, titles, taken = _default_with_backup()
    damage_pages(path)

    done = deseo("restore", str(taken.path))

    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stdout + done.stderr
    assert "corrupt" in done.stdout  # says where the damaged file was kept
    assert design_titles(path) == titles
    assert [p.name for p in path.parent.glob("designs.db.corrupt-*")]


def test_cli_restore_over_a_default_database_with_a_zeroed_header():
    from helpers import deseo

    path, titles, taken = _default_with_backup()
    with open(path, "r+b") as f:
        f.write(bytes(100))

    done = deseo("restore", str(taken.path))

    assert done.returncode == 0, done.stderr
    assert design_titles(path) == titles
    assert [p.name for p in path.parent.glob("designs.db.corrupt-*")]
