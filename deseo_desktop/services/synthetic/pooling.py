"""The large design's pooling: resources, contributions, uses, exchanges, improvements."""

import random

from deseo_desktop.model.enums import ContributionKind, ExchangeKind, Priority, ResourceCategory

from ..design_data import Rows
from .parameters import LARGE_ROWS
from .text import WORDS, free_text, maybe, random_day


def resource_rows(rng: random.Random, design_id: str, actor_ids: list[str]) -> Rows:
    """Pooled resources, what the actors contribute to them and how many use them."""
    out: Rows = {}
    out["pooled_resource"] = [
        {
            "id": f"res:{i}",
            "design_id": design_id,
            "position": i,
            "name": f"Pooled {rng.choice(WORDS)} service {i + 1}",
            "category": rng.choice(list(ResourceCategory)).value,
            "description": free_text(rng),
            "equality_benefit": free_text(rng),
            "access_rules": free_text(rng),
            "cost_sharing": free_text(rng),
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
            "description": free_text(rng, 20, 30),
        }
        for i in range(LARGE_ROWS["contribution"])
    ]
    out["resource_use"] = [
        {
            "id": f"use:{i}",
            "resource_id": f"res:{i % n_res}",
            "actor_id": rng.choice(actor_ids),
            "users_women": maybe(rng, rng.randint(0, 60)),
            "users_men": maybe(rng, rng.randint(0, 60)),
            "note": free_text(rng, 20, 30),
        }
        for i in range(LARGE_ROWS["resource_use"])
    ]
    return out


def exchange_rows(rng: random.Random, design_id: str, actor_ids: list[str]) -> Rows:
    """Skills exchanged between actors, and improvements to existing services."""
    out: Rows = {}
    out["skill_exchange"] = [
        {
            "id": f"skill:{i}",
            "design_id": design_id,
            "position": i,
            "provider_id": rng.choice(actor_ids),
            "recipient_id": rng.choice(actor_ids),
            "kind": rng.choice(list(ExchangeKind)).value,
            "topic": free_text(rng, 20, 30),
            "hours": rng.randint(2, 60),
            "participants_women": rng.randint(0, 20),
            "participants_men": rng.randint(0, 20),
        }
        for i in range(LARGE_ROWS["skill_exchange"])
    ]
    out["improvement_action"] = [
        {
            "id": f"impr:{i}",
            "design_id": design_id,
            "position": i,
            "service": f"Existing {rng.choice(WORDS)} service {i + 1}",
            "gap": free_text(rng),
            "action": free_text(rng),
            "owner_id": rng.choice(actor_ids),
            "deadline": random_day(rng, 30, 1000),
            "priority": rng.choice(list(Priority)).value,
        }
        for i in range(LARGE_ROWS["improvement_action"])
    ]
    return out
