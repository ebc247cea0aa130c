"""Exporting a design's agreement draft as a PDF and a workbook, for the window and the CLI.

The design is read once into plain rows (`agreement_snapshot`); the files are then made from
those rows alone, each written whole or not at all (exports/files.py). The CLI makes them in
its own process; the window hands the rows to a child process (`export_agreement_in_process`),
because reportlab in a thread of the window's process held the interpreter lock, and its
garbage collections stopped the window's thread too: the event loop was blocked up to
130-180 ms; with the child, 11-58 ms (bench/bench_export_gui.py).
"""

import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from deseo_desktop.exports.errors import ExportCancelled, ExportFailed
from deseo_desktop.exports.files import atomic_write_all, clean_stale_temps

from .errors import DesignNotFound

if TYPE_CHECKING:  # SQLAlchemy stays out of the export's child process
    from .database import Database
    from .design_data import Rows

Progress = Callable[[int, int], None]

# Shares of the progress bar, as the time each takes (large design: PDF 3.4 s, workbook 1.0 s).
PDF_SHARE = 3
WORKBOOK_SHARE = 1
STEPS_PER_SHARE = 1000
POLL_SECONDS = 0.05  # how often the window's side looks for Cancel while the child works
REPORT_SECONDS = 0.05  # the child reports progress at most this often


@dataclass(frozen=True)
class Exported:
    """What was written: the files (None when not asked for) and the PDF's page count."""

    pdf: Path | None = None
    xlsx: Path | None = None
    pages: int = 0


class ExportError(Exception):
    """The export's child process failed for a reason other than the files (a fault)."""

    def __init__(self, kind: str, details: str = ""):
        super().__init__(f"the export failed: {kind}")
        self.kind = kind  # the exception's class name, or "ended" when the process died
        self.details = details  # the child's traceback, for the log


def agreement_snapshot(database: "Database", design_id: str) -> "Rows":
    """Every row of the design, read in one transaction so the rows agree with each other.

    It reads through a read-only connection of its own (WAL lets it read beside the writer),
    so it can run on any thread: the window reads on its export thread, because on its own
    thread these 30 ms became 60-140 ms when the machine was busy.
    """
    from sqlalchemy import create_engine
    from sqlalchemy.pool import StaticPool

    from .design_data import dump_design

    con = database.reader()
    if con is None:
        raise DesignNotFound(design_id)
    con.row_factory = None  # SQLAlchemy reads plain tuples
    con.isolation_level = None  # the transaction is ours: one BEGIN for every table
    engine = create_engine("sqlite://", creator=lambda: con, poolclass=StaticPool)
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("BEGIN")
            rows = dump_design(conn, design_id)
            conn.rollback()
    finally:
        engine.dispose()
        con.close()
    if not rows["design"]:
        raise DesignNotFound(design_id)
    return rows


def export_agreement(
    rows: "Rows",
    pdf: str | Path | None = None,
    xlsx: str | Path | None = None,
    language: str | None = None,
    progress: Progress | None = None,
) -> Exported:
    """Write the asked files from `rows`, all of them or none.

    `language` None means the design's agreement language. `progress(done, total)` is called
    often and may raise ExportCancelled: then no file is left and the old ones stay. A file
    that cannot be written raises ExportFailed (exports/errors.py) with a plain reason.
    Old temporary files that a killed export left in the target folders are removed first.
    """
    jobs = []
    if pdf is not None:
        jobs.append((Path(pdf), _pdf_writer(rows, language), PDF_SHARE))
    if xlsx is not None:
        jobs.append((Path(xlsx), _workbook_writer(rows, language), WORKBOOK_SHARE))
    if not jobs:
        raise ValueError("export_agreement needs a PDF or a workbook target")
    for folder in {path.parent for path, _write, _share in jobs}:
        clean_stale_temps(folder)
    total = sum(share for _path, _write, share in jobs) * STEPS_PER_SHARE
    report = progress or (lambda _done, _total: None)
    writes = []
    start = 0
    for path, write, share in jobs:
        span = share * STEPS_PER_SHARE
        writes.append((path, _with_progress(write, report, start, span, total)))
        start += span
    results = atomic_write_all(writes)
    report(total, total)
    pdf_path = Path(pdf) if pdf is not None else None
    return Exported(
        pdf=pdf_path,
        xlsx=Path(xlsx) if xlsx is not None else None,
        pages=results[0] if pdf_path is not None else 0,
    )


def _pdf_writer(rows: "Rows", language: str | None):
    def write(target, progress: Progress) -> int:
        from deseo_desktop.exports.agreement_pdf import write_pdf  # reportlab loads on use

        return write_pdf(rows, target, language=language, progress=progress)

    return write


def _workbook_writer(rows: "Rows", language: str | None):
    def write(target, progress: Progress) -> None:
        from deseo_desktop.exports.workbook import write_workbook  # openpyxl loads on use

        write_workbook(rows, target, language=language, progress=progress)

    return write


def _with_progress(write, report: Progress, start: int, span: int, total: int):
    """One file's progress mapped onto its share of the whole, checked once before it starts."""

    def scaled(done: int, of: int) -> None:
        report(start + (span * min(done, of) // of if of > 0 else 0), total)

    def run(target):
        report(start, total)
        return write(target, scaled)

    return run


def export_agreement_in_process(
    rows: "Rows",
    pdf: str | Path | None = None,
    xlsx: str | Path | None = None,
    language: str | None = None,
    progress: Progress | None = None,
) -> Exported:
    """export_agreement in a child process, with the same contract; blocks the calling thread.

    `progress` is called in the calling thread, with the child's reports or again with the
    last one every POLL_SECONDS; when it raises ExportCancelled the child is told, stops at
    its next report and removes its temporary files. A fault in the child is raised here as
    ExportError; ExportFailed comes back as it was raised.
    """
    import multiprocessing  # "spawn": a fork of a process running Qt threads is not safe

    context = multiprocessing.get_context("spawn")
    ours, theirs = context.Pipe()
    child = context.Process(
        target=_export_in_child,
        args=(rows, pdf, xlsx, language, theirs),
        name="deseo-export",
        daemon=True,  # ends with the window
    )
    child.start()
    theirs.close()  # so the child's end closing reads as EOF here
    report = progress or (lambda _done, _total: None)
    last: tuple[int, int] = (0, 1)
    cancelling = False
    try:
        while True:
            if not cancelling:
                try:
                    report(*last)
                except ExportCancelled:
                    cancelling = True
                    try:
                        ours.send("cancel")
                    except OSError:
                        pass  # the child has gone already: its end of the pipe says how
            if not ours.poll(POLL_SECONDS):
                continue
            try:
                kind, *data = ours.recv()
            except EOFError:
                child.join()
                raise ExportError("ended", f"exit code {child.exitcode}") from None
            if kind == "progress":
                last = (data[0], data[1])
            elif kind == "done":
                return data[0]
            elif kind == "cancelled":
                raise ExportCancelled
            elif kind == "failed":
                raise ExportFailed(*data)
            else:
                raise ExportError(*data)
    finally:
        ours.close()
        child.join(10)
        if child.is_alive():
            child.kill()
            child.join()


def _export_in_child(rows, pdf, xlsx, language, conn) -> None:
    """The child's side: export, report progress, stop when the parent says so."""
    last_report = 0.0

    def progress(done: int, total: int) -> None:
        nonlocal last_report
        if conn.poll():  # the only thing the parent ever sends is "cancel"
            raise ExportCancelled
        now = time.monotonic()
        if now - last_report >= REPORT_SECONDS or done >= total:
            last_report = now
            conn.send(("progress", done, total))

    try:
        result = export_agreement(rows, pdf=pdf, xlsx=xlsx, language=language, progress=progress)
    except ExportCancelled:
        conn.send(("cancelled",))
    except ExportFailed as e:
        conn.send(("failed", str(e), e.reason, e.path))
    except Exception as e:  # a fault: reported to the parent, which logs it
        conn.send(("error", type(e).__name__, traceback.format_exc()))
    else:
        conn.send(("done", result))
    finally:
        conn.close()
