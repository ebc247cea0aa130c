"""The design review: every missing or inconsistent part of a design, as codes with parameters.

A pure function over plain data. `services.review` reads a design into `DesignFacts`; the GUI
turns each `Problem` into words in the person's language and uses `step` and `ref` to open the
field concerned. Nothing here is user-visible text: codes, ids, names as the person typed them,
numbers and ISO dates only.

Problems come grouped by wizard step, in the order of the steps; within a step, in the order
of the rows (actors, resources, bodies, indicators, signatories by position) and, for one row,
in the order of the checks below.

Each code is either a *gap* (something still missing: `GAP_CODES`) or an *inconsistency* (two
facts that contradict each other, or an impossible value: `INCONSISTENCY_CODES`); the wizard
outline treats them differently (`rules.flow`).

Codes, by step (params in brackets):

start
- no_title: the design has no title.
- no_territory: the design names no territory.

actors
- few_parties: fewer than 3 parties. A *party* is an actor marked as signatory
  (`is_signatory`): the organisations that will sign the agreement. Other actors (observers,
  funders who do not sign) do not count. [count, minimum]
- no_local_authority: no actor of kind local_authority (signatory or not). [—]

baseline (one set per actor, ref = actor id)
- actor_without_baseline: workforce, managers or board lacks the number of women or of men
  (zero is a number; "not stated" is optional). [actor, missing: the groups, in the order
  workforce, managers, board]
- negative_count: a baseline count below zero. [actor, field: the column name, value]
- managers_exceed_workforce: more women (or men) managers than women (or men) in the
  workforce; managers are part of the workforce. [actor, sex: "women"|"men", managers,
  workforce]

pooling (ref = resource id)
- resource_without_contributor: a pooled resource nobody contributes to. [resource]
- resource_without_user: a pooled resource nobody uses. [resource]

existing_services (existing clusters only)
- existing_without_improvement: an existing cluster with no improvement action. [—]

governance
- balance_threshold_invalid: the design's balance threshold is outside 0-50; the bodies are
  judged against the nearest valid value. [threshold_pct, used_pct] (ref None)
- body_without_seats: a governance body with no seats. [body] (ref = body id)
- body_under_threshold: a body whose women or men hold less than the threshold share of the
  seats whose holder's sex is stated (`rules.balance`; exactly at the threshold is balanced).
  [body, under: "women"|"men", women, men, not_stated (seat counts), women_pct, men_pct (exact
  percentages as `Fraction`), threshold_pct] (ref = body id)

financing
- no_coordination_line: no budget line of category coordination (also when there is no budget
  line at all). [—]

evaluation (ref = indicator id)
- indicator_without_baseline: no baseline value or no baseline date; by-sex indicators need
  the figure for women and for men, the others one figure. [indicator, missing: "value" |
  "date" | "value_and_date"]
- indicator_without_target: no target, for target kinds other than "none". Range, at least, at
  most and gap targets need a value (`target_value`, or for a by-sex indicator the figure for
  women and for men); "trend" needs no value. Every kind but "none" needs a target date.
  [indicator, missing: "value" | "date" | "value_and_date"]
- target_before_baseline: the target date is not after the baseline date (progress is drawn
  from one to the other, so the same day is refused too). [indicator, baseline_date,
  target_date (ISO)]
- target_range_inverted: a range target whose upper bound is below its lower bound.
  [indicator, low, high]

agreement
- final_without_all_signatories: the agreement is final but a party has no signatory row; one
  problem per such party. [actor] (ref = actor id)
- signatory_without_representative: a signatory row with no representative. [actor_id, actor]
  (ref = signatory id)
- signatory_not_party: a signatory row for an actor not marked as signatory, or for an actor
  that is not in the design. [actor_id, actor] (ref = signatory id)
- duplicate_signatory: a second signatory row for the same actor. [actor_id, actor]
  (ref = the later signatory's id)
"""

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from deseo_desktop.model.enums import (
    ActorKind,
    AgreementStatus,
    BudgetCategory,
    ClusterKind,
    Disaggregation,
    Sex,
    TargetKind,
    WizardStep,
)

from .balance import SexCounts, balance

MIN_PARTIES = 3
BASELINE_GROUPS = ("workforce", "managers", "board")
STEP_ORDER: tuple[str, ...] = tuple(s.value for s in WizardStep)


@dataclass(frozen=True)
class Headcount:
    """Women / men / not stated as entered: None when not given; may hold bad (negative) input."""

    women: int | None = None
    men: int | None = None
    not_stated: int | None = None

    @property
    def given(self) -> bool:
        """Women and men are both given (zero counts)."""
        return self.women is not None and self.men is not None

    @property
    def any_given(self) -> bool:
        return self.women is not None or self.men is not None or self.not_stated is not None


@dataclass(frozen=True)
class ActorFacts:
    id: str
    name: str = ""
    kind: str = ActorKind.SOCIAL_COOPERATIVE.value
    is_signatory: bool = False
    workforce: Headcount = field(default_factory=Headcount)
    managers: Headcount = field(default_factory=Headcount)
    board: Headcount = field(default_factory=Headcount)

    @property
    def has_baseline(self) -> bool:
        return all(getattr(self, g).given for g in BASELINE_GROUPS)

    @property
    def any_baseline(self) -> bool:
        return any(getattr(self, g).any_given for g in BASELINE_GROUPS)


@dataclass(frozen=True)
class ResourceFacts:
    id: str
    name: str = ""
    contributors: int = 0  # contribution rows
    users: int = 0  # resource-use rows


@dataclass(frozen=True)
class BodyFacts:
    id: str
    name: str = ""
    seat_sexes: tuple[str, ...] = ()  # one Sex code per seat


@dataclass(frozen=True)
class IndicatorFacts:
    id: str
    name: str = ""
    disaggregation: str = Disaggregation.BY_SEX.value
    target_kind: str = TargetKind.AT_LEAST.value
    baseline_date: date | None = None
    baseline_women: float | None = None
    baseline_men: float | None = None
    baseline_value: float | None = None
    target_date: date | None = None
    target_women: float | None = None
    target_men: float | None = None
    target_value: float | None = None
    target_high: float | None = None

    @property
    def by_sex(self) -> bool:
        return self.disaggregation == Disaggregation.BY_SEX

    @property
    def has_baseline_value(self) -> bool:
        if self.by_sex:
            return self.baseline_women is not None and self.baseline_men is not None
        return self.baseline_value is not None

    @property
    def needs_target(self) -> bool:
        return self.target_kind != TargetKind.NONE

    @property
    def has_target_value(self) -> bool:
        if self.target_kind in (TargetKind.NONE, TargetKind.TREND):
            return True
        if self.target_value is not None:
            return True
        return self.by_sex and self.target_women is not None and self.target_men is not None


@dataclass(frozen=True)
class SignatoryFacts:
    id: str
    actor_id: str
    representative: str = ""


@dataclass(frozen=True)
class DesignFacts:
    """What the review and the wizard outline need to know about one design.

    Rows come in their display order (by position). Counts of rows whose content the review
    does not inspect are plain integers.
    """

    title: str = ""
    territory_name: str = ""
    cluster_kind: str = ClusterKind.NEW.value
    balance_threshold_pct: int = 40
    actors: tuple[ActorFacts, ...] = ()
    resources: tuple[ResourceFacts, ...] = ()
    skill_exchanges: int = 0
    improvement_actions: int = 0
    bodies: tuple[BodyFacts, ...] = ()
    management_systems: int = 0
    budget_categories: tuple[str, ...] = ()  # one per budget line
    funders: int = 0
    valorisation_actions: int = 0
    indicators: tuple[IndicatorFacts, ...] = ()
    agreement_status: str = AgreementStatus.DRAFT.value
    signatories: tuple[SignatoryFacts, ...] = ()
    commitments: int = 0

    @property
    def parties(self) -> tuple[ActorFacts, ...]:
        """The actors that sign the agreement."""
        return tuple(a for a in self.actors if a.is_signatory)

    @property
    def is_existing(self) -> bool:
        return self.cluster_kind == ClusterKind.EXISTING


# Problems that say something is still missing; every other code says two facts contradict
# each other (or a value is impossible). The wizard outline shows a step still being filled in
# as "in progress" despite its gaps, but flags an inconsistency at once (see rules.flow).
GAP_CODES = frozenset(
    {
        "no_title",
        "no_territory",
        "few_parties",
        "no_local_authority",
        "actor_without_baseline",
        "resource_without_contributor",
        "resource_without_user",
        "existing_without_improvement",
        "body_without_seats",
        "no_coordination_line",
        "indicator_without_baseline",
        "indicator_without_target",
        "signatory_without_representative",
    }
)
INCONSISTENCY_CODES = frozenset(
    {
        "negative_count",
        "managers_exceed_workforce",
        "balance_threshold_invalid",
        "body_under_threshold",
        "target_before_baseline",
        "target_range_inverted",
        "final_without_all_signatories",
        "signatory_not_party",
        "duplicate_signatory",
    }
)
CODES = GAP_CODES | INCONSISTENCY_CODES


@dataclass(frozen=True)
class Problem:
    code: str
    step: str  # a WizardStep value
    ref: str | None = None  # the id of the row concerned, None for the design as a whole
    params: dict[str, Any] = field(default_factory=dict, hash=False, compare=True)

    @property
    def is_gap(self) -> bool:
        """Something missing (rather than contradictory)."""
        return self.code in GAP_CODES


def review(facts: DesignFacts) -> list[Problem]:
    """Every problem of the design, grouped by step in the wizard's order."""
    found = [
        *_start(facts),
        *_actors(facts),
        *_baseline(facts),
        *_pooling(facts),
        *_existing_services(facts),
        *_governance(facts),
        *_financing(facts),
        *_evaluation(facts),
        *_agreement(facts),
    ]
    # Stable: keeps the row and check order inside each step.
    return sorted(found, key=lambda p: STEP_ORDER.index(p.step))


def problems_by_step(problems: list[Problem]) -> dict[str, list[Problem]]:
    """The problems under their steps, steps in wizard order (steps with none left out)."""
    out: dict[str, list[Problem]] = {}
    for p in sorted(problems, key=lambda p: STEP_ORDER.index(p.step)):
        out.setdefault(p.step, []).append(p)
    return out


# --- the checks, one function per step ----------------------------------------------------


def _start(f: DesignFacts) -> list[Problem]:
    step = WizardStep.START.value
    out = []
    if not f.title.strip():
        out.append(Problem("no_title", step))
    if not f.territory_name.strip():
        out.append(Problem("no_territory", step))
    return out


def _actors(f: DesignFacts) -> list[Problem]:
    step = WizardStep.ACTORS.value
    out = []
    parties = len(f.parties)
    if parties < MIN_PARTIES:
        out.append(Problem("few_parties", step, params={"count": parties, "minimum": MIN_PARTIES}))
    if not any(a.kind == ActorKind.LOCAL_AUTHORITY for a in f.actors):
        out.append(Problem("no_local_authority", step))
    return out


def _baseline(f: DesignFacts) -> list[Problem]:
    step = WizardStep.BASELINE.value
    out = []
    for a in f.actors:
        missing = [g for g in BASELINE_GROUPS if not getattr(a, g).given]
        if missing:
            out.append(
                Problem("actor_without_baseline", step, a.id, {"actor": a.name, "missing": missing})
            )
        for group in BASELINE_GROUPS:
            counts: Headcount = getattr(a, group)
            for sex in ("women", "men", "not_stated"):
                value = getattr(counts, sex)
                if value is not None and value < 0:
                    out.append(
                        Problem(
                            "negative_count",
                            step,
                            a.id,
                            {"actor": a.name, "field": f"{group}_{sex}", "value": value},
                        )
                    )
        for sex in ("women", "men"):
            managers, workforce = getattr(a.managers, sex), getattr(a.workforce, sex)
            if managers is not None and workforce is not None and managers > workforce >= 0:
                out.append(
                    Problem(
                        "managers_exceed_workforce",
                        step,
                        a.id,
                        {"actor": a.name, "sex": sex, "managers": managers, "workforce": workforce},
                    )
                )
    return out


def _pooling(f: DesignFacts) -> list[Problem]:
    step = WizardStep.POOLING.value
    out = []
    for r in f.resources:
        if r.contributors <= 0:
            out.append(Problem("resource_without_contributor", step, r.id, {"resource": r.name}))
        if r.users <= 0:
            out.append(Problem("resource_without_user", step, r.id, {"resource": r.name}))
    return out


def _existing_services(f: DesignFacts) -> list[Problem]:
    if f.is_existing and f.improvement_actions <= 0:
        return [Problem("existing_without_improvement", WizardStep.EXISTING_SERVICES.value)]
    return []


def valid_threshold(threshold_pct: int) -> int:
    """The threshold clamped to what `rules.balance` accepts (0-50)."""
    return min(max(threshold_pct, 0), 50)


def _governance(f: DesignFacts) -> list[Problem]:
    step = WizardStep.GOVERNANCE.value
    out = []
    threshold = valid_threshold(f.balance_threshold_pct)
    if threshold != f.balance_threshold_pct:
        out.append(
            Problem(
                "balance_threshold_invalid",
                step,
                params={"threshold_pct": f.balance_threshold_pct, "used_pct": threshold},
            )
        )
    for body in f.bodies:
        if not body.seat_sexes:
            out.append(Problem("body_without_seats", step, body.id, {"body": body.name}))
            continue
        counts = SexCounts(
            women=sum(1 for s in body.seat_sexes if s == Sex.WOMAN),
            men=sum(1 for s in body.seat_sexes if s == Sex.MAN),
            not_stated=sum(1 for s in body.seat_sexes if s not in (Sex.WOMAN, Sex.MAN)),
        )
        result = balance(counts, threshold)
        if result.status in ("few_women", "few_men"):
            out.append(
                Problem(
                    "body_under_threshold",
                    step,
                    body.id,
                    {
                        "body": body.name,
                        "under": "women" if result.status == "few_women" else "men",
                        "women": counts.women,
                        "men": counts.men,
                        "not_stated": counts.not_stated,
                        "women_pct": result.women_share * 100,
                        "men_pct": result.men_share * 100,
                        "threshold_pct": threshold,
                    },
                )
            )
    return out


def _financing(f: DesignFacts) -> list[Problem]:
    if BudgetCategory.COORDINATION not in f.budget_categories:
        return [Problem("no_coordination_line", WizardStep.FINANCING.value)]
    return []


def _missing(value: bool, when: bool) -> str | None:
    if not value and not when:
        return "value_and_date"
    if not value:
        return "value"
    if not when:
        return "date"
    return None


def _evaluation(f: DesignFacts) -> list[Problem]:
    step = WizardStep.EVALUATION.value
    out = []
    for i in f.indicators:
        name = {"indicator": i.name}
        missing = _missing(i.has_baseline_value, i.baseline_date is not None)
        if missing:
            out.append(
                Problem("indicator_without_baseline", step, i.id, {**name, "missing": missing})
            )
        if i.needs_target:
            missing = _missing(i.has_target_value, i.target_date is not None)
            if missing:
                out.append(
                    Problem("indicator_without_target", step, i.id, {**name, "missing": missing})
                )
        if i.baseline_date and i.target_date and i.target_date <= i.baseline_date:
            out.append(
                Problem(
                    "target_before_baseline",
                    step,
                    i.id,
                    {
                        **name,
                        "baseline_date": i.baseline_date.isoformat(),
                        "target_date": i.target_date.isoformat(),
                    },
                )
            )
        if (
            i.target_kind == TargetKind.RANGE
            and i.target_value is not None
            and i.target_high is not None
            and i.target_high < i.target_value
        ):
            out.append(
                Problem(
                    "target_range_inverted",
                    step,
                    i.id,
                    {**name, "low": i.target_value, "high": i.target_high},
                )
            )
    return out


def _agreement(f: DesignFacts) -> list[Problem]:
    step = WizardStep.AGREEMENT.value
    out = []
    actors = {a.id: a for a in f.actors}
    signed = {s.actor_id for s in f.signatories}
    if f.agreement_status == AgreementStatus.FINAL:
        for a in f.parties:
            if a.id not in signed:
                out.append(Problem("final_without_all_signatories", step, a.id, {"actor": a.name}))
    seen: set[str] = set()
    for s in f.signatories:
        actor = actors.get(s.actor_id)
        params = {"actor_id": s.actor_id, "actor": actor.name if actor else ""}
        if not s.representative.strip():
            out.append(Problem("signatory_without_representative", step, s.id, params))
        if actor is None or not actor.is_signatory:
            out.append(Problem("signatory_not_party", step, s.id, params))
        if s.actor_id in seen:
            out.append(Problem("duplicate_signatory", step, s.id, params))
        seen.add(s.actor_id)
    return out
