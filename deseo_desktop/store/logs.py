"""A rotating log in the data folder: errors and operations, never names or e-mails."""

import logging
from pathlib import Path

from .paths import ensure_private_dir


def setup_logging(log_file: Path, level: int = logging.INFO) -> None:
    import logging.handlers

    root = logging.getLogger("deseo_desktop")
    if any(getattr(h, "_deseo", False) for h in root.handlers):
        return
    try:
        ensure_private_dir(log_file.parent)
        handler = logging.handlers.RotatingFileHandler(
            log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8", delay=True
        )
    except OSError:
        return  # a read-only location: run without a log rather than not at all
    handler._deseo = True
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
