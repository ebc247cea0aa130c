"""Charts as the app draws them: horizontal bars, labelled axes, marker lines, saved as images.

Colours never carry a meaning alone: women are purple and men amber (as the balance meter
draws them), and every chart also says it in its legend, labels and axis titles. Values are
labelled the language's way (Babel), which QValueAxis's printf formats cannot do, so the value
axes are QCategoryAxis with a label on each tick.
"""

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QCategoryAxis,
    QChart,
    QHorizontalStackedBarSeries,
    QLegend,
    QLineSeries,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QApplication

from deseo_desktop.formatting import format_compact_money, format_number, format_percent

WOMEN = "#7b4f9e"
MEN = "#d9a441"
NOT_STATED = "#b9c0be"
CASH = "#2f5d62"
IN_KIND = "#93bdb6"
POINTS = "#2f5d62"
REMAINING = "#e4e7e6"
ON_TRACK = "#2f5d62"
AT_RISK = "#93bdb6"  # and striped
OFF_TRACK = "#c8553d"  # vermilion: told from teal by lightness and hue, not red/green
NOT_MEASURED = "#d9dcdb"
INK = "#1f3d40"  # marker lines and dark labels, as the balance meter's threshold
LIGHT_TEXT = "#ffffff"
ROW_HEIGHT = 26  # a bar and its gap, for the chart's height
CHROME_HEIGHT = 150  # title, legend and value axis


@dataclass(frozen=True)
class Bars:
    """One set of bars: its legend name, its value per category, its look."""

    name: str
    values: Sequence[float]
    colour: str
    label_colour: str = LIGHT_TEXT
    label_format: str = ""  # "" hides the values; "@value%" shows them
    striped: bool = False


def new_chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)  # shown at once, and cheap
    chart.setBackgroundRoundness(0)
    chart.setBackgroundPen(QPen(Qt.PenStyle.NoPen))  # the card draws the border
    chart.setMargins(QMargins(6, 0, 22, 6))  # room for the last tick's label
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


def nice_step(maximum: float, ticks: int = 5, whole: bool = False) -> float:
    """A round step (1, 2, 2.5 or 5 times a power of ten) giving about `ticks` intervals;
    `whole`: a whole number (for counts)."""
    if maximum <= 0:
        return 1.0
    raw = maximum / ticks
    power = 10 ** math.floor(math.log10(raw))
    steps = [m * power for m in (1, 2, 2.5, 5, 10)]
    if whole:
        steps = [s for s in steps if s >= 1 and s == int(s)]
    return next(s for s in steps if s >= raw)


def ticks_up_to(
    maximum: float, label: Callable[[float], str], ticks: int = 5, whole: bool = False
) -> list[tuple[float, str]]:
    """(value, label) from 0 to the first round value at or past `maximum`."""
    step = nice_step(maximum, ticks, whole)
    count = max(1, math.ceil(maximum / step - 1e-9))
    return [(i * step, label(i * step)) for i in range(count + 1)]


def percent_label(language: str) -> Callable[[float], str]:
    return lambda value: format_percent(value / 100, language)


def percent_label_format(language: str) -> str:
    """A bar label format that writes the value as the language writes 50% ("50 %" in French)."""
    return percent_label(language)(50).replace("50", "@value")


def money_label(currency: str, language: str, digits: int = 2) -> Callable[[float], str]:
    """Whole currency units in short form, to `digits` significant digits: "€900K", "1,5 M €"."""

    def label(value: float) -> str:
        if value:  # halves away from zero, as the app rounds everywhere (Python's round would not)
            shift = math.floor(math.log10(abs(value))) + 1 - digits
            whole = Decimal(repr(value)).scaleb(-shift).quantize(Decimal(1), ROUND_HALF_UP)
            value = float(whole.scaleb(shift))
        return format_compact_money(value, currency, language)

    return label


def number_label(language: str) -> Callable[[float], str]:
    return lambda value: format_number(value, language)


def ticked_axis(ticks: list[tuple[float, str]], title: str) -> QCategoryAxis:
    axis = QCategoryAxis()
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    axis.setStartValue(ticks[0][0] - 1e-9)  # so the first tick carries a label too
    for value, label in ticks:
        axis.append(label, value)
    axis.setRange(ticks[0][0], ticks[-1][0])
    axis.setTitleText(title)
    return axis


def horizontal_bars(
    chart: QChart,
    categories: Sequence[str],
    bars: Sequence[Bars],
    value_axis: QCategoryAxis,
    category_title: str,
    labels_at=QHorizontalStackedBarSeries.LabelsPosition.LabelsCenter,
) -> QHorizontalStackedBarSeries:
    """Stacked horizontal bars, the first category at the top (Qt puts it at the bottom)."""
    series = QHorizontalStackedBarSeries()
    series.setBarWidth(0.7)
    for spec in bars:
        bar_set = QBarSet(spec.name)
        bar_set.append([float(v) for v in reversed(spec.values)])
        colour = QColor(spec.colour)
        bar_set.setColor(colour)
        bar_set.setBorderColor(colour)
        if spec.striped:
            bar_set.setBrush(striped_brush(colour))
        bar_set.setLabelColor(QColor(spec.label_colour))
        series.append(bar_set)
    label_formats = {spec.label_format for spec in bars}
    if label_formats - {""}:
        series.setLabelsVisible(True)
        series.setLabelsPosition(labels_at)
        series.setLabelsFormat(next(iter(label_formats - {""})))
        for bar_set, spec in zip(series.barSets(), bars, strict=True):
            if not spec.label_format:
                bar_set.setLabelColor(QColor(Qt.GlobalColor.transparent))
    chart.addSeries(series)
    axis = QBarCategoryAxis()
    axis.append(list(reversed(categories)))
    axis.setTitleText(category_title)
    axis.setGridLineVisible(False)
    chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(value_axis, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis)
    series.attachAxis(value_axis)
    return series


def striped_brush(colour: QColor) -> QBrush:
    """The colour with white diagonal stripes: told apart from a plain bar without colour."""
    tile = QPixmap(8, 8)
    tile.fill(colour)
    painter = QPainter(tile)
    painter.setPen(QPen(QColor(255, 255, 255, 170), 2))
    painter.drawLine(0, 8, 8, 0)
    painter.drawLine(-4, 4, 4, -4)
    painter.drawLine(4, 12, 12, 4)
    painter.end()
    return QBrush(tile)


def marker(
    chart: QChart,
    name: str,
    value: float,
    rows: tuple[int, int],
    count: int,
    style: Qt.PenStyle = Qt.PenStyle.DashLine,
    in_legend: bool = True,
) -> QLineSeries:
    """A vertical line at `value` across bars rows[0]..rows[1] (counted from the top)."""
    bottom, top = count - 1 - rows[1], count - 1 - rows[0]
    line = QLineSeries()
    line.setName(name)
    line.append(value, bottom - 0.45)
    line.append(value, top + 0.45)
    line.setPen(QPen(QColor(INK), 2.5, style))
    chart.addSeries(line)
    for axis in chart.axes():
        line.attachAxis(axis)
    for legend_marker in chart.legend().markers(line):
        legend_marker.setShape(QLegend.MarkerShape.MarkerShapeFromSeries)  # a line, dashed
        legend_marker.setVisible(in_legend)
    return line


def chart_height(rows: int) -> int:
    return CHROME_HEIGHT + ROW_HEIGHT * max(rows, 1)


def apply_fonts(chart: QChart, scale: float = 1.0) -> None:
    """The chart's text at the window's size times `scale` (presentation mode)."""
    base = QApplication.font().pointSizeF() * scale
    title = QFont()
    title.setPointSizeF(base * 1.25)
    title.setBold(True)
    chart.setTitleFont(title)
    chart.setTitleBrush(QColor(INK))
    text = QFont()
    text.setPointSizeF(base)
    chart.legend().setFont(text)
    heading = QFont(text)
    heading.setBold(True)
    for axis in chart.axes():
        axis.setLabelsFont(text)
        axis.setTitleFont(heading)
    for series in chart.series():
        if hasattr(series, "setLabelsVisible") and hasattr(series, "barSets"):
            for bar_set in series.barSets():
                bar_set.setLabelFont(text)
