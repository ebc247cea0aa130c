"""Build the Windows installer from the one-folder build: the ISCC command, printed or run.

    python installers/windows/build.py            print the command (works anywhere)
    python installers/windows/build.py --run      run it (Windows, after `make dist`)
    python installers/windows/build.py --iscc "C:\\...\\ISCC.exe" --run

The version, the names and the file type go to Inno Setup as defines read from
installers/common.py, so deseo.iss never carries them itself. The result is
dist\\<APP_NAME>-<VERSION>-setup.exe.

Signing is optional and never done here: the commands are printed at the end (signtool from the
Windows SDK and a code-signing certificate; without them Windows SmartScreen warns about an
unknown publisher, and the person goes on with "More info" > "Run anyway").
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import common  # noqa: E402  installers/common.py, the one source of the version and names

ISS = HERE / "deseo.iss"
ICON = HERE / "deseo.ico"
DIST = common.ROOT / "dist"
BUILD = DIST / common.EXECUTABLE  # the one-folder build: dist\deseo\
PROGRAMS = (f"{common.EXECUTABLE}.exe", f"{common.EXECUTABLE}-gui.exe")
TIMESTAMP_URL = "http://timestamp.digicert.com"


def data_folder() -> str:
    """The user data folder's name, as the app itself computes it (deseo_desktop/store/paths.py)."""
    text = (common.ROOT / "deseo_desktop" / "store" / "paths.py").read_text(encoding="utf-8")
    return re.search(r'^APP_FOLDER = "([^"]+)"', text, re.MULTILINE).group(1)


def defines() -> dict[str, str]:
    """Every value deseo.iss takes from the outside, by its ISPP name."""
    return {
        "AppVersion": common.VERSION,
        "AppName": common.APP_NAME,
        "AppPublisher": common.PUBLISHER,
        "AppExtension": common.EXTENSION,
        "AppMimeType": common.MIME_TYPE,
        "AppDataFolder": data_folder(),
    }


def setup_name() -> str:
    """The installer's file name (deseo.iss: OutputBaseFilename, in OutputDir ..\\..\\dist)."""
    return f"{common.APP_NAME}-{common.VERSION}-setup.exe"


def find_iscc() -> str:
    """ISCC.exe: on PATH, or where the Inno Setup 6 installer puts it (all users or per user)."""
    found = shutil.which("ISCC") or shutil.which("iscc")
    if found:
        return found
    candidates = [
        Path(os.environ.get(var, "")) / "Inno Setup 6" / "ISCC.exe"
        for var in ("ProgramFiles(x86)", "ProgramFiles")
        if os.environ.get(var)
    ]
    if os.environ.get("LOCALAPPDATA"):
        candidates.append(
            Path(os.environ["LOCALAPPDATA"]) / "Programs" / "Inno Setup 6" / "ISCC.exe"
        )
    for candidate in candidates:
        if candidate.is_file():
            return str(candidate)
    return "ISCC.exe"


def iscc_command(iscc: str = "ISCC.exe") -> list[str]:
    return [iscc, *(f"/D{name}={value}" for name, value in defines().items()), str(ISS)]


def sign_commands() -> list[str]:
    """The optional signing steps, for a person who holds a code-signing certificate."""
    sign = f'signtool sign /fd SHA256 /td SHA256 /tr {TIMESTAMP_URL} /n "<certificate subject>"'
    programs = " ".join(f'"dist\\{common.EXECUTABLE}\\{name}"' for name in PROGRAMS)
    return [
        "REM 1. Before building the installer: sign the two programs it carries.",
        f"{sign} {programs}",
        "REM 2. To sign the uninstaller too, add to the ISCC command ($q is a quote there):",
        f'REM    /DSignToolName=deseosign "/Sdeseosign={sign.replace(chr(34), "$q")} $f"',
        "REM 3. After building it: sign the installer itself, then check the signature.",
        f'{sign} "dist\\{setup_name()}"',
        f'signtool verify /pa "dist\\{setup_name()}"',
    ]


def quoted(command: list[str]) -> str:
    return subprocess.list2cmdline(command)


def missing_inputs() -> list[str]:
    needed = [BUILD / name for name in PROGRAMS] + [ICON]
    return [str(path) for path in needed if not path.exists()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--run", action="store_true", help="run ISCC (on Windows)")
    parser.add_argument("--iscc", help="the ISCC.exe to use (default: found on this machine)")
    args = parser.parse_args(argv)

    command = iscc_command(args.iscc or find_iscc())
    print(quoted(command))
    print()
    print("REM Optional signing (not run here):")
    for line in sign_commands():
        print(line)
    if not args.run:
        return 0
    if sys.platform != "win32" and not args.iscc:
        print(
            "ISCC runs on Windows: give --iscc to use another one (e.g. under Wine).",
            file=sys.stderr,
        )
        return 2
    missing = missing_inputs()
    if missing:
        print("Missing (run `make dist` on Windows first):", *missing, sep="\n  ", file=sys.stderr)
        return 1
    result = subprocess.run(command, check=False)
    if result.returncode == 0:
        print(f"Built {DIST / setup_name()}")
    return result.returncode


if __name__ == "__main__":
    sys.exit(main())
