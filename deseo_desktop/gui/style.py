"""The app's look: Fusion with a calm palette, and the style sheet for the few widgets
that need more (headings, cards, the primary button).

The style sheet is set on those widgets, not on the application: an application-wide sheet
makes Qt polish every widget through the style-sheet engine, which cost the first window
13 ms of a 60 ms budget.
"""

import re
from functools import cache

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QHeaderView, QPushButton, QStyleFactory, QWidget

from deseo_desktop.resources import resource_path

TEAL = "#2f5d62"
PRESENTATION_SCALE = 1.5  # presentation mode: every text this much larger, for a projector


def apply_palette(app: QApplication) -> None:
    app.setStyle(QStyleFactory.create("Fusion"))
    palette = app.palette()
    role = QPalette.ColorRole
    for r, colour in (
        (role.Window, "#f7f7f5"),
        (role.Base, "#ffffff"),
        (role.AlternateBase, "#f1f4f3"),
        (role.Highlight, TEAL),
        (role.HighlightedText, "#ffffff"),
        (role.Button, "#eef1f0"),
        (role.Link, TEAL),
        (role.ToolTipBase, "#ffffdc"),
    ):
        palette.setColor(r, QColor(colour))
    app.setPalette(palette)


@cache
def style_sheet(scale: float = 1.0) -> str:
    """The sheet, its point sizes multiplied by `scale` (presentation mode)."""
    text = resource_path("styles", "app.qss").read_text(encoding="utf-8")
    if scale == 1.0:
        return text
    return re.sub(r"(\d+(?:\.\d+)?)pt", lambda m: f"{float(m.group(1)) * scale:.1f}pt", text)


def text_scale(presenting: bool) -> float:
    return PRESENTATION_SCALE if presenting else 1.0


def sized(widget: QWidget, scale: float, bold: bool = True) -> QWidget:
    """Text `scale` times the window's size, kept so when presentation mode rescales."""
    widget.setProperty("fontScale", scale)
    widget.setProperty("fontBold", bold)
    _apply_size(widget, 1.0)
    return widget


def rescale(root: QWidget, scale: float) -> None:
    """Give `root` and its children the sizes of `scale` (1.0, or presentation mode's)."""
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QHeaderView) and widget.property("fontScale") is None:
            widget.setProperty("fontScale", 1.0)  # some headers keep the size they were built with
            widget.setProperty("fontBold", False)
        if widget.property("fontScale") is not None:
            _apply_size(widget, scale)
        if widget.property("appSheet"):
            widget.setStyleSheet(style_sheet(scale))
        if hasattr(widget, "on_text_scale"):
            widget.on_text_scale(scale)


def _apply_size(widget: QWidget, scale: float) -> None:
    font = QFont()
    font.setPointSizeF(QApplication.font().pointSizeF() * scale * widget.property("fontScale"))
    font.setBold(bool(widget.property("fontBold")))
    widget.setFont(font)


def bold(widget: QWidget) -> QWidget:
    """Bold, at the window's text size."""
    return sized(widget, 1.0)


def primary(button: QPushButton) -> QPushButton:
    """The one button that starts the main task: teal, drawn by Fusion from the palette."""
    palette = button.palette()
    palette.setColor(QPalette.ColorRole.Button, QColor(TEAL))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor("#ffffff"))
    button.setPalette(palette)
    return button


def styled(widget: QWidget) -> QWidget:
    """Give a widget (and its children) the app's style sheet."""
    widget.setProperty("appSheet", True)
    widget.setStyleSheet(style_sheet())
    return widget


def widen(header, column: int, width: int) -> None:
    """A column `width` pixels wide, or as wide as its header's words need: a translation is
    often longer than the English the width was chosen for."""
    header.resizeSection(column, max(width, header.sectionSizeHint(column)))
