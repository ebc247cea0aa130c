"""Area (e) as the screens show it: a design's indicators with their measurements, each
indicator's progress, the scorecard and what an indicator's chart draws.

The arithmetic is rules.progress; this module reads the rows (one read session: the design's
thresholds, its indicators, their measurements) or takes them from a snapshot, and hands back
plain data. The thresholds come from the design row (the Start step's advanced part), so a
change there reaches the screens, the charts and anything else that asks here.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from fractions import Fraction
from typing import Any

from sqlalchemy import select

from deseo_desktop.model import Design, Indicator
from deseo_desktop.rules import progress
from deseo_desktop.rules.progress import Progress, Scorecard, Target, Thresholds

from .database import Database
from .edits import TABLES
from .errors import DesignNotFound

Point = tuple[date, Fraction]


@dataclass(frozen=True)
class Series:
    """What an indicator's line chart draws. Suppressed figures are left out, never drawn."""

    basis: str  # rules.progress.basis: value, women, gap, ratio, share, or both
    measured: tuple[Point, ...] = ()  # the figure the target is about, by date
    women: tuple[Point, ...] = ()  # basis "both" only (trend or no target, by sex)
    men: tuple[Point, ...] = ()
    expected: tuple[Point, Point] | None = None  # baseline -> aim
    target: Target | None = None
    target_dates: tuple[date, date] | None = None  # the span the target line covers
    suppressed: int = 0  # measurements left out as suppressed


@dataclass(frozen=True)
class Evaluation:
    thresholds: Thresholds
    indicators: list[dict[str, Any]]
    measurements: dict[str, list[dict[str, Any]]]  # by indicator id, by date (undated last)
    progress: dict[str, Progress] = field(default_factory=dict)
    scorecard: Scorecard = Scorecard()

    def indicator(self, indicator_id: str) -> dict[str, Any] | None:
        return next((i for i in self.indicators if i["id"] == indicator_id), None)

    def series(self, indicator_id: str) -> Series:
        return series(
            self.indicator(indicator_id) or {},
            self.measurements.get(indicator_id, []),
            self.thresholds.suppression_min,
        )


def evaluate(
    design: Mapping[str, Any],
    indicators: Sequence[Mapping[str, Any]],
    measurements: Sequence[Mapping[str, Any]],
) -> Evaluation:
    """The evaluation from plain rows (a snapshot's, or read by `evaluation`)."""
    rules = Thresholds.of(design)
    by_indicator: dict[str, list[dict[str, Any]]] = {i["id"]: [] for i in indicators}
    for m in measurements:
        by_indicator.setdefault(m["indicator_id"], []).append(dict(m))
    for rows in by_indicator.values():
        rows.sort(key=lambda m: (m.get("measured_on") is None, m.get("measured_on") or date.min))
    found = {i["id"]: progress.progress(i, by_indicator[i["id"]], rules) for i in indicators}
    card = progress.scorecard(indicators, {k: v.status for k, v in found.items()})
    return Evaluation(rules, [dict(i) for i in indicators], by_indicator, found, card)


def evaluation(db: Database, design_id: str) -> Evaluation:
    """A design's evaluation, read in one session; DesignNotFound if there is none."""
    indicator, measurement = TABLES["indicator"], TABLES["measurement"]
    with db.session() as s:
        design = s.execute(
            select(Design.suppression_min, Design.progress_tolerance_pct).where(
                Design.id == design_id
            )
        ).first()
        if design is None:
            raise DesignNotFound(design_id)
        indicators = s.execute(
            select(indicator)
            .where(indicator.c.design_id == design_id)
            .order_by(indicator.c.position, indicator.c.created_at, indicator.c.id)
        )
        indicators = [dict(r._mapping) for r in indicators]
        measurements = s.execute(
            select(measurement)
            .join(Indicator, Indicator.id == measurement.c.indicator_id)
            .where(Indicator.design_id == design_id)
            .order_by(measurement.c.created_at, measurement.c.id)
        )
        measurements = [dict(r._mapping) for r in measurements]
    return evaluate(design._asdict(), indicators, measurements)


def series(indicator: Mapping[str, Any], measurements: Sequence[Mapping[str, Any]], minimum: int):
    """The chart of one indicator: its measured figures (dated, not suppressed), the expected
    path and the target over the span from the baseline to the target date."""
    basis = progress.basis(indicator) if indicator else "value"
    shown = [
        m
        for m in measurements
        if m.get("measured_on") is not None and not progress.suppressed(indicator, m, minimum)
    ]
    hidden = sum(progress.suppressed(indicator, m, minimum) for m in measurements)

    def points(get) -> tuple[Point, ...]:
        found = ((m["measured_on"], get(m)) for m in shown)
        return tuple(sorted((d, v) for d, v in found if v is not None))

    measured = women = men = ()
    if basis == "both":
        women = points(lambda m: progress.number(m.get("value_women")))
        men = points(lambda m: progress.number(m.get("value_men")))
    else:
        measured = points(lambda m: progress.measured(indicator, m))
    goal = progress.target(indicator) if indicator else None
    days = [d for d in (indicator.get("baseline_date"), indicator.get("target_date")) if d]
    days += [d for d, _v in measured + women + men]
    span = (min(days), max(days)) if goal is not None and days else None
    path = progress.expected_path(indicator) if indicator else None
    return Series(basis, measured, women, men, path, goal, span, hidden)
