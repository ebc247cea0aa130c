"""The library's grids: financing_grid rows with no design, saved from a design's grid and
copied into others (see the package's docstring)."""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import exists, select

from ..database import Database
from ..edits import TABLES
from . import GRID_TABLES, _insert, copy_structure, read_grid

STRUCTURE = GRID_TABLES[:5]  # a library grid has no assessors


@dataclass(frozen=True)
class LibraryGrid:
    id: str
    name: str
    authority: str
    gates: int
    criteria: int
    bonuses: int
    threshold: int
    updated_at: datetime | None


def library_grids(db: Database) -> list[LibraryGrid]:
    """The library's grids, by name."""
    t = TABLES["financing_grid"]
    with db.session() as s:
        conn = s.connection()
        ids = list(conn.execute(select(t.c.id).where(t.c.design_id.is_(None))).scalars())
        grids = [read_grid(conn, i, STRUCTURE) for i in ids]
    out = [
        LibraryGrid(
            id=g["financing_grid"][0]["id"],
            name=g["financing_grid"][0]["name"] or "",
            authority=g["financing_grid"][0]["authority"] or "",
            gates=len(g["grid_gate"]),
            criteria=len(g["grid_criterion"]),
            bonuses=len(g["grid_bonus"]),
            threshold=g["financing_grid"][0]["threshold"],
            updated_at=g["financing_grid"][0]["updated_at"],
        )
        for g in grids
    ]
    return sorted(out, key=lambda g: (g.name.casefold(), g.id))


def has_library_grids(db: Database) -> bool:
    t = TABLES["financing_grid"]
    with db.session() as s:
        return bool(s.execute(select(exists().where(t.c.design_id.is_(None)))).scalar())


def save_to_library(db: Database, grid_id: str, name: str) -> str:
    """Copy a grid's structure (no assessors) into the library under `name`; its new id."""
    with db.write() as s:
        conn = s.connection()
        rows = copy_structure(read_grid(conn, grid_id, STRUCTURE), None)
        rows["financing_grid"][0]["name"] = name.strip() or rows["financing_grid"][0]["name"]
        _insert(conn, rows)
    return rows["financing_grid"][0]["id"]


def delete_library_grid(db: Database, grid_id: str) -> None:
    """Remove a grid from the library (the designs' copies of it stay as they are)."""
    t = TABLES["financing_grid"]
    with db.write() as s:
        s.execute(t.delete().where(t.c.id == grid_id, t.c.design_id.is_(None)))
