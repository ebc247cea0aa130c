"""The example design's verdict, worked out by hand, and what moves it.

The example (resources/templates/example.json) is scored on the default grid of DOMAIN.md by
two assessors, Laura Pini (L) and Stefano Gatti (S). Each sub-criterion earns its mean score
÷ 5 (the top level) × its maximum; a criterion is the sum of its sub-criteria; the bonus is the
sum of the mean awards, capped at 5; the total is capped at 100 and rounded once, at the end.
"""

import json
from dataclasses import replace
from decimal import Decimal
from fractions import Fraction as F  # noqa: N817  short, for the tables of figures

import pytest

from deseo_desktop.resources import resource_path
from deseo_desktop.rules.scoring import (
    Assessment,
    assessments_from_rows,
    grid_from_rows,
    score_grid,
)


@pytest.fixture(scope="module")
def example():
    text = resource_path("templates", "example.json").read_text(encoding="utf-8")
    rows = json.loads(text)["tables"]
    grid = grid_from_rows(rows)
    return grid, assessments_from_rows(rows, grid)


def points_by_code(result):
    return {s.sub.code: s.points for c in result.criteria for s in c.subs}


def test_the_example_is_funded_with_77_8_points(example):
    grid, people = example
    assert [p.name for p in people] == ["Laura Pini", "Stefano Gatti"]
    result = score_grid(grid, people)
    # sub  max  L  S  mean  points = mean / 5 × max
    # 1.1   8   5  5   5     8
    # 1.2   7   3  3   3     4.2               criterion 1: 12.2
    # 2.1   8   5  3   4     6.4
    # 2.2   6   3  3   3     3.6
    # 2.3   6   5  5   5     6                 criterion 2: 16
    # 3.1   5   3  3   3     3
    # 3.2   5   5  5   5     5
    # 3.3   5   5  5   5     5
    # 3.4   5   3  5   4     4                 criterion 3: 17 (minimum 10: met)
    # 4.1   8   3  3   3     4.8
    # 4.2   7   3  1   2     2.8               criterion 4: 7.6
    # 5.1   5   5  5   5     5
    # 5.2   5   3  3   3     3                 criterion 5: 8
    # 6.1   5   3  3   3     3
    # 6.2   5   5  5   5     5                 criterion 6: 8
    # 7.1   5   3  3   3     3
    # 7.2   5   3  1   2     2                 criterion 7: 5
    expected = {
        "1.1": 8, "1.2": F(42, 10), "2.1": F(64, 10), "2.2": F(36, 10), "2.3": 6,
        "3.1": 3, "3.2": 5, "3.3": 5, "3.4": 4, "4.1": F(48, 10), "4.2": F(28, 10),
        "5.1": 5, "5.2": 3, "6.1": 3, "6.2": 5, "7.1": 3, "7.2": 2,
    }  # fmt: skip
    assert points_by_code(result) == expected
    subtotals = [c.points for c in result.criteria]
    assert subtotals == [F(122, 10), 16, 17, F(76, 10), 8, 8, 5]
    # Criteria: 12.2 + 16 + 17 + 7.6 + 8 + 8 + 5 = 73.8.
    assert result.criteria_points == F(738, 10)
    # Bonus: B1 (max 3) L 3, S 3 → 3; B2 (max 2) L 2, S 0 → 1; 3 + 1 = 4, under the cap of 5.
    assert [b.points for b in result.bonuses] == [3, 1] and result.bonus == 4
    # Total: 73.8 + 4 = 77.8 (under the cap of 100) ≥ 60, and criterion 3 has 17 ≥ 10.
    assert result.total == F(778, 10) and result.rounded_total == Decimal("77.8")
    assert result.rounded_gender_points == Decimal("17.0")
    assert all(g.status == "passed" for g in result.gates)
    assert result.verdict == "funded" and result.reasons == ()


def test_one_no_at_a_gate_stops_it_whatever_the_points(example):
    grid, (laura, stefano) = example
    g4 = next(g for g in grid.gates if g.code == "G4")
    stefano = replace(stefano, gates={**stefano.gates, g4.id: False})
    result = score_grid(grid, [laura, stefano])
    # The points are unchanged (77.8): the gate alone decides.
    assert result.rounded_total == Decimal("77.8")
    assert result.verdict == "not_funded"
    (reason,) = result.reasons
    assert (reason.code, reason.params["code"], reason.params["failed_by"]) == (
        "gate_failed",
        "G4",
        ("Stefano Gatti",),
    )


def test_a_third_assessor_giving_zeros_lowers_every_mean_by_a_third(example):
    grid, people = example
    subs = [s for c in grid.criteria for s in c.sub_criteria]
    third = Assessment(
        "a3",
        "Third",
        {g.id: True for g in grid.gates},
        {s.id: 0 for s in subs},
        {b.id: 0 for b in grid.bonuses},
    )
    result = score_grid(grid, [*people, third])
    # Every mean becomes (L + S + 0) / 3 = 2/3 of the two-assessor mean: criteria 2/3 × 73.8
    # = 49.2. Bonus: B1 (3 + 3 + 0) / 3 = 2, B2 (2 + 0 + 0) / 3 = 2/3, so 8/3.
    assert result.criteria_points == F(492, 10)
    assert result.bonus == F(8, 3)
    # Total 49.2 + 8/3 = 51.8666…, rounded once to 51.9: 8.1 short of 60. Criterion 3:
    # 2/3 × 17 = 11.333… → 11.3, still at least 10, so only the threshold is missed.
    assert result.total == F(492, 10) + F(8, 3)
    assert result.rounded_total == Decimal("51.9")
    assert result.rounded_gender_points == Decimal("11.3")
    (reason,) = result.reasons
    assert reason.code == "below_threshold"
    assert reason.params == {"total": Decimal("51.9"), "threshold": 60, "short_by": Decimal("8.1")}


def test_a_low_gender_criterion_is_missed_by_so_much(example):
    grid, people = example
    gender = next(c for c in grid.criteria if c.code == "3")
    low = dict(zip([s.id for s in gender.sub_criteria], (1, 1, 3, 3), strict=True))
    people = [replace(p, scores={**p.scores, **low}) for p in people]
    result = score_grid(grid, people)
    # Criterion 3: 1 + 1 + 3 + 3 = 8 (each sub's maximum is 5, so points = score): 2.0 short
    # of 10. The total 77.8 - 17 + 8 = 68.8 still passes 60: the minimum alone fails it.
    assert result.rounded_gender_points == Decimal("8.0")
    assert result.rounded_total == Decimal("68.8")
    assert result.verdict == "not_funded"
    (reason,) = result.reasons
    assert reason.params == {
        "code": "3",
        "points": Decimal("8.0"),
        "minimum": 10,
        "short_by": Decimal("2.0"),
    }


def test_the_bonus_cap_and_a_stricter_threshold(example):
    grid, (laura, stefano) = example
    b2 = next(b for b in grid.bonuses if b.code == "B2")
    stefano = replace(stefano, bonuses={**stefano.bonuses, b2.id: 2})
    # B2 now 2 for both: bonus 3 + 2 = 5, exactly the cap; total 73.8 + 5 = 78.8.
    assert score_grid(grid, [laura, stefano]).rounded_total == Decimal("78.8")
    # A cap of 4 holds it to 4: 77.8 again.
    capped = score_grid(replace(grid, bonus_cap=4), [laura, stefano])
    assert capped.bonus == 4 and capped.rounded_total == Decimal("77.8")
    # With the full bonus (78.8) a threshold of 78 is met, one of 79 missed by 0.2.
    strict = score_grid(replace(grid, threshold=78), [laura, stefano])
    assert strict.verdict == "funded"
    strict = score_grid(replace(grid, threshold=79), [laura, stefano])
    assert strict.reasons[0].params["short_by"] == Decimal("0.2")
