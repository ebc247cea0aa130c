"""A design's overview: what it is, how much it holds, and what is still missing."""

from dataclasses import dataclass
from datetime import datetime

from deseo_desktop.rules.review import Problem

from .database import Database
from .errors import DesignNotFound
from .review import review_design

_COUNTS = {
    "actors": "SELECT count(*) FROM actor WHERE design_id = :id",
    "signatories": "SELECT count(*) FROM actor WHERE design_id = :id AND is_signatory",
    "pooled_resources": "SELECT count(*) FROM pooled_resource WHERE design_id = :id",
    "skill_exchanges": "SELECT count(*) FROM skill_exchange WHERE design_id = :id",
    "governance_bodies": "SELECT count(*) FROM governance_body WHERE design_id = :id",
    "budget_lines": "SELECT count(*) FROM budget_line WHERE design_id = :id",
    "indicators": "SELECT count(*) FROM indicator WHERE design_id = :id",
    "workshops": "SELECT count(*) FROM workshop WHERE design_id = :id",
}


@dataclass(frozen=True)
class DesignOverview:
    id: str
    title: str
    territory: str
    territory_level: str
    country: str
    cluster_kind: str
    legal_vehicle: str
    status: str
    agreement_version: int
    created_at: datetime
    updated_at: datetime
    counts: dict[str, int]
    missing: list[Problem]  # the review's gaps and inconsistencies, in step order


def design_overview(db: Database, design_id: str) -> DesignOverview:
    con = db.reader()
    if con is None:
        raise DesignNotFound(design_id)
    try:
        row = con.execute(
            "SELECT d.*, a.status, a.version_number FROM design d "
            "LEFT JOIN agreement a ON a.design_id = d.id WHERE d.id = ?",
            (design_id,),
        ).fetchone()
        if row is None:
            raise DesignNotFound(design_id)
        counts = {k: con.execute(q, {"id": design_id}).fetchone()[0] for k, q in _COUNTS.items()}
    finally:
        con.close()
    return DesignOverview(
        id=design_id,
        title=row["title"],
        territory=row["territory_name"],
        territory_level=row["territory_level"],
        country=row["country"],
        cluster_kind=row["cluster_kind"],
        legal_vehicle=row["legal_vehicle"],
        status=row["status"] or "draft",
        agreement_version=row["version_number"] or 1,
        created_at=datetime.fromisoformat(row["created_at"]),
        updated_at=datetime.fromisoformat(row["updated_at"]),
        counts=counts,
        missing=review_design(db, design_id),
    )
