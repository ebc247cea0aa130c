"""An indicator's line chart: the measured figures, the target and the expected path.

It draws services.evaluation.Series, where suppressed figures are already left out, so no
suppressed value can reach the picture. Both axes are QCategoryAxis with a label on each
tick, written by Babel: QValueAxis and QDateTimeAxis format through printf and QLocale, which
would write 0.9 and month names the C way in an Italian or French window. Days are the
x values (days since 1970), so no time zone or summer time can move a point.

Colours never carry a meaning alone: the legend names every line, the target is a band or a
dotted line, the expected path dashed, the measured figures a solid line with dots.
"""

import math
from datetime import date, timedelta

from PySide6.QtCharts import (
    QAreaSeries,
    QCategoryAxis,
    QChart,
    QChartView,
    QLegend,
    QLineSeries,
)
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QApplication

from deseo_desktop.formatting import format_month, format_number
from deseo_desktop.services.evaluation import Series

MEASURED = "#2f5d62"  # the app's teal
EXPECTED = "#6b7472"
TARGET = "#3d5a98"
WOMEN = "#7b4f9e"  # as the balance meter
MEN = "#d9a441"
EPOCH = date(1970, 1, 1)


def day_x(day: date) -> float:
    return float((day - EPOCH).days)


def nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Round values (1, 2, 2.5 or 5 times a power of ten apart) from below `low` to past `high`."""
    if high <= low:
        low, high = (low - 1, high + 1) if low == high else (high, low)
    raw = (high - low) / count
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    first = math.floor(low / step + 1e-9) * step
    return [first + i * step for i in range(math.ceil((high - first) / step - 1e-9) + 1)]


def month_ticks(first: date, last: date) -> list[date]:
    """The first days of months from `first` to past `last`, every 1, 2, 3, 6, 12 or 24 months
    so that there are no more than seven."""
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    step = next(s for s in (1, 2, 3, 6, 12, 24, 60) if months / s <= 7)
    index = first.year * 12 + first.month - 1
    index -= index % step
    ticks = []
    while True:
        tick = date(index // 12, index % 12 + 1, 1)
        ticks.append(tick)
        if tick > last:
            return ticks
        index += step


class IndicatorChart(QChartView):
    def __init__(self, language: str = "en", parent=None):
        super().__init__(parent)
        self.language = language
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(300)
        self.setAccessibleName(self.tr("Chart of the selected indicator"))
        self.series_data: Series | None = None
        self.text_scale = 1.0
        self.shown: tuple = ()
        self.show_series(None, self.tr("Select an indicator to see its chart"))

    def show_series(self, series: Series | None, title: str, unit: str = "") -> None:
        """Draw `series` (None: an empty chart that only says `title`). The same picture is
        not drawn again: the panel asks after every edit on the page, most of them elsewhere."""
        if (series, title, unit) == self.shown and series is not None:
            return
        self.shown = (series, title, unit)
        self.series_data = series
        chart = QChart()
        chart.setTitle(title)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setBackgroundRoundness(0)
        chart.setMargins(QMargins(6, 6, 12, 6))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.legend().setMarkerShape(QLegend.MarkerShape.MarkerShapeFromSeries)
        old = self.chart()
        self.setChart(chart)  # the view owns the new chart; the old one is ours to delete
        if old is not None:
            old.deleteLater()
        if series is not None:
            lines = self._lines(series)
            if not any(points for _s, points in lines):
                chart.setTitle(title + "\n" + self.tr("No measurement to draw yet"))
            for item, _points in lines:
                chart.addSeries(item)
            self._axes(chart, series, [p for _s, points in lines for p in points], unit)
        else:
            chart.legend().hide()
        self.on_text_scale(self.text_scale)

    def on_text_scale(self, scale: float) -> None:
        """Presentation mode's larger text (style.rescale calls this): the chart's text is
        drawn in a scene, which does not inherit the window's font."""
        self.text_scale = scale
        self.setMinimumHeight(round(300 * scale))  # larger text, same room for the lines
        size = QApplication.font().pointSizeF() * scale
        chart = self.chart()
        chart.setTitleFont(_font(size * 1.15, bold=True))
        chart.legend().setFont(_font(size * 0.95))
        for axis in chart.axes():
            axis.setLabelsFont(_font(size * 0.9))
            axis.setTitleFont(_font(size * 0.95, bold=True))

    def _lines(self, series: Series) -> list[tuple[object, list[tuple[float, float]]]]:
        out = []
        if series.target is not None and series.target_dates is not None:
            ends = [day_x(d) for d in series.target_dates]
            target = series.target
            if target.way == "range":
                low = _line("", [(x, float(target.low)) for x in ends], TARGET, 1)
                high = _line("", [(x, float(target.high)) for x in ends], TARGET, 1)
                band = QAreaSeries(high, low)
                high.setParent(band)  # the band does not own its edges: it must keep them
                low.setParent(band)
                band.setName(self.tr("Target range"))
                fill = QColor(TARGET)
                fill.setAlpha(40)
                band.setBrush(fill)
                band.setPen(QPen(QColor(TARGET), 1.5, Qt.PenStyle.DashDotLine))
                out.append((band, [(x, float(v)) for x in ends for v in (target.low, target.high)]))
            else:
                name = (
                    self.tr("Target (at least)")
                    if target.way == "up"
                    else self.tr("Target (at most)")
                )
                points = [(x, float(target.low)) for x in ends]
                out.append((_line(name, points, TARGET, 2.5, Qt.PenStyle.DashDotLine), points))
        if series.expected is not None:
            points = [(day_x(d), float(v)) for d, v in series.expected]
            out.append(
                (_line(self.tr("Expected path"), points, EXPECTED, 2, Qt.PenStyle.DashLine), points)
            )
        for name, data, colour in (
            (self.tr("Measured"), series.measured, MEASURED),
            (self.tr("Women"), series.women, WOMEN),
            (self.tr("Men"), series.men, MEN),
        ):
            if data:
                points = [(day_x(d), float(v)) for d, v in data]
                line = _line(name, points, colour, 3)
                line.setPointsVisible(True)
                line.setMarkerSize(9)
                out.append((line, points))
        return out

    def _axes(self, chart: QChart, series: Series, points: list, unit: str) -> None:
        xs = [x for x, _y in points] or [day_x(date.today())]
        ys = [y for _x, y in points] or [0.0]
        first = EPOCH + timedelta(days=min(xs) - 20)
        last = EPOCH + timedelta(days=max(xs) + 20)
        x_axis = QCategoryAxis()
        x_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        ticks = [t for t in month_ticks(first, last) if first <= t <= last]
        x_axis.setStartValue(day_x(first))
        for tick in ticks:
            x_axis.append(format_month(tick, self.language), day_x(tick))
        x_axis.setRange(day_x(first), day_x(last))
        x_axis.setTitleText(self.tr("Date"))
        low, high = min(ys), max(ys)
        pad = (high - low) * 0.08 or abs(high) * 0.1 or 1.0  # no line on the frame's edge
        if low >= 0 and low <= (high - low) * 0.5:
            low = 0.0  # a figure near its floor is drawn from zero, not from a cut-off axis
        else:
            low = max(low - pad, 0.0) if low >= 0 else low - pad
        high += pad
        values = nice_ticks(low, high)
        y_axis = QCategoryAxis()
        y_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        y_axis.setStartValue(values[0] - 1e-9)
        for value in values:
            y_axis.append(format_number(round(value, 6), self.language), value)
        y_axis.setRange(values[0], values[-1])
        y_axis.setTitleText(self.figure_title(series.basis, unit))
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for item in chart.series():
            item.attachAxis(x_axis)
            item.attachAxis(y_axis)

    def figure_title(self, basis: str, unit: str) -> str:
        """The value axis's title: the figure the target is about, with its unit."""
        titles = {
            "value": self.tr("Value"),
            "women": self.tr("Women"),
            "gap": self.tr("Gap between women and men"),
            "both": self.tr("Women and men"),
        }
        if basis == "ratio":
            return self.tr("Ratio of women to men")
        if basis == "share":
            return self.tr("Women's share (%)")
        title = titles.get(basis, self.tr("Value"))
        return f"{title} ({unit})" if unit else title


def _font(size: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


def _line(name: str, points, colour: str, width: float, style=Qt.PenStyle.SolidLine):
    line = QLineSeries()
    line.setName(name)
    line.append([QPointF(x, y) for x, y in points])
    line.setPen(QPen(QColor(colour), width, style))
    line.setColor(QColor(colour))
    return line
