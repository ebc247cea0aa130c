"""What every benchmark script does first: work in a private HOME, never the person's own."""

import os
import tempfile
from pathlib import Path


def private_home(name: str) -> Path:
    """A new folder for the run, set as HOME and the XDG data and config folders."""
    work = Path(tempfile.mkdtemp(prefix=f"deseo-bench-{name}-"))
    os.environ.update(
        HOME=str(work), XDG_DATA_HOME=str(work / "d"), XDG_CONFIG_HOME=str(work / "c")
    )
    return work
