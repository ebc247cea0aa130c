"""What the pooling map draws: organisations, resources, group headers and links.

Nodes paint themselves so their labels can follow the zoom (level of detail): far out, a
300-organisation map shows its dots, headers and links; closer in, every name (the links
are map_links.py). Colours tell the kinds of organisation apart, taken from Paul Tol's
colour-blind-safe sets so no two kinds differ by red and green alone; the column headers and
the legend name each kind as well, so colour is never the only clue.
"""

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

KIND_COLOURS = {
    "social_cooperative": "#332288",
    "cooperative": "#88ccee",
    "association": "#44aa99",
    "mutual": "#117733",
    "foundation": "#999933",
    "social_enterprise": "#ddcc77",
    "local_authority": "#882255",
    "womens_centre": "#aa4499",
    "training_research": "#cc6677",
    "funder": "#ee7733",
    "other_enterprise": "#888888",
}
OTHER_KIND = "#bbbbbb"  # a kind this version does not know
RESOURCE_COLOUR = QColor("#2f5d62")
TEXT = QColor("#1f2a2e")
MUTED = QColor("#5b6a6e")
USES_COLOUR = QColor("#4d5a5f")
LABEL_PX = 12  # scene units: readable at zoom 1, hidden when it would be under MIN_TEXT_PX
HEADER_PX = 14
MIN_TEXT_PX = 6.0
MIN_HEADER_PX = 10.0
DOT = 6.0
NORMAL, FOCUS, NEIGHBOUR, DIM = "normal", "focus", "neighbour", "dim"


def kind_colour(kind: str) -> QColor:
    return QColor(KIND_COLOURS.get(kind, OTHER_KIND))


def font(pixels: int, bold: bool = False) -> QFont:
    f = QFont()
    f.setPixelSize(pixels)
    f.setBold(bold)
    return f


def _lod(painter) -> float:
    return QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())


class NodeItem(QGraphicsItem):
    """An organisation (a dot with its name on the outer side) or a resource (a circle sized
    by value, its name and value beside it, on a card the links reach from either side)."""

    def __init__(
        self, node_id: str, side: str, colour: QColor, width: float, radius: float, slot: float
    ):
        super().__init__()
        self.node_id = node_id
        self.side = side
        self.colour = colour
        self.radius = radius
        self.slot = slot  # the half-width kept for the dot: dots of a column line up
        self.width = width
        self.state = NORMAL
        self.lines: list[tuple[str, QFont, QColor]] = []
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setZValue(2)
        self._rect = self._bounds()

    def set_lines(self, lines: list[tuple[str, QFont, QColor]]) -> None:
        """The label's lines, elided to the room beside the dot."""
        room = self.width - 2 * self.slot - 8
        self.lines = [
            (QFontMetricsF(f).elidedText(text, Qt.TextElideMode.ElideRight, room), f, c)
            for text, f, c in lines
        ]

    def _bounds(self) -> QRectF:
        half = max(self.slot, LABEL_PX) + 3
        if self.side == "left":  # the dot is at the right end, the name before it
            return QRectF(self.slot - self.width, -half, self.width, 2 * half)
        return QRectF(-self.slot, -half, self.width, 2 * half)

    def boundingRect(self) -> QRectF:
        return self._rect

    def anchor(self, towards: str) -> QPointF:
        """Where a link meets this node, coming from the `towards` side."""
        if self.side != "middle":
            return self.pos()
        if towards == "right":
            return self.pos() + QPointF(self.width - self.slot, 0)
        return self.pos() - QPointF(self.radius, 0)

    def set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.update()

    def paint(self, painter, _option, _widget=None) -> None:
        lod = _lod(painter)
        faded = self.state == DIM
        painter.setOpacity(0.25 if faded else 1.0)
        readable = lod * LABEL_PX >= MIN_TEXT_PX
        if self.side == "middle" and readable:  # far out, the cards would make a grey wall
            painter.setPen(Qt.PenStyle.NoPen)
            card = QColor(self.colour)
            card.setAlpha(40 if self.state in (FOCUS, NEIGHBOUR) else 22)
            painter.setBrush(card)
            painter.drawRoundedRect(self._rect.adjusted(0, 2, 0, -2), 6, 6)
        ring = QColor("#000000") if self.state == FOCUS else QColor("#ffffff")
        painter.setPen(QPen(ring, 3 if self.state == FOCUS else 1.5))
        painter.setBrush(QBrush(self.colour))
        painter.drawEllipse(QPointF(0, 0), self.radius, self.radius)
        if self.shows_label(lod):
            self._paint_label(painter)

    def shows_label(self, zoom: float) -> bool:
        """Whether the name is drawn at this zoom: only when big enough to read on screen,
        a little sooner for the selected node and its neighbours."""
        threshold = MIN_TEXT_PX / 2 if self.state in (FOCUS, NEIGHBOUR) else MIN_TEXT_PX
        return bool(self.lines) and zoom * LABEL_PX >= threshold

    def _paint_label(self, painter) -> None:
        heights = [QFontMetricsF(f).height() for _, f, _ in self.lines]
        room = self.width - 2 * self.slot - 8
        top = -sum(heights) / 2
        for (text, f, colour), height in zip(self.lines, heights, strict=True):
            painter.setFont(f)
            if self.side == "left":
                rect = QRectF(-self.slot - 6 - room, top, room, height)
                align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            else:
                rect = QRectF(self.slot + 6, top, room, height)
                align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            if self.side != "middle":  # links from further columns pass under the names
                used = QFontMetricsF(f).horizontalAdvance(text) + 4
                back = QRectF(
                    rect.right() - used if self.side == "left" else rect.left() - 2,
                    rect.top(),
                    used,
                    height,
                )
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(247, 247, 245, 215))
                painter.drawRoundedRect(back, 3, 3)
            if self.state == FOCUS and not f.bold():
                bolder = QFont(f)
                bolder.setBold(True)
                painter.setFont(bolder)
            painter.setPen(colour)
            painter.drawText(rect, align, text)
            top += height


class HeaderItem(QGraphicsItem):
    """A group's title above its part of a column: a colour dot, the kind, how many."""

    def __init__(self, text: str, colour: QColor | None, width: float, align_right: bool):
        super().__init__()
        self.colour = colour
        self.align_right = align_right
        self.full_text = text
        self._rect = QRectF(0, 0, width, HEADER_PX * 2)
        self.setZValue(2)

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(0, -HEADER_PX, 0, 0)  # room for the text grown far out

    def paint(self, painter, _option, _widget=None) -> None:
        width, height = self._rect.width(), self._rect.height()
        # Far out the names of the columns grow (up to twice) to stay legible on screen.
        pixels = min(2 * HEADER_PX, max(HEADER_PX, MIN_HEADER_PX / max(_lod(painter), 1e-6)))
        header_font = font(round(pixels), bold=True)
        dot = DOT if self.colour is not None else -DOT  # over the nodes' dots below
        if self.align_right:
            centre = width - DOT
            text = QRectF(0, 0, width - DOT - dot - 8, height)
            align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        else:
            centre = DOT
            text = QRectF(DOT + dot + 8, 0, width - DOT - dot - 8, height)
            align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        if self.colour is not None:
            painter.setPen(QPen(QColor("#ffffff"), 1.5))
            painter.setBrush(self.colour)
            painter.drawEllipse(QPointF(centre, height / 2), DOT, DOT)
        text.setTop(height - 4 - QFontMetricsF(header_font).height())
        text.setBottom(height - 2)
        shown = QFontMetricsF(header_font).elidedText(
            self.full_text, Qt.TextElideMode.ElideRight, text.width()
        )
        painter.setFont(header_font)
        painter.setPen(TEXT)
        painter.drawText(text, align, shown)
        painter.setPen(QPen(QColor("#c9cfcd"), 1))
        painter.drawLine(QPointF(0, height - 2), QPointF(width, height - 2))
