"""The built program's start-up against a bare PySide6 window built the same way (issue 8).

    python bench/bench_frozen.py        # after make dist; builds the bare program once

Both are PyInstaller one-folder builds started as fresh processes, offscreen; each prints
"shown" once its window is on screen (the app: DESEO_STARTUP_PROBE=1) and quits. The figure
is the median of RUNS interleaved runs, after one warm-up run of each.
"""

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import bench_startup

ROOT = Path(__file__).resolve().parents[1]
RUNS = int(os.environ.get("BENCH_RUNS", "11"))
BARE_DIR = ROOT / "build" / "bare-window"
BARE = bench_startup.BARE  # the same bare window as the unbuilt figure


def bare_program() -> Path:
    program = BARE_DIR / "dist" / "bare" / "bare"
    if not program.exists():
        BARE_DIR.mkdir(parents=True, exist_ok=True)
        (BARE_DIR / "bare.py").write_text(BARE)
        subprocess.run(
            # Built the way installers/deseo.spec builds the app: one folder, modules as
            # .pyc files (-d noarchive), symbols stripped.
            [str(Path(sys.executable).parent / "pyinstaller"), "--noconfirm", "--onedir",
             "-d", "noarchive", "--strip",
             "--log-level", "ERROR", "--distpath", str(BARE_DIR / "dist"),
             "--workpath", str(BARE_DIR / "work"), "--specpath", str(BARE_DIR),
             str(BARE_DIR / "bare.py")],
            check=True,
        )  # fmt: skip
    return program


def timed(program: Path, env: dict) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen([str(program)], stdout=subprocess.PIPE, text=True, env=env)
    elapsed = None
    for line in proc.stdout:
        if line.startswith("shown") and elapsed is None:
            elapsed = time.perf_counter() - start
    proc.wait(timeout=60)
    if elapsed is None:
        raise RuntimeError(f"{program} never said it was shown (exit {proc.returncode})")
    return elapsed


def main() -> None:
    app = ROOT / "dist" / "deseo" / "deseo"
    if not app.exists():
        sys.exit("no build: run make dist first")
    bare = bare_program()
    home = Path(tempfile.mkdtemp(prefix="deseo-bench-"))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home),
               XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"),
               DESEO_STARTUP_PROBE="1")  # fmt: skip
    timed(bare, env), timed(app, env)  # warm the disk cache, and create the app's database
    bare_times, app_times = [], []
    for _ in range(RUNS):
        bare_times.append(timed(bare, env))
        app_times.append(timed(app, env))
    b, a = statistics.median(bare_times), statistics.median(app_times)
    print(f"bare PySide6 window, built the same way: {b * 1000:.0f} ms")
    print(f"DESEO Cluster Designer, built:           {a * 1000:.0f} ms = {a / b:.2f} x bare "
          "(target <= 1.5 x)")  # fmt: skip


if __name__ == "__main__":
    main()
