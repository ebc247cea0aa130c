"""A database the person may read but not write: writes refused in plain words, listing works.

Root ignores file modes, so the real case drops privileges to `nobody` (setpriv or runuser).
The commands run under the venv's interpreter when nobody may run it; where it cannot (an
interpreter under /root, mode 0700), under the system interpreter of the same Python version
with the venv's site-packages and the project on PYTHONPATH: the same code, and no folder of
the machine opened up. A second variant injects the refusal at the boundary (os.access in
store.inspect) for machines where privileges cannot be dropped.
"""

import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path
from types import SimpleNamespace

import pytest
from helpers import (
    CLI_TIMEOUT,
    TESTS,
    assert_no_traceback,
    assert_plain_failure,
    make_database,
    sha256,
    sidecars,
)

from deseo_desktop import cli
from deseo_desktop.services.database import Database
from deseo_desktop.services.library_list import list_designs
from deseo_desktop.store import inspect as store_inspect
from deseo_desktop.store.errors import DatabaseProblem

PROJECT = TESTS.parent
TITLES = ("Readable one", "Readable two")


def _drop_privileges_prefix() -> list[str] | None:
    if shutil.which("setpriv"):
        return ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"]
    if shutil.which("runuser"):
        return ["runuser", "-u", "nobody", "--"]
    return None


def _nobody_env(home: Path) -> dict[str, str]:
    site = sysconfig.get_paths()["purelib"]
    platsite = sysconfig.get_paths()["platlib"]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "PYTHON"))}
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_STATE_HOME=str(home / "state"),
        XDG_RUNTIME_DIR=str(home / "runtime"),
        PYTHONPATH=os.pathsep.join([str(TESTS / "guard"), str(PROJECT), site, platsite]),
        PYTHONDONTWRITEBYTECODE="1",
        LANG="C.UTF-8",
    )
    return env


def _run_as_nobody(prefix, python, args, env, cwd) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*prefix, python, *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=cwd,
        timeout=CLI_TIMEOUT,
    )


def _python_for_nobody(prefix, env, cwd) -> str | None:
    """An interpreter nobody can run that imports the app: the venv's, else the system's."""
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    for candidate in (sys.executable, f"/usr/bin/{version}", f"/usr/local/bin/{version}"):
        if not Path(candidate).exists():
            continue
        probe = _run_as_nobody(
            prefix, candidate, ["-c", "import deseo_desktop.cli, sqlalchemy, alembic"], env, cwd
        )
        if probe.returncode == 0:
            return candidate
    return None


@pytest.fixture
def as_nobody():
    """A folder nobody can read but not write, holding a database root made; a runner."""
    if os.geteuid() != 0:
        pytest.skip("dropping privileges needs root; test_os_access_refusal covers this case")
    prefix = _drop_privileges_prefix()
    if prefix is None:
        pytest.skip("neither setpriv nor runuser is installed (util-linux)")
    # pytest's tmp_path sits under /tmp/pytest-of-root (0700): use a fresh 0755 folder.
    folder = Path(tempfile.mkdtemp(prefix="deseo-readonly-"))
    try:
        folder.chmod(0o755)
        home = folder / "home"  # exists, owned by root, 0755: nobody cannot write there
        home.mkdir(mode=0o755)
        data = folder / "data"
        data.mkdir(mode=0o755)
        path = data / "designs.db"
        titles = make_database(path, TITLES)
        shutil.rmtree(data / "logs", ignore_errors=True)
        path.chmod(0o644)
        data.chmod(0o755)
        env = _nobody_env(home)
        python = _python_for_nobody(prefix, env, folder)
        if python is None:
            pytest.skip(
                f"no Python {sys.version_info.major}.{sys.version_info.minor} interpreter that "
                "user nobody may run can import the app (the venv's interpreter is under a "
                "folder nobody cannot enter; check `namei -l` on it)"
            )

        def run(*args: str) -> subprocess.CompletedProcess:
            return _run_as_nobody(prefix, python, ["-m", "deseo_desktop", *args], env, folder)

        yield SimpleNamespace(path=path, titles=titles, run=run, folder=data)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_nobody_cannot_write(as_nobody):
    path = as_nobody.path
    before = sha256(path)
    listing = sorted(p.name for p in as_nobody.folder.iterdir())

    done = as_nobody.run("--db", str(path), "new", "X")

    assert_plain_failure(done, "cannot be written")
    assert sha256(path) == before
    assert sidecars(path) == []
    assert sorted(p.name for p in as_nobody.folder.iterdir()) == listing


def test_nobody_cannot_create_a_database_in_a_read_only_folder(as_nobody):
    path = as_nobody.folder / "new.db"
    done = as_nobody.run("--db", str(path), "new", "X")
    assert_plain_failure(done, "cannot be written")
    assert not path.exists()


def test_nobody_can_still_list(as_nobody):
    path = as_nobody.path
    before = sha256(path)

    done = as_nobody.run("--db", str(path), "list")

    assert_no_traceback(done)
    assert done.returncode == 0, done.stderr
    for title in TITLES:
        assert title in done.stdout, (done.stdout, done.stderr)
    assert sha256(path) == before
    assert sidecars(path) == []


def test_nobody_check_says_something_plain(as_nobody):
    path = as_nobody.path
    before = sha256(path)
    done = as_nobody.run("--db", str(path), "check")
    assert_no_traceback(done)
    if done.returncode != 0:
        assert_plain_failure(done, "cannot be written")
    else:
        assert "ok" in done.stdout
    assert sha256(path) == before


# --- the refusal injected at the boundary ---------------------------------------------------


class _NoWriteOs:
    """store.inspect's view of `os`, where nothing is writable (as for an unprivileged user)."""

    def __getattr__(self, name):
        return getattr(os, name)

    @staticmethod
    def access(path, mode, *args, **kwargs):
        if mode & os.W_OK:
            return False
        return os.access(path, mode, *args, **kwargs)


def test_os_access_refusal(tmp_path, monkeypatch, capsys):
    path = tmp_path / "designs.db"
    titles = make_database(path, TITLES)
    before = sha256(path)
    monkeypatch.setattr(store_inspect, "os", _NoWriteOs())

    with pytest.raises(DatabaseProblem) as caught:
        Database.inspect(path)
    assert caught.value.code == "read_only"
    with pytest.raises(DatabaseProblem, match="read_only"):
        Database.open(path)

    assert cli.main(["--db", str(path), "new", "X"]) == 1
    err = capsys.readouterr().err
    assert "cannot be written" in err and "Traceback" not in err
    assert sha256(path) == before
    assert sidecars(path) == []

    db = Database.inspect(path, need_write=False)  # reading is still allowed
    assert {d.id: d.title for d in list_designs(db)} == titles

    assert cli.main(["--db", str(path), "list"]) == 0
    out = capsys.readouterr().out
    assert all(t in out for t in TITLES)
    assert sha256(path) == before


def test_os_access_refusal_for_a_new_file(tmp_path, monkeypatch, capsys):
    path = tmp_path / "sub" / "designs.db"
    monkeypatch.setattr(store_inspect, "os", _NoWriteOs())
    with pytest.raises(DatabaseProblem, match="read_only"):
        Database.inspect(path)
    assert cli.main(["--db", str(path), "new", "X"]) == 1
    assert "cannot be written" in capsys.readouterr().err
    assert not path.exists()
