"""The command line end to end, in subprocesses: output, exit codes, plain messages, the lock."""

import json
import os
import re
import socket
import subprocess
import sys
from importlib.metadata import version

import pytest
from helpers import (
    assert_no_traceback,
    assert_plain_failure,
    deseo,
    design_titles,
    last_line,
    make_database,
    sha256,
    sidecars,
)

from deseo_desktop.resources import resource_path
from deseo_desktop.rules.text import TITLE_MAX

UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
HOSTILE_TITLE = 'Économie sociale ✨🇫🇷 <b>Ñandú</b> & co = "=SUM(A1)" <script>x</script> ½'


def ok(*args: str, **kwargs) -> subprocess.CompletedProcess:
    done = deseo(*args, **kwargs)
    assert_no_traceback(done)
    assert done.returncode == 0, (args, done.stdout, done.stderr)
    return done


def listed(path) -> list[dict]:
    return json.loads(ok("--db", str(path), "list", "--json").stdout)


def test_version():
    done = ok("--version")
    assert done.stdout.strip() == f"deseo {version('deseo-desktop')}"


def test_new_prints_the_id_last_and_list_shows_it(tmp_path):
    path = tmp_path / "cli.db"
    done = ok(
        "--db", str(path), "new", "Care cluster", "--territory", "Valle Alta", "--country", "FR"
    )
    design_id = last_line(done.stdout)
    assert UUID.match(design_id), done.stdout
    assert sidecars(path) == [], "a write command closes cleanly"

    text = ok("--db", str(path), "list").stdout
    assert design_id in text and "Care cluster" in text and "Valle Alta" in text

    rows = listed(path)
    assert len(rows) == 1
    row = rows[0]
    assert {"id", "title", "territory", "country", "cluster_kind", "status", "updated_at"} <= set(
        row
    )
    assert row["id"] == design_id
    assert row["title"] == "Care cluster"
    assert row["territory"] == "Valle Alta"
    assert row["country"] == "FR"
    assert row["cluster_kind"] == "new"
    assert row["status"] == "draft"
    assert re.match(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", row["updated_at"]), row["updated_at"]


def test_list_of_an_empty_database_says_how_to_start(tmp_path):
    path = tmp_path / "empty.db"
    done = ok("--db", str(path), "list")
    assert done.stdout == ""
    assert "deseo new" in done.stderr
    assert json.loads(ok("--db", str(path), "list", "--json").stdout) == []


def test_demo_prints_the_id_last(tmp_path):
    if not resource_path("templates", "example.json").exists():
        pytest.skip("resources/templates/example.json is not written yet")
    path = tmp_path / "cli.db"
    design_id = last_line(ok("--db", str(path), "demo").stdout)
    assert UUID.match(design_id)
    assert [r["id"] for r in listed(path)] == [design_id]
    ok("--db", str(path), "check")


def test_check_good_and_bad(tmp_path):
    path = tmp_path / "cli.db"
    ok("--db", str(path), "new", "A")
    done = ok("--db", str(path), "check")
    assert "ok" in done.stdout

    missing = tmp_path / "missing.db"
    done = ok("--db", str(missing), "check")
    assert "no database yet" in done.stdout
    assert not missing.exists()

    bad = tmp_path / "bad.db"
    bad.write_bytes(path.read_bytes()[:4096] + os.urandom(4096 * 20))
    before = sha256(bad)
    done = deseo("--db", str(bad), "check")
    assert_plain_failure(done, str(bad))
    assert "damaged" in done.stderr or "not a DESEO database" in done.stderr
    assert sha256(bad) == before


def test_hostile_title_is_stored_and_listed_exactly(tmp_path):
    path = tmp_path / "cli.db"
    design_id = last_line(ok("--db", str(path), "new", HOSTILE_TITLE, "--territory", "<&>").stdout)
    rows = listed(path)
    assert rows[0]["id"] == design_id
    assert rows[0]["title"] == HOSTILE_TITLE
    assert rows[0]["territory"] == "<&>"
    assert HOSTILE_TITLE in ok("--db", str(path), "list").stdout
    assert design_titles(path) == {design_id: HOSTILE_TITLE}


def test_a_title_too_long_is_refused_and_nothing_is_written(tmp_path):
    path = tmp_path / "cli.db"
    ok("--db", str(path), "new", "Existing")
    before_list = listed(path)
    before = sha256(path)

    done = deseo("--db", str(path), "new", "x" * 10_000)

    message = assert_plain_failure(done, str(TITLE_MAX))
    assert "10000" in message and "title" in message.lower()
    assert listed(path) == before_list
    assert sha256(path) == before


def test_a_territory_too_long_is_named_as_the_territory(tmp_path):
    path = tmp_path / "cli.db"
    done = deseo("--db", str(path), "new", "Short", "--territory", "t" * 10_000)
    message = assert_plain_failure(done, "territory")
    assert "title" not in message.lower()


def test_an_unknown_country_is_refused_plainly(tmp_path):
    path = tmp_path / "cli.db"
    ok("--db", str(path), "new", "Existing")
    before_list = listed(path)

    done = deseo("--db", str(path), "new", "Elsewhere", "--country", "ZZ")

    assert_plain_failure(done, "ZZ", "country")
    assert listed(path) == before_list


def test_deseo_db_chooses_the_database(tmp_path, private_home):
    path = tmp_path / "from-env.db"
    design_id = last_line(ok("new", "By env", env={"DESEO_DB": str(path)}).stdout)
    assert design_titles(path) == {design_id: "By env"}
    assert [r["id"] for r in listed(path)] == [design_id]
    assert [
        r["id"] for r in json.loads(ok("list", "--json", env={"DESEO_DB": str(path)}).stdout)
    ] == [design_id]
    default = private_home / ".local" / "share" / "DESEO Cluster Designer" / "designs.db"
    assert not default.exists()


def test_default_database_lives_in_the_data_folder(private_home):
    design_id = last_line(ok("new", "By default").stdout)
    default = private_home / ".local" / "share" / "DESEO Cluster Designer" / "designs.db"
    assert os.environ["XDG_DATA_HOME"] == str(private_home / ".local" / "share")
    assert default.is_file()
    assert design_titles(default) == {design_id: "By default"}
    assert [r["id"] for r in json.loads(ok("list", "--json").stdout)] == [design_id]


def _write_lock(path, pid: int) -> None:
    lock = path.with_name(path.name + ".lock")
    lock.write_text(f"{pid}\nDESEO Cluster Designer\n{socket.gethostname()}\n", encoding="utf-8")


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait(timeout=60)
    return child.pid


def test_a_write_is_refused_while_the_window_holds_the_database(tmp_path):
    path = tmp_path / "cli.db"
    ok("--db", str(path), "new", "Existing")
    before_list = listed(path)
    before = sha256(path)
    _write_lock(path, os.getpid())  # a live process: this test

    done = deseo("--db", str(path), "new", "Second")

    message = assert_plain_failure(done, "window")
    assert str(os.getpid()) in message
    assert sha256(path) == before
    assert listed(path) == before_list  # reading is still allowed
    done = deseo("--db", str(path), "backup")
    assert_plain_failure(done, "window")


def test_a_stale_lock_does_not_stop_a_write(tmp_path):
    path = tmp_path / "cli.db"
    ok("--db", str(path), "new", "Existing")
    _write_lock(path, _dead_pid())

    design_id = last_line(ok("--db", str(path), "new", "Second").stdout)

    assert design_id in {r["id"] for r in listed(path)}


def test_a_lock_from_another_host_is_not_this_machines_window(tmp_path):
    path = tmp_path / "cli.db"
    ok("--db", str(path), "new", "Existing")
    lock = path.with_name(path.name + ".lock")
    lock.write_text(f"{os.getpid()}\nDESEO Cluster Designer\nanother-host.invalid\n", "utf-8")
    ok("--db", str(path), "new", "Second")


def test_list_leaves_nothing_beside_a_closed_database(tmp_path):
    path = tmp_path / "cli.db"
    make_database(path)
    before = sorted(p.name for p in tmp_path.iterdir())
    ok("--db", str(path), "list")
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_usage_errors_are_not_tracebacks(tmp_path):
    done = deseo("--db", str(tmp_path / "x.db"), "frobnicate")
    assert_no_traceback(done)
    assert done.returncode == 2
    done = deseo("--db", str(tmp_path / "x.db"), "new")
    assert_no_traceback(done)
    assert done.returncode == 2
