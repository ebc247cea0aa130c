"""The organisations of a cluster and their sex-disaggregated baseline."""

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import PERSONAL, Base, Entity


class Actor(Entity, Base):
    __tablename__ = "actor"

    design_id: Mapped[str] = mapped_column(ForeignKey("design.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(String(32), default="social_cooperative")
    legal_form: Mapped[str] = mapped_column(Text, default="")
    social_economy: Mapped[bool] = mapped_column(Boolean, default=True)
    role: Mapped[str] = mapped_column(Text, default="")
    contact_name: Mapped[str] = mapped_column(Text, default="", info=PERSONAL)
    contact_email: Mapped[str] = mapped_column(Text, default="", info=PERSONAL)
    contact_phone: Mapped[str] = mapped_column(Text, default="", info=PERSONAL)
    is_signatory: Mapped[bool] = mapped_column(Boolean, default=False)
    women_led: Mapped[bool] = mapped_column(Boolean, default=False)
    # Baseline counts: women / men / not stated; NULL means not given yet.
    baseline_date: Mapped[date | None] = mapped_column(Date)
    workforce_women: Mapped[int | None] = mapped_column(Integer)
    workforce_men: Mapped[int | None] = mapped_column(Integer)
    workforce_not_stated: Mapped[int | None] = mapped_column(Integer)
    managers_women: Mapped[int | None] = mapped_column(Integer)
    managers_men: Mapped[int | None] = mapped_column(Integer)
    managers_not_stated: Mapped[int | None] = mapped_column(Integer)
    board_women: Mapped[int | None] = mapped_column(Integer)
    board_men: Mapped[int | None] = mapped_column(Integer)
    board_not_stated: Mapped[int | None] = mapped_column(Integer)
