"""`deseo export-agreement` end to end, in subprocesses: files, language, messages, memory."""

import os
import subprocess
import sys
import time
import zipfile

import pytest
from helpers import CLI_TIMEOUT, assert_no_traceback, assert_plain_failure, deseo, last_line

from deseo_desktop.exports.files import STALE_AFTER_SECONDS, TEMP_PREFIX

OLD = b"the old file, still readable"


def ok(*args: str) -> subprocess.CompletedProcess:
    done = deseo(*args)
    assert_no_traceback(done)
    assert done.returncode == 0, (args, done.stdout, done.stderr)
    return done


@pytest.fixture
def example(tmp_path):
    """A database file holding the example design; returns (database path, design id)."""
    path = tmp_path / "designs.db"
    return path, last_line(ok("--db", str(path), "demo").stdout)


def is_pdf(path) -> bool:
    return path.read_bytes()[:5] == b"%PDF-" and b"%%EOF" in path.read_bytes()[-32:]


def is_workbook(path) -> bool:
    with zipfile.ZipFile(path) as z:
        return "xl/workbook.xml" in z.namelist() and z.testzip() is None


def temps(folder) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.startswith(TEMP_PREFIX)]


def test_both_files_are_written_and_named_on_stdout(example, tmp_path):
    db, design_id = example
    pdf, xlsx = tmp_path / "out" / "agreement.pdf", tmp_path / "out" / "agreement.xlsx"
    pdf.parent.mkdir()
    done = ok(
        "--db", str(db), "export-agreement", design_id, "--pdf", str(pdf), "--xlsx", str(xlsx)
    )
    assert is_pdf(pdf)
    assert is_workbook(xlsx)
    lines = done.stdout.splitlines()
    assert lines[0].startswith(str(pdf)) and "pages" in lines[0]
    assert lines[1] == str(xlsx)
    assert temps(pdf.parent) == []


def test_the_design_can_be_named_by_its_title_and_one_file_is_enough(example, tmp_path):
    db, _ = example
    xlsx = tmp_path / "by title.xlsx"
    ok(
        "--db",
        str(db),
        "export-agreement",
        "Care Together — Province of Valdoria",
        "--xlsx",
        str(xlsx),
    )
    assert is_workbook(xlsx)
    assert not (tmp_path / "by title.pdf").exists()


def test_the_language_is_the_designs_unless_asked(example, tmp_path):
    db, design_id = example
    default, italian = tmp_path / "default.pdf", tmp_path / "it.pdf"
    ok("--db", str(db), "export-agreement", design_id, "--pdf", str(default))
    ok("--db", str(db), "export-agreement", design_id, "--pdf", str(italian), "--lang", "it")
    assert b"/Lang (en)" in default.read_bytes()
    assert b"/Lang (it)" in italian.read_bytes()


def test_an_unknown_language_is_a_usage_error(example, tmp_path):
    db, design_id = example
    done = deseo(
        "--db",
        str(db),
        "export-agreement",
        design_id,
        "--pdf",
        str(tmp_path / "a.pdf"),
        "--lang",
        "de",
    )
    assert done.returncode == 2
    assert "--lang" in done.stderr and "it" in done.stderr
    assert not (tmp_path / "a.pdf").exists()


def test_nothing_to_write_is_a_usage_error(example):
    db, design_id = example
    done = deseo("--db", str(db), "export-agreement", design_id)
    assert_no_traceback(done)
    assert done.returncode == 2
    assert "--pdf" in done.stderr and "--xlsx" in done.stderr


def test_an_unknown_design_is_named(example, tmp_path):
    db, _ = example
    done = deseo("--db", str(db), "export-agreement", "Nowhere", "--pdf", str(tmp_path / "a.pdf"))
    assert_plain_failure(done, "Nowhere", "deseo list")
    assert not (tmp_path / "a.pdf").exists()


def test_a_title_several_designs_share_asks_for_the_id(example, tmp_path):
    db, _ = example
    ok("--db", str(db), "demo")
    done = deseo("--db", str(db), "export-agreement", "Care", "--pdf", str(tmp_path / "a.pdf"))
    assert_plain_failure(done, "Care Together", "id")


def test_a_folder_as_target_fails_plainly(example, tmp_path):
    db, design_id = example
    folder = tmp_path / "a folder.pdf"
    folder.mkdir()
    done = deseo("--db", str(db), "export-agreement", design_id, "--pdf", str(folder))
    assert_plain_failure(done, "is a folder", "nothing was exported")
    assert list(folder.iterdir()) == []
    assert temps(tmp_path) == []


# The CLI in a child process whose os.replace or file writes fail as a full disk or a file held
# open by another program would make them fail: simulated at the boundary, since as root a
# read-only folder refuses nothing.
FAILING_CLI = """
import errno, os, sys
from deseo_desktop.cli import main
kind = sys.argv[1]
def refuse(*args, **kwargs):
    raise PermissionError(errno.EACCES, "Permission denied")
def full(*args, **kwargs):
    raise OSError(errno.ENOSPC, "No space left on device")
if kind == "replace":
    os.replace = refuse
else:
    os.fsync = full
sys.exit(main(sys.argv[2:]))
"""


@pytest.mark.parametrize(
    ("kind", "words"), [("replace", "open in another program"), ("disk_full", "not enough space")]
)
def test_an_unwritable_target_keeps_the_old_files(example, tmp_path, kind, words):
    db, design_id = example
    pdf, xlsx = tmp_path / "a.pdf", tmp_path / "a.xlsx"
    pdf.write_bytes(OLD)
    xlsx.write_bytes(OLD)
    args = ["--db", str(db), "export-agreement", design_id, "--pdf", str(pdf), "--xlsx", str(xlsx)]
    done = subprocess.run(
        [sys.executable, "-c", FAILING_CLI, kind, *args],
        capture_output=True,
        text=True,
        timeout=CLI_TIMEOUT,
    )
    assert_plain_failure(done, words, "a.pdf")
    assert pdf.read_bytes() == OLD and xlsx.read_bytes() == OLD
    assert temps(tmp_path) == []


def test_stale_temporary_files_in_the_target_folder_are_cleaned(example, tmp_path):
    db, design_id = example
    stale = tmp_path / f"{TEMP_PREFIX}killed.pdf"
    stale.write_bytes(b"half a pdf")
    old = time.time() - STALE_AFTER_SECONDS - 60
    os.utime(stale, (old, old))
    ok("--db", str(db), "export-agreement", design_id, "--pdf", str(tmp_path / "a.pdf"))
    assert not stale.exists()


# Runs the export as a grandchild, so RUSAGE_CHILDREN holds its peak alone.
MEASURE = """
import resource, subprocess, sys
subprocess.run([sys.executable, "-m", "deseo_desktop", *sys.argv[1:]], check=True)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def test_peak_memory_of_the_large_design(tmp_path):
    db = tmp_path / "large.db"
    design_id = last_line(ok("--db", str(db), "generate", "--large").stdout)
    pdf, xlsx = tmp_path / "large.pdf", tmp_path / "large.xlsx"
    args = ["--db", str(db), "export-agreement", design_id, "--pdf", str(pdf), "--xlsx", str(xlsx)]
    done = subprocess.run(
        [sys.executable, "-c", MEASURE, *args],
        capture_output=True,
        text=True,
        timeout=CLI_TIMEOUT * 3,
    )
    assert done.returncode == 0, done.stderr
    peak_mb = int(last_line(done.stdout)) / 1024  # ru_maxrss is in KiB on Linux
    print(f"\npeak memory of export-agreement on the large design: {peak_mb:.0f} MB (target < 150)")
    assert peak_mb < 300, "a sanity bound; the target is checked by reading the figure"
    assert is_pdf(pdf) and is_workbook(xlsx)
