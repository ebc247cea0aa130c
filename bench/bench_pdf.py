"""PDF agreement figures (not a test: it prints).

- large synthetic design: time per page (target at most 40 ms) and the number of pages;
- example design: the whole PDF (target with the workbook under 2 s), in each language.
"""

import sys
import tempfile
import time
from pathlib import Path


def main() -> None:
    work = Path(tempfile.mkdtemp(prefix="deseo-bench-pdf-"))
    from deseo_desktop.exports.agreement_pdf import write_pdf
    from deseo_desktop.services import library, synthetic
    from deseo_desktop.services.database import Database
    from deseo_desktop.services.design_data import dump_design

    db = Database.open(work / "bench.db")
    db.open_writer()
    large = synthetic.add_large_design(db, seed=1)
    example = library.add_example(db)
    with db.session() as s:
        large_rows = dump_design(s.connection(), large)
        example_rows = dump_design(s.connection(), example)

    write_pdf(example_rows, work / "warm.pdf")  # fonts and modules loaded once, as in the app
    runs = []
    for _ in range(3):
        start = time.perf_counter()
        pages = write_pdf(large_rows, work / "large.pdf")
        runs.append(time.perf_counter() - start)
    best = min(runs)
    per_page = 1000 * best / pages
    print(f"large design: {pages} pages, {best:.2f} s, {per_page:.1f} ms per page (target <= 40)")
    for language in ("en", "it", "fr", "sv", "es"):
        start = time.perf_counter()
        pages = write_pdf(example_rows, work / f"example-{language}.pdf", language)
        print(f"example ({language}): {pages} pages in {time.perf_counter() - start:.2f} s")


if __name__ == "__main__":
    sys.exit(main())
