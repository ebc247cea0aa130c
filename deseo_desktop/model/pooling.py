"""Area (a) pooling and skill exchange; area (b) improvement of existing services."""

from datetime import date

from sqlalchemy import BigInteger, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Entity

CASCADE = {"cascade": "all, delete-orphan", "passive_deletes": True}


class PooledResource(Entity, Base):
    __tablename__ = "pooled_resource"

    design_id: Mapped[str] = mapped_column(ForeignKey("design.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(Text, default="")
    category: Mapped[str] = mapped_column(String(32), default="other")
    description: Mapped[str] = mapped_column(Text, default="")
    equality_benefit: Mapped[str] = mapped_column(Text, default="")
    access_rules: Mapped[str] = mapped_column(Text, default="")
    cost_sharing: Mapped[str] = mapped_column(Text, default="")

    contributions: Mapped[list["Contribution"]] = relationship(**CASCADE)
    uses: Mapped[list["ResourceUse"]] = relationship(**CASCADE)


class Contribution(Entity, Base):
    __tablename__ = "contribution"

    resource_id: Mapped[str] = mapped_column(
        ForeignKey("pooled_resource.id", ondelete="CASCADE"), index=True
    )
    actor_id: Mapped[str] = mapped_column(ForeignKey("actor.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16), default="in_kind")
    value_cents: Mapped[int] = mapped_column(BigInteger, default=0)  # in the design's currency
    quantity: Mapped[str] = mapped_column(Text, default="")
    unit: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")


class ResourceUse(Entity, Base):
    __tablename__ = "resource_use"

    resource_id: Mapped[str] = mapped_column(
        ForeignKey("pooled_resource.id", ondelete="CASCADE"), index=True
    )
    actor_id: Mapped[str] = mapped_column(ForeignKey("actor.id", ondelete="CASCADE"), index=True)
    users_women: Mapped[int | None] = mapped_column(Integer)
    users_men: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")


class SkillExchange(Entity, Base):
    __tablename__ = "skill_exchange"

    design_id: Mapped[str] = mapped_column(ForeignKey("design.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    provider_id: Mapped[str | None] = mapped_column(ForeignKey("actor.id", ondelete="CASCADE"))
    recipient_id: Mapped[str | None] = mapped_column(ForeignKey("actor.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(32), default="mentoring")
    topic: Mapped[str] = mapped_column(Text, default="")
    hours: Mapped[int | None] = mapped_column(Integer)
    participants_women: Mapped[int | None] = mapped_column(Integer)
    participants_men: Mapped[int | None] = mapped_column(Integer)


class ImprovementAction(Entity, Base):
    __tablename__ = "improvement_action"

    design_id: Mapped[str] = mapped_column(ForeignKey("design.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    service: Mapped[str] = mapped_column(Text, default="")
    gap: Mapped[str] = mapped_column(Text, default="")
    action: Mapped[str] = mapped_column(Text, default="")
    owner_id: Mapped[str | None] = mapped_column(ForeignKey("actor.id", ondelete="SET NULL"))
    deadline: Mapped[date | None] = mapped_column(Date)
    priority: Mapped[str] = mapped_column(String(8), default="medium")
