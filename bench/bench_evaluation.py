"""Evaluation figures on the large synthetic design (60 indicators, 300 measurements); not a
test: it prints.

- services.evaluation.evaluation: read the design's indicators and measurements and work out
  every indicator's progress and the scorecard;
- the evaluation step's panel after one measurement edit (the edit saved, the table, the
  status, the chart and the scorecard redrawn): what a person waits for after typing a figure.

    python bench/bench_evaluation.py [--runs 30]
"""

import argparse
import os
import statistics
import sys
import time

from common import private_home

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def figures(name: str, seconds: list[float]) -> None:
    ms = sorted(s * 1000 for s in seconds)
    print(
        f"{name}: median {statistics.median(ms):.1f} ms, "
        f"90th percentile {ms[int(len(ms) * 0.9)]:.1f} ms, worst {ms[-1]:.1f} ms ({len(ms)} runs)"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    work = private_home("eval")
    from deseo_desktop.gui.app import make_application
    from deseo_desktop.gui.design_session import DesignSession
    from deseo_desktop.gui.editors.base import EditorContext
    from deseo_desktop.gui.editors.evaluation_editor import EvaluationEditor
    from deseo_desktop.services import evaluation, sections, synthetic
    from deseo_desktop.services.database import Database

    app = make_application([sys.argv[0]])
    db = Database.open(work / "large.db")
    design_id = synthetic.add_large_design(db, seed=1)
    ev = evaluation.evaluation(db, design_id)
    print(
        f"{len(ev.indicators)} indicators, "
        f"{sum(len(m) for m in ev.measurements.values())} measurements; "
        f"scorecard {ev.scorecard.overall}"
    )

    reads = []
    for _ in range(args.runs):
        t = time.perf_counter()
        evaluation.evaluation(db, design_id)
        reads.append(time.perf_counter() - t)
    figures("evaluation read and worked out", reads)

    editor = EvaluationEditor(DesignSession(db, design_id), EditorContext("en", "EUR", 40))
    editor.resize(1280, 1900)
    editor.show()
    editor.section.select_row(0)
    app.processEvents()
    panel = editor.measurements
    model = panel.model
    column = [c.name for c in model.columns].index("note")
    edits = []
    for i in range(args.runs):
        t = time.perf_counter()
        model.setData(model.index(0, column), f"Bench note {i}")
        app.processEvents()  # painted
        edits.append(time.perf_counter() - t)
    figures("one measurement edit, panel redrawn", edits)
    switches = []
    for i in range(args.runs):
        t = time.perf_counter()
        editor.section.select_row(1 + i % 50)
        app.processEvents()
        switches.append(time.perf_counter() - t)
    figures("another indicator selected, panel redrawn", switches)
    rows = sections.load_rows(db, "measurement", {"indicator_id": panel.indicator_id})
    assert rows, "the large design's indicators have measurements"
    editor.close()
    db.close()


if __name__ == "__main__":
    main()
