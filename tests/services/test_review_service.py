"""The review and the wizard outline of designs on a real database file."""

from collections import Counter
from fractions import Fraction

import pytest
from sqlalchemy import select

from deseo_desktop.model import (
    Actor,
    Agreement,
    BudgetLine,
    Contribution,
    Design,
    GovernanceBody,
    ImprovementAction,
    Indicator,
    PooledResource,
    ResourceUse,
)
from deseo_desktop.rules import flow
from deseo_desktop.rules.review import DesignFacts, review
from deseo_desktop.services import library, synthetic
from deseo_desktop.services.design_data import dump_design
from deseo_desktop.services.errors import DesignNotFound
from deseo_desktop.services.review import design_facts, design_step_states, review_design


def found(db, design_id) -> set[tuple[str, str | None]]:
    return {(p.code, p.ref) for p in review_design(db, design_id)}


def one(session, model, design_id, **where):
    stmt = select(model).where(model.design_id == design_id)
    for column, value in where.items():
        stmt = stmt.where(getattr(model, column) == value)
    return session.scalars(stmt).one()


@pytest.fixture
def example(db):
    return library.add_example(db)


def test_the_example_design_has_no_problem(db, example):
    assert review_design(db, example) == []
    states = design_step_states(db, example)
    assert list(states) == [s for s in flow.ALL_STEPS]  # an existing cluster: every step
    assert set(states.values()) == {flow.COMPLETE}


@pytest.mark.parametrize("key", ["back_office", "womens_entrepreneurship"])
def test_the_starter_templates_have_gaps_but_no_inconsistency(db, key):
    """Starters leave the territory, baselines, representatives and figures to be filled in."""
    design_id = library.create_from_template(db, key)
    problems = review_design(db, design_id)
    assert problems and all(p.is_gap for p in problems)
    assert {"no_territory", "actor_without_baseline"} <= {p.code for p in problems}


def test_a_blank_design(db):
    new = library.create_blank(db, library.NewDesign("T", "Place"))
    assert [p.code for p in review_design(db, new)] == [
        "few_parties",
        "no_local_authority",
        "no_coordination_line",
    ]
    states = design_step_states(db, new)
    assert states["start"] == flow.COMPLETE and states["review"] == flow.IN_PROGRESS
    assert "existing_services" not in states
    existing = library.create_blank(db, library.NewDesign("", "", cluster_kind="existing"))
    assert [p.code for p in review_design(db, existing)] == [
        "no_title",
        "no_territory",
        "few_parties",
        "no_local_authority",
        "existing_without_improvement",
        "no_coordination_line",
    ]
    assert set(design_step_states(db, existing).values()) == {flow.NOT_STARTED}


def test_an_unknown_design(db):
    with pytest.raises(DesignNotFound):
        review_design(db, "no-such-id")


def test_title_and_territory(db, example):
    with db.write(example) as s:
        design = s.get(Design, example)
        design.title, design.territory_name = " ", ""
    assert found(db, example) == {("no_title", None), ("no_territory", None)}


def test_parties_and_local_authorities(db, example):
    with db.write(example) as s:
        for name in ("Province of Valdoria", "Municipality of San Vito al Lago"):
            one(s, Actor, example, name=name).kind = "association"
    assert found(db, example) == {("no_local_authority", None)}
    with db.write(example) as s:
        actors = s.scalars(select(Actor).where(Actor.design_id == example)).all()
        signatories = one(s, Agreement, example).signatories
        keep = {a.id for a in actors if a.is_signatory}
        keep = set(sorted(keep)[:2])
        for a in actors:
            a.is_signatory = a.id in keep
        for sig in signatories:
            if sig.actor_id not in keep:
                s.delete(sig)
    assert found(db, example) == {("no_local_authority", None), ("few_parties", None)}
    (few,) = [p for p in review_design(db, example) if p.code == "few_parties"]
    assert few.params == {"count": 2, "minimum": 3}


def test_baseline(db, example):
    with db.write(example) as s:
        aurora = one(s, Actor, example, name="Aurora Social Co-operative")
        aurora.board_men = None
        filo = one(s, Actor, example, name="Filo d'Argento Association")
        filo.managers_women = filo.workforce_women + 1
        orto = one(s, Actor, example, name="Orto Comune Agricultural Co-operative")
        orto.workforce_not_stated = -3
    assert found(db, example) == {
        ("actor_without_baseline", aurora.id),
        ("managers_exceed_workforce", filo.id),
        ("negative_count", orto.id),
    }
    problems = {p.code: p for p in review_design(db, example)}
    assert problems["actor_without_baseline"].params["missing"] == ["board"]
    assert problems["negative_count"].params["field"] == "workforce_not_stated"


def test_pooling(db, example):
    with db.write(example) as s:
        nursery = s.scalars(
            select(PooledResource).where(
                PooledResource.design_id == example, PooledResource.category == "childcare"
            )
        ).one()
        for c in s.scalars(select(Contribution).where(Contribution.resource_id == nursery.id)):
            s.delete(c)
        vehicles = s.scalars(
            select(PooledResource).where(
                PooledResource.design_id == example, PooledResource.category == "mobility"
            )
        ).one()
        for u in s.scalars(select(ResourceUse).where(ResourceUse.resource_id == vehicles.id)):
            s.delete(u)
    assert found(db, example) == {
        ("resource_without_contributor", nursery.id),
        ("resource_without_user", vehicles.id),
    }


def test_improvement_actions(db, example):
    with db.write(example) as s:
        for action in s.scalars(
            select(ImprovementAction).where(ImprovementAction.design_id == example)
        ):
            s.delete(action)
    assert found(db, example) == {("existing_without_improvement", None)}
    assert design_step_states(db, example)["existing_services"] == flow.NOT_STARTED
    with db.write(example) as s:
        s.get(Design, example).cluster_kind = "new"
    assert found(db, example) == set()
    assert "existing_services" not in design_step_states(db, example)


def test_governance_balance(db, example):
    with db.write(example) as s:
        steering = one(s, GovernanceBody, example, kind="steering_committee")
        for seat in steering.seats[:2]:
            seat.sex = "man" if seat.sex == "woman" else seat.sex
        women = sum(seat.sex == "woman" for seat in steering.seats)
    assert women == 2
    (p,) = review_design(db, example)
    assert (p.code, p.ref, p.step) == ("body_under_threshold", steering.id, "governance")
    assert p.params["under"] == "women"
    assert p.params["women_pct"] == Fraction(100, 3)
    assert p.params["threshold_pct"] == 40
    with db.write(example) as s:
        s.get(Design, example).balance_threshold_pct = 30
    assert review_design(db, example) == []
    assert design_step_states(db, example)["governance"] == flow.COMPLETE


def test_coordination_line(db, example):
    with db.write(example) as s:
        s.delete(one(s, BudgetLine, example, category="coordination"))
    assert found(db, example) == {("no_coordination_line", None)}
    assert design_step_states(db, example)["financing"] == flow.HAS_PROBLEMS


def test_indicators(db, example):
    with db.write(example) as s:
        w1 = one(s, Indicator, example, catalogue_code="W1")
        w1.baseline_value = None
        w4 = one(s, Indicator, example, catalogue_code="W4")
        w4.target_women = w4.target_men = w4.target_value = None
        k1 = one(s, Indicator, example, catalogue_code="K1")
        k1.target_date = k1.baseline_date.replace(year=k1.baseline_date.year - 1)
    assert found(db, example) == {
        ("indicator_without_baseline", w1.id),
        ("indicator_without_target", w4.id),
        ("target_before_baseline", k1.id),
    }
    assert design_step_states(db, example)["evaluation"] == flow.HAS_PROBLEMS


def test_agreement(db, example):
    with db.write(example) as s:
        agreement = one(s, Agreement, example)
        agreement.status = "final"
        first, second = agreement.signatories[:2]
        missing_actor = first.actor_id
        s.delete(first)
        second.representative = ""
    assert found(db, example) == {
        ("final_without_all_signatories", missing_actor),
        ("signatory_without_representative", second.id),
    }
    assert design_step_states(db, example)["agreement"] == flow.HAS_PROBLEMS
    with db.write(example) as s:
        one(s, Agreement, example).status = "in_negotiation"
    assert found(db, example) == {("signatory_without_representative", second.id)}


def _facts_from_dump(rows) -> DesignFacts:
    """The same facts built independently from `dump_design`, to check the queries."""
    from deseo_desktop.rules.review import (
        ActorFacts,
        BodyFacts,
        Headcount,
        IndicatorFacts,
        ResourceFacts,
        SignatoryFacts,
    )

    d = rows["design"][0]
    contributions = Counter(c["resource_id"] for c in rows["contribution"])
    uses = Counter(u["resource_id"] for u in rows["resource_use"])
    seats = {}
    for seat in sorted(rows["seat"], key=lambda r: (r["position"], r["id"])):
        seats.setdefault(seat["body_id"], []).append(seat["sex"])

    def head(a, group):
        return Headcount(a[f"{group}_women"], a[f"{group}_men"], a[f"{group}_not_stated"])

    indicator_fields = [f for f in IndicatorFacts.__dataclass_fields__ if f != "id"]
    return DesignFacts(
        title=d["title"],
        territory_name=d["territory_name"],
        cluster_kind=d["cluster_kind"],
        balance_threshold_pct=d["balance_threshold_pct"],
        actors=tuple(
            ActorFacts(
                a["id"],
                a["name"],
                a["kind"],
                a["is_signatory"],
                head(a, "workforce"),
                head(a, "managers"),
                head(a, "board"),
            )
            for a in rows["actor"]
        ),
        resources=tuple(
            ResourceFacts(r["id"], r["name"], contributions[r["id"]], uses[r["id"]])
            for r in rows["pooled_resource"]
        ),
        skill_exchanges=len(rows["skill_exchange"]),
        improvement_actions=len(rows["improvement_action"]),
        bodies=tuple(
            BodyFacts(b["id"], b["name"], tuple(seats.get(b["id"], ())))
            for b in rows["governance_body"]
        ),
        management_systems=len(rows["management_system"]),
        budget_categories=tuple(b["category"] for b in rows["budget_line"]),
        funders=len(rows["funder"]),
        valorisation_actions=len(rows["valorisation_action"]),
        indicators=tuple(
            IndicatorFacts(i["id"], **{f: i[f] for f in indicator_fields})
            for i in rows["indicator"]
        ),
        agreement_status=rows["agreement"][0]["status"],
        signatories=tuple(
            SignatoryFacts(x["id"], x["actor_id"], x["representative"]) for x in rows["signatory"]
        ),
        commitments=len(rows["commitment"]),
    )


def test_facts_of_the_large_synthetic_design(db):
    design_id = synthetic.add_large_design(db)
    facts = design_facts(db, design_id)
    assert len(facts.actors) == 300 and len(facts.resources) == 150
    assert sum(r.contributors for r in facts.resources) == 600
    assert sum(len(b.seat_sexes) for b in facts.bodies) == 40
    assert len(facts.indicators) == 60
    with db.session() as s:
        rows = dump_design(s.connection(), design_id)
    assert facts == _facts_from_dump(rows)
    problems = review(facts)
    assert all(p.step in flow.steps_for(facts.cluster_kind) for p in problems)
    assert set(flow.step_states(facts, problems)) == set(flow.steps_for(facts.cluster_kind))
