"""Area (c): budget, funders, and the local financing scoring grid with its assessments."""

from datetime import date

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import PERSONAL, Base, Entity

CASCADE = {"cascade": "all, delete-orphan", "passive_deletes": True}


class Funder(Entity, Base):
    __tablename__ = "funder"

    design_id: Mapped[str] = mapped_column(ForeignKey("design.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(String(32), default="local_authority")
    actor_id: Mapped[str | None] = mapped_column(ForeignKey("actor.id", ondelete="SET NULL"))


class BudgetLine(Entity, Base):
    __tablename__ = "budget_line"

    design_id: Mapped[str] = mapped_column(ForeignKey("design.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    category: Mapped[str] = mapped_column(String(32), default="other")
    label: Mapped[str] = mapped_column(Text, default="")
    year: Mapped[int | None] = mapped_column(Integer)
    amount_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    kind: Mapped[str] = mapped_column(String(16), default="cash")
    funder_id: Mapped[str | None] = mapped_column(ForeignKey("funder.id", ondelete="SET NULL"))


class FinancingGrid(Entity, Base):
    """A scoring grid. design_id NULL: a grid of the library, copied into designs that use it."""

    __tablename__ = "financing_grid"

    design_id: Mapped[str | None] = mapped_column(
        ForeignKey("design.id", ondelete="CASCADE"), index=True
    )
    source_grid_id: Mapped[str | None] = mapped_column(String(36))
    name: Mapped[str] = mapped_column(Text, default="")
    authority: Mapped[str] = mapped_column(Text, default="")
    threshold: Mapped[int] = mapped_column(Integer, default=60)
    gender_criterion_code: Mapped[str] = mapped_column(String(16), default="3")
    gender_minimum: Mapped[int] = mapped_column(Integer, default=10)
    bonus_cap: Mapped[int] = mapped_column(Integer, default=5)
    total_cap: Mapped[int] = mapped_column(Integer, default=100)
    score_levels: Mapped[str] = mapped_column(String(32), default="0,1,3,5")
    descriptors: Mapped[str] = mapped_column(Text, default="")  # JSON {level: text} per language

    gates: Mapped[list["GridGate"]] = relationship(order_by="GridGate.position", **CASCADE)
    criteria: Mapped[list["GridCriterion"]] = relationship(
        order_by="GridCriterion.position", **CASCADE
    )
    bonuses: Mapped[list["GridBonus"]] = relationship(order_by="GridBonus.position", **CASCADE)
    assessors: Mapped[list["Assessor"]] = relationship(order_by="Assessor.position", **CASCADE)


class GridGate(Entity, Base):
    __tablename__ = "grid_gate"

    grid_id: Mapped[str] = mapped_column(ForeignKey("financing_grid.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    code: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text, default="")


class GridCriterion(Entity, Base):
    __tablename__ = "grid_criterion"

    grid_id: Mapped[str] = mapped_column(ForeignKey("financing_grid.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    code: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(Text, default="")
    max_points: Mapped[int] = mapped_column(Integer, default=0)

    sub_criteria: Mapped[list["GridSubCriterion"]] = relationship(
        order_by="GridSubCriterion.position", **CASCADE
    )


class GridSubCriterion(Entity, Base):
    __tablename__ = "grid_sub_criterion"

    criterion_id: Mapped[str] = mapped_column(ForeignKey("grid_criterion.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    code: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(Text, default="")
    max_points: Mapped[int] = mapped_column(Integer, default=0)
    descriptors: Mapped[str] = mapped_column(Text, default="")  # JSON, overrides the grid's


class GridBonus(Entity, Base):
    __tablename__ = "grid_bonus"

    grid_id: Mapped[str] = mapped_column(ForeignKey("financing_grid.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    code: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(Text, default="")
    max_points: Mapped[int] = mapped_column(Integer, default=0)


class Assessor(Entity, Base):
    __tablename__ = "assessor"

    grid_id: Mapped[str] = mapped_column(ForeignKey("financing_grid.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(Text, default="", info=PERSONAL)
    organisation: Mapped[str] = mapped_column(Text, default="")
    assessed_on: Mapped[date | None] = mapped_column(Date)

    gate_answers: Mapped[list["GateAnswer"]] = relationship(**CASCADE)
    scores: Mapped[list["Score"]] = relationship(**CASCADE)
    bonus_awards: Mapped[list["BonusAward"]] = relationship(**CASCADE)


class GateAnswer(Entity, Base):
    __tablename__ = "gate_answer"
    __table_args__ = (UniqueConstraint("assessor_id", "gate_id"),)

    assessor_id: Mapped[str] = mapped_column(ForeignKey("assessor.id", ondelete="CASCADE"))
    gate_id: Mapped[str] = mapped_column(ForeignKey("grid_gate.id", ondelete="CASCADE"))
    passed: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")


class Score(Entity, Base):
    __tablename__ = "score"
    __table_args__ = (UniqueConstraint("assessor_id", "sub_criterion_id"),)

    assessor_id: Mapped[str] = mapped_column(ForeignKey("assessor.id", ondelete="CASCADE"))
    sub_criterion_id: Mapped[str] = mapped_column(
        ForeignKey("grid_sub_criterion.id", ondelete="CASCADE")
    )
    score: Mapped[int] = mapped_column(Integer, default=0)
    comment: Mapped[str] = mapped_column(Text, default="")


class BonusAward(Entity, Base):
    __tablename__ = "bonus_award"
    __table_args__ = (UniqueConstraint("assessor_id", "bonus_id"),)

    assessor_id: Mapped[str] = mapped_column(ForeignKey("assessor.id", ondelete="CASCADE"))
    bonus_id: Mapped[str] = mapped_column(ForeignKey("grid_bonus.id", ondelete="CASCADE"))
    points: Mapped[int] = mapped_column(Integer, default=0)
