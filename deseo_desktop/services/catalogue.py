"""The starter catalogue of indicators (resources/catalogues/indicators.json), as plain data.

Names, descriptions and targets in words are keyed by language in the file; a language with
no text for an entry falls back to English, so a new translation can be filled in gradually.
"""

import json
from dataclasses import dataclass, field
from functools import cache
from numbers import Real
from typing import Any

from deseo_desktop.resources import resource_path
from deseo_desktop.terms import term


@dataclass(frozen=True)
class CatalogueEntry:
    """One indicator of the catalogue, its texts in one language."""

    code: str
    domain: str
    unit: str
    disaggregation: str
    direction: str
    target_kind: str
    default_target: dict[str, Any] = field(default_factory=dict, hash=False)
    name: str = ""
    description: str = ""
    target_text: str = ""  # the default target in words, when the file gives one
    unit_name: str = ""  # the unit as the language writes it ("ore" for "hours")

    @property
    def target_low(self) -> float | None:
        """The catalogue's number for the target: a range's lower bound, or the bound."""
        for key in ("value", "low"):
            value = self.default_target.get(key)
            if _is_number(value):
                return value
        return None

    @property
    def target_high(self) -> float | None:
        value = self.default_target.get("high")
        return value if _is_number(value) else None


def _is_number(value: Any) -> bool:
    return isinstance(value, Real) and not isinstance(value, bool)


def _in(texts: Any, language: str) -> str:
    if not isinstance(texts, dict):
        return ""
    return texts.get(language) or texts.get("en") or ""


@cache
def _raw() -> tuple[dict, ...]:
    path = resource_path("catalogues", "indicators.json")
    return tuple(json.loads(path.read_text(encoding="utf-8"))["indicators"])


@cache
def _entries(language: str) -> tuple[CatalogueEntry, ...]:
    return tuple(
        CatalogueEntry(
            code=spec["code"],
            domain=spec["domain"],
            unit=spec["unit"],
            disaggregation=spec["disaggregation"],
            direction=spec["direction"],
            target_kind=spec["target_kind"],
            default_target=dict(spec.get("default_target") or {}),
            name=_in(spec.get("name"), language),
            description=_in(spec.get("description"), language),
            target_text=_in((spec.get("default_target") or {}).get("text"), language),
            unit_name=term("unit", spec["unit"], language),
        )
        for spec in _raw()
    )


def indicator_catalogue(language: str = "en") -> list[CatalogueEntry]:
    """Every entry of the catalogue, in the file's order, with texts in `language`."""
    return list(_entries(language))


def indicator_rows(entries: list[CatalogueEntry]) -> list[dict[str, Any]]:
    """Column values of the indicator rows that add `entries` to a design.

    The catalogue's default target goes into the target columns where it is a number (a range
    fills both bounds); targets given only in words are left for the design to set.
    """
    return [
        {
            "catalogue_code": e.code,
            "name": e.name,
            "description": e.description,
            "domain": e.domain,
            "unit": e.unit_name,
            "disaggregation": e.disaggregation,
            "direction": e.direction,
            "target_kind": e.target_kind,
            "target_value": e.target_low,
            "target_high": e.target_high,
        }
        for e in entries
    ]
