"""Synthetic designs for benchmarks and load tests: one large design, many small ones.

Every choice comes from a `random.Random(seed)` (never the module-level generator), and no
value depends on today's date except the stamps the loader writes, so one seed always gives
the same rows apart from ids and stamps. The rows use the format `load_design` takes.

Run `python -m deseo_desktop.services.synthetic` to print what the generator makes.

parameters.py holds the counts, text.py the words, names and dates, large.py (with
pooling.py, grid.py, indicators.py) the large design, small.py the small ones, and
agreement.py the agreement both kinds share.
"""

from .grid import default_grid_rows
from .large import add_large_design, large_design_rows
from .parameters import (
    LARGE_ROWS,
    MEASUREMENT_YEARS,
    PARAMETERS,
    SEATS_PER_BODY,
    TEXT_WORDS,
    describe,
)
from .small import add_small_designs, small_design_rows
from .text import ANCHOR

__all__ = [
    "ANCHOR",
    "LARGE_ROWS",
    "MEASUREMENT_YEARS",
    "PARAMETERS",
    "SEATS_PER_BODY",
    "TEXT_WORDS",
    "add_large_design",
    "add_small_designs",
    "default_grid_rows",
    "describe",
    "large_design_rows",
    "small_design_rows",
]
