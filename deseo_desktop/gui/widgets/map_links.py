"""The pooling map's links: every contribution (solid, as wide as its value allows) and every
use (dashed), painted by one item.

A thousand smooth, translucent curves take 65-200 ms to paint, too slow to redraw on every
step of a pan. Qt's own item cache did not fit: it renders the whole item at the zoomed
size (200 ms a zoom step, and memory growing with the zoom) and puts a bitmap into a saved
SVG. So the item keeps its own picture of what the view shows plus a margin, at the view's
scale; a pan inside the margin only copies it, and a zoom, a new highlight or a pan past the
margin paints it again. Painting to anything but a view (a saved PNG or SVG) draws the
curves themselves.
"""

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsView

from .map_items import DIM, FOCUS, NORMAL

MARGIN = 0.35  # the picture reaches this share of the view's size beyond each edge


@dataclass
class _Picture:
    rect: QRectF  # what it covers, in scene units
    scale: float
    ratio: float  # device pixels per pixel
    version: int
    image: QImage


class LinksItem(QGraphicsItem):
    def __init__(self):
        super().__init__()
        self.paths: dict[str, QPainterPath] = {}
        self.bounds: dict[str, QRectF] = {}
        self.pens: dict[str, dict[str, QPen]] = {}
        self.states: dict[str, str] = {}
        self.version = 0  # a new highlight: the kept picture is out of date
        self.picture: _Picture | None = None
        self._rect = QRectF()
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)

    def add(self, link_id: str, start: QPointF, end: QPointF, look: "Look"):
        """A curve from `start` to `end` leaving and arriving level, as a Sankey link does."""
        path = QPainterPath(start)
        dx = (end.x() - start.x()) * 0.5
        path.cubicTo(start + QPointF(dx, 0), end - QPointF(dx, 0), end)
        margin = look.width + 4
        bounds = path.controlPointRect().adjusted(-margin, -margin, margin, margin)
        self.prepareGeometryChange()
        self._rect = self._rect.united(bounds)
        self.paths[link_id] = path
        self.bounds[link_id] = bounds
        self.pens[link_id] = {state: look.pen(state) for state in (NORMAL, FOCUS, DIM)}
        self.states[link_id] = NORMAL
        self.version += 1

    def set_states(self, states: dict[str, str]) -> None:
        """New states by link id (NORMAL, FOCUS or DIM); links not named keep theirs."""
        changed = False
        for link_id, state in states.items():
            if self.states.get(link_id) != state:
                self.states[link_id] = state
                changed = True
        if changed:
            self.version += 1
            self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option, widget=None) -> None:
        view = widget.parentWidget() if widget is not None else None
        if not isinstance(view, QGraphicsView):
            self.draw(painter, option.exposedRect)
            return
        scale = painter.worldTransform().m11()
        seen = view.mapToScene(view.viewport().rect()).boundingRect() & self._rect
        kept = self.picture
        if (
            kept is None
            or kept.version != self.version
            or not math.isclose(kept.scale, scale)
            or kept.ratio != painter.device().devicePixelRatioF()
            or not kept.rect.contains(seen)
        ):
            kept = self.picture = self._paint_picture(painter, seen, scale)
        painter.drawImage(kept.rect, kept.image)

    def _paint_picture(self, painter: QPainter, seen: QRectF, scale: float) -> _Picture:
        dx, dy = seen.width() * MARGIN, seen.height() * MARGIN
        wanted = seen.adjusted(-dx, -dy, dx, dy) & self._rect
        # Whole device pixels, so the copy lands on the screen's pixels without blurring.
        device = painter.worldTransform()
        aligned = QRectF(device.mapRect(wanted).toAlignedRect())
        rect = device.inverted()[0].mapRect(aligned)
        ratio = painter.device().devicePixelRatioF()
        image = QImage(
            max(1, round(aligned.width() * ratio)),
            max(1, round(aligned.height() * ratio)),
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        image.setDevicePixelRatio(ratio)
        image.fill(Qt.GlobalColor.transparent)
        canvas = QPainter(image)
        canvas.setRenderHint(QPainter.RenderHint.Antialiasing)
        canvas.scale(scale, scale)
        canvas.translate(-rect.topLeft())
        self.draw(canvas, rect)
        canvas.end()
        return _Picture(rect, scale, ratio, self.version, image)

    def draw(self, painter: QPainter, area: QRectF) -> None:
        """The curves crossing `area`, the highlighted ones on top."""
        for layer in (DIM, NORMAL, FOCUS):
            for link_id, state in self.states.items():
                if state == layer and self.bounds[link_id].intersects(area):
                    painter.setPen(self.pens[link_id][state])
                    painter.drawPath(self.paths[link_id])


@dataclass(frozen=True)
class Look:
    """How a link is drawn. `thin`: a hairline of one screen pixel whatever the zoom, except
    when highlighted; Qt draws those five times faster than wider curves (100 ms instead of
    570 ms for the large design's links at zoom 1), so maps with many links use them."""

    colour: QColor
    width: float
    dashed: bool
    alpha: int
    thin: bool

    def pen(self, state: str) -> QPen:
        colour = QColor(self.colour)
        colour.setAlpha({NORMAL: self.alpha, FOCUS: 255, DIM: 22}[state])
        if self.thin and state != FOCUS:
            pen = QPen(colour, 1.0)
            pen.setCosmetic(True)
        else:
            pen = QPen(colour, self.width + (1.5 if state == FOCUS else 0.0))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        if self.dashed:
            pen.setStyle(Qt.PenStyle.CustomDashLine)
            pen.setDashPattern([3.0, 2.5])
        return pen
