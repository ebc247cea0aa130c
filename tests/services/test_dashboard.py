"""The dashboard's figures, checked against the design's rows summed here by hand."""

from collections import Counter

import pytest

from deseo_desktop.rules import scoring
from deseo_desktop.rules.balance import SexCounts
from deseo_desktop.services import edits, library, sections, synthetic
from deseo_desktop.services.dashboard import (
    CLUSTER_GROUPS,
    OTHERS,
    ActorCounts,
    actor_bars,
    dashboard,
    value_bars,
)
from deseo_desktop.services.errors import DesignNotFound
from deseo_desktop.services.evaluation import evaluation
from deseo_desktop.services.export import agreement_snapshot


@pytest.fixture
def example(db):
    return library.add_example(db)


def rows_of(db, design_id, table):
    return agreement_snapshot(db, design_id)[table]


def sex_sum(rows, prefix) -> SexCounts:
    return SexCounts(
        sum(r[f"{prefix}_women"] or 0 for r in rows),
        sum(r[f"{prefix}_men"] or 0 for r in rows),
        sum(r[f"{prefix}_not_stated"] or 0 for r in rows),
    )


def test_the_cluster_groups_add_up_the_rows(db, example):
    data = dashboard(db, example)
    assert list(data.cluster) == list(CLUSTER_GROUPS)
    actors = rows_of(db, example, "actor")
    assert data.cluster["workforce"] == sex_sum(actors, "workforce")
    assert data.cluster["management"] == sex_sum(actors, "managers")
    assert data.cluster["boards"] == sex_sum(actors, "board")
    seats = Counter(s["sex"] for s in rows_of(db, example, "seat"))
    governance = data.cluster["governance_seats"]
    assert (governance.women, governance.men) == (seats["woman"], seats["man"])
    assert governance.total == seats.total()
    workshops = rows_of(db, example, "workshop")
    assert data.cluster["workshop_attendance"] == sex_sum(workshops, "attendance")
    assert data.cluster["workshop_attendance"].total == 14 + 6 + 1 + 12 + 9 + 11 + 8
    actions = rows_of(db, example, "valorisation_action")
    assert data.cluster["planned_speakers"] == sex_sum(actions, "speakers")
    assert len(data.actors) == len(actors) == 10
    assert data.title and data.currency == "EUR" and data.threshold_pct == 40


def test_pooled_value_by_category_and_contributor_cash_and_in_kind(db, example):
    data = dashboard(db, example)
    contributions = rows_of(db, example, "contribution")
    category = {r["id"]: r["category"] for r in rows_of(db, example, "pooled_resource")}
    expected: dict[str, list[int]] = {}
    for c in contributions:
        sums = expected.setdefault(category[c["resource_id"]], [0, 0])
        sums[0 if c["kind"] == "cash" else 1] += c["value_cents"]
    assert {b.key: [b.cash_cents, b.in_kind_cents] for b in data.by_category} == expected
    totals = [b.total_cents for b in data.by_category]
    assert totals == sorted(totals, reverse=True)
    everything = sum(c["value_cents"] for c in contributions)
    assert data.pooled.total_cents == everything
    assert sum(b.total_cents for b in data.by_contributor) == everything
    assert {b.key for b in data.by_contributor} == {c["actor_id"] for c in contributions}
    names = {a["id"]: a["name"] for a in rows_of(db, example, "actor")}
    assert all(b.name == names[b.key] for b in data.by_contributor)
    cash = sum(c["value_cents"] for c in contributions if c["kind"] == "cash")
    assert data.pooled.cash_cents == cash and data.pooled.in_kind_cents == everything - cash


def test_the_financing_score_is_the_grid_rules_own(db, example):
    rows = agreement_snapshot(db, example)
    grid = scoring.grid_from_rows(rows)
    result = scoring.score_grid(grid, scoring.assessments_from_rows(rows, grid))
    score = dashboard(db, example).financing
    assert score.total == result.rounded_total
    assert score.verdict == result.verdict == "funded"
    assert (score.threshold, score.gender_minimum, score.gender_code) == (60, 10, "3")
    assert [c.code for c in score.criteria] == [c.criterion.code for c in result.criteria]
    assert [c.points for c in score.criteria] == [
        scoring.round_half_away(c.points) for c in result.criteria
    ]
    assert sum(c.max_points for c in score.criteria) == 100
    assert score.gender_points == result.rounded_gender_points
    assert score.assessors == 2


def test_the_scorecard_counts_every_indicator_once(db, example):
    card = dashboard(db, example).scorecard
    indicators = rows_of(db, example, "indicator")
    overall = card.overall
    assert overall.assessed + overall.not_measured == len(indicators)
    assert sum(t.assessed + t.not_measured for t in card.domains.values()) == len(indicators)
    assert set(card.domains) == {i["domain"] for i in indicators}
    assert card == evaluation(db, example).scorecard  # the evaluation step shows the same


def test_a_suppressed_latest_measurement_counts_as_not_measured(db, example):
    """A figure from too few women or men never reaches a chart, not even as a status."""
    before = dashboard(db, example).scorecard.overall
    indicator = next(i for i in rows_of(db, example, "indicator") if i["catalogue_code"] == "W4")
    latest = max(
        sections.load_rows(db, "measurement", {"indicator_id": indicator["id"]}),
        key=lambda m: m["measured_on"],
    )
    edits.apply(db, example, edits.FieldEdit("measurement", latest["id"], "count_men", 2))
    after = dashboard(db, example).scorecard.overall
    assert after.not_measured == before.not_measured + 1
    assert after.assessed == before.assessed - 1


def test_a_blank_design_has_an_empty_dashboard(db):
    design_id = library.create_blank(db, library.NewDesign("Empty", "Valdoria"))
    data = dashboard(db, design_id)
    assert data.actors == () and data.by_category == () and data.by_contributor == ()
    assert data.financing is None
    assert all(c == SexCounts() for c in data.cluster.values())
    assert data.pooled.total_cents == 0
    assert data.scorecard.overall.assessed == data.scorecard.overall.not_measured == 0


def test_an_unknown_design_is_reported(db):
    with pytest.raises(DesignNotFound):
        dashboard(db, "no-such-design")


def test_three_hundred_organisations_fit_in_twenty_bars(db):
    design_id = synthetic.add_large_design(db, seed=1)
    data = dashboard(db, design_id)
    assert len(data.actors) == 300
    bars, missing = actor_bars(data.actors, "workforce", "largest", 20)
    assert len(bars) == 20 and bars[-1].key == OTHERS
    given = [a.counts["workforce"] for a in data.actors if "workforce" in a.counts]
    given = [c for c in given if c.stated]
    assert missing == 300 - len(given)
    assert bars[-1].gathered == len(given) - 19
    assert sum((b.counts for b in bars), SexCounts()) == sum(given, SexCounts())
    sizes = [b.counts.stated for b in bars[:-1]]
    assert sizes == sorted(sizes, reverse=True)
    assert min(sizes) >= max(c.stated for c in given if c not in [b.counts for b in bars[:-1]])


@pytest.mark.parametrize("order,sex", [("fewest_women", "women"), ("fewest_men", "men")])
def test_the_least_balanced_organisations_come_first(order, sex):
    actors = tuple(
        ActorCounts(f"a{i}", f"Org {i}", {"workforce": SexCounts(w, m)})
        for i, (w, m) in enumerate([(5, 5), (1, 9), (9, 1), (2, 8), (0, 0), (3, 3)])
    )
    bars, missing = actor_bars(actors, "workforce", order, limit=3)
    assert missing == 1  # Org 4 gave a row of zeros: nobody to show
    shares = [getattr(b.counts, sex) / b.counts.stated for b in bars[:2]]
    assert shares == sorted(shares) and shares[0] == 0.1
    assert bars[2].key == OTHERS and bars[2].gathered == 3


def test_the_largest_contributors_and_the_rest(db):
    design_id = synthetic.add_large_design(db, seed=1)
    data = dashboard(db, design_id)
    top, rest = value_bars(data.by_contributor, 15)
    assert len(top) == 15 and rest.key == OTHERS
    assert rest.gathered == len(data.by_contributor) - 15
    assert sum(b.total_cents for b in top) + rest.total_cents == data.pooled.total_cents
    few, none = value_bars(data.by_contributor[:4], 15)
    assert len(few) == 4 and none.gathered == 0 and none.total_cents == 0
