"""Excel workbook figures (not a test: it prints).

- large synthetic design, from rows already loaded: the whole workbook (target under 1.5 s);
- example design: the whole workbook in each language (target with the PDF under 2 s).
"""

import statistics
import sys
import tempfile
import time
from pathlib import Path


def main() -> None:
    work = Path(tempfile.mkdtemp(prefix="deseo-bench-xlsx-"))
    from deseo_desktop.exports.workbook import write_workbook
    from deseo_desktop.services import library, synthetic
    from deseo_desktop.services.database import Database
    from deseo_desktop.services.design_data import dump_design

    db = Database.open(work / "bench.db")
    large = synthetic.add_large_design(db, seed=1)
    example = library.add_example(db)
    with db.session() as s:
        large_rows = dump_design(s.connection(), large)
        example_rows = dump_design(s.connection(), example)
    db.close()

    write_workbook(example_rows, work / "warm.xlsx")  # modules and Babel loaded once, as in the app
    cells = sum(len(rows) for rows in large_rows.values())
    runs = []
    for _ in range(5):
        start = time.perf_counter()
        write_workbook(large_rows, work / "large.xlsx")
        runs.append(time.perf_counter() - start)
    size = (work / "large.xlsx").stat().st_size / 1e6
    print(
        f"large design ({cells} rows): best {min(runs):.2f} s, median "
        f"{statistics.median(runs):.2f} s (target < 1.5), {size:.1f} MB"
    )
    for language in ("en", "it", "fr", "sv", "es"):
        start = time.perf_counter()
        write_workbook(example_rows, work / f"example-{language}.xlsx", language)
        print(f"example ({language}): {time.perf_counter() - start:.2f} s")


if __name__ == "__main__":
    sys.exit(main())
