"""`deseo export-design` and `deseo import-design` end to end, and every hostile file refused
in a subprocess with a hard timeout and a memory ceiling, the database file unchanged."""

import os
import subprocess
import sys

import pytest
from exports.test_portable import hostile_files
from helpers import CLI_TIMEOUT, assert_no_traceback, deseo, last_line, sha256

HOSTILE_TIMEOUT = 30  # seconds: a hard limit against a hang, not a speed claim (bench has those)
MEMORY_CEILING_KB = 500 * 1024

# The command line in a child that reports its own peak memory (getrusage) on the last line.
CHILD = (
    "import resource, sys\n"
    "from deseo_desktop.cli import main\n"
    "code = main(sys.argv[1:])\n"
    "print('MAXRSS', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)\n"
    "sys.exit(code)\n"
)


def ok(*args: str) -> subprocess.CompletedProcess:
    done = deseo(*args)
    assert_no_traceback(done)
    assert done.returncode == 0, (args, done.stdout, done.stderr)
    return done


@pytest.fixture
def example(tmp_path):
    path = tmp_path / "designs.db"
    return path, last_line(ok("--db", str(path), "demo").stdout)


def test_export_then_import_on_another_database(example, tmp_path):
    db, design_id = example
    out = tmp_path / "shared.deseo"
    assert ok("--db", str(db), "export-design", design_id, str(out)).stdout.strip() == str(out)
    other = tmp_path / "other.db"
    assert last_line(ok("--db", str(other), "import-design", str(out)).stdout) == design_id
    listed = ok("--db", str(other), "list", "--json").stdout
    assert design_id in listed


def test_importing_the_same_design_again_explains_the_choice(example, tmp_path):
    db, design_id = example
    out = tmp_path / "d.deseo"
    ok("--db", str(db), "export-design", design_id, str(out))
    before = sha256(db)
    done = deseo("--db", str(db), "import-design", str(out))
    assert_no_traceback(done)
    assert done.returncode == 1
    assert "already here" in done.stderr and "--keep-both or --replace" in done.stderr
    assert sha256(db) == before
    copy_id = last_line(ok("--db", str(db), "import-design", str(out), "--keep-both").stdout)
    assert copy_id != design_id
    assert "(imported)" in ok("--db", str(db), "list").stdout
    replaced = ok("--db", str(db), "import-design", str(out), "--replace").stdout
    assert last_line(replaced) == design_id


def test_both_flags_at_once_is_a_usage_error(example, tmp_path):
    db, _ = example
    done = deseo("--db", str(db), "import-design", "x.deseo", "--keep-both", "--replace")
    assert done.returncode == 2 and "not allowed with" in done.stderr


def test_without_personal_data_the_names_are_gone(example, tmp_path):
    import zipfile

    db, design_id = example
    out = tmp_path / "anon.deseo"
    ok("--db", str(db), "export-design", design_id, str(out), "--no-personal")
    assert b"Chiara Bellandi" not in zipfile.ZipFile(out).read("design.json")


@pytest.mark.parametrize("name", sorted(hostile_files()))
def test_every_hostile_file_is_refused_and_the_database_is_unchanged(example, tmp_path, name):
    db, _ = example
    data, _reason = hostile_files()[name]
    bad = tmp_path / f"{name}.deseo"
    bad.write_bytes(data)
    before = sha256(db)
    done = subprocess.run(
        [sys.executable, "-c", CHILD, "--db", str(db), "import-design", str(bad)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=HOSTILE_TIMEOUT,
        env=dict(os.environ),
    )
    assert_no_traceback(done)
    assert done.returncode == 1, done.stderr
    message, rss = done.stderr.strip().splitlines()[-2:]
    assert message.startswith("Nothing was imported:"), message
    assert int(rss.split()[1]) < MEMORY_CEILING_KB, (name, rss)
    assert sha256(db) == before
    assert CLI_TIMEOUT > HOSTILE_TIMEOUT
