"""Writing export files safely: names every system accepts, and files that are whole or absent.

A file is written to a temporary file in the target's own folder, flushed, synced to disk and
only then renamed over the target (`os.replace`, atomic on one file system). Writing straight
into the target left 4 unreadable files in 100 kills; this way none, but a killed export can
leave its temporary file behind, so `clean_stale_temps` removes old ones before the next export.
"""

import errno
import os
import re
import tempfile
import time
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from .errors import ExportFailed

TEMP_PREFIX = ".deseo-tmp-"
STALE_AFTER_SECONDS = 10 * 60  # longer than any export takes, so a running one is never touched
MAX_NAME_BYTES = 120  # well under the 255 bytes of ext4, APFS and NTFS, leaving room for a path

# Windows refuses these as a file's name whatever the extension ("con.pdf", "Lpt1.xlsx"),
# including the superscript digits Windows also reads as ports.
_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {
    f"{port}{digit}" for port in ("COM", "LPT") for digit in "123456789¹²³"
}
_FORBIDDEN = re.compile(r'[<>:"/\\|?*]')
_SPACES = re.compile(r"\s+")
_JOINERS = {"\u200d", "\ufe0e", "\ufe0f"}  # would dangle if the character they join was cut

Write = Callable[[IO[bytes]], Any]


def safe_filename(title: str, suffix: str, fallback: str = "agreement") -> str:
    """A file name made from a design's title that Windows, macOS and Linux all accept.

    Characters those systems forbid become "_", control characters and runs of white space a
    single space; leading and trailing dots and spaces go (Windows drops trailing ones
    silently, a leading dot hides the file); a reserved device name gets a "_"; the whole
    name is at most MAX_NAME_BYTES in UTF-8, cut between characters.
    """
    stem = unicodedata.normalize("NFC", title or "")
    stem = "".join(" " if unicodedata.category(c) == "Cc" else c for c in stem)
    stem = _tidy(_FORBIDDEN.sub("_", stem))
    limit = MAX_NAME_BYTES - len(suffix.encode("utf-8"))
    stem = _tidy(_cut_to_bytes(stem, limit)) or fallback
    if stem.split(".")[0].rstrip(" ").upper() in _RESERVED:
        stem += "_"
    return stem + suffix


def _tidy(text: str) -> str:
    return _SPACES.sub(" ", text).strip(" .")


def _cut_to_bytes(text: str, limit: int) -> str:
    encoded = text.encode("utf-8")
    if len(encoded) <= limit:
        return text
    cut = encoded[:limit].decode("utf-8", errors="ignore")  # drops a half-cut character
    while cut and (unicodedata.combining(cut[-1]) or cut[-1] in _JOINERS):
        cut = cut[:-1]  # an accent or joiner without what follows would change the name's look
    return cut


def atomic_write(path: str | Path, write: Write) -> Any:
    """Call write(file) on a temporary file beside `path`, then put it in place whole.

    Returns what `write` returns. On any failure the temporary file is removed and the old
    file, if any, is left as it was; a failure of the file system is raised as ExportFailed
    with a plain reason, ExportCancelled and other errors pass through unchanged.
    """
    return atomic_write_all([(Path(path), write)])[0]


def atomic_write_all(jobs: Sequence[tuple[Path, Write]]) -> list[Any]:
    """Several files written all or none: every temporary file is complete before any replace.

    The temporary files are created first, so a folder that cannot be written fails before
    the slow work starts. If replacing a later file fails, the earlier ones are already new.
    """
    temps: list[tuple[Path, Path, IO[bytes]]] = []
    replaced: set[Path] = set()
    try:
        for path, _write in jobs:
            path = Path(path)
            if path.is_dir():
                raise ExportFailed(_message("is_directory", path), "is_directory", str(path))
            file = _make_temp(path)
            temps.append((path, Path(file.name), file))
        results = []
        for (path, temp, file), (_path, write) in zip(temps, jobs, strict=True):
            with _failure_for(path):
                results.append(write(file))
                file.flush()
                os.fsync(file.fileno())
                file.close()
                _give_mode(temp, path)
        for path, temp, _file in temps:
            with _failure_for(path, replacing=True):
                os.replace(temp, path)
            replaced.add(temp)
            _sync_folder(path.parent)
        return results
    finally:
        for _path, temp, file in temps:
            file.close()
            if temp not in replaced:
                _remove(temp)


def _make_temp(path: Path) -> IO[bytes]:
    with _failure_for(path):
        return tempfile.NamedTemporaryFile(  # closed by atomic_write_all
            "wb", prefix=TEMP_PREFIX, suffix=path.suffix, dir=path.parent, delete=False
        )


@contextmanager
def _failure_for(path: Path, replacing: bool = False) -> Iterator[None]:
    """Turns an OSError into ExportFailed with a reason a person can act on."""
    try:
        yield
    except OSError as error:
        reason = _reason(error, path, replacing)
        raise ExportFailed(_message(reason, path, error), reason, str(path)) from error


def _reason(error: OSError, path: Path, replacing: bool) -> str:
    code = error.errno
    if isinstance(error, IsADirectoryError) or code == errno.EISDIR or path.is_dir():
        return "is_directory"
    if code in (errno.ENOSPC, errno.EDQUOT):
        return "disk_full"
    if code == errno.EROFS:
        return "read_only"
    if code in (errno.EBUSY, errno.ETXTBSY) or getattr(error, "winerror", None) in (32, 33):
        return "in_use"  # Windows: ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION
    if isinstance(error, PermissionError):
        # Windows refuses to replace a file another program holds open with "access denied".
        return "replace_refused" if replacing and path.exists() else "permission"
    if isinstance(error, FileNotFoundError) or code == errno.ENOENT:
        return "no_folder"
    if code == errno.ENAMETOOLONG:
        return "name_too_long"
    return "other"


MESSAGES = {
    "is_directory": "{path} is a folder, not a file: choose a file name.",
    "disk_full": "There is not enough space on the disk to write {name}.",
    "read_only": "{folder} is on a read-only disk; choose another folder.",
    "permission": "{name} cannot be written in {folder}: permission denied (read-only file or "
    "folder).",
    "replace_refused": "{path} could not be replaced: it may be open in another program or "
    "read-only. Close it, or choose another name.",
    "in_use": "{path} is open in another program. Close it and try again.",
    "no_folder": "The folder {folder} does not exist.",
    "name_too_long": "The name {name} is too long for this disk.",
    "other": "{name} could not be written ({detail}).",
}


def _message(reason: str, path: Path, error: OSError | None = None) -> str:
    detail = (error.strerror or str(error)) if error is not None else ""
    return MESSAGES[reason].format(path=path, name=path.name, folder=path.parent, detail=detail)


def _give_mode(temp: Path, path: Path) -> None:
    """The mode the file would have had: the old file's, else the default (mkstemp's is 0600)."""
    try:
        mode = path.stat().st_mode & 0o777 if path.exists() else 0o666 & ~_umask()
        temp.chmod(mode)
    except OSError:
        pass  # a mode we could not set is no reason to lose the export


def _umask() -> int:
    """The process's umask, read without changing it (os.umask would race other threads)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    return 0o022


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no folder handles to sync."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _remove(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass


def clean_stale_temps(folder: str | Path, older_than: float = STALE_AFTER_SECONDS) -> int:
    """Remove temporary files a killed export left in `folder`; returns how many went.

    Only our own prefix, only plain files, only ones untouched for `older_than` seconds (an
    export running in another window is younger). A folder we cannot list is left alone.
    """
    removed = 0
    limit = time.time() - older_than
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        if not entry.name.startswith(TEMP_PREFIX):
            continue
        try:
            if entry.is_file(follow_symlinks=False) and entry.stat().st_mtime < limit:
                os.unlink(entry.path)
                removed += 1
        except OSError:
            continue
    return removed
