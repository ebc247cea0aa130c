"""The fixed texts of the templates and the default grid, in the person's language.

A template file (resources/templates/<key>.json) is written in English. The other languages
keep their texts in resources/templates/texts/<lang>.json, keyed by template and by
"table/row id/field", so the structure lives in one place and a translation cannot change it.
The example design is not translated: its content is a real cluster's, as written.
"""

from __future__ import annotations

import json
from functools import cache

from deseo_desktop.resources import resource_path

Rows = dict[str, list[dict]]

# The free-text fields a template or the default grid fills in; codes and choices are not text.
TEXT_FIELDS: dict[str, tuple[str, ...]] = {
    "design": ("title", "description"),
    "actor": ("name", "legal_form", "role"),
    "pooled_resource": ("name", "description", "access_rules", "cost_sharing", "equality_benefit"),
    "contribution": ("description",),
    "skill_exchange": ("topic",),
    "governance_body": ("name", "decision_rule", "quorum"),
    "management_system": ("name", "description"),
    "funder": ("name",),
    "budget_line": ("label",),
    "financing_grid": ("name",),
    "grid_gate": ("text",),
    "grid_criterion": ("name",),
    "grid_sub_criterion": ("name",),
    "grid_bonus": ("name",),
    "valorisation_action": ("title", "audience", "description"),
    "indicator": ("name", "description", "source", "unit"),
    "commitment": ("text",),
    "signatory": ("capacity",),
}

TRANSLATED = ("back_office", "womens_entrepreneurship", "default_grid")


def texts(rows: Rows) -> dict[str, str]:
    """Every fixed text of a template's rows, keyed "table/row id/field"."""
    found = {}
    for table, fields in TEXT_FIELDS.items():
        for row in rows.get(table, []):
            for name in fields:
                value = row.get(name)
                if isinstance(value, str) and value.strip():
                    found[f"{table}/{row['id']}/{name}"] = value
    return found


@cache
def _overlay(language: str) -> dict[str, dict[str, str]]:
    path = resource_path("templates", "texts", f"{language}.json")
    if language == "en" or not path.exists():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))


def in_language(key: str, rows: Rows, language: str) -> Rows:
    """A copy of `rows` with the fixed texts in `language` (English where none is written)."""
    overlay = _overlay(language).get(key, {})
    if not overlay:
        return rows
    out: Rows = {}
    for table, table_rows in rows.items():
        fields = TEXT_FIELDS.get(table, ())
        out[table] = []
        for row in table_rows:
            row = dict(row)
            for name in fields:
                text = overlay.get(f"{table}/{row.get('id')}/{name}")
                if text is not None and row.get(name):
                    row[name] = text
            out[table].append(row)
    return out
