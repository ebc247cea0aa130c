"""The shipped templates, the indicator catalogue and the default financing grid."""

import json
from collections import Counter
from decimal import Decimal

import pytest

from deseo_desktop.model import Base, personal_columns
from deseo_desktop.model.enums import (
    ARTICLE_CODES,
    VEHICLES_BY_COUNTRY,
    ActorKind,
    AgreementKind,
    AgreementStatus,
    BodyKind,
    BudgetCategory,
    ClusterKind,
    CommitmentArea,
    ContributionKind,
    Country,
    Currency,
    Direction,
    Disaggregation,
    ExchangeKind,
    Frequency,
    FunderKind,
    IndicatorDomain,
    Language,
    LegalVehicle,
    MeasurementMethod,
    Priority,
    Renewal,
    ResourceCategory,
    SeatRole,
    Sex,
    TargetKind,
    TerritoryLevel,
    ValorisationKind,
    WizardStep,
)
from deseo_desktop.resources import resource_path
from deseo_desktop.services import library
from deseo_desktop.services.database import Database
from deseo_desktop.services.design_data import PARENT, dump_design, load_design

CATALOGUE_CODES = (
    [f"W{i}" for i in range(1, 7)]
    + [f"M{i}" for i in range(1, 7)]
    + [f"K{i}" for i in range(1, 5)]
    + [f"T{i}" for i in range(1, 5)]
    + [f"P{i}" for i in range(1, 5)]
    + ["H1", "H2"]
    + [f"V{i}" for i in range(1, 5)]
    + ["C1", "C2"]
)
SINGLE = {"T1", "P4", "V1", "V4", "C1", "C2", "H2"}
COMPUTED = {"M1", "W1"}
DOMAIN_BY_LETTER = {
    "W": "work",
    "M": "money",
    "K": "knowledge",
    "T": "time",
    "P": "power",
    "H": "health",
    "V": "violence",
    "C": "cluster",
}

# (table, column) -> the enum whose codes the column may hold.
ENUM_COLUMNS = {
    ("design", "country"): Country,
    ("design", "cluster_kind"): ClusterKind,
    ("design", "legal_vehicle"): LegalVehicle,
    ("design", "currency"): Currency,
    ("design", "agreement_language"): Language,
    ("design", "territory_level"): TerritoryLevel,
    ("design", "wizard_step"): WizardStep,
    ("actor", "kind"): ActorKind,
    ("pooled_resource", "category"): ResourceCategory,
    ("contribution", "kind"): ContributionKind,
    ("skill_exchange", "kind"): ExchangeKind,
    ("improvement_action", "priority"): Priority,
    ("governance_body", "kind"): BodyKind,
    ("seat", "sex"): Sex,
    ("seat", "role"): SeatRole,
    ("funder", "kind"): FunderKind,
    ("budget_line", "category"): BudgetCategory,
    ("budget_line", "kind"): ContributionKind,
    ("valorisation_action", "kind"): ValorisationKind,
    ("indicator", "domain"): IndicatorDomain,
    ("indicator", "disaggregation"): Disaggregation,
    ("indicator", "direction"): Direction,
    ("indicator", "target_kind"): TargetKind,
    ("indicator", "frequency"): Frequency,
    ("measurement", "method"): MeasurementMethod,
    ("agreement", "kind"): AgreementKind,
    ("agreement", "status"): AgreementStatus,
    ("agreement", "renewal"): Renewal,
    ("commitment", "area"): CommitmentArea,
}


def _json(*parts: str) -> dict:
    return json.loads(resource_path(*parts).read_text(encoding="utf-8"))


def _template(key: str) -> dict:
    return _json("templates", f"{key}.json")


def _catalogue() -> dict[str, dict]:
    return {i["code"]: i for i in _json("catalogues", "indicators.json")["indicators"]}


def enum_problems(rows: dict[str, list[dict]]) -> list[str]:
    """Every enum-coded value (and wizard step list, article code) that is not a valid code."""
    problems = []
    for (table, column), enum in ENUM_COLUMNS.items():
        valid = {e.value for e in enum}
        for row in rows.get(table, []):
            if column in row and row[column] not in valid:
                problems.append(f"{table}.{column} = {row[column]!r} ({row.get('id')})")
    for row in rows.get("design", []):
        vehicles = {v.value for v in VEHICLES_BY_COUNTRY[Country(row.get("country", "IT"))]}
        if row.get("legal_vehicle", "charter") not in vehicles:
            problems.append(f"legal vehicle {row['legal_vehicle']} not offered in {row['country']}")
    steps = {s.value for s in WizardStep}
    for row in rows.get("workshop", []):
        bad = [s for s in row.get("steps", "").split(",") if s and s not in steps]
        if bad:
            problems.append(f"workshop steps {bad}")
    for row in rows.get("article_choice", []):
        if row["code"] not in ARTICLE_CODES:
            problems.append(f"article {row['code']}")
        if row.get("custom_mode", "extend") not in ("extend", "replace"):
            problems.append(f"custom_mode {row['custom_mode']}")
    return problems


@pytest.fixture
def db(tmp_path):
    database = Database.open(tmp_path / "t.db")
    yield database
    database.close()


def _dump(db: Database, design_id: str) -> dict[str, list[dict]]:
    with db.session() as s:
        return dump_design(s.connection(), design_id)


# --- files parse --------------------------------------------------------------------------


@pytest.mark.parametrize("key", library.TEMPLATES)
def test_template_file_parses(key):
    data = _template(key)
    assert data["format"] == "deseo-template"
    assert data["version"] == 1
    assert data["key"] == key
    assert set(data["tables"]) <= set(PARENT)
    assert len(data["tables"]["design"]) == 1
    assert library.template_rows(key) == data["tables"]


def test_catalogue_and_grid_files_parse():
    assert _json("catalogues", "indicators.json")["indicators"]
    grid = _json("catalogues", "default_grid.json")
    assert grid["format"] == "deseo-grid"
    assert grid["version"] == 1
    assert "design_id" not in grid["tables"]["financing_grid"][0]


# --- templates load -----------------------------------------------------------------------


@pytest.mark.parametrize("key", library.TEMPLATES)
def test_template_loads_with_the_counts_of_the_file(db, key):
    tables = _template(key)["tables"]
    design_id = library.create_from_template(db, key)
    dumped = _dump(db, design_id)
    for table in PARENT:
        assert len(dumped[table]) == len(tables.get(table, [])), table
    assert dumped["design"][0]["template_key"] == key


@pytest.mark.parametrize("key", library.TEMPLATES)
def test_template_enum_columns_hold_valid_codes(db, key):
    tables = _template(key)["tables"]
    assert enum_problems(tables) == []
    # The loaded rows too: columns a template leaves out take the model's defaults.
    assert enum_problems(_dump(db, library.create_from_template(db, key))) == []


@pytest.mark.parametrize("key", library.TEMPLATES)
def test_template_ids_are_unique_and_references_resolve(key):
    tables = _template(key)["tables"]
    ids = [r["id"] for rows in tables.values() for r in rows]
    assert len(ids) == len(set(ids))
    # The loader checks that a reference names some row; here it must name a row of the
    # table the foreign key points at.
    ids_by_table = {t: {r["id"] for r in rows} for t, rows in tables.items()}
    for table in Base.metadata.sorted_tables:
        for row in tables.get(table.name, []):
            for column in table.columns:
                for fk in column.foreign_keys:
                    ref = row.get(column.name)
                    if ref is not None:
                        target = fk.column.table.name
                        assert ref in ids_by_table.get(target, set()), (table.name, ref)


@pytest.mark.parametrize("key", library.TEMPLATES)
def test_template_common_shape(key):
    t = _template(key)["tables"]
    budget = sorted(t["budget_line"], key=lambda r: r["position"])
    assert budget[0]["category"] == "coordination"
    articles = sorted(t["article_choice"], key=lambda r: r["number"])
    assert [a["code"] for a in articles] == list(ARTICLE_CODES)
    assert [a["number"] for a in articles] == list(range(1, len(ARTICLE_CODES) + 1))
    assert len(t["agreement"]) == 1
    assert t["agreement"][0]["design_id"] == "design"
    assert all(g["design_id"] == "design" for g in t.get("financing_grid", []))
    catalogue = _catalogue()
    for ind in t["indicator"]:
        spec = catalogue[ind["catalogue_code"]]
        for field in ("domain", "unit", "disaggregation", "direction", "target_kind"):
            assert ind[field] == spec[field], (ind["id"], field)
        assert ind["name"] == spec["name"]["en"]
    signatory_actors = {a["id"] for a in t["actor"] if a["is_signatory"]}
    assert {s["actor_id"] for s in t["signatory"]} == signatory_actors
    assert signatory_actors <= {c["actor_id"] for c in t["commitment"]}


@pytest.mark.parametrize("key", ["back_office", "womens_entrepreneurship"])
def test_starting_point_templates(key):
    t = _template(key)["tables"]
    design = t["design"][0]
    assert design["wizard_done"] is False
    assert design["wizard_step"] == "start"
    assert design["cluster_kind"] == "new"
    assert design["legal_vehicle"] == "charter"
    # No personal data in a starting point.
    for table, column in personal_columns(Base.metadata):
        for row in t.get(table, []):
            assert row.get(column) in (None, ""), (table, column, row["id"])
    assert t["pooled_resource"]
    for r in t["pooled_resource"]:
        assert r["equality_benefit"] and r["access_rules"] and r["cost_sharing"]
    assert t["governance_body"] and t["indicator"] and t["commitment"]
    assert not t.get("assessor")


# --- the example --------------------------------------------------------------------------


@pytest.fixture
def example(db):
    return _dump(db, library.add_example(db))


def test_example_design_row(example):
    d = example["design"][0]
    assert d["cluster_kind"] == "existing"
    assert d["legal_vehicle"] == "social_coop_consortium"
    assert d["currency"] == "EUR" and d["agreement_language"] == "en"
    assert d["facilitator"]
    assert d["wizard_done"] is True and d["wizard_step"] == "review"
    assert d["template_key"] == "example"


def test_example_actors_have_full_baselines(example):
    actors = example["actor"]
    assert 8 <= len(actors) <= 12
    assert len({a["kind"] for a in actors}) >= 7
    groups = ("workforce", "managers", "board")
    for a in actors:
        assert a["contact_name"] and "@" in a["contact_email"]
        assert a["baseline_date"] is not None
        for g in groups:
            for s in ("women", "men", "not_stated"):
                assert a[f"{g}_{s}"] is not None, (a["name"], g, s)
    assert any(a[f"{g}_not_stated"] for a in actors for g in groups)
    assert any(a["women_led"] for a in actors) and not all(a["women_led"] for a in actors)
    assert any(a["is_signatory"] for a in actors) and not all(a["is_signatory"] for a in actors)


def test_example_area_a_pooling(example):
    resources = example["pooled_resource"]
    assert 5 <= len(resources) <= 6
    contributions = Counter(c["resource_id"] for c in example["contribution"])
    uses = Counter(u["resource_id"] for u in example["resource_use"])
    for r in resources:
        assert r["equality_benefit"] and r["access_rules"] and r["cost_sharing"]
        assert 1 <= contributions[r["id"]] <= 3
        assert 1 <= uses[r["id"]] <= 3
    assert {c["kind"] for c in example["contribution"]} == {"cash", "in_kind"}
    assert all(c["value_cents"] > 0 for c in example["contribution"])
    assert all(u["users_women"] is not None for u in example["resource_use"])
    assert len(example["skill_exchange"]) == 4


def test_example_area_b_improvement(example):
    actions = example["improvement_action"]
    assert len(actions) == 3
    for a in actions:
        assert a["owner_id"] and a["deadline"] and a["gap"] and a["action"]
    assert len({a["priority"] for a in actions}) > 1


def test_example_governance(example):
    bodies = example["governance_body"]
    assert {b["kind"] for b in bodies} == {"assembly", "steering_committee"}
    for b in bodies:
        assert b["decision_rule"] and b["quorum"]
        seats = [s for s in example["seat"] if s["body_id"] == b["id"]]
        assert seats and all(s["holder"] and s["actor_id"] for s in seats)
        if b["kind"] == "steering_committee":
            sexes = Counter(s["sex"] for s in seats)
            assert sexes["woman"] == sexes["man"]
    assert len(example["management_system"]) == 2


def test_example_area_c_financing(example):
    lines = sorted(example["budget_line"], key=lambda r: r["position"])
    assert lines[0]["category"] == "coordination" and lines[0]["position"] == 0
    assert len(example["funder"]) == 3
    assert {b["kind"] for b in lines} == {"cash", "in_kind"}
    assert all(b["year"] and b["amount_cents"] > 0 for b in lines)


def test_example_grid_fully_assessed(example):
    (grid,) = example["financing_grid"]
    subs = {s["id"] for s in example["grid_sub_criterion"]}
    gates = {g["id"] for g in example["grid_gate"]}
    assert len(subs) == 17 and len(gates) == 6
    assessors = example["assessor"]
    assert len(assessors) == 2
    levels = {int(v) for v in grid["score_levels"].split(",")}
    for a in assessors:
        scores = [s for s in example["score"] if s["assessor_id"] == a["id"]]
        assert {s["sub_criterion_id"] for s in scores} == subs
        assert all(s["score"] in levels for s in scores)
        answers = [g for g in example["gate_answer"] if g["assessor_id"] == a["id"]]
        assert {g["gate_id"] for g in answers} == gates
        assert all(g["passed"] for g in answers)
    by_assessor = [
        [
            s["score"]
            for s in sorted(example["score"], key=lambda s: s["sub_criterion_id"])
            if s["assessor_id"] == a["id"]
        ]
        for a in assessors
    ]
    assert by_assessor[0] != by_assessor[1]
    assert example["bonus_award"]


def test_example_area_d_and_e(example):
    val = example["valorisation_action"]
    assert len(val) == 4
    assert all(v["speakers_women"] is not None and v["speakers_men"] is not None for v in val)
    assert len({v["kind"] for v in val}) == 4
    indicators = example["indicator"]
    assert 7 <= len(indicators) <= 9
    per_indicator = Counter(m["indicator_id"] for m in example["measurement"])
    for ind in indicators:
        assert 1 <= per_indicator[ind["id"]] <= 2, ind["catalogue_code"]
        assert ind["baseline_date"] and ind["target_date"] and ind["responsible_id"]
        assert ind["source"] and ind["frequency"]
        if ind["disaggregation"] == "by_sex":
            assert None not in (ind["baseline_women"], ind["baseline_men"])
            assert None not in (ind["target_women"], ind["target_men"])
        else:
            assert ind["baseline_value"] is not None and ind["target_value"] is not None
    small = [
        m
        for m in example["measurement"]
        if m["count_women"] is not None and min(m["count_women"], m["count_men"]) < 3
    ]
    assert small, "one measurement should be small enough to be suppressed"


def test_example_agreement(example):
    (agreement,) = example["agreement"]
    assert agreement["kind"] == "both" and agreement["status"] == "draft"
    assert agreement["version_number"] == 1 and agreement["version_date"]
    assert agreement["duration_months"] == 36 and agreement["renewal"] == "express"
    assert agreement["entry_into_force"] and agreement["place_of_signature"]
    assert agreement["contact_point"] and agreement["retention_years"] == 5
    articles = example["article_choice"]
    assert len(articles) == len(ARTICLE_CODES) and all(a["included"] for a in articles)
    assert 1 <= sum(1 for a in articles if a["custom_text"]) <= 2
    signatory_actors = {a["id"] for a in example["actor"] if a["is_signatory"]}
    signatories = example["signatory"]
    assert {s["actor_id"] for s in signatories} == signatory_actors
    assert all(s["representative"] and s["capacity"] and s["place"] for s in signatories)
    per_actor = Counter(c["actor_id"] for c in example["commitment"])
    for actor_id in signatory_actors:
        assert 2 <= per_actor[actor_id] <= 3
    assert len({c["area"] for c in example["commitment"]}) >= 5
    assert any(c["deadline"] for c in example["commitment"])


def test_example_workshops(example):
    workshops = example["workshop"]
    assert len(workshops) == 3
    for w in workshops:
        assert w["held_on"] and w["place"] and w["decisions"] and w["steps"]
        assert w["attendance_women"] and w["attendance_men"]


# --- the catalogue ------------------------------------------------------------------------


def test_catalogue_has_exactly_the_domain_codes():
    codes = [i["code"] for i in _json("catalogues", "indicators.json")["indicators"]]
    assert codes == CATALOGUE_CODES
    assert len(codes) == 32


def test_catalogue_entries_are_valid():
    for code, i in _catalogue().items():
        assert i["domain"] == DOMAIN_BY_LETTER[code[0]]
        IndicatorDomain(i["domain"])
        Direction(i["direction"])
        TargetKind(i["target_kind"])
        expected = "single" if code in SINGLE else "computed" if code in COMPUTED else "by_sex"
        assert i["disaggregation"] == expected, code
        assert i["unit"]
        assert i["name"]["en"] and i["description"]["en"]
        target = i["default_target"]
        assert set(target) <= {"low", "high", "value", "text"}
        kind = i["target_kind"]
        if kind == "range":
            assert target["low"] < target["high"]
        elif kind in ("at_least", "at_most", "gap_at_most"):
            assert "value" in target
            if target["value"] is None:
                assert target["text"]["en"]
        else:
            assert target["text"]["en"]


# --- the default grid ---------------------------------------------------------------------


def test_default_grid_matches_the_domain():
    t = _json("catalogues", "default_grid.json")["tables"]
    (grid,) = t["financing_grid"]
    assert grid["threshold"] == 60 and grid["total_cap"] == 100 and grid["bonus_cap"] == 5
    assert grid["gender_criterion_code"] == "3" and grid["gender_minimum"] == 10
    assert grid["score_levels"] == "0,1,3,5"
    assert set(json.loads(grid["descriptors"])["en"]) == {"0", "1", "3", "5"}
    assert [g["code"] for g in t["grid_gate"]] == [f"G{i}" for i in range(1, 7)]
    assert [(b["code"], b["max_points"]) for b in t["grid_bonus"]] == [("B1", 3), ("B2", 2)]
    criteria = t["grid_criterion"]
    assert [c["code"] for c in criteria] == [str(i) for i in range(1, 8)]
    assert [c["max_points"] for c in criteria] == [15, 20, 20, 15, 10, 10, 10]
    assert sum(c["max_points"] for c in criteria) == 100
    for c in criteria:
        subs = [s for s in t["grid_sub_criterion"] if s["criterion_id"] == c["id"]]
        assert subs
        assert sum(s["max_points"] for s in subs) == c["max_points"], c["code"]
    assert [s["max_points"] for s in t["grid_sub_criterion"]] == [
        8,
        7,
        8,
        6,
        6,
        5,
        5,
        5,
        5,
        8,
        7,
        5,
        5,
        5,
        5,
        5,
        5,
    ]


def test_default_grid_rows_load_into_a_design(db):
    tables = _json("catalogues", "default_grid.json")["tables"]
    tables["financing_grid"][0]["design_id"] = "design"
    rows = {"design": [{"id": "design", "title": "Grid check"}], **tables}
    with db.write() as s:
        design_id = load_design(s.connection(), rows)
    dumped = _dump(db, design_id)
    assert len(dumped["grid_sub_criterion"]) == 17
    assert sum(c["max_points"] for c in dumped["grid_criterion"]) == 100


def test_example_grid_passes_the_threshold(example):
    """The example is a funded design: mean of assessors, score / 5 * max, plus bonus."""
    (grid,) = example["financing_grid"]
    subs = {s["id"]: s for s in example["grid_sub_criterion"]}
    total = Decimal(0)
    n = len(example["assessor"])
    for score in example["score"]:
        total += Decimal(score["score"]) / 5 * subs[score["sub_criterion_id"]]["max_points"] / n
    bonus = sum(Decimal(b["points"]) for b in example["bonus_award"]) / n
    total = min(total + min(bonus, grid["bonus_cap"]), grid["total_cap"])
    assert total >= grid["threshold"]
