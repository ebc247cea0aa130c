"""The design review as a pure function: each code appears with its fault and only then."""

from dataclasses import replace
from datetime import date
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

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
from deseo_desktop.rules.flow import STATES, step_states, steps_for
from deseo_desktop.rules.review import (
    CODES,
    GAP_CODES,
    INCONSISTENCY_CODES,
    STEP_ORDER,
    ActorFacts,
    BodyFacts,
    DesignFacts,
    Headcount,
    IndicatorFacts,
    Problem,
    ResourceFacts,
    SignatoryFacts,
    problems_by_step,
    review,
)

FULL = Headcount(10, 8, 1)


def _actor(id_, kind=ActorKind.SOCIAL_COOPERATIVE, signatory=True, **kw) -> ActorFacts:
    values = dict(workforce=FULL, managers=Headcount(2, 1, 0), board=Headcount(3, 3, 0))
    values.update(kw)
    return ActorFacts(id_, f"Actor {id_}", kind.value, signatory, **values)


def clean() -> DesignFacts:
    """A complete existing-cluster design with no problem at all."""
    return DesignFacts(
        title="Care Together",
        territory_name="Valdoria",
        cluster_kind=ClusterKind.EXISTING.value,
        balance_threshold_pct=40,
        actors=(
            _actor("la", ActorKind.LOCAL_AUTHORITY),
            _actor("coop"),
            _actor("assoc", ActorKind.ASSOCIATION),
            _actor("funder", ActorKind.FOUNDATION, signatory=False),
        ),
        resources=(ResourceFacts("r1", "Nursery", contributors=2, users=3),),
        skill_exchanges=1,
        improvement_actions=1,
        bodies=(BodyFacts("b1", "Steering", (Sex.WOMAN, Sex.MAN, Sex.WOMAN, Sex.MAN)),),
        management_systems=1,
        budget_categories=(BudgetCategory.COORDINATION.value, BudgetCategory.TRAINING.value),
        funders=1,
        valorisation_actions=1,
        indicators=(
            IndicatorFacts(
                "i-sex",
                "Open-ended contracts",
                Disaggregation.BY_SEX.value,
                TargetKind.AT_LEAST.value,
                baseline_date=date(2025, 12, 31),
                baseline_women=58.0,
                baseline_men=71.0,
                target_date=date(2028, 12, 31),
                target_women=72.0,
                target_men=74.0,
            ),
            IndicatorFacts(
                "i-single",
                "Pooled care measures",
                Disaggregation.SINGLE.value,
                TargetKind.AT_LEAST.value,
                baseline_date=date(2025, 12, 31),
                baseline_value=0.0,
                target_date=date(2026, 12, 31),
                target_value=2.0,
            ),
            IndicatorFacts(
                "i-range",
                "Women's share of the workforce",
                Disaggregation.COMPUTED.value,
                TargetKind.RANGE.value,
                baseline_date=date(2025, 12, 31),
                baseline_value=74.2,
                target_date=date(2028, 12, 31),
                target_value=40.0,
                target_high=60.0,
            ),
            IndicatorFacts(
                "i-trend",
                "Men taking care leave",
                Disaggregation.BY_SEX.value,
                TargetKind.TREND.value,
                baseline_date=date(2025, 12, 31),
                baseline_women=80.0,
                baseline_men=12.0,
                target_date=date(2027, 12, 31),
            ),
            IndicatorFacts(
                "i-none",
                "Harassment reports",
                Disaggregation.BY_SEX.value,
                TargetKind.NONE.value,
                baseline_date=date(2025, 12, 31),
                baseline_women=0.0,
                baseline_men=0.0,
            ),
        ),
        agreement_status=AgreementStatus.FINAL.value,
        signatories=(
            SignatoryFacts("s-la", "la", "Ornella Vitali"),
            SignatoryFacts("s-coop", "coop", "Chiara Bellandi"),
            SignatoryFacts("s-assoc", "assoc", "Rosa Gallo"),
        ),
        commitments=3,
    )


def _with_actor(facts: DesignFacts, id_: str, **changes) -> DesignFacts:
    actors = tuple(replace(a, **changes) if a.id == id_ else a for a in facts.actors)
    return replace(facts, actors=actors)


def _with_indicator(facts: DesignFacts, id_: str, **changes) -> DesignFacts:
    items = tuple(replace(i, **changes) if i.id == id_ else i for i in facts.indicators)
    return replace(facts, indicators=items)


def _with_signatory(facts: DesignFacts, id_: str, **changes) -> DesignFacts:
    items = tuple(replace(s, **changes) if s.id == id_ else s for s in facts.signatories)
    return replace(facts, signatories=items)


def _seats(*sexes: str) -> DesignFacts:
    return replace(clean(), bodies=(BodyFacts("b1", "Steering", tuple(sexes)),))


def codes(facts: DesignFacts) -> set[tuple[str, str, str | None]]:
    return {(p.code, p.step, p.ref) for p in review(facts)}


def test_the_clean_design_has_no_problem():
    assert review(clean()) == []


# (code, step, ref, facts that have the fault); each case must produce exactly that problem.
CASES = [
    ("no_title", "start", None, replace(clean(), title="  \n ")),
    ("no_territory", "start", None, replace(clean(), territory_name="")),
    (
        # two parties left: the third actor is no longer marked as signatory, nor has a row
        "few_parties",
        "actors",
        None,
        replace(
            _with_actor(clean(), "assoc", is_signatory=False),
            signatories=clean().signatories[:2],
        ),
    ),
    (
        "no_local_authority",
        "actors",
        None,
        _with_actor(clean(), "la", kind=ActorKind.MUTUAL.value),
    ),
    (
        "actor_without_baseline",
        "baseline",
        "coop",
        _with_actor(clean(), "coop", board=Headcount(3, None, 0)),
    ),
    (
        "negative_count",
        "baseline",
        "assoc",
        _with_actor(clean(), "assoc", workforce=Headcount(10, 8, -1)),
    ),
    (
        "managers_exceed_workforce",
        "baseline",
        "coop",
        _with_actor(clean(), "coop", managers=Headcount(11, 1, 0)),
    ),
    (
        "resource_without_contributor",
        "pooling",
        "r1",
        replace(clean(), resources=(ResourceFacts("r1", "Nursery", 0, 3),)),
    ),
    (
        "resource_without_user",
        "pooling",
        "r1",
        replace(clean(), resources=(ResourceFacts("r1", "Nursery", 2, 0),)),
    ),
    (
        "existing_without_improvement",
        "existing_services",
        None,
        replace(clean(), improvement_actions=0),
    ),
    (
        "balance_threshold_invalid",
        "governance",
        None,
        replace(clean(), balance_threshold_pct=70),
    ),
    ("body_without_seats", "governance", "b1", _seats()),
    ("body_under_threshold", "governance", "b1", _seats(Sex.WOMAN, Sex.MAN, Sex.MAN, Sex.MAN)),
    (
        "no_coordination_line",
        "financing",
        None,
        replace(clean(), budget_categories=(BudgetCategory.TRAINING.value,)),
    ),
    (
        "indicator_without_baseline",
        "evaluation",
        "i-sex",
        _with_indicator(clean(), "i-sex", baseline_men=None),
    ),
    (
        "indicator_without_target",
        "evaluation",
        "i-single",
        _with_indicator(clean(), "i-single", target_value=None),
    ),
    (
        "target_before_baseline",
        "evaluation",
        "i-range",
        _with_indicator(clean(), "i-range", target_date=date(2025, 6, 30)),
    ),
    (
        "target_range_inverted",
        "evaluation",
        "i-range",
        _with_indicator(clean(), "i-range", target_value=60.0, target_high=40.0),
    ),
    (
        "final_without_all_signatories",
        "agreement",
        "assoc",
        replace(clean(), signatories=clean().signatories[:2]),
    ),
    (
        "signatory_without_representative",
        "agreement",
        "s-coop",
        _with_signatory(clean(), "s-coop", representative="   "),
    ),
    (
        "signatory_not_party",
        "agreement",
        "s-x",
        replace(clean(), signatories=(*clean().signatories, SignatoryFacts("s-x", "funder", "A"))),
    ),
    (
        "duplicate_signatory",
        "agreement",
        "s-again",
        replace(clean(), signatories=(*clean().signatories, SignatoryFacts("s-again", "la", "B"))),
    ),
]


def test_every_code_has_a_case():
    assert {c[0] for c in CASES} == CODES
    assert GAP_CODES.isdisjoint(INCONSISTENCY_CODES)


@pytest.mark.parametrize(("code", "step", "ref", "facts"), CASES, ids=[c[0] for c in CASES])
def test_each_fault_gives_exactly_its_problem(code, step, ref, facts):
    assert codes(facts) == {(code, step, ref)}
    assert code not in {c for c, _, _ in codes(clean())}


def test_a_blank_design_lacks_parties_a_local_authority_and_coordination():
    assert [p.code for p in review(DesignFacts(title="T", territory_name="Place"))] == [
        "few_parties",
        "no_local_authority",
        "no_coordination_line",
    ]
    existing = DesignFacts(cluster_kind=ClusterKind.EXISTING.value)
    assert [p.code for p in review(existing)] == [
        "no_title",
        "no_territory",
        "few_parties",
        "no_local_authority",
        "existing_without_improvement",
        "no_coordination_line",
    ]


def test_a_new_cluster_needs_no_improvement_action():
    facts = replace(clean(), cluster_kind=ClusterKind.NEW.value, improvement_actions=0)
    assert review(facts) == []


def test_few_parties_counts_signatory_actors_only():
    facts = replace(clean(), actors=tuple(replace(a, is_signatory=False) for a in clean().actors))
    few = [p for p in review(facts) if p.code == "few_parties"]
    assert few == [Problem("few_parties", "actors", None, {"count": 0, "minimum": 3})]


def test_body_under_threshold_gives_exact_shares_and_the_missing_sex():
    facts = _seats(Sex.WOMAN, Sex.MAN, Sex.MAN, Sex.NOT_STATED)
    (p,) = review(facts)
    assert p.params == {
        "body": "Steering",
        "under": "women",
        "women": 1,
        "men": 2,
        "not_stated": 1,
        "women_pct": Fraction(100, 3),
        "men_pct": Fraction(200, 3),
        "threshold_pct": 40,
    }
    (p,) = review(_seats(Sex.WOMAN, Sex.WOMAN, Sex.WOMAN, Sex.WOMAN, Sex.MAN))
    assert p.params["under"] == "men" and p.params["men_pct"] == 20


def test_the_threshold_is_the_designs_and_exactly_at_it_is_balanced():
    two_of_five = _seats(Sex.WOMAN, Sex.WOMAN, Sex.MAN, Sex.MAN, Sex.MAN)
    assert review(two_of_five) == []  # 40% exactly
    assert [p.code for p in review(replace(two_of_five, balance_threshold_pct=45))] == [
        "body_under_threshold"
    ]
    only_not_stated = _seats(Sex.NOT_STATED, Sex.NOT_STATED)
    assert review(only_not_stated) == []  # nothing to judge: not a balance problem


def test_baseline_lists_the_missing_groups_and_zero_is_a_number():
    facts = _with_actor(
        clean(), "coop", workforce=Headcount(0, 0), managers=Headcount(), board=Headcount(None, 2)
    )
    (p,) = review(facts)
    assert p.params == {"actor": "Actor coop", "missing": ["managers", "board"]}


def test_negative_counts_name_the_field():
    facts = _with_actor(clean(), "coop", managers=Headcount(-2, 1, 0))
    (p,) = review(facts)
    assert p.code == "negative_count" and p.params["field"] == "managers_women"
    assert p.params["value"] == -2


@pytest.mark.parametrize(
    ("changes", "missing"),
    [
        ({"baseline_value": None}, "value"),
        ({"baseline_date": None}, "date"),
        ({"baseline_value": None, "baseline_date": None}, "value_and_date"),
    ],
)
def test_indicator_baseline_says_what_is_missing(changes, missing):
    (p,) = review(_with_indicator(clean(), "i-single", **changes))
    assert (p.code, p.ref, p.params["missing"]) == (
        "indicator_without_baseline",
        "i-single",
        missing,
    )


def test_targets_by_kind():
    # a by-sex indicator may give one figure (a gap, a ratio) instead of one per sex
    one_figure = _with_indicator(
        clean(), "i-sex", target_women=None, target_men=None, target_value=5.0
    )
    assert review(one_figure) == []
    half = _with_indicator(clean(), "i-sex", target_men=None)
    assert [(p.code, p.params["missing"]) for p in review(half)] == [
        ("indicator_without_target", "value")
    ]
    # a trend needs only its date; "none" needs nothing
    no_date = _with_indicator(clean(), "i-trend", target_date=None)
    assert [(p.code, p.params["missing"]) for p in review(no_date)] == [
        ("indicator_without_target", "date")
    ]
    assert review(_with_indicator(clean(), "i-none", target_date=None)) == []


def test_a_target_on_the_baseline_day_is_refused_too():
    same = _with_indicator(clean(), "i-single", target_date=date(2025, 12, 31))
    (p,) = review(same)
    assert p.code == "target_before_baseline"
    assert p.params["baseline_date"] == p.params["target_date"] == "2025-12-31"


def test_signatories_are_only_required_once_final():
    missing = replace(clean(), signatories=())
    final = [(p.code, p.ref) for p in review(missing)]
    assert final == [
        ("final_without_all_signatories", "la"),
        ("final_without_all_signatories", "coop"),
        ("final_without_all_signatories", "assoc"),
    ]
    for status in (AgreementStatus.DRAFT, AgreementStatus.IN_NEGOTIATION):
        assert review(replace(missing, agreement_status=status.value)) == []


def test_a_signatory_of_an_unknown_actor_is_not_a_party():
    extra = SignatoryFacts("s-ghost", "ghost", "Someone")
    facts = replace(clean(), signatories=(*clean().signatories, extra))
    (p,) = review(facts)
    assert (p.code, p.ref, p.params) == (
        "signatory_not_party",
        "s-ghost",
        {"actor_id": "ghost", "actor": ""},
    )


def test_problems_come_in_step_order_and_row_order():
    facts = replace(
        clean(),
        title="",
        balance_threshold_pct=70,
        budget_categories=(),
        improvement_actions=0,
        resources=(ResourceFacts("r1", "A"), ResourceFacts("r2", "B", 1, 1), ResourceFacts("r3")),
    )
    facts = _with_actor(facts, "assoc", board=Headcount())
    found = review(facts)
    assert [(p.code, p.ref) for p in found] == [
        ("no_title", None),
        ("actor_without_baseline", "assoc"),
        ("resource_without_contributor", "r1"),
        ("resource_without_user", "r1"),
        ("resource_without_contributor", "r3"),
        ("resource_without_user", "r3"),
        ("existing_without_improvement", None),
        ("balance_threshold_invalid", None),
        ("no_coordination_line", None),
    ]
    grouped = problems_by_step(list(reversed(found)))
    assert list(grouped) == [
        "start",
        "baseline",
        "pooling",
        "existing_services",
        "governance",
        "financing",
    ]


def test_user_text_is_never_in_a_code():
    title = "<b>&amp; = 🌍 Ünïcode</b>"
    facts = replace(clean(), territory_name="", actors=(_actor(title, signatory=False),))
    for p in review(facts):
        assert p.code in CODES and p.step in STEP_ORDER


# --- properties -------------------------------------------------------------------------

small_int = st.one_of(st.none(), st.integers(-3, 40))
small_float = st.one_of(st.none(), st.floats(-10, 100, allow_nan=False))
some_date = st.one_of(st.none(), st.dates(date(2020, 1, 1), date(2030, 12, 31)))
ids = st.sampled_from(["a", "b", "c", "d", "e"])
headcounts = st.builds(Headcount, small_int, small_int, small_int)
actors = st.builds(
    ActorFacts,
    id=ids,
    name=st.text(max_size=5),
    kind=st.sampled_from([k.value for k in ActorKind]),
    is_signatory=st.booleans(),
    workforce=headcounts,
    managers=headcounts,
    board=headcounts,
)
indicators = st.builds(
    IndicatorFacts,
    id=ids,
    disaggregation=st.sampled_from([d.value for d in Disaggregation]),
    target_kind=st.sampled_from([k.value for k in TargetKind]),
    baseline_date=some_date,
    baseline_women=small_float,
    baseline_men=small_float,
    baseline_value=small_float,
    target_date=some_date,
    target_women=small_float,
    target_men=small_float,
    target_value=small_float,
    target_high=small_float,
)
facts_strategy = st.builds(
    DesignFacts,
    title=st.text(max_size=4),
    territory_name=st.text(max_size=4),
    cluster_kind=st.sampled_from([k.value for k in ClusterKind]),
    balance_threshold_pct=st.integers(-10, 110),
    actors=st.lists(actors, max_size=6).map(tuple),
    resources=st.lists(
        st.builds(ResourceFacts, ids, st.text(max_size=3), st.integers(0, 3), st.integers(0, 3)),
        max_size=4,
    ).map(tuple),
    skill_exchanges=st.integers(0, 3),
    improvement_actions=st.integers(0, 3),
    bodies=st.lists(
        st.builds(
            BodyFacts,
            ids,
            st.text(max_size=3),
            st.lists(st.sampled_from([s.value for s in Sex]), max_size=8).map(tuple),
        ),
        max_size=3,
    ).map(tuple),
    management_systems=st.integers(0, 2),
    budget_categories=st.lists(st.sampled_from([c.value for c in BudgetCategory]), max_size=4).map(
        tuple
    ),
    funders=st.integers(0, 2),
    valorisation_actions=st.integers(0, 2),
    indicators=st.lists(indicators, max_size=4).map(tuple),
    agreement_status=st.sampled_from([s.value for s in AgreementStatus]),
    signatories=st.lists(st.builds(SignatoryFacts, ids, ids, st.text(max_size=3)), max_size=5).map(
        tuple
    ),
    commitments=st.integers(0, 3),
)


@given(facts_strategy)
def test_review_never_raises_and_stays_within_the_designs_steps(facts):
    problems = review(facts)
    steps = steps_for(facts.cluster_kind)
    assert all(p.code in CODES and p.step in steps for p in problems)
    order = [STEP_ORDER.index(p.step) for p in problems]
    assert order == sorted(order)
    assert review(facts) == problems  # deterministic
    states = step_states(facts, problems)
    assert list(states) == steps and set(states.values()) <= set(STATES)
    for step, state in states.items():
        if state == "complete":
            assert not [p for p in problems if p.step == step]


@given(facts_strategy)
def test_refs_name_rows_of_the_design(facts):
    row_ids = {
        *(a.id for a in facts.actors),
        *(r.id for r in facts.resources),
        *(b.id for b in facts.bodies),
        *(i.id for i in facts.indicators),
        *(s.id for s in facts.signatories),
    }
    assert all(p.ref is None or p.ref in row_ids for p in review(facts))


def test_step_codes_are_the_wizard_steps():
    assert STEP_ORDER == tuple(s.value for s in WizardStep)
