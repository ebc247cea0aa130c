"""Many small, varied designs: a few actors and resources, an agreement, commitments."""

import random
from datetime import datetime, timedelta
from typing import Any

from deseo_desktop.model import utcnow
from deseo_desktop.model.enums import (
    VEHICLES_BY_COUNTRY,
    ActorKind,
    AgreementStatus,
    ClusterKind,
    CommitmentArea,
    ContributionKind,
    Country,
    ResourceCategory,
    TerritoryLevel,
    WizardStep,
)

from ..database import Database
from ..design_data import Rows, load_design
from .agreement import agreement_rows
from .parameters import PARAMETERS
from .text import LANGUAGE, PLACES, THEMES, WORDS, free_text, random_day


def small_design_rows(index: int, rng: random.Random) -> Rows:
    """A small, varied design: 2-6 actors, a few resources, its agreement and commitments."""
    country = rng.choice(list(Country))
    place = rng.choice(PLACES)
    kind = rng.choice(list(ClusterKind))
    done = rng.random() < 0.3
    d = "design"
    rows: Rows = {
        "design": [
            {
                "id": d,
                "title": f"{rng.choice(THEMES)} — {place} {index + 1}",
                "territory_name": place,
                "territory_level": rng.choice(list(TerritoryLevel)).value,
                "country": country.value,
                "cluster_kind": kind.value,
                "legal_vehicle": rng.choice(VEHICLES_BY_COUNTRY[country]).value,
                "currency": "SEK" if country == Country.SE else "EUR",
                "agreement_language": LANGUAGE[country.value],
                "description": free_text(rng, 20, 40),
                "wizard_step": WizardStep.REVIEW.value
                if done
                else rng.choice(list(WizardStep)).value,
                "wizard_done": done,
                "archived_at": f"{random_day(rng, -700, -1)}T12:00:00"
                if rng.random() < 0.1
                else None,
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
                "name": f"Shared {rng.choice(WORDS)}",
                "category": rng.choice(list(ResourceCategory)).value,
                "equality_benefit": free_text(rng, 20, 30),
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
            "text": free_text(rng, 20, 30),
        }
        for p, a in enumerate(signatory_ids)
        for k in range(rng.randint(1, 2))
    ]
    status = rng.choice(list(AgreementStatus)).value
    rows.update(agreement_rows(rng, signatory_ids, status))
    return rows


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
