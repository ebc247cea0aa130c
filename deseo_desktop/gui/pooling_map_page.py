"""The pooling map: who pools what with whom, as a picture to discuss and to project.

Organisations stand in columns by kind (the social economy on the left, public and other
partners on the right), the pooled resources in the middle, sized by the value contributed;
links show who contributes to and who uses each resource. Selecting a node shows its links
and what they add up to; `open_row` asks the window to show its row in the Actors or Pooling
step. The map is read again when shown after a change, never while hidden.
"""

import html
import re
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCompleter,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QToolButton,
)

from deseo_desktop.formatting import format_money
from deseo_desktop.services.pooling_map import CONTRIBUTES, STEP_OF, PoolingMap, load_pooling_map
from deseo_desktop.terms import term

from .editors.base import SectionEditor
from .map_picture import save_picture
from .step_names import step_name
from .widgets.map_legend import MapLegend
from .widgets.map_view import ZOOM_STEP, MapView

MAP_TABLES = frozenset({"design", "actor", "pooled_resource", "contribution", "resource_use"})
PAUSE_MS = 200  # an edit made while the map shows: redrawn once the edits pause
Key = QKeySequence.StandardKey


class PoolingMapPage(SectionEditor):
    open_row = Signal(str, str)  # (step, row id): show this row in its step

    step = "pooling_map"

    def __init__(self, session, context, parent=None):
        super().__init__(session, context, parent)
        self.map: PoolingMap | None = None
        self.stale = True
        self.find_edit = QLineEdit()
        self.find_edit.setPlaceholderText(self.tr("Find an organisation or resource"))
        self.find_edit.setAccessibleName(self.tr("Find on the map"))
        self.find_edit.setClearButtonEnabled(True)
        self.completer = QCompleter([], self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.find_edit.setCompleter(self.completer)
        self.view = MapView()
        self.view.setAccessibleName(self.tr("Pooling map"))
        self.view.setMinimumHeight(220)
        self.legend = MapLegend()
        self.zoom_in_action = self._action(self.tr("Zoom in"), "+", [Key.ZoomIn, "Ctrl+="])
        self.zoom_out_action = self._action(self.tr("Zoom out"), "−", [Key.ZoomOut])
        self.fit_action = self._action(self.tr("Fit"), self.tr("Fit"), ["Ctrl+0"])
        self.save_button = QPushButton(self.tr("&Save image…"))
        self.save_button.setToolTip(self.tr("Save the whole map as a PNG or SVG picture"))
        self.details_label = QLabel()
        self.details_label.setWordWrap(True)
        self.details_label.setTextFormat(Qt.TextFormat.RichText)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setEnabled(False)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PAUSE_MS)
        self._lay_out()
        self._connect_signals()

    def _action(self, name: str, text: str, keys) -> QAction:
        action = QAction(text, self)
        bindings = []
        for key in keys:
            bindings += QKeySequence.keyBindings(key) if isinstance(key, Key) else [key]
        action.setShortcuts([QKeySequence(k) for k in bindings])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        first = action.shortcuts()[0].toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{name} ({first})")
        action.setStatusTip(name)
        self.addAction(action)
        return action

    def _lay_out(self) -> None:
        tools = QHBoxLayout()
        find_label = QLabel(self.tr("F&ind:"))
        find_label.setBuddy(self.find_edit)
        tools.addWidget(find_label)
        tools.addWidget(self.find_edit, 1)
        tools.addSpacing(12)
        for action in (self.zoom_out_action, self.zoom_in_action, self.fit_action):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setAccessibleName(action.statusTip())
            button.setMinimumWidth(32)
            tools.addWidget(button)
        tools.addSpacing(12)
        tools.addWidget(self.save_button)
        details = QHBoxLayout()
        details.addWidget(self.details_label, 1)
        details.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)
        self.body_layout.addLayout(tools)
        self.body_layout.addWidget(self.view, 1)
        self.body_layout.addWidget(self.legend)
        self.body_layout.addLayout(details)

    def _connect_signals(self) -> None:
        self.zoom_in_action.triggered.connect(lambda: self._zoom(ZOOM_STEP))
        self.zoom_out_action.triggered.connect(lambda: self._zoom(1 / ZOOM_STEP))
        self.fit_action.triggered.connect(self.view.fit)
        self.save_button.clicked.connect(self.save_image)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.view.node_selected.connect(self._on_view_node_selected)
        self.view.node_activated.connect(self._open)
        self.find_edit.returnPressed.connect(lambda: self.find(self.find_edit.text()))
        self.completer.activated.connect(self.find)
        self.session.changed.connect(self._on_session_changed)
        self.timer.timeout.connect(self.refresh)

    def title(self) -> str:
        return self.tr("Pooling map")

    # --- reading the design -------------------------------------------------------------

    def refresh(self) -> None:
        """Read the design; redraw only when the map has changed."""
        self.stale = False
        fresh = load_pooling_map(self.session.db, self.session.design_id)
        if fresh == self.map:
            return
        self.map = fresh
        self.view.set_map(fresh, self.context.language)
        self.legend.set_map(fresh, self.context.language, not self.view.thin_links())
        self.legend.setVisible(bool(fresh.nodes))
        self.completer.model().setStringList(sorted({n.name for n in fresh.nodes if n.name}))
        if self.view.auto_fit:  # nobody has zoomed: the new map fits the view as the old did
            self.view.fit()
        self._on_view_node_selected(self.view.selected_node())

    def _on_session_changed(self, table: str) -> None:
        if table not in MAP_TABLES:
            return
        self.stale = True
        if self.isVisible():
            self.timer.start()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.stale:
            self.refresh()

    # --- selection ----------------------------------------------------------------------

    def find(self, text: str) -> bool:
        """Select and show the node named `text` (else the first whose name contains it)."""
        wanted = text.strip().casefold()
        if not wanted or self.map is None:
            return False
        names = [(n.name.casefold(), n.id) for n in self.map.nodes]
        found = [i for name, i in names if name == wanted] or [
            i for name, i in names if wanted in name
        ]
        if not found:
            self.details_label.setText(
                html.escape(self.tr("Nothing on the map is called “%1”.").replace("%1", text))
            )
            return False
        self.view.show_links(found[0])
        self.view.setFocus()
        return True

    def _on_view_node_selected(self, node_id: str) -> None:
        node = self.map.node(node_id) if self.map and node_id else None
        self.open_button.setEnabled(node is not None)
        if node is None:
            self.open_button.setText(self.tr("&Open"))
            self.details_label.setText(self._hint())
            return
        self.open_button.setText(
            self.tr("&Open in %1").replace("%1", step_name(STEP_OF[node.table]))
        )
        self.details_label.setText(self._describe(node))

    def _hint(self) -> str:
        if self.map is not None and not self.map.nodes:
            return self.tr(
                "Nothing to map yet: add organisations in Actors and pooled resources in "
                "(a) Pooling."
            )
        return self.tr(
            "Click an organisation or a resource (or go to it with the arrow keys) to see its "
            "links; double-click it or press Enter to open it. Drag to move around; the wheel "
            "or Ctrl+plus and Ctrl+minus zoom."
        )

    def _describe(self, node) -> str:
        language, currency = self.context.language, self.map.currency

        def money(cents: int) -> str:
            return format_money(cents, currency, language)

        links = [k for k in self.map.links if node.id in (k.actor_id, k.resource_id)]
        gives = [k for k in links if k.relation == CONTRIBUTES]
        uses = [k for k in links if k.relation != CONTRIBUTES]
        name = f"<b>{html.escape(node.name)}</b>"
        if node.is_actor:
            kind = term("actor_kind", node.group, language)
            text = self.tr("%1 (%2) contributes to %n resource(s)", "", len(gives))
            text = text.replace("%1", name).replace("%2", html.escape(kind))
            if gives:
                total = sum(k.value_cents for k in gives)
                text += " " + self.tr("worth %1 in all").replace("%1", money(total))
            text += "; " + self.tr("it uses %n resource(s).", "", len(uses))
            return text
        category = term("resource_category", node.group, language)
        text = self.tr("%1 (%2): %3 contributed by %n organisation(s)", "", len(gives))
        text = text.replace("%1", name).replace("%2", html.escape(category))
        text = text.replace("%3", money(node.value_cents))
        text += " " + self.tr("(%1 in cash, %2 in kind)").replace(
            "%1", money(node.cash_cents)
        ).replace("%2", money(node.in_kind_cents))
        return text + "; " + self.tr("used by %n organisation(s).", "", len(uses))

    def _on_open_button_clicked(self) -> None:
        self._open(self.view.selected_node())

    def _open(self, node_id: str) -> None:
        node = self.map.node(node_id) if self.map else None
        if node is not None:
            self.open_row.emit(STEP_OF[node.table], node.id)

    def _zoom(self, factor: float) -> None:
        self.view.zoom_by(factor)

    # --- saving -------------------------------------------------------------------------

    def picture_title(self) -> str:
        title = self.map.title if self.map else ""
        return self.tr("Pooling map: %1").replace("%1", title) if title else self.title()

    def save_image(self) -> Path | None:
        """Ask where, then write the whole map as PNG or SVG; the path written, or None."""
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.PicturesLocation
        ) or str(Path.home())
        name = re.sub(r'[\\/:*?"<>|\s]+', " ", self.picture_title()).strip() or "pooling map"
        png, svg = self.tr("PNG image (*.png)"), self.tr("SVG drawing (*.svg)")
        chosen, used_filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the map as a picture"),
            str(Path(folder) / f"{name}.png"),
            f"{png};;{svg}",
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() not in (".png", ".svg"):
            path = path.with_name(path.name + (".svg" if used_filter == svg else ".png"))
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # the largest map: a second
        try:
            saved = save_picture(path, self.view, self.legend, self.picture_title())
        finally:
            QApplication.restoreOverrideCursor()
        if not saved:
            QMessageBox.warning(
                self,
                self.tr("Map not saved"),
                self.tr("The picture could not be written to %1.").replace("%1", str(path)),
            )
            return None
        return path
