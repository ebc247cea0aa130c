"""Exporting a design's agreement draft as a PDF and a workbook, for the window and the CLI.

The design is read once into plain rows (`agreement_snapshot`, on the writer's thread); the
files are then made from those rows alone, so the window can do it on another thread while
the person goes on working. Each file is written whole or not at all (exports/files.py).
"""

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from deseo_desktop.exports.files import atomic_write_all, clean_stale_temps

from .database import Database
from .design_data import Rows, dump_design
from .errors import DesignNotFound

Progress = Callable[[int, int], None]

# Shares of the progress bar: the PDF lays out every page, the workbook only fills cells.
PDF_SHARE = 3
WORKBOOK_SHARE = 1
STEPS_PER_SHARE = 1000


@dataclass(frozen=True)
class Exported:
    """What was written: the files (None when not asked for) and the PDF's page count."""

    pdf: Path | None = None
    xlsx: Path | None = None
    pages: int = 0


def agreement_snapshot(database: Database, design_id: str) -> Rows:
    """Every row of the design, read in one transaction so the rows agree with each other."""
    with database.session() as session:
        rows = dump_design(session.connection(), design_id)
    if not rows["design"]:
        raise DesignNotFound(design_id)
    return rows


def export_agreement(
    rows: Rows,
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


def _pdf_writer(rows: Rows, language: str | None):
    def write(target, progress: Progress) -> int:
        from deseo_desktop.exports.agreement_pdf import write_pdf  # reportlab loads on use

        return write_pdf(rows, target, language=language, progress=progress)

    return write


def _workbook_writer(rows: Rows, language: str | None):
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
