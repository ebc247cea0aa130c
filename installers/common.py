"""What every installer shares, read from the package itself: one version, one name, one file type.

The PyInstaller spec, the Linux, Windows and macOS files and their checks all import this, so a
release changes `deseo_desktop.__version__` and nothing else.
"""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
INSTALLERS = ROOT / "installers"


def _package_value(name: str) -> str:
    text = (ROOT / "deseo_desktop" / "__init__.py").read_text(encoding="utf-8")
    return re.search(rf'^{name} = "([^"]+)"', text, re.MULTILINE).group(1)


VERSION = _package_value("__version__")  # "0.1.0"
APP_NAME = _package_value("APP_NAME")  # "DESEO Cluster Designer"
APP_ID = _package_value("APP_ID")  # "io.github.deseo.ClusterDesigner"
EXECUTABLE = "deseo"  # the one-folder build's program (deseo.exe and deseo-gui.exe on Windows)
EXTENSION = ".deseo"  # the portable design file (docs/portable-format.md)
MIME_TYPE = "application/x-deseo"  # a zip archive with a manifest and the design
PUBLISHER = "DESEO Cluster Designer developers"
LICENSE = "GPL-3.0-or-later"
LANGUAGES = ("en", "it", "fr", "sv", "es")
