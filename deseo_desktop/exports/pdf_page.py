"""The pages of a PDF document: fonts, styles, running header and footer, watermark, outline.

reportlab reads a Paragraph's text as markup, so every piece of a person's text goes through
`markup()` before it reaches one (RELIABILITY.md: `<img src=...>` would open a local file).
"""

from collections.abc import Callable
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

from deseo_desktop.resources import resource_path

FONT = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
INK = colors.HexColor("#1f2933")
ACCENT = colors.HexColor("#2d5f8a")
RULE = colors.HexColor("#9aa5b1")
SHADE = colors.HexColor("#e8eef4")
MARGIN = 20 * mm


def register_fonts() -> None:
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    pdfmetrics.registerFont(TTFont(FONT, str(resource_path("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(BOLD, str(resource_path("fonts", "DejaVuSans-Bold.ttf"))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)


def markup(text: str) -> str:
    """A person's text as Paragraph markup that draws exactly what they typed."""
    return escape(text or "").replace("\t", "    ").replace("\n", "<br/>")


def styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle(
        "body",
        fontName=FONT,
        bulletFontName=FONT,
        fontSize=10,
        leading=14,
        textColor=INK,
        spaceAfter=6,
    )
    return {
        "body": base,
        "small": ParagraphStyle("small", base, fontSize=8, leading=10.5, spaceAfter=0),
        "cell": ParagraphStyle("cell", base, fontSize=8, leading=10.5, spaceAfter=0),
        "head": ParagraphStyle("head", base, fontName=BOLD, fontSize=8, leading=10.5, spaceAfter=0),
        "item": ParagraphStyle("item", base, leftIndent=14, bulletIndent=4, spaceAfter=3),
        "h1": ParagraphStyle(
            "h1",
            base,
            fontName=BOLD,
            fontSize=15,
            leading=19,
            textColor=ACCENT,
            spaceBefore=6,
            spaceAfter=10,
        ),
        "h2": ParagraphStyle(
            "h2",
            base,
            fontName=BOLD,
            fontSize=11.5,
            leading=15,
            spaceBefore=10,
            spaceAfter=4,
            keepWithNext=1,
        ),
        "h3": ParagraphStyle(
            "h3", base, fontName=BOLD, fontSize=10, leading=13, spaceBefore=4, keepWithNext=1
        ),
        "title": ParagraphStyle(
            "title",
            base,
            fontName=BOLD,
            fontSize=24,
            leading=30,
            alignment=TA_CENTER,
            textColor=ACCENT,
        ),
        "subtitle": ParagraphStyle("subtitle", base, fontSize=13, leading=18, alignment=TA_CENTER),
        "centre": ParagraphStyle("centre", base, alignment=TA_CENTER),
    }


class Heading(Paragraph):
    """A heading that becomes a bookmark (level 0 for articles and annexes, 1 below)."""

    def __init__(self, text: str, style: ParagraphStyle, outline: str, level: int = 0):
        super().__init__(text, style)
        self.outline = outline
        self.level = level


class Document(BaseDocTemplate):
    """A4 pages with the running header, footer and watermark; outline entries from headings."""

    def __init__(
        self, target, header: str, watermark: str, notice: str, progress: Callable | None, **meta
    ):
        super().__init__(
            target,
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + 4 * mm,
            bottomMargin=MARGIN,
            # The page's first font is ours: no standard Helvetica reference, every font embedded.
            initialFontName=FONT,
            initialFontSize=10,
            **meta,
        )
        self.header = header
        self.watermark = watermark
        self.notice = notice
        self.progress = progress
        self._outline_keys = 0
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        wide, high = landscape(A4)
        wide_frame = Frame(
            self.leftMargin,
            self.bottomMargin,
            wide - 2 * MARGIN,
            high - self.topMargin - MARGIN,
            id="wide",
        )
        self.addPageTemplates(
            [
                PageTemplate("cover", [frame], onPage=self._decorate_cover),
                PageTemplate("body", [frame], onPage=self._decorate),
                PageTemplate("annex", [wide_frame], onPage=self._decorate, pagesize=landscape(A4)),
            ]
        )

    def afterFlowable(self, flowable):
        if isinstance(flowable, Heading):
            self._outline_keys += 1
            key = f"h{self._outline_keys}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(flowable.outline, key, level=flowable.level, closed=True)

    def afterPage(self):
        if self.progress:
            self.progress(self.page)

    def _decorate_cover(self, canvas: Canvas, doc):
        self._draw_watermark(canvas)

    def _decorate(self, canvas: Canvas, doc):
        self._draw_watermark(canvas)
        width, height = canvas._pagesize
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(RULE)
        canvas.drawString(
            MARGIN, height - MARGIN + 2 * mm, _fit(canvas, self.header, width - 2 * MARGIN)
        )
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN, height - MARGIN + 0.5 * mm, width - MARGIN, height - MARGIN + 0.5 * mm)
        canvas.line(MARGIN, MARGIN - 4 * mm, width - MARGIN, MARGIN - 4 * mm)
        if self.notice:
            canvas.drawString(
                MARGIN, MARGIN - 8 * mm, _fit(canvas, self.notice, width - 2 * MARGIN - 40 * mm)
            )
        canvas.restoreState()

    def _draw_watermark(self, canvas: Canvas):
        if not self.watermark:
            return
        width, height = canvas._pagesize
        canvas.saveState()
        canvas.setFont(BOLD, 110)
        canvas.setFillColor(colors.Color(0.75, 0.2, 0.2, alpha=0.10))
        canvas.translate(width / 2, height / 2)
        canvas.rotate(55 if height > width else 35)
        canvas.drawCentredString(0, -35, self.watermark)
        canvas.restoreState()


def _fit(canvas: Canvas, text: str, width: float) -> str:
    """Cut a running line with an ellipsis so it never runs off the page."""
    if canvas.stringWidth(text, FONT, 7.5) <= width:
        return text
    while text and canvas.stringWidth(text + "…", FONT, 7.5) > width:
        text = text[: max(1, len(text) * 9 // 10)]
    return text + "…"


def numbered_canvas(page_words: Callable[[int, int], str]):
    """A canvas class that writes "page X of Y" once the number of pages is known."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            count = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                if number > 1:  # the cover carries no number
                    self.saveState()
                    self.setFont(FONT, 7.5)
                    self.setFillColor(RULE)
                    right = self._pagesize[0] - MARGIN
                    self.drawRightString(right, MARGIN - 8 * mm, page_words(number, count))
                    self.restoreState()
                super().showPage()
            super().save()

    return NumberedCanvas
