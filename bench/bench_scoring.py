"""Rescoring figures on the large synthetic design's grid (not a test: it prints).

Target: rescoring after one score change < 10 ms. Three figures, from the inside out:
- the rules alone: building the assessments from the rows and scoring the grid;
- the page's rescoring: re-reading the answers from the database, scoring, and writing the
  verdict card and every mean and points cell (what follows a saved score);
- one score chosen in the page's list, end to end: the edit committed to the database, then
  the rescoring above (the commit is the workspace bench's "one field edit").
"""

import os
import statistics
import sys
import time

from common import private_home

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROUNDS = 200


def _ms(times: list[float]) -> str:
    times = sorted(t * 1000 for t in times)
    p95 = times[int(len(times) * 0.95) - 1]
    return f"median {statistics.median(times):.2f} ms, p95 {p95:.2f} ms, max {times[-1]:.2f} ms"


def main() -> None:
    work = private_home("scoring")
    from PySide6.QtWidgets import QApplication

    from deseo_desktop.gui.app import make_application
    from deseo_desktop.gui.design_session import DesignSession
    from deseo_desktop.gui.editors.base import EditorContext
    from deseo_desktop.gui.editors.grid_page import GridPage
    from deseo_desktop.rules import scoring
    from deseo_desktop.services import grids, synthetic
    from deseo_desktop.services.database import Database

    app = make_application([sys.argv[0]])
    db = Database.open(work / "large.db")
    design_id = synthetic.add_large_design(db, seed=1)
    grid_id = grids.design_grid_id(db, design_id)
    rows = grids.load_grid(db, grid_id)
    grid = scoring.grid_from_rows(rows, grid_id)
    subs = [s for c in grid.criteria for s in c.sub_criteria]
    print(
        f"large design's grid: {len(grid.gates)} gates, {len(grid.criteria)} criteria, "
        f"{len(subs)} sub-criteria, {len(grid.bonuses)} bonuses, "
        f"{len(rows['assessor'])} assessors, {len(rows['score'])} scores"
    )

    rules = []
    for _ in range(ROUNDS):
        t = time.perf_counter()
        scoring.score_grid(grid, scoring.assessments_from_rows(rows, grid))
        rules.append(time.perf_counter() - t)

    session = DesignSession(db, design_id)
    page = GridPage(session, EditorContext("en", "EUR", 40, "new"))
    page.resize(1280, 800)
    page.show()
    app.processEvents()
    rescoring = []
    for _ in range(ROUNDS):
        t = time.perf_counter()
        page.reload_answers()
        rescoring.append(time.perf_counter() - t)

    end_to_end = []
    verdicts = set()
    for i in range(ROUNDS):
        sub = subs[i % len(subs)]
        combo = page.scoring.widgets[("score", sub.id)][0]
        index = 1 + (combo.currentIndex() % (combo.count() - 1))  # another level, never blank
        t = time.perf_counter()
        combo.setCurrentIndex(index)
        end_to_end.append(time.perf_counter() - t)
        verdicts.add(page.result.verdict)
        app.processEvents()

    print(f"rules alone (assessments + score_grid): {_ms(rules)}")
    print(f"page rescoring after a saved score (re-read, score, show): {_ms(rescoring)} "
          "(target < 10 ms)")  # fmt: skip
    print(f"one score chosen, committed and rescored: {_ms(end_to_end)} (verdicts seen: "
          f"{', '.join(sorted(verdicts))})")  # fmt: skip
    page.close()
    page.deleteLater()
    session.deleteLater()
    QApplication.processEvents()
    db.close()


if __name__ == "__main__":
    main()
