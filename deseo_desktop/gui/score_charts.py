"""The dashboard's charts of the financing score and of the indicators' progress.

Like dashboard_charts, each builder returns a `Drawn` (chart, number of bars, tips).
"""

from PySide6.QtCharts import QHorizontalStackedBarSeries
from PySide6.QtCore import QCoreApplication, Qt

from deseo_desktop.rules.progress import Scorecard
from deseo_desktop.services.dashboard import FinancingScore
from deseo_desktop.terms import term

from .charts import (
    AT_RISK,
    INK,
    LIGHT_TEXT,
    NOT_MEASURED,
    OFF_TRACK,
    ON_TRACK,
    POINTS,
    REMAINING,
    Bars,
    horizontal_bars,
    marker,
    new_chart,
    number_label,
    percent_label,
    ticked_axis,
    ticks_up_to,
)
from .dashboard_charts import Drawn, cut
from .editors.measurements_model import status_text  # the words the evaluation step uses

translate = QCoreApplication.translate


def verdict_name(verdict: str) -> str:
    return {
        "funded": translate("Dashboard", "funded"),
        "not_funded": translate("Dashboard", "not funded"),
    }.get(verdict, translate("Dashboard", "not assessed yet"))


def financing_chart(score: FinancingScore, language: str) -> Drawn:
    """The total against the threshold, each criterion against its maximum, the bonus; the
    gender-equality criterion's row carries its minimum."""
    n = number_label(language)
    rows = [(translate("Dashboard", "Total"), score.total, score.total_cap)]
    gender_row = None
    for c in score.criteria:
        if c.code == score.gender_code:
            gender_row = len(rows)
        rows.append((f"{c.code} {c.name}" if c.name else c.code, c.points, c.max_points))
    rows.append((translate("Dashboard", "Bonus"), score.bonus, score.bonus_cap))
    title = (
        translate("Dashboard", "Financing score: %1 of %2, %3")
        .replace("%1", n(score.total))
        .replace("%2", n(score.total_cap))
        .replace("%3", verdict_name(score.verdict))
    )
    chart = new_chart(title)
    axis = ticked_axis(
        ticks_up_to(score.total_cap, n, whole=True), translate("Dashboard", "Points")
    )
    horizontal_bars(
        chart,
        [cut(name) for name, _p, _m in rows],
        [
            Bars(
                translate("Dashboard", "Points"),
                [float(p) for _n, p, _m in rows],
                POINTS,
                label_format="@value",
            ),
            Bars(
                translate("Dashboard", "Not earned"),
                [max(0.0, float(m) - float(p)) for _n, p, m in rows],
                REMAINING,
            ),
        ],
        axis,
        translate("Dashboard", "Criterion"),
        QHorizontalStackedBarSeries.LabelsPosition.LabelsInsideBase,  # clear of the markers
    )
    threshold = translate("Dashboard", "Threshold (%1)").replace("%1", n(score.threshold))
    marker(chart, threshold, score.threshold, (0, 0), len(rows))
    if gender_row is not None:
        minimum = (
            translate("Dashboard", "Criterion %1 minimum (%2)")
            .replace("%1", score.gender_code)
            .replace("%2", n(score.gender_minimum))
        )
        row = (gender_row, gender_row)
        marker(chart, minimum, score.gender_minimum, row, len(rows), Qt.PenStyle.DotLine)
    tips = [
        translate("Dashboard", "%1: %2 of %3 points")
        .replace("%1", name)
        .replace("%2", n(points))
        .replace("%3", n(most))
        for name, points, most in rows
    ]
    return Drawn(chart, len(rows), tips)


STATUS_BARS = (  # the status, its colour, its label colour, striped
    ("on_track", ON_TRACK, LIGHT_TEXT, False),
    ("at_risk", AT_RISK, INK, True),
    ("off_track", OFF_TRACK, LIGHT_TEXT, False),
    ("not_measured", NOT_MEASURED, INK, False),
)


def progress_chart(card: Scorecard, language: str) -> Drawn:
    """Indicators by status: all of them first, then each domain (EIGE's order)."""
    tallies = [(translate("Dashboard", "All indicators"), card.overall)]
    tallies += [(term("indicator_domain", d, language), t) for d, t in card.domains.items()]
    share = card.overall.share_on_track
    if share is None:
        title = translate("Dashboard", "Indicators: none assessed yet")
    else:
        title = translate("Dashboard", "Indicators: %1 on track")
        title = title.replace("%1", percent_label(language)(float(share) * 100))
    chart = new_chart(title)
    n = number_label(language)
    most = max(t.assessed + t.not_measured for _name, t in tallies)
    axis = ticked_axis(ticks_up_to(most, n, whole=True), translate("Dashboard", "Indicators"))
    names = [f"{name} ({n(t.assessed + t.not_measured)})" for name, t in tallies]
    horizontal_bars(
        chart,
        names,
        [
            Bars(
                status_text(status),
                [getattr(t, status) for _name, t in tallies],
                colour,
                label,
                "@value",
                striped,
            )
            for status, colour, label, striped in STATUS_BARS
        ],
        axis,
        translate("Dashboard", "Domain (indicators)"),
    )
    tips = [
        translate("Dashboard", "%1: %2 on track, %3 at risk, %4 off track, %5 not measured")
        .replace("%1", name)
        .replace("%2", n(t.on_track))
        .replace("%3", n(t.at_risk))
        .replace("%4", n(t.off_track))
        .replace("%5", n(t.not_measured))
        for name, t in tallies
    ]
    return Drawn(chart, len(tallies), tips)
