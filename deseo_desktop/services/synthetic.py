"""Synthetic designs for benchmarks and load tests: one large design, many small ones.

Every choice comes from a `random.Random(seed)` (never the module-level generator), and no
value depends on today's date except the stamps the loader writes, so one seed always gives
the same rows apart from ids and stamps. The rows use the format `load_design` takes.

Run `python -m deseo_desktop.services.synthetic` to print what the generator makes.
"""

import json
import random
from datetime import date, datetime, timedelta
from functools import cache
from typing import Any

from deseo_desktop.model import utcnow
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
    Frequency,
    FunderKind,
    MeasurementMethod,
    Priority,
    ResourceCategory,
    SeatRole,
    Sex,
    TerritoryLevel,
    ValorisationKind,
    WizardStep,
)
from deseo_desktop.resources import resource_path

from .database import Database
from .design_data import Rows, load_design

LARGE_ROWS: dict[str, int] = {
    "design": 1,
    "actor": 300,
    "pooled_resource": 150,
    "contribution": 600,
    "resource_use": 400,
    "skill_exchange": 80,
    "improvement_action": 40,
    "governance_body": 3,
    "seat": 40,
    "management_system": 4,
    "funder": 8,
    "budget_line": 60,
    "financing_grid": 1,
    "grid_gate": 6,
    "grid_criterion": 7,
    "grid_sub_criterion": 17,
    "grid_bonus": 2,
    "assessor": 2,
    "gate_answer": 12,
    "score": 34,
    "bonus_award": 4,
    "valorisation_action": 30,
    "indicator": 60,
    "measurement": 300,
    "workshop": 20,
    "commitment": 500,
    "agreement": 1,
    "article_choice": len(ARTICLE_CODES),
    "signatory": 40,
}
SEATS_PER_BODY = (24, 10, 6)  # assembly, steering committee, working group
MEASUREMENT_YEARS = (2021, 2022, 2023, 2024, 2025)
TEXT_WORDS = (20, 80)

PARAMETERS: dict[str, Any] = {
    "large_design": {
        "rows per table": LARGE_ROWS,
        "signatory actors": 40,
        "seats per body": SEATS_PER_BODY,
        "measurements per indicator (yearly)": len(MEASUREMENT_YEARS),
        "assessors scoring every sub-criterion": 2,
        "words per free-text field": TEXT_WORDS,
    },
    "small_design": {
        "actors": (2, 6),
        "pooled resources": (1, 4),
        "contributions per resource": (1, 2),
        "commitments per signatory": (1, 2),
        "countries": tuple(c.value for c in Country),
        "agreement statuses": tuple(s.value for s in AgreementStatus),
        "archived share": 0.1,
        "updated_at spread (days, most recent first)": 3 * 365,
        "designs per transaction": 500,
    },
}

ANCHOR = date(2026, 1, 1)  # dates in the rows count from here, not from today

_WORDS = (
    "co-operative cooperativa coopérative förening cooperativa social economy économie "
    "sociale economia sociale territory territorio città société società pooling childcare "
    "asilo nido crèche förskola elder care day centre mobility back-office payroll tender "
    "training formation formación mentoring shadowing équité égalité igualdad jämställdhet "
    "parità women men mujeres hommes donne uomini kvinnor män shift rota contract "
    "open-ended part-time full-time pay gap board assembly steering committee quorum "
    "majority municipality comune commune kommun ayuntamiento province région län "
    "diputación funder foundation fondazione fundación budget in-kind cash valued premises "
    "vehicle van route rural deprived area harassment referral centre policy procedure "
    "indicator baseline target measurement survey records café niños años señal "
    "Malmö Växjö Umeå Cádiz León Córdoba Forlì Cantù Nîmes Besançon Orléans Dún Laoghaire "
    "naïve rôle déjà vu über façade piñata smörgåsbord"
).split()
_PLACES = (
    "Valdoria",
    "San Vito",
    "Borgo Nuovo",
    "Montefiore",
    "Lac-Saint-Aubin",
    "Vallée d'Orne",
    "Östra Lund",
    "Björkvik",
    "Sierra Alta",
    "Villanueva del Río",
    "Ballykeel",
    "Glenmore",
    "Costa Verde",
    "Åsbacka",
    "Pont-l'Évêque",
    "Castelnuovo",
)
_THEMES = (
    "Care cluster",
    "Shared back-office",
    "Women's entrepreneurship",
    "Mobility pool",
    "Childcare network",
    "Training alliance",
    "Rural services district",
    "Green jobs cluster",
)
_LANGUAGE = {"IT": "it", "FR": "fr", "SE": "sv", "ES": "es", "IE": "en", "XX": "en"}
_FIRST = {
    Sex.WOMAN: ("Giulia", "Chiara", "Élodie", "Anna", "Ingrid", "Lucía", "Aoife", "Sofia"),
    Sex.MAN: ("Marco", "Luca", "Jérôme", "Erik", "Javier", "Seán", "Paolo", "Björn"),
}
_LAST = (
    "Rossi",
    "Bianchi",
    "Dubois",
    "Lefèvre",
    "Andersson",
    "Lindqvist",
    "García",
    "Núñez",
    "O'Brien",
    "Murphy",
    "Ferrari",
    "Moreau",
    "Ekström",
    "Fernández",
)


def _text(rng: random.Random, lo: int = TEXT_WORDS[0], hi: int = TEXT_WORDS[1]) -> str:
    words = [rng.choice(_WORDS) for _ in range(rng.randint(lo, hi))]
    for i in range(7, len(words) - 1, rng.randint(8, 14)):
        words[i] += ","
    text = " ".join(words)
    return text[0].upper() + text[1:] + "."


def _day(rng: random.Random, start: int = -400, end: int = 900) -> str:
    return (ANCHOR + timedelta(days=rng.randint(start, end))).isoformat()


def _person(rng: random.Random) -> tuple[str, str]:
    sex = rng.choice((Sex.WOMAN, Sex.MAN))
    return f"{rng.choice(_FIRST[sex])} {rng.choice(_LAST)}", sex.value


def _maybe(rng: random.Random, value, chance: float = 0.85):
    return value if rng.random() < chance else None


@cache
def _catalogue() -> tuple[dict, ...]:
    path = resource_path("catalogues", "indicators.json")
    return tuple(json.loads(path.read_text(encoding="utf-8"))["indicators"])


@cache
def _default_grid_json() -> str:
    return resource_path("catalogues", "default_grid.json").read_text(encoding="utf-8")


def default_grid_rows(prefix: str = "grid:", design_id: str | None = "design") -> Rows:
    """The default financing grid's rows, ids prefixed, the grid attached to `design_id`."""
    tables = json.loads(_default_grid_json())["tables"]
    for table, rows in tables.items():
        for row in rows:
            row["id"] = prefix + row["id"]
            for fk in ("grid_id", "criterion_id"):
                if fk in row:
                    row[fk] = prefix + row[fk]
            if table == "financing_grid":
                row["design_id"] = design_id
    return tables


def _indicator_values(rng: random.Random, spec: dict) -> dict[str, Any]:
    by_sex = spec["disaggregation"] == "by_sex"
    target = spec["default_target"]
    row: dict[str, Any] = {
        "catalogue_code": spec["code"],
        "name": spec["name"]["en"],
        "description": spec["description"]["en"],
        "domain": spec["domain"],
        "unit": spec["unit"],
        "disaggregation": spec["disaggregation"],
        "direction": spec["direction"],
        "target_kind": spec["target_kind"],
        "target_value": target.get("value", target.get("low")),
        "target_high": target.get("high"),
    }
    if by_sex:
        row["baseline_women"] = round(rng.uniform(5, 80), 1)
        row["baseline_men"] = round(rng.uniform(5, 80), 1)
        row["target_women"] = round(rng.uniform(30, 90), 1)
        row["target_men"] = round(rng.uniform(30, 90), 1)
    else:
        row["baseline_value"] = round(rng.uniform(0, 60), 1)
        if row["target_value"] is None:
            row["target_value"] = round(rng.uniform(40, 100), 1)
    return row


def large_design_rows(seed: int = 1) -> Rows:
    """One design with hundreds of rows in every area (counts in PARAMETERS)."""
    rng = random.Random(seed)
    d = "design"
    out: Rows = {}
    out["design"] = [
        {
            "id": d,
            "title": f"Large synthetic cluster (seed {seed})",
            "territory_name": "Provincia di Valdoria — Città metropolitana",
            "territory_level": TerritoryLevel.PROVINCE.value,
            "country": Country.IT.value,
            "cluster_kind": ClusterKind.EXISTING.value,
            "legal_vehicle": "social_coop_consortium",
            "facilitator": "Giulia Rossi",
            "currency": "EUR",
            "agreement_language": "en",
            "description": _text(rng),
            "cemr_charter_signed": True,
            "wizard_step": WizardStep.REVIEW.value,
            "wizard_done": True,
        }
    ]

    kinds = list(ActorKind)
    signatory_positions = set(rng.sample(range(LARGE_ROWS["actor"]), 40))
    actors = []
    for i in range(LARGE_ROWS["actor"]):
        kind = rng.choice(kinds)
        contact, _ = _person(rng)
        baseline = rng.random() < 0.9
        counts = {}
        for group, top in (("workforce", 300), ("managers", 20), ("board", 12)):
            for sex_key in ("women", "men"):
                counts[f"{group}_{sex_key}"] = rng.randint(0, top) if baseline else None
            counts[f"{group}_not_stated"] = rng.choice((0, 0, 0, 1, 2)) if baseline else None
        actors.append(
            {
                "id": f"actor:{i}",
                "design_id": d,
                "position": i,
                "name": f"{rng.choice(_PLACES)} {kind.value.replace('_', ' ')} {i + 1}",
                "kind": kind.value,
                "legal_form": rng.choice(
                    (
                        "Social co-operative, type A",
                        "Association",
                        "Società cooperativa sociale",
                        "SCIC",
                        "Public body",
                    )
                ),
                "social_economy": kind not in (ActorKind.LOCAL_AUTHORITY, ActorKind.FUNDER),
                "role": _text(rng, 20, 40),
                "contact_name": contact,
                "contact_email": f"contact{i}@actor{i}.example",
                "contact_phone": f"+39 0341 {i:06d}",
                "is_signatory": i in signatory_positions,
                "women_led": rng.random() < 0.45,
                "baseline_date": "2025-12-31" if baseline else None,
                **counts,
            }
        )
    out["actor"] = actors
    actor_ids = [a["id"] for a in actors]
    signatory_ids = [a["id"] for a in actors if a["is_signatory"]]

    out["pooled_resource"] = [
        {
            "id": f"res:{i}",
            "design_id": d,
            "position": i,
            "name": f"Pooled {rng.choice(_WORDS)} service {i + 1}",
            "category": rng.choice(list(ResourceCategory)).value,
            "description": _text(rng),
            "equality_benefit": _text(rng),
            "access_rules": _text(rng),
            "cost_sharing": _text(rng),
        }
        for i in range(LARGE_ROWS["pooled_resource"])
    ]
    n_res = LARGE_ROWS["pooled_resource"]
    out["contribution"] = [
        {
            "id": f"contrib:{i}",
            "resource_id": f"res:{i % n_res}",
            "actor_id": rng.choice(actor_ids),
            "kind": rng.choice(list(ContributionKind)).value,
            "value_cents": rng.randrange(10_000, 5_000_000, 100),
            "quantity": str(rng.randint(1, 400)),
            "unit": rng.choice(("hours", "m²", "FTE", "year", "vans")),
            "description": _text(rng, 20, 30),
        }
        for i in range(LARGE_ROWS["contribution"])
    ]
    out["resource_use"] = [
        {
            "id": f"use:{i}",
            "resource_id": f"res:{i % n_res}",
            "actor_id": rng.choice(actor_ids),
            "users_women": _maybe(rng, rng.randint(0, 60)),
            "users_men": _maybe(rng, rng.randint(0, 60)),
            "note": _text(rng, 20, 30),
        }
        for i in range(LARGE_ROWS["resource_use"])
    ]
    out["skill_exchange"] = [
        {
            "id": f"skill:{i}",
            "design_id": d,
            "position": i,
            "provider_id": rng.choice(actor_ids),
            "recipient_id": rng.choice(actor_ids),
            "kind": rng.choice(list(ExchangeKind)).value,
            "topic": _text(rng, 20, 30),
            "hours": rng.randint(2, 60),
            "participants_women": rng.randint(0, 20),
            "participants_men": rng.randint(0, 20),
        }
        for i in range(LARGE_ROWS["skill_exchange"])
    ]
    out["improvement_action"] = [
        {
            "id": f"impr:{i}",
            "design_id": d,
            "position": i,
            "service": f"Existing {rng.choice(_WORDS)} service {i + 1}",
            "gap": _text(rng),
            "action": _text(rng),
            "owner_id": rng.choice(actor_ids),
            "deadline": _day(rng, 30, 1000),
            "priority": rng.choice(list(Priority)).value,
        }
        for i in range(LARGE_ROWS["improvement_action"])
    ]

    bodies, seats = [], []
    body_kinds = ("assembly", "steering_committee", "working_group")
    for b, (kind, n_seats) in enumerate(zip(body_kinds, SEATS_PER_BODY, strict=True)):
        bodies.append(
            {
                "id": f"body:{b}",
                "design_id": d,
                "position": b,
                "name": kind.replace("_", " ").capitalize(),
                "kind": kind,
                "decision_rule": _text(rng),
                "quorum": _text(rng, 20, 25),
                "meetings_per_year": rng.randint(2, 12),
            }
        )
        for s in range(n_seats):
            holder, sex = _person(rng)
            seats.append(
                {
                    "id": f"seat:{b}:{s}",
                    "body_id": f"body:{b}",
                    "actor_id": signatory_ids[(b * 7 + s) % len(signatory_ids)],
                    "position": s,
                    "holder": holder,
                    "sex": sex if rng.random() < 0.95 else Sex.NOT_STATED.value,
                    "role": SeatRole.CHAIR.value if s == 0 else rng.choice(list(SeatRole)).value,
                }
            )
    out["governance_body"] = bodies
    out["seat"] = seats
    out["management_system"] = [
        {
            "id": f"sys:{i}",
            "design_id": d,
            "position": i,
            "name": f"Common management system {i + 1}",
            "description": _text(rng),
            "lead_actor_id": rng.choice(signatory_ids),
        }
        for i in range(LARGE_ROWS["management_system"])
    ]
    out["funder"] = [
        {
            "id": f"funder:{i}",
            "design_id": d,
            "position": i,
            "name": f"Funder {i + 1}: {rng.choice(_PLACES)}",
            "kind": rng.choice(list(FunderKind)).value,
            "actor_id": rng.choice(actor_ids) if i % 2 else None,
        }
        for i in range(LARGE_ROWS["funder"])
    ]
    categories = [c for c in BudgetCategory if c != BudgetCategory.COORDINATION]
    out["budget_line"] = [
        {
            "id": f"budget:{i}",
            "design_id": d,
            "position": i,
            "category": (BudgetCategory.COORDINATION if i == 0 else rng.choice(categories)).value,
            "label": _text(rng, 20, 25),
            "year": 2026 + i % 3,
            "amount_cents": rng.randrange(0, 10_000_000, 100),
            "kind": rng.choice(list(ContributionKind)).value,
            "funder_id": f"funder:{rng.randrange(LARGE_ROWS['funder'])}",
        }
        for i in range(LARGE_ROWS["budget_line"])
    ]

    grid = default_grid_rows("grid:", d)
    grid["financing_grid"][0]["authority"] = "Provincia di Valdoria"
    out.update(grid)
    levels = [int(v) for v in grid["financing_grid"][0]["score_levels"].split(",")]
    out["assessor"] = [
        {
            "id": f"assessor:{a}",
            "grid_id": "grid:grid",
            "position": a,
            "name": _person(rng)[0],
            "organisation": "Provincia di Valdoria",
            "assessed_on": _day(rng, 0, 60),
        }
        for a in range(2)
    ]
    out["gate_answer"] = [
        {
            "id": f"gate:{a}:{g['id']}",
            "assessor_id": f"assessor:{a}",
            "gate_id": g["id"],
            "passed": True,
            "note": _text(rng, 20, 25),
        }
        for a in range(2)
        for g in grid["grid_gate"]
    ]
    out["score"] = [
        {
            "id": f"score:{a}:{s['id']}",
            "assessor_id": f"assessor:{a}",
            "sub_criterion_id": s["id"],
            "score": rng.choice(levels),
            "comment": _text(rng, 20, 25),
        }
        for a in range(2)
        for s in grid["grid_sub_criterion"]
    ]
    out["bonus_award"] = [
        {
            "id": f"bonus:{a}:{b['id']}",
            "assessor_id": f"assessor:{a}",
            "bonus_id": b["id"],
            "points": rng.choice((0, b["max_points"])),
        }
        for a in range(2)
        for b in grid["grid_bonus"]
    ]

    out["valorisation_action"] = [
        {
            "id": f"val:{i}",
            "design_id": d,
            "position": i,
            "kind": rng.choice(list(ValorisationKind)).value,
            "title": f"Valorisation action {i + 1}: {rng.choice(_WORDS)}",
            "description": _text(rng),
            "audience": _text(rng, 20, 25),
            "planned_on": _day(rng, 0, 900),
            "responsible_id": rng.choice(actor_ids),
            "speakers_women": rng.randint(0, 8),
            "speakers_men": rng.randint(0, 8),
            "speakers_not_stated": rng.choice((0, 0, 1)),
        }
        for i in range(LARGE_ROWS["valorisation_action"])
    ]

    catalogue = _catalogue()
    indicators, measurements = [], []
    for i in range(LARGE_ROWS["indicator"]):
        spec = catalogue[i % len(catalogue)]
        indicators.append(
            {
                "id": f"ind:{i}",
                "design_id": d,
                "position": i,
                **_indicator_values(rng, spec),
                "baseline_date": "2020-12-31",
                "target_date": "2027-12-31",
                "source": _text(rng, 20, 25),
                "frequency": Frequency.YEARLY.value,
                "responsible_id": rng.choice(actor_ids),
            }
        )
        by_sex = spec["disaggregation"] == "by_sex"
        for year in MEASUREMENT_YEARS:
            women, men = rng.randint(0, 200), rng.randint(0, 200)
            measurements.append(
                {
                    "id": f"meas:{i}:{year}",
                    "indicator_id": f"ind:{i}",
                    "period": str(year),
                    "measured_on": f"{year}-12-31",
                    "value_women": round(rng.uniform(0, 100), 1) if by_sex else None,
                    "value_men": round(rng.uniform(0, 100), 1) if by_sex else None,
                    "value": None if by_sex else round(rng.uniform(0, 100), 1),
                    "count_women": women,
                    "count_men": men,
                    "method": rng.choice(list(MeasurementMethod)).value,
                    "note": _text(rng, 20, 25),
                }
            )
    out["indicator"] = indicators
    out["measurement"] = measurements

    steps = [s.value for s in WizardStep]
    out["workshop"] = [
        {
            "id": f"ws:{i}",
            "design_id": d,
            "held_on": _day(rng, -400, 0),
            "place": f"Sala {rng.choice(_PLACES)}",
            "attendance_women": rng.randint(3, 25),
            "attendance_men": rng.randint(3, 25),
            "attendance_not_stated": rng.choice((0, 0, 1)),
            "steps": ",".join(sorted(rng.sample(steps, rng.randint(1, 4)), key=steps.index)),
            "decisions": _text(rng),
        }
        for i in range(LARGE_ROWS["workshop"])
    ]
    areas = [a.value for a in CommitmentArea]
    out["commitment"] = [
        {
            "id": f"commit:{i}",
            "design_id": d,
            "actor_id": signatory_ids[i % len(signatory_ids)],
            "position": i,
            "area": rng.choice(areas),
            "text": _text(rng),
            "deadline": _day(rng, 30, 1000) if rng.random() < 0.4 else None,
        }
        for i in range(LARGE_ROWS["commitment"])
    ]
    out.update(_agreement(rng, signatory_ids, AgreementStatus.IN_NEGOTIATION.value))
    out["agreement"][0]["kind"] = AgreementKind.BOTH.value
    return out


def _agreement(rng: random.Random, signatory_ids: list[str], status: str) -> Rows:
    custom = set(rng.sample(ARTICLE_CODES, 2))
    return {
        "agreement": [
            {
                "id": "agreement",
                "design_id": "design",
                "kind": rng.choice(list(AgreementKind)).value,
                "status": status,
                "version_number": rng.randint(1, 4),
                "version_date": _day(rng, -200, 0),
                "duration_months": rng.choice((24, 36, 48)),
                "renewal": rng.choice(("tacit", "express", "none")),
                "entry_into_force": _day(rng, 0, 120),
                "place_of_signature": rng.choice(_PLACES),
                "contact_point": "contact point, equal-opportunities office",
                "retention_years": 5,
            }
        ],
        "article_choice": [
            {
                "id": f"article:{code}",
                "agreement_id": "agreement",
                "number": n,
                "code": code,
                "included": code != "improvement" or rng.random() < 0.5,
                "custom_text": _text(rng) if code in custom else "",
                "custom_mode": "extend",
            }
            for n, code in enumerate(ARTICLE_CODES, start=1)
        ],
        "signatory": [
            {
                "id": f"sign:{actor_id}",
                "agreement_id": "agreement",
                "actor_id": actor_id,
                "position": p,
                "representative": _person(rng)[0],
                "capacity": rng.choice(("President", "Mayor", "Director", "Legal representative")),
                "place": rng.choice(_PLACES),
                "signed_on": None,
            }
            for p, actor_id in enumerate(signatory_ids)
        ],
    }


def small_design_rows(index: int, rng: random.Random) -> Rows:
    """A small, varied design: 2-6 actors, a few resources, its agreement and commitments."""
    country = rng.choice(list(Country))
    place = rng.choice(_PLACES)
    kind = rng.choice(list(ClusterKind))
    done = rng.random() < 0.3
    d = "design"
    rows: Rows = {
        "design": [
            {
                "id": d,
                "title": f"{rng.choice(_THEMES)} — {place} {index + 1}",
                "territory_name": place,
                "territory_level": rng.choice(list(TerritoryLevel)).value,
                "country": country.value,
                "cluster_kind": kind.value,
                "legal_vehicle": rng.choice(VEHICLES_BY_COUNTRY[country]).value,
                "currency": "SEK" if country == Country.SE else "EUR",
                "agreement_language": _LANGUAGE[country.value],
                "description": _text(rng, 20, 40),
                "wizard_step": WizardStep.REVIEW.value
                if done
                else rng.choice(list(WizardStep)).value,
                "wizard_done": done,
                "archived_at": f"{_day(rng, -700, -1)}T12:00:00" if rng.random() < 0.1 else None,
            }
        ],
    }
    kinds = list(ActorKind)
    actors = []
    for i in range(rng.randint(2, 6)):
        actor_kind = rng.choice(kinds)
        women, men = rng.randint(0, 40), rng.randint(0, 40)
        actors.append(
            {
                "id": f"actor:{i}",
                "design_id": d,
                "position": i,
                "name": f"{place} {actor_kind.value.replace('_', ' ')} {i + 1}",
                "kind": actor_kind.value,
                "social_economy": actor_kind != ActorKind.LOCAL_AUTHORITY,
                "is_signatory": i < 2 or rng.random() < 0.5,
                "women_led": rng.random() < 0.5,
                "workforce_women": women,
                "workforce_men": men,
            }
        )
    rows["actor"] = actors
    actor_ids = [a["id"] for a in actors]
    signatory_ids = [a["id"] for a in actors if a["is_signatory"]]
    resources, contributions = [], []
    for r in range(rng.randint(1, 4)):
        resources.append(
            {
                "id": f"res:{r}",
                "design_id": d,
                "position": r,
                "name": f"Shared {rng.choice(_WORDS)}",
                "category": rng.choice(list(ResourceCategory)).value,
                "equality_benefit": _text(rng, 20, 30),
            }
        )
        for c in range(rng.randint(1, 2)):
            contributions.append(
                {
                    "id": f"contrib:{r}:{c}",
                    "resource_id": f"res:{r}",
                    "actor_id": rng.choice(actor_ids),
                    "kind": rng.choice(list(ContributionKind)).value,
                    "value_cents": rng.randrange(0, 2_000_000, 100),
                }
            )
    rows["pooled_resource"] = resources
    rows["contribution"] = contributions
    areas = [a.value for a in CommitmentArea]
    rows["commitment"] = [
        {
            "id": f"commit:{a}:{k}",
            "design_id": d,
            "actor_id": a,
            "position": p * 2 + k,
            "area": rng.choice(areas),
            "text": _text(rng, 20, 30),
        }
        for p, a in enumerate(signatory_ids)
        for k in range(rng.randint(1, 2))
    ]
    status = rng.choice(list(AgreementStatus)).value
    rows.update(_agreement(rng, signatory_ids, status))
    return rows


def add_large_design(db: Database, seed: int = 1) -> str:
    rows = large_design_rows(seed)
    with db.write() as s:
        return load_design(s.connection(), rows)


def add_small_designs(
    db: Database, n: int, seed: int = 1, batch: int = 500, now: datetime | None = None
) -> list[str]:
    """n small designs, `batch` to a transaction; last changes spread over about three years."""
    rng = random.Random(seed)
    now = now or utcnow()
    spread = PARAMETERS["small_design"]["updated_at spread (days, most recent first)"]
    ids: list[str] = []
    for start in range(0, n, batch):
        with db.write() as s:
            conn = s.connection()
            for index in range(start, min(n, start + batch)):
                rows = small_design_rows(index, rng)
                # Most designs changed recently, a long tail of older ones.
                age = timedelta(minutes=min(rng.expovariate(1 / 90), spread) * 24 * 60)
                updated = now - age
                values: dict[str, Any] = {
                    "created_at": updated - timedelta(days=rng.randint(0, 120)),
                    "updated_at": updated,
                }
                if rows["design"][0].get("archived_at"):
                    values["archived_at"] = updated
                ids.append(load_design(conn, rows, **values))
    return ids


def describe() -> str:
    """The generator's parameters, one line per count."""
    lines = []
    for group, params in PARAMETERS.items():
        for name, value in params.items():
            if isinstance(value, dict):
                lines.extend(f"{group}: {table} rows = {n}" for table, n in value.items())
            else:
                if isinstance(value, tuple):
                    value = (
                        f"{value[0]}-{value[1]}"
                        if len(value) == 2 and all(isinstance(v, int) for v in value)
                        else ", ".join(str(v) for v in value)
                    )
                lines.append(f"{group}: {name} = {value}")
    return "\n".join(lines)


if __name__ == "__main__":
    print(describe())
