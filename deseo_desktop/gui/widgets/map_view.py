"""The pooling map's canvas: zoom, pan, selection and highlighting (map_scene.py draws it).

Zoom with the wheel (about the pointer) or Ctrl+plus / Ctrl+minus, fit with Ctrl+0; drag the
background to pan; the arrow keys walk from node to node. Selecting a node highlights exactly
its links and the nodes at their other ends and dims the rest; a double-click or Enter asks
to open the node's row.
"""

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QFrame, QGraphicsScene, QGraphicsView

from deseo_desktop.services.pooling_map import PoolingMap

from .map_items import DIM, FOCUS, LABEL_PX, MIN_TEXT_PX, NEIGHBOUR, NORMAL, NodeItem
from .map_links import LinksItem
from .map_scene import draw_map, thin_links

MARGIN = 24.0
ZOOM_STEP = 1.25
MAX_ZOOM = 4.0
MAX_FIT_ZOOM = 1.6  # a small design fills the view, but its text stays a sensible size
READABLE_ZOOM = MIN_TEXT_PX / LABEL_PX  # below it the names are hidden


class MapView(QGraphicsView):
    node_selected = Signal(str)  # the selected node's id, "" when none
    node_activated = Signal(str)  # double-clicked: open it

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.scene().setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)  # built once
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setBackgroundBrush(QColor("#fbfbfa"))
        self.nodes: dict[str, NodeItem] = {}
        self.links = LinksItem()
        self.links_of: dict[str, list[str]] = {}  # node id -> its link ids, in link order
        self.ends: dict[str, tuple[str, str]] = {}  # link id -> (actor id, resource id)
        self.map = PoolingMap()
        self.auto_fit = True  # follow the window's size until someone zooms
        self.chosen = ""  # the selected node's id
        self.scene().selectionChanged.connect(self._on_scene_selection_changed)

    def sizeHint(self) -> QSize:
        # Qt's hint is the whole scene (up to most of the screen), which pushed the page
        # past the window's height; the map takes what room the page has instead.
        return QSize(640, 360)

    # --- building -----------------------------------------------------------------------

    def set_map(self, pooling_map: PoolingMap, language: str = "en") -> None:
        """Draw `pooling_map` afresh (the selection is kept when its node is still there)."""
        kept = self.selected_node()
        scene = self.scene()
        scene.blockSignals(True)
        scene.clear()
        scene.blockSignals(False)
        self.chosen = ""
        self.map = pooling_map
        drawing = draw_map(scene, pooling_map, language)
        self.nodes, self.links = drawing.nodes, drawing.links
        self.links_of, self.ends = drawing.links_of, drawing.ends
        scene.setSceneRect(drawing.rect.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN))
        if kept in self.nodes:
            self.select_node(kept)
        else:
            self.node_selected.emit("")

    def thin_links(self) -> bool:
        """Whether the links are hairlines (many of them) or as wide as their value."""
        return thin_links(self.map)

    # --- selection and highlighting -----------------------------------------------------

    def selected_node(self) -> str:
        return self.chosen

    def select_node(self, node_id: str, centre: bool = False) -> None:
        self.scene().clearSelection()
        item = self.nodes.get(node_id)
        if item is None:
            return
        item.setSelected(True)
        if centre:
            if self.zoom() < READABLE_ZOOM:  # close enough to read the names around it
                self.zoom_to(1.0)
                self.centerOn(item)
            else:
                self.ensureVisible(item.sceneBoundingRect(), 40, 40)

    def show_links(self, node_id: str) -> None:
        """Select a node and frame it with its neighbours when they can all be read at once;
        otherwise show the node itself, close enough to read."""
        self.select_node(node_id)
        item = self.nodes.get(node_id)
        if item is None:
            return
        near = item.sceneBoundingRect()
        for other in self.highlighted_nodes():
            near = near.united(self.nodes[other].sceneBoundingRect())
        near.adjust(-MARGIN, -MARGIN, MARGIN, MARGIN)
        view = self.viewport().rect()
        fits = min(view.width() / near.width(), view.height() / near.height())
        if fits < READABLE_ZOOM:
            self.select_node(node_id, centre=True)
            return
        self.zoom_to(min(fits, max(self.zoom(), READABLE_ZOOM)))
        self.centerOn(near.center())

    def highlighted_links(self) -> list[str]:
        return [i for i, state in self.links.states.items() if state == FOCUS]

    def highlighted_nodes(self) -> list[str]:
        return [i for i, item in self.nodes.items() if item.state in (FOCUS, NEIGHBOUR)]

    def _on_scene_selection_changed(self) -> None:
        picked = [i for i in self.scene().selectedItems() if isinstance(i, NodeItem)]
        if len(picked) > 1:  # Ctrl+click adds to a selection: the map shows one node's links
            newest = next((i for i in picked if i.node_id != self.chosen), picked[0])
            self.scene().blockSignals(True)
            for item in picked:
                item.setSelected(item is newest)
            self.scene().blockSignals(False)
            picked = [newest]
        chosen = self.chosen = picked[0].node_id if picked else ""
        mine = set(self.links_of.get(chosen, ()))
        near = {chosen}
        for link_id in mine:
            near.update(self.ends[link_id])
        self.links.set_states(
            {i: NORMAL if not chosen else FOCUS if i in mine else DIM for i in self.ends}
        )
        for node_id, item in self.nodes.items():
            state = NORMAL if not chosen else DIM
            if chosen and node_id in near:
                state = FOCUS if node_id == chosen else NEIGHBOUR
            item.set_state(state)
        self.node_selected.emit(chosen)

    # --- zoom and pan -------------------------------------------------------------------

    def zoom(self) -> float:
        return self.transform().m11()

    def zoom_to(self, scale: float) -> None:
        self.auto_fit = False
        scale = min(MAX_ZOOM, max(self.min_zoom(), scale))
        self.setTransform(self.transform().fromScale(scale, scale))

    def zoom_by(self, factor: float) -> None:
        self.zoom_to(self.zoom() * factor)

    def min_zoom(self) -> float:
        return min(0.5, self.fit_zoom())

    def fit_zoom(self) -> float:
        rect = self.sceneRect()
        # The room without scroll bars (a fit needs none), a few pixels spare: Qt rounds the
        # scene's edges outwards, and an exact fit brought the bars back.
        room = self.maximumViewportSize()
        if rect.isEmpty() or room.isEmpty():
            return 1.0
        width, height = room.width() - 4, room.height() - 4
        return min(MAX_FIT_ZOOM, width / rect.width(), height / rect.height())

    def fit(self) -> None:
        self.zoom_to(self.fit_zoom())
        self.centerOn(self.sceneRect().center())
        self.auto_fit = True

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.auto_fit:
            self.fit()

    def wheelEvent(self, event) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(ZOOM_STEP ** (steps / 2))
        event.accept()

    def keyPressEvent(self, event) -> None:
        """The arrows walk from node to node (up and down a column, left and right to the
        nearest node of the next column), Escape clears the selection, Enter opens the node;
        the zoom keys are the page's."""
        key = event.key()
        steps = {Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}
        steps.update({Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0)})
        if key in steps and self.nodes:
            self.select_node(self._neighbour(*steps[key]), centre=True)
        elif key == Qt.Key.Key_Escape and self.selected_node():
            self.scene().clearSelection()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected_node():
            self.node_activated.emit(self.selected_node())
        else:
            super().keyPressEvent(event)

    def _neighbour(self, across: int, down: int) -> str:
        """The node next to the selected one (the first node when none is selected)."""
        columns: dict[float, list[NodeItem]] = {}
        for item in sorted(self.nodes.values(), key=lambda i: (i.x(), i.y())):
            columns.setdefault(item.x(), []).append(item)
        xs = list(columns)
        current = self.nodes.get(self.chosen)
        if current is None:
            return columns[xs[0]][0].node_id
        column = columns[current.x()]
        if down:
            index = min(len(column) - 1, max(0, column.index(current) + down))
            return column[index].node_id
        place = min(len(xs) - 1, max(0, xs.index(current.x()) + across))
        return min(columns[xs[place]], key=lambda i: abs(i.y() - current.y())).node_id

    def mouseDoubleClickEvent(self, event) -> None:
        item = self.itemAt(event.position().toPoint())
        if isinstance(item, NodeItem):
            self.select_node(item.node_id)
            self.node_activated.emit(item.node_id)
            return
        super().mouseDoubleClickEvent(event)
