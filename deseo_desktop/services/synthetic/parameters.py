"""The generator's counts and ranges, and `describe()` to print them."""

from typing import Any

from deseo_desktop.model.enums import ARTICLE_CODES, AgreementStatus, Country

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
