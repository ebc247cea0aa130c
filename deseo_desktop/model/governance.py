"""Governance bodies, their seats and the common management systems."""

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import PERSONAL, Base, Entity


class GovernanceBody(Entity, Base):
    __tablename__ = "governance_body"

    design_id: Mapped[str] = mapped_column(ForeignKey("design.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(String(32), default="steering_committee")
    decision_rule: Mapped[str] = mapped_column(Text, default="")
    quorum: Mapped[str] = mapped_column(Text, default="")
    meetings_per_year: Mapped[int | None] = mapped_column(Integer)

    seats: Mapped[list["Seat"]] = relationship(
        order_by="Seat.position", cascade="all, delete-orphan", passive_deletes=True
    )


class Seat(Entity, Base):
    __tablename__ = "seat"

    body_id: Mapped[str] = mapped_column(
        ForeignKey("governance_body.id", ondelete="CASCADE"), index=True
    )
    actor_id: Mapped[str | None] = mapped_column(ForeignKey("actor.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    holder: Mapped[str] = mapped_column(Text, default="", info=PERSONAL)
    sex: Mapped[str] = mapped_column(String(16), default="not_stated")
    role: Mapped[str] = mapped_column(String(16), default="member")


class ManagementSystem(Entity, Base):
    """A common management system the members share (quality, accounts, HR, data)."""

    __tablename__ = "management_system"

    design_id: Mapped[str] = mapped_column(ForeignKey("design.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    lead_actor_id: Mapped[str | None] = mapped_column(ForeignKey("actor.id", ondelete="SET NULL"))
