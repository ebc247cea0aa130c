"""Pooling-map figures on the large synthetic design (not a test: it prints).

- the map laid out and drawn: page built, the design read, laid out, the scene built and the
  first frame painted (target < 1 s), with where the time goes;
- selecting a node (highlight and repaint), one zoom step, and a pan step at zoom 1;
- saving the whole map as PNG and SVG.
"""

import os
import statistics
import sys
import time

from common import private_home

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

RUNS = 7


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def main() -> None:
    work = private_home("map")
    from PySide6.QtWidgets import QApplication

    from deseo_desktop.gui.app import make_application
    from deseo_desktop.gui.design_session import DesignSession
    from deseo_desktop.gui.editors.base import EditorContext
    from deseo_desktop.gui.map_picture import save_picture
    from deseo_desktop.gui.pooling_map_page import PoolingMapPage
    from deseo_desktop.rules.map_layout import layout_map
    from deseo_desktop.services import synthetic
    from deseo_desktop.services.database import Database
    from deseo_desktop.services.export import agreement_snapshot
    from deseo_desktop.services.pooling_map import load_pooling_map, pooling_map

    app = make_application([sys.argv[0]])
    db = Database.open(work / "large.db")
    design_id = synthetic.add_large_design(db, seed=1)
    session = DesignSession(db, design_id)
    load_pooling_map(db, design_id)  # warm the imports the first run would otherwise pay

    totals, reads, builds, layouts, paints = [], [], [], [], []
    for _ in range(RUNS):
        t = time.perf_counter()
        rows = agreement_snapshot(db, design_id)
        reads.append(time.perf_counter() - t)
        t = time.perf_counter()
        the_map = pooling_map(rows)
        builds.append(time.perf_counter() - t)
        t = time.perf_counter()
        layout_map(
            [n.spot() for n in the_map.nodes if n.is_actor],
            [n.spot() for n in the_map.nodes if not n.is_actor],
        )
        layouts.append(time.perf_counter() - t)

        t = time.perf_counter()
        page = PoolingMapPage(session, EditorContext())
        page.resize(1280, 800)
        page.show()
        page.view.viewport().repaint()  # the first frame, painted now rather than queued
        app.processEvents()
        totals.append(time.perf_counter() - t)
        t = time.perf_counter()
        page.view.viewport().repaint()
        paints.append(time.perf_counter() - t)
        last = page
        if len(totals) < RUNS:
            page.close()
            page.deleteLater()
            app.processEvents()

    page = last
    nodes, links = len(page.view.nodes), len(page.view.ends)
    print(f"large design: {nodes} nodes, {links} links")
    print(
        f"map laid out and drawn (page built, read, laid out, scene, first frame): median "
        f"{_ms(statistics.median(totals))}, max {_ms(max(totals))} (target < 1 s)"
    )
    print(
        f"  of which: reading the snapshot {_ms(statistics.median(reads))}, nodes and links "
        f"{_ms(statistics.median(builds))}, layout {_ms(statistics.median(layouts))}"
    )
    print(f"  a repaint of the whole map from the links' cache: {_ms(statistics.median(paints))}")

    view = page.view
    picks = list(view.nodes)[::37][:10]
    selects = []
    for node_id in picks:
        t = time.perf_counter()
        view.select_node(node_id)
        view.viewport().repaint()
        selects.append(time.perf_counter() - t)
    view.scene().clearSelection()
    zooms = []
    for _ in range(6):
        t = time.perf_counter()
        view.zoom_by(1.25)
        view.viewport().repaint()
        zooms.append(time.perf_counter() - t)
    view.zoom_to(1.0)
    app.processEvents()
    pans = []
    bar = view.horizontalScrollBar()
    for _ in range(20):
        bar.setValue(bar.value() + 40)
        t = time.perf_counter()
        view.viewport().repaint()
        pans.append(time.perf_counter() - t)
    print(
        f"select a node (highlight + repaint): median {_ms(statistics.median(selects))}; "
        f"zoom step: median {_ms(statistics.median(zooms))}; "
        f"pan step at zoom 1: median {_ms(statistics.median(pans))}, max {_ms(max(pans))}"
    )
    view.fit()
    for suffix in ("png", "svg"):
        path = work / f"map.{suffix}"
        t = time.perf_counter()
        save_picture(path, view, page.legend, page.picture_title())
        print(
            f"save as {suffix.upper()}: {_ms(time.perf_counter() - t)}, "
            f"{path.stat().st_size / 1e6:.1f} MB"
        )
    page.close()
    page.deleteLater()
    session.deleteLater()
    QApplication.processEvents()
    db.close()


if __name__ == "__main__":
    main()
