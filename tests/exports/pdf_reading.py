"""Reading a PDF back the way a person reads it: text per page, whitespace folded."""

import re
from io import BytesIO

from pypdf import PdfReader


def fold(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def write(rows, language=None, **kwargs) -> tuple[PdfReader, list[str]]:
    from deseo_desktop.exports.agreement_pdf import write_pdf

    out = BytesIO()
    pages = write_pdf(rows, out, language, **kwargs)
    reader = PdfReader(BytesIO(out.getvalue()))
    assert len(reader.pages) == pages
    return reader, [fold(p.extract_text()) for p in reader.pages]
