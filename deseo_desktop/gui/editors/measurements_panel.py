"""The evaluation step's lower half: the selected indicator's measurements (added, changed
and removed with undo like every table), the progress of its latest one, its line chart,
and the design's scorecard.

Everything here is read through services.evaluation after each change to a measurement, an
indicator or the design row (whose suppression minimum and progress tolerance it uses), so
the table, the sentence, the chart and the scorecard always tell the same story.
"""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from deseo_desktop.formatting import format_day
from deseo_desktop.rules import progress
from deseo_desktop.services import evaluation
from deseo_desktop.services.evaluation import Evaluation

from ..design_session import DesignSession
from ..style import sized
from ..widgets.indicator_chart import IndicatorChart
from .base import EditorContext
from .columns import Column
from .measurements_model import COLOURS, SYMBOLS, MeasurementsModel, figure_text, status_text
from .measurements_scorecard import ScorecardBox
from .table_section import TableSection

WATCHED = ("measurement", "indicator", "design")
BY_SEX = ("value_women", "value_men")
COUNTS = ("count_women", "count_men")


class MeasurementsPanel(QWidget):
    def __init__(
        self, session: DesignSession, context: EditorContext, indicators: TableSection, parent=None
    ):
        super().__init__(parent)
        self.session = session
        self.context = context
        self.indicators = indicators
        self.indicator_id = ""
        self.evaluation: Evaluation | None = None
        columns = [
            Column("period", self.tr("Period"), width=95),
            Column("measured_on", self.tr("Date"), "date", width=110),
            Column("value_women", self.tr("Women"), "number", width=85),
            Column("value_men", self.tr("Men"), "number", width=85),
            Column("value", self.tr("Value"), "number", width=95),
            Column("count_women", self.tr("Number of\nwomen"), "count", width=80),
            Column("count_men", self.tr("Number of\nmen"), "count", width=80),
            Column("method", self.tr("Method"), "choice", "measurement_method", 120),
            Column("status", self.tr("Progress"), width=110),
            Column("note", self.tr("Note"), "note", width=240),
        ]
        self.model = MeasurementsModel(
            session, "measurement", columns, {}, context.language, context.currency, self
        )
        self.section = TableSection(
            self.tr("Measurements"), self.model, "indicator_id", self.tr("measurement")
        )
        self.section.up_button.hide()  # kept in date order
        self.section.down_button.hide()
        self.section.table.setMinimumHeight(170)
        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)
        self.status_chip = sized(QLabel(), 1.0)  # bold, and larger in presentation mode
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_chip, 0, Qt.AlignmentFlag.AlignTop)
        status_row.addWidget(self.status_label, 1)
        self.chart = IndicatorChart(context.language)
        self.scorecard = ScorecardBox(context.language)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.section, 1)
        layout.addWidget(self.hint_label)
        layout.addLayout(status_row)
        layout.addWidget(self.chart, 2)
        layout.addWidget(self.scorecard)
        self._connect_signals()
        self.refresh()

    def _connect_signals(self) -> None:
        self.indicators.current_row_changed.connect(self._on_indicators_current_row_changed)
        self.session.changed.connect(self._on_session_changed)

    def _on_indicators_current_row_changed(self, row_id: str) -> None:
        if row_id != self.indicator_id:
            self.indicator_id = row_id
            self.refresh()

    def _on_session_changed(self, table: str) -> None:
        if table in WATCHED:
            self.refresh()

    def refresh(self) -> None:
        """Read the evaluation again and show the selected indicator's part of it."""
        ev = self.evaluation = evaluation.evaluation(self.session.db, self.session.design_id)
        indicator = ev.indicator(self.indicator_id) if self.indicator_id else None
        self.model.show(indicator, ev.thresholds)
        self.scorecard.show_scorecard(ev.scorecard)
        if indicator is None:
            self.section.title_label.setText(self.tr("Measurements"))
            self.hint_label.setText(
                self.tr("Select an indicator above to see and add its measurements.")
            )
            self._show_status("", "")
            self.chart.show_series(None, self.tr("Select an indicator to see its chart"))
            return
        name = " · ".join(filter(None, (indicator["catalogue_code"], indicator["name"])))
        if name:
            self.section.title_label.setText(self.tr("Measurements of %1").replace("%1", name))
        else:
            self.section.title_label.setText(self.tr("Measurements of the selected indicator"))
            name = self.tr("The selected indicator")
        self._show_columns(indicator["disaggregation"])
        self.hint_label.setText(self._hint(indicator["disaggregation"]))
        self._show_progress(indicator)
        self.chart.show_series(ev.series(indicator["id"]), name, indicator["unit"])

    def _show_columns(self, disaggregation: str) -> None:
        hidden = {"value"} if disaggregation == "by_sex" else set(BY_SEX)
        if disaggregation == "single":
            hidden |= set(COUNTS)
        for i, column in enumerate(self.model.columns):
            self.section.table.setColumnHidden(i, column.name in hidden)

    def _hint(self, disaggregation: str) -> str:
        minimum = str(self.evaluation.thresholds.suppression_min)
        if disaggregation == "single":
            return self.tr(
                "One figure that counts organisations, measures or money: it is never suppressed."
            )
        if disaggregation == "by_sex":
            text = self.tr(
                "Give the women's and the men's figures and how many women and men are behind "
                "them; figures from fewer than %1 women or %1 men are shown as suppressed."
            )
        else:
            text = self.tr(
                "One figure worked out from both sexes: give it and how many women and men are "
                "behind it; from fewer than %1 women or %1 men it is shown as suppressed."
            )
        return text.replace("%1", minimum)

    def _show_progress(self, indicator: dict) -> None:
        found = self.evaluation.progress[indicator["id"]]
        latest = next(
            (m for m in self.model.rows if m["id"] == found.latest_id),
            None,
        )
        when = ""
        if latest is not None:
            day = format_day(latest["measured_on"], self.context.language, "medium")
            when = f"{latest['period']} ({day})" if latest["period"] else day
        if found.status != "not_measured":
            a = found.assessment
            what = self.chart.figure_title(progress.basis(indicator), indicator["unit"])
            text = (
                self.tr("Latest measurement, %1. %2: %3 measured, %4 expected on that day. %5")
                .replace("%1", when)
                .replace("%2", what)
                .replace("%3", figure_text(a.figure, self.context.language))
                .replace("%4", figure_text(a.expected, self.context.language))
                .replace("%5", self._target_text(indicator))
            )
            self._show_status(found.status, text)
            return
        texts = {
            "no_target": self.tr(
                "The target is a trend or has no number yet, so progress is not assessed."
            ),
            "no_measurement": self.tr("No dated measurement yet: add one with Add above."),
            "suppressed": self.tr(
                "The latest figure, %1, is suppressed: fewer than %2 women or %2 men are "
                "behind it, so its progress is not shown."
            ),
            "no_figure": self.tr("The latest measurement, %1, has no figure yet."),
        }
        minimum = str(self.evaluation.thresholds.suppression_min)
        text = texts.get(found.reason, "").replace("%1", when).replace("%2", minimum)
        self._show_status("not_measured", text)

    def _target_text(self, indicator: dict) -> str:
        goal = self.evaluation.series(indicator["id"]).target
        low = figure_text(goal.low, self.context.language)
        if goal.way == "range":
            high = figure_text(goal.high, self.context.language)
            text = self.tr("Target: from %1 to %2").replace("%1", low).replace("%2", high)
        elif goal.way == "up":
            text = self.tr("Target: at least %1").replace("%1", low)
        else:
            text = self.tr("Target: at most %1").replace("%1", low)
        if indicator["target_date"]:
            day = format_day(indicator["target_date"], self.context.language, "medium")
            return self.tr("%1 by %2.").replace("%1", text).replace("%2", day)
        return text + "."

    def _show_status(self, status: str, text: str) -> None:
        self.status_chip.setVisible(bool(status))
        symbol = SYMBOLS.get(status, "")
        self.status_chip.setText(f"{symbol} {status_text(status)}".strip())
        colour = COLOURS.get(status, "#6b7472")
        self.status_chip.setStyleSheet(
            f"color: white; background: {colour}; border-radius: 4px; padding: 3px 8px;"
        )
        self.status_label.setText(text)
