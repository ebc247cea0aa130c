"""The design's dashboard as plain figures: what the charts draw, worked out once.

Read from one snapshot (`agreement_snapshot`, its own read-only connection) and derived with
the code the agreement draft and the other steps use (exports.content, rules.balance,
rules.scoring, services.evaluation), so the charts, the review's summary, the evaluation step
and the documents never disagree. Nothing here knows about Qt:
the page turns these figures into charts, and a test can check them without a window.

Baseline counts, governance seats, workshop attendance and planned speakers are declared
organisational facts: DOMAIN.md does not suppress them, so neither does the dashboard.
"""

from dataclasses import dataclass
from decimal import Decimal

from deseo_desktop.exports.content import Content, counts
from deseo_desktop.rules import progress, scoring
from deseo_desktop.rules.balance import SexCounts, total

from .database import Database
from .evaluation import evaluate
from .export import agreement_snapshot

# The cluster's groups, in the order the chart lists them.
CLUSTER_GROUPS = (
    "workforce",
    "management",
    "boards",
    "governance_seats",
    "workshop_attendance",
    "planned_speakers",
)
# The baseline measures an actor declares (prefixes of its count columns).
ACTOR_MEASURES = ("workforce", "managers", "board")
# How the by-actor chart may order the organisations.
ORDERS = ("largest", "fewest_women", "fewest_men")
OTHERS = "others"  # the key of the bar that gathers everything past the top N


@dataclass(frozen=True)
class ActorCounts:
    actor_id: str
    name: str
    counts: dict[str, SexCounts]  # by ACTOR_MEASURES; a measure never given is absent


@dataclass(frozen=True)
class SexBar:
    """One bar of a balance chart: an organisation, or the rest gathered (key OTHERS)."""

    key: str
    name: str
    counts: SexCounts
    gathered: int = 1  # how many organisations the bar stands for


@dataclass(frozen=True)
class ValueBar:
    """Pooled value of one category or contributor, in cents of the design's currency."""

    key: str
    name: str
    cash_cents: int
    in_kind_cents: int
    gathered: int = 1

    @property
    def total_cents(self) -> int:
        return self.cash_cents + self.in_kind_cents


@dataclass(frozen=True)
class ScoreBar:
    code: str
    name: str
    points: Decimal  # rounded once, to one decimal, as the grid rounds
    max_points: int


@dataclass(frozen=True)
class FinancingScore:
    grid_name: str
    total: Decimal  # the rounded, capped total the verdict compares
    total_cap: int
    threshold: int
    gender_code: str
    gender_points: Decimal
    gender_minimum: int
    criteria: tuple[ScoreBar, ...]
    bonus: Decimal
    bonus_cap: int
    verdict: str  # funded, not_funded, not_assessed
    assessors: int


@dataclass(frozen=True)
class Dashboard:
    title: str
    currency: str
    threshold_pct: int
    actors: tuple[ActorCounts, ...]
    cluster: dict[str, SexCounts]  # by CLUSTER_GROUPS
    by_category: tuple[ValueBar, ...]  # largest first
    by_contributor: tuple[ValueBar, ...]  # largest first, every contributing organisation
    financing: FinancingScore | None  # None when no grid is attached
    scorecard: progress.Scorecard  # indicators on track, by domain and overall

    @property
    def pooled(self) -> ValueBar:
        """Everything pooled, cash and in kind."""
        return _gather(self.by_category, "all", "")


def dashboard(db: Database, design_id: str) -> Dashboard:
    """The dashboard's figures for one design (raises DesignNotFound)."""
    return dashboard_from_rows(agreement_snapshot(db, design_id))


def dashboard_from_rows(rows) -> Dashboard:
    c = Content(rows)
    actors = tuple(
        ActorCounts(
            a["id"],
            a.get("name") or "",
            {m: counts(a, m) for m in ACTOR_MEASURES if _given(a, m)},
        )
        for a in sorted(c.actors.values(), key=lambda a: (a.get("position") or 0, a["id"]))
    )
    groups = c.balance_groups()
    groups["workshop_attendance"] = total([counts(w, "attendance") for w in c.table("workshop")])
    groups["planned_speakers"] = total(
        [counts(v, "speakers") for v in c.table("valorisation_action")]
    )
    design = c.design
    return Dashboard(
        title=design.get("title") or "",
        currency=design.get("currency") or "EUR",
        threshold_pct=design.get("balance_threshold_pct") or 40,
        actors=actors,
        cluster={g: groups[g] for g in CLUSTER_GROUPS},
        by_category=_pooled_by(c, "category"),
        by_contributor=_pooled_by(c, "contributor"),
        financing=_financing(rows),
        scorecard=_scorecard(c),
    )


def _given(actor: dict, prefix: str) -> bool:
    return any(actor.get(f"{prefix}_{s}") is not None for s in ("women", "men", "not_stated"))


def _pooled_by(c: Content, by: str) -> tuple[ValueBar, ...]:
    category = {r["id"]: r.get("category") or "other" for r in c.table("pooled_resource")}
    sums: dict[str, list[int]] = {}
    for row in c.table("contribution"):
        key = category.get(row["resource_id"], "other") if by == "category" else row["actor_id"]
        cash_in_kind = sums.setdefault(key, [0, 0])
        cash_in_kind[0 if row.get("kind") == "cash" else 1] += row.get("value_cents") or 0
    bars = [
        ValueBar(key, c.actor_name(key) if by == "contributor" else "", cash, in_kind)
        for key, (cash, in_kind) in sums.items()
    ]
    return tuple(sorted(bars, key=lambda b: (-b.total_cents, b.name, b.key)))


def _financing(rows) -> FinancingScore | None:
    grid = scoring.grid_from_rows(rows)
    if grid is None:
        return None
    assessments = scoring.assessments_from_rows(rows, grid)
    result = scoring.score_grid(grid, assessments)
    return FinancingScore(
        grid_name=grid.name,
        total=result.rounded_total,
        total_cap=grid.total_cap,
        threshold=grid.threshold,
        gender_code=grid.gender_criterion_code,
        gender_points=result.rounded_gender_points,
        gender_minimum=grid.gender_minimum,
        criteria=tuple(
            ScoreBar(
                r.criterion.code,
                r.criterion.name,
                scoring.round_half_away(r.points),
                r.criterion.max_points,
            )
            for r in result.criteria
        ),
        bonus=scoring.round_half_away(result.bonus),
        bonus_cap=grid.bonus_cap,
        verdict=result.verdict,
        assessors=len(assessments),
    )


def _scorecard(c: Content) -> progress.Scorecard:
    """The evaluation step's own scorecard (services.evaluation), from the same snapshot."""
    return evaluate(c.design, c.table("indicator"), c.table("measurement")).scorecard


# --- what a chart with room for `limit` bars shows -------------------------------------------


def actor_bars(
    actors: tuple[ActorCounts, ...], measure: str, order: str = "largest", limit: int = 20
) -> tuple[list[SexBar], int]:
    """The organisations' bars for `measure`, and how many organisations gave no figures.

    Past `limit` bars, the rest are gathered into one bar (key OTHERS) so a chart stays
    readable with 300 organisations. Order: largest first, or the smallest share of women
    (or men) first, which is what a facilitator looks for; ties go to the larger one.
    """
    given = [(a, a.counts[measure]) for a in actors if a.counts.get(measure, SexCounts()).stated]
    missing = len(actors) - len(given)

    def share(c: SexCounts, of_women: bool) -> float:
        return (c.women if of_women else c.men) / c.stated

    keys = {
        "largest": lambda pair: (-pair[1].stated, pair[0].name),
        "fewest_women": lambda pair: (share(pair[1], True), -pair[1].stated, pair[0].name),
        "fewest_men": lambda pair: (share(pair[1], False), -pair[1].stated, pair[0].name),
    }
    given.sort(key=keys[order])
    bars = [SexBar(a.actor_id, a.name, c) for a, c in given]
    if len(bars) <= limit:
        return bars, missing
    rest = bars[limit - 1 :]
    gathered = SexBar(OTHERS, "", total([b.counts for b in rest]), len(rest))
    return [*bars[: limit - 1], gathered], missing


def value_bars(bars: tuple[ValueBar, ...], limit: int = 15) -> tuple[list[ValueBar], ValueBar]:
    """The largest `limit` bars, and the rest gathered (key OTHERS; gathered 0 when none).

    The rest is not drawn as a bar: 250 small contributors together would dwarf the largest
    one and flatten every other bar; the chart names it instead.
    """
    return list(bars[:limit]), _gather(bars[limit:], OTHERS, "")


def _gather(bars, key: str, name: str) -> ValueBar:
    return ValueBar(
        key,
        name,
        sum(b.cash_cents for b in bars),
        sum(b.in_kind_cents for b in bars),
        sum(b.gathered for b in bars),
    )
