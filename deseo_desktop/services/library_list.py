"""The library's list of designs, read with plain sqlite3 (no ORM) so it shows at once."""

import sqlite3
from dataclasses import dataclass
from datetime import datetime

from deseo_desktop.rules.text import search_key

_QUERY = """
SELECT d.id, d.title, d.territory_name, d.country, d.cluster_kind, d.updated_at,
       d.archived_at, d.trashed_at, d.wizard_done, d.wizard_step, a.status, a.version_number,
       (SELECT group_concat(name, char(31)) FROM actor WHERE design_id = d.id) AS actor_names
FROM design d LEFT JOIN agreement a ON a.design_id = d.id
"""


@dataclass(frozen=True, slots=True)
class DesignSummary:
    id: str
    title: str
    territory: str
    country: str
    cluster_kind: str
    status: str  # the agreement's: draft, in_negotiation, final
    updated_at: datetime
    archived: bool
    trashed: bool
    wizard_done: bool
    wizard_step: str
    agreement_version: int
    search_text: str  # title, territory and actor names, folded for searching

    def matches(self, folded_needle: str) -> bool:
        return folded_needle in self.search_text


def list_designs(db: "Database") -> list[DesignSummary]:  # noqa: F821
    """Every design, trashed and archived included (the views filter), newest change first."""
    con = db.reader()
    if con is None:
        return []
    try:
        rows = con.execute(_QUERY + " ORDER BY d.updated_at DESC").fetchall()
    except sqlite3.OperationalError as e:
        if "no such table" in str(e):  # a new file with no tables yet
            return []
        raise
    finally:
        con.close()
    return [_summary(r) for r in rows]


def _summary(r) -> DesignSummary:
    actors = (r["actor_names"] or "").replace("\x1f", " ")
    return DesignSummary(
        id=r["id"],
        title=r["title"],
        territory=r["territory_name"],
        country=r["country"],
        cluster_kind=r["cluster_kind"],
        status=r["status"] or "draft",
        updated_at=datetime.fromisoformat(r["updated_at"]),
        archived=r["archived_at"] is not None,
        trashed=r["trashed_at"] is not None,
        wizard_done=bool(r["wizard_done"]),
        wizard_step=r["wizard_step"],
        agreement_version=r["version_number"] or 1,
        search_text=search_key(" ".join((r["title"], r["territory_name"], actors))),
    )


def filter_designs(
    designs: list[DesignSummary],
    text: str = "",
    view: str = "active",
    status: str | None = None,
    country: str | None = None,
) -> list[DesignSummary]:
    """view: active, archived, trash or all (all = not trashed)."""
    needle = search_key(text)
    out = []
    for d in designs:
        if view == "trash":
            if not d.trashed:
                continue
        elif d.trashed:
            continue
        elif view == "active" and d.archived or view == "archived" and not d.archived:
            continue
        if status and d.status != status or country and d.country != country:
            continue
        if needle and needle not in d.search_text:
            continue
        out.append(d)
    return out
