"""Shared helpers for the store and CLI tests, and the child processes they start.

Imported by tests (`import helpers`: tests/ is on sys.path through conftest.py) and run as a
script by the subprocess tests:

    python tests/helpers.py writer PATH   # creates designs forever, prints "c N" after each commit
    python tests/helpers.py zygote PATH   # forks one crash-loop child per "go" line on stdin

The zygote imports the application once, then forks a fresh child for every kill, so the crash
harness spends its time writing and killing rather than importing SQLAlchemy 300 times. Each
child is a real process: it opens the database with `Database.open`, writes through the library
service, and is killed with SIGKILL by the test.
"""

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

HELPERS = Path(__file__).resolve()
TESTS = HELPERS.parent
FIXTURES = TESTS / "fixtures"
SIDECAR_SUFFIXES = ("-wal", "-shm")
CLI_TIMEOUT = 90  # seconds; a hard limit, never an assertion about speed


def sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def sidecars(path: Path) -> list[Path]:
    """The -wal and -shm files beside a database that exist right now."""
    path = Path(path)
    return [p for s in SIDECAR_SUFFIXES if (p := path.with_name(path.name + s)).exists()]


def deseo(*args: str, env: dict | None = None, timeout: float = CLI_TIMEOUT, cwd=None):
    """Run the command line in a subprocess (inherits HOME/XDG/PYTHONPATH from the fixture)."""
    full_env = dict(os.environ)
    if env:
        full_env.update(env)
    return subprocess.run(
        [sys.executable, "-m", "deseo_desktop", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
        env=full_env,
        cwd=cwd,
    )


def assert_no_traceback(result) -> None:
    for stream in (result.stdout, result.stderr):
        assert "Traceback" not in stream, stream


def assert_plain_failure(result, *fragments: str) -> str:
    """Exit code 1, one plain paragraph on stderr holding every fragment, no traceback."""
    assert_no_traceback(result)
    assert result.returncode == 1, (result.returncode, result.stdout, result.stderr)
    message = result.stderr.strip()
    assert message, "a failure must say why on stderr"
    assert "\n\n" not in message, message
    assert len(message.splitlines()) <= 3, message
    for fragment in fragments:
        assert fragment.lower() in message.lower(), (fragment, message)
    return message


def last_line(text: str) -> str:
    lines = [line for line in text.splitlines() if line.strip()]
    assert lines, "expected output on stdout"
    return lines[-1].strip()


def table_names(path: Path) -> list[str]:
    """Tables, read without writing a byte (immutable, read-only)."""
    from deseo_desktop.store.inspect import readonly_uri

    con = sqlite3.connect(readonly_uri(Path(path)), uri=True)
    try:
        rows = con.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        return [r[0] for r in rows]
    finally:
        con.close()


def read_only_rows(path: Path, sql: str, params=()) -> list[tuple]:
    """Rows from a closed database or a backup, without writing a byte to it."""
    from deseo_desktop.store.inspect import readonly_uri

    con = sqlite3.connect(readonly_uri(Path(path)), uri=True)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


def integrity(path: Path) -> list[str]:
    from deseo_desktop.store.inspect import readonly_uri

    con = sqlite3.connect(readonly_uri(Path(path)), uri=True)
    try:
        return [r[0] for r in con.execute("PRAGMA integrity_check").fetchall()]
    finally:
        con.close()


def application_id(path: Path) -> int:
    return read_only_rows(path, "PRAGMA application_id")[0][0]


def make_database(path: Path, titles=("First", "Second", "Third")) -> dict[str, str]:
    """A closed database holding blank designs; returns {id: title}."""
    from deseo_desktop.services import library
    from deseo_desktop.services.database import Database

    db = Database.open(path)
    try:
        return {library.create_blank(db, library.NewDesign(title=t)): t for t in titles}
    finally:
        db.close()


def design_titles(path: Path) -> dict[str, str]:
    return dict(read_only_rows(path, "SELECT id, title FROM design"))


# --- child processes -------------------------------------------------------------------------


def _writer(path: Path) -> None:
    """Create designs forever; after each commit returns, print "c N" (N committed)."""
    from deseo_desktop.services import library
    from deseo_desktop.services.database import Database

    db = Database.open(path)
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        library.create_blank(db, library.NewDesign(title=f"written {n}", territory="x" * 300))
        print(f"c {n}", flush=True)


def _crash_loop(path: Path) -> None:
    """Rename the first design with a rising counter; every 25th step create a design.

    "r N" means the title "title N" is committed; "c N" that the design "extra N" is.
    """
    from sqlalchemy import select

    from deseo_desktop.model import Design
    from deseo_desktop.services import library
    from deseo_desktop.services.database import Database

    db = Database.open(path)
    with db.session() as s:
        design_id, title = s.execute(
            select(Design.id, Design.title).order_by(Design.created_at, Design.id).limit(1)
        ).one()
    n = int(title.split()[1]) + 1 if title.startswith("title ") else 1
    print(f"ready {os.getpid()}", flush=True)
    while True:
        library.rename(db, design_id, f"title {n}")
        print(f"r {n}", flush=True)
        if n % 25 == 0:
            library.create_blank(db, library.NewDesign(title=f"extra {n}", territory="T"))
            print(f"c {n}", flush=True)
        n += 1


def _zygote(path: Path) -> None:
    # Import everything the child needs before forking; open no database here.
    import sqlalchemy.orm  # noqa: F401

    import deseo_desktop.model  # noqa: F401
    import deseo_desktop.services.library  # noqa: F401
    import deseo_desktop.store.engine  # noqa: F401
    import deseo_desktop.store.migrate  # noqa: F401

    print("zygote", flush=True)
    for line in sys.stdin:
        if line.strip() != "go":
            break
        pid = os.fork()
        if pid == 0:  # the child: write until killed
            code = 3
            try:
                _crash_loop(path)
            except BaseException as e:  # noqa: BLE001 - report, then leave without cleanup
                print(f"error {type(e).__name__}: {e}", flush=True)
            finally:
                os._exit(code)
        _, status = os.waitpid(pid, 0)
        print(f"dead {pid} {status}", flush=True)


if __name__ == "__main__":
    mode, db_file = sys.argv[1], Path(sys.argv[2])
    {"writer": _writer, "zygote": _zygote}[mode](db_file)
