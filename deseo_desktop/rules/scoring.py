"""The local financing scoring grid: points, means, bonus, caps, gates and the verdict.

Pure and exact: every figure is a `Fraction` until the end, where the total (and the
gender-equality criterion, which the verdict also compares) is rounded once, half away from
zero to one decimal, as Excel's ROUND does, so the app and the workbook's formulas agree
(Python's `round` rounds halves to even and would not). The workbook's grid sheet writes the
same arithmetic as formulas; change one, change the other.

Choices where DOMAIN.md leaves room:
- points = score ÷ top level × maximum; the top level is the highest of the grid's score levels
  (5 for the default 0, 1, 3, 5), so a sub-criterion never earns more than its maximum. A stored
  score outside 0..top (only a hand-edited file could hold one) counts as the nearest bound.
- Several assessors: per sub-criterion, the mean over the assessors who scored it; one who left
  it blank is not counted as a 0. If nobody scored it, it earns 0 and a `not_scored` reason.
- A criterion's points are the sum of its sub-criteria's points.
- Bonus: per bonus, the mean over the assessors who answered it (each award held to 0..its
  maximum); the bonus is the sum of those means, capped at the grid's bonus cap.
- Total: criteria plus bonus, capped at the grid's total cap.
- Gates: a gate passes only if every assessor who answered it said yes; one "no" fails it and a
  failed gate stops the assessment (DOMAIN.md: any "no" stops). A gate nobody answered leaves
  the verdict "not_assessed", as does a grid with no assessor.
- The verdict compares the rounded figures with the threshold and the minimum: what a person
  reads ("60.0") is what was compared, never a hidden 59.96.

Reasons are data (codes and parameters, never words), in this order: failed gates, gates not
assessed, sub-criteria not scored, total below threshold, gender criterion below its minimum.
- gate_failed [code, gate, failed_by: assessor names]
- gate_not_assessed [code, gate]
- no_assessors [—]
- not_scored [code, sub_criterion]
- below_threshold [total, threshold, short_by] (Decimal figures)
- below_gender_minimum [code, points, minimum, short_by] (Decimal figures)
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from typing import Any

DEFAULT_LEVELS = (0, 1, 3, 5)

# The plain rows of a design by table (services.design_data.Rows), read-only here.
Rows = Mapping[str, Sequence[Mapping[str, Any]]]


@dataclass(frozen=True)
class Gate:
    id: str
    code: str
    text: str = ""


@dataclass(frozen=True)
class SubCriterion:
    id: str
    code: str
    name: str = ""
    max_points: int = 0


@dataclass(frozen=True)
class Criterion:
    id: str
    code: str
    name: str = ""
    max_points: int = 0
    sub_criteria: tuple[SubCriterion, ...] = ()


@dataclass(frozen=True)
class Bonus:
    id: str
    code: str
    name: str = ""
    max_points: int = 0


@dataclass(frozen=True)
class Grid:
    id: str
    name: str = ""
    threshold: int = 60
    gender_criterion_code: str = "3"
    gender_minimum: int = 10
    bonus_cap: int = 5
    total_cap: int = 100
    score_levels: tuple[int, ...] = DEFAULT_LEVELS
    gates: tuple[Gate, ...] = ()
    criteria: tuple[Criterion, ...] = ()
    bonuses: tuple[Bonus, ...] = ()

    @property
    def top_level(self) -> int:
        return max(self.score_levels)


@dataclass(frozen=True)
class Assessment:
    """One assessor's answers, keyed by gate, sub-criterion and bonus id; a missing key is blank."""

    assessor_id: str
    name: str = ""
    gates: Mapping[str, bool] = field(default_factory=dict)
    scores: Mapping[str, int] = field(default_factory=dict)
    bonuses: Mapping[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Reason:
    code: str
    params: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class GateResult:
    gate: Gate
    status: str  # "passed", "failed" or "not_assessed"
    failed_by: tuple[str, ...] = ()


@dataclass(frozen=True)
class SubResult:
    sub: SubCriterion
    mean: Fraction | None  # None when nobody scored it
    points: Fraction


@dataclass(frozen=True)
class CriterionResult:
    criterion: Criterion
    subs: tuple[SubResult, ...]
    points: Fraction


@dataclass(frozen=True)
class BonusResult:
    bonus: Bonus
    mean: Fraction | None
    points: Fraction


@dataclass(frozen=True)
class Result:
    gates: tuple[GateResult, ...]
    criteria: tuple[CriterionResult, ...]
    bonuses: tuple[BonusResult, ...]
    criteria_points: Fraction
    bonus: Fraction  # after the cap
    total: Fraction  # after the cap, exact
    rounded_total: Decimal
    gender_points: Fraction
    rounded_gender_points: Decimal
    verdict: str  # "funded", "not_funded" or "not_assessed"
    reasons: tuple[Reason, ...]


def round_half_away(x: Fraction | int, places: int = 1) -> Decimal:
    """Exact rounding, halves away from zero (Excel's ROUND): 0.05 -> 0.1, -2.25 -> -2.3."""
    scaled = abs(Fraction(x)) * 10**places
    whole = (2 * scaled.numerator + scaled.denominator) // (2 * scaled.denominator)
    sign = -1 if x < 0 else 1
    return Decimal(sign * whole).scaleb(-places)


def clamp(value: int, low: int, high: int) -> int:
    return max(low, min(high, value))


def mean(values: Sequence[int]) -> Fraction | None:
    return Fraction(sum(values), len(values)) if values else None


def sub_points(mean_score: Fraction | None, max_points: int, top_level: int) -> Fraction:
    """Score ÷ top level × maximum; 0 when nobody scored."""
    if mean_score is None:
        return Fraction(0)
    return mean_score / top_level * max_points


def score_grid(grid: Grid, assessments: Sequence[Assessment]) -> Result:
    top = grid.top_level
    gates = tuple(_gate(g, assessments) for g in grid.gates)
    criteria = tuple(_criterion(c, assessments, top) for c in grid.criteria)
    bonuses = tuple(_bonus(b, assessments) for b in grid.bonuses)
    criteria_points = sum((c.points for c in criteria), Fraction(0))
    bonus = min(Fraction(grid.bonus_cap), sum((b.points for b in bonuses), Fraction(0)))
    total = min(Fraction(grid.total_cap), criteria_points + bonus)
    gender = next(
        (c.points for c in criteria if c.criterion.code == grid.gender_criterion_code),
        Fraction(0),
    )
    rounded_total = round_half_away(total)
    rounded_gender = round_half_away(gender)

    reasons = [
        Reason("gate_failed", {"code": g.gate.code, "gate": g.gate.text, "failed_by": g.failed_by})
        for g in gates
        if g.status == "failed"
    ]
    if not assessments:
        reasons.append(Reason("no_assessors"))
    else:
        reasons += [
            Reason("gate_not_assessed", {"code": g.gate.code, "gate": g.gate.text})
            for g in gates
            if g.status == "not_assessed"
        ]
        reasons += [
            Reason("not_scored", {"code": s.sub.code, "sub_criterion": s.sub.name})
            for c in criteria
            for s in c.subs
            if s.mean is None
        ]
    if rounded_total < grid.threshold:
        reasons.append(
            Reason(
                "below_threshold",
                {
                    "total": rounded_total,
                    "threshold": grid.threshold,
                    "short_by": grid.threshold - rounded_total,
                },
            )
        )
    if rounded_gender < grid.gender_minimum:
        reasons.append(
            Reason(
                "below_gender_minimum",
                {
                    "code": grid.gender_criterion_code,
                    "points": rounded_gender,
                    "minimum": grid.gender_minimum,
                    "short_by": grid.gender_minimum - rounded_gender,
                },
            )
        )

    if any(g.status == "failed" for g in gates):
        verdict = "not_funded"
    elif not assessments or any(g.status == "not_assessed" for g in gates):
        verdict = "not_assessed"
    elif rounded_total >= grid.threshold and rounded_gender >= grid.gender_minimum:
        verdict = "funded"
    else:
        verdict = "not_funded"
    return Result(
        gates=gates,
        criteria=criteria,
        bonuses=bonuses,
        criteria_points=criteria_points,
        bonus=bonus,
        total=total,
        rounded_total=rounded_total,
        gender_points=gender,
        rounded_gender_points=rounded_gender,
        verdict=verdict,
        reasons=tuple(reasons),
    )


def _gate(gate: Gate, assessments: Sequence[Assessment]) -> GateResult:
    answers = [(a.name, a.gates[gate.id]) for a in assessments if gate.id in a.gates]
    failed_by = tuple(name for name, passed in answers if not passed)
    if failed_by:
        return GateResult(gate, "failed", failed_by)
    return GateResult(gate, "passed" if answers else "not_assessed")


def _criterion(
    criterion: Criterion, assessments: Sequence[Assessment], top: int
) -> CriterionResult:
    subs = []
    for sub in criterion.sub_criteria:
        given = [clamp(a.scores[sub.id], 0, top) for a in assessments if sub.id in a.scores]
        m = mean(given)
        subs.append(SubResult(sub, m, sub_points(m, sub.max_points, top)))
    return CriterionResult(criterion, tuple(subs), sum((s.points for s in subs), Fraction(0)))


def _bonus(bonus: Bonus, assessments: Sequence[Assessment]) -> BonusResult:
    high = max(bonus.max_points, 0)
    given = [clamp(a.bonuses[bonus.id], 0, high) for a in assessments if bonus.id in a.bonuses]
    m = mean(given)
    return BonusResult(bonus, m, m if m is not None else Fraction(0))


# Building the grid from a design's plain rows.


def parse_levels(text: str | None) -> tuple[int, ...]:
    """ "0,1,3,5" -> (0, 1, 3, 5), sorted and distinct; the default when nothing usable is given."""
    levels = set()
    for part in (text or "").split(","):
        part = part.strip()
        if part.lstrip("-").isdigit():
            levels.add(int(part))
    levels = {v for v in levels if v >= 0}
    return tuple(sorted(levels)) if levels and max(levels) > 0 else DEFAULT_LEVELS


def grid_from_rows(rows: Rows, grid_id: str | None = None) -> Grid | None:
    """The grid `grid_id` (the design's first grid when None), or None if there is none."""
    grids = rows.get("financing_grid", [])
    row = next((g for g in grids if grid_id is None or g["id"] == grid_id), None)
    if row is None:
        return None
    gid = row["id"]
    subs: dict[str, list[SubCriterion]] = {}
    for s in _ordered(rows.get("grid_sub_criterion", [])):
        subs.setdefault(s["criterion_id"], []).append(
            SubCriterion(s["id"], s["code"], s.get("name") or "", s.get("max_points") or 0)
        )
    return Grid(
        id=gid,
        name=row.get("name") or "",
        threshold=row.get("threshold", 60),
        gender_criterion_code=row.get("gender_criterion_code", "3"),
        gender_minimum=row.get("gender_minimum", 10),
        bonus_cap=row.get("bonus_cap", 5),
        total_cap=row.get("total_cap", 100),
        score_levels=parse_levels(row.get("score_levels")),
        gates=tuple(
            Gate(g["id"], g["code"], g.get("text") or "")
            for g in _ordered(rows.get("grid_gate", []))
            if g["grid_id"] == gid
        ),
        criteria=tuple(
            Criterion(
                c["id"],
                c["code"],
                c.get("name") or "",
                c.get("max_points") or 0,
                tuple(subs.get(c["id"], ())),
            )
            for c in _ordered(rows.get("grid_criterion", []))
            if c["grid_id"] == gid
        ),
        bonuses=tuple(
            Bonus(b["id"], b["code"], b.get("name") or "", b.get("max_points") or 0)
            for b in _ordered(rows.get("grid_bonus", []))
            if b["grid_id"] == gid
        ),
    )


def assessments_from_rows(rows: Rows, grid: Grid) -> tuple[Assessment, ...]:
    """Each assessor of `grid` with their gate answers, scores and bonus awards, by position."""
    assessors = [a for a in _ordered(rows.get("assessor", [])) if a["grid_id"] == grid.id]
    gates: dict[str, dict[str, bool]] = {a["id"]: {} for a in assessors}
    scores: dict[str, dict[str, int]] = {a["id"]: {} for a in assessors}
    bonuses: dict[str, dict[str, int]] = {a["id"]: {} for a in assessors}
    for r in rows.get("gate_answer", []):
        if r["assessor_id"] in gates and r.get("passed") is not None:
            gates[r["assessor_id"]][r["gate_id"]] = bool(r["passed"])
    for r in rows.get("score", []):
        if r["assessor_id"] in scores and r.get("score") is not None:
            scores[r["assessor_id"]][r["sub_criterion_id"]] = int(r["score"])
    for r in rows.get("bonus_award", []):
        if r["assessor_id"] in bonuses and r.get("points") is not None:
            bonuses[r["assessor_id"]][r["bonus_id"]] = int(r["points"])
    return tuple(
        Assessment(a["id"], a.get("name") or "", gates[a["id"]], scores[a["id"]], bonuses[a["id"]])
        for a in assessors
    )


def _ordered(rows: Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    return sorted(rows, key=lambda r: (r.get("position") or 0, str(r.get("id"))))
