"""The local agreement draft as a PDF: cover, preamble, articles, signatures and annexes A–H."""

from collections.abc import Callable
from datetime import date
from os import PathLike

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)

from deseo_desktop import __version__

from .agreement_texts import fill
from .content import Rows
from .pdf_annexes import annexes
from .pdf_draft import Draft
from .pdf_page import (
    BOLD,
    FONT,
    INK,
    RULE,
    Document,
    Heading,
    markup,
    numbered_canvas,
    register_fonts,
)

COVER_PARTIES = 12
BLANK = "__________"  # what the design leaves open, the parties fill in by hand, in any language


def write_pdf(
    rows: Rows,
    target,
    language: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Write the draft to `target` (a path or binary file); returns the number of pages.

    `progress(done, total)` is called as pages are laid out (the total is an estimate until
    the end) and may raise ExportCancelled to stop.
    """
    register_fonts()
    design = rows["design"][0]
    draft = Draft(rows, language or design.get("agreement_language") or "en")
    estimate = _estimated_pages(rows)
    status = draft.c.agreement.get("status", "draft")
    doc = Document(
        str(target) if isinstance(target, PathLike) else target,
        header=_running_header(draft),
        watermark=draft.words["watermark"] if status != "final" else "",
        notice=draft.words["legal_review"] if status != "final" else "",
        progress=(lambda page: progress(min(page, estimate - 1), estimate)) if progress else None,
        title=design.get("title") or "",
        author=design.get("facilitator") or "",
        subject=f"{draft.words['local_agreement']} — {design.get('territory_name') or ''}",
        creator=f"DESEO Cluster Designer {__version__}",
        lang=draft.lang,
    )
    story = (
        _cover(draft) + _preamble(draft) + _articles(draft) + _signatures(draft) + annexes(draft)
    )
    page_words = draft.words["page_of"]
    doc.build(
        story, canvasmaker=numbered_canvas(lambda n, total: page_words.format(page=n, pages=total))
    )
    if progress:
        progress(doc.page, doc.page)
    return doc.page


def _estimated_pages(rows: Rows) -> int:
    lines = sum(
        len(rows.get(t, []))
        for t in ("actor", "pooled_resource", "seat", "commitment", "indicator")
    )
    return max(8, 12 + lines // 18)


def _running_header(d: Draft) -> str:
    version = d.c.agreement.get("version_number") or 1
    return f"{d.c.design.get('title') or ''} — {d.words['version_undated'].format(version=version)}"


def _values(d: Draft) -> dict[str, str]:
    """The placeholders of the article texts, formatted and escaped; a gap is a line to fill in."""
    a, design = d.c.agreement, d.c.design
    cash, in_kind = d.c.budget_totals()
    entry, country = a.get("entry_into_force"), design.get("country")
    return {
        "title": markup(design.get("title") or ""),
        "territory": markup(design.get("territory_name") or ""),
        "country": markup(d.term("country", country)) if country != "XX" else BLANK,
        "legal_vehicle": markup(d.term("legal_vehicle", design.get("legal_vehicle"))),
        "threshold": d.number(design.get("balance_threshold_pct") or 40),
        "currency": markup(d.currency),
        "budget_total": markup(d.money(cash + in_kind)),
        "entry_into_force": markup(d.day(entry)) if entry else BLANK,
        "duration_months": d.number(a.get("duration_months") or 0),
        "retention_years": d.number(a.get("retention_years") or 0),
        "contact_point": markup(a.get("contact_point") or "") or BLANK,
        "min_parties": d.number(3),
        "language": markup(d.words["this_language"]),
    }


def _cover(d: Draft) -> list:
    a, design = d.c.agreement, d.c.design
    version = a.get("version_number") or 1
    version_date = a.get("version_date")
    version_text = (
        d.w("version", version=version, date=d.day(version_date))
        if version_date
        else d.w("version_undated", version=version)
    )
    parties = [actor["name"] for actor in d.c.actors.values() if actor.get("name")]
    shown = parties[:COVER_PARTIES]
    story = [
        NextPageTemplate("body"),
        Spacer(1, 40 * mm),
        d.para(
            d.w("local_agreement") + " · " + markup(d.term("agreement_kind", a.get("kind"))),
            "subtitle",
        ),
        Spacer(1, 6 * mm),
        d.user(design.get("title") or "", "title"),
        Spacer(1, 6 * mm),
        d.para(
            f"{d.w('territory')}{d.colon}{markup(design.get('territory_name') or '')} "
            f"({markup(d.term('country', design.get('country')))})",
            "subtitle",
        ),
        d.para(version_text, "subtitle"),
        Spacer(1, 14 * mm),
        d.para(f"<b>{d.w('parties')}</b>", "centre"),
    ]
    story += [d.user(name, "centre") for name in shown] or [d.para(d.w("no_parties"), "centre")]
    if len(parties) > COVER_PARTIES:
        story.append(d.para(d.w("and_more", n=d.number(len(parties) - COVER_PARTIES)), "centre"))
    if a.get("status", "draft") != "final":
        story += [Spacer(1, 12 * mm), d.para(f"<b>{d.w('legal_review')}</b>", "centre")]
    story.append(PageBreak())
    return story


def _preamble(d: Draft) -> list:
    p, values, design = d.texts["preamble"], _values(d), d.c.design
    bases = p["legal_bases"].get(design.get("country"), p["legal_bases"]["XX"])
    story = [Heading(d.w("preamble"), d.styles["h1"], d.words["preamble"])]
    parts = [p["context"], p["cluster_definition"]]
    if design.get("cemr_charter_signed"):
        parts.append(p["cemr"])
    parts += [p["equality"], bases.get("_country", "")]
    parts += [bases.get(design.get("legal_vehicle"), bases.get("charter", "")), p["closing"]]
    story += [d.para(fill(text, values)) for text in parts if text]
    return story


def _articles(d: Draft) -> list:
    values = _values(d)
    story = []
    for number, (code, choice) in enumerate(d.c.articles(), start=1):
        article = d.texts["articles"][code]
        heading = f"{d.words['article'].format(n=number)} — {article['title']}"
        story.append(CondPageBreak(40 * mm))
        story.append(Heading(markup(heading), d.styles["h2"], heading))
        custom = (choice.get("custom_text") or "").strip()
        if not (custom and choice.get("custom_mode") == "replace"):
            story += [d.para(fill(text, values)) for text in article["text"]]
            story += _generated(d, code)
        if custom:
            story += [d.user(part) for part in custom.split("\n\n") if part.strip()]
    return story


def _generated(d: Draft, code: str) -> list:
    """The part of an article the design itself writes (its parties, bodies, indicators…)."""
    builder = _GENERATED.get(code)
    return builder(d) if builder else []


def _parties(d: Draft) -> list:
    out = []
    for a in d.c.actors.values():
        detail = ", ".join(
            t for t in (d.term("actor_kind", a.get("kind")), a.get("legal_form")) if t
        )
        out.append(
            d.bullet(f"<b>{markup(a['name'])}</b>" + (f", {markup(detail)}" if detail else ""))
        )
    return out or [d.para(d.w("no_parties"))]


def _purpose(d: Draft) -> list:
    areas = d.texts["purpose_areas"]
    codes = ["a", "b", "c", "d", "e"] if d.c.existing_cluster else ["a", "c", "d", "e"]
    return [d.bullet(f"({code}) {areas[code]}") for code in codes]


def _commitments(d: Draft) -> list:
    out = []
    for actor, items in d.c.commitments_by_party():
        out.append(d.para(d.w("commitments_of", organisation=actor["name"]), "h3"))
        for c in items:
            area = d.term("commitment_area", c.get("area"))
            text = markup(c["text"])
            if c.get("deadline"):
                text += f" ({d.w('deadline', date=d.day(c['deadline']))})"
            out.append(d.bullet(f"{text} <font color='#52606d'>[{markup(area)}]</font>"))
    return out or [d.para(d.w("none_given"))]


def _resources(d: Draft) -> list:
    out = []
    for r in d.c.table("pooled_resource"):
        contributions, _ = d.c.resource_parts(r["id"])
        value = sum(c.get("value_cents") or 0 for c in contributions)
        category = d.term("resource_category", r.get("category"))
        out.append(
            d.bullet(
                f"<b>{markup(r['name'])}</b> ({markup(category)}){d.colon}{markup(d.money(value))}"
            )
        )
    return out or [d.para(d.w("no_resources"))]


def _governance(d: Draft) -> list:
    out = []
    for body, seats in d.c.seats_by_body():
        counts = d.c.seat_counts(seats)
        line = (
            f"<b>{markup(body['name'])}</b> ({markup(d.term('body_kind', body.get('kind')))}): "
            f"{d.w('seats')} {d.number(len(seats))}; {d.w('women')} {d.number(counts.women)}, "
            f"{d.w('men')} {d.number(counts.men)}"
        )
        rules = [
            f"{markup(d.field(key))}{d.colon}{markup(body[key])}"
            for key in ("decision_rule", "quorum")
            if body.get(key)
        ]
        out.append(d.bullet("; ".join([line, *rules])))
    return out or [d.para(d.w("no_bodies"))]


def _financial(d: Draft) -> list:
    cash, in_kind = d.c.budget_totals()
    return [
        d.bullet(f"{d.w('total_cash')}{d.colon}{markup(d.money(cash))}"),
        d.bullet(f"{d.w('total_in_kind')}{d.colon}{markup(d.money(in_kind))}"),
    ]


def _monitoring(d: Draft) -> list:
    out = []
    for i in d.c.table("indicator"):
        code = f"{markup(i['catalogue_code'])} " if i.get("catalogue_code") else ""
        domain = d.term("indicator_domain", i.get("domain"))
        out.append(d.bullet(f"<b>{code}{markup(i['name'])}</b> ({markup(domain)})"))
    return out or [d.para(d.w("no_indicators"))]


def _duration(d: Draft) -> list:
    renewal = d.c.agreement.get("renewal") or "express"
    return [d.para(d.texts["renewal"].get(renewal, ""))]


_GENERATED = {
    "parties": _parties,
    "purpose": _purpose,
    "commitments": _commitments,
    "pooled_resources": _resources,
    "governance": _governance,
    "financial": _financial,
    "monitoring": _monitoring,
    "duration": _duration,
}


def _signatures(d: Draft) -> list:
    story = [
        PageBreak(),
        Heading(d.w("signatures"), d.styles["h1"], d.words["signatures"]),
        d.para(d.w("signature_intro")),
    ]
    signatories = d.c.signatories()
    if not signatories:
        return [*story, d.para(d.w("no_signatories"))]
    place = d.c.agreement.get("place_of_signature") or ""
    for s in signatories:
        story.append(KeepTogether([Spacer(1, 4 * mm), _signature_block(d, s, place)]))
    return story


def _signature_block(d: Draft, s: dict, default_place: str) -> Table:
    signed_on: date | None = s.get("signed_on")
    lines = [
        [d.para(d.w("for_party", organisation=s.get("organisation") or ""), "h3"), ""],
        [d.para(d.w("representative"), "small"), d.user(s.get("representative") or "", "small")],
        [d.para(d.w("capacity"), "small"), d.user(s.get("capacity") or "", "small")],
        [d.para(d.w("place"), "small"), d.user(s.get("place") or default_place, "small")],
        [d.para(d.w("date"), "small"), d.user(d.day(signed_on), "small")],
        [d.para(d.w("signature"), "small"), ""],
    ]
    table = Table(
        lines, colWidths=[40 * mm, 130 * mm], rowHeights=[None, None, None, None, None, 34]
    )
    table.setStyle(
        TableStyle(
            [
                ("SPAN", (0, 0), (1, 0)),
                ("FONT", (0, 0), (-1, -1), FONT, 8),
                ("TEXTCOLOR", (0, 0), (-1, -1), INK),
                ("VALIGN", (0, 1), (-1, -1), "BOTTOM"),
                ("TOPPADDING", (0, 1), (-1, -1), 7),
                ("LINEBELOW", (1, 1), (1, -1), 0.4, RULE),
                ("LINEBELOW", (1, -1), (1, -1), 0.8, INK),
                ("BOX", (0, 0), (-1, -1), 0.4, RULE),
                ("FONT", (0, 0), (0, 0), BOLD, 9),
            ]
        )
    )
    return table
