"""Workspace figures on the large synthetic design (not a test: it prints).

- workspace open until its first page is painted and accepts keys (target < 300 ms);
- one field edit committed (target < 20 ms median; fsync is a no-op on this machine);
- undo of an actor deletion with its cascade (target < 50 ms);
- 100 page-scrolls of the 300-actor table: 99th-percentile event-loop block (target < 16 ms).
"""

import os
import statistics
import sys
import time

from common import private_home

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    work = private_home("ws")
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from deseo_desktop.gui.app import make_application
    from deseo_desktop.gui.design_page import DesignPage
    from deseo_desktop.gui.design_session import DesignSession
    from deseo_desktop.services import edits, library, sections, synthetic
    from deseo_desktop.services.database import Database

    app = make_application([sys.argv[0]])
    db = Database.open(work / "large.db")
    design_id = synthetic.add_large_design(db, seed=1)
    library.set_wizard_state(db, design_id, "review", True)
    print(synthetic.describe())

    opens = []
    for _ in range(7):
        t = time.perf_counter()
        session = DesignSession(db, design_id)
        page = DesignPage(session, "en")
        session.setParent(page)
        page.resize(1280, 800)
        page.show()
        app.processEvents()  # painted
        page.outline.setFocus()
        QTest.keyClick(page.outline, Qt.Key.Key_Down)  # accepts keys: moves to Start
        opens.append(time.perf_counter() - t)
        page.close()
        page.deleteLater()
        app.processEvents()

    session = DesignSession(db, design_id)
    actors = sections.load_rows(db, "actor", {"design_id": design_id})
    field_times = []
    for i, actor in enumerate(actors[:60]):
        t = time.perf_counter()
        session.push(sections.FieldEdit("actor", actor["id"], "role", f"Role {i}"), "edit")
        field_times.append(time.perf_counter() - t)

    busiest = max(
        actors,
        key=lambda a: sum(1 for c in sections.load_rows(db, "commitment", {"actor_id": a["id"]})),
    )
    delete = edits.RowDelete("actor", busiest["id"])
    edits.apply(db, design_id, delete)
    t = time.perf_counter()
    edits.revert(db, design_id, delete)
    undo_ms = (time.perf_counter() - t) * 1000

    scroll_session = DesignSession(db, design_id)
    page = DesignPage(scroll_session, "en")
    scroll_session.setParent(page)
    page.resize(1280, 800)
    page.show()
    page.show_step("actors")
    app.processEvents()
    table = page.editor("actors").section.table
    blocks = []

    for i in range(100):
        key = Qt.Key.Key_PageDown if (i // 10) % 2 == 0 else Qt.Key.Key_PageUp
        t = time.perf_counter()
        QTest.keyClick(table, key)
        app.processEvents()  # the repaint the scroll causes
        blocks.append((time.perf_counter() - t) * 1000)
    blocks.sort()
    p99 = blocks[int(len(blocks) * 0.99) - 1]

    print(
        f"workspace open, painted and taking keys: median "
        f"{statistics.median(opens) * 1000:.0f} ms (target < 300 ms)"
    )
    print(
        f"one field edit committed: median {statistics.median(field_times) * 1000:.1f} ms, "
        f"max {max(field_times) * 1000:.1f} ms (target median < 20 ms; fsync is a no-op here)"
    )
    print(
        f"undo of deleting the busiest actor (with its cascade): {undo_ms:.1f} ms "
        f"(target < 50 ms; {len(delete.captured)} rows, {len(delete.nulled)} references)"
    )
    print(
        f"100 page-scrolls of the {len(actors)}-actor table: p99 block {p99:.1f} ms, "
        f"max {blocks[-1]:.1f} ms (target p99 < 16 ms)"
    )
    page.close()
    page.deleteLater()
    session.deleteLater()
    QApplication.processEvents()
    db.close()


if __name__ == "__main__":
    main()
