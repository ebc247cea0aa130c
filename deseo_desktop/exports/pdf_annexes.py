"""Annexes A–H of the draft, as tables on landscape pages (A4 landscape: 257 mm of text width)."""

from reportlab.lib.units import mm
from reportlab.platypus import NextPageTemplate, PageBreak, Spacer

from deseo_desktop.rules import progress

from .agreement_texts import fill
from .pdf_chart import balance_chart
from .pdf_draft import Draft
from .pdf_grid import grid_story
from .pdf_page import Heading, markup
from .pdf_tables import Notes, data_table


def annexes(d: Draft) -> list:
    story = [NextPageTemplate("annex")]
    for letter, build in _ANNEXES.items():
        notes = Notes(d.words["see_note"])
        title = f"{d.words['annex'].format(letter=letter)} — {d.term('annex', letter)}"
        story += [PageBreak(), Heading(markup(title), d.styles["h1"], title)]
        story += build(d, notes)
        if notes.items:
            story += [Spacer(1, 4 * mm), d.para(d.w("notes_to_annex", letter=letter), "h3")]
            for n, text in enumerate(notes.items, start=1):
                story.append(d.para(f"<b>{d.w('note', n=n)}.</b> {markup(text)}", "small"))
                story.append(Spacer(1, 1.5 * mm))
    return story


def _a_parties(d: Draft, notes: Notes) -> list:
    headers = [
        d.field(f)
        for f in ("actor", "kind", "legal_form", "social_economy", "role", "contact_name")
    ]
    headers += [f"{d.field('contact_email')} / {d.field('contact_phone')}", d.field("is_signatory")]
    headers.append(d.field("women_led"))
    rows = []
    for a in d.c.actors.values():
        contact = "\n".join(t for t in (a.get("contact_email"), a.get("contact_phone")) if t)
        rows.append(
            [
                a["name"],
                d.term("actor_kind", a.get("kind")),
                a.get("legal_form") or "",
                d.yes_no(a.get("social_economy")),
                a.get("role") or "",
                a.get("contact_name") or "",
                contact,
                d.yes_no(a.get("is_signatory")),
                d.yes_no(a.get("women_led")),
            ]
        )
    if not rows:
        return [d.para(d.w("no_parties"))]
    return [data_table(headers, rows, [42, 32, 28, 17, 32, 28, 36, 21, 21], d.styles, notes)]


def _b_resources(d: Draft, notes: Notes) -> list:
    headers = [d.field("resource"), d.field("category"), d.field("description")]
    headers += [
        d.field("equality_benefit"),
        d.words["contributors"],
        d.words["users"],
        d.field("value"),
    ]
    rows = []
    for r in d.c.table("pooled_resource"):
        contributions, uses = d.c.resource_parts(r["id"])
        givers = "\n".join(
            f"{d.c.actor_name(c['actor_id'])} ({d.term('contribution_kind', c.get('kind'))})"
            for c in contributions
        )
        users = "\n".join(_use_line(d, u) for u in uses)
        value = sum(c.get("value_cents") or 0 for c in contributions)
        rows.append(
            [
                r["name"],
                d.term("resource_category", r.get("category")),
                r.get("description") or "",
                r.get("equality_benefit") or "",
                givers,
                users,
                d.money(value),
            ]
        )
    if not rows:
        return [d.para(d.w("no_resources"))]
    return [data_table(headers, rows, [36, 22, 52, 52, 40, 33, 22], d.styles, notes)]


def _use_line(d: Draft, use: dict) -> str:
    women, men = use.get("users_women"), use.get("users_men")
    figures = ", ".join(
        f"{label} {d.number(n)}"
        for label, n in ((d.words["women"], women), (d.words["men"], men))
        if n is not None
    )
    name = d.c.actor_name(use["actor_id"])
    return f"{name} ({figures})" if figures else name


def _c_governance(d: Draft, notes: Notes) -> list:
    threshold = d.c.design.get("balance_threshold_pct") or 40
    groups = [(d.words[key], value) for key, value in d.c.balance_groups().items()]
    words = {k: d.words[k] for k in ("women", "men", "not_stated")} | {"colon": d.colon}
    story = [
        d.para(d.w("chart_title"), "h3"),
        balance_chart(groups, words, threshold, 200 * mm, d.number, d.percent),
        d.para(d.w("chart_caption"), "small"),
        Spacer(1, 5 * mm),
    ]
    bodies = d.c.seats_by_body()
    if not bodies:
        return [*story, d.para(d.w("no_bodies"))]
    headers = [d.field("body"), d.field("kind"), d.words["seats"], d.words["women"], d.words["men"]]
    headers += [
        d.words["not_stated"],
        d.words["share_women"],
        d.field("decision_rule"),
        d.field("quorum"),
    ]
    rows = []
    for body, seats in bodies:
        c = d.c.seat_counts(seats)
        share = d.share(c)
        if c.stated and min(c.women, c.men) * 100 < threshold * c.stated:
            share += " — " + d.words["below_threshold"].format(threshold=d.number(threshold))
        rows.append(
            [
                body["name"],
                d.term("body_kind", body.get("kind")),
                d.number(len(seats)),
                d.number(c.women),
                d.number(c.men),
                d.number(c.not_stated),
                share,
                body.get("decision_rule") or "",
                body.get("quorum") or "",
            ]
        )
    story.append(data_table(headers, rows, [40, 34, 15, 15, 15, 17, 30, 51, 40], d.styles, notes))
    seat_rows = [
        [
            body["name"],
            s.get("holder") or "",
            d.c.actor_name(s.get("actor_id")),
            d.term("sex", s.get("sex")),
            d.term("seat_role", s.get("role")),
        ]
        for body, seats in bodies
        for s in seats
    ]
    if seat_rows:
        headers = [d.field(f) for f in ("body", "holder", "organisation", "sex", "role")]
        story += [
            Spacer(1, 5 * mm),
            data_table(headers, seat_rows, [60, 60, 70, 30, 37], d.styles, notes),
        ]
    return story


def _d_budget(d: Draft, notes: Notes) -> list:
    lines = d.c.table("budget_line")
    if not lines:
        return [d.para(d.w("no_budget"))]
    headers = [d.field(f) for f in ("category", "label", "year", "funder", "kind", "amount")]
    rows = [
        [
            d.term("budget_category", b.get("category")),
            b.get("label") or "",
            str(b["year"]) if b.get("year") else "",
            d.c.funder_name(b.get("funder_id")),
            d.term("contribution_kind", b.get("kind")),
            d.money(b.get("amount_cents")),
        ]
        for b in lines
    ]
    cash, in_kind = d.c.budget_totals()
    for key, cents in (("total_cash", cash), ("total_in_kind", in_kind), ("total", cash + in_kind)):
        rows.append(
            [
                d.para(f"<b>{d.w(key)}</b>", "cell"),
                "",
                "",
                "",
                "",
                d.para(f"<b>{markup(d.money(cents))}</b>", "cell"),
            ]
        )
    return [data_table(headers, rows, [36, 90, 16, 55, 25, 35], d.styles, notes)]


def _e_indicators(d: Draft, notes: Notes) -> list:
    indicators = d.c.table("indicator")
    if not indicators:
        return [d.para(d.w("no_indicators"))]
    headers = [d.field(f) for f in ("code", "indicator", "domain", "unit", "baseline", "target")]
    headers += [d.field(f) for f in ("target_date", "frequency", "responsible")]
    headers.append(d.field("latest_measurement"))
    measurements: dict[str, list] = {}
    for m in d.c.table("measurement"):
        measurements.setdefault(m["indicator_id"], []).append(m)
    rows = [
        [
            i.get("catalogue_code") or "",
            i["name"],
            d.term("indicator_domain", i.get("domain")),
            i.get("unit") or "",
            _figures(d, i.get("baseline_women"), i.get("baseline_men"), i.get("baseline_value")),
            _figures(
                d,
                i.get("target_women"),
                i.get("target_men"),
                i.get("target_value"),
                i.get("target_high"),
            ),
            d.short_day(i.get("target_date")),
            d.term("frequency", i.get("frequency")),
            d.c.actor_name(i.get("responsible_id")),
            _latest(d, i, measurements.get(i["id"], [])),
        ]
        for i in indicators
    ]
    return [data_table(headers, rows, [12, 51, 20, 13, 28, 28, 19, 21, 30, 35], d.styles, notes)]


def _latest(d: Draft, indicator: dict, measurements: list) -> str:
    """The latest measurement and its progress; figures from too few women or men suppressed."""
    thresholds = progress.Thresholds.of(d.c.design)
    last = progress.latest(measurements)
    if last is None:
        return d.term("progress", "not_measured")
    status = progress.progress(indicator, measurements, thresholds).status
    if progress.suppressed(indicator, last, thresholds.suppression_min):
        shown = d.words["suppressed"]
    else:
        shown = _figures(d, last.get("value_women"), last.get("value_men"), last.get("value"))
    return f"{shown}\n{d.short_day(last['measured_on'])} · {d.term('progress', status)}"


def _figures(d: Draft, women, men, value, high=None) -> str:
    """A baseline, target or measurement: one value, or women's and men's, or a range."""
    if women is not None or men is not None:
        return "\n".join(
            f"{label}{d.colon}{d.number(v)}"
            for label, v in ((d.words["women"], women), (d.words["men"], men))
            if v is not None
        )
    if value is not None and high is not None:
        return f"{d.number(value)}–{d.number(high)}"
    return d.number(value) if value is not None else ""


def _f_actions(d: Draft, notes: Notes) -> list:
    actions = d.c.dated_actions()
    if not actions:
        return [d.para(d.w("no_actions"))]
    headers = [
        d.field("deadline"),
        d.field("kind"),
        d.field("dated_action"),
        d.field("responsible"),
    ]
    rows = [
        [d.short_day(a.when), d.term("action_kind", a.kind), a.text, a.responsible] for a in actions
    ]
    return [data_table(headers, rows, [25, 45, 132, 55], d.styles, notes)]


def _g_data(d: Draft, notes: Notes) -> list:
    g = d.texts["annex_g"]
    values = {"retention_years": d.number(d.c.agreement.get("retention_years") or 0)}
    held = ", ".join(d.field(name) for name in d.c.personal_fields_held())
    rows = [
        [d.words["purposes"], d.para(g["purposes"], "cell")],
        [d.words["data_categories"], held or d.words["none_given"]],
        [d.words["data_subjects"], d.para(g["subjects"], "cell")],
        [d.words["controllers"], d.para(g["roles"], "cell")],
        [d.words["contact_point"], d.c.agreement.get("contact_point") or d.words["not_given"]],
        [d.words["retention"], d.para(fill(g["retention"], values), "cell")],
    ]
    return [data_table([], rows, [55, 202], d.styles, notes)]


def _h_grid(d: Draft, notes: Notes) -> list:
    grid = d.c.financing_grid()
    if not grid:
        return [d.para(d.w("no_grid"))]
    return grid_story(d, grid, notes)


_ANNEXES = {
    "A": _a_parties,
    "B": _b_resources,
    "C": _c_governance,
    "D": _d_budget,
    "E": _e_indicators,
    "F": _f_actions,
    "G": _g_data,
    "H": _h_grid,
}
