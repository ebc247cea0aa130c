"""The chart of the balance between women and men, drawn as vector graphics."""

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors

from deseo_desktop.rules.balance import SexCounts, balance

from .pdf_page import BOLD, FONT, INK, RULE

WOMEN = colors.HexColor("#8e4f9e")
MEN = colors.HexColor("#3f8f8a")
LABEL_WIDTH = 120
ROW = 26


def balance_chart(
    groups: list[tuple[str, SexCounts]],
    words: dict[str, str],
    threshold_pct: int,
    width: float,
    number=str,
    percent=lambda share: f"{round(100 * share)}%",
) -> Drawing:
    """One bar per group, women and men side by side as shares of those whose sex is stated.

    `words` holds "women", "men", "not_stated"; `number` and `percent` format a count and a
    share in the document's language. A dashed line marks the threshold on each side.
    """
    bar = width - LABEL_WIDTH - 8
    height = ROW * len(groups) + 34
    d = Drawing(width, height, initialFontName=FONT)
    y = height - 16
    x0 = LABEL_WIDTH
    d.add(Rect(x0, y + 2, 9, 9, fillColor=WOMEN, strokeColor=None))
    d.add(String(x0 + 13, y + 3, words["women"], fontName=FONT, fontSize=8, fillColor=INK))
    d.add(Rect(x0 + 90, y + 2, 9, 9, fillColor=MEN, strokeColor=None))
    d.add(String(x0 + 103, y + 3, words["men"], fontName=FONT, fontSize=8, fillColor=INK))
    for label, counts in groups:
        y -= ROW
        d.add(String(0, y + 7, label, fontName=BOLD, fontSize=8.5, fillColor=INK))
        b = balance(counts, threshold_pct)
        if b.women_share is None:
            d.add(
                Rect(x0, y + 2, bar, 16, fillColor=colors.white, strokeColor=RULE, strokeWidth=0.5)
            )
            d.add(String(x0 + 6, y + 7, "—", fontName=FONT, fontSize=8, fillColor=INK))
            continue
        women = float(b.women_share) * bar
        d.add(Rect(x0, y + 2, women, 16, fillColor=WOMEN, strokeColor=None))
        d.add(Rect(x0 + women, y + 2, bar - women, 16, fillColor=MEN, strokeColor=None))
        left = f"{percent(b.women_share)} ({number(counts.women)})"
        right = f"{percent(b.men_share)} ({number(counts.men)})"
        d.add(String(x0 + 4, y + 7, left, fontName=BOLD, fontSize=7.5, fillColor=colors.white))
        d.add(
            String(
                x0 + bar - 4,
                y + 7,
                right,
                fontName=BOLD,
                fontSize=7.5,
                fillColor=colors.white,
                textAnchor="end",
            )
        )
        for pct in (threshold_pct, 100 - threshold_pct):
            x = x0 + bar * pct / 100
            d.add(Line(x, y, x, y + 20, strokeColor=INK, strokeWidth=0.6, strokeDashArray=[2, 2]))
        if counts.not_stated:
            note = f"{words['not_stated']}{words.get('colon', ': ')}{number(counts.not_stated)}"
            d.add(String(0, y - 1, note, fontName=FONT, fontSize=6.5, fillColor=INK))
    return d
