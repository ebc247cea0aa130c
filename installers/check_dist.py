"""`make dist-check`: the built files work where a facilitator would use them.

    python installers/check_dist.py wheel     # the wheel in a fresh virtual environment
    python installers/check_dist.py linux     # the Linux archive in a bare Debian system
    python installers/check_dist.py all

wheel: `pip install` the wheel into a new venv, then `deseo --version`, `deseo demo` and a
headless `deseo export-agreement` from it, on a database of its own.

linux: a `debootstrap --variant=minbase` Debian 12 folder (made once, kept in build/) with only
libgl1 and libegl1 added and no fonts; the archive unpacked in it and installed by its
install.sh for a person with no Python; the installed `deseo self-check` run there
offscreen must open the example, draw in DejaVu Sans, export the PDF and workbook, and pass.
Needs root (chroot) and the network the first time (debootstrap, apt).
"""

import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common  # noqa: E402

ROOT = common.ROOT
DIST = ROOT / "dist"
BUILD = ROOT / "build"
MINBASE = BUILD / "minbase-bookworm"
MIRROR = os.environ.get("DEBIAN_MIRROR", "http://deb.debian.org/debian")
MIB = 1024 * 1024


def run(*command, **kwargs) -> subprocess.CompletedProcess:
    print("$", " ".join(str(c) for c in command), flush=True)
    return subprocess.run([str(c) for c in command], check=True, **kwargs)


def fail(reason: str) -> None:
    print(f"dist-check failed: {reason}", file=sys.stderr)
    sys.exit(1)


def check_wheel() -> None:
    wheels = sorted(DIST.glob(f"deseo_desktop-{common.VERSION}-*.whl"))
    if not wheels:
        fail(f"no wheel for {common.VERSION} in {DIST} (make dist)")
    with tempfile.TemporaryDirectory(prefix="deseo-wheel-") as work:
        work = Path(work)
        run(sys.executable, "-m", "venv", work / "venv")
        bin_dir = work / "venv" / "bin"
        run(bin_dir / "pip", "install", "--quiet", wheels[-1])
        env = dict(os.environ, HOME=str(work), XDG_DATA_HOME=str(work / "data"))
        env.pop("PYTHONPATH", None)
        deseo = bin_dir / "deseo"
        version = run(deseo, "--version", capture_output=True, text=True, env=env).stdout
        if version.strip() != f"deseo {common.VERSION}":
            fail(f"deseo --version said {version!r}")
        db = work / "designs.db"
        demo = run(deseo, "--db", db, "demo", capture_output=True, text=True, env=env)
        design_id = demo.stdout.split()[-1]
        pdf, xlsx = work / "agreement.pdf", work / "agreement.xlsx"
        run(deseo, "--db", db, "export-agreement", design_id, "--pdf", pdf, "--xlsx", xlsx,
            "--lang", "it", env=env, cwd=work)  # fmt: skip
        if not pdf.read_bytes().startswith(b"%PDF") or xlsx.read_bytes()[:2] != b"PK":
            fail("the exported files are not a PDF and a workbook")
        # Everything the app loads at run time came with the wheel, not from this checkout.
        where = run(bin_dir / "python", "-c",
                    "from deseo_desktop.resources import resource_root; print(resource_root())",
                    capture_output=True, text=True, env=env, cwd=work).stdout.strip()  # fmt: skip
        if "site-packages" not in where:
            fail(f"the installed app reads its resources from {where}")
        print(f"wheel: {wheels[-1].name} installs and works ({pdf.stat().st_size:,} byte PDF)")


def minbase() -> Path:
    """A bare Debian 12 with only libgl1 and libegl1 added: no fonts, no fontconfig."""
    if (MINBASE / "usr" / "lib" / "x86_64-linux-gnu" / "libEGL.so.1").exists():
        return MINBASE
    if os.geteuid() != 0 or not shutil.which("debootstrap"):
        fail("the Linux check needs root and debootstrap (apt-get install debootstrap)")
    shutil.rmtree(MINBASE, ignore_errors=True)
    BUILD.mkdir(exist_ok=True)
    run("debootstrap", "--variant=minbase", "bookworm", MINBASE, MIRROR,
        stdout=subprocess.DEVNULL)  # fmt: skip
    shutil.copy("/etc/resolv.conf", MINBASE / "etc" / "resolv.conf")
    run("chroot", MINBASE, "sh", "-c",
        "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "
        "--no-install-recommends libgl1 libegl1", stdout=subprocess.DEVNULL)  # fmt: skip
    return MINBASE


def check_linux() -> None:
    archives = sorted(DIST.glob(f"deseo-{common.VERSION}-linux-*.tar.gz"))
    folder = DIST / common.EXECUTABLE
    if not archives or not folder.is_dir():
        fail(f"no Linux build for {common.VERSION} in {DIST} (make dist)")
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    packed = archives[-1].stat().st_size
    print(f"one-folder build: {size / MIB:.1f} MiB; archive {packed / MIB:.1f} MiB")
    if size >= 200 * MIB or packed >= 80 * MIB:
        fail("the build is over 200 MiB or its archive over 80 MiB")
    system = minbase()
    if (system / "usr" / "share" / "fonts").exists() or (system / "etc" / "fonts").exists():
        fail(f"{system} has fonts: it would hide a missing font in the build")
    target = system / "opt"
    for old in target.glob("deseo-*"):
        shutil.rmtree(old)
    with tarfile.open(archives[-1]) as archive:
        archive.extractall(target, filter="tar")
    (unpacked,) = target.glob("deseo-*/install.sh")
    home = system / "home" / "facilitator"
    shutil.rmtree(home, ignore_errors=True)
    home.mkdir(parents=True)
    person = ["chroot", str(system), "env", "-i", "HOME=/home/facilitator", "LANG=C.UTF-8",
              "PATH=/usr/bin:/bin", "QT_QPA_PLATFORM=offscreen"]  # fmt: skip
    # As a person would: the install script from the unpacked archive, then the installed app.
    run(*person, "sh", "/" + str(unpacked.relative_to(system)), capture_output=True)
    result = subprocess.run(
        [*person, "/home/facilitator/.local/bin/deseo", "self-check", "/tmp/deseo-self-check"],
        capture_output=True, text=True, timeout=300,
    )
    print(result.stdout + result.stderr)
    if result.returncode != 0 or "font: DejaVu Sans" not in result.stdout:
        fail(f"the build did not pass its self-check in {system} (exit {result.returncode})")
    noise = [line for line in result.stderr.splitlines() if "propagateSizeHints" not in line]
    if noise:
        fail("the build printed warnings: " + " | ".join(noise[:5]))
    print(f"linux: {archives[-1].name} runs in a bare Debian 12 (libgl1, libegl1, no fonts)")


def main(argv: list[str]) -> None:
    what = argv[1] if len(argv) > 1 else "all"
    if what in ("wheel", "all"):
        check_wheel()
    if what in ("linux", "all"):
        check_linux()


if __name__ == "__main__":
    main(sys.argv)
