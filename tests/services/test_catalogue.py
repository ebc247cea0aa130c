"""The indicator catalogue as the evaluation step reads it: entries and the rows they add."""

import dataclasses

import pytest

from deseo_desktop.model.enums import Direction, Disaggregation, IndicatorDomain, TargetKind
from deseo_desktop.services.catalogue import CatalogueEntry, indicator_catalogue, indicator_rows
from deseo_desktop.services.edits import TABLES

# The starter set of DOMAIN.md, in its order.
DOMAIN_CODES = (
    "W1 W2 W3 W4 W5 W6 M1 M2 M3 M4 M5 M6 K1 K2 K3 K4 T1 T2 T3 T4 "
    "P1 P2 P3 P4 H1 H2 V1 V2 V3 V4 C1 C2"
).split()


def by_code(language="en") -> dict[str, CatalogueEntry]:
    return {e.code: e for e in indicator_catalogue(language)}


def test_the_catalogue_has_the_32_codes_of_the_domain_reference():
    assert [e.code for e in indicator_catalogue()] == DOMAIN_CODES


def test_entries_are_complete_and_use_known_codes():
    for e in indicator_catalogue():
        IndicatorDomain(e.domain)
        Disaggregation(e.disaggregation)
        Direction(e.direction)
        TargetKind(e.target_kind)
        assert e.unit and e.name and e.description, e.code


def test_entries_carry_the_catalogue_values():
    w1, p1, m5 = (by_code()[c] for c in ("W1", "P1", "M5"))
    assert (w1.domain, w1.unit, w1.disaggregation, w1.direction, w1.target_kind) == (
        "work",
        "%",
        "computed",
        "range",
        "range",
    )
    assert w1.name == "Women's share of the cluster workforce"
    assert (w1.target_low, w1.target_high) == (40, 60)
    assert p1.disaggregation == "by_sex" and p1.domain == "power"
    assert m5.target_low is None and "target group" in m5.target_text


def test_other_languages_fall_back_to_english():
    english, italian = by_code("en")["K1"], by_code("it")["K1"]
    assert italian.name and italian.description
    if italian.name == english.name:  # not translated yet: English, never an empty cell
        assert italian.description == english.description


def test_the_catalogue_is_read_once_and_cannot_be_spoiled():
    first = indicator_catalogue()
    first.clear()
    again = indicator_catalogue()
    assert len(again) == 32
    assert again[0] is indicator_catalogue()[0]  # cached
    with pytest.raises(dataclasses.FrozenInstanceError):
        again[0].code = "X"


def test_indicator_rows_hold_columns_of_the_indicator_table():
    columns = set(TABLES["indicator"].c.keys())
    entries = [by_code()[c] for c in ("W1", "P1", "W3", "T1")]
    rows = indicator_rows(entries)
    assert all(set(r) <= columns for r in rows)
    w1, p1, w3, t1 = rows
    assert w1 == {
        "catalogue_code": "W1",
        "name": "Women's share of the cluster workforce",
        "description": by_code()["W1"].description,
        "domain": "work",
        "unit": "%",
        "disaggregation": "computed",
        "direction": "range",
        "target_kind": "range",
        "target_value": 40,
        "target_high": 60,
    }
    assert (p1["target_value"], p1["target_high"], p1["disaggregation"]) == (40, 60, "by_sex")
    # A target in words only (a trend) leaves the numbers for the design to set.
    assert (w3["target_value"], w3["target_high"], w3["target_kind"]) == (None, None, "trend")
    assert (t1["target_value"], t1["target_high"]) == (1, None)
    assert indicator_rows([]) == []
