"""Portable design file figures (not a test: it prints).

- large synthetic design: export to .deseo (target < 1 s), import into another database
  (target < 2 s);
- every hostile file of the issue refused (target within 5 s and 500 MB each; peak memory is
  the process's, read with getrusage, so it includes the app's own modules).
"""

import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))


def main() -> None:
    from deseo_desktop.exports.portable import PortableError, read_design_bytes
    from deseo_desktop.services import synthetic
    from deseo_desktop.services.database import Database
    from deseo_desktop.services.design_data import dump_design
    from deseo_desktop.services.portable import export_design, import_design

    work = Path(tempfile.mkdtemp(prefix="deseo-bench-portable-"))
    db = Database.open(work / "bench.db")
    large = synthetic.add_large_design(db, seed=1)
    with db.session() as s:
        rows = sum(len(r) for r in dump_design(s.connection(), large).values())
    exports, imports = [], []
    for i in range(5):
        path = work / f"large-{i}.deseo"
        start = time.perf_counter()
        export_design(db, large, path)
        exports.append(time.perf_counter() - start)
        other = Database.open(work / f"other-{i}.db")
        start = time.perf_counter()
        import_design(other, path)
        imports.append(time.perf_counter() - start)
        other.close()
    db.close()
    size = (work / "large-0.deseo").stat().st_size / 1e6
    print(
        f"large design ({rows} rows, {size:.2f} MB file): export median "
        f"{statistics.median(exports):.3f} s (target < 1), import median "
        f"{statistics.median(imports):.3f} s (target < 2)"
    )
    from exports.test_portable import hostile_files

    for name, (data, _) in sorted(hostile_files().items()):
        start = time.perf_counter()
        try:
            read_design_bytes(data)
            outcome = "ACCEPTED (bug)"
        except PortableError as e:
            outcome = e.reason
        elapsed = time.perf_counter() - start
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"{name:<22} {outcome:<18} {elapsed * 1000:8.1f} ms  peak so far {peak:.0f} MB")


if __name__ == "__main__":
    sys.exit(main())
