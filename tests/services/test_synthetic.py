"""The synthetic-design generator used by the benchmarks."""

import random
import re
from collections import Counter

import pytest
from sqlalchemy import text

from deseo_desktop.model.enums import (
    ARTICLE_CODES,
    VEHICLES_BY_COUNTRY,
    ActorKind,
    AgreementKind,
    AgreementStatus,
    BudgetCategory,
    ClusterKind,
    CommitmentArea,
    ContributionKind,
    Country,
    ExchangeKind,
    FunderKind,
    IndicatorDomain,
    MeasurementMethod,
    Priority,
    Renewal,
    ResourceCategory,
    SeatRole,
    Sex,
    TerritoryLevel,
    ValorisationKind,
    WizardStep,
)
from deseo_desktop.services import synthetic
from deseo_desktop.services.database import Database
from deseo_desktop.services.design_data import PARENT, dump_design

EXPECTED = {
    "actor": 300,
    "pooled_resource": 150,
    "contribution": 600,
    "resource_use": 400,
    "skill_exchange": 80,
    "improvement_action": 40,
    "governance_body": 3,
    "seat": 40,
    "budget_line": 60,
    "valorisation_action": 30,
    "indicator": 60,
    "measurement": 300,
    "financing_grid": 1,
    "assessor": 2,
    "workshop": 20,
    "commitment": 500,
    "agreement": 1,
    "article_choice": len(ARTICLE_CODES),
    "signatory": 40,
}
ENUMS = {
    ("design", "country"): Country,
    ("design", "cluster_kind"): ClusterKind,
    ("design", "territory_level"): TerritoryLevel,
    ("design", "wizard_step"): WizardStep,
    ("actor", "kind"): ActorKind,
    ("pooled_resource", "category"): ResourceCategory,
    ("contribution", "kind"): ContributionKind,
    ("skill_exchange", "kind"): ExchangeKind,
    ("improvement_action", "priority"): Priority,
    ("seat", "sex"): Sex,
    ("seat", "role"): SeatRole,
    ("funder", "kind"): FunderKind,
    ("budget_line", "category"): BudgetCategory,
    ("valorisation_action", "kind"): ValorisationKind,
    ("indicator", "domain"): IndicatorDomain,
    ("measurement", "method"): MeasurementMethod,
    ("agreement", "kind"): AgreementKind,
    ("agreement", "status"): AgreementStatus,
    ("agreement", "renewal"): Renewal,
    ("commitment", "area"): CommitmentArea,
}
STAMPS = {"id", "created_at", "updated_at"}


@pytest.fixture
def db(tmp_path):
    database = Database.open(tmp_path / "t.db")
    yield database
    database.close()


def _dump(db: Database, design_id: str) -> dict[str, list[dict]]:
    with db.session() as s:
        return dump_design(s.connection(), design_id)


def _without_ids(rows: dict[str, list[dict]]) -> dict[str, list[dict]]:
    """Rows with ids, references and stamps dropped, in a stable order."""
    out = {}
    for table, table_rows in rows.items():
        kept = [
            {k: v for k, v in r.items() if k not in STAMPS and not k.endswith("_id")}
            for r in table_rows
        ]
        out[table] = sorted(kept, key=repr)
    return out


def _assert_valid_codes(rows: dict[str, list[dict]]) -> None:
    for (table, column), enum in ENUMS.items():
        valid = {e.value for e in enum}
        for row in rows.get(table, []):
            if column in row:
                assert row[column] in valid, (table, column, row[column])
    for row in rows["design"]:
        country = Country(row["country"])
        assert row["legal_vehicle"] in {v.value for v in VEHICLES_BY_COUNTRY[country]}


# --- the large design ---------------------------------------------------------------------


def test_large_design_has_exactly_the_counts(db):
    design_id = synthetic.add_large_design(db)
    rows = _dump(db, design_id)
    for table, n in EXPECTED.items():
        assert len(rows[table]) == n, table
    for table, n in synthetic.PARAMETERS["large_design"]["rows per table"].items():
        assert len(rows[table]) == n, table
    # Counted straight from the database too, not only through dump_design.
    with db.session() as s:
        assert s.execute(text("SELECT count(*) FROM actor")).scalar() == 300
        assert s.execute(text("SELECT count(*) FROM measurement")).scalar() == 300

    signatory_actors = {a["id"] for a in rows["actor"] if a["is_signatory"]}
    assert len(signatory_actors) == 40
    assert {s["actor_id"] for s in rows["signatory"]} == signatory_actors
    per_actor = Counter(c["actor_id"] for c in rows["commitment"])
    assert set(per_actor) == signatory_actors
    assert sum(per_actor.values()) == 500
    assert len({s["body_id"] for s in rows["seat"]}) == 3
    assert set(Counter(m["indicator_id"] for m in rows["measurement"]).values()) == {5}
    subs = {s["id"] for s in rows["grid_sub_criterion"]}
    for assessor in rows["assessor"]:
        scored = {
            s["sub_criterion_id"] for s in rows["score"] if s["assessor_id"] == assessor["id"]
        }
        assert scored == subs
    budget = sorted(rows["budget_line"], key=lambda r: r["position"])
    assert budget[0]["category"] == "coordination"
    assert [a["code"] for a in sorted(rows["article_choice"], key=lambda a: a["number"])] == list(
        ARTICLE_CODES
    )
    _assert_valid_codes(rows)


def test_large_design_free_text():
    rows = synthetic.large_design_rows()
    texts = [c["text"] for c in rows["commitment"]] + [
        r[f] for r in rows["pooled_resource"] for f in ("equality_benefit", "access_rules")
    ]
    for t in texts:
        assert 20 <= len(t.split()) <= 80
    joined = " ".join(texts)
    assert "co-operative" in joined
    assert re.search(r"[àâçéèêëîïôûùüÿñæœåäöÅÄÖ]", joined)


def test_large_design_is_deterministic(db):
    assert synthetic.large_design_rows(1) == synthetic.large_design_rows(1)
    assert synthetic.large_design_rows(1) != synthetic.large_design_rows(2)
    first = _dump(db, synthetic.add_large_design(db, seed=7))
    second = _dump(db, synthetic.add_large_design(db, seed=7))
    assert first["design"][0]["id"] != second["design"][0]["id"]
    assert _without_ids(first) == _without_ids(second)


def test_generator_leaves_the_global_random_alone(db):
    random.seed(12345)
    expected = random.random()
    random.seed(12345)
    synthetic.large_design_rows(3)
    synthetic.small_design_rows(0, random.Random(3))
    synthetic.add_small_designs(db, 3, seed=3)
    assert random.random() == expected


# --- small designs ------------------------------------------------------------------------


def test_small_design_rows_are_varied_and_valid():
    rng = random.Random(1)
    designs = [synthetic.small_design_rows(i, rng) for i in range(300)]
    for rows in designs:
        assert set(rows) <= set(PARENT)
        assert 2 <= len(rows["actor"]) <= 6
        assert rows["pooled_resource"]
        assert len(rows["article_choice"]) == len(ARTICLE_CODES)
        _assert_valid_codes(rows)
    assert {d["design"][0]["country"] for d in designs} == {c.value for c in Country}
    assert {d["agreement"][0]["status"] for d in designs} == {s.value for s in AgreementStatus}
    assert {d["design"][0]["cluster_kind"] for d in designs} == {"new", "existing"}
    assert any(d["design"][0]["archived_at"] for d in designs)
    assert not all(d["design"][0]["archived_at"] for d in designs)


def test_add_small_designs(db):
    ids = synthetic.add_small_designs(db, 200)
    assert len(ids) == len(set(ids)) == 200
    with db.session() as s:
        n, archived, oldest, newest = s.execute(
            text(
                "SELECT count(*), count(archived_at), min(updated_at), max(updated_at) FROM design"
            )
        ).one()
        countries = s.execute(text("SELECT count(DISTINCT country) FROM design")).scalar()
        per_design = s.execute(
            text("SELECT min(c), max(c) FROM (SELECT count(*) AS c FROM actor GROUP BY design_id)")
        ).one()
    assert n == 200
    assert 0 < archived < 200
    assert oldest < newest
    assert countries == 6
    assert 2 <= per_design[0] and per_design[1] <= 6


def test_small_designs_are_deterministic(tmp_path):
    dumps = []
    for name in ("a.db", "b.db"):
        db = Database.open(tmp_path / name)
        try:
            ids = synthetic.add_small_designs(db, 15, seed=5)
            dumps.append([_without_ids(_dump(db, i)) for i in ids])
        finally:
            db.close()
    for rows in dumps:
        for d in rows:
            d["design"] = [{k: v for k, v in r.items() if k != "archived_at"} for r in d["design"]]
    assert dumps[0] == dumps[1]


def test_describe_lists_every_count():
    lines = synthetic.describe().splitlines()
    assert "large_design: actor rows = 300" in lines
    assert "large_design: commitment rows = 500" in lines
    assert "large_design: signatory actors = 40" in lines
    assert any(line.startswith("small_design: actors = 2-6") for line in lines)
