"""The pooling map's layout: columns by kind, resources in the middle, stable and repeatable."""

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deseo_desktop.model.enums import ActorKind
from deseo_desktop.rules.map_layout import (
    LEFT_KINDS,
    RESOURCES,
    RIGHT_KINDS,
    Metrics,
    Spot,
    layout_map,
    metrics_for,
    resource_radius,
)

KINDS = [k.value for k in ActorKind]


def _design(actors: int, resources: int, seed: int = 1) -> tuple[list[Spot], list[Spot]]:
    rng = random.Random(seed)
    people = [
        Spot(f"a{i}", rng.choice(KINDS), rng.randint(0, actors), f"Actor {rng.randint(0, 50)}")
        for i in range(actors)
    ]
    things = [Spot(f"r{i}", RESOURCES, i, f"Resource {i}") for i in range(resources)]
    return people, things


def _columns(layout, ids) -> dict[float, list[str]]:
    """Node ids by column (x), top to bottom."""
    out: dict[float, list[str]] = {}
    for node_id in sorted(ids, key=lambda i: layout.positions[i][1]):
        out.setdefault(layout.positions[node_id][0], []).append(node_id)
    return out


def test_every_node_placed_once_without_overlap():
    actors, resources = _design(300, 150)
    layout = layout_map(actors, resources)
    metrics = metrics_for(150)
    assert set(layout.positions) == {s.id for s in actors + resources}
    for column in _columns(layout, layout.positions).values():
        ys = [layout.positions[i][1] for i in column]
        side = layout.sides[column[0]]
        pitch = metrics.resource_pitch if side == "middle" else metrics.actor_pitch
        assert all(b - a >= pitch - 1e-9 for a, b in zip(ys, ys[1:], strict=False))
        assert all(0 <= y <= layout.height for y in ys)


def test_social_economy_left_resources_middle_partners_right():
    actors, resources = _design(120, 30)
    layout = layout_map(actors, resources)
    left = [layout.positions[a.id][0] for a in actors if a.group in LEFT_KINDS]
    right = [layout.positions[a.id][0] for a in actors if a.group in RIGHT_KINDS]
    middle = [layout.positions[r.id][0] for r in resources]
    assert max(left) < min(middle) <= max(middle) < min(right)
    assert {layout.sides[a.id] for a in actors if a.group in LEFT_KINDS} == {"left"}
    assert {layout.sides[r.id] for r in resources} == {"middle"}


def test_groups_follow_the_kind_order_and_each_column_the_stable_key():
    actors = [
        Spot("z", "association", 0, "Zeta"),
        Spot("b", "social_cooperative", 2, "beta"),
        Spot("a2", "social_cooperative", 1, "Alpha"),
        Spot("a1", "social_cooperative", 1, "alpha"),
        Spot("c", "social_cooperative", 1, "alpha"),  # same position and name: id decides
    ]
    layout = layout_map(actors, [])
    order = sorted(layout.positions, key=lambda i: (layout.positions[i][0], layout.positions[i][1]))
    assert order == ["a2", "a1", "c", "b", "z"]  # case only breaks a tie
    assert [(h.group, h.count) for h in layout.headers] == [
        ("social_cooperative", 4),
        ("association", 1),
    ]


def test_the_order_rows_arrive_in_does_not_matter():
    actors, resources = _design(200, 60, seed=3)
    first = layout_map(actors, resources)
    rng = random.Random(9)
    for _ in range(3):
        rng.shuffle(actors)
        rng.shuffle(resources)
        again = layout_map(actors, resources)
        assert again.positions == first.positions
        assert again.headers == first.headers


def test_a_long_group_continues_in_the_next_column():
    actors = [Spot(f"a{i:03}", "social_cooperative", i, "") for i in range(200)]
    layout = layout_map(actors, [Spot("r", RESOURCES)], Metrics(aspect=3.0))
    parts = [h for h in layout.headers if h.group == "social_cooperative"]
    assert len(parts) > 1
    assert [h.continued for h in parts] == [False] + [True] * (len(parts) - 1)
    assert all(h.count == 200 for h in parts)
    columns = _columns(layout, [a.id for a in actors])
    assert [i for x in sorted(columns) for i in columns[x]] == [a.id for a in actors]


def test_a_kind_the_layout_does_not_know_goes_right_at_the_end():
    actors = [Spot("n", "new_kind", 0, "N"), Spot("f", "funder", 0, "F")]
    layout = layout_map(actors, [Spot("r", RESOURCES)])
    assert layout.sides["n"] == "right"
    assert layout.positions["n"][0] > layout.positions["f"][0] or (
        layout.positions["n"][1] > layout.positions["f"][1]
    )


def test_the_picture_is_near_a_projectors_shape():
    layout = layout_map(*_design(300, 150))
    assert 1.1 < layout.width / layout.height < 2.3


def test_nothing_to_place():
    layout = layout_map([], [])
    assert (layout.positions, layout.headers, layout.width, layout.height) == ({}, [], 0, 0)


@pytest.mark.parametrize("pitch", [36.0, 60.0])
def test_resource_circles_area_follows_value(pitch):
    largest = resource_radius(100, 100, pitch)
    quarter = resource_radius(25, 100, pitch)
    assert largest == pytest.approx(2 * quarter)
    assert 2 * largest < pitch  # a circle stays within its row
    assert resource_radius(0, 100, pitch) == resource_radius(0, 0, pitch) > 0
    assert resource_radius(1, 10**9, pitch) == resource_radius(0, 100, pitch)  # still visible


@given(
    st.lists(
        st.tuples(st.sampled_from([*KINDS, "x"]), st.integers(0, 5), st.text(max_size=3)),
        max_size=40,
    ),
    st.integers(0, 12),
)
def test_any_design_places_each_node_once_inside_the_picture(rows, resources):
    actors = [Spot(f"a{i}", kind, pos, name) for i, (kind, pos, name) in enumerate(rows)]
    things = [Spot(f"r{i}", RESOURCES, i % 3, "") for i in range(resources)]
    layout = layout_map(actors, things)
    assert set(layout.positions) == {s.id for s in actors + things}
    assert len(set(layout.positions.values())) == len(layout.positions)
    for x, y in layout.positions.values():
        assert 0 <= x <= layout.width and 0 <= y <= layout.height
