"""One large design with hundreds of rows in every area (counts in LARGE_ROWS)."""

import random

from deseo_desktop.model.enums import (
    ActorKind,
    AgreementKind,
    AgreementStatus,
    BudgetCategory,
    ClusterKind,
    CommitmentArea,
    ContributionKind,
    Country,
    FunderKind,
    SeatRole,
    Sex,
    TerritoryLevel,
    ValorisationKind,
    WizardStep,
)

from ..database import Database
from ..design_data import Rows, load_design
from .agreement import agreement_rows
from .grid import assessed_grid_rows
from .indicators import indicator_rows
from .parameters import LARGE_ROWS, SEATS_PER_BODY
from .pooling import exchange_rows, resource_rows
from .text import PLACES, WORDS, free_text, person, random_day

_DESIGN = "design"
_AUTHORITY = "Provincia di Valdoria"


def large_design_rows(seed: int = 1) -> Rows:
    """One design with hundreds of rows in every area (counts in PARAMETERS)."""
    rng = random.Random(seed)
    out: Rows = {"design": [_design(rng, seed)]}
    out["actor"] = actors = _actors(rng)
    actor_ids = [a["id"] for a in actors]
    signatory_ids = [a["id"] for a in actors if a["is_signatory"]]
    out.update(resource_rows(rng, _DESIGN, actor_ids))
    out.update(exchange_rows(rng, _DESIGN, actor_ids))
    out.update(_governance(rng, signatory_ids))
    out.update(_finance(rng, actor_ids))
    out.update(assessed_grid_rows(rng, _DESIGN, _AUTHORITY))
    out["valorisation_action"] = _valorisation(rng, actor_ids)
    out.update(indicator_rows(rng, _DESIGN, actor_ids))
    out.update(_participation(rng, signatory_ids))
    out.update(agreement_rows(rng, signatory_ids, AgreementStatus.IN_NEGOTIATION.value))
    out["agreement"][0]["kind"] = AgreementKind.BOTH.value
    return out


def add_large_design(db: Database, seed: int = 1) -> str:
    rows = large_design_rows(seed)
    with db.write() as s:
        return load_design(s.connection(), rows)


def _design(rng: random.Random, seed: int) -> dict:
    return {
        "id": _DESIGN,
        "title": f"Large synthetic cluster (seed {seed})",
        "territory_name": "Provincia di Valdoria — Città metropolitana",
        "territory_level": TerritoryLevel.PROVINCE.value,
        "country": Country.IT.value,
        "cluster_kind": ClusterKind.EXISTING.value,
        "legal_vehicle": "social_coop_consortium",
        "facilitator": "Giulia Rossi",
        "currency": "EUR",
        "agreement_language": "en",
        "description": free_text(rng),
        "cemr_charter_signed": True,
        "wizard_step": WizardStep.REVIEW.value,
        "wizard_done": True,
    }


def _actors(rng: random.Random) -> list[dict]:
    kinds = list(ActorKind)
    signatory_positions = set(rng.sample(range(LARGE_ROWS["actor"]), 40))
    actors = []
    for i in range(LARGE_ROWS["actor"]):
        kind = rng.choice(kinds)
        contact, _ = person(rng)
        baseline = rng.random() < 0.9
        counts = {}
        for group, top in (("workforce", 300), ("managers", 20), ("board", 12)):
            for sex_key in ("women", "men"):
                counts[f"{group}_{sex_key}"] = rng.randint(0, top) if baseline else None
            counts[f"{group}_not_stated"] = rng.choice((0, 0, 0, 1, 2)) if baseline else None
        actors.append(
            {
                "id": f"actor:{i}",
                "design_id": _DESIGN,
                "position": i,
                "name": f"{rng.choice(PLACES)} {kind.value.replace('_', ' ')} {i + 1}",
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
                "role": free_text(rng, 20, 40),
                "contact_name": contact,
                "contact_email": f"contact{i}@actor{i}.example",
                "contact_phone": f"+39 0341 {i:06d}",
                "is_signatory": i in signatory_positions,
                "women_led": rng.random() < 0.45,
                "baseline_date": "2025-12-31" if baseline else None,
                **counts,
            }
        )
    return actors


def _governance(rng: random.Random, signatory_ids: list[str]) -> Rows:
    bodies, seats = [], []
    body_kinds = ("assembly", "steering_committee", "working_group")
    for b, (kind, n_seats) in enumerate(zip(body_kinds, SEATS_PER_BODY, strict=True)):
        bodies.append(
            {
                "id": f"body:{b}",
                "design_id": _DESIGN,
                "position": b,
                "name": kind.replace("_", " ").capitalize(),
                "kind": kind,
                "decision_rule": free_text(rng),
                "quorum": free_text(rng, 20, 25),
                "meetings_per_year": rng.randint(2, 12),
            }
        )
        for s in range(n_seats):
            holder, sex = person(rng)
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
    out: Rows = {"governance_body": bodies, "seat": seats}
    out["management_system"] = [
        {
            "id": f"sys:{i}",
            "design_id": _DESIGN,
            "position": i,
            "name": f"Common management system {i + 1}",
            "description": free_text(rng),
            "lead_actor_id": rng.choice(signatory_ids),
        }
        for i in range(LARGE_ROWS["management_system"])
    ]
    return out


def _finance(rng: random.Random, actor_ids: list[str]) -> Rows:
    out: Rows = {}
    out["funder"] = [
        {
            "id": f"funder:{i}",
            "design_id": _DESIGN,
            "position": i,
            "name": f"Funder {i + 1}: {rng.choice(PLACES)}",
            "kind": rng.choice(list(FunderKind)).value,
            "actor_id": rng.choice(actor_ids) if i % 2 else None,
        }
        for i in range(LARGE_ROWS["funder"])
    ]
    categories = [c for c in BudgetCategory if c != BudgetCategory.COORDINATION]
    out["budget_line"] = [
        {
            "id": f"budget:{i}",
            "design_id": _DESIGN,
            "position": i,
            "category": (BudgetCategory.COORDINATION if i == 0 else rng.choice(categories)).value,
            "label": free_text(rng, 20, 25),
            "year": 2026 + i % 3,
            "amount_cents": rng.randrange(0, 10_000_000, 100),
            "kind": rng.choice(list(ContributionKind)).value,
            "funder_id": f"funder:{rng.randrange(LARGE_ROWS['funder'])}",
        }
        for i in range(LARGE_ROWS["budget_line"])
    ]
    return out


def _valorisation(rng: random.Random, actor_ids: list[str]) -> list[dict]:
    return [
        {
            "id": f"val:{i}",
            "design_id": _DESIGN,
            "position": i,
            "kind": rng.choice(list(ValorisationKind)).value,
            "title": f"Valorisation action {i + 1}: {rng.choice(WORDS)}",
            "description": free_text(rng),
            "audience": free_text(rng, 20, 25),
            "planned_on": random_day(rng, 0, 900),
            "responsible_id": rng.choice(actor_ids),
            "speakers_women": rng.randint(0, 8),
            "speakers_men": rng.randint(0, 8),
            "speakers_not_stated": rng.choice((0, 0, 1)),
        }
        for i in range(LARGE_ROWS["valorisation_action"])
    ]


def _participation(rng: random.Random, signatory_ids: list[str]) -> Rows:
    """The workshops held while designing, and the signatories' commitments."""
    steps = [s.value for s in WizardStep]
    out: Rows = {}
    out["workshop"] = [
        {
            "id": f"ws:{i}",
            "design_id": _DESIGN,
            "held_on": random_day(rng, -400, 0),
            "place": f"Sala {rng.choice(PLACES)}",
            "attendance_women": rng.randint(3, 25),
            "attendance_men": rng.randint(3, 25),
            "attendance_not_stated": rng.choice((0, 0, 1)),
            "steps": ",".join(sorted(rng.sample(steps, rng.randint(1, 4)), key=steps.index)),
            "decisions": free_text(rng),
        }
        for i in range(LARGE_ROWS["workshop"])
    ]
    areas = [a.value for a in CommitmentArea]
    out["commitment"] = [
        {
            "id": f"commit:{i}",
            "design_id": _DESIGN,
            "actor_id": signatory_ids[i % len(signatory_ids)],
            "position": i,
            "area": rng.choice(areas),
            "text": free_text(rng),
            "deadline": random_day(rng, 30, 1000) if rng.random() < 0.4 else None,
        }
        for i in range(LARGE_ROWS["commitment"])
    ]
    return out
