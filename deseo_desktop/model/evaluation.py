"""Area (d) valorisation and area (e) evaluation: indicators and their measurements."""

from datetime import date

from sqlalchemy import Date, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Entity


class ValorisationAction(Entity, Base):
    __tablename__ = "valorisation_action"

    design_id: Mapped[str] = mapped_column(ForeignKey("design.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(32), default="event")
    title: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    audience: Mapped[str] = mapped_column(Text, default="")
    planned_on: Mapped[date | None] = mapped_column(Date)
    responsible_id: Mapped[str | None] = mapped_column(ForeignKey("actor.id", ondelete="SET NULL"))
    speakers_women: Mapped[int | None] = mapped_column(Integer)
    speakers_men: Mapped[int | None] = mapped_column(Integer)
    speakers_not_stated: Mapped[int | None] = mapped_column(Integer)


class Indicator(Entity, Base):
    """An indicator of the design: from the catalogue (catalogue_code) or written by hand."""

    __tablename__ = "indicator"

    design_id: Mapped[str] = mapped_column(ForeignKey("design.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    catalogue_code: Mapped[str | None] = mapped_column(String(8))
    name: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    domain: Mapped[str] = mapped_column(String(16), default="cluster")
    unit: Mapped[str] = mapped_column(String(32), default="%")
    disaggregation: Mapped[str] = mapped_column(String(16), default="by_sex")
    direction: Mapped[str] = mapped_column(String(8), default="up")
    target_kind: Mapped[str] = mapped_column(String(16), default="at_least")
    baseline_date: Mapped[date | None] = mapped_column(Date)
    baseline_women: Mapped[float | None] = mapped_column(Float)
    baseline_men: Mapped[float | None] = mapped_column(Float)
    baseline_value: Mapped[float | None] = mapped_column(Float)
    target_date: Mapped[date | None] = mapped_column(Date)
    target_women: Mapped[float | None] = mapped_column(Float)
    target_men: Mapped[float | None] = mapped_column(Float)
    target_value: Mapped[float | None] = mapped_column(Float)
    target_high: Mapped[float | None] = mapped_column(Float)  # upper bound of a range target
    source: Mapped[str] = mapped_column(Text, default="")
    frequency: Mapped[str] = mapped_column(String(16), default="yearly")
    responsible_id: Mapped[str | None] = mapped_column(ForeignKey("actor.id", ondelete="SET NULL"))

    measurements: Mapped[list["Measurement"]] = relationship(
        order_by="Measurement.measured_on", cascade="all, delete-orphan", passive_deletes=True
    )


class Measurement(Entity, Base):
    __tablename__ = "measurement"

    indicator_id: Mapped[str] = mapped_column(
        ForeignKey("indicator.id", ondelete="CASCADE"), index=True
    )
    period: Mapped[str] = mapped_column(String(32), default="")
    measured_on: Mapped[date | None] = mapped_column(Date)
    value_women: Mapped[float | None] = mapped_column(Float)
    value_men: Mapped[float | None] = mapped_column(Float)
    value: Mapped[float | None] = mapped_column(Float)
    count_women: Mapped[int | None] = mapped_column(Integer)
    count_men: Mapped[int | None] = mapped_column(Integer)
    method: Mapped[str] = mapped_column(String(16), default="records")
    note: Mapped[str] = mapped_column(Text, default="")
