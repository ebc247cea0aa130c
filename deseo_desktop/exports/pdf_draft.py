"""What every part of the PDF draft needs: the content, its language's words and formats."""

from datetime import date

from reportlab.platypus import Paragraph

from deseo_desktop import formatting
from deseo_desktop.terms import term, terms

from .agreement_texts import agreement_texts
from .content import Content, Rows
from .pdf_page import markup, styles


class Draft:
    def __init__(self, rows: Rows, language: str):
        self.c = Content(rows)
        self.lang = language
        self.words = terms("document", language)
        self.texts = agreement_texts(language)
        self.styles = styles()
        self.currency = self.c.design.get("currency") or "EUR"
        # French sets a (non-breaking) space before a colon; the others do not.
        self.colon = "\u00a0: " if language == "fr" else ": "

    def w(self, key: str, **values) -> str:
        """A fixed word of the document, as markup."""
        return markup(self.words[key].format(**values) if values else self.words[key])

    def term(self, group: str, code: str | None) -> str:
        return term(group, code, self.lang) if code else ""

    def field(self, name: str) -> str:
        return term("field", name, self.lang)

    def yes_no(self, value) -> str:
        return term("yes_no", "yes" if value else "no", self.lang)

    def day(self, value: date | None) -> str:
        return formatting.format_day(value, self.lang) if value else ""

    def short_day(self, value: date | None) -> str:
        return formatting.format_day(value, self.lang, "short") if value else ""

    def number(self, value) -> str:
        return _unbroken(formatting.format_number(value, self.lang)) if value is not None else ""

    def money(self, cents: int | None) -> str:
        return _unbroken(formatting.format_money(cents or 0, self.currency, self.lang))

    def para(self, text_markup: str, style: str = "body") -> Paragraph:
        return Paragraph(text_markup, self.styles[style])

    def user(self, text: str, style: str = "body") -> Paragraph:
        """A paragraph of a person's text, drawn exactly as typed."""
        return Paragraph(markup(text), self.styles[style])

    def bullet(self, text_markup: str) -> Paragraph:
        return Paragraph(text_markup, self.styles["item"], bulletText="•")

    def percent(self, share) -> str:
        return _unbroken(formatting.format_percent(float(share), self.lang))

    def share(self, counts) -> str:
        """Women's share of those whose sex is stated."""
        return self.percent(counts.women / counts.stated) if counts.stated else "—"


def _unbroken(figure: str) -> str:
    """Babel's narrow no-break space (French thousands) is one reportlab breaks a line at."""
    return figure.replace("\u202f", "\u00a0")
