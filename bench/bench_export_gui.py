"""How long the GUI event loop is blocked while the agreement of the large design is exported.

Not a test: it prints. A 5 ms timer records the gap between its ticks while the export dialog
runs a real export (snapshot on the GUI thread, files in the child process); the longest gap
is the longest time the window could not answer (target < 100 ms). --in-thread makes the
files on the worker thread instead, in the window's process, for comparison (there the first
export also imports reportlab and openpyxl; the child imports them every time).

    python bench/bench_export_gui.py [--runs 3] [--in-thread] [--switch-interval 0.001]
        [--pdf-only]
"""

import argparse
import os
import statistics
import sys
import time

from common import private_home

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TICK_MS = 5


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--switch-interval", type=float, default=None)
    parser.add_argument("--pdf-only", action="store_true")
    parser.add_argument("--in-thread", action="store_true")
    args = parser.parse_args()
    if args.switch_interval:
        sys.setswitchinterval(args.switch_interval)
    work = private_home("export")
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QSettings, Qt, QTimer

    from deseo_desktop.gui import export_dialog
    from deseo_desktop.gui import settings as opt
    from deseo_desktop.gui.app import make_application
    from deseo_desktop.gui.export_dialog import ExportDialog
    from deseo_desktop.services import synthetic
    from deseo_desktop.services.database import Database
    from deseo_desktop.services.export import agreement_snapshot, export_agreement

    if args.in_thread:
        export_dialog.export_agreement_in_process = export_agreement

    app = make_application([sys.argv[0]])
    db = Database.open(work / "large.db")
    design_id = synthetic.add_large_design(db, seed=1)
    settings = opt.Settings(QSettings(str(work / "s.ini"), QSettings.Format.IniFormat))
    out = work / "out"
    out.mkdir()
    snapshots = []
    for _ in range(5):
        t = time.perf_counter()
        agreement_snapshot(db, design_id)
        snapshots.append((time.perf_counter() - t) * 1000)
    print(
        f"files made {'in the worker thread' if args.in_thread else 'in a child process'}; "
        f"switch interval {sys.getswitchinterval() * 1000:.1f} ms; "
        f"snapshot on the GUI thread: median {statistics.median(snapshots):.0f} ms"
    )

    for run in range(args.runs):
        dialog = ExportDialog(settings, db, design_id, "en")
        dialog.ui.folder_edit.setText(str(out))
        dialog.ui.xlsx_check.setChecked(not args.pdf_only)
        dialog.show()
        app.processEvents()
        gaps: list[float] = []
        clock = QElapsedTimer()
        clock.start()
        last = [clock.nsecsElapsed()]

        def tick(gaps=gaps, clock=clock, last=last) -> None:
            now = clock.nsecsElapsed()
            gaps.append((now - last[0]) / 1e6)
            last[0] = now

        timer = QTimer()
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.setInterval(TICK_MS)
        timer.timeout.connect(tick)
        loop = QEventLoop()
        watch = QTimer()
        watch.setInterval(20)
        watch.timeout.connect(lambda d=dialog, lp=loop: (not d.is_running()) and lp.quit())
        started = [0.0, 0.0]

        def start(d=dialog, started=started, watch=watch) -> None:
            started[0] = time.perf_counter()
            d.start_export()
            started[1] = time.perf_counter() - started[0]  # the snapshot, on this thread
            watch.start()

        timer.start()
        QTimer.singleShot(100, start)
        loop.exec()
        elapsed = time.perf_counter() - started[0]
        timer.stop()
        watch.stop()
        result = dialog.result
        if result is None:
            print(f"run {run + 1}: the export failed: {dialog.ui.status_label.text()}")
            return
        gaps.sort()
        p99 = gaps[int(len(gaps) * 0.99) - 1]
        kind = "first" if run == 0 else "again"
        files = "PDF" if args.pdf_only else "PDF and workbook"
        print(
            f"run {run + 1}, {kind}: {files} in {elapsed:.2f} s ({result.pages} pages); "
            f"GUI event loop: longest block {gaps[-1]:.0f} ms (target < 100), "
            f"p99 {p99:.0f} ms, {sum(g > 16 for g in gaps)} of {len(gaps)} ticks late > 16 ms; "
            f"starting it (snapshot) took {started[1] * 1000:.0f} ms of that"
        )
        dialog.close()
        dialog.deleteLater()
        app.processEvents()
    db.close()


if __name__ == "__main__":
    main()
