"""The wizard's flow: which steps apply, where next and back lead, and each step's state.

Pure code over `rules.review.DesignFacts`; the GUI draws the outline from it.

Step states (`step_states`), one of:

- "not_started": the step holds nothing yet (see the per-step table below).
- "in_progress": it holds something but less than the step needs to be done, and the review
  has no *inconsistency* for it (its gaps are what is left to do).
- "has_problems": the review has an inconsistency for the step (whatever it holds), or the
  step holds what it needs and the review still has a gap for it.
- "complete": the step holds what it needs and the review has no problem for it.

"not_started" comes first: a step with nothing in it is not started even when the review
lists what it lacks (a blank design has gaps in every step, and the outline should say "not
started", not "has problems"). Gaps and inconsistencies: `rules.review.GAP_CODES`.

What each step holds, and what it needs to be done:

| step | holds something when | done when |
|---|---|---|
| start | a title or a territory | a title and a territory |
| actors | 1 actor | 3 actors (1-2 is in progress) |
| baseline | any baseline count of any actor | every actor has workforce, managers and board for women and men (and there is at least 1 actor) |
| pooling | 1 pooled resource or skill exchange | 1 pooled resource |
| existing_services | 1 improvement action | 1 improvement action |
| governance | 1 body or management system | 1 body, and every body has a seat |
| financing | 1 budget line or funder | 1 budget line |
| valorisation | 1 valorisation action | 1 valorisation action |
| evaluation | 1 indicator | 1 indicator |
| agreement | a signatory, a commitment, or a status past draft | at least 1 party, every party has a signatory row, and 1 commitment |
| review | any other step is started | every other step is complete |

The review step has no problems of its own: it is "complete" when every other step is,
"has_problems" when any other step has problems, "not_started" while every other step is,
and "in_progress" otherwise.
"""  # noqa: E501

from deseo_desktop.model.enums import ClusterKind, WizardStep

from .review import DesignFacts, Problem, review

NOT_STARTED = "not_started"
IN_PROGRESS = "in_progress"
COMPLETE = "complete"
HAS_PROBLEMS = "has_problems"
STATES = (NOT_STARTED, IN_PROGRESS, COMPLETE, HAS_PROBLEMS)

ALL_STEPS: tuple[str, ...] = tuple(s.value for s in WizardStep)
MIN_ACTORS = 3


def steps_for(cluster_kind: str) -> list[str]:
    """The wizard's steps in order; existing_services only for an existing cluster."""
    kind = ClusterKind(cluster_kind)  # ValueError for an unknown kind
    return [
        s for s in ALL_STEPS if s != WizardStep.EXISTING_SERVICES or kind == ClusterKind.EXISTING
    ]


def _check(step: str) -> int:
    try:
        return ALL_STEPS.index(WizardStep(step).value)
    except ValueError:
        raise ValueError(f"unknown wizard step {step!r}") from None


def next_step(step: str, cluster_kind: str) -> str | None:
    """The step after `step` (None after the last). `step` need not apply to the kind."""
    at = _check(step)
    return next((s for s in steps_for(cluster_kind) if ALL_STEPS.index(s) > at), None)


def previous_step(step: str, cluster_kind: str) -> str | None:
    """The step before `step` (None before the first). `step` need not apply to the kind."""
    at = _check(step)
    earlier = [s for s in steps_for(cluster_kind) if ALL_STEPS.index(s) < at]
    return earlier[-1] if earlier else None


def resume_step(step: str | None, cluster_kind: str) -> str:
    """Where the wizard reopens: the stored step, or the nearest earlier one that applies.

    A design switched from existing to new after reaching existing_services reopens at
    pooling; an unknown or missing step reopens at the start.
    """
    try:
        _check(step or "")
    except ValueError:
        return WizardStep.START.value
    if step in steps_for(cluster_kind):
        return step
    return previous_step(step, cluster_kind) or WizardStep.START.value


def _holds_and_done(step: str, f: DesignFacts) -> tuple[bool, bool]:
    if step == WizardStep.START:
        title, territory = bool(f.title.strip()), bool(f.territory_name.strip())
        return title or territory, title and territory
    if step == WizardStep.ACTORS:
        return len(f.actors) >= 1, len(f.actors) >= MIN_ACTORS
    if step == WizardStep.BASELINE:
        holds = any(a.any_baseline for a in f.actors)
        return holds, bool(f.actors) and all(a.has_baseline for a in f.actors)
    if step == WizardStep.POOLING:
        return bool(f.resources) or f.skill_exchanges > 0, bool(f.resources)
    if step == WizardStep.EXISTING_SERVICES:
        return f.improvement_actions > 0, f.improvement_actions > 0
    if step == WizardStep.GOVERNANCE:
        holds = bool(f.bodies) or f.management_systems > 0
        return holds, bool(f.bodies) and all(b.seat_sexes for b in f.bodies)
    if step == WizardStep.FINANCING:
        return bool(f.budget_categories) or f.funders > 0, bool(f.budget_categories)
    if step == WizardStep.VALORISATION:
        return f.valorisation_actions > 0, f.valorisation_actions > 0
    if step == WizardStep.EVALUATION:
        return bool(f.indicators), bool(f.indicators)
    if step == WizardStep.AGREEMENT:
        holds = bool(f.signatories) or f.commitments > 0 or f.agreement_status != "draft"
        signed = {s.actor_id for s in f.signatories}
        parties = f.parties
        done = bool(parties) and all(a.id in signed for a in parties) and f.commitments > 0
        return holds, done
    raise ValueError(f"no content rule for step {step!r}")


def step_state(step: str, facts: DesignFacts, problems: list[Problem]) -> str:
    """The state of one step other than review (see the module docstring)."""
    holds, done = _holds_and_done(step, facts)
    mine = [p for p in problems if p.step == step]
    if not holds:
        return NOT_STARTED
    if any(not p.is_gap for p in mine):
        return HAS_PROBLEMS
    if not done:
        return IN_PROGRESS
    return HAS_PROBLEMS if mine else COMPLETE


def step_states(facts: DesignFacts, problems: list[Problem] | None = None) -> dict[str, str]:
    """Every applicable step's state, in wizard order; `problems` defaults to review(facts)."""
    if problems is None:
        problems = review(facts)
    steps = steps_for(facts.cluster_kind)
    states = {s: step_state(s, facts, problems) for s in steps if s != WizardStep.REVIEW}
    others = list(states.values())
    if all(s == NOT_STARTED for s in others):
        final = NOT_STARTED
    elif all(s == COMPLETE for s in others):
        final = COMPLETE
    elif HAS_PROBLEMS in others:
        final = HAS_PROBLEMS
    else:
        final = IN_PROGRESS
    states[WizardStep.REVIEW.value] = final
    return states
