"""Reading the rows a section editor shows, and building the edits it makes.

Plain dicts in and out: the GUI never sees an ORM object. Every change goes through an edit
command (services/edits.py), so it can be undone and is committed at once.
"""

from typing import Any

from sqlalchemy import func, select

from deseo_desktop.model import new_id

from .database import Database
from .edits import TABLES, FieldEdit, RowDelete, RowInsert, RowMove

__all__ = [
    "FieldEdit",
    "RowDelete",
    "RowInsert",
    "RowMove",
    "load_row",
    "load_rows",
    "new_row",
    "actor_names",
]


def load_rows(db: Database, table: str, where: dict[str, Any]) -> list[dict[str, Any]]:
    """The rows of `table` matching `where`, in their order (position, then creation)."""
    t = TABLES[table]
    query = select(t)
    for column, value in where.items():
        query = query.where(t.c[column] == value)
    order = [t.c.position] if "position" in t.c else []
    query = query.order_by(*order, t.c.created_at, t.c.id)
    with db.session() as s:
        return [dict(r._mapping) for r in s.execute(query)]


def load_row(db: Database, table: str, row_id: str) -> dict[str, Any] | None:
    t = TABLES[table]
    with db.session() as s:
        row = s.execute(select(t).where(t.c.id == row_id)).first()
    return dict(row._mapping) if row else None


def new_row(db: Database, table: str, where: dict[str, Any], **values: Any) -> RowInsert:
    """An insert edit for a new row at the end of its siblings, with the model's defaults."""
    t = TABLES[table]
    row: dict[str, Any] = {}
    for column in t.columns:
        default = column.default
        if default is not None and default.is_scalar:
            row[column.name] = default.arg
    row.update(where)
    row.update(values)
    row["id"] = new_id()
    if "position" in t.c:
        query = select(func.coalesce(func.max(t.c.position), -1) + 1)
        for column, value in where.items():
            query = query.where(t.c[column] == value)
        with db.session() as s:
            row["position"] = s.execute(query).scalar()
    return RowInsert(table, row)


def actor_names(db: Database, design_id: str) -> list[tuple[str, str]]:
    """(id, name) of a design's actors, in order: the choices of every "which actor" field."""
    return [(r["id"], r["name"]) for r in load_rows(db, "actor", {"design_id": design_id})]
