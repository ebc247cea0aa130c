"""After PyInstaller: the Linux desktop files into the one-folder build, then the .tar.gz.

    python installers/linux/build.py [--dist DIR]        (DIR defaults to dist/)

Into DIR/deseo/ (the folder PyInstaller made, with the program DIR/deseo/deseo):
    install.sh, uninstall.sh, README-INSTALL.txt           at the top, where a person looks
    share/applications/<APP_ID>.desktop
    share/mime/packages/<APP_ID>.xml
    share/metainfo/<APP_ID>.metainfo.xml                  the template with the version filled in
    share/icons/hicolor/<N>x<N>/apps/<APP_ID>.png, scalable/apps/<APP_ID>.svg
then DIR/deseo-<VERSION>-linux-<machine>.tar.gz, whose top folder is deseo-<VERSION>/.

The archive is deterministic: entries sorted, owner and group 0, one modification time
(SOURCE_DATE_EPOCH, else the last commit's time), normalised modes, gzip with no name and no time.
"""

import argparse
import datetime
import gzip
import os
import platform
import re
import shutil
import stat
import subprocess
import sys
import tarfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from common import APP_ID, EXECUTABLE, ROOT, VERSION  # noqa: E402

ICONS = HERE / "icons" / "hicolor"
METAINFO_TEMPLATE = HERE / f"{APP_ID}.metainfo.xml.in"
TOP_FILES = ("install.sh", "uninstall.sh", "README-INSTALL.txt")
SCRIPTS = ("install.sh", "uninstall.sh")


def source_epoch() -> int:
    """SOURCE_DATE_EPOCH if set (reproducible builds), else the last commit's time, else now."""
    if os.environ.get("SOURCE_DATE_EPOCH", "").strip():
        return int(os.environ["SOURCE_DATE_EPOCH"])
    try:
        out = subprocess.run(
            ["git", "-C", str(ROOT), "log", "-1", "--format=%ct"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        return int(out)
    except (OSError, subprocess.CalledProcessError, ValueError):
        return int(datetime.datetime.now(datetime.UTC).timestamp())


def release_date(epoch: int) -> str:
    return datetime.datetime.fromtimestamp(epoch, datetime.UTC).date().isoformat()


def render_metainfo(version: str, date: str) -> str:
    """The AppStream metainfo with @VERSION@ and @DATE@ (YYYY-MM-DD) filled in."""
    text = METAINFO_TEMPLATE.read_text(encoding="utf-8")
    text = text.replace("@VERSION@", version).replace("@DATE@", date)
    leftover = re.findall(r"@[A-Z_]+@", text)
    if leftover:
        raise SystemExit(f"{METAINFO_TEMPLATE.name}: placeholders left: {leftover}")
    return text


def populate(build: Path, date: str) -> None:
    """Copy the desktop integration into the build folder (the same layout as ~/.local/share)."""
    share = build / "share"
    for sub in ("applications", "mime", "metainfo", "icons"):
        shutil.rmtree(share / sub, ignore_errors=True)
    (share / "applications").mkdir(parents=True)
    shutil.copyfile(HERE / f"{APP_ID}.desktop", share / "applications" / f"{APP_ID}.desktop")
    (share / "mime" / "packages").mkdir(parents=True)
    shutil.copyfile(HERE / f"{APP_ID}.xml", share / "mime" / "packages" / f"{APP_ID}.xml")
    (share / "metainfo").mkdir(parents=True)
    (share / "metainfo" / f"{APP_ID}.metainfo.xml").write_text(
        render_metainfo(VERSION, date), encoding="utf-8"
    )
    shutil.copytree(ICONS, share / "icons" / "hicolor")
    for name in TOP_FILES:
        shutil.copyfile(HERE / name, build / name)
        (build / name).chmod(0o755 if name in SCRIPTS else 0o644)


def validate(build: Path) -> None:
    """desktop-file-validate and appstreamcli on the copied files, where they are installed."""
    share = build / "share"
    checks = [
        ("desktop-file-validate", [str(share / "applications" / f"{APP_ID}.desktop")]),
        (
            "appstreamcli",
            ["validate", "--no-net", str(share / "metainfo" / f"{APP_ID}.metainfo.xml")],
        ),
    ]
    for tool, args in checks:
        if shutil.which(tool) is None:
            print(f"({tool} not installed: not checked)")
            continue
        result = subprocess.run([tool, *args], capture_output=True, text=True)
        output = (result.stdout + result.stderr).strip()
        if result.returncode != 0:
            raise SystemExit(f"{tool} failed:\n{output}")
        if output:
            print(f"{tool}: {output}")


def _normalise(info: tarfile.TarInfo, mtime: int) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    info.mtime = mtime
    if info.isdir():
        info.mode = 0o755
    elif info.isreg() or info.islnk():
        info.mode = 0o755 if info.mode & 0o111 else 0o644
    return info


def make_archive(build: Path, archive: Path, top: str, mtime: int) -> Path:
    """build/ as archive (a .tar.gz with top/ first), byte for byte the same on every run."""
    paths = [build]
    for folder, dirs, files in os.walk(build):
        dirs.sort()
        base = Path(folder)
        for name in sorted(dirs + files):
            paths.append(base / name)
    tmp = archive.with_name(archive.name + ".part")
    with (
        open(tmp, "wb") as raw,
        gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as gz,
        tarfile.open(fileobj=gz, mode="w", format=tarfile.GNU_FORMAT) as tar,
    ):
        for path in paths:
            rel = path.relative_to(build)
            arcname = top if rel == Path(".") else f"{top}/{rel.as_posix()}"
            info = _normalise(tar.gettarinfo(str(path), arcname), mtime)
            if info.isreg():
                with open(path, "rb") as f:
                    tar.addfile(info, f)
            else:
                tar.addfile(info)
    tmp.replace(archive)
    return archive


def folder_size(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if stat.S_ISREG(p.lstat().st_mode))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--dist", type=Path, default=ROOT / "dist", help="PyInstaller's dist folder (dist/)"
    )
    args = parser.parse_args(argv)
    dist = args.dist.resolve()
    build = dist / EXECUTABLE
    program = build / EXECUTABLE
    if not (program.is_file() and os.access(program, os.X_OK)):
        raise SystemExit(f"{program}: no one-folder build here (run PyInstaller first)")

    epoch = source_epoch()
    populate(build, release_date(epoch))
    validate(build)

    top = f"{EXECUTABLE}-{VERSION}"
    archive = dist / f"{top}-linux-{platform.machine() or 'x86_64'}.tar.gz"
    make_archive(build, archive, top, epoch)
    mib = 1024 * 1024
    print(f"{build}: {folder_size(build) / mib:.1f} MiB")
    print(f"{archive}: {archive.stat().st_size / mib:.1f} MiB ({archive.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
