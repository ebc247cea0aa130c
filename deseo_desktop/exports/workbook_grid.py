"""The financing grid sheet: live formulas a local authority can work in.

The same arithmetic as `rules.scoring` (read its docstring), written as formulas: blanks are
left out of each mean (AVERAGE skips them), points = mean ÷ top level × maximum, criterion
subtotals, the bonus capped (MIN), the total capped (MIN), ROUND(…, 1) once at the end, and the
verdict compared on the rounded figures. Change a score in Excel and the verdict moves; the
values stored here are the design's, so before anyone edits, Excel and the app agree.

Yellow cells are the inputs (parameters, gate answers, scores, bonus awards).
"""

from dataclasses import dataclass

from openpyxl.comments import Comment
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from deseo_desktop.rules.scoring import Grid, assessments_from_rows, clamp, grid_from_rows

from .workbook_cells import (
    FONT,
    clean_text,
    fit_row,
    header_style,
    input_style,
    lines_needed,
    put_formula,
    put_text,
    text_literal,
)
from .workbook_tables import Book

CRITERION_FILL = PatternFill("solid", fgColor="DDEBF7")
GOOD_FILL = PatternFill("solid", fgColor="C6EFCE")
BAD_FILL = PatternFill("solid", fgColor="FFC7CE")
TEXT_WIDTH = 58
BOLD = Font(name=FONT, bold=True)


@dataclass
class GridCells:
    """The cells the summary shows."""

    total: str
    verdict: str


class _Layout:
    """Columns: code, text, maximum, one per assessor, mean, points."""

    def __init__(self, assessors: int):
        self.count = max(assessors, 1)  # one empty column to score in when nobody has yet
        self.first = 4
        self.mean = get_column_letter(self.first + self.count)
        self.points = get_column_letter(self.first + self.count + 1)

    def assessor(self, i: int) -> str:
        return get_column_letter(self.first + i)

    def span(self, row: int) -> str:
        return f"{self.assessor(0)}{row}:{self.assessor(self.count - 1)}{row}"


def grid_sheet(book: Book, ws: Worksheet) -> GridCells | None:
    grid = grid_from_rows(book.rows)
    if grid is None:
        put_text(ws["A1"], book.word("document", "no_grid"))
        return None
    w = _Words(book)
    assessor_rows = [a for a in book.rows.get("assessor", []) if a["grid_id"] == grid.id]
    people = assessments_from_rows(book.rows, grid)
    lay = _Layout(len(people))
    _widths(ws, lay)

    title = ws["A1"]
    put_text(title, grid.name)
    title.font = Font(name=FONT, bold=True, size=14)
    put_text(ws["A2"], book.rows["financing_grid"][0].get("authority") or "")
    params = _parameters(ws, grid, w, 4)

    row = 10
    for col in "ABC":
        header_style(ws[f"{col}{row}"])
    put_text(ws[f"B{row}"], w.doc("assessors"))
    for i in range(lay.count):
        person = assessor_rows[i] if i < len(assessor_rows) else {}
        name = person.get("name") or f"{w.field('assessor')} {i + 1}"
        for r, value in ((row, name), (row + 1, person.get("organisation")), (row + 2, None)):
            cell = ws[f"{lay.assessor(i)}{r}"]
            if r == row:
                header_style(cell)
            if value:
                put_text(cell, value)
            cell.alignment = Alignment(vertical="top", wrap_text=True)
        if person.get("assessed_on"):
            cell = ws[f"{lay.assessor(i)}{row + 2}"]
            cell.value = person["assessed_on"]
            cell.number_format = book.date_format
    organisations = [a.get("organisation") for a in assessor_rows]
    fit_row(ws, row + 1, max((lines_needed(o, 16) for o in organisations), default=1))
    put_text(ws[f"B{row + 1}"], w.field("organisation"))
    put_text(ws[f"B{row + 2}"], w.field("assessed_on"))
    ws[f"B{row + 1}"].alignment = Alignment(vertical="top")

    names = [ws[f"{lay.assessor(i)}{row}"].value for i in range(lay.count)]
    eligible, row = _gates(book, ws, grid, people, lay, w, names, row + 4)
    criteria_total, gender, row = _criteria(book, ws, grid, people, lay, w, names, row + 2)
    bonus, row = _bonuses(book, ws, grid, people, lay, w, names, params, row + 2)
    return _result(ws, lay, w, params, eligible, criteria_total, bonus, gender, grid, row + 2)


class _Words:
    def __init__(self, book: Book):
        self.book = book

    def doc(self, key: str) -> str:
        return self.book.word("document", key)

    def field(self, key: str) -> str:
        return self.book.word("field", key)


def _widths(ws: Worksheet, lay: _Layout) -> None:
    ws.column_dimensions["A"].width = 7
    ws.column_dimensions["B"].width = TEXT_WIDTH
    ws.column_dimensions["C"].width = 11
    for i in range(lay.count):
        ws.column_dimensions[lay.assessor(i)].width = 16
    ws.column_dimensions[lay.mean].width = 13
    ws.column_dimensions[lay.points].width = 13


def _parameters(ws: Worksheet, grid: Grid, w: _Words, row: int) -> dict[str, str]:
    """Threshold, minimum and caps as input cells the formulas read."""
    items = [
        ("threshold", w.doc("threshold"), grid.threshold),
        (
            "gender_minimum",
            f"{w.doc('gender_minimum')} ({w.field('criterion')} {grid.gender_criterion_code})",
            grid.gender_minimum,
        ),
        ("bonus_cap", w.doc("bonus_cap"), grid.bonus_cap),
        ("total_cap", w.doc("total_cap"), grid.total_cap),
    ]
    cells = {}
    for i, (key, label, value) in enumerate(items):
        put_text(ws[f"B{row + i}"], label)
        cell = ws[f"C{row + i}"]
        cell.value = value
        input_style(cell)
        cells[key] = f"$C${row + i}"
    put_text(ws[f"B{row + len(items)}"], w.doc("score_levels"))
    put_text(ws[f"C{row + len(items)}"], ", ".join(str(v) for v in grid.score_levels))
    return cells


def _header(ws: Worksheet, row: int, lay: _Layout, labels: list[str], names: list) -> None:
    for col, label in zip("ABC", labels[:3], strict=True):
        put_text(ws[f"{col}{row}"], label)
    for i, name in enumerate(names):
        put_text(ws[f"{lay.assessor(i)}{row}"], name)
    for col, label in ((lay.mean, labels[3]), (lay.points, labels[4])):
        if label:
            put_text(ws[f"{col}{row}"], label)
    lines = 1
    for c in range(1, lay.first + lay.count + 2):
        cell = ws.cell(row=row, column=c)
        header_style(cell)
        width = ws.column_dimensions[cell.column_letter].width
        lines = max(lines, lines_needed(cell.value, width * 0.75))
    fit_row(ws, row, lines)


def _text_row(ws: Worksheet, row: int, code: str, text: str, indent: int = 0) -> None:
    """A code and its wrapped text, the row tall enough to show it."""
    put_text(ws[f"A{row}"], code)
    put_text(ws[f"B{row}"], text)
    ws[f"A{row}"].alignment = Alignment(vertical="top")
    ws[f"B{row}"].alignment = Alignment(wrap_text=True, vertical="top", indent=indent)
    fit_row(ws, row, lines_needed(text, TEXT_WIDTH - 2 * indent))


def _note(cell, text: str, author: str) -> None:
    if text:
        comment = Comment(clean_text(text), clean_text(author or "-"))
        comment.width, comment.height = 320, 140
        cell.comment = comment


def _gates(book, ws, grid, people, lay, w, names, row):
    """Yes/no per assessor; a gate's result is No on any no, Yes on at least one yes."""
    yes, no = w.book.word("yes_no", "yes"), w.book.word("yes_no", "no")
    _header(ws, row, lay, [w.field("code"), w.field("gate"), "", w.doc("eligible"), ""], names)
    notes = {
        (a["assessor_id"], a["gate_id"]): a.get("note") or ""
        for a in book.rows.get("gate_answer", [])
    }
    dv = book.lists.validation("yes_no")
    ws.add_data_validation(dv)
    first = row + 1
    for g in grid.gates:
        row += 1
        _text_row(ws, row, g.code, g.text)
        for i in range(lay.count):
            cell = ws[f"{lay.assessor(i)}{row}"]
            input_style(cell)
            if i < len(people) and g.id in people[i].gates:
                put_text(cell, yes if people[i].gates[g.id] else no)
                _note(cell, notes.get((people[i].assessor_id, g.id), ""), people[i].name)
        span = lay.span(row)
        ws[f"{lay.mean}{row}"].alignment = Alignment(vertical="top")
        put_formula(
            ws[f"{lay.mean}{row}"],
            f"=IF(COUNTIF({span},{text_literal(no)})>0,{text_literal(no)},"
            f'IF(COUNTIF({span},{text_literal(yes)})>0,{text_literal(yes)},""))',
        )
    if grid.gates:
        dv.add(f"{lay.assessor(0)}{first}:{lay.assessor(lay.count - 1)}{row}")
        results = f"{lay.mean}{first}:{lay.mean}{row}"
        overall = (
            f"=IF(COUNTIF({results},{text_literal(no)})>0,{text_literal(w.doc('not_eligible'))},"
            f"IF(COUNTIF({results},{text_literal(yes)})=ROWS({results}),"
            f"{text_literal(w.doc('eligible'))},{text_literal(w.doc('no_assessment'))}))"
        )
        _red_green(ws, results, no, yes)
    else:
        overall = "=" + text_literal(w.doc("eligible"))
    row += 1
    put_text(ws[f"B{row}"], w.doc("eligible"))
    ws[f"B{row}"].font = BOLD
    cell = ws[f"{lay.mean}{row}"]
    put_formula(cell, overall)
    cell.font = BOLD
    _red_green(ws, cell.coordinate, w.doc("not_eligible"), w.doc("eligible"))
    return f"${lay.mean}${row}", row


def _criteria(book, ws, grid, people, lay, w, names, row):
    """Criterion rows sum their sub-criteria; a sub-criterion's points follow its mean score."""
    top = grid.top_level
    labels = [w.field("code"), w.field("criterion"), w.doc("maximum"), w.doc("mean_score")]
    _header(ws, row, lay, [*labels, w.doc("points")], names)
    comments = {
        (s["assessor_id"], s["sub_criterion_id"]): s.get("comment") or ""
        for s in book.rows.get("score", [])
    }
    dv = book.lists.validation("score_levels")
    ws.add_data_validation(dv)
    subtotals, gender = [], "0"
    for c in grid.criteria:
        row += 1
        head = row
        _text_row(ws, row, c.code, c.name)
        ws[f"C{row}"].value = c.max_points
        for col in range(1, lay.first + lay.count + 2):
            ws.cell(row=row, column=col).fill = CRITERION_FILL
            ws.cell(row=row, column=col).font = BOLD
        for s in c.sub_criteria:
            row += 1
            _text_row(ws, row, s.code, s.name, indent=1)
            ws[f"C{row}"].value = s.max_points
            for i in range(lay.count):
                cell = ws[f"{lay.assessor(i)}{row}"]
                input_style(cell)
                if i < len(people) and s.id in people[i].scores:
                    cell.value = clamp(people[i].scores[s.id], 0, top)
                    _note(cell, comments.get((people[i].assessor_id, s.id), ""), people[i].name)
            span = lay.span(row)
            mean = ws[f"{lay.mean}{row}"]
            put_formula(mean, f'=IF(COUNT({span})=0,"",AVERAGE({span}))')
            mean.number_format = "0.00"
            points = ws[f"{lay.points}{row}"]
            put_formula(points, f"=IF(COUNT({span})=0,0,AVERAGE({span})/{top}*C{row})")
            points.number_format = "0.00"
        if c.sub_criteria:
            dv.add(f"{lay.assessor(0)}{head + 1}:{lay.assessor(lay.count - 1)}{row}")
        subtotal = ws[f"{lay.points}{head}"]
        if c.sub_criteria:
            put_formula(subtotal, f"=SUM({lay.points}{head + 1}:{lay.points}{row})")
        else:
            subtotal.value = 0
        subtotal.number_format = "0.00"
        subtotals.append(f"{lay.points}{head}")
        if c.code == grid.gender_criterion_code:
            gender = f"{lay.points}{head}"
    row += 1
    put_text(ws[f"B{row}"], w.doc("points"))
    cell = ws[f"{lay.points}{row}"]
    put_formula(cell, "=" + ("+".join(subtotals) if subtotals else "0"))
    cell.number_format = "0.00"
    for c in (ws[f"B{row}"], cell):
        c.font = BOLD
    return f"{lay.points}{row}", gender, row


def _bonuses(book, ws, grid, people, lay, w, names, params, row):
    """Awards per assessor, the mean per bonus, their sum capped."""
    labels = [w.field("code"), w.doc("bonus"), w.doc("maximum"), w.doc("mean_score")]
    _header(ws, row, lay, [*labels, w.doc("points")], names)
    first = row + 1
    for b in grid.bonuses:
        row += 1
        _text_row(ws, row, b.code, b.name)
        ws[f"C{row}"].value = b.max_points
        dv = DataValidation(
            type="whole", operator="between", formula1="0", formula2=str(max(b.max_points, 0))
        )
        ws.add_data_validation(dv)
        dv.add(lay.span(row))
        for i in range(lay.count):
            cell = ws[f"{lay.assessor(i)}{row}"]
            input_style(cell)
            if i < len(people) and b.id in people[i].bonuses:
                cell.value = clamp(people[i].bonuses[b.id], 0, max(b.max_points, 0))
        span = lay.span(row)
        mean = ws[f"{lay.mean}{row}"]
        put_formula(mean, f'=IF(COUNT({span})=0,"",AVERAGE({span}))')
        points = ws[f"{lay.points}{row}"]
        put_formula(points, f"=IF(COUNT({span})=0,0,AVERAGE({span}))")
        for c in (mean, points):
            c.number_format = "0.00"
    row += 1
    put_text(ws[f"B{row}"], f"{w.doc('bonus')} (≤ {grid.bonus_cap})")
    cell = ws[f"{lay.points}{row}"]
    summed = f"SUM({lay.points}{first}:{lay.points}{row - 1})" if grid.bonuses else "0"
    put_formula(cell, f"=MIN({params['bonus_cap']},{summed})")
    cell.number_format = "0.00"
    for c in (ws[f"B{row}"], cell):
        c.font = BOLD
    return f"{lay.points}{row}", row


def _result(ws, lay, w, params, eligible, criteria_total, bonus, gender, grid, row):
    p = lay.points
    lines = [
        ("total", w.doc("total"), f"=MIN({params['total_cap']},{criteria_total}+{bonus})", "0.00"),
        ("rounded", w.doc("rounded_total"), f"=ROUND({p}{row},1)", "0.0"),
        (
            "gender",
            f"{w.field('criterion')} {grid.gender_criterion_code}",
            f"=ROUND({gender},1)",
            "0.0",
        ),
        ("eligible", w.doc("eligible"), f"={eligible}", None),
    ]
    cells = {}
    for i, (key, label, formula, fmt) in enumerate(lines):
        put_text(ws[f"B{row + i}"], label)
        cell = ws[f"{p}{row + i}"]
        put_formula(cell, formula)
        if fmt:
            cell.number_format = fmt
        cells[key] = f"{p}{row + i}"
    row += len(lines)
    funded, not_funded = text_literal(w.doc("funded")), text_literal(w.doc("not_funded"))
    verdict = (
        f"=IF({cells['eligible']}={text_literal(w.doc('not_eligible'))},{not_funded},"
        f"IF({cells['eligible']}={text_literal(w.doc('no_assessment'))},"
        f"{text_literal(w.doc('no_assessment'))},"
        f"IF(AND({cells['rounded']}>={params['threshold']},"
        f"{cells['gender']}>={params['gender_minimum']}),{funded},{not_funded})))"
    )
    put_text(ws[f"B{row}"], w.doc("verdict"))
    cell = ws[f"{p}{row}"]
    put_formula(cell, verdict)
    for c in (ws[f"B{row}"], cell, ws[cells["rounded"]], ws[f"B{row - 3}"]):
        c.font = Font(name=FONT, bold=True, size=12)
    cell.alignment = Alignment(horizontal="center")
    _red_green(ws, f"{p}{row}", w.doc("not_funded"), w.doc("funded"))
    _red_green(ws, cells["eligible"], w.doc("not_eligible"), w.doc("eligible"))
    return GridCells(total=f"${p}${row - 3}", verdict=f"${p}${row}")


def _red_green(ws: Worksheet, cells: str, bad: str, good: str) -> None:
    ws.conditional_formatting.add(
        cells, CellIsRule(operator="equal", formula=[text_literal(good)], fill=GOOD_FILL)
    )
    ws.conditional_formatting.add(
        cells, CellIsRule(operator="equal", formula=[text_literal(bad)], fill=BAD_FILL)
    )
