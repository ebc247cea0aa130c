"""Drawing a PoolingMap into a scene: the layout of rules/map_layout.py made into items.

Organisations are dots in their kind's colour with their names on the outer side, resources
are circles sized by the value contributed to them, with name and value; each group has a
header; each contribution and use row is one link.
"""

import math
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QPointF, QRectF
from PySide6.QtWidgets import QGraphicsScene

from deseo_desktop.formatting import format_compact_money, format_money
from deseo_desktop.rules.map_layout import Layout, Metrics, layout_map, metrics_for, resource_radius
from deseo_desktop.services.pooling_map import CONTRIBUTES, MapNode, PoolingMap
from deseo_desktop.terms import term

from .map_items import (
    DOT,
    LABEL_PX,
    MUTED,
    RESOURCE_COLOUR,
    TEXT,
    USES_COLOUR,
    HeaderItem,
    NodeItem,
    font,
    kind_colour,
)
from .map_links import LinksItem, Look

MANY_LINKS = 200  # beyond this the links are drawn as hairlines (map_links.Look)


@dataclass
class Drawing:
    """The items of a drawn map, by the ids of the rows they stand for."""

    nodes: dict[str, NodeItem] = field(default_factory=dict)
    links: LinksItem = field(default_factory=LinksItem)
    links_of: dict[str, list[str]] = field(default_factory=dict)  # node id -> its link ids
    ends: dict[str, tuple[str, str]] = field(default_factory=dict)  # link -> actor, resource
    rect: QRectF = field(default_factory=QRectF)


def thin_links(pooling_map: PoolingMap) -> bool:
    """Whether the links are hairlines (many of them) or as wide as their value."""
    return len(pooling_map.links) > MANY_LINKS


def draw_map(scene: QGraphicsScene, pooling_map: PoolingMap, language: str) -> Drawing:
    resources = [n for n in pooling_map.nodes if not n.is_actor]
    metrics = metrics_for(len(resources))
    layout = layout_map(
        [n.spot() for n in pooling_map.nodes if n.is_actor],
        [n.spot() for n in resources],
        metrics,
    )
    drawing = Drawing(rect=QRectF(0, 0, layout.width, layout.height))
    scene.addItem(drawing.links)
    _add_headers(scene, layout, metrics, language)
    _add_nodes(scene, drawing, pooling_map, layout, metrics, language)
    _add_links(drawing, pooling_map)
    return drawing


def _add_headers(scene, layout: Layout, metrics: Metrics, language: str) -> None:
    translate = QCoreApplication.translate
    for header in layout.headers:
        if header.side == "middle":
            if header.continued:
                continue
            text = translate("MapView", "Pooled resources (%1)").replace("%1", str(header.count))
            colour = None
        else:
            name = term("actor_kind", header.group, language)
            text = f"{name} ({header.count})"
            if header.continued:
                text = translate("MapView", "%1, continued").replace("%1", name)
            colour = kind_colour(header.group)
        width = metrics.resource_width if header.side == "middle" else metrics.column_width
        item = HeaderItem(text, colour, width, header.side == "left")
        item.setPos(header.x, header.y)
        scene.addItem(item)


def _add_nodes(scene, drawing, pooling_map, layout, metrics, language: str) -> None:
    largest = max((n.value_cents for n in pooling_map.nodes if not n.is_actor), default=0)
    slot = metrics.resource_pitch * 0.4
    currency = pooling_map.currency
    for node in pooling_map.nodes:
        x, y = layout.positions[node.id]
        side = layout.sides[node.id]
        width = metrics.column_width if node.is_actor else metrics.resource_width
        if node.is_actor:
            item = NodeItem(node.id, side, kind_colour(node.group), width, DOT, DOT)
            item.set_lines([(node.name, font(LABEL_PX), TEXT)])
            item.setPos(x + width - DOT if side == "left" else x + DOT, y)
        else:
            radius = resource_radius(node.value_cents, largest, metrics.resource_pitch)
            item = NodeItem(node.id, side, RESOURCE_COLOUR, width, radius, slot)
            money = short_money(node.value_cents, currency, language)
            item.set_lines([(node.name, font(LABEL_PX, bold=True), TEXT), (money, font(11), MUTED)])
            item.setPos(x + slot, y)
        item.setToolTip(_tooltip(node, currency, language))
        drawing.nodes[node.id] = item
        drawing.links_of[node.id] = []
        scene.addItem(item)


def _add_links(drawing: Drawing, pooling_map: PoolingMap) -> None:
    links = pooling_map.links
    largest = max((k.value_cents for k in links if k.relation == CONTRIBUTES), default=0)
    thin = thin_links(pooling_map)
    alpha = 110 if thin else 150  # a hairline needs more colour to be seen
    for link in links:
        actor, resource = drawing.nodes[link.actor_id], drawing.nodes[link.resource_id]
        contributes = link.relation == CONTRIBUTES
        # A contribution and a use between the same two stay apart at the resource's end.
        end = resource.anchor(actor.side) + QPointF(0, -3 if contributes else 3)
        if contributes:
            share = math.sqrt(link.value_cents / largest) if largest > 0 else 0.0
            look = Look(actor.colour, 1.2 + 2.8 * share, False, alpha, thin)
        else:
            look = Look(USES_COLOUR, 1.3, True, alpha, thin)
        start = actor.anchor("middle")
        if actor.side == "right":
            start, end = end, start  # paths run left to right
        drawing.links.add(link.id, start, end, look)
        drawing.links_of[link.actor_id].append(link.id)
        drawing.links_of[link.resource_id].append(link.id)
        drawing.ends[link.id] = (link.actor_id, link.resource_id)


def _tooltip(node: MapNode, currency: str, language: str) -> str:
    if node.is_actor:
        return f"{node.name}\n{term('actor_kind', node.group, language)}"
    money = format_money(node.value_cents, currency, language)
    return f"{node.name}\n{term('resource_category', node.group, language)} · {money}"


def short_money(cents: int, currency: str, language: str) -> str:
    """A value as the map's labels show it: "€85K", "85 k €" (the details give it in full)."""
    return format_compact_money(cents / 100, currency, language)
