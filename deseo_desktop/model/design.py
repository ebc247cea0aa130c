"""A design, its agreement and its workshops."""

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import PERSONAL, Base, Entity

CASCADE = {"cascade": "all, delete-orphan", "passive_deletes": True}


class Design(Entity, Base):
    __tablename__ = "design"

    title: Mapped[str] = mapped_column(Text, default="")
    territory_name: Mapped[str] = mapped_column(Text, default="")
    territory_level: Mapped[str] = mapped_column(String(32), default="municipality")
    country: Mapped[str] = mapped_column(String(2), default="IT")
    cluster_kind: Mapped[str] = mapped_column(String(16), default="new")
    legal_vehicle: Mapped[str] = mapped_column(String(40), default="charter")
    facilitator: Mapped[str] = mapped_column(Text, default="", info=PERSONAL)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    agreement_language: Mapped[str] = mapped_column(String(2), default="en")
    description: Mapped[str] = mapped_column(Text, default="")
    cemr_charter_signed: Mapped[bool] = mapped_column(Boolean, default=False)
    # Per-design thresholds (DOMAIN.md defaults); meters, review and exports read them here.
    balance_threshold_pct: Mapped[int] = mapped_column(Integer, default=40)
    suppression_min: Mapped[int] = mapped_column(Integer, default=3)
    progress_tolerance_pct: Mapped[int] = mapped_column(Integer, default=10)
    # The wizard: the step last shown, and whether the person finished it.
    wizard_step: Mapped[str] = mapped_column(String(32), default="start")
    wizard_done: Mapped[bool] = mapped_column(Boolean, default=False)
    template_key: Mapped[str | None] = mapped_column(String(64))
    # Internal edit counter, raised by every saved change; distinct from the agreement version.
    edit_count: Mapped[int] = mapped_column(Integer, default=0)
    archived_at: Mapped[datetime | None] = mapped_column(DateTime)
    trashed_at: Mapped[datetime | None] = mapped_column(DateTime)

    agreement: Mapped["Agreement"] = relationship(back_populates="design", uselist=False, **CASCADE)
    workshops: Mapped[list["Workshop"]] = relationship(
        back_populates="design", order_by="Workshop.held_on", **CASCADE
    )


class Agreement(Entity, Base):
    __tablename__ = "agreement"

    design_id: Mapped[str] = mapped_column(ForeignKey("design.id", ondelete="CASCADE"), unique=True)
    kind: Mapped[str] = mapped_column(String(16), default="both")
    status: Mapped[str] = mapped_column(String(16), default="draft")
    # The version the parties see ("v2, 1 March 2026"), raised on purpose by a person.
    version_number: Mapped[int] = mapped_column(Integer, default=1)
    version_date: Mapped[date | None] = mapped_column(Date)
    duration_months: Mapped[int | None] = mapped_column(Integer, default=36)
    renewal: Mapped[str] = mapped_column(String(16), default="express")
    entry_into_force: Mapped[date | None] = mapped_column(Date)
    place_of_signature: Mapped[str] = mapped_column(Text, default="")
    contact_point: Mapped[str] = mapped_column(Text, default="", info=PERSONAL)
    retention_years: Mapped[int | None] = mapped_column(Integer, default=5)

    design: Mapped[Design] = relationship(back_populates="agreement")
    articles: Mapped[list["ArticleChoice"]] = relationship(
        order_by="ArticleChoice.number", **CASCADE
    )
    signatories: Mapped[list["Signatory"]] = relationship(order_by="Signatory.position", **CASCADE)


class ArticleChoice(Entity, Base):
    """An article of the outline: left out or not, and the person's own text for it."""

    __tablename__ = "article_choice"
    __table_args__ = (UniqueConstraint("agreement_id", "code"),)

    agreement_id: Mapped[str] = mapped_column(ForeignKey("agreement.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(40))
    included: Mapped[bool] = mapped_column(Boolean, default=True)
    custom_text: Mapped[str] = mapped_column(Text, default="")
    custom_mode: Mapped[str] = mapped_column(String(8), default="extend")  # extend | replace


class Signatory(Entity, Base):
    __tablename__ = "signatory"

    agreement_id: Mapped[str] = mapped_column(ForeignKey("agreement.id", ondelete="CASCADE"))
    actor_id: Mapped[str] = mapped_column(ForeignKey("actor.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    representative: Mapped[str] = mapped_column(Text, default="", info=PERSONAL)
    capacity: Mapped[str] = mapped_column(Text, default="")
    place: Mapped[str] = mapped_column(Text, default="")
    signed_on: Mapped[date | None] = mapped_column(Date)


class Commitment(Entity, Base):
    """One obligation of one party."""

    __tablename__ = "commitment"

    design_id: Mapped[str] = mapped_column(ForeignKey("design.id", ondelete="CASCADE"), index=True)
    actor_id: Mapped[str] = mapped_column(ForeignKey("actor.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    area: Mapped[str] = mapped_column(String(16), default="general")
    text: Mapped[str] = mapped_column(Text, default="")
    deadline: Mapped[date | None] = mapped_column(Date)


class Workshop(Entity, Base):
    __tablename__ = "workshop"

    design_id: Mapped[str] = mapped_column(ForeignKey("design.id", ondelete="CASCADE"), index=True)
    held_on: Mapped[date | None] = mapped_column(Date)
    place: Mapped[str] = mapped_column(Text, default="")
    attendance_women: Mapped[int | None] = mapped_column(Integer)
    attendance_men: Mapped[int | None] = mapped_column(Integer)
    attendance_not_stated: Mapped[int | None] = mapped_column(Integer)
    steps: Mapped[str] = mapped_column(Text, default="")  # comma-separated wizard step codes
    decisions: Mapped[str] = mapped_column(Text, default="")

    design: Mapped[Design] = relationship(back_populates="workshops")
