"""The pooling map as a file: a PNG for slides and messages, an SVG for print and editing.

The picture is the whole map (not only what the window shows), its title above and its
legend below it, drawn by the same code as the screen (what is highlighted stays so).
"""

import math
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

from .widgets.map_legend import MapLegend
from .widgets.map_view import MapView

TITLE_HEIGHT = 44.0
MAX_PIXELS = 12_000_000  # a PNG of the largest maps stays under 50 MB of memory
BEST_SCALE = 2.0  # sharp on a projector or a high-density screen


def key_scale(view: MapView) -> float:
    """How much larger the title and legend are drawn: a large map is shown smaller, so they
    grow with it to be read at the same distance."""
    return min(2.5, max(1.0, view.sceneRect().height() / 900))


def picture_size(view: MapView, legend: MapLegend) -> QSize:
    """The picture's size in scene units (the SVG's size; the PNG's before scaling)."""
    rect = view.sceneRect()
    grow = key_scale(view)
    key = legend.paint_at(None, QPointF(0, 0), rect.width() / grow)
    height = TITLE_HEIGHT * grow + rect.height() + key.height() * grow
    return QSize(math.ceil(rect.width()), math.ceil(height))


def paint_picture(painter: QPainter, view: MapView, legend: MapLegend, title: str) -> None:
    """The title, the whole map and, below it, the legend as wide as the map."""
    size = picture_size(view, legend)
    grow = key_scale(view)
    top = TITLE_HEIGHT * grow
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    painter.fillRect(QRectF(0, 0, size.width(), size.height()), QColor("#ffffff"))
    heading = QFont(legend.font())
    heading.setPixelSize(round(20 * grow))
    heading.setBold(True)
    painter.setFont(heading)
    painter.setPen(QColor("#1f2a2e"))
    painter.drawText(QRectF(16, 0, size.width() - 32, top), Qt.AlignmentFlag.AlignVCenter, title)
    source = view.sceneRect()
    target = QRectF(0, top, source.width(), source.height())
    view.scene().render(painter, target, source)
    painter.translate(0, top + source.height())
    painter.scale(grow, grow)
    legend.paint_at(painter, QPointF(0, 0), source.width() / grow)


def save_picture(path: Path, view: MapView, legend: MapLegend, title: str) -> bool:
    """Write the picture as SVG when `path` ends in .svg, else PNG; False when it cannot."""
    size = picture_size(view, legend)
    if path.suffix.lower() == ".svg":
        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(size)
        generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
        generator.setTitle(title)
        painter = QPainter()
        if not painter.begin(generator):
            return False
        paint_picture(painter, view, legend, title)
        return painter.end() and path.is_file()
    scale = min(BEST_SCALE, math.sqrt(MAX_PIXELS / max(1, size.width() * size.height())))
    image = QImage(
        math.ceil(size.width() * scale),
        math.ceil(size.height() * scale),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.scale(scale, scale)
    paint_picture(painter, view, legend, title)
    painter.end()
    return image.save(str(path), "PNG")
