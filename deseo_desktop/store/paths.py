"""The per-user data folder and the database file inside it."""

import os
import sys
from pathlib import Path

DB_ENV = "DESEO_DB"
DEFAULT_DB_NAME = "designs.db"


APP_FOLDER = "DESEO Cluster Designer"


def data_dir() -> Path:
    """The per-user data folder: never the roaming profile (WAL does not work across machines).

    Written here rather than through platformdirs: this runs before the first window is
    painted, and the three rules below are all the app needs.
    """
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = str(Path.home() / "Library" / "Application Support")
    else:
        base = os.environ.get("XDG_DATA_HOME", "").strip() or str(Path.home() / ".local" / "share")
    return Path(base) / APP_FOLDER


def ensure_private_dir(path: Path) -> Path:
    """Create a folder only its owner can read (0700 where modes exist)."""
    old = os.umask(0o077)
    try:
        path.mkdir(parents=True, exist_ok=True)
    finally:
        os.umask(old)
    return path


def default_db_path() -> Path:
    return data_dir() / DEFAULT_DB_NAME


def resolve_db_path(explicit: str | os.PathLike | None = None) -> tuple[Path, bool]:
    """The database to use and whether the person named it (--db or DESEO_DB).

    A file the person named is never renamed or moved by the app.
    """
    if explicit:
        return Path(explicit).expanduser().absolute(), True
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env).expanduser().absolute(), True
    return default_db_path(), False


def backup_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def log_path(db_path: Path) -> Path:
    return db_path.parent / "logs" / "deseo.log"


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


SYNCED_FOLDER_HINTS = (
    "dropbox",
    "onedrive",
    "google drive",
    "googledrive",
    "icloud",
    "nextcloud",
    "owncloud",
    "mega",
    "box sync",
    "pcloud",
)


def looks_synced_or_remote(path: Path) -> bool:
    """A guess that the file lives in a folder a cloud client syncs, or on a network share."""
    text = str(path).lower()
    if text.startswith("\\\\") or text.startswith("//"):
        return True
    return any(hint in part.lower() for part in path.parts for hint in SYNCED_FOLDER_HINTS)
