"""The local agreement, its articles and its signatories, for large and small designs."""

import random

from deseo_desktop.model.enums import ARTICLE_CODES, AgreementKind

from ..design_data import Rows
from .text import PLACES, free_text, person, random_day


def agreement_rows(rng: random.Random, signatory_ids: list[str], status: str) -> Rows:
    """The design's agreement in `status`, every article, one signatory per signatory id."""
    custom = set(rng.sample(ARTICLE_CODES, 2))
    return {
        "agreement": [
            {
                "id": "agreement",
                "design_id": "design",
                "kind": rng.choice(list(AgreementKind)).value,
                "status": status,
                "version_number": rng.randint(1, 4),
                "version_date": random_day(rng, -200, 0),
                "duration_months": rng.choice((24, 36, 48)),
                "renewal": rng.choice(("tacit", "express", "none")),
                "entry_into_force": random_day(rng, 0, 120),
                "place_of_signature": rng.choice(PLACES),
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
                "custom_text": free_text(rng) if code in custom else "",
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
                "representative": person(rng)[0],
                "capacity": rng.choice(("President", "Mayor", "Director", "Legal representative")),
                "place": rng.choice(PLACES),
                "signed_on": None,
            }
            for p, actor_id in enumerate(signatory_ids)
        ],
    }
