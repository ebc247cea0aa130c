"""Who holds a database: the window keeps a QLockFile beside it for its whole life.

This reads that lock file (Qt's format: pid, application name, host name, one per line)
without Qt, so the command line can refuse to write while a window has the database open.
"""

import os
from pathlib import Path

from .paths import lock_path


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if os.name == "nt":  # pragma: no cover - no Windows here
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def window_holder(db_path: Path) -> int | None:
    """The process id of a live window holding this database, or None."""
    try:
        lines = lock_path(db_path).read_text(encoding="utf-8", errors="replace").splitlines()
        pid = int(lines[0])
    except (OSError, ValueError, IndexError):
        return None
    import socket

    host = lines[2] if len(lines) > 2 else ""
    if host and host != socket.gethostname():
        return None
    return pid if _alive(pid) else None


def server_name(db_path: Path) -> str:
    """The local-socket name a window listens on, one per database (tests never collide)."""
    import hashlib

    digest = hashlib.sha1(str(db_path.resolve()).encode("utf-8", "surrogatepass")).hexdigest()
    uid = os.getuid() if hasattr(os, "getuid") else 0
    return f"deseo-{uid}-{digest[:16]}"
