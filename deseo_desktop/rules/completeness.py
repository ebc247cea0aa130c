"""What a design still lacks, as codes with parameters (the GUI writes the words)."""

from dataclasses import dataclass

MIN_PARTIES = 3


@dataclass(frozen=True)
class Gap:
    code: str
    count: int = 0


def missing_items(
    *,
    title: str,
    territory: str,
    cluster_kind: str,
    actors: int,
    local_authorities: int,
    actors_without_baseline: int,
    signatories: int,
    pooled_resources: int,
    governance_bodies: int,
    budget_lines: int,
    coordination_lines: int,
    indicators: int,
    improvement_actions: int,
) -> list[Gap]:
    """The gaps the overview lists, in the order of the design's steps."""
    gaps: list[Gap] = []
    if not title.strip():
        gaps.append(Gap("no_title"))
    if not territory.strip():
        gaps.append(Gap("no_territory"))
    if actors < MIN_PARTIES:
        gaps.append(Gap("few_actors", MIN_PARTIES - actors))
    if actors and not local_authorities:
        gaps.append(Gap("no_local_authority"))
    if actors_without_baseline:
        gaps.append(Gap("actors_without_baseline", actors_without_baseline))
    if not pooled_resources:
        gaps.append(Gap("no_pooled_resources"))
    if cluster_kind == "existing" and not improvement_actions:
        gaps.append(Gap("no_improvement_actions"))
    if not governance_bodies:
        gaps.append(Gap("no_governance"))
    if not budget_lines:
        gaps.append(Gap("no_budget"))
    elif not coordination_lines:
        gaps.append(Gap("no_coordination_line"))
    if not indicators:
        gaps.append(Gap("no_indicators"))
    if actors and not signatories:
        gaps.append(Gap("no_signatories"))
    return gaps
