"""Dashboard figures on the large synthetic design (not a test: it prints).

- the dashboard page built, its figures read, its charts drawn and painted (target < 500 ms):
  the first time in the process, then at the workspace's width (one column) and a
  projector's (two);
- of which: reading the figures (services.dashboard), making the charts;
- one chart redrawn after a choice (the organisations' measure), painted.
"""

import os
import statistics
import sys
import time

from common import private_home

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

RUNS = 7


def main() -> None:
    work = private_home("dash")
    from PySide6.QtWidgets import QApplication

    from deseo_desktop.gui.app import make_application
    from deseo_desktop.gui.dashboard_page import DashboardPage
    from deseo_desktop.gui.design_session import DesignSession
    from deseo_desktop.gui.editors.base import EditorContext
    from deseo_desktop.services import synthetic
    from deseo_desktop.services.dashboard import dashboard
    from deseo_desktop.services.database import Database

    app = make_application([sys.argv[0]])
    db = Database.open(work / "large.db")
    design_id = synthetic.add_large_design(db, seed=1)
    print(synthetic.describe())
    context = EditorContext("en", "EUR", 40, "existing")

    def open_page(width: int) -> tuple[float, object]:
        t = time.perf_counter()
        session = DesignSession(db, design_id)
        page = DashboardPage(session, context)
        session.setParent(page)
        page.resize(width, 800)
        page.show()  # reads the figures and draws the charts
        app.processEvents()  # painted
        return time.perf_counter() - t, page

    def close(page) -> None:
        page.close()
        page.deleteLater()
        app.processEvents()

    cold, page = open_page(800)  # the first one also loads QtCharts and Babel's data
    close(page)
    figures = {}
    for label, width in (("one column, 800 px", 800), ("two columns, 1280 px", 1280)):
        times = []
        for _ in range(RUNS):
            seconds, page = open_page(width)
            times.append(seconds)
            close(page)
        figures[label] = times

    reads = []
    for _ in range(RUNS):
        t = time.perf_counter()
        data = dashboard(db, design_id)
        reads.append(time.perf_counter() - t)

    _seconds, page = open_page(1280)
    draws, redraws = [], []
    for i in range(RUNS):
        t = time.perf_counter()
        page._draw(data)
        draws.append(time.perf_counter() - t)
        t = time.perf_counter()
        page.measure_combo.setCurrentIndex((i + 1) % page.measure_combo.count())
        app.processEvents()
        redraws.append(time.perf_counter() - t)
    close(page)

    def ms(values) -> str:
        return f"median {statistics.median(values) * 1000:.0f} ms, max {max(values) * 1000:.0f} ms"

    print(f"dashboard shown the first time in the process: {cold * 1000:.0f} ms")
    for label, times in figures.items():
        print(
            f"dashboard shown, figures read and charts painted ({label}): {ms(times)}"
            " (target < 500 ms)"
        )
    print(f"  of which reading the figures (snapshot and sums): {ms(reads)}")
    print(f"  of which making the six charts: {ms(draws)}")
    print(f"one chart redrawn after a choice, painted: {ms(redraws)}")
    db.close()
    QApplication.processEvents()


if __name__ == "__main__":
    main()
