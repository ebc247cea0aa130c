"""The wizard's flow: steps per cluster kind, next/back, resuming, and each step's state."""

from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_review import _with_actor, clean  # pytest puts tests/rules on sys.path

from deseo_desktop.model.enums import AgreementStatus, ClusterKind, Sex, WizardStep
from deseo_desktop.rules.flow import (
    COMPLETE,
    HAS_PROBLEMS,
    IN_PROGRESS,
    NOT_STARTED,
    next_step,
    previous_step,
    resume_step,
    step_states,
    steps_for,
)
from deseo_desktop.rules.review import (
    ActorFacts,
    BodyFacts,
    DesignFacts,
    Headcount,
    IndicatorFacts,
    ResourceFacts,
    SignatoryFacts,
    review,
)

NEW, EXISTING = ClusterKind.NEW.value, ClusterKind.EXISTING.value
NEW_STEPS = [
    "start",
    "actors",
    "baseline",
    "pooling",
    "governance",
    "financing",
    "valorisation",
    "evaluation",
    "agreement",
    "review",
]
EXISTING_STEPS = NEW_STEPS[:4] + ["existing_services"] + NEW_STEPS[4:]


def test_steps_for_each_kind():
    assert steps_for(NEW) == NEW_STEPS
    assert steps_for(EXISTING) == EXISTING_STEPS == [s.value for s in WizardStep]
    with pytest.raises(ValueError):
        steps_for("other")


@pytest.mark.parametrize(("kind", "steps"), [(NEW, NEW_STEPS), (EXISTING, EXISTING_STEPS)])
def test_next_and_previous_walk_the_steps(kind, steps):
    walked = [steps[0]]
    while (after := next_step(walked[-1], kind)) is not None:
        walked.append(after)
    assert walked == steps
    back = [steps[-1]]
    while (before := previous_step(back[-1], kind)) is not None:
        back.append(before)
    assert back == steps[::-1]


def test_the_existing_services_step_is_skipped_for_a_new_cluster():
    assert next_step("pooling", NEW) == "governance"
    assert previous_step("governance", NEW) == "pooling"
    assert next_step("pooling", EXISTING) == "existing_services"
    assert previous_step("governance", EXISTING) == "existing_services"
    # a design switched to "new" while on that step still moves on and back
    assert next_step("existing_services", NEW) == "governance"
    assert previous_step("existing_services", NEW) == "pooling"


def test_unknown_steps_are_refused():
    with pytest.raises(ValueError):
        next_step("nowhere", NEW)
    with pytest.raises(ValueError):
        previous_step("", EXISTING)


def test_resume_step():
    assert resume_step("governance", NEW) == "governance"
    assert resume_step("existing_services", EXISTING) == "existing_services"
    assert resume_step("existing_services", NEW) == "pooling"
    assert resume_step("gone", NEW) == "start"
    assert resume_step(None, EXISTING) == "start"


def test_a_blank_design_is_not_started_anywhere():
    states = step_states(DesignFacts())
    assert states == {s: NOT_STARTED for s in NEW_STEPS}
    existing = step_states(DesignFacts(cluster_kind=EXISTING))
    assert list(existing) == EXISTING_STEPS
    assert set(existing.values()) == {NOT_STARTED}


def test_a_design_with_only_a_title_and_territory():
    states = step_states(DesignFacts(title="T", territory_name="Place"))
    assert states["start"] == COMPLETE
    assert states["review"] == IN_PROGRESS
    assert all(states[s] == NOT_STARTED for s in NEW_STEPS[1:-1])


def test_a_complete_design_is_complete_everywhere():
    assert step_states(clean()) == {s: COMPLETE for s in EXISTING_STEPS}
    new = replace(clean(), cluster_kind=NEW, improvement_actions=0)
    assert step_states(new) == {s: COMPLETE for s in NEW_STEPS}


def test_start():
    assert step_states(replace(clean(), title=""))["start"] == IN_PROGRESS
    assert step_states(replace(clean(), title="", territory_name=""))["start"] == NOT_STARTED


def test_actors_count_up_to_three():
    one = ActorFacts("a", kind="local_authority", is_signatory=True)
    facts = DesignFacts(title="T", territory_name="P")
    assert step_states(facts)["actors"] == NOT_STARTED
    assert step_states(replace(facts, actors=(one,)))["actors"] == IN_PROGRESS
    two = (one, replace(one, id="b"))
    assert step_states(replace(facts, actors=two))["actors"] == IN_PROGRESS
    three = (*two, replace(one, id="c"))
    assert step_states(replace(facts, actors=three))["actors"] == COMPLETE
    # three actors, but two parties: done counting, still a gap
    three_two_parties = (*two, replace(one, id="c", is_signatory=False))
    assert step_states(replace(facts, actors=three_two_parties))["actors"] == HAS_PROBLEMS


def test_baseline():
    bare = tuple(ActorFacts(a.id, a.name, a.kind, a.is_signatory) for a in clean().actors)
    assert step_states(replace(clean(), actors=bare))["baseline"] == NOT_STARTED
    partial = _with_actor(clean(), "coop", board=Headcount())
    assert step_states(partial)["baseline"] == IN_PROGRESS
    negative = _with_actor(clean(), "coop", board=Headcount(None, -1))
    assert step_states(negative)["baseline"] == HAS_PROBLEMS  # inconsistency beats progress


def test_pooling():
    assert step_states(replace(clean(), resources=(), skill_exchanges=0))["pooling"] == NOT_STARTED
    assert step_states(replace(clean(), resources=()))["pooling"] == IN_PROGRESS
    lonely = replace(clean(), resources=(ResourceFacts("r", "R", 0, 1),))
    assert step_states(lonely)["pooling"] == HAS_PROBLEMS


def test_existing_services():
    facts = replace(clean(), improvement_actions=0)
    assert step_states(facts)["existing_services"] == NOT_STARTED
    assert [p.code for p in review(facts)] == ["existing_without_improvement"]
    assert step_states(facts)["review"] == IN_PROGRESS
    assert "existing_services" not in step_states(replace(facts, cluster_kind=NEW))


def test_governance():
    none = replace(clean(), bodies=(), management_systems=0)
    assert step_states(none)["governance"] == NOT_STARTED
    assert step_states(replace(none, management_systems=1))["governance"] == IN_PROGRESS
    empty_body = replace(clean(), bodies=(*clean().bodies, BodyFacts("b2", "Assembly")))
    assert step_states(empty_body)["governance"] == IN_PROGRESS
    unbalanced = replace(clean(), bodies=(BodyFacts("b", "Board", (Sex.MAN,) * 5),))
    assert step_states(unbalanced)["governance"] == HAS_PROBLEMS
    assert step_states(unbalanced)["review"] == HAS_PROBLEMS


def test_financing_valorisation_evaluation():
    facts = replace(clean(), budget_categories=(), funders=0)
    assert step_states(facts)["financing"] == NOT_STARTED
    assert step_states(replace(facts, funders=1))["financing"] == IN_PROGRESS
    assert step_states(replace(facts, budget_categories=("training",)))["financing"] == (
        HAS_PROBLEMS
    )
    assert step_states(replace(clean(), valorisation_actions=0))["valorisation"] == NOT_STARTED
    assert step_states(replace(clean(), indicators=()))["evaluation"] == NOT_STARTED
    no_target = replace(clean(), indicators=(IndicatorFacts("i", "I"),))
    assert step_states(no_target)["evaluation"] == HAS_PROBLEMS


def test_agreement():
    draft = replace(
        clean(), agreement_status=AgreementStatus.DRAFT.value, signatories=(), commitments=0
    )
    assert step_states(draft)["agreement"] == NOT_STARTED
    some = replace(draft, signatories=clean().signatories[:1])
    assert step_states(some)["agreement"] == IN_PROGRESS
    # final with a party unsigned: an inconsistency, flagged even before the step is done
    final = replace(some, agreement_status=AgreementStatus.FINAL.value)
    assert step_states(final)["agreement"] == HAS_PROBLEMS
    unnamed = replace(
        clean(), signatories=(*clean().signatories[:2], SignatoryFacts("s", "assoc", ""))
    )
    assert step_states(unnamed)["agreement"] == HAS_PROBLEMS


def test_problems_passed_in_are_the_ones_used():
    facts = clean()
    states = step_states(facts, [])
    assert states == {s: COMPLETE for s in EXISTING_STEPS}
    forced = review(replace(facts, title=""))
    assert step_states(facts, forced)["start"] == HAS_PROBLEMS


@given(st.sampled_from([NEW, EXISTING]), st.sampled_from([s.value for s in WizardStep]))
def test_next_then_previous_comes_back(kind, step):
    after = next_step(step, kind)
    if after is not None and step in steps_for(kind):
        assert previous_step(after, kind) == step
