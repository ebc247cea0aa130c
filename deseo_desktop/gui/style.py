"""The app's look: Fusion with a calm palette, and the style sheet for the few widgets
that need more (headings, cards, the primary button).

The style sheet is set on those widgets, not on the application: an application-wide sheet
makes Qt polish every widget through the style-sheet engine, which cost the first window
13 ms of a 60 ms budget.
"""

from functools import cache

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QPushButton, QStyleFactory, QWidget

from deseo_desktop.resources import resource_path

TEAL = "#2f5d62"


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
def style_sheet() -> str:
    return resource_path("styles", "app.qss").read_text(encoding="utf-8")


def primary(button: QPushButton) -> QPushButton:
    """The one button that starts the main task: teal, drawn by Fusion from the palette."""
    palette = button.palette()
    palette.setColor(QPalette.ColorRole.Button, QColor(TEAL))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor("#ffffff"))
    button.setPalette(palette)
    return button


def styled(widget: QWidget) -> QWidget:
    """Give a widget (and its children) the app's style sheet."""
    widget.setStyleSheet(style_sheet())
    return widget
