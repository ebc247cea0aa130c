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
import queue
import sqlite3
import subprocess
import sys
import threading
import time
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
    """{id: title} of a closed database or a backup (immutable read: -wal is not seen)."""
    return dict(read_only_rows(path, "SELECT id, title FROM design"))


class LineChild:
    """A subprocess whose stdout lines are collected by a thread (the pipe never fills)."""

    def __init__(self, args: list[str], stdin=None):
        self.proc = subprocess.Popen(
            args,
            stdin=stdin,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            encoding="utf-8",
            errors="replace",
        )
        self.lines: queue.Queue[str | None] = queue.Queue()
        self.seen: list[str] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            self.lines.put(line.rstrip("\n"))
        self.lines.put(None)

    def next_line(self, timeout: float = 60) -> str | None:
        """The next line; None when the child has ended. Fails the test after `timeout`."""
        try:
            line = self.lines.get(timeout=timeout)
        except queue.Empty:
            raise AssertionError(f"no output for {timeout} s; so far: {self.seen[-5:]}") from None
        if line is not None:
            self.seen.append(line)
        return line

    def wait_for(self, prefix: str, timeout: float = 60) -> str:
        deadline = time.monotonic() + timeout
        while True:
            line = self.next_line(max(0.1, deadline - time.monotonic()))
            if line is None:
                raise AssertionError(f"child ended before {prefix!r}: {self.seen[-20:]}")
            if line.startswith(prefix):
                return line

    def drain(self) -> list[str]:
        """Every line already received, without waiting."""
        out = []
        while True:
            try:
                line = self.lines.get_nowait()
            except queue.Empty:
                return out
            if line is None:
                self.lines.put(None)
                return out
            self.seen.append(line)
            out.append(line)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait(timeout=30)
        if self.proc.stdin and not self.proc.stdin.closed:
            self.proc.stdin.close()
        self._reader.join(timeout=30)  # EOF once the child (and its children) are gone
        if not self._reader.is_alive():
            self.proc.stdout.close()


# --- child processes -------------------------------------------------------------------------


def _say(text: str) -> None:
    """One line in one write(2): a kill can never leave half a line (PIPE_BUF is atomic)."""
    os.write(1, (text + "\n").encode())


def _writer(path: Path) -> None:
    """Create designs forever; after each commit returns, print "c N" (N committed)."""
    from deseo_desktop.services import library
    from deseo_desktop.services.database import Database

    db = Database.open(path)
    _say("ready")
    n = 0
    while True:
        n += 1
        library.create_blank(db, library.NewDesign(title=f"written {n}", territory="x" * 300))
        _say(f"c {n}")


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
    _say(f"ready {os.getpid()}")
    while True:
        library.rename(db, design_id, f"title {n}")
        _say(f"r {n}")
        if n % 25 == 0:
            library.create_blank(db, library.NewDesign(title=f"extra {n}", territory="T"))
            _say(f"c {n}")
        n += 1


def _zygote(path: Path) -> None:
    # Import everything the child needs before forking; open no database here.
    import sqlalchemy.orm  # noqa: F401

    import deseo_desktop.model  # noqa: F401
    import deseo_desktop.services.library  # noqa: F401
    import deseo_desktop.store.engine  # noqa: F401
    import deseo_desktop.store.migrate  # noqa: F401

    _say("zygote")
    for line in sys.stdin:
        if line.strip() != "go":
            break
        pid = os.fork()
        if pid == 0:  # the child: write until killed
            code = 3
            try:
                _crash_loop(path)
            except BaseException as e:  # noqa: BLE001 - report, then leave without cleanup
                _say(f"error {type(e).__name__}: {e}")
            finally:
                os._exit(code)
        _, status = os.waitpid(pid, 0)
        _say(f"dead {pid} {status}")


if __name__ == "__main__":
    mode, db_file = sys.argv[1], Path(sys.argv[2])
    {"writer": _writer, "zygote": _zygote}[mode](db_file)
