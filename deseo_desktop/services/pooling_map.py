"""Who pools what with whom: the pooling map's nodes and links, from a design's plain rows.

Nodes are the organisations (actors) and the pooled resources; links are the contribution
rows ("contributes") and the resource-use rows ("uses"), one link per row, so the map always
has exactly as many links as the pooling tables have rows. The rows come from the same
snapshot the exports read (services/export.agreement_snapshot), so the map and the agreement
draft show the same facts.
"""

from dataclasses import dataclass, field

from deseo_desktop.exports.content import Content, Rows
from deseo_desktop.rules.map_layout import RESOURCES, Spot

from .database import Database

CONTRIBUTES = "contributes"
USES = "uses"
STEP_OF = {"actor": "actors", "pooled_resource": "pooling"}  # where a node is edited


@dataclass(frozen=True)
class MapNode:
    """An actor (group: its kind) or a pooled resource (group: its category)."""

    id: str
    table: str  # "actor" or "pooled_resource": the row it stands for
    group: str
    name: str
    position: int = 0
    cash_cents: int = 0  # resources: the value contributed to it, in cash and in kind
    in_kind_cents: int = 0

    @property
    def value_cents(self) -> int:
        return self.cash_cents + self.in_kind_cents

    @property
    def is_actor(self) -> bool:
        return self.table == "actor"

    def spot(self) -> Spot:
        return Spot(self.id, self.group if self.is_actor else RESOURCES, self.position, self.name)


@dataclass(frozen=True)
class MapLink:
    """One contribution or resource-use row between an actor and a resource."""

    id: str
    relation: str  # CONTRIBUTES or USES
    actor_id: str
    resource_id: str
    kind: str = ""  # contributions: cash or in_kind
    value_cents: int = 0
    users_women: int | None = None
    users_men: int | None = None


@dataclass(frozen=True)
class PoolingMap:
    nodes: list[MapNode] = field(default_factory=list)
    links: list[MapLink] = field(default_factory=list)
    currency: str = "EUR"
    title: str = ""

    def node(self, node_id: str) -> MapNode | None:
        for node in self.nodes:
            if node.id == node_id:
                return node
        return None


def pooling_map(rows: Rows) -> PoolingMap:
    """The map of a snapshot. A row pointing at an actor or resource the snapshot lacks (it
    cannot happen through the app: the keys cascade) is left out rather than drawn loose."""
    content = Content(rows)
    cash: dict[str, int] = {}
    in_kind: dict[str, int] = {}
    resource_ids = {r["id"] for r in content.table("pooled_resource")}
    links = []
    for c in content.table("contribution"):
        if c["actor_id"] not in content.actors or c["resource_id"] not in resource_ids:
            continue
        value = c.get("value_cents") or 0
        totals = cash if c.get("kind") == "cash" else in_kind
        totals[c["resource_id"]] = totals.get(c["resource_id"], 0) + value
        links.append(
            MapLink(
                c["id"], CONTRIBUTES, c["actor_id"], c["resource_id"], c.get("kind") or "", value
            )
        )
    for u in content.table("resource_use"):
        if u["actor_id"] not in content.actors or u["resource_id"] not in resource_ids:
            continue
        links.append(
            MapLink(
                u["id"],
                USES,
                u["actor_id"],
                u["resource_id"],
                users_women=u.get("users_women"),
                users_men=u.get("users_men"),
            )
        )
    nodes = [
        MapNode(a["id"], "actor", a.get("kind") or "", a.get("name") or "", a.get("position") or 0)
        for a in content.actors.values()
    ]
    nodes += [
        MapNode(
            r["id"],
            "pooled_resource",
            r.get("category") or "",
            r.get("name") or "",
            r.get("position") or 0,
            cash.get(r["id"], 0),
            in_kind.get(r["id"], 0),
        )
        for r in content.table("pooled_resource")
    ]
    design = content.design
    return PoolingMap(nodes, links, design.get("currency") or "EUR", design.get("title") or "")


def load_pooling_map(db: Database, design_id: str) -> PoolingMap:
    """The design's map, read in one transaction on a read-only connection of its own."""
    from .export import agreement_snapshot

    return pooling_map(agreement_snapshot(db, design_id))
