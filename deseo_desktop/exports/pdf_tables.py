"""Annex tables that always lay out: long cells are cut and continue in numbered notes.

A table row cannot split across pages in reportlab, so a cell taller than a page raises
LayoutError. Each cell is cut where its estimated height would pass a safe share of the page,
and the rest goes to a note printed after the table.
"""

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table, TableStyle

from .pdf_page import FONT, INK, RULE, SHADE, markup

CELL_CAP = 1500  # characters: the "about 1,500"
MAX_LINES = 30  # about 320 pt of 8 pt text: a row always fits a landscape page (about 440 pt)


class Notes:
    """Numbered notes of one annex."""

    def __init__(self, see_note: str):
        self.see_note = see_note  # "(continued in note {n})"
        self.items: list[str] = []

    def cell(self, text: str, width: float) -> str:
        """The cell's markup; what does not fit goes to a new note, the cell says which."""
        text = text or ""
        cut = _cut_point(text, width)
        if cut >= len(text):
            return markup(text)
        self.items.append(text[cut:].lstrip())
        marker = self.see_note.format(n=len(self.items))
        return f"{markup(text[:cut].rstrip())}… <b>{markup(marker)}</b>"


def _cut_point(text: str, width: float) -> int:
    per_line = max(8, int(width / (8 * 0.62)))  # DejaVu Sans: about 0.6 em a character
    lines = 0
    position = 0
    for part in text.split("\n"):
        needed = max(1, -(-len(part) // per_line))
        if lines + needed > MAX_LINES or position + len(part) > CELL_CAP:
            room = min((MAX_LINES - lines) * per_line, CELL_CAP - position)
            return position + max(0, _word_end(part, room))
        lines += needed
        position += len(part) + 1
    return len(text)


def _word_end(part: str, room: int) -> int:
    """Cut at the last space before `room`, or at `room` when a word is longer than that."""
    if room <= 0:
        return 0
    space = part.rfind(" ", 0, room)
    return space if space > room // 2 else room


def data_table(
    headers: list[str], rows: list[list], widths_mm: list[float], styles, notes: Notes
) -> Table:
    """A table with a repeated header row; strings are a person's text, cut into notes if long.

    A cell that is already a flowable (a Paragraph of our own markup) is kept as it is.
    """
    widths = [w * mm for w in widths_mm]
    body = [[Paragraph(markup(h), styles["head"]) for h in headers]] if headers else []
    for row in rows:
        cells = []
        for value, width in zip(row, widths, strict=True):
            if isinstance(value, Paragraph):
                cells.append(value)
            else:
                cells.append(Paragraph(notes.cell(str(value), width - 6), styles["cell"]))
        body.append(cells)
    table = Table(body, colWidths=widths, repeatRows=1 if headers else 0, splitByRow=1)
    table.setStyle(table_style(bool(headers)))
    return table


def table_style(with_header: bool = True) -> TableStyle:
    commands = [
        ("FONT", (0, 0), (-1, -1), FONT, 8),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if with_header:
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
        ]
    return TableStyle(commands)
