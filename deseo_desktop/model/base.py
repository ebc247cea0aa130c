"""Declarative base, naming convention and the columns every entity shares."""

import uuid
from datetime import UTC, datetime

from sqlalchemy import DateTime, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Alembic's batch mode recreates SQLite tables; it can only find constraints by name.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# Marks a column holding a person's data (names, e-mails, phones): the export without personal
# data replaces these, and the data-processing annex lists them.
PERSONAL = {"personal": True}


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> datetime:
    # Stored naive, always UTC: SQLite has no time zones.
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Entity:
    """UUID key and created/updated stamps."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


def personal_columns(metadata: MetaData) -> list[tuple[str, str]]:
    """(table, column) for every column marked personal."""
    return [
        (table.name, column.name)
        for table in metadata.sorted_tables
        for column in table.columns
        if column.info.get("personal")
    ]
