"""Indicator progress: suppression, the figure a target is about, the expected path, the status
of a measurement for each way and target kind (tolerance edges included), the scorecard."""

from datetime import date
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deseo_desktop.rules import progress as p
from deseo_desktop.rules.progress import Thresholds

START, MIDDLE, END = date(2026, 1, 1), date(2026, 1, 6), date(2026, 1, 11)  # 5 of 10 days
RULES = Thresholds(suppression_min=3, tolerance_pct=10)


def ind(**values) -> dict:
    row = {
        "id": "i",
        "domain": "work",
        "disaggregation": "single",
        "target_kind": "at_least",
        "baseline_date": START,
        "target_date": END,
    }
    row.update(values)
    return row


def meas(on=MIDDLE, **values) -> dict:
    return {"id": "m", "measured_on": on, **values}


def status(indicator, measurement, rules=RULES) -> str:
    return p.assess(indicator, measurement, rules).status


# --- suppression ----------------------------------------------------------------------------


@pytest.mark.parametrize("disaggregation", ["by_sex", "computed"])
def test_too_few_women_or_men_suppress_a_measurement(disaggregation):
    i = ind(disaggregation=disaggregation)
    assert p.suppressed(i, meas(count_women=2, count_men=40), 3)
    assert p.suppressed(i, meas(count_women=40, count_men=2), 3)
    assert p.suppressed(i, meas(count_women=0, count_men=0), 3)
    assert not p.suppressed(i, meas(count_women=3, count_men=3), 3)  # "fewer than" the minimum
    assert p.suppressed(i, meas(count_women=3, count_men=3), 4)  # the design's own minimum
    assert not p.suppressed(i, meas(count_women=None, count_men=None), 3)  # not known small


def test_single_values_count_organisations_or_money_and_are_never_suppressed():
    assert not p.suppressed(ind(disaggregation="single"), meas(count_women=0, count_men=1), 3)


def test_a_suppressed_figure_has_no_status_even_on_track():
    i = ind(disaggregation="by_sex", target_kind="range", target_value=40, target_high=60)
    m = meas(value_women=50, value_men=50, count_women=2, count_men=2)
    assert p.assess(i, m, RULES) == p.Assessment("suppressed")
    assert status(i, {**m, "count_men": 3, "count_women": 3}) == "on_track"


# --- the figure a target is about ----------------------------------------------------------


def test_the_figure_follows_the_disaggregation_and_the_target_kind():
    def by_sex(kind, **values):
        return ind(disaggregation="by_sex", target_kind=kind, **values)

    cases = [
        (ind(), "value", 7),
        (ind(disaggregation="computed", target_kind="range"), "value", 7),
        (by_sex("at_least"), "women", 30),
        (by_sex("at_most"), "women", 30),
        (by_sex("gap_at_most"), "gap", 10),
        (by_sex("range", target_value=0.9, target_high=1.1), "ratio", Fraction(3, 4)),
        (by_sex("range", target_value=40, target_high=60), "share", Fraction(300, 7)),
        (by_sex("trend"), "both", None),
        (by_sex("none"), "both", None),
    ]
    for indicator, basis, figure in cases:
        assert p.basis(indicator) == basis
        assert p.figure(indicator, 30, 40, 7) == figure, basis


def test_figures_that_cannot_be_worked_out_are_none():
    share = ind(disaggregation="by_sex", target_kind="range", target_value=40, target_high=60)
    ratio = {**share, "target_value": 0.9, "target_high": 1.1}
    gap = ind(disaggregation="by_sex", target_kind="gap_at_most")
    assert p.figure(share, 0, 0, None) is None and p.figure(ratio, 5, 0, None) is None
    assert p.figure(gap, 5, None, 3) is None and p.figure(ind(), 5, 5, None) is None
    assert p.number(float("nan")) is None and p.number(float("inf")) is None
    assert p.number(72.8) == Fraction(364, 5)  # the decimal typed, not the float beside it


def test_targets_per_kind():
    assert p.target(ind(target_value=5)) == p.Target("up", 5)
    assert p.target(ind(target_kind="at_most", target_value=5)) == p.Target("down", 5)
    assert p.target(ind(target_kind="range", target_value=60, target_high=40)) == p.Target(
        "range", 40, 60
    )
    assert p.target(ind(target_kind="range", target_value=40)) is None  # no high end
    assert p.target(ind(target_kind="trend", target_value=5)) is None
    assert p.target(ind(target_kind="none")) is None
    assert p.target(ind()) is None  # "at least" with no number yet
    women = ind(disaggregation="by_sex", target_women=45, target_men=70)
    assert p.target(women) == p.Target("up", 45)
    gap = {**women, "target_kind": "gap_at_most"}
    assert p.target(gap) == p.Target("down", 25)
    assert p.target({**gap, "target_value": 5}) == p.Target("down", 5)


# --- the expected path ----------------------------------------------------------------------


def test_the_expected_value_moves_in_a_straight_line_from_baseline_to_target():
    i = ind(baseline_value=10, target_value=30)
    assert p.expected_path(i) == ((START, 10), (END, 30))
    assert p.expected(i, date(2025, 6, 1)) == 10
    assert p.expected(i, START) == 10
    assert p.expected(i, date(2026, 1, 2)) == 12
    assert p.expected(i, MIDDLE) == 20
    assert p.expected(i, END) == 30
    assert p.expected(i, date(2030, 1, 1)) == 30
    same_day = {**i, "target_date": START}
    assert p.expected(same_day, START) == 30 and p.expected(same_day, date(2025, 1, 1)) == 10


def test_a_range_is_aimed_at_its_nearer_end():
    i = ind(target_kind="range", target_value=40, target_high=60)
    assert p.expected_path({**i, "baseline_value": 80})[1] == (END, 60)
    assert p.expected_path({**i, "baseline_value": 20})[1] == (END, 40)
    assert p.expected_path({**i, "baseline_value": 50})[1] == (END, 50)  # inside: stay


def test_without_a_baseline_or_a_date_the_target_itself_is_expected():
    i = ind(target_value=30)
    assert p.expected_path(i) is None and p.expected(i, MIDDLE) == 30
    assert p.expected({**i, "baseline_value": 10, "target_date": None}, MIDDLE) == 30
    assert status(i, meas(value=28)) == "at_risk"
    assert status(i, meas(value=26)) == "off_track"
    r = ind(target_kind="range", target_value=40, target_high=60)
    assert status(r, meas(value=50)) == "on_track"
    assert status(r, meas(value=63)) == "at_risk"  # 3 from the range, 10% of 60 is 6
    assert status(r, meas(value=67)) == "off_track"


# --- status, each way, on the tolerance's edges --------------------------------------------


def test_up_at_least():
    i = ind(baseline_value=0, target_value=100)  # 50 expected in the middle
    expected = {50: "on_track", 60: "on_track", 49.99: "at_risk", 45: "at_risk"}
    expected |= {44.99: "off_track", 0: "off_track"}
    for value, want in expected.items():
        assert status(i, meas(value=value)) == want, value
    found = p.assess(i, meas(value=45), RULES)
    assert (found.figure, found.expected, found.shortfall) == (45, 50, 5)


def test_down_at_most():
    i = ind(target_kind="at_most", baseline_value=100, target_value=0)
    expected = {50: "on_track", 10: "on_track", 55: "at_risk", 55.01: "off_track"}
    for value, want in expected.items():
        assert status(i, meas(value=value)) == want, value


def test_range_towards_the_range():
    i = ind(target_kind="range", target_value=40, target_high=60, baseline_value=80)
    # 70 expected in the middle: 10 from the range; 10% of 70 is 7.
    expected = {70: "on_track", 65: "on_track", 55: "on_track", 77: "at_risk"}
    expected |= {77.01: "off_track", 33: "on_track", 25: "at_risk", 20: "off_track"}
    for value, want in expected.items():
        assert status(i, meas(value=value)) == want, value
    inside = {**i, "baseline_value": 50}
    assert status(inside, meas(value=60)) == "on_track"
    assert status(inside, meas(value=64)) == "at_risk"  # 4 out, 10% of 50 is 5
    assert status(inside, meas(value=66)) == "off_track"


def test_gap_at_most_works_on_the_gap_whatever_the_indicators_direction():
    # W4: open-ended contracts go up, their gap between women and men must come down.
    i = ind(
        disaggregation="by_sex",
        direction="up",
        target_kind="gap_at_most",
        target_value=5,
        baseline_women=58,
        baseline_men=71,
    )  # a gap of 13 falling to 5: 9 expected in the middle, 10% of it 0.9
    assert status(i, meas(value_women=63, value_men=72)) == "on_track"
    assert status(i, meas(value_women=72, value_men=63)) == "on_track"  # a gap either way
    assert status(i, meas(value_women=62.1, value_men=72)) == "at_risk"  # 9.9
    assert status(i, meas(value_women=62, value_men=72)) == "off_track"  # 10


def test_women_for_by_sex_at_least_and_share_for_by_sex_ranges():
    women = ind(disaggregation="by_sex", baseline_women=20, baseline_men=80, target_value=40)
    assert status(women, meas(value_women=30, value_men=0)) == "on_track"
    assert status(women, meas(value_women=27, value_men=99)) == "at_risk"
    board = ind(
        disaggregation="by_sex",
        target_kind="range",
        target_value=40,
        target_high=60,
        baseline_women=2,
        baseline_men=8,
    )  # 20% of women falling short of 40%: 30% expected in the middle
    assert status(board, meas(value_women=3, value_men=7)) == "on_track"
    assert status(board, meas(value_women=2.8, value_men=7.2)) == "at_risk"
    assert status(board, meas(value_women=1, value_men=9)) == "off_track"


def test_a_target_already_met_is_on_track_even_behind_a_falling_path():
    i = ind(baseline_value=90, target_value=50)  # met at the baseline; the path falls to 50
    assert status(i, meas(value=55)) == "on_track"
    assert status(i, meas(value=49)) == "off_track"  # 70 expected, 21 short


def test_no_tolerance_and_a_zero_expected_value():
    i = ind(baseline_value=0, target_value=100)
    assert status(i, meas(value=49.99), Thresholds(3, 0)) == "off_track"
    assert status(i, meas(value=50), Thresholds(3, 0)) == "on_track"
    assert status(i, meas(START, value=0)) == "on_track"
    assert status(ind(target_kind="at_most", baseline_value=0, target_value=0), meas(value=1)) == (
        "off_track"
    )


def test_what_cannot_be_assessed_says_why():
    i = ind(baseline_value=0, target_value=100)
    assert status(ind(target_kind="trend"), meas(value=5)) == "no_target"
    assert status(i, meas(value=None)) == "no_figure"
    assert p.assess(i, meas(on=None, value=5), RULES) == p.Assessment("no_date", 5)


@given(st.integers(-50, 150), st.integers(-50, 150), st.sampled_from(["at_least", "at_most"]))
def test_a_better_figure_is_never_a_worse_status(a, b, kind):
    i = ind(target_kind=kind, baseline_value=30, target_value=70)
    rank = {"off_track": 0, "at_risk": 1, "on_track": 2}
    low, high = sorted((a, b))
    worse, better = (low, high) if kind == "at_least" else (high, low)
    assert rank[status(i, meas(value=worse))] <= rank[status(i, meas(value=better))]


# --- an indicator's progress and the scorecard ----------------------------------------------


def test_the_latest_dated_measurement_decides():
    i = ind(baseline_value=0, target_value=100)
    rows = [
        meas(date(2026, 1, 10), id="late", value=95),
        meas(date(2026, 1, 2), id="early", value=0),
        meas(None, id="undated", value=0),
    ]
    assert p.latest(rows)["id"] == "late"
    assert p.progress(i, rows, RULES) == p.Progress(
        "on_track", "", "late", p.assess(i, rows[0], RULES)
    )
    assert p.latest([meas(id="a"), meas(id="b")])["id"] == "b"  # the same day: the last given
    assert p.progress(i, [], RULES).reason == "no_measurement"
    assert p.progress(i, [rows[2]], RULES).reason == "no_measurement"
    assert p.progress(ind(target_kind="none"), rows, RULES).reason == "no_target"
    many = {**i, "disaggregation": "computed"}
    hidden = p.progress(many, [meas(value=90, count_women=1, count_men=9)], RULES)
    assert (hidden.status, hidden.reason) == ("not_measured", "suppressed")


def test_the_scorecard_by_domain_and_overall():
    rows = [
        {"id": "a", "domain": "power"},
        {"id": "b", "domain": "work"},
        {"id": "c", "domain": "work"},
        {"id": "d", "domain": "work"},
        {"id": "e", "domain": "violence"},
        {"id": "f", "domain": "mine"},
    ]
    statuses = {"a": "at_risk", "b": "on_track", "c": "off_track", "d": "not_measured"}
    statuses |= {"f": "on_track"}  # "e" was not assessed at all
    card = p.scorecard(rows, statuses)
    assert list(card.domains) == ["work", "power", "violence", "mine"]
    assert card.domains["work"] == p.Tally(on_track=1, off_track=1, not_measured=1)
    assert card.domains["work"].share_on_track == Fraction(1, 2)
    assert card.domains["power"].share_on_track == 0
    assert card.domains["violence"] == p.Tally(not_measured=1)
    assert card.domains["violence"].share_on_track is None
    assert card.overall == p.Tally(on_track=2, at_risk=1, off_track=1, not_measured=2)
    assert card.overall.share_on_track == Fraction(1, 2)
    assert p.scorecard([], {}) == p.Scorecard()


def test_thresholds_of_a_design_keep_a_chosen_zero():
    from deseo_desktop.rules.progress import Thresholds

    assert Thresholds.of({}) == Thresholds(3, 10)
    assert Thresholds.of({"suppression_min": 5, "progress_tolerance_pct": 0}) == Thresholds(5, 0)
