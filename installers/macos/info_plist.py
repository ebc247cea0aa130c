"""The macOS bundle's Info.plist entries: version, icon, languages and the .deseo document type.

The PyInstaller spec passes `info_plist(VERSION)` to BUNDLE(info_plist=...), which merges it into
the Info.plist of "DESEO Cluster Designer.app". For the checks (and to look at it):

    python installers/macos/info_plist.py OUT.plist

writes the same entries as a real property list.

A double-clicked .deseo file reaches the running app as a QFileOpenEvent: the document type
below is what makes Finder offer the app for the file at all.
"""

import plistlib
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import common  # noqa: E402  installers/common.py, the one source of the version and names

ICON_FILE = "deseo.icns"  # installers/macos/deseo.icns, copied into Contents/Resources
# The type every .deseo file is declared as (a zip archive with a manifest and the design).
DESIGN_UTI = f"{common.APP_ID}.design"
# Qt 6.11, which the app is built with, runs on macOS 13 and later.
MINIMUM_MACOS = "13.0"


def bundle_version(version: str) -> str:
    """The version as macOS takes it: up to three whole numbers ("0.1.0"; "1.2.0rc1" -> "1.2.0")."""
    match = re.match(r"\d+(\.\d+){0,2}", version)
    if not match:
        raise ValueError(f"not a version macOS can read: {version!r}")
    return match.group(0)


def info_plist(version: str) -> dict:
    extension = common.EXTENSION.lstrip(".")
    short = bundle_version(version)
    return {
        "CFBundleName": common.APP_NAME,
        "CFBundleDisplayName": common.APP_NAME,
        "CFBundleIdentifier": common.APP_ID,
        "CFBundleExecutable": common.EXECUTABLE,
        "CFBundlePackageType": "APPL",
        "CFBundleInfoDictionaryVersion": "6.0",
        "CFBundleShortVersionString": short,
        "CFBundleVersion": short,
        "CFBundleIconFile": ICON_FILE,
        "CFBundleDevelopmentRegion": "en",
        # The languages the app speaks: macOS then lets Qt's own texts follow the system language.
        "CFBundleLocalizations": list(common.LANGUAGES),
        "LSMinimumSystemVersion": MINIMUM_MACOS,
        "LSApplicationCategoryType": "public.app-category.productivity",
        "NSHighResolutionCapable": True,
        "NSPrincipalClass": "NSApplication",
        "NSHumanReadableCopyright": f"{common.PUBLISHER}, {common.LICENSE}",
        "CFBundleDocumentTypes": [
            {
                "CFBundleTypeName": f"{common.APP_NAME} design",
                "CFBundleTypeRole": "Editor",
                "LSHandlerRank": "Owner",
                "LSItemContentTypes": [DESIGN_UTI],
                "CFBundleTypeIconFile": ICON_FILE,
                # Read by macOS versions that predate content types; the UTI above wins elsewhere.
                "CFBundleTypeExtensions": [extension],
                "CFBundleTypeMIMETypes": [common.MIME_TYPE],
            }
        ],
        "UTExportedTypeDeclarations": [
            {
                "UTTypeIdentifier": DESIGN_UTI,
                "UTTypeDescription": f"{common.APP_NAME} design",
                "UTTypeConformsTo": ["public.data", "public.zip-archive"],
                "UTTypeIconFile": ICON_FILE,
                "UTTypeTagSpecification": {
                    "public.filename-extension": [extension],
                    "public.mime-type": [common.MIME_TYPE],
                },
            }
        ],
    }


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(f"usage: {Path(argv[0]).name} OUT.plist", file=sys.stderr)
        return 2
    out = Path(argv[1])
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("wb") as handle:
        plistlib.dump(info_plist(common.VERSION), handle)
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
