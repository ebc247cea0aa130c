from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deseo_desktop.rules.balance import SexCounts, balance, total


def test_exactly_at_the_threshold_is_balanced():
    assert balance(SexCounts(4, 6)).status == "balanced"
    assert balance(SexCounts(6, 4)).status == "balanced"


def test_under_the_threshold_names_the_missing_sex():
    assert balance(SexCounts(3, 7)).status == "few_women"
    assert balance(SexCounts(7, 3)).status == "few_men"
    assert balance(SexCounts(3, 7), threshold_pct=30).status == "balanced"


def test_not_stated_is_reported_not_counted():
    b = balance(SexCounts(2, 2, 5))
    assert b.status == "balanced" and b.women_share == Fraction(1, 2) and b.not_stated == 5
    assert balance(SexCounts(0, 0, 3)).status == "no_data"


def test_bad_inputs_are_refused():
    with pytest.raises(ValueError):
        SexCounts(-1, 2)
    with pytest.raises(ValueError):
        balance(SexCounts(1, 1), threshold_pct=60)


counts = st.builds(SexCounts, st.integers(0, 500), st.integers(0, 500), st.integers(0, 50))


@given(counts, st.integers(0, 50))
def test_shares_add_up_and_status_is_consistent(c, threshold):
    b = balance(c, threshold)
    if c.stated == 0:
        assert b.status == "no_data"
        return
    assert b.women_share + b.men_share == 1
    floor = Fraction(threshold, 100)
    assert (b.status == "balanced") == (b.women_share >= floor and b.men_share >= floor)


@given(st.lists(counts, max_size=10))
def test_total_sums_every_group(groups):
    t = total(groups)
    assert t.women == sum(g.women for g in groups)
    assert t.total == sum(g.total for g in groups)
