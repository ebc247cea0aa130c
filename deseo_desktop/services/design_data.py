"""A whole design as plain rows: read out, written back with new ids.

One mechanism serves duplicating a design, loading templates and the example, and (later)
the portable design file: rows are grouped by table, keyed by column name; ids may be any
unique strings (templates use readable keys) and are replaced by new UUIDs on loading, with
every foreign key following.
"""

from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, Date, DateTime, select

from deseo_desktop.model import Base, new_id, utcnow

# How each table hangs off a design: (foreign-key column, parent table).
PARENT: dict[str, tuple[str, str]] = {
    "design": ("id", "design"),
    "agreement": ("design_id", "design"),
    "article_choice": ("agreement_id", "agreement"),
    "signatory": ("agreement_id", "agreement"),
    "commitment": ("design_id", "design"),
    "workshop": ("design_id", "design"),
    "actor": ("design_id", "design"),
    "pooled_resource": ("design_id", "design"),
    "contribution": ("resource_id", "pooled_resource"),
    "resource_use": ("resource_id", "pooled_resource"),
    "skill_exchange": ("design_id", "design"),
    "improvement_action": ("design_id", "design"),
    "governance_body": ("design_id", "design"),
    "seat": ("body_id", "governance_body"),
    "management_system": ("design_id", "design"),
    "funder": ("design_id", "design"),
    "budget_line": ("design_id", "design"),
    "financing_grid": ("design_id", "design"),
    "grid_gate": ("grid_id", "financing_grid"),
    "grid_criterion": ("grid_id", "financing_grid"),
    "grid_sub_criterion": ("criterion_id", "grid_criterion"),
    "grid_bonus": ("grid_id", "financing_grid"),
    "assessor": ("grid_id", "financing_grid"),
    "gate_answer": ("assessor_id", "assessor"),
    "score": ("assessor_id", "assessor"),
    "bonus_award": ("assessor_id", "assessor"),
    "valorisation_action": ("design_id", "design"),
    "indicator": ("design_id", "design"),
    "measurement": ("indicator_id", "indicator"),
}
DESIGN_TABLES = [t for t in Base.metadata.sorted_tables if t.name in PARENT]
Rows = dict[str, list[dict[str, Any]]]


class DesignDataError(ValueError):
    """Rows that cannot form a design (unknown table or column, dangling reference)."""


def dump_design(conn: Connection, design_id: str) -> Rows:
    """Every row of one design, by table, in an order that loads without breaking a key."""
    ids: dict[str, list[str]] = {"design": [design_id]}
    out: Rows = {}
    for table in DESIGN_TABLES:
        fk, parent = PARENT[table.name]
        parent_ids = ids.get(parent, [])
        rows = []
        for chunk in _chunks(parent_ids, 500):
            result = conn.execute(select(table).where(table.c[fk].in_(chunk)))
            rows.extend(dict(r._mapping) for r in result)
        if "position" in table.c:
            rows.sort(key=lambda r: (r["position"], r["id"]))
        out[table.name] = rows
        ids[table.name] = [r["id"] for r in rows]
    return out


def load_design(conn: Connection, rows: Rows, **design_values: Any) -> str:
    """Insert rows as a new design with new ids; returns the new design's id.

    Ids are looked up per table, through each foreign key's target table, so "c1" may name
    a criterion and a commitment alike. A row's key to the design itself may be left out.
    `design_values` override columns of the design row (a new title, cleared stamps).
    """
    unknown = set(rows) - set(PARENT)
    if unknown:
        raise DesignDataError(f"unknown tables: {sorted(unknown)}")
    if len(rows.get("design", [])) != 1:
        raise DesignDataError("exactly one design row is needed")
    new_ids: dict[str, dict[str, str]] = {t.name: {} for t in DESIGN_TABLES}
    now = utcnow()
    design_id = ""
    for table in DESIGN_TABLES:
        source = rows.get(table.name, [])
        if not source:
            continue
        targets = {
            c.name: next(iter(c.foreign_keys)).column.table.name
            for c in table.columns
            if c.foreign_keys
        }
        ids = new_ids[table.name]
        prepared = []
        for row in source:
            extra = set(row) - set(table.c.keys())
            if extra:
                raise DesignDataError(f"{table.name}: unknown columns {sorted(extra)}")
            values = {}
            for column in table.columns:
                name = column.name
                if name == "id":
                    key = row.get("id") or new_id()
                    if key in ids:
                        raise DesignDataError(f"{table.name}: id {key!r} used twice")
                    ids[key] = values["id"] = new_id()
                elif name in ("created_at", "updated_at"):
                    values[name] = now
                elif name in targets:
                    ref = row.get(name)
                    if ref is None and targets[name] == "design" and name == "design_id":
                        values[name] = design_id  # the design being loaded
                        continue
                    known = new_ids.get(targets[name], {})
                    if ref is not None and ref not in known:
                        raise DesignDataError(f"{table.name}.{name}: unknown reference {ref!r}")
                    values[name] = known.get(ref) if ref is not None else None
                elif name in row:
                    values[name] = _typed(column, row[name])
                else:
                    values[name] = _default(column)
            if table.name == "design":
                values.update(design_values)
                design_id = values["id"]
            prepared.append(values)
        conn.execute(table.insert(), prepared)
    return design_id


def _typed(column, value):
    if value is None:
        return None
    if isinstance(column.type, DateTime) and isinstance(value, str):
        return datetime.fromisoformat(value)
    if isinstance(column.type, Date) and isinstance(value, str):
        return date.fromisoformat(value)
    return value


def _default(column):
    default = column.default
    if default is None or not default.is_scalar:
        return None
    return default.arg


def _chunks(items: list, size: int):
    for i in range(0, len(items), size):
        yield items[i : i + size]


def jsonable(rows: Rows) -> Rows:
    """Dates as ISO text, for JSON."""

    def conv(v):
        return v.isoformat() if isinstance(v, date | datetime) else v

    return {t: [{k: conv(v) for k, v in r.items()} for r in rs] for t, rs in rows.items()}
