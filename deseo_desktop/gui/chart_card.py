"""A chart on a card: its view, a Save button and context menu (PNG or SVG), a note, and
the full figures of a bar when the pointer rests on it (axis labels are cut to fit)."""

import re
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCharts import QAbstractBarSeries, QChart, QChartView
from PySide6.QtCore import QCoreApplication, QRectF, QStandardPaths, Qt
from PySide6.QtGui import QAction, QColor, QCursor, QImage, QPainter
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSizePolicy,
    QToolButton,
    QToolTip,
    QVBoxLayout,
)

from .charts import apply_fonts, chart_height
from .style import sized, styled

PNG_SCALE = 2  # saved pictures at twice the screen's pixels, sharp on a projector
translate = QCoreApplication.translate


def save_chart(view: QChartView, path: str | Path) -> bool:
    """The chart as a PNG (twice the screen's pixels) or an SVG, by the file's suffix."""
    path = Path(path)
    size = view.viewport().size()
    target = QRectF(0, 0, size.width(), size.height())  # in the picture's own units
    source = view.viewport().rect()
    if path.suffix.lower() == ".svg":
        from PySide6.QtSvg import QSvgGenerator  # loaded on the first save, not with the page

        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(size)
        generator.setViewBox(target)
        generator.setTitle(view.chart().title())
        generator.setDescription(translate("Charts", "A chart of the DESEO Cluster Designer"))
        painter = QPainter(generator)
        view.render(painter, target, source)
        return painter.end() and path.is_file() and path.stat().st_size > 0
    image = QImage(size * PNG_SCALE, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(PNG_SCALE)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.render(painter, target, source)
    painter.end()
    return image.save(str(path), "PNG")


def file_stem(title: str) -> str:
    """ "Pooled value by category" -> "pooled-value-by-category"."""
    return re.sub(r"[^\w]+", "-", title.lower()).strip("-") or "chart"


class ChartCard(QFrame):
    """A chart with a Save button and a context menu to save it as PNG or SVG."""

    def __init__(self, name: str, parent=None):
        super().__init__(parent)
        self.setObjectName("countCard")  # the app's card: white, a thin border, round corners
        styled(self)
        self.name = name
        self.scale = 1.0
        self.rows = 1
        self.tips: Sequence[str] = ()
        self.view = QChartView()
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.view.setBackgroundBrush(QColor("#ffffff"))
        self.view.setAccessibleName(name)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.save_action = QAction(translate("Charts", "Save chart as image (PNG or SVG)…"), self)
        self.view.addAction(self.save_action)
        self.save_button = QToolButton()
        self.save_button.setText(translate("Charts", "Save…"))
        self.save_button.setToolTip(
            translate("Charts", "Save this chart as a PNG picture or an SVG drawing")
        )
        self.save_button.setAccessibleName(
            translate("Charts", "Save %1 as an image").replace("%1", name)
        )
        self.save_button.setAutoRaise(True)
        self.empty_label = sized(QLabel(), 1.0, bold=False)
        self.empty_label.setWordWrap(True)
        self.empty_label.setMinimumHeight(80)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.hide()
        self.note_label = sized(QLabel(), 0.95, bold=False)
        self.note_label.setObjectName("overviewMeta")
        self.note_label.setWordWrap(True)
        self.note_label.setContentsMargins(12, 0, 12, 0)
        self.note_label.hide()
        self.controls = QHBoxLayout()
        self.controls.setContentsMargins(0, 0, 0, 0)
        self.controls.addStretch(1)
        self.controls.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 8)
        layout.setSpacing(0)
        layout.addLayout(self.controls)
        layout.addWidget(self.view)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.note_label)
        self.save_action.triggered.connect(self.save)
        self.save_button.clicked.connect(self.save)

    def set_chart(self, chart: QChart, rows: int, tips: Sequence[str] = ()) -> None:
        """Show `chart` (of `rows` bars); `tips`: each bar's full text, from the top."""
        old = self.view.chart()
        apply_fonts(chart, self.scale)
        self.view.setChart(chart)
        if old is not None and old is not chart:
            old.deleteLater()
        self.rows = rows
        self.tips = tips
        self.view.setAccessibleDescription(f"{chart.title()}: " + "; ".join(tips))
        for series in chart.series():
            if isinstance(series, QAbstractBarSeries):
                series.hovered.connect(self._on_series_hovered)
        self.view.setFixedHeight(round(chart_height(rows) * self.scale))
        self.empty_label.hide()
        self.view.show()
        self.save_button.setEnabled(True)
        self.save_action.setEnabled(True)

    def set_empty(self, text: str) -> None:
        """No figures to draw: say so in the chart's place, under the chart's name."""
        self.empty_label.setText(f"{self.name}\n{text}")
        self.empty_label.show()
        self.view.hide()
        self.save_button.setEnabled(False)
        self.save_action.setEnabled(False)
        self.set_note("")

    def set_note(self, text: str) -> None:
        self.note_label.setText(text)
        self.note_label.setVisible(bool(text))

    def chart(self) -> QChart:
        return self.view.chart()

    def on_text_scale(self, scale: float) -> None:
        """Presentation mode: called by style.rescale."""
        self.scale = scale
        apply_fonts(self.chart(), scale)
        self.view.setFixedHeight(round(chart_height(self.rows) * scale))

    def _on_series_hovered(self, on: bool, index: int, _bar_set) -> None:
        row = self.rows - 1 - index  # the bars run bottom-up, the tips top-down
        if on and 0 <= row < len(self.tips):
            QToolTip.showText(QCursor.pos(), self.tips[row], self.view)
        else:
            QToolTip.hideText()

    def save(self) -> str | None:
        """Ask where, then write the picture; the file's name, or None when not saved."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        png = translate("Charts", "PNG picture (*.png)")
        svg = translate("Charts", "SVG drawing (*.svg)")
        path, chosen = QFileDialog.getSaveFileName(
            self,
            translate("Charts", "Save the chart"),
            str(Path(folder) / f"{file_stem(self.chart().title())}.png"),
            f"{png};;{svg}",
        )
        if not path:
            return None
        if Path(path).suffix.lower() not in (".png", ".svg"):
            path += ".svg" if chosen == svg else ".png"
        if not save_chart(self.view, path):
            QMessageBox.warning(
                self,
                translate("Charts", "Save the chart"),
                translate("Charts", "The chart could not be saved in %1.").replace("%1", path),
            )
            return None
        return path
