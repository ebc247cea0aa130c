"""Render resources/icons/deseo.svg into every icon file the installers carry.

    python installers/icons.py        (make icons)

Writes, and overwrites, these committed files:
  installers/linux/icons/hicolor/<N>x<N>/apps/<APP_ID>.png   N = 16 24 32 48 64 128 256 512
  installers/linux/icons/hicolor/scalable/apps/<APP_ID>.svg  a copy of the SVG
  installers/windows/deseo.ico   16, 24, 32, 48, 64, 128 as 32-bit bitmaps, 256 as PNG
  installers/macos/deseo.icns    ic07 (128), ic08 (256), ic09 (512), ic10 (1024 = 512@2x), PNG

Qt draws the SVG (QSvgRenderer onto a QImage, offscreen); the ICO and ICNS containers are
written here, with no other dependency. The output is deterministic: the same SVG and the same
Qt give the same bytes, so `git status` shows a change only when the drawing changed.
"""

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import APP_ID, INSTALLERS, ROOT  # noqa: E402

SOURCE = ROOT / "resources" / "icons" / "deseo.svg"
HICOLOR = INSTALLERS / "linux" / "icons" / "hicolor"
ICO = INSTALLERS / "windows" / "deseo.ico"
ICNS = INSTALLERS / "macos" / "deseo.icns"

HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# Apple's PNG-bearing types (Mac OS X 10.5 and later); ic10 is the 512 pt icon at 2x.
ICNS_TYPES = ((b"ic07", 128), (b"ic08", 256), (b"ic09", 512), (b"ic10", 1024))


class Renderer:
    """The SVG drawn at any square size, as straight (not premultiplied) ARGB pixels."""

    def __init__(self, svg: Path = SOURCE):
        self._app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
        self.renderer = QSvgRenderer(str(svg))
        if not self.renderer.isValid():
            raise SystemExit(f"{svg}: not an SVG Qt can draw")
        self._cache: dict[int, QImage] = {}

    def image(self, size: int) -> QImage:
        if size not in self._cache:
            image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(Qt.GlobalColor.transparent)
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
            self.renderer.render(painter, QRectF(0, 0, size, size))
            painter.end()
            self._cache[size] = image.convertToFormat(QImage.Format.Format_ARGB32)
        return self._cache[size]

    def png(self, size: int) -> bytes:
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not self.image(size).save(buffer, "PNG"):
            raise SystemExit(f"could not encode the {size} px icon as PNG")
        buffer.close()
        return bytes(data.data())

    def bgra_rows(self, size: int) -> list[bytes]:
        """Top-to-bottom rows of B, G, R, A bytes (QImage ARGB32 is 0xAARRGGBB per pixel)."""
        image = self.image(size)
        return [
            struct.pack(f"<{size}I", *(image.pixel(x, y) for x in range(size)))  # B, G, R, A
            for y in range(size)
        ]


def ico_bitmap(rows: list[bytes], size: int) -> bytes:
    """One ICO image as a 32-bit DIB: header (height doubled), XOR pixels bottom-up, AND mask."""
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    pixels = b"".join(reversed(rows))
    mask_row = ((size + 31) // 32) * 4  # 1 bit a pixel, rows padded to 32 bits; alpha rules
    return header + pixels + bytes(mask_row * size)


def ico_file(entries: list[tuple[int, bytes]]) -> bytes:
    """The ICO container: ICONDIR, one 16-byte ICONDIRENTRY per image, then the images."""
    out = [struct.pack("<HHH", 0, 1, len(entries))]
    offset = 6 + 16 * len(entries)
    for size, data in entries:
        side = 0 if size >= 256 else size  # 0 means 256
        out.append(struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset))
        offset += len(data)
    out.extend(data for _, data in entries)
    return b"".join(out)


def icns_file(entries: list[tuple[bytes, bytes]]) -> bytes:
    """The ICNS container: 'icns' and the total length, then type, length, data for each."""
    body = b"".join(kind + struct.pack(">I", 8 + len(data)) + data for kind, data in entries)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists() or path.read_bytes() != data:
        path.write_bytes(data)
    print(f"{path.relative_to(ROOT)}  {len(data):,} bytes")


def main() -> int:
    renderer = Renderer()
    for size in HICOLOR_SIZES:
        write(HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png", renderer.png(size))
    write(HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg", SOURCE.read_bytes())

    # Bitmaps for the small sizes (what every Windows tool and resource editor reads), PNG for
    # 256 only: the layout Microsoft recommends, valid since Windows Vista.
    ico = [(s, ico_bitmap(renderer.bgra_rows(s), s)) for s in ICO_SIZES if s < 256]
    ico.append((256, renderer.png(256)))
    write(ICO, ico_file(ico))

    write(ICNS, icns_file([(kind, renderer.png(size)) for kind, size in ICNS_TYPES]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
