"""The summary sheet: the design at a glance, live totals, and the gender-balance chart.

Its figures are formulas over the other sheets (totals, counts, the grid's verdict), so they
follow any change made in Excel; the chart draws from the balance block beside the facts.
"""

from collections.abc import Callable
from datetime import UTC, datetime

from openpyxl.chart import BarChart, Reference
from openpyxl.chart.label import DataLabelList
from openpyxl.chart.text import RichText
from openpyxl.drawing.text import CharacterProperties, Paragraph, ParagraphProperties
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.worksheet import Worksheet

from deseo_desktop import __version__
from deseo_desktop.formatting import format_day

from .workbook_cells import (
    FONT,
    fit_row,
    header_style,
    lines_needed,
    put_formula,
    put_text,
    sheet_ref,
    text_literal,
)
from .workbook_grid import GridCells
from .workbook_tables import Book, Placed

HEAD = 3  # the balance block's header row, beside the facts
WOMEN_COLOUR = "7A3E9D"
MEN_COLOUR = "E39B2B"


def summary_sheet(
    book: Book,
    ws: Worksheet,
    placed: dict[str, tuple[Worksheet, Placed]],
    grid: GridCells | None,
    grid_ws: Worksheet,
) -> None:
    d = book.design
    agreement = (book.rows.get("agreement") or [{}])[0]
    doc = _words(book, "document")
    field = _words(book, "field")
    ws.column_dimensions["A"].width = 30
    ws.column_dimensions["B"].width = 62
    ws.column_dimensions["C"].width = 3
    ws.column_dimensions["D"].width = 20
    for col in "EFGH":
        ws.column_dimensions[col].width = 12

    put_text(ws["A1"], d.get("title") or "")
    ws["A1"].font = Font(name=FONT, bold=True, size=16)
    put_text(ws["A2"], f"{book.word('document', 'local_agreement')} {doc('for_cluster')}")
    ws["A2"].font = Font(name=FONT, italic=True, color="595959")

    version = str(agreement.get("version_number") or "")
    facts: list[tuple[str, object, str]] = [
        (field("territory_name"), d.get("territory_name"), "text"),
        (field("territory_level"), book.word("territory_level", d.get("territory_level")), "text"),
        (field("country"), book.word("country", d.get("country")), "text"),
        (field("kind"), book.word("cluster_kind", d.get("cluster_kind")), "text"),
        (field("legal_vehicle"), book.word("legal_vehicle", d.get("legal_vehicle")), "text"),
        (field("facilitator"), d.get("facilitator"), "text"),
        (field("currency"), book.word("currency", d.get("currency")), "text"),
        (doc("agreement_language"), book.word("language", book.language), "text"),
        (field("description"), d.get("description"), "long"),
        (field("status"), book.word("agreement_status", agreement.get("status")), "text"),
        (field("version"), version, "text"),
        (field("entry_into_force"), agreement.get("entry_into_force"), "date"),
        (field("duration_months"), agreement.get("duration_months"), "int"),
        (field("renewal"), book.word("renewal", agreement.get("renewal")), "text"),
        (field("place"), agreement.get("place_of_signature"), "text"),
        (field("contact_point"), agreement.get("contact_point"), "long"),
    ]
    row = 4
    for label, value, kind in facts:
        _fact(book, ws, row, label, value, kind)
        row += 1
    row += 1
    for key, formula, kind in _live_figures(book, placed, grid, grid_ws):
        _label(ws, row, key)
        cell = ws[f"B{row}"]
        book.styles.apply(cell, kind)
        put_formula(cell, formula)
        cell.alignment = Alignment(horizontal="left")
        row += 1
    row += 1
    stamp = format_day(datetime.now(UTC).date(), book.language)
    generated = doc("generated").replace("{date}", stamp).replace("{version}", __version__)
    put_text(ws[f"A{row}"], generated)
    ws[f"A{row}"].font = Font(name=FONT, italic=True, color="808080", size=9)
    _balance(book, ws, placed)
    ws.sheet_view.showGridLines = False


def _words(book: Book, group: str) -> Callable[[str], str]:
    return lambda key: book.word(group, key)


def _label(ws: Worksheet, row: int, text: str) -> None:
    put_text(ws[f"A{row}"], text)
    ws[f"A{row}"].font = Font(name=FONT, bold=True)
    ws[f"A{row}"].alignment = Alignment(vertical="top", wrap_text=True)


def _fact(book: Book, ws: Worksheet, row: int, label: str, value, kind: str) -> None:
    _label(ws, row, label)
    if value in (None, ""):
        return
    cell = ws[f"B{row}"]
    book.styles.apply(cell, kind)
    if kind in ("text", "long"):
        put_text(cell, value)
    else:
        cell.value = value
    cell.alignment = Alignment(horizontal="left", vertical="top", wrap_text=kind == "long")
    if kind == "long":
        fit_row(ws, row, lines_needed(value, ws.column_dimensions["B"].width))


def _live_figures(book: Book, placed, grid: GridCells | None, grid_ws: Worksheet):
    """(label, formula, kind) for the totals kept live from the other sheets."""
    out = []
    for key, table in (
        ("actors", "actors"),
        ("resources", "resources"),
        ("commitments", "commitments"),
        ("indicators", "indicators"),
    ):
        ws, where = placed[table]
        first_key = next(iter(where.letters))
        out.append(
            (
                book.word("sheet", key),
                f"=COUNTA({sheet_ref(ws.title)}!{where.column_range(first_key, True)})",
                "int",
            )
        )
    for sheet, label, column in (
        ("contributions", book.word("sheet", "contributions"), "value"),
        ("budget", book.word("sheet", "budget"), "amount"),
    ):
        ws, where = placed[sheet]
        out.append(
            (label, f"={sheet_ref(ws.title)}!${where.letters[column]}${where.total_row}", "money")
        )
    if grid is not None:
        ref = sheet_ref(grid_ws.title)
        out.append(
            (
                f"{book.word('sheet', 'grid')}: {book.word('document', 'total')}",
                f"={ref}!{grid.total}",
                "rounded",
            )
        )
        out.append(
            (
                f"{book.word('sheet', 'grid')}: {book.word('document', 'verdict')}",
                f"={ref}!{grid.verdict}",
                "text",
            )
        )
    return out


def _labels(ink: str) -> DataLabelList:
    """The count inside each bar, in a colour that reads on it."""
    text = CharacterProperties(sz=900, b=True, solidFill=ink)
    return DataLabelList(
        showVal=True,
        showSerName=False,
        showCatName=False,
        showLegendKey=False,
        showPercent=False,
        txPr=RichText(p=[Paragraph(pPr=ParagraphProperties(defRPr=text), endParaRPr=text)]),
    )


def _balance(book: Book, ws: Worksheet, placed) -> None:
    """Women, men and not stated per group, and a percent-stacked bar chart drawn from them."""
    doc = _words(book, "document")
    headers = [doc("chart_title"), doc("women"), doc("men"), doc("not_stated"), doc("share_women")]
    for col, text in zip("DEFGH", headers, strict=True):
        put_text(ws[f"{col}{HEAD}"], text)
        header_style(ws[f"{col}{HEAD}"])
    ws.row_dimensions[HEAD].height = 32
    base_ws, base = placed["baseline"]
    seats_ws, seats = placed["governance"]
    base_ref, seats_ref = sheet_ref(base_ws.title), sheet_ref(seats_ws.title)
    groups = [
        (
            doc(label),
            [
                f"={base_ref}!${base.letters[f'{g}_{s}']}${base.total_row}"
                for s in ("women", "men", "not_stated")
            ],
        )
        for label, g in (
            ("workforce", "workforce"),
            ("management", "managers"),
            ("boards", "board"),
        )
    ]
    sexes = [book.word("sex", s) for s in ("woman", "man", "not_stated")]
    groups.append(
        (
            doc("governance_seats"),
            [
                f"=COUNTIF({seats_ref}!{seats.column_range('sex', True)},{text_literal(s)})"
                for s in sexes
            ],
        )
    )
    for i, (label, formulas) in enumerate(groups, start=HEAD + 1):
        put_text(ws[f"D{i}"], label)
        for col, formula in zip("EFG", formulas, strict=True):
            book.styles.apply(ws[f"{col}{i}"], "int")
            put_formula(ws[f"{col}{i}"], formula)
        book.styles.apply(ws[f"H{i}"], "percent")
        put_formula(ws[f"H{i}"], f'=IF(E{i}+F{i}=0,"",E{i}/(E{i}+F{i}))')

    chart = BarChart()
    chart.type = "bar"
    chart.grouping = "percentStacked"
    chart.overlap = 100
    chart.gapWidth = 60
    chart.title = doc("chart_title")
    last = HEAD + len(groups)
    data = Reference(ws, min_col=5, max_col=6, min_row=HEAD, max_row=last)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=4, min_row=HEAD + 1, max_row=last))
    for series, colour, ink in zip(
        chart.series, (WOMEN_COLOUR, MEN_COLOUR), ("FFFFFF", "000000"), strict=True
    ):
        series.graphicalProperties.solidFill = colour
        series.graphicalProperties.line.solidFill = colour
        series.dLbls = _labels(ink)
    chart.y_axis.number_format = "0%"
    chart.y_axis.majorGridlines = None
    chart.x_axis.delete = False  # openpyxl 3.1 hides both axes unless told
    chart.y_axis.delete = False
    chart.x_axis.scaling.orientation = "maxMin"  # categories top to bottom, in table order
    chart.y_axis.crosses = "max"  # keeps the percentage axis below the bars
    chart.legend.position = "b"
    chart.height, chart.width = 8, 17
    ws.add_chart(chart, f"D{last + 2}")
