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
    user_version, app_id = (
        struct.unpack(">I", header[60:64])[0],
        struct.unpack(">I", header[68:72])[0],
    )
    _quick_check(path)
    if app_id != APPLICATION_ID:
        if app_id != 0 or _has_tables(path):
            raise DatabaseProblem("not_deseo", str(path))
        user_version = 0
    if user_version > CURRENT_SCHEMA:
        raise DatabaseProblem("newer_schema", str(path), schema=user_version)
    if need_write and not _writable(path):
        raise DatabaseProblem("read_only", str(path))
    return Inspection(path, True, user_version)


def _existing_parent(path: Path) -> Path:
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return folder


def _writable(path: Path) -> bool:
    # The folder must be writable too: WAL keeps -wal and -shm beside the file.
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _connect_ro(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(readonly_uri(path), uri=True, isolation_level=None)


def _quick_check(path: Path) -> None:
    try:
        con = _connect_ro(path)
        try:
            rows = con.execute("PRAGMA quick_check").fetchall()
        finally:
            con.close()
    except sqlite3.DatabaseError as e:
        raise DatabaseProblem("damaged", str(path), str(e)) from e
    if rows != [("ok",)]:
        raise DatabaseProblem("damaged", str(path), "; ".join(r[0] for r in rows[:5]))


def _has_tables(path: Path) -> bool:
    con = _connect_ro(path)
    try:
        return con.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
    finally:
        con.close()


def check_file(path: Path) -> None:
    """Header and quick_check only: is this a sound DESEO database (used for backups)."""
    header = _header(path)
    if not header.startswith(SQLITE_MAGIC):
        raise DatabaseProblem("not_a_database", str(path))
    _quick_check(path)
    if struct.unpack(">I", header[68:72])[0] != APPLICATION_ID:
        raise DatabaseProblem("not_deseo", str(path))
