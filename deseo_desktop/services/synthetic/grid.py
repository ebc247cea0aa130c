"""The default financing grid's rows, and the large design's assessment of them."""

import json
import random
from functools import cache

from deseo_desktop.resources import resource_path

from ..design_data import Rows
from .text import free_text, person, random_day


@cache
def _default_grid_json() -> str:
    return resource_path("catalogues", "default_grid.json").read_text(encoding="utf-8")


def default_grid_rows(prefix: str = "grid:", design_id: str | None = "design") -> Rows:
    """The default financing grid's rows, ids prefixed, the grid attached to `design_id`."""
    tables = json.loads(_default_grid_json())["tables"]
    for table, rows in tables.items():
        for row in rows:
            row["id"] = prefix + row["id"]
            for fk in ("grid_id", "criterion_id"):
                if fk in row:
                    row[fk] = prefix + row[fk]
            if table == "financing_grid":
                row["design_id"] = design_id
    return tables


def assessed_grid_rows(rng: random.Random, design_id: str, authority: str) -> Rows:
    """The default grid for `authority`, two assessors answering every gate and criterion."""
    grid = default_grid_rows("grid:", design_id)
    grid["financing_grid"][0]["authority"] = authority
    out: Rows = dict(grid)
    levels = [int(v) for v in grid["financing_grid"][0]["score_levels"].split(",")]
    out["assessor"] = [
        {
            "id": f"assessor:{a}",
            "grid_id": "grid:grid",
            "position": a,
            "name": person(rng)[0],
            "organisation": authority,
            "assessed_on": random_day(rng, 0, 60),
        }
        for a in range(2)
    ]
    out["gate_answer"] = [
        {
            "id": f"gate:{a}:{g['id']}",
            "assessor_id": f"assessor:{a}",
            "gate_id": g["id"],
            "passed": True,
            "note": free_text(rng, 20, 25),
        }
        for a in range(2)
        for g in grid["grid_gate"]
    ]
    out["score"] = [
        {
            "id": f"score:{a}:{s['id']}",
            "assessor_id": f"assessor:{a}",
            "sub_criterion_id": s["id"],
            "score": rng.choice(levels),
            "comment": free_text(rng, 20, 25),
        }
        for a in range(2)
        for s in grid["grid_sub_criterion"]
    ]
    out["bonus_award"] = [
        {
            "id": f"bonus:{a}:{b['id']}",
            "assessor_id": f"assessor:{a}",
            "bonus_id": b["id"],
            "points": rng.choice((0, b["max_points"])),
        }
        for a in range(2)
        for b in grid["grid_bonus"]
    ]
    return out
