"""Export files: safe names, atomic writes that keep the old file, stale temporaries cleaned.

Failures are simulated at the boundary (os.replace, the write, fsync, mkstemp), since the
tests run as root, where a read-only folder would not refuse anything.
"""

import errno
import os
import time

import pytest

from deseo_desktop.exports import files
from deseo_desktop.exports.errors import ExportCancelled, ExportFailed
from deseo_desktop.exports.files import (
    MAX_NAME_BYTES,
    TEMP_PREFIX,
    atomic_write,
    atomic_write_all,
    clean_stale_temps,
    safe_filename,
)

OLD = b"the old, good file"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Care Together, Valdoria", "Care Together, Valdoria.pdf"),
        ("Rete per la conciliazione – Modena", "Rete per la conciliazione – Modena.pdf"),
        ('a<b>c:d"e/f\\g|h?i*j', "a_b_c_d_e_f_g_h_i_j.pdf"),
        ("tab\there\nnew\x00line\x7f\x9b", "tab here new line.pdf"),
        ("  spaced   out  ", "spaced out.pdf"),
        ("trailing dots...", "trailing dots.pdf"),
        ("trailing dots and spaces . . ", "trailing dots and spaces.pdf"),
        (".hidden", "hidden.pdf"),
        ("", "agreement.pdf"),
        ("   ", "agreement.pdf"),
        ("...", "agreement.pdf"),
        ("???", "___.pdf"),
        ("CON", "CON_.pdf"),
        ("con", "con_.pdf"),
        ("Nul", "Nul_.pdf"),
        ("prn.txt", "prn.txt_.pdf"),
        ("aux.tar.gz", "aux.tar.gz_.pdf"),
        ("COM1", "COM1_.pdf"),
        ("lpt9", "lpt9_.pdf"),
        ("COM¹", "COM¹_.pdf"),
        ("CON ", "CON_.pdf"),
        ("COM0", "COM0.pdf"),
        ("LPT10", "LPT10.pdf"),
        ("CONSORTIUM", "CONSORTIUM.pdf"),
        ("Économie sociale ✨🇫🇷", "Économie sociale ✨🇫🇷.pdf"),
        ("E\u0301conomie", "\u00c9conomie.pdf"),  # NFC: one letter, as macOS and Windows agree
    ],
)
def test_safe_filename(title, expected):
    assert safe_filename(title, ".pdf") == expected


def test_safe_filename_fallback_is_given_by_the_caller():
    assert safe_filename("", ".xlsx", fallback="accordo") == "accordo.xlsx"


@pytest.mark.parametrize("letter", ["a", "é", "€", "😀", "e\u0301", "👩\u200d👩\u200d👧"])
def test_a_long_title_is_cut_in_bytes_between_characters(letter):
    name = safe_filename(letter * 400, ".xlsx")
    encoded = name.encode("utf-8")
    assert len(encoded) <= MAX_NAME_BYTES
    assert len(encoded) > MAX_NAME_BYTES - 12, "cut near the limit, not far below"
    assert name.endswith(".xlsx")
    encoded.decode("utf-8")  # whole characters only
    stem = name.removesuffix(".xlsx")
    assert stem[-1] not in ("\u0301", "\u200d"), "no accent or joiner left dangling"


def test_a_long_title_cut_before_trailing_spaces_loses_them():
    name = safe_filename("x" * (MAX_NAME_BYTES - 6) + "  . yz", ".pdf")
    assert not name.removesuffix(".pdf").endswith((" ", "."))


@pytest.fixture
def target(tmp_path):
    path = tmp_path / "out" / "agreement.pdf"
    path.parent.mkdir()
    path.write_bytes(OLD)
    return path


def temps(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(TEMP_PREFIX))


def test_atomic_write_replaces_the_file_and_returns_what_write_returns(target):
    def write(f):
        f.write(b"%PDF-1.4 new")
        return 7

    assert atomic_write(target, write) == 7
    assert target.read_bytes() == b"%PDF-1.4 new"
    assert temps(target.parent) == []


def test_the_temporary_file_sits_beside_the_target_with_the_prefix(target):
    seen = []

    def write(f):
        seen.append(os.path.basename(f.name))
        seen.append(os.path.dirname(f.name))
        f.write(b"x")

    atomic_write(target, write)
    assert seen[0].startswith(TEMP_PREFIX) and seen[0].endswith(".pdf")
    assert seen[1] == str(target.parent)


def test_a_new_file_gets_the_usual_mode_and_a_replaced_one_keeps_its_own(tmp_path, target):
    fresh = tmp_path / "out" / "fresh.xlsx"
    atomic_write(fresh, lambda f: f.write(b"x"))
    assert fresh.stat().st_mode & 0o777 == 0o666 & ~files._umask()
    target.chmod(0o640)
    atomic_write(target, lambda f: f.write(b"y"))
    assert target.stat().st_mode & 0o777 == 0o640


def _raise(error):
    def fail(*_args, **_kwargs):
        raise error

    return fail


REPLACE_FAILURES = [
    (PermissionError(errno.EACCES, "Permission denied"), "replace_refused", "open in another"),
    (OSError(errno.ENOSPC, "No space left on device"), "disk_full", "not enough space"),
    (IsADirectoryError(errno.EISDIR, "Is a directory"), "is_directory", "is a folder"),
    (OSError(errno.EBUSY, "Device or resource busy"), "in_use", "open in another program"),
    (OSError(errno.EROFS, "Read-only file system"), "read_only", "read-only disk"),
]


@pytest.mark.parametrize(("error", "reason", "words"), REPLACE_FAILURES)
def test_a_refused_replace_keeps_the_old_file(target, monkeypatch, error, reason, words):
    monkeypatch.setattr(files.os, "replace", _raise(error))
    with pytest.raises(ExportFailed) as caught:
        atomic_write(target, lambda f: f.write(b"new"))
    assert caught.value.reason == reason
    assert caught.value.path == str(target)
    assert words in str(caught.value)
    assert target.read_bytes() == OLD
    assert temps(target.parent) == []


@pytest.mark.parametrize(
    ("error", "reason"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), "disk_full"),
        (OSError(errno.EDQUOT, "Disk quota exceeded"), "disk_full"),
        (PermissionError(errno.EACCES, "Permission denied"), "permission"),
        (IsADirectoryError(errno.EISDIR, "Is a directory"), "is_directory"),
        (OSError(errno.EIO, "Input/output error"), "other"),
    ],
)
@pytest.mark.parametrize("where", ["write", "fsync"])
def test_a_failing_write_keeps_the_old_file(target, monkeypatch, error, reason, where):
    def write(f):
        f.write(b"half a new fi")
        if where == "write":
            raise error

    if where == "fsync":
        monkeypatch.setattr(files.os, "fsync", _raise(error))
    with pytest.raises(ExportFailed) as caught:
        atomic_write(target, write)
    assert caught.value.reason == reason
    assert target.read_bytes() == OLD
    assert temps(target.parent) == []


def test_a_folder_that_refuses_new_files_fails_before_writing(target, monkeypatch):
    monkeypatch.setattr(
        files.tempfile,
        "NamedTemporaryFile",
        _raise(PermissionError(errno.EACCES, "Permission denied")),
    )
    called = []
    with pytest.raises(ExportFailed) as caught:
        atomic_write(target, called.append)
    assert caught.value.reason == "permission"
    assert "permission denied" in str(caught.value)
    assert called == [], "no slow work for a file that cannot be written"
    assert target.read_bytes() == OLD


def test_a_folder_as_target_is_refused(tmp_path):
    with pytest.raises(ExportFailed) as caught:
        atomic_write(tmp_path, lambda f: f.write(b"x"))
    assert caught.value.reason == "is_directory"
    assert temps(tmp_path) == []


def test_a_missing_folder_is_named(tmp_path):
    with pytest.raises(ExportFailed) as caught:
        atomic_write(tmp_path / "nowhere" / "a.pdf", lambda f: f.write(b"x"))
    assert caught.value.reason == "no_folder"
    assert "nowhere" in str(caught.value)


def test_cancel_and_other_errors_pass_through_and_leave_nothing(target):
    for error in (ExportCancelled(), ValueError("a bug in an exporter")):

        def write(f, error=error):
            f.write(b"partial")
            raise error

        with pytest.raises(type(error)):
            atomic_write(target, write)
        assert target.read_bytes() == OLD
        assert temps(target.parent) == []


def test_several_files_are_written_all_or_none(target):
    other = target.with_suffix(".xlsx")
    other.write_bytes(OLD)

    def fail(f):
        f.write(b"half")
        raise ExportCancelled

    with pytest.raises(ExportCancelled):
        atomic_write_all([(target, lambda f: f.write(b"pdf")), (other, fail)])
    assert target.read_bytes() == OLD and other.read_bytes() == OLD
    assert temps(target.parent) == []
    atomic_write_all([(target, lambda f: f.write(b"pdf")), (other, lambda f: f.write(b"xlsx"))])
    assert (target.read_bytes(), other.read_bytes()) == (b"pdf", b"xlsx")


def test_stale_temporary_files_are_cleaned_and_fresh_ones_kept(tmp_path):
    old = time.time() - files.STALE_AFTER_SECONDS - 60
    stale = tmp_path / f"{TEMP_PREFIX}abc.pdf"
    fresh = tmp_path / f"{TEMP_PREFIX}def.xlsx"
    mine = tmp_path / "agreement.pdf"
    lookalike = tmp_path / "deseo-tmp-no-dot.pdf"
    folder = tmp_path / f"{TEMP_PREFIX}folder"
    for path in (stale, fresh, mine, lookalike):
        path.write_bytes(b"x")
    folder.mkdir()
    for path in (stale, mine, lookalike, folder):
        os.utime(path, (old, old))
    assert clean_stale_temps(tmp_path) == 1
    assert not stale.exists()
    assert fresh.exists() and mine.exists() and lookalike.exists() and folder.exists()


def test_cleaning_a_missing_folder_does_nothing(tmp_path):
    assert clean_stale_temps(tmp_path / "missing") == 0
