"""Every edit of a design as a command that can be applied and reverted (undo is core).

The GUI wraps each in a QUndoCommand on one stack per open design; the command line and the
tests use them directly. Deleting a row captures everything that goes with it (rows that
cascade from it, references that become NULL), so reverting brings all of it back with the
same ids.
"""

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Table, select, update
from sqlalchemy.exc import DBAPIError

from deseo_desktop.model import Base

from .database import Database
from .errors import EditRefused

TABLES: dict[str, Table] = dict(Base.metadata.tables)


def _table(name: str) -> Table:
    try:
        return TABLES[name]
    except KeyError:
        raise ValueError(f"no table {name!r}") from None


@dataclass
class FieldEdit:
    """One value typed into one field."""

    table: str
    row_id: str
    column: str
    new: Any
    old: Any = None

    def apply(self, conn: Connection) -> None:
        t = _table(self.table)
        self.old = conn.execute(select(t.c[self.column]).where(t.c.id == self.row_id)).scalar()
        conn.execute(update(t).where(t.c.id == self.row_id).values({self.column: self.new}))

    def revert(self, conn: Connection) -> None:
        t = _table(self.table)
        conn.execute(update(t).where(t.c.id == self.row_id).values({self.column: self.old}))


@dataclass
class RowInsert:
    table: str
    values: dict[str, Any]

    def apply(self, conn: Connection) -> None:
        conn.execute(_table(self.table).insert().values(self.values))

    def revert(self, conn: Connection) -> None:
        # Later edits to this row were reverted first (a stack), so nothing hangs off it.
        t = _table(self.table)
        conn.execute(t.delete().where(t.c.id == self.values["id"]))


@dataclass
class RowDelete:
    """A row and what goes with it; reverting restores every captured row and reference."""

    table: str
    row_id: str
    captured: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    nulled: list[tuple[str, str, str, Any]] = field(default_factory=list)

    def apply(self, conn: Connection) -> None:
        self.captured, self.nulled = [], []
        self._capture(conn, self.table, [self.row_id], set())
        t = _table(self.table)
        conn.execute(t.delete().where(t.c.id == self.row_id))

    def _capture(self, conn: Connection, table: str, ids: list[str], seen: set) -> None:
        t = _table(table)
        rows = [dict(r._mapping) for r in conn.execute(select(t).where(t.c.id.in_(ids)))]
        self.captured += [(table, r) for r in rows if (table, r["id"]) not in seen]
        seen.update((table, r["id"]) for r in rows)
        for child, column, on_delete in _references_to(table):
            c = _table(child)
            found = conn.execute(select(c.c.id).where(c.c[column].in_(ids))).scalars().all()
            if not found:
                continue
            if on_delete == "CASCADE":
                self._capture(conn, child, list(found), seen)
            else:  # SET NULL: remember the reference to put it back
                for rid in found:
                    ref = conn.execute(select(c.c[column]).where(c.c.id == rid)).scalar()
                    self.nulled.append((child, rid, column, ref))

    def revert(self, conn: Connection) -> None:
        order = {t.name: i for i, t in enumerate(Base.metadata.sorted_tables)}
        for table, row in sorted(self.captured, key=lambda tr: order[tr[0]]):
            conn.execute(_table(table).insert().values(row))
        for table, rid, column, ref in self.nulled:
            t = _table(table)
            conn.execute(update(t).where(t.c.id == rid).values({column: ref}))


@dataclass
class RowMove:
    """Moves a row among its siblings (same parent) to a new index, renumbering positions."""

    table: str
    row_id: str
    parent_column: str
    new_index: int
    old_order: list[str] = field(default_factory=list)

    def apply(self, conn: Connection) -> None:
        t = _table(self.table)
        parent = conn.execute(select(t.c[self.parent_column]).where(t.c.id == self.row_id))
        parent = parent.scalar()
        self.old_order = list(
            conn.execute(
                select(t.c.id)
                .where(t.c[self.parent_column] == parent)
                .order_by(t.c.position, t.c.id)
            ).scalars()
        )
        order = [i for i in self.old_order if i != self.row_id]
        order.insert(max(0, min(self.new_index, len(order))), self.row_id)
        self._number(conn, order)

    def revert(self, conn: Connection) -> None:
        self._number(conn, self.old_order)

    def _number(self, conn: Connection, order: list[str]) -> None:
        t = _table(self.table)
        for position, rid in enumerate(order):
            conn.execute(update(t).where(t.c.id == rid).values(position=position))


def _references_to(table: str) -> list[tuple[str, str, str]]:
    """(child table, column, ON DELETE) for every foreign key pointing at `table`."""
    out = []
    for t in Base.metadata.sorted_tables:
        for c in t.columns:
            for fk in c.foreign_keys:
                if fk.column.table.name == table:
                    out.append((t.name, c.name, (fk.ondelete or "NO ACTION").upper()))
    return out


Edit = FieldEdit | RowInsert | RowDelete | RowMove


def apply(db: Database, design_id: str, edit: Edit) -> None:
    """Apply one edit in its own transaction, committed at once; EditRefused if the
    database refuses it (the transaction rolls back whole)."""
    try:
        with db.write(design_id) as s:
            edit.apply(s.connection())
    except DBAPIError as e:
        raise EditRefused(str(e.orig)) from e


def revert(db: Database, design_id: str, edit: Edit) -> None:
    try:
        with db.write(design_id) as s:
            edit.revert(s.connection())
    except DBAPIError as e:
        raise EditRefused(str(e.orig)) from e
