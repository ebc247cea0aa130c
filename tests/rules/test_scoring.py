from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from deseo_desktop.rules.scoring import (
    Assessment,
    Bonus,
    Criterion,
    Gate,
    Grid,
    SubCriterion,
    assessments_from_rows,
    grid_from_rows,
    parse_levels,
    round_half_away,
    score_grid,
)

GRID = Grid(
    id="g",
    threshold=60,
    gender_criterion_code="3",
    gender_minimum=10,
    bonus_cap=5,
    total_cap=100,
    gates=(Gate("g1", "G1", "led locally"), Gate("g2", "G2", "three members")),
    criteria=(
        Criterion("c1", "1", "need", 15, (SubCriterion("s11", "1.1", "evidence", 8),)),
        Criterion(
            "c3",
            "3",
            "equality",
            20,
            (SubCriterion("s31", "3.1", "analysis", 10), SubCriterion("s32", "3.2", "", 10)),
        ),
        Criterion("c9", "9", "rest", 67, (SubCriterion("s9", "9.1", "rest", 67),)),
    ),
    bonuses=(Bonus("b1", "B1", "prior agreement", 3), Bonus("b2", "B2", "rural", 2)),
)
ALL_YES = {"g1": True, "g2": True}


def assessor(name, scores, gates=ALL_YES, bonuses=None):
    return Assessment(name, name, dict(gates), dict(scores), dict(bonuses or {}))


# Rounding


def test_halves_round_away_from_zero_as_excel_does():
    assert round_half_away(Fraction(5, 100)) == Decimal("0.1")
    assert round_half_away(Fraction(225, 100)) == Decimal("2.3")
    assert round_half_away(Fraction(-225, 100)) == Decimal("-2.3")
    assert round_half_away(Fraction(-5, 100)) == Decimal("-0.1")
    assert round(2.25, 1) == 2.2  # why Python's round is not used
    assert round_half_away(Fraction(1, 3)) == Decimal("0.3")
    assert round_half_away(Fraction(2, 3), 2) == Decimal("0.67")
    assert round_half_away(0) == Decimal("0.0")
    assert round_half_away(Fraction(7, 2), 0) == Decimal("4")


@given(st.integers(-(10**6), 10**6), st.sampled_from([1, 2, 4, 8, 20, 40, 100, 1000]))
def test_rounding_matches_decimal_half_up(numerator, denominator):
    exact = Decimal(numerator) / Decimal(denominator)  # exact: denominators divide a power of 10
    expected = exact.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)  # half away from zero
    assert round_half_away(Fraction(numerator, denominator)) == expected


@given(st.fractions(), st.fractions())
def test_rounding_is_monotonic(a, b):
    if a <= b:
        assert round_half_away(a) <= round_half_away(b)


# The arithmetic


def test_points_are_the_mean_score_over_five_times_the_maximum():
    result = score_grid(GRID, [assessor("A", {"s11": 5, "s31": 3}), assessor("B", {"s11": 3})])
    need, equality, _ = result.criteria
    assert need.subs[0].mean == 4 and need.points == Fraction(4, 5) * 8
    # s31: only A scored it; B's blank is not a zero. s32: nobody scored it.
    assert equality.subs[0].mean == 3 and equality.subs[0].points == 6
    assert equality.subs[1].mean is None and equality.subs[1].points == 0
    assert result.gender_points == 6
    codes = [r.code for r in result.reasons]
    assert codes.count("not_scored") == 2  # s32 and s9


def test_bonus_is_the_mean_of_awards_capped():
    a = assessor("A", {}, bonuses={"b1": 3, "b2": 2})
    b = assessor("B", {}, bonuses={"b1": 3, "b2": 0})
    result = score_grid(GRID, [a, b])
    assert [x.points for x in result.bonuses] == [3, 1]
    assert result.bonus == 4
    capped = score_grid(Grid(**{**GRID.__dict__, "bonus_cap": 2}), [a, b])
    assert capped.bonus == 2
    # An award above the bonus's own maximum counts as the maximum.
    assert score_grid(GRID, [assessor("A", {}, bonuses={"b1": 9})]).bonuses[0].points == 3


def test_total_is_capped_and_rounded_once():
    full = {"s11": 5, "s31": 5, "s32": 5, "s9": 5}
    result = score_grid(GRID, [assessor("A", full, bonuses={"b1": 3, "b2": 2})])
    assert result.criteria_points == 95 and result.bonus == 5 and result.total == 100
    over = score_grid(Grid(**{**GRID.__dict__, "total_cap": 90}), [assessor("A", full)])
    assert over.total == 90


def test_rounding_happens_once_at_the_end():
    # Four assessors give means in quarters: 0.25 / 5 * 8 = 0.4 for s11, 0.25 / 5 * 10 = 0.5 ...
    grid = Grid(
        id="g",
        threshold=0,
        gender_minimum=0,
        criteria=(
            Criterion(
                "c", "1", "", 21, (SubCriterion("a", "1.1", "", 7), SubCriterion("b", "1.2", "", 7))
            ),
        ),
    )
    people = [assessor(n, {"a": 1, "b": 1}, gates={}) for n in "A"] + [
        assessor(n, {"a": 0, "b": 0}, gates={}) for n in "BCD"
    ]
    result = score_grid(grid, people)
    # Each sub: 0.25 / 5 * 7 = 0.35 (would round to 0.4 each, 0.8 in all); exact sum 0.7.
    assert result.total == Fraction(7, 10)
    assert result.rounded_total == Decimal("0.7")


def test_verdict_funded_and_not_funded_with_reasons():
    good = {"s11": 5, "s31": 5, "s32": 5, "s9": 3}
    funded = score_grid(GRID, [assessor("A", good)])
    assert funded.verdict == "funded" and funded.reasons == ()

    low_gender = {"s11": 5, "s31": 1, "s32": 3, "s9": 5}  # 3: 2 + 6 = 8 < 10
    result = score_grid(GRID, [assessor("A", low_gender)])
    assert result.verdict == "not_funded"
    (reason,) = result.reasons
    assert reason.code == "below_gender_minimum"
    assert reason.params["points"] == Decimal("8.0") and reason.params["short_by"] == Decimal("2.0")

    low_total = {"s11": 1, "s31": 5, "s32": 5, "s9": 1}  # 1.6 + 20 + 13.4 = 35
    result = score_grid(GRID, [assessor("A", low_total)])
    (reason,) = result.reasons
    assert reason.code == "below_threshold"
    assert reason.params == {"total": Decimal("35.0"), "threshold": 60, "short_by": Decimal("25.0")}


def test_a_single_no_fails_a_gate_and_stops_the_assessment():
    full = {"s11": 5, "s31": 5, "s32": 5, "s9": 5}
    result = score_grid(
        GRID, [assessor("A", full), assessor("B", full, gates={"g1": True, "g2": False})]
    )
    assert result.verdict == "not_funded"
    assert result.gates[1].status == "failed" and result.gates[1].failed_by == ("B",)
    assert result.reasons[0].code == "gate_failed" and result.reasons[0].params["code"] == "G2"


def test_unanswered_gates_and_no_assessors_leave_it_not_assessed():
    full = {"s11": 5, "s31": 5, "s32": 5, "s9": 5}
    result = score_grid(GRID, [assessor("A", full, gates={"g1": True})])
    assert result.verdict == "not_assessed"
    assert [r.code for r in result.reasons] == ["gate_not_assessed"]
    # A gate one assessor left blank and another answered yes passes.
    both = score_grid(GRID, [assessor("A", full, gates={"g1": True}), assessor("B", full)])
    assert both.verdict == "funded"
    nobody = score_grid(GRID, [])
    assert nobody.verdict == "not_assessed" and nobody.reasons[0].code == "no_assessors"
    assert nobody.total == 0


def test_score_levels_are_parsed_and_the_top_level_divides():
    assert parse_levels("0, 1,3,5") == (0, 1, 3, 5)
    assert parse_levels("4,2,x,-1,2") == (2, 4)
    assert parse_levels("") == (0, 1, 3, 5)
    assert parse_levels("0") == (0, 1, 3, 5)
    grid = Grid(
        id="g",
        score_levels=(0, 1, 2, 3, 4),
        criteria=(Criterion("c", "1", "", 8, (SubCriterion("s", "1.1", "", 8),)),),
    )
    assert score_grid(grid, [assessor("A", {"s": 2}, gates={})]).total == 4
    assert score_grid(grid, [assessor("A", {"s": 9}, gates={})]).total == 8  # held to the top


# Building from rows


def test_the_example_grid_is_read_from_rows():
    rows = {
        "financing_grid": [
            {
                "id": "fg",
                "name": "Fund",
                "threshold": 60,
                "gender_criterion_code": "3",
                "gender_minimum": 10,
                "bonus_cap": 5,
                "total_cap": 100,
                "score_levels": "0,1,3,5",
            },
        ],
        "grid_gate": [{"id": "g1", "grid_id": "fg", "position": 0, "code": "G1", "text": "t"}],
        "grid_criterion": [
            {
                "id": "c3",
                "grid_id": "fg",
                "position": 1,
                "code": "3",
                "name": "eq",
                "max_points": 20,
            },
            {
                "id": "c1",
                "grid_id": "fg",
                "position": 0,
                "code": "1",
                "name": "n",
                "max_points": 15,
            },
        ],
        "grid_sub_criterion": [
            {
                "id": "s2",
                "criterion_id": "c1",
                "position": 1,
                "code": "1.2",
                "name": "",
                "max_points": 7,
            },
            {
                "id": "s1",
                "criterion_id": "c1",
                "position": 0,
                "code": "1.1",
                "name": "",
                "max_points": 8,
            },
            {
                "id": "s3",
                "criterion_id": "c3",
                "position": 0,
                "code": "3.1",
                "name": "",
                "max_points": 20,
            },
        ],
        "grid_bonus": [
            {"id": "b", "grid_id": "fg", "position": 0, "code": "B", "name": "", "max_points": 3}
        ],
        "assessor": [
            {"id": "a2", "grid_id": "fg", "position": 1, "name": "Bo"},
            {"id": "a1", "grid_id": "fg", "position": 0, "name": "Al"},
        ],
        "gate_answer": [{"assessor_id": "a1", "gate_id": "g1", "passed": True}],
        "score": [
            {"assessor_id": "a1", "sub_criterion_id": "s1", "score": 5},
            {"assessor_id": "a2", "sub_criterion_id": "s1", "score": 3},
            {"assessor_id": "a1", "sub_criterion_id": "s3", "score": 5},
        ],
        "bonus_award": [{"assessor_id": "a2", "bonus_id": "b", "points": 3}],
    }
    grid = grid_from_rows(rows)
    assert [c.code for c in grid.criteria] == ["1", "3"]
    assert [s.code for s in grid.criteria[0].sub_criteria] == ["1.1", "1.2"]
    people = assessments_from_rows(rows, grid)
    assert [a.name for a in people] == ["Al", "Bo"]
    result = score_grid(grid, people)
    assert result.total == Fraction(32, 5) + 20 + 3
    assert result.verdict == "not_funded" and result.reasons[-1].code == "below_threshold"
    assert grid_from_rows({"financing_grid": []}) is None
    assert grid_from_rows(rows, "other") is None


# Properties over random grids and assessments

LEVELS = (0, 1, 3, 5)


@st.composite
def grids(draw):
    criteria = []
    for c in range(draw(st.integers(1, 4))):
        subs = tuple(
            SubCriterion(f"s{c}.{s}", f"{c}.{s}", "", draw(st.integers(0, 20)))
            for s in range(draw(st.integers(0, 4)))
        )
        criteria.append(Criterion(f"c{c}", str(c), "", sum(s.max_points for s in subs), subs))
    bonuses = tuple(Bonus(f"b{i}", f"B{i}", "", draw(st.integers(0, 5))) for i in range(2))
    return Grid(
        id="g",
        threshold=draw(st.integers(0, 100)),
        gender_criterion_code=draw(st.sampled_from(["0", "1", "9"])),
        gender_minimum=draw(st.integers(0, 20)),
        bonus_cap=draw(st.integers(0, 10)),
        total_cap=draw(st.integers(1, 100)),
        gates=(Gate("g1", "G1"),),
        criteria=tuple(criteria),
        bonuses=bonuses,
    )


@st.composite
def graded(draw):
    grid = draw(grids())
    subs = [s.id for c in grid.criteria for s in c.sub_criteria]
    people = []
    for n in range(draw(st.integers(1, 4))):
        scores = {s: draw(st.sampled_from(LEVELS)) for s in subs if draw(st.booleans())}
        bonuses = {b.id: draw(st.integers(0, 8)) for b in grid.bonuses if draw(st.booleans())}
        people.append(Assessment(f"a{n}", f"A{n}", {"g1": True}, scores, bonuses))
    return grid, people


@given(graded())
def test_points_never_exceed_maxima_and_caps_hold(case):
    grid, people = case
    result = score_grid(grid, people)
    for c in result.criteria:
        for s in c.subs:
            assert 0 <= s.points <= s.sub.max_points
        assert c.points <= sum(s.max_points for s in c.criterion.sub_criteria)
    for b in result.bonuses:
        assert 0 <= b.points <= b.bonus.max_points
    assert 0 <= result.bonus <= grid.bonus_cap
    assert 0 <= result.total <= grid.total_cap
    assert result.rounded_total == round_half_away(result.total)


@given(graded(), st.data())
def test_the_verdict_never_falls_when_a_score_rises(case, data):
    grid, people = case
    subs = [s.id for c in grid.criteria for s in c.sub_criteria]
    before = score_grid(grid, people)
    who = data.draw(st.integers(0, len(people) - 1))
    person = people[who]
    scores = dict(person.scores)
    bonuses = dict(person.bonuses)
    if subs and data.draw(st.booleans()):
        sub = data.draw(st.sampled_from(subs))
        now = scores.get(sub)
        higher = [v for v in LEVELS if now is None or v >= now]
        if now is None:
            return  # adding a score to a blank may lower a mean: not a rise
        scores[sub] = data.draw(st.sampled_from(higher))
    else:
        bonus = data.draw(st.sampled_from(grid.bonuses))
        if bonus.id not in bonuses:
            return
        bonuses[bonus.id] = bonuses[bonus.id] + data.draw(st.integers(0, 5))
    raised = list(people)
    raised[who] = Assessment(person.assessor_id, person.name, person.gates, scores, bonuses)
    after = score_grid(grid, raised)
    assert after.total >= before.total
    assert after.gender_points >= before.gender_points
    if before.verdict == "funded":
        assert after.verdict == "funded"
