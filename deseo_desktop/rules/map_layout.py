"""Where each node of the pooling map goes: a structured layout worked out from plain data.

Organisations stand in columns by kind, the social economy on the left and the public and
other partners on the right, with the pooled resources in the middle. Every column is ordered
by a stable key (position, then name, then id), so the same design always gives the same
picture, whatever order the rows came in and whatever the process's hash seed; nothing here
iterates a set or simulates forces (a force layout is slow with 300 organisations and moves
from one run to the next). Each kind is one group with a header; a short group shares a
column with the next, a long one continues in the next column. The column height is the one
that brings the whole picture closest to a projector's 16:10; each side stands in the middle
of the picture's height, its columns' tops in line.
"""

import math
from collections.abc import Sequence
from dataclasses import dataclass

from deseo_desktop.model.enums import SOCIAL_ECONOMY_KINDS, ActorKind

LEFT_KINDS = tuple(k.value for k in ActorKind if k in SOCIAL_ECONOMY_KINDS)
RIGHT_KINDS = tuple(k.value for k in ActorKind if k not in SOCIAL_ECONOMY_KINDS)
RESOURCES = "resources"  # the middle column's group


@dataclass(frozen=True)
class Spot:
    """A node to place: its id, group (actor kind; RESOURCES for a resource) and sort key."""

    id: str
    group: str
    position: int = 0
    name: str = ""

    def key(self) -> tuple:
        return (self.position, self.name.casefold(), self.name, self.id)


@dataclass(frozen=True)
class Metrics:
    """Sizes in scene units: the room a node takes in its column, headers, column widths."""

    actor_pitch: float = 22.0
    resource_pitch: float = 36.0
    header_height: float = 34.0
    column_width: float = 260.0  # an organisation's column
    resource_width: float = 290.0  # a resource's column: names and values are longer
    column_gap: float = 36.0  # between two columns of one side
    middle_gap: float = 140.0  # between a side and the resources, where the links run
    aspect: float = 1.6


@dataclass(frozen=True)
class Header:
    """A group's title at the top of its part of a column (continued: not its first part)."""

    group: str
    side: str
    x: float
    y: float
    count: int
    continued: bool = False


@dataclass(frozen=True)
class Layout:
    """Each node's place by id (x: its column's left edge; y: the middle of its row), which
    side it is on, the group headers (x, y: their top left) and the size of the picture."""

    positions: dict[str, tuple[float, float]]
    sides: dict[str, str]
    headers: list[Header]
    width: float
    height: float


def metrics_for(resource_count: int) -> Metrics:
    """Larger resource circles when there are few resources and room for them."""
    if resource_count <= 20:
        return Metrics(resource_pitch=60.0)
    return Metrics()


def resource_radius(value: int, largest: int, resource_pitch: float) -> float:
    """A resource's circle: its area proportional to the value contributed to it."""
    biggest = resource_pitch * 0.4
    smallest = max(4.0, biggest * 0.25)
    if largest <= 0 or value <= 0:
        return smallest
    return max(smallest, biggest * math.sqrt(value / largest))


def side_of(group: str) -> str:
    if group == RESOURCES:
        return "middle"
    return "left" if group in LEFT_KINDS else "right"


def _groups(spots: Sequence[Spot], order: Sequence[str]) -> list[tuple[str, list[Spot]]]:
    by_group: dict[str, list[Spot]] = {}
    for spot in spots:
        by_group.setdefault(spot.group, []).append(spot)
    known = [g for g in order if g in by_group]
    unknown = sorted(g for g in by_group if g not in order)  # a kind added later: at the end
    return [(g, sorted(by_group[g], key=Spot.key)) for g in (*known, *unknown)]


def _pack(groups, pitch: float, metrics: Metrics, height: float):
    """Columns no taller than `height`: each a list of header and spot entries (with their
    y from the column's top) and the height it uses."""
    columns: list[tuple[list[tuple], float]] = []
    entries: list[tuple] = []
    used = height  # forces a first column
    for group, spots in groups:
        whole = metrics.header_height + len(spots) * pitch
        if used + whole > height and whole <= height:
            used = height  # the group fits a column of its own: do not split it
        index = 0
        while index < len(spots):
            if used + metrics.header_height + pitch > height:
                if entries:
                    columns.append((entries, used))
                entries, used = [], 0.0
            room = max(1, int((height - used - metrics.header_height) // pitch))
            part = spots[index : index + room]
            entries.append(("header", group, len(spots), index > 0, used))
            used += metrics.header_height
            for spot in part:
                entries.append(("spot", spot, used + pitch / 2))
                used += pitch
            index += len(part)
    if entries:
        columns.append((entries, used))
    return columns


def _pack_all(left, middle, right, metrics: Metrics, height: float):
    return (
        _pack(left, metrics.actor_pitch, metrics, height),
        _pack(middle, metrics.resource_pitch, metrics, height),
        _pack(right, metrics.actor_pitch, metrics, height),
    )


def _width(columns, metrics: Metrics) -> float:
    counts = [len(c) for c in columns]
    if sum(counts) == 0:
        return 0.0
    left, middle, right = counts
    widths = (left + right) * metrics.column_width + middle * metrics.resource_width
    gaps = sum(max(0, n - 1) for n in counts) * metrics.column_gap
    sides = sum(1 for n in counts if n)
    return widths + gaps + max(0, sides - 1) * metrics.middle_gap


def _best_height(left, middle, right, metrics: Metrics) -> float:
    """The column height whose picture is closest to `metrics.aspect` (the lower on a tie)."""
    total = sum(metrics.header_height + len(s) * metrics.actor_pitch for _, s in (*left, *right))
    total += sum(metrics.header_height + len(s) * metrics.resource_pitch for _, s in middle)
    low = metrics.header_height + max(metrics.actor_pitch, metrics.resource_pitch)
    best, best_error = total, math.inf
    height = low
    while height <= max(total, low):
        width = _width(_pack_all(left, middle, right, metrics, height), metrics)
        error = abs(math.log(max(width, 1.0) / height / metrics.aspect))
        if error < best_error - 1e-9:
            best, best_error = height, error
        height = math.ceil(height * 1.06 + 1)
    return best


def layout_map(
    actors: Sequence[Spot], resources: Sequence[Spot], metrics: Metrics | None = None
) -> Layout:
    """Place every actor and resource; the same data gives the same layout, in any order."""
    metrics = metrics or metrics_for(len(resources))
    left = _groups([a for a in actors if side_of(a.group) == "left"], LEFT_KINDS)
    right = _groups([a for a in actors if side_of(a.group) == "right"], RIGHT_KINDS)
    middle = _groups([Spot(r.id, RESOURCES, r.position, r.name) for r in resources], [RESOURCES])
    if not (left or middle or right):
        return Layout({}, {}, [], 0.0, 0.0)
    height = _best_height(left, middle, right, metrics)
    positions: dict[str, tuple[float, float]] = {}
    sides: dict[str, str] = {}
    headers: list[Header] = []
    packed = _pack_all(left, middle, right, metrics, height)
    height = max(used for columns in packed for _entries, used in columns)
    x = 0.0
    for side, columns in zip(("left", "middle", "right"), packed, strict=True):
        if not columns:
            continue
        if x > 0:
            x += metrics.middle_gap - metrics.column_gap
        width = metrics.resource_width if side == "middle" else metrics.column_width
        # A side stands in the middle of the picture; its columns' tops line up.
        shift = (height - max(used for _entries, used in columns)) / 2
        for entries, _used in columns:
            for entry in entries:
                if entry[0] == "header":
                    _, group, count, continued, y = entry
                    headers.append(Header(group, side, x, y + shift, count, continued))
                else:
                    _, spot, y = entry
                    positions[spot.id] = (x, y + shift)
                    sides[spot.id] = side
            x += width + metrics.column_gap
    return Layout(positions, sides, headers, x - metrics.column_gap, height)
