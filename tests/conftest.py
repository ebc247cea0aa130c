"""Every test runs headless, in its own HOME and XDG folders, with no network."""

import os
import sys
from pathlib import Path

# Before anything can create a QApplication: no display here, and no real profile touched.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("LANG", "C.UTF-8")
os.environ["LANGUAGE"] = "en"
os.environ.pop("DESEO_DB", None)

GUARD_DIR = Path(__file__).parent / "guard"
sys.path.insert(0, str(GUARD_DIR))
import pytest  # noqa: E402
import sitecustomize  # noqa: E402,F401  the network guard, also loaded by every subprocess
from hypothesis import settings  # noqa: E402

settings.register_profile("ci", deadline=None, derandomize=True, max_examples=60)
settings.load_profile("ci")


@pytest.fixture(autouse=True)
def private_home(tmp_path, monkeypatch):
    """HOME, XDG folders and XDG_RUNTIME_DIR under tmp_path; inherited by subprocesses."""
    home = tmp_path / "home"
    runtime = tmp_path / "runtime"
    for folder in (home, runtime):
        folder.mkdir(mode=0o700)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("USERPROFILE", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / ".local" / "state"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    monkeypatch.setenv(
        "PYTHONPATH", os.pathsep.join(filter(None, [str(GUARD_DIR), os.environ.get("PYTHONPATH")]))
    )
    monkeypatch.delenv("DESEO_DB", raising=False)
    return home


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "designs.db"


@pytest.fixture
def db(db_path):
    """An open database on a real file, closed (and checkpointed) after the test."""
    from deseo_desktop.services.database import Database

    database = Database.open(db_path)
    yield database
    database.close()
