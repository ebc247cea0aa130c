"""A design's review and wizard outline, read from the database.

`design_facts` reads just the columns the checks need, in one read session (a handful of
narrow queries, counts grouped in SQL), and hands plain data to `rules.review` and
`rules.flow`.
"""

from sqlalchemy import func, select

from deseo_desktop.model import (
    Actor,
    Agreement,
    BudgetLine,
    Commitment,
    Contribution,
    Design,
    Funder,
    GovernanceBody,
    ImprovementAction,
    Indicator,
    ManagementSystem,
    PooledResource,
    ResourceUse,
    Seat,
    Signatory,
    SkillExchange,
    ValorisationAction,
)
from deseo_desktop.rules import flow
from deseo_desktop.rules.review import (
    ActorFacts,
    BodyFacts,
    DesignFacts,
    Headcount,
    IndicatorFacts,
    Problem,
    ResourceFacts,
    SignatoryFacts,
    review,
)

from .database import Database
from .errors import DesignNotFound


def design_facts(db: Database, design_id: str) -> DesignFacts:
    """What the review needs to know about one design; DesignNotFound if there is none."""
    with db.session() as s:
        design = s.execute(
            select(
                Design.title,
                Design.territory_name,
                Design.cluster_kind,
                Design.balance_threshold_pct,
            ).where(Design.id == design_id)
        ).first()
        if design is None:
            raise DesignNotFound(design_id)

        def count(model) -> int:
            stmt = select(func.count()).select_from(model).where(model.design_id == design_id)
            return s.scalar(stmt) or 0

        actors = tuple(
            ActorFacts(
                id=r.id,
                name=r.name,
                kind=r.kind,
                is_signatory=bool(r.is_signatory),
                workforce=Headcount(r.workforce_women, r.workforce_men, r.workforce_not_stated),
                managers=Headcount(r.managers_women, r.managers_men, r.managers_not_stated),
                board=Headcount(r.board_women, r.board_men, r.board_not_stated),
            )
            for r in s.execute(
                select(
                    Actor.id,
                    Actor.name,
                    Actor.kind,
                    Actor.is_signatory,
                    Actor.workforce_women,
                    Actor.workforce_men,
                    Actor.workforce_not_stated,
                    Actor.managers_women,
                    Actor.managers_men,
                    Actor.managers_not_stated,
                    Actor.board_women,
                    Actor.board_men,
                    Actor.board_not_stated,
                )
                .where(Actor.design_id == design_id)
                .order_by(Actor.position, Actor.id)
            )
        )

        def per_resource(model) -> dict[str, int]:
            return dict(
                s.execute(
                    select(model.resource_id, func.count())
                    .join(PooledResource, PooledResource.id == model.resource_id)
                    .where(PooledResource.design_id == design_id)
                    .group_by(model.resource_id)
                ).all()
            )

        contributors, users = per_resource(Contribution), per_resource(ResourceUse)
        resources = tuple(
            ResourceFacts(r.id, r.name, contributors.get(r.id, 0), users.get(r.id, 0))
            for r in s.execute(
                select(PooledResource.id, PooledResource.name)
                .where(PooledResource.design_id == design_id)
                .order_by(PooledResource.position, PooledResource.id)
            )
        )

        seats: dict[str, list[str]] = {}
        for body_id, sex in s.execute(
            select(Seat.body_id, Seat.sex)
            .join(GovernanceBody, GovernanceBody.id == Seat.body_id)
            .where(GovernanceBody.design_id == design_id)
            .order_by(Seat.body_id, Seat.position, Seat.id)
        ):
            seats.setdefault(body_id, []).append(sex)
        bodies = tuple(
            BodyFacts(r.id, r.name, tuple(seats.get(r.id, ())))
            for r in s.execute(
                select(GovernanceBody.id, GovernanceBody.name)
                .where(GovernanceBody.design_id == design_id)
                .order_by(GovernanceBody.position, GovernanceBody.id)
            )
        )

        budget_categories = tuple(
            s.scalars(
                select(BudgetLine.category)
                .where(BudgetLine.design_id == design_id)
                .order_by(BudgetLine.position, BudgetLine.id)
            )
        )

        indicators = tuple(
            IndicatorFacts(
                id=r.id,
                name=r.name,
                disaggregation=r.disaggregation,
                target_kind=r.target_kind,
                baseline_date=r.baseline_date,
                baseline_women=r.baseline_women,
                baseline_men=r.baseline_men,
                baseline_value=r.baseline_value,
                target_date=r.target_date,
                target_women=r.target_women,
                target_men=r.target_men,
                target_value=r.target_value,
                target_high=r.target_high,
            )
            for r in s.execute(
                select(
                    Indicator.id,
                    Indicator.name,
                    Indicator.disaggregation,
                    Indicator.target_kind,
                    Indicator.baseline_date,
                    Indicator.baseline_women,
                    Indicator.baseline_men,
                    Indicator.baseline_value,
                    Indicator.target_date,
                    Indicator.target_women,
                    Indicator.target_men,
                    Indicator.target_value,
                    Indicator.target_high,
                )
                .where(Indicator.design_id == design_id)
                .order_by(Indicator.position, Indicator.id)
            )
        )

        status = s.scalar(select(Agreement.status).where(Agreement.design_id == design_id))
        signatories = tuple(
            SignatoryFacts(r.id, r.actor_id, r.representative or "")
            for r in s.execute(
                select(Signatory.id, Signatory.actor_id, Signatory.representative)
                .join(Agreement, Agreement.id == Signatory.agreement_id)
                .where(Agreement.design_id == design_id)
                .order_by(Signatory.position, Signatory.id)
            )
        )

        return DesignFacts(
            title=design.title or "",
            territory_name=design.territory_name or "",
            cluster_kind=design.cluster_kind,
            balance_threshold_pct=design.balance_threshold_pct,
            actors=actors,
            resources=resources,
            skill_exchanges=count(SkillExchange),
            improvement_actions=count(ImprovementAction),
            bodies=bodies,
            management_systems=count(ManagementSystem),
            budget_categories=budget_categories,
            funders=count(Funder),
            valorisation_actions=count(ValorisationAction),
            indicators=indicators,
            agreement_status=status or "draft",
            signatories=signatories,
            commitments=count(Commitment),
        )


def review_design(db: Database, design_id: str) -> list[Problem]:
    """Every problem of the design, grouped by wizard step in order."""
    return review(design_facts(db, design_id))


def design_step_states(db: Database, design_id: str) -> dict[str, str]:
    """The wizard outline: each applicable step's state, in order."""
    facts = design_facts(db, design_id)
    return flow.step_states(facts, review(facts))
