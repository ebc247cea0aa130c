"""Which database this run uses, its lock file and the name a running window listens on."""

from pathlib import Path
from typing import NamedTuple

from deseo_desktop.store import lock, paths


class Instance(NamedTuple):
    db_path: Path
    named: bool
    lock_file: Path
    server_name: str
    data_dir: Path
    backups_dir: Path


def instance_for(explicit: str | Path | None) -> Instance:
    db_path, named = paths.resolve_db_path(explicit)
    return Instance(
        db_path=db_path,
        named=named,
        lock_file=paths.lock_path(db_path),
        server_name=lock.server_name(db_path),
        data_dir=db_path.parent,
        backups_dir=paths.backup_dir(db_path),
    )


def prepare_folder(instance: Instance) -> None:
    """The default data folder is created private (0700); a named file's folder is left be."""
    if not instance.named:
        paths.ensure_private_dir(instance.data_dir)


def looks_synced_or_remote(instance: Instance) -> bool:
    return paths.looks_synced_or_remote(instance.db_path)
