"""Start-up, library and search figures for the foundation issue (not a test: it prints).

Measured in one run against a bare PySide6 QMainWindow shown and closed:
- cold start until the main window is shown with its menus and library frame;
- launch until the library holds 1,000 designs;
- search over 10,000 designs, median per keystroke;
- peak memory with 10,000 designs.
Each start is a fresh process; the figure is the median of RUNS runs.
"""

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = int(os.environ.get("BENCH_RUNS", "9"))
HERE = Path(__file__).resolve().parent

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow(); w.menuBar().addMenu("File"); w.resize(1200, 760); w.show()
def shown():
    print("shown", flush=True); app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""

APP = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from deseo_desktop.gui.app import run
until = sys.argv[2]
def probe(window):
    def shown():
        print("shown", flush=True)
        if until == "shown":
            QApplication.instance().quit()
    QTimer.singleShot(0, shown)
    def loaded():
        print("loaded", window.library_page.model.rowCount(), flush=True)
        if until == "loaded":
            QApplication.instance().quit()
    window.designs_loaded.connect(loaded)
    def ready():
        if until == "ready":
            QApplication.instance().quit()
    window.database_ready.connect(ready)
sys.exit(run(sys.argv[1] or None, probe=probe))
"""


def timed_child(code: str, *args: str, marker: str) -> float:
    """Seconds from launching a fresh Python process until it prints `marker`."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True, env=ENV
    )
    elapsed = None
    for line in proc.stdout:
        if line.startswith(marker) and elapsed is None:
            elapsed = time.perf_counter() - start
    proc.wait(timeout=120)
    if elapsed is None:
        raise RuntimeError(f"the child never printed {marker!r} (exit {proc.returncode})")
    return elapsed


def medians(*fns, runs: int = RUNS) -> list[float]:
    """Each function's median, the runs interleaved so a busy moment hits all alike."""
    for fn in fns:
        fn()  # warm the disk cache once, as a second launch of the day would be
    times = [[] for _ in fns]
    for _ in range(runs):
        for fn, out in zip(fns, times, strict=True):
            out.append(fn())
    return [statistics.median(t) for t in times]


def make_db(path: Path, n: int) -> None:
    from deseo_desktop.services import synthetic
    from deseo_desktop.services.database import Database

    db = Database.open(path)
    synthetic.add_small_designs(db, n, seed=1)
    db.close()


SEARCH = """
import statistics, sys, time
from PySide6.QtWidgets import QApplication
from deseo_desktop.gui.library_page import LibraryPage
from deseo_desktop.services.database import Database
from deseo_desktop.services.library_list import list_designs
app = QApplication([])
db = Database.inspect(sys.argv[1])
page = LibraryPage()
page.resize(1200, 700)
page.show()
designs = list_designs(db)
page.set_designs(designs)
app.processEvents()
times = []
for word in ("valdoria", "coop", "sociale", "umea", "zzz", "lyon", "ass", "centro"):
    for i in range(1, len(word) + 1):
        t = time.perf_counter()
        page.search_edit.setText(word[:i])
        app.processEvents()  # the view repaints what the keystroke changed
        times.append(time.perf_counter() - t)
    page.search_edit.clear()
    app.processEvents()
print("search", statistics.median(times), max(times), len(designs), page.model.total(),
      flush=True)
"""


def search_figures(path: Path) -> tuple[float, float, int, int]:
    """Keystrokes in the search box of a library holding every design of `path`."""
    proc = subprocess.run(
        [sys.executable, "-c", SEARCH, str(path)],
        capture_output=True,
        text=True,
        env=ENV,
        timeout=300,
    )
    line = next(x for x in proc.stdout.splitlines() if x.startswith("search"))
    _, median, worst, designs, active = line.split()
    return float(median), float(worst), int(designs), int(active)


def peak_memory_mb(path: Path) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    timed_child(APP, str(path), "loaded", marker="loaded")
    after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(after, before) / 1024  # ru_maxrss is in KiB on Linux


# As on a facilitator's laptop: bytecode is cached after the first start (a shell that sets
# PYTHONDONTWRITEBYTECODE would make every start compile the app's modules again).
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def main() -> None:
    work = Path(tempfile.mkdtemp(prefix="deseo-bench-"))
    ENV.update(
        HOME=str(work),
        XDG_DATA_HOME=str(work / "data"),
        XDG_CONFIG_HOME=str(work / "config"),
        QT_QPA_PLATFORM="offscreen",
    )
    os.environ.update(ENV)
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}, runs={RUNS}")
    # The 1,000-design database is the default one (the per-user data folder, as `make run`
    # opens it); the others are named with --db.
    from deseo_desktop.store.paths import default_db_path

    db1k, db10k, empty = default_db_path(), work / "10k.db", work / "empty.db"
    db1k.parent.mkdir(parents=True, exist_ok=True)
    t = time.perf_counter()
    make_db(db1k, 1000)
    make_db(db10k, 10_000)
    print(f"generated 1,000 + 10,000 small designs in {time.perf_counter() - t:.1f} s")

    def first_run():
        empty.unlink(missing_ok=True)
        return timed_child(APP, str(empty), "ready", marker="shown")

    bare, shown, loaded_1k, loaded_10k, first = medians(
        lambda: timed_child(BARE, marker="shown"),
        lambda: timed_child(APP, "", "shown", marker="shown"),
        lambda: timed_child(APP, "", "loaded", marker="loaded"),
        lambda: timed_child(APP, str(db10k), "loaded", marker="loaded"),
        first_run,
    )
    search_median, search_max, designs, active = search_figures(db10k)
    peak = peak_memory_mb(db10k)

    print(f"bare QMainWindow shown:                   {bare * 1000:7.0f} ms")
    print(
        f"app window shown (menus, 'Opening the designs…'):{shown * 1000:7.0f} ms "
        f"= {shown / bare:.2f} x bare (target <= 1.5 x)"
    )
    print(f"first run on a new database, shown:       {first * 1000:7.0f} ms")
    print(f"library holding 1,000 designs:            {loaded_1k * 1000:7.0f} ms (target < 1 s)")
    print(f"library holding 10,000 designs:           {loaded_10k * 1000:7.0f} ms")
    print(
        f"search over {designs:,} designs ({active:,} not archived), per keystroke: "
        f"median {search_median * 1000:.1f} ms, max {search_max * 1000:.1f} ms "
        "(target median < 50 ms)"
    )
    print(f"peak memory, app with 10,000 designs:     {peak:7.0f} MB (target < 200 MB)")


if __name__ == "__main__":
    main()
