"""Opening a database safely: inspect read-only, back up, migrate, then one writer.

Opening is in two steps so the window can paint first: `Database.inspect()` reads the file
with sqlite3 only (no ORM import); `open_writer()` loads SQLAlchemy, migrates after a checked
backup when needed, and reads every pragma back.
"""

import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from deseo_desktop.store import backups, lock, paths
from deseo_desktop.store.errors import DatabaseProblem
from deseo_desktop.store.inspect import (
    CURRENT_SCHEMA,
    Inspection,
    inspect_database,
    reading_uri,
)
from deseo_desktop.store.logs import setup_logging

log = logging.getLogger(__name__)

__all__ = ["Database", "DatabaseProblem", "WindowHoldsDatabase"]


class WindowHoldsDatabase(Exception):
    def __init__(self, pid: int):
        super().__init__(f"the window (process {pid}) has this database open")
        self.pid = pid


class Database:
    def __init__(self, inspection: Inspection, named: bool):
        self.path = inspection.path
        self.named = named  # chosen by --db or DESEO_DB: never renamed by the app
        self.inspection = inspection
        self.engine = None

    # --- opening -------------------------------------------------------------------------

    @classmethod
    def inspect(cls, explicit: str | Path | None = None, need_write: bool = True) -> "Database":
        path, named = paths.resolve_db_path(explicit)
        if not named:
            paths.ensure_private_dir(path.parent)
        inspection = inspect_database(path, need_write=need_write)
        setup_logging(paths.log_path(path)) if need_write else None
        return cls(inspection, named)

    @classmethod
    def open(cls, explicit: str | Path | None = None) -> "Database":
        db = cls.inspect(explicit)
        db.open_writer()
        return db

    def open_writer(self) -> None:
        from sqlalchemy.exc import OperationalError

        from deseo_desktop.store.engine import make_engine, verify_pragmas

        if self.engine is not None:
            return
        if not self.path.parent.exists():
            paths.ensure_private_dir(self.path.parent)
        backups.remove_stale_temporaries(self.path.parent)
        if self.inspection.needs_upgrade:
            from deseo_desktop.store import migrate  # Alembic loads only when it has work

            if self.inspection.schema > 0:
                backups.take_backup(self.path, "migration")
            migrate.upgrade(self.path)
        _make_private(self.path)
        engine = make_engine(self.path)
        try:
            try:
                verify_pragmas(engine, self.path)
            except OperationalError as e:  # e.g. WAL refused on a read-only file or folder
                raise DatabaseProblem("read_only", str(self.path), str(e.orig)) from e
            # The header read before opening can be stale while commits wait in -wal.
            with engine.connect() as conn:
                schema = conn.exec_driver_sql("PRAGMA user_version").scalar()
                conn.rollback()
            if schema > CURRENT_SCHEMA:
                raise DatabaseProblem("newer_schema", str(self.path), schema=schema)
        except DatabaseProblem:
            engine.dispose()
            raise
        self.engine = engine
        log.info("database opened")

    def close(self) -> None:
        from deseo_desktop.store.engine import checkpoint_and_dispose

        if self.engine is not None:
            checkpoint_and_dispose(self.engine)
            self.engine = None

    # --- reading and writing ---------------------------------------------------------------

    def reader(self) -> sqlite3.Connection | None:
        """A read-only sqlite3 connection for fast listing; None while the file is missing."""
        if not self.path.exists() or self.path.stat().st_size == 0:
            return None
        con = sqlite3.connect(reading_uri(self.path), uri=True)
        con.row_factory = sqlite3.Row
        return con

    @contextmanager
    def session(self) -> Iterator["Session"]:  # noqa: F821
        """A read session; objects stay usable after it closes."""
        from sqlalchemy.orm import Session

        self.open_writer()
        with Session(self.engine, expire_on_commit=False) as s:
            yield s

    @contextmanager
    def write(self, design_id: str | None = None) -> Iterator["Session"]:  # noqa: F821
        """One unit of work, committed whole; raises the change counter (and the design's)."""
        from sqlalchemy import text
        from sqlalchemy.orm import Session

        self.open_writer()
        with Session(self.engine, expire_on_commit=False) as s, s.begin():
            yield s
            s.flush()
            s.execute(
                text(
                    "INSERT INTO app_meta(key, value) VALUES ('change_count', '1') "
                    "ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1"
                )
            )
            if design_id:
                s.execute(
                    text(
                        "UPDATE design SET edit_count = edit_count + 1, updated_at = :now "
                        "WHERE id = :id"
                    ),
                    {"now": _utcnow(), "id": design_id},
                )

    def writable(self) -> bool:
        return os.access(self.path, os.W_OK) and os.access(self.path.parent, os.W_OK)

    def read_only_problems(self) -> list[str]:
        """integrity_check and foreign_key_check through a read-only connection."""
        con = self.reader()
        try:
            rows = [r[0] for r in con.execute("PRAGMA integrity_check").fetchall()]
            problems = [] if rows == ["ok"] else [f"integrity: {r}" for r in rows[:20]]
            problems += [
                f"foreign key: table {r[0]} row {r[1]} -> {r[2]}"
                for r in con.execute("PRAGMA foreign_key_check").fetchall()[:20]
            ]
        finally:
            con.close()
        return problems

    def refuse_if_window_open(self) -> None:
        pid = lock.window_holder(self.path)
        if pid is not None:
            raise WindowHoldsDatabase(pid)

    # --- backups ---------------------------------------------------------------------------

    def meta(self, key: str, default: str = "") -> str:
        con = self.reader()
        if con is None:
            return default
        try:
            row = con.execute("SELECT value FROM app_meta WHERE key = ?", (key,)).fetchone()
        except sqlite3.OperationalError:
            return default
        finally:
            con.close()
        return row[0] if row else default

    def _set_meta(self, **values: str) -> None:
        from sqlalchemy import text

        with self.engine.begin() as conn:
            for key, value in values.items():
                conn.execute(
                    text(
                        "INSERT INTO app_meta(key, value) VALUES (:k, :v) "
                        "ON CONFLICT(key) DO UPDATE SET value = :v"
                    ),
                    {"k": key, "v": value},
                )

    def changes_since_backup(self) -> int:
        return int(self.meta("change_count", "0") or 0) - int(
            self.meta("last_backup_change_count", "0") or 0
        )

    def backup(self, reason: str, to: Path | None = None) -> backups.Backup:
        self.open_writer()
        count = self.meta("change_count", "0")
        taken = backups.take_backup(self.path, reason, to=to)
        if to is None:
            self._set_meta(last_backup_change_count=count, last_backup_at=_utcnow().isoformat())
            backups.thin_backups(self.path)
        return taken

    def backup_if_changed(self, reason: str, min_minutes: float = 0) -> backups.Backup | None:
        """A backup when something changed since the last one (and, if asked, after a pause)."""
        if self.changes_since_backup() <= 0:
            return None
        last = self.meta("last_backup_at")
        if min_minutes and last:
            elapsed = (_utcnow() - datetime.fromisoformat(last)).total_seconds() / 60
            if elapsed < min_minutes:
                return None
        return self.backup(reason)

    def list_backups(self) -> list[backups.Backup]:
        return backups.list_backups(self.path)

    def restore(self, backup: Path) -> None:
        """Replace this database with a backup (the current one is backed up first)."""
        self.close()
        backups.restore_backup(self.path, backup)
        self.inspection = inspect_database(self.path)


def restore_damaged(explicit: str | Path | None, backup: Path) -> Path | None:
    """Put the newest good backup in place of a damaged database.

    The damaged default database is kept as `*.corrupt-<time>`; a file the person named
    with --db is never renamed, so it is only replaced when they restore on purpose.
    """
    path, named = paths.resolve_db_path(explicit)
    kept = None if named else backups.corrupt_name(path)
    backups.restore_backup(path, backup, keep_current_as=kept)
    return kept


def newest_good_backup(explicit: str | Path | None) -> backups.Backup | None:
    path, _ = paths.resolve_db_path(explicit)
    return backups.newest_good_backup(path)


def _utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _make_private(path: Path) -> None:
    try:
        if path.exists():
            path.chmod(0o600)
    except OSError:
        pass
