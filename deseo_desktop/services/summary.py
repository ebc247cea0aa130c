"""A design on one page: what it is, who takes part, its balance, its money and its verdict.

Worked out by the same code the agreement draft uses (exports.content, rules.scoring), so the
review's summary and the documents never disagree.
"""

from dataclasses import dataclass
from decimal import Decimal

from deseo_desktop.exports.content import Content
from deseo_desktop.rules import scoring
from deseo_desktop.rules.balance import SexCounts

from .database import Database
from .export import agreement_snapshot


@dataclass(frozen=True)
class DesignSummary:
    design: dict
    agreement: dict
    counts: dict[str, int]
    balance: dict[str, SexCounts]  # workforce, management, boards, governance_seats
    contributions_cents: int
    budget_cash_cents: int
    budget_in_kind_cents: int
    verdict: str | None  # funded, not_funded, not_assessed; None without a grid
    total: Decimal | None


def design_summary(db: Database, design_id: str) -> DesignSummary:
    rows = agreement_snapshot(db, design_id)
    c = Content(rows)
    cash, in_kind = c.budget_totals()
    verdict = total = None
    grid = scoring.grid_from_rows(rows)
    if grid is not None:
        result = scoring.score_grid(grid, scoring.assessments_from_rows(rows, grid))
        verdict, total = result.verdict, result.rounded_total
    counted = {
        "actors": "actor",
        "pooled_resources": "pooled_resource",
        "skill_exchanges": "skill_exchange",
        "governance_bodies": "governance_body",
        "budget_lines": "budget_line",
        "indicators": "indicator",
        "commitments": "commitment",
        "workshops": "workshop",
    }
    counts = {key: len(rows.get(table, [])) for key, table in counted.items()}
    counts["signatories"] = sum(1 for a in c.actors.values() if a.get("is_signatory"))
    return DesignSummary(
        design=c.design,
        agreement=c.agreement,
        counts=counts,
        balance=c.balance_groups(),
        contributions_cents=sum(x.get("value_cents") or 0 for x in rows.get("contribution", [])),
        budget_cash_cents=cash,
        budget_in_kind_cents=in_kind,
        verdict=verdict,
        total=total,
    )
