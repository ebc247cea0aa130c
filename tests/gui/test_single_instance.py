"""One window per database: a second launch hands over to the first."""

import os
import subprocess
import sys

from deseo_desktop.gui.single_instance import SingleInstance
from deseo_desktop.services.instance import instance_for


def test_second_instance_hands_over_to_the_first(app, qtbot, db_path):
    first = SingleInstance(instance_for(db_path))
    assert first.acquire()
    first.listen()
    second = SingleInstance(instance_for(db_path))
    with qtbot.waitSignal(first.activation_requested, timeout=5000):
        assert not second.acquire()
        assert second.hand_over()
    first.release()
    third = SingleInstance(instance_for(db_path))
    assert third.acquire()
    third.release()


def test_different_databases_do_not_collide(app, tmp_path):
    a = SingleInstance(instance_for(tmp_path / "a.db"))
    b = SingleInstance(instance_for(tmp_path / "b.db"))
    assert a.acquire() and b.acquire()
    a.release()
    b.release()


def test_stale_lock_from_a_killed_window_is_taken_over(app, db_path):
    code = (
        "import os, sys\n"
        "from PySide6.QtCore import QLockFile\n"
        "lock = QLockFile(sys.argv[1]); assert lock.tryLock(100)\n"
        "os._exit(0)  # dies holding the lock, as after kill -9\n"
    )
    lock_file = instance_for(db_path).lock_file
    subprocess.run(
        [sys.executable, "-c", code, str(lock_file)], check=True, timeout=60, env=dict(os.environ)
    )
    assert lock_file.exists()
    single = SingleInstance(instance_for(db_path))
    assert single.acquire()
    single.release()


def test_cli_refuses_to_write_while_the_window_holds_the_database(app, db_path):
    single = SingleInstance(instance_for(db_path))
    assert single.acquire()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "deseo_desktop", "--db", str(db_path), "new", "X"],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 1
        assert "window" in done.stderr and "Traceback" not in done.stderr
        listed = subprocess.run(
            [sys.executable, "-m", "deseo_desktop", "--db", str(db_path), "list"],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert listed.returncode == 0
    finally:
        single.release()


def test_a_second_launch_hands_over_its_design_file(app, qtbot, db_path):
    first = SingleInstance(instance_for(db_path))
    assert first.acquire()
    first.listen()
    second = SingleInstance(instance_for(db_path))
    path = "/media/usb/Care Together — Valdoria.deseo"
    with qtbot.waitSignal(first.file_requested, timeout=5000) as handed:
        assert second.hand_over(path)
    assert handed.args == [path]
    first.release()
