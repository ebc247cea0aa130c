"""Actors from a spreadsheet: read and check it (preview), then add the good rows to a design
in one transaction. Nothing is written while previewing; an import writes all its rows or none."""

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, insert, select

from deseo_desktop.exports.sheet_reader import SheetError, read_sheet
from deseo_desktop.model import new_id
from deseo_desktop.model.actors import Actor
from deseo_desktop.model.base import utcnow
from deseo_desktop.model.design import Design
from deseo_desktop.rules.actor_import import (
    COUNT_FIELDS,
    TEXT_FIELDS,
    MappingError,
    Preview,
    name_key,
    preview_rows,
)

from .database import Database
from .errors import DesignNotFound

__all__ = ["ImportDone", "MappingError", "SheetError", "import_actors", "preview_file"]


@dataclass
class ImportDone:
    imported: int
    preview: Preview


def existing_names(db: Database, design_id: str) -> list[str]:
    with db.session() as s:
        if s.get(Design, design_id) is None:
            raise DesignNotFound(design_id)
        return list(s.scalars(select(Actor.name).where(Actor.design_id == design_id)))


def preview_file(db: Database, design_id: str, path: Path, mapping: dict | None = None) -> Preview:
    """Read and check the file against the design's actors; raises SheetError or MappingError."""
    sheet = read_sheet(Path(path))
    return preview_rows(sheet.rows, existing_names(db, design_id), mapping)


def import_actors(db: Database, design_id: str, preview: Preview) -> ImportDone:
    """The preview's good rows as new actors at the end of the design's list, in one transaction.

    Names are checked again inside the transaction, so two imports of one file add it once.
    """
    good = preview.good_rows
    if not good:
        return ImportDone(0, preview)
    table = Actor.__table__
    with db.write(design_id) as s:
        taken = {
            name_key(n) for n in s.scalars(select(Actor.name).where(Actor.design_id == design_id))
        }
        if any(name_key(str(r.values["name"])) in taken for r in good):
            raise MappingError("changed_meanwhile")
        start = s.execute(
            select(func.coalesce(func.max(Actor.position), -1) + 1).where(
                Actor.design_id == design_id
            )
        ).scalar()
        now = utcnow()
        rows = []
        for offset, result in enumerate(good):
            row = {name: result.values.get(name, "") for name in TEXT_FIELDS}
            row.update({name: result.values.get(name) for name in COUNT_FIELDS})
            row.update(
                id=new_id(),
                design_id=design_id,
                position=start + offset,
                created_at=now,
                updated_at=now,
            )
            rows.append(row)
        s.execute(insert(table), rows)
    return ImportDone(len(rows), preview)
