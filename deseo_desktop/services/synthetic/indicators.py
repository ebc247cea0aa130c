"""The large design's indicators, taken from the catalogue, and their yearly measurements."""

import json
import random
from functools import cache
from typing import Any

from deseo_desktop.model.enums import Frequency, MeasurementMethod
from deseo_desktop.resources import resource_path

from ..design_data import Rows
from .parameters import LARGE_ROWS, MEASUREMENT_YEARS
from .text import free_text


@cache
def _catalogue() -> tuple[dict, ...]:
    path = resource_path("catalogues", "indicators.json")
    return tuple(json.loads(path.read_text(encoding="utf-8"))["indicators"])


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


def indicator_rows(rng: random.Random, design_id: str, actor_ids: list[str]) -> Rows:
    """LARGE_ROWS["indicator"] indicators, each measured once in every MEASUREMENT_YEARS."""
    catalogue = _catalogue()
    indicators, measurements = [], []
    for i in range(LARGE_ROWS["indicator"]):
        spec = catalogue[i % len(catalogue)]
        indicators.append(
            {
                "id": f"ind:{i}",
                "design_id": design_id,
                "position": i,
                **_indicator_values(rng, spec),
                "baseline_date": "2020-12-31",
                "target_date": "2027-12-31",
                "source": free_text(rng, 20, 25),
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
                    "note": free_text(rng, 20, 25),
                }
            )
    return {"indicator": indicators, "measurement": measurements}
