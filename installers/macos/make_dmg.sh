#!/bin/sh
# Make the disk image people install from: "DESEO Cluster Designer-<version>.dmg" in dist/,
# holding the app and a link to /Applications to drag it onto.
#
# Run on a Mac, from anywhere, after the build (`make dist` leaves dist/DESEO Cluster Designer.app):
#     sh installers/macos/make_dmg.sh
# The version and the app's name come from installers/common.py (the one source of both); the
# built app's Info.plist must carry the same version, or the image is not made.
#
# Environment: PYTHON (default python3) reads installers/common.py; DIST (default dist/ in the
# repository) is where the app is found and the image is written.
#
# Optional signing and notarisation, not run here (they need an Apple Developer ID). Without them
# macOS refuses the app on first open: the person right-clicks it > Open > Open (or, on macOS 15
# and later, System Settings > Privacy & Security > "Open Anyway"). With an ID, before this script:
#     codesign --deep --force --options runtime --timestamp \
#         --sign "Developer ID Application: <name> (<team id>)" "dist/DESEO Cluster Designer.app"
#     (a PyInstaller app under the hardened runtime may also need --entitlements with
#     com.apple.security.cs.allow-unsigned-executable-memory and
#     com.apple.security.cs.disable-library-validation)
# and after it, on the image:
#     codesign --timestamp --sign "Developer ID Application: <name> (<team id>)" "dist/<image>.dmg"
#     xcrun notarytool submit "dist/<image>.dmg" --keychain-profile "<profile>" --wait
#     xcrun stapler staple "dist/<image>.dmg"
#     spctl --assess --type open --context context:primary-signature -v "dist/<image>.dmg"
set -eu

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
PYTHON=${PYTHON:-python3}
DIST=${DIST:-"$ROOT/dist"}

common() {
    "$PYTHON" -c 'import sys; sys.path.insert(0, sys.argv[1]); import common; print(getattr(common, sys.argv[2]))' \
        "$ROOT/installers" "$1"
}

VERSION=$(common VERSION)
APP_NAME=$(common APP_NAME)
APP="$DIST/$APP_NAME.app"
DMG="$DIST/$APP_NAME-$VERSION.dmg"

if [ ! -d "$APP" ]; then
    echo "No $APP: build it first (make dist, on a Mac)." >&2
    exit 1
fi

# The app must be the one this version builds: its Info.plist comes from info_plist.py.
BUILT=$("$PYTHON" -c 'import plistlib, sys; print(plistlib.load(open(sys.argv[1], "rb"))["CFBundleShortVersionString"])' \
    "$APP/Contents/Info.plist")
if [ "$BUILT" != "$VERSION" ]; then
    echo "$APP is version $BUILT, installers/common.py says $VERSION: rebuild it." >&2
    exit 1
fi

STAGE=$(mktemp -d "${TMPDIR:-/tmp}/deseo-dmg.XXXXXX")
trap 'rm -rf "$STAGE"' EXIT INT TERM

# ditto keeps the bundle's symbolic links, extended attributes and any signature intact.
if command -v ditto >/dev/null 2>&1; then
    ditto "$APP" "$STAGE/$APP_NAME.app"
else
    cp -R "$APP" "$STAGE/$APP_NAME.app"
fi
ln -s /Applications "$STAGE/Applications"

rm -f "$DMG"
hdiutil create -volname "$APP_NAME $VERSION" -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "$DMG"
echo "$DMG"
