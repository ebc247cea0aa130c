"""Financing grids: the design's own, the library's, and the edits that shape and score them.

A design scores its project against one grid (the first `financing_grid` row of the design).
The library's grids are `financing_grid` rows with no design: a local authority's own grid,
saved once and copied into every design it assesses. A copy is a copy: changing it in a design
never changes the library's grid, and the copy remembers where it came from (source_grid_id).

Replacing a design's grid is one edit (`ReplaceGrid`) in one transaction that can be undone:
it removes the old grid with everything hanging off it (assessors, answers, scores) and puts it
back with the same ids on undo. Scoring writes one small edit per answer (`answer_edit`), so
every score is saved as it is chosen and can be undone like any other field.
"""

import json
from dataclasses import dataclass, field
from functools import cache

from sqlalchemy import Connection, literal_column, select

from deseo_desktop.model import new_id
from deseo_desktop.resources import resource_path

from .. import template_texts
from ..database import Database
from ..design_data import Rows
from ..edits import TABLES, RowDelete
from .details import (
    ANSWER_COLUMN,
    Note,
    answer_edit,
    descriptors_in,
    parse_descriptors,
    structure_notes,
    with_descriptor,
)

__all__ = [
    "ANSWER_COLUMN",
    "ANSWER_TABLES",
    "GRID_TABLES",
    "STRUCTURE_TABLES",
    "LibraryGrid",
    "Note",
    "ReplaceGrid",
    "answer_edit",
    "copy_structure",
    "default_grid_rows",
    "delete_library_grid",
    "descriptors_in",
    "design_grid_id",
    "ensure_design_grid",
    "has_library_grids",
    "library_grids",
    "load_answers",
    "load_grid",
    "parse_descriptors",
    "read_grid",
    "save_to_library",
    "structure_notes",
    "use_default_grid",
    "use_library_grid",
    "with_descriptor",
]

# One grid's tables, parents first: (table, foreign-key column, parent table).
GRID_TABLES: tuple[tuple[str, str, str], ...] = (
    ("financing_grid", "id", "financing_grid"),
    ("grid_gate", "grid_id", "financing_grid"),
    ("grid_criterion", "grid_id", "financing_grid"),
    ("grid_sub_criterion", "criterion_id", "grid_criterion"),
    ("grid_bonus", "grid_id", "financing_grid"),
    ("assessor", "grid_id", "financing_grid"),
    ("gate_answer", "assessor_id", "assessor"),
    ("score", "assessor_id", "assessor"),
    ("bonus_award", "assessor_id", "assessor"),
)
STRUCTURE_TABLES = (
    "financing_grid",
    "grid_gate",
    "grid_criterion",
    "grid_sub_criterion",
    "grid_bonus",
)
ANSWER_TABLES = ("gate_answer", "score", "bonus_award")
_STAMPS = ("created_at", "updated_at")


# --- reading ---------------------------------------------------------------------------------


def read_grid(conn: Connection, grid_id: str, tables=GRID_TABLES) -> Rows:
    """The rows of one grid by table (structure, assessors and their answers)."""
    ids: dict[str, list[str]] = {"financing_grid": [grid_id]}
    out: Rows = {}
    for table, fk, parent in tables:
        t = TABLES[table]
        parent_ids = ids.get(parent, [])
        rows = []
        if parent_ids:
            query = select(t).where(t.c[fk].in_(parent_ids))
            rows = [dict(r._mapping) for r in conn.execute(query)]
        if "position" in t.c:
            rows.sort(key=lambda r: (r["position"] or 0, r["id"]))
        out[table] = rows
        ids[table] = [r["id"] for r in rows]
    return out


def load_grid(db: Database, grid_id: str) -> Rows:
    with db.session() as s:
        return read_grid(s.connection(), grid_id)


def load_answers(db: Database, assessor_ids: list[str]) -> Rows:
    """The gate answers, scores and bonus awards of these assessors (the part a score changes)."""
    out: Rows = {}
    with db.session() as s:
        conn = s.connection()
        for table in ANSWER_TABLES:
            t = TABLES[table]
            query = select(t).where(t.c.assessor_id.in_(assessor_ids))
            out[table] = [dict(r._mapping) for r in conn.execute(query)] if assessor_ids else []
    return out


def _design_grid_ids(conn: Connection, design_id: str) -> list[str]:
    # In the order dump_design reads them (rowid), so "the design's grid" is the one the
    # exports and the summary score.
    t = TABLES["financing_grid"]
    query = select(t.c.id).where(t.c.design_id == design_id).order_by(literal_column("rowid"))
    return list(conn.execute(query).scalars())


def design_grid_id(db: Database, design_id: str) -> str | None:
    """The design's grid, or None when it has none yet."""
    with db.session() as s:
        ids = _design_grid_ids(s.connection(), design_id)
    return ids[0] if ids else None


# --- copies ----------------------------------------------------------------------------------


@cache
def _default_grid_text() -> str:
    return resource_path("catalogues", "default_grid.json").read_text(encoding="utf-8")


def default_grid_rows() -> Rows:
    """The default grid of DOMAIN.md (resources/catalogues/default_grid.json), readable ids."""
    tables = json.loads(_default_grid_text())["tables"]
    return {table: tables.get(table, []) for table in STRUCTURE_TABLES}


def copy_structure(rows: Rows, design_id: str | None, source_grid_id: str | None = None) -> Rows:
    """A new grid with the structure of `rows` (no assessors), every id new, every key following.

    `rows` may hold one grid's rows with any unique ids (the default grid's are readable keys).
    """
    renamed: dict[str, str] = {}

    def key(old: str) -> str:
        return renamed.setdefault(old, new_id())

    out: Rows = {}
    for table in STRUCTURE_TABLES:
        copied = []
        for row in rows.get(table, []):
            values = {k: v for k, v in row.items() if k not in _STAMPS}
            values["id"] = key(f"{table}:{row['id']}")
            if table == "financing_grid":
                values["design_id"] = design_id
                values["source_grid_id"] = source_grid_id
            elif table == "grid_sub_criterion":
                values["criterion_id"] = key(f"grid_criterion:{row['criterion_id']}")
            else:
                values["grid_id"] = key(f"financing_grid:{row['grid_id']}")
            copied.append(values)
        out[table] = copied
    if len(out["financing_grid"]) != 1:
        raise ValueError("a grid's rows hold exactly one financing_grid row")
    return out


def _insert(conn: Connection, rows: Rows) -> None:
    for table in STRUCTURE_TABLES:
        if rows.get(table):
            conn.execute(TABLES[table].insert(), rows[table])


@dataclass
class ReplaceGrid:
    """Put `rows` (a grid's structure, ids ready) in place of the design's grid, if any.

    The old grid goes with all it holds (assessors, answers, scores); revert brings it back
    with the same ids, so the whole replacement is one undo step.
    """

    design_id: str
    rows: Rows
    table: str = "financing_grid"  # what the session says changed
    removed: list[RowDelete] = field(default_factory=list)

    @property
    def grid_id(self) -> str:
        return self.rows["financing_grid"][0]["id"]

    def apply(self, conn: Connection) -> None:
        self.removed = [
            RowDelete("financing_grid", g) for g in _design_grid_ids(conn, self.design_id)
        ]
        for edit in self.removed:
            edit.apply(conn)
        _insert(conn, self.rows)

    def revert(self, conn: Connection) -> None:
        t = TABLES["financing_grid"]
        conn.execute(t.delete().where(t.c.id == self.grid_id))  # cascades to all it holds
        for edit in reversed(self.removed):
            edit.revert(conn)


def use_default_grid(design_id: str, language: str = "en") -> ReplaceGrid:
    """The edit giving the design a fresh copy of the default grid, its texts in `language`."""
    rows = template_texts.in_language("default_grid", default_grid_rows(), language)
    return ReplaceGrid(design_id, copy_structure(rows, design_id))


def use_library_grid(db: Database, design_id: str, library_grid_id: str) -> ReplaceGrid:
    """The edit replacing the design's grid with a copy of a library grid."""
    with db.session() as s:
        rows = read_grid(s.connection(), library_grid_id, GRID_TABLES[:5])
    if not rows["financing_grid"]:
        raise KeyError(library_grid_id)
    return ReplaceGrid(design_id, copy_structure(rows, design_id, library_grid_id))


def ensure_design_grid(db: Database, design_id: str, language: str = "en") -> str:
    """The design's grid, created from the default grid when it has none (not an undo step)."""
    found = design_grid_id(db, design_id)
    if found is not None:
        return found
    edit = use_default_grid(design_id, language)
    with db.write(design_id) as s:
        edit.apply(s.connection())
    return edit.grid_id


# The library needs the helpers above: imported last.
from .library import (  # noqa: E402
    LibraryGrid,
    delete_library_grid,
    has_library_grids,
    library_grids,
    save_to_library,
)
