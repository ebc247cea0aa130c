"""5,000 actors from a spreadsheet (.xlsx and .csv, a title line above the headers) into a fresh
design; not a test: it prints. Targets (issue 6): previewed under 1 s, imported under 3 s.

- preview: read the file (zip checks, openpyxl read-only) and check every row against the
  design's actors;
- import: the good rows inserted in one transaction.

    python bench/bench_actor_import.py [--runs 5] [--actors 5000]
"""

import argparse
import csv
import statistics
import time
from pathlib import Path

from common import private_home


def figures(name: str, seconds: list[float]) -> None:
    ms = sorted(s * 1000 for s in seconds)
    print(f"{name}: median {statistics.median(ms):.0f} ms, worst {ms[-1]:.0f} ms ({len(ms)} runs)")


HEADER = ["Name", "Contact person", "E-mail", "Phone", "Women", "Men", "Board women", "Board men"]


def actor_rows(count: int) -> list[list]:
    return [
        [f"Cooperativa sociale {i}", f"Persona {i}", f"info{i}@coop{i}.it", f"+39 02 {i:07d}"]
        + [i % 40, i % 17, i % 5, i % 7]
        for i in range(count)
    ]


def write_files(work: Path, count: int) -> dict[str, Path]:
    import openpyxl

    rows = actor_rows(count)
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Actors")
    ws.append(["Comune di Esempio: elenco delle imprese sociali"])
    ws.append(HEADER)
    for row in rows:
        ws.append(row)
    xlsx = work / "actors.xlsx"
    wb.save(xlsx)
    csv_path = work / "actors.csv"
    with csv_path.open("w", encoding="utf-8-sig", newline="") as f:
        out = csv.writer(f, delimiter=";")
        out.writerow(["Elenco imprese"])
        out.writerow(HEADER)
        out.writerows(rows)
    return {"xlsx": xlsx, "csv": csv_path}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--actors", type=int, default=5000)
    args = parser.parse_args()
    work = private_home("actors")
    from deseo_desktop.services import library
    from deseo_desktop.services.actor_import import import_actors, preview_file
    from deseo_desktop.services.database import Database

    files = write_files(work, args.actors)
    db = Database.open(work / "bench.db")
    for kind, path in files.items():
        previews, imports = [], []
        for run in range(args.runs):
            design_id = library.create_blank(
                db, library.NewDesign(title=f"{kind} {run}", territory="Bench")
            )
            t = time.perf_counter()
            preview = preview_file(db, design_id, path)
            previews.append(time.perf_counter() - t)
            t = time.perf_counter()
            done = import_actors(db, design_id, preview)
            imports.append(time.perf_counter() - t)
            assert done.imported == args.actors, (done.imported, preview.bad_rows[:3])
        print(f"{args.actors} actors from .{kind} ({path.stat().st_size // 1024} KB):")
        figures("  preview", previews)
        figures("  import", imports)
    db.close()


if __name__ == "__main__":
    main()
