"""Checked backups through SQLite's backup API, their thinning, and restore.

Copying the .db file while the app runs loses what sits in -wal; the backup API gives a
consistent copy while writes go on. Every copy is checked before it is renamed into place.
"""

import logging
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from .errors import DatabaseProblem
from .inspect import check_file, reading_uri, readonly_uri
from .paths import backup_dir, ensure_private_dir

log = logging.getLogger(__name__)
STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?-(?P<reason>[a-z-]+)\.db$")
REASONS = ("start", "periodic", "migration", "trash", "empty-trash", "manual", "restore", "import")
# The newest 20 whatever their age (a workshop day's worth), then Anki's policy: the newest
# per day for 12 days, per week for 10 weeks, per month for 9 months.
KEEP_RECENT, KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 20, 12, 10, 9


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime  # UTC
    reason: str
    sequence: int = 1  # several in the same second

    @property
    def size(self) -> int:
        return self.path.stat().st_size


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    if os.name == "posix":
        _fsync(path)


def copy_database(source_uri: str, target: Path) -> None:
    """Copy through the backup API into `target` (replaced atomically), checked first."""
    tmp = target.with_name(target.name + ".tmp")
    tmp.unlink(missing_ok=True)
    old = os.umask(0o077)
    try:
        src = sqlite3.connect(source_uri, uri=True)
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
            # A backup is one self-contained file, not a WAL database waiting for its -wal.
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
            src.close()
        _fsync(tmp)
        check_file(tmp)
        os.replace(tmp, target)
        _fsync_dir(target.parent)
    except (sqlite3.Error, OSError, DatabaseProblem) as e:
        tmp.unlink(missing_ok=True)
        raise DatabaseProblem("backup_failed", str(target), str(e)) from e
    finally:
        os.umask(old)


def take_backup(db_path: Path, reason: str, to: Path | None = None) -> Backup:
    """A checked copy of the database, in its backup folder unless `to` is given."""
    now = datetime.now(UTC).replace(tzinfo=None)
    sequence = 1
    if to is None:
        folder = ensure_private_dir(backup_dir(db_path))
        stamp = now.strftime(STAMP)
        # Numbered after every backup of the same second, whatever its reason, so the
        # order of backups is the order they were taken.
        used = [
            b.sequence for b in list_backups(db_path) if b.taken_at == now.replace(microsecond=0)
        ]
        sequence = max(used, default=0) + 1
        middle = stamp if sequence == 1 else f"{stamp}-{sequence}"
        target = folder / f"{db_path.stem}-{middle}-{reason}.db"
    else:
        target = to
    copy_database(reading_uri(db_path), target)
    log.info("backup taken (%s): %s", reason, target.name)
    return Backup(target, now.replace(microsecond=0), reason, sequence)


def list_backups(db_path: Path) -> list[Backup]:
    """This database's backups, newest first."""
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    found = []
    for p in folder.iterdir():
        m = _NAME.match(p.name)
        if m and m["stem"] == db_path.stem:
            taken = datetime.strptime(m["stamp"], STAMP)
            found.append(Backup(p, taken, m["reason"], int(m["n"] or 1)))
    return sorted(found, key=lambda b: (b.taken_at, b.sequence), reverse=True)


def backups_to_keep(taken: list[datetime], now: datetime) -> set[int]:
    """Indexes of the backups to keep (the newest few, then per day, week, month); pure."""
    order = sorted(range(len(taken)), key=lambda i: taken[i], reverse=True)
    keep: set[int] = set(order[:KEEP_RECENT])
    for keyf, count, span in (
        (lambda d: d.date(), KEEP_DAILY, timedelta(days=KEEP_DAILY)),
        (lambda d: d.isocalendar()[:2], KEEP_WEEKLY, timedelta(weeks=KEEP_WEEKLY)),
        (lambda d: (d.year, d.month), KEEP_MONTHLY, timedelta(days=31 * KEEP_MONTHLY)),
    ):
        seen = []
        for i in order:
            key = keyf(taken[i])
            if key not in seen and len(seen) < count and now - taken[i] <= span:
                seen.append(key)
                keep.add(i)
    return keep


def thin_backups(db_path: Path, now: datetime | None = None) -> list[Path]:
    now = now or datetime.now(UTC).replace(tzinfo=None)
    backups = list_backups(db_path)  # newest first; `order` in backups_to_keep is stable
    keep = backups_to_keep([b.taken_at for b in backups], now)
    removed = []
    for i, b in enumerate(backups):
        if i not in keep:
            b.path.unlink(missing_ok=True)
            removed.append(b.path)
    return removed


def remove_stale_temporaries(folder: Path) -> int:
    """Temporary files left by a write that was killed halfway."""
    n = 0
    for pattern in ("*.tmp", ".*.deseo-tmp"):
        for p in folder.glob(pattern):
            try:
                p.unlink()
                n += 1
            except OSError:
                pass
    return n


def _sidecars(db_path: Path) -> list[Path]:
    return [db_path.with_name(db_path.name + s) for s in ("-wal", "-shm")]


def restore_backup(db_path: Path, backup: Path, keep_current_as: Path | None = None) -> None:
    """Put a backup in place of the database, which must be closed by every connection.

    The backup is checked first (a damaged one, or one from a newer version, changes
    nothing). The current file is kept first: renamed to `keep_current_as` when asked (the
    damaged default database), otherwise backed up as "restore" — or, when it is too
    damaged for a checked backup, copied byte for byte into the backups folder.
    """
    check_file(backup)
    staged = db_path.with_name(db_path.name + ".restore.tmp")
    copy_database(readonly_uri(backup), staged)
    try:
        if db_path.exists():
            if keep_current_as is not None:
                for side in [db_path, *_sidecars(db_path)]:
                    if side.exists():
                        suffix = side.name[len(db_path.name) :]
                        os.replace(side, keep_current_as.with_name(keep_current_as.name + suffix))
            else:
                try:
                    take_backup(db_path, "restore")
                except DatabaseProblem:
                    _keep_raw_copy(db_path)
    except OSError:
        staged.unlink(missing_ok=True)
        raise
    for side in _sidecars(db_path):
        side.unlink(missing_ok=True)
    os.replace(staged, db_path)
    _fsync_dir(db_path.parent)
    log.info("restored from %s", backup.name)


def _keep_raw_copy(db_path: Path) -> Path:
    """A damaged file's bytes (and its -wal), kept where list_backups will not offer them."""
    folder = ensure_private_dir(backup_dir(db_path))
    stamp = datetime.now(UTC).strftime(STAMP)
    kept = folder / f"{db_path.name}.damaged-{stamp}"
    for side in [db_path, *_sidecars(db_path)]:
        if side.exists():
            shutil.copyfile(side, kept.with_name(kept.name + side.name[len(db_path.name) :]))
    log.info("damaged database kept as %s", kept.name)
    return kept


def corrupt_name(db_path: Path, now: datetime | None = None) -> Path:
    now = now or datetime.now(UTC).replace(tzinfo=None)
    return db_path.with_name(f"{db_path.name}.corrupt-{now.strftime(STAMP)}")


def newest_good_backup(db_path: Path) -> Backup | None:
    for b in list_backups(db_path):
        try:
            check_file(b.path)
            return b
        except DatabaseProblem:
            continue
    return None
