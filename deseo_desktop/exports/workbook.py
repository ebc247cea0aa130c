"""The design as an Excel workbook a council officer can work in.

One sheet per table of the design, each an Excel table in the document's language, drop-downs
drawn from a hidden Lists sheet, a financing grid that computes with live formulas, and a
summary with a native chart of the balance between women and men. Given plain rows (a
snapshot: nothing here reads the database), it writes to a path or a binary file object.
"""

from collections.abc import Callable
from datetime import UTC, datetime
from typing import IO, Any

from deseo_desktop import APP_NAME
from deseo_desktop.rules.scoring import grid_from_rows
from deseo_desktop.terms import LANGUAGES, terms

from . import workbook_sheets as sheets
from .workbook_grid import grid_sheet
from .workbook_summary import summary_sheet
from .workbook_tables import NAME_LISTS, Book, Lists, Rows

Progress = Callable[[int, int], None]

# Data sheets in order: (sheet term key, writer, key the summary finds the table under).
DATA_SHEETS = (
    ("actors", sheets.actors),
    ("baseline", sheets.baseline),
    ("resources", sheets.resources),
    ("contributions", sheets.contributions),
    ("uses", sheets.uses),
    ("exchanges", sheets.exchanges),
    ("improvements", sheets.improvements),
    ("governance", sheets.governance),
    ("budget", sheets.budget),
    ("grid", None),
    ("valorisation", sheets.valorisation),
    ("indicators", sheets.indicators),
    ("measurements", sheets.measurements),
    ("commitments", sheets.commitments),
    ("signatories", sheets.signatories),
    ("workshops", sheets.workshops),
)
ENUM_LISTS = (
    "actor_kind",
    "resource_category",
    "contribution_kind",
    "exchange_kind",
    "priority",
    "body_kind",
    "sex",
    "seat_role",
    "budget_category",
    "funder_kind",
    "valorisation_kind",
    "indicator_domain",
    "disaggregation",
    "direction",
    "target_kind",
    "frequency",
    "measurement_method",
    "commitment_area",
)


def write_workbook(
    rows: Rows,
    target: Any | IO[bytes],
    language: str | None = None,
    progress: Progress | None = None,
) -> None:
    """Write the workbook to `target` (a path or a binary file object).

    `progress(done, total)` is called between sheets and may raise `ExportCancelled`, which
    stops the export before anything is written.
    """
    design = (rows.get("design") or [{}])[0]
    language = language or design.get("agreement_language") or "en"
    if language not in LANGUAGES:
        language = "en"
    book = Book(rows, language)
    steps = len(DATA_SHEETS) + 3
    done = 0

    def step():
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, steps)

    summary = book.sheet("summary", first=True)
    placed_sheets = {key: book.sheet(key) for key, _ in DATA_SHEETS}
    book.lists = _lists(book)
    step()
    placed = {}
    for key, write in DATA_SHEETS:
        ws = placed_sheets[key]
        if write is None:
            grid = grid_sheet(book, ws)
        else:
            placed[key] = (ws, write(book, ws))
        _print_setup(ws)
        step()
    summary_sheet(book, summary, placed, grid, placed_sheets["grid"])
    _print_setup(summary)
    _properties(book)
    step()
    book.wb.save(target)
    step()


def _lists(book: Book) -> Lists:
    lists = Lists(book.sheet("lists"))
    lang = book.language
    lists.add("yes_no", "yes_no", list(terms("yes_no", lang).values()))
    for group in ENUM_LISTS:
        lists.add(group, group, list(terms(group, lang).values()))
    for table in sorted(NAME_LISTS):
        names = [n for n in book.names[table].values() if n]
        lists.add(table, table, list(dict.fromkeys(names)))
    grid = grid_from_rows(book.rows)
    levels = grid.score_levels if grid is not None else (0, 1, 3, 5)
    lists.add("score_levels", "score_levels", list(levels))
    return lists


def _print_setup(ws) -> None:
    """Landscape, one page wide, the header row on every page."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    if ws.tables:
        ws.print_title_rows = "1:1"


def _properties(book: Book) -> None:
    props = book.wb.properties
    design = book.design
    props.title = (design.get("title") or "")[:250]
    props.subject = book.word("document", "local_agreement")
    props.creator = APP_NAME
    props.lastModifiedBy = APP_NAME
    props.language = book.language
    props.created = props.modified = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
    props.description = (design.get("territory_name") or "")[:250]
