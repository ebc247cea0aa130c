"""Look at a database file without writing a byte to it.

Opening a file with the normal engine already writes to it (switching to WAL rewrites the
header and creates -wal/-shm), so the checks here read the header directly and run
quick_check through a read-only, immutable URI. Nothing is written until this passes.
"""

import os
import sqlite3
import struct
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from .errors import DatabaseProblem

SQLITE_MAGIC = b"SQLite format 3\x00"
# "DESE": written into the header's application_id by the first migration.
APPLICATION_ID = 0x44455345
# Raised by every migration; the schema this code knows.
CURRENT_SCHEMA = 1


@dataclass(frozen=True)
class Inspection:
    path: Path
    exists: bool
    schema: int  # 0 for a missing or empty file

    @property
    def needs_upgrade(self) -> bool:
        return self.schema < CURRENT_SCHEMA


def readonly_uri(path: Path, immutable: bool = True) -> str:
    uri = "file:" + quote(str(path)) + "?mode=ro"
    return uri + "&immutable=1" if immutable else uri


def _header(path: Path) -> bytes:
    try:
        with open(path, "rb") as f:
            return f.read(100)
    except PermissionError as e:
        raise DatabaseProblem("unreadable", str(path), str(e)) from e
    except OSError as e:
        raise DatabaseProblem("unreadable", str(path), str(e)) from e


def inspect_database(path: Path, need_write: bool = True) -> Inspection:
    """Check a database file before use; raise DatabaseProblem when it must not be opened."""
    if path.is_dir():
        raise DatabaseProblem("is_directory", str(path))
    if not path.exists():
        folder = _existing_parent(path)
        if need_write and not os.access(folder, os.W_OK):
            raise DatabaseProblem("read_only", str(path))
        return Inspection(path, False, 0)
    header = _header(path)
    if len(header) == 0:
        if need_write and not _writable(path):
            raise DatabaseProblem("read_only", str(path))
        return Inspection(path, True, 0)
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise DatabaseProblem("not_a_database", str(path))
    user_version, app_id, tables = _read_and_check(path)
    if app_id != APPLICATION_ID:
        if app_id != 0 or tables:
            raise DatabaseProblem("not_deseo", str(path))
        user_version = 0
    if user_version > CURRENT_SCHEMA:
        raise DatabaseProblem("newer_schema", str(path), schema=user_version)
    if need_write and not _writable(path):
        raise DatabaseProblem("read_only", str(path))
    return Inspection(path, True, user_version)


def has_sidecars(path: Path) -> bool:
    return any(path.with_name(path.name + s).exists() for s in ("-wal", "-shm"))


def reading_uri(path: Path) -> str:
    """How to read a database without writing to it.

    With no -wal or -shm beside it, nothing else has it open: read it as immutable, which
    creates no file and takes no lock (and works in a folder the user cannot write). With
    them, commits may wait in -wal (a writer runs, or one was killed): read through the
    WAL, as SQLite's own recovery would.
    """
    if has_sidecars(path) and os.access(path.parent, os.W_OK):
        return readonly_uri(path, immutable=False)
    return readonly_uri(path)


def _existing_parent(path: Path) -> Path:
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return folder


def _writable(path: Path) -> bool:
    # The folder must be writable too: WAL keeps -wal and -shm beside the file.
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _read_and_check(path: Path) -> tuple[int, int, bool]:
    """quick_check, then user_version, application_id and whether it has tables.

    Read through SQL, not the header bytes: the header in the main file is stale while
    later commits wait in -wal.
    """
    try:
        con = sqlite3.connect(reading_uri(path), uri=True, isolation_level=None)
        try:
            rows = con.execute("PRAGMA quick_check").fetchall()
            if rows != [("ok",)]:
                raise DatabaseProblem("damaged", str(path), "; ".join(r[0] for r in rows[:5]))
            version = con.execute("PRAGMA user_version").fetchone()[0]
            app_id = con.execute("PRAGMA application_id").fetchone()[0]
            tables = con.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
        finally:
            con.close()
    except sqlite3.DatabaseError as e:
        raise DatabaseProblem("damaged", str(path), str(e)) from e
    return version, app_id, tables


def header_schema(path: Path) -> int:
    """The schema number in a file's header (0 when it is not an SQLite file)."""
    header = _header(path)
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        return 0
    return struct.unpack(">I", header[60:64])[0]


def check_file(path: Path) -> None:
    """Is this a sound DESEO database this version can open (used for backups)."""
    header = _header(path)
    if not header.startswith(SQLITE_MAGIC):
        raise DatabaseProblem("not_a_database", str(path))
    version, app_id, _tables = _read_and_check(path)
    if app_id != APPLICATION_ID:
        raise DatabaseProblem("not_deseo", str(path))
    if version > CURRENT_SCHEMA:
        raise DatabaseProblem("newer_schema", str(path), schema=version)
