"""Indicator progress (DOMAIN.md, indicator catalogue): suppression, the figure a target is
about, the expected path, the status of a measurement and the design's scorecard.

Pure, on plain rows (dicts of indicator and measurement columns); codes and numbers, never
words. Exact: a figure is a Fraction of the decimal typed (72.8 is 364/5, not a float near it),
so a value exactly on an edge always lands the same way.

Suppression: a measurement of a by-sex or computed indicator is suppressed when it states
fewer than `suppression_min` women or men behind it (an empty count is not known to be small,
as in the workbook). Single-value indicators count organisations, measures or money (T1, P4,
H2, V1, V4, C1, C2), never people: never suppressed, decided from the disaggregation so that
custom indicators follow the same rule.

The figure a target is about ("basis"): single and computed indicators, their one value
("value"); by-sex indicators, by target kind:
- at_least and at_most: the women's value ("women"; the catalogue's by-sex bounds are mostly
  about women: M4, M6, P2, P3); the bound is target_value, else target_women;
- gap_at_most: |women - men| ("gap"); the bound is target_value, else the gap between
  target_women and target_men;
- range: a range whose high end is at most 2 is a ratio women / men ("ratio", K1's
  0.9-1.1); any other range is the women's share of women and men together, in % ("share",
  P1 and K3's 40-60);
- trend and none: no figure to judge ("both": women and men are shown, progress is not).

Expected value: a straight line from the baseline figure at the baseline date to the aim at
the target date (the baseline before, the aim after). The aim is the target's bound, or for a
range the end nearest the baseline (the baseline itself when inside). Without a baseline
figure or either date, the expected value is the target itself.

Status of a measurement: the good way comes from the target kind, not from the indicator's
direction, which describes the underlying figure (W4's contracts go up while its gap must go
down): at_least is "up", at_most and gap_at_most "down", range "towards the range". The
shortfall is how far the figure is behind the expected value that way (for a range: its
distance from the range minus the expected distance). A figure that meets the target, or
whose shortfall is 0 or less, is on_track; one behind by at most tolerance % of the expected
value (inclusive) at_risk; any other off_track. Other codes: suppressed, no_figure, no_date,
no_target.

Scorecard: each indicator's latest dated measurement decides; with no target, no dated
measurement, or a latest figure suppressed or missing, it is counted apart as not_measured.
The share on track is of the indicators assessed.
"""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from fractions import Fraction
from typing import Any

from deseo_desktop.model.enums import IndicatorDomain

Row = Mapping[str, Any]
ASSESSED = ("on_track", "at_risk", "off_track")
RATIO_LIMIT = 2  # a by-sex range up to this is a ratio women / men, above it a share in %


@dataclass(frozen=True)
class Thresholds:
    suppression_min: int = 3
    tolerance_pct: int = 10

    @classmethod
    def of(cls, design: Row) -> "Thresholds":
        """The design row's suppression minimum and progress tolerance (defaults if unset;
        0 is a tolerance a design may choose)."""
        minimum, tolerance = design.get("suppression_min"), design.get("progress_tolerance_pct")
        return cls(3 if minimum is None else minimum, 10 if tolerance is None else tolerance)


@dataclass(frozen=True)
class Target:
    way: str  # "up", "down" or "range"
    low: Fraction  # the bound; a range's low end
    high: Fraction | None = None  # a range's high end

    def met(self, figure: Fraction) -> bool:
        if self.way == "up":
            return figure >= self.low
        if self.way == "down":
            return figure <= self.low
        return self.low <= figure <= self.high

    def aim(self, start: Fraction) -> Fraction:
        """Where the expected path from `start` ends."""
        if self.way == "range":
            return min(max(start, self.low), self.high)
        return self.low

    def distance(self, figure: Fraction) -> Fraction:
        """How far a figure is outside a range (0 inside)."""
        return max(self.low - figure, figure - self.high, Fraction(0))


@dataclass(frozen=True)
class Assessment:
    """One measurement against the expected value on its day."""

    status: str  # on_track, at_risk, off_track, suppressed, no_figure, no_date, no_target
    figure: Fraction | None = None
    expected: Fraction | None = None
    shortfall: Fraction | None = None  # > 0 behind the expected value


@dataclass(frozen=True)
class Progress:
    """An indicator's progress: its latest dated measurement's assessment."""

    status: str  # on_track, at_risk, off_track or not_measured
    reason: str = ""  # when not measured: no_target, no_measurement, suppressed, no_figure
    latest_id: str | None = None
    assessment: Assessment | None = None


def number(value: Any) -> Fraction | None:
    """The exact figure of a stored number (None, NaN or infinity: no figure)."""
    if value is None or isinstance(value, bool):
        return None
    try:
        return Fraction(repr(value)) if isinstance(value, float) else Fraction(value)
    except (ValueError, TypeError):
        return None


def suppressed(indicator: Row, measurement: Row, minimum: int) -> bool:
    """Whether the measurement's figures are from too few women or men to be shown."""
    if indicator.get("disaggregation") == "single":
        return False
    counts = (measurement.get("count_women"), measurement.get("count_men"))
    return any(c is not None and c < minimum for c in counts)


def basis(indicator: Row) -> str:
    """Which figure the indicator's target is about (module docstring)."""
    if indicator.get("disaggregation") != "by_sex":
        return "value"
    kind = indicator.get("target_kind")
    if kind in ("at_least", "at_most"):
        return "women"
    if kind == "gap_at_most":
        return "gap"
    if kind == "range":
        ends = map(number, (indicator.get("target_value"), indicator.get("target_high")))
        bounds = [b for b in ends if b is not None]
        return "ratio" if bounds and max(bounds) <= RATIO_LIMIT else "share"
    return "both"


def figure(indicator: Row, women: Any, men: Any, value: Any) -> Fraction | None:
    """The figure the target is about, from one set of values (a measurement, the baseline)."""
    how = basis(indicator)
    if how == "value":
        return number(value)
    w, m = number(women), number(men)
    if how == "women":
        return w
    if w is None or m is None:
        return None
    if how == "gap":
        return abs(w - m)
    if how == "ratio":
        return w / m if m else None
    if how == "share":
        return 100 * w / (w + m) if w + m > 0 else None
    return None


def measured(indicator: Row, measurement: Row) -> Fraction | None:
    return figure(indicator, *(measurement.get(k) for k in ("value_women", "value_men", "value")))


def baseline(indicator: Row) -> Fraction | None:
    keys = ("baseline_women", "baseline_men", "baseline_value")
    return figure(indicator, *(indicator.get(k) for k in keys))


def target(indicator: Row) -> Target | None:
    """The target as a bound or range on the figure; None for trend, none or a missing number."""
    kind = indicator.get("target_kind")
    if kind == "range":
        low, high = map(number, (indicator.get("target_value"), indicator.get("target_high")))
        if low is not None and high is not None:
            return Target("range", min(low, high), max(low, high))
        return None
    if kind not in ("at_least", "at_most", "gap_at_most"):
        return None
    bound = number(indicator.get("target_value"))
    if bound is None and basis(indicator) == "women":
        bound = number(indicator.get("target_women"))
    if bound is None and basis(indicator) == "gap":
        w, m = number(indicator.get("target_women")), number(indicator.get("target_men"))
        bound = abs(w - m) if w is not None and m is not None else None
    return None if bound is None else Target("up" if kind == "at_least" else "down", bound)


def expected_path(indicator: Row) -> tuple[tuple[date, Fraction], tuple[date, Fraction]] | None:
    """The line's two ends, (baseline date, baseline figure) and (target date, aim), or None
    when the baseline figure, a date or the target is missing."""
    goal, start = target(indicator), baseline(indicator)
    first, last = indicator.get("baseline_date"), indicator.get("target_date")
    if goal is None or start is None or first is None or last is None:
        return None
    return (first, start), (last, goal.aim(start))


def expected(indicator: Row, on: date) -> Fraction | None:
    """The expected value on a day; without a path the target's bound (None for a range, or
    without a target)."""
    goal = target(indicator)
    if goal is None:
        return None
    path = expected_path(indicator)
    if path is None:
        return goal.low if goal.way != "range" else None
    (first, start), (last, aim) = path
    if on <= first or last <= first:
        return start if on < last else aim
    if on >= last:
        return aim
    return start + (aim - start) * Fraction((on - first).days, (last - first).days)


def assess(indicator: Row, measurement: Row, thresholds: Thresholds) -> Assessment:
    """How one measurement stands against the expected value on its day."""
    goal = target(indicator)
    if goal is None:
        return Assessment("no_target")
    if suppressed(indicator, measurement, thresholds.suppression_min):
        return Assessment("suppressed")
    value = measured(indicator, measurement)
    if value is None:
        return Assessment("no_figure")
    on = measurement.get("measured_on")
    if on is None:
        return Assessment("no_date", value)
    hope = expected(indicator, on)
    if goal.way == "range":
        hope = goal.aim(value) if hope is None else hope  # no path: the range's nearer end
        shortfall = goal.distance(value) - goal.distance(hope)
    else:
        shortfall = hope - value if goal.way == "up" else value - hope
    if goal.met(value) or shortfall <= 0:
        status = "on_track"
    elif shortfall <= abs(hope) * Fraction(thresholds.tolerance_pct, 100):
        status = "at_risk"
    else:
        status = "off_track"
    return Assessment(status, value, hope, shortfall)


def latest(measurements: Sequence[Row]) -> Row | None:
    """The measurement with the latest date (the last given, among those of one day)."""
    dated = [m for m in measurements if m.get("measured_on") is not None]
    return max(reversed(dated), key=lambda m: m["measured_on"]) if dated else None


def progress(indicator: Row, measurements: Sequence[Row], thresholds: Thresholds) -> Progress:
    if target(indicator) is None:
        return Progress("not_measured", "no_target")
    last = latest(measurements)
    if last is None:
        return Progress("not_measured", "no_measurement")
    found = assess(indicator, last, thresholds)
    if found.status in ASSESSED:
        return Progress(found.status, "", last.get("id"), found)
    return Progress("not_measured", found.status, last.get("id"), found)


@dataclass(frozen=True)
class Tally:
    on_track: int = 0
    at_risk: int = 0
    off_track: int = 0
    not_measured: int = 0

    @property
    def assessed(self) -> int:
        return self.on_track + self.at_risk + self.off_track

    @property
    def share_on_track(self) -> Fraction | None:
        """On track among the indicators assessed; None when none is."""
        return Fraction(self.on_track, self.assessed) if self.assessed else None

    def add(self, status: str) -> "Tally":
        return replace(self, **{status: getattr(self, status) + 1})


@dataclass(frozen=True)
class Scorecard:
    domains: dict[str, Tally] = field(default_factory=dict)  # in IndicatorDomain's order
    overall: Tally = Tally()


def scorecard(indicators: Iterable[Row], statuses: Mapping[str, str]) -> Scorecard:
    """Share on track by domain and overall; `statuses` maps indicator ids to Progress.status
    (an indicator missing from it is not measured)."""
    order = {d.value: i for i, d in enumerate(IndicatorDomain)}
    domains: dict[str, Tally] = {}
    overall = Tally()
    for row in indicators:
        status = statuses.get(row["id"], "not_measured")
        domain = row.get("domain") or IndicatorDomain.CLUSTER.value
        domains[domain] = domains.get(domain, Tally()).add(status)
        overall = overall.add(status)
    ordered = sorted(domains, key=lambda d: (order.get(d, len(order)), d))
    return Scorecard({d: domains[d] for d in ordered}, overall)
