"""The pooling map's legend: the kinds of organisation with their colours and counts, the two
kinds of link, and what a resource circle's size means.

It stands below the map in a band, the kinds in columns of a few rows, so the map keeps the
page's whole width (maps are wider than tall: beside them, a legend cost the example a third
of its size). One routine paints it on screen and into a saved PNG or SVG, so the picture
someone sends round carries the same key as the screen.
"""

import math
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontInfo, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from deseo_desktop.rules.map_layout import LEFT_KINDS, RIGHT_KINDS
from deseo_desktop.services.pooling_map import PoolingMap
from deseo_desktop.terms import term

from .map_items import MUTED, RESOURCE_COLOUR, TEXT, USES_COLOUR, kind_colour
from .map_scene import short_money

PAD = 8.0
GAP = 28.0  # between two blocks of the legend
ICON = 26.0  # room for a dot, a line or a circle before each text
MIN_ROWS = 4
Row = tuple[Callable[[QPainter, QPointF], None] | None, str, QColor]  # icon, text, colour


class MapLegend(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.kinds: list[tuple[str, QColor, int]] = []
        self.largest = ""
        self.widths_vary = True  # contributions as wide as their value (few links)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Legend"))

    def set_map(self, pooling_map: PoolingMap, language: str, widths_vary: bool = True) -> None:
        self.widths_vary = widths_vary
        counts: dict[str, int] = {}
        for node in pooling_map.nodes:
            if node.is_actor:
                counts[node.group] = counts.get(node.group, 0) + 1
        order = [k for k in (*LEFT_KINDS, *RIGHT_KINDS) if k in counts]
        order += sorted(k for k in counts if k not in order)
        self.kinds = [(term("actor_kind", k, language), kind_colour(k), counts[k]) for k in order]
        values = [n.value_cents for n in pooling_map.nodes if not n.is_actor]
        top = max(values, default=0)
        self.largest = short_money(top, pooling_map.currency, language) if top else ""
        self.setAccessibleDescription(
            "; ".join(f"{name}: {count}" for name, _colour, count in self.kinds)
        )
        self.updateGeometry()
        self.update()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return math.ceil(self.paint_at(None, QPointF(0, 0), width).height())

    def sizeHint(self) -> QSize:
        return QSize(600, self.heightForWidth(600))

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.heightForWidth(self.width() or 600))

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint_at(painter, QPointF(0, 0), self.width())

    def _fonts(self) -> tuple[QFont, QFont]:
        # In pixels, not points: an SVG's points are not the screen's.
        plain = QFont(self.font())
        plain.setPixelSize(QFontInfo(self.font()).pixelSize())
        bold = QFont(plain)
        bold.setBold(True)
        return plain, bold

    def _blocks(self) -> list[tuple[str, list[Row]]]:
        kinds: list[Row] = [(_dot(c), f"{name} ({n})", TEXT) for name, c, n in self.kinds]
        contributes = (
            self.tr("contributes (width: value)") if self.widths_vary else self.tr("contributes")
        )
        links: list[Row] = [
            (_line(QPen(MUTED, 2.5 if self.widths_vary else 1.5)), contributes, TEXT),
            (_line(_dashed()), self.tr("uses"), TEXT),
        ]
        sizes: list[Row] = [(_circle(4.0), self.tr("small value"), TEXT)]
        if self.largest:
            sizes.append((_circle(9.0), self.largest, TEXT))
        sizes.append((None, self.tr("area: value contributed"), MUTED))
        return [
            (self.tr("Organisations"), kinds),
            (self.tr("Links"), links),
            (self.tr("Pooled resources"), sizes),
        ]

    def paint_at(self, painter: QPainter | None, origin: QPointF, width: float) -> QRectF:
        """Paint the legend in a band `width` wide with its top left at `origin`; returns
        the room it takes. With no painter, only measures. The kinds of organisation take as
        few rows as the width allows (at least MIN_ROWS)."""
        plain, bold = self._fonts()
        metrics = QFontMetricsF(plain)
        line = metrics.height() + 5
        blocks = self._blocks()
        fixed = sum(
            ICON + max(metrics.horizontalAdvance(t) for _, t, _ in rows) + GAP
            for _, rows in blocks[1:]
        )
        kinds = blocks[0][1]
        rows = MIN_ROWS
        while rows < len(kinds) and _columns_width(kinds, rows, metrics) + fixed > width - 2 * PAD:
            rows += 1
        columns = [kinds[i : i + rows] for i in range(0, len(kinds), rows)] or [[]]
        height = PAD + line * (1 + max(rows, *(len(r) for _, r in blocks[1:]))) + PAD
        if painter is None:
            return QRectF(origin.x(), origin.y(), width, height)
        x = origin.x() + PAD
        for index, (heading, block_rows) in enumerate(blocks):
            top = origin.y() + PAD
            painter.setFont(bold)
            painter.setPen(TEXT)
            painter.drawText(QRectF(x, top, 400, line), Qt.AlignmentFlag.AlignVCenter, heading)
            for column in columns if index == 0 else [block_rows]:
                room = max((metrics.horizontalAdvance(t) for _, t, _ in column), default=0) + 2
                y = top + line
                for icon, text, colour in column:
                    if icon is not None:
                        icon(painter, QPointF(x + 10, y + line / 2))
                    painter.setFont(plain)
                    painter.setPen(colour)
                    painter.drawText(
                        QRectF(x + ICON, y, room, line), Qt.AlignmentFlag.AlignVCenter, text
                    )
                    y += line
                x += ICON + room + (GAP / 2 if index == 0 else GAP)
            if index == 0:
                x += GAP / 2
        return QRectF(origin.x(), origin.y(), width, height)


def _columns_width(kinds: list[Row], rows: int, metrics: QFontMetricsF) -> float:
    columns = [kinds[i : i + rows] for i in range(0, len(kinds), rows)]
    widths = [ICON + max(metrics.horizontalAdvance(t) for _, t, _ in c) + 2 for c in columns]
    return sum(widths) + GAP / 2 * len(widths) + GAP / 2


def _dot(colour: QColor):
    def paint(painter: QPainter, at: QPointF) -> None:
        painter.setPen(QPen(QColor("#ffffff"), 1.5))
        painter.setBrush(colour)
        painter.drawEllipse(at, 6, 6)

    return paint


def _line(pen: QPen):
    def paint(painter: QPainter, at: QPointF) -> None:
        painter.setPen(pen)
        painter.drawLine(at - QPointF(10, 0), at + QPointF(10, 0))

    return paint


def _circle(radius: float):
    def paint(painter: QPainter, at: QPointF) -> None:
        painter.setPen(QPen(QColor("#ffffff"), 1.5))
        painter.setBrush(RESOURCE_COLOUR)
        painter.drawEllipse(at, radius, radius)

    return paint


def _dashed() -> QPen:
    pen = QPen(USES_COLOUR, 1.5)
    pen.setStyle(Qt.PenStyle.CustomDashLine)
    pen.setDashPattern([3.0, 2.5])
    return pen
