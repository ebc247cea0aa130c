"""Annex H: the financing scoring grid, with the assessors' means and the verdict when scored."""

from fractions import Fraction

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from deseo_desktop.rules import scoring

from .pdf_draft import Draft
from .pdf_page import markup
from .pdf_tables import Notes, data_table


def grid_story(d: Draft, grid_row: dict, notes: Notes) -> list:
    grid = scoring.grid_from_rows(d.c.rows, grid_row["id"])
    assessments = scoring.assessments_from_rows(d.c.rows, grid)
    result = scoring.score_grid(grid, assessments)
    story = [d.user(grid.name, "h3")]
    if assessments:
        names = ", ".join(a.name for a in assessments if a.name)
        story.append(
            d.para(
                f"{d.w('assessors')}{d.colon}{markup(names or d.number(len(assessments)))}", "small"
            )
        )
    story.append(Spacer(1, 2 * mm))
    status = {"passed": d.yes_no(True), "failed": d.yes_no(False), "not_assessed": "—"}
    if result.gates:
        rows = [[g.gate.code, g.gate.text, status[g.status]] for g in result.gates]
        headers = [d.field("code"), d.field("text"), d.words["eligible"]]
        story += [data_table(headers, rows, [20, 207, 30], d.styles, notes), Spacer(1, 4 * mm)]
    rows = []
    for c in result.criteria:
        rows.append(
            _bold(
                d,
                [
                    c.criterion.code,
                    c.criterion.name,
                    _n(d, c.criterion.max_points),
                    "",
                    _n(d, c.points),
                ],
            )
        )
        for s in c.subs:
            mean = _n(d, s.mean) if s.mean is not None else "—"
            rows.append([s.sub.code, s.sub.name, _n(d, s.sub.max_points), mean, _n(d, s.points)])
    for b in result.bonuses:
        mean = _n(d, b.mean) if b.mean is not None else "—"
        rows.append(
            [
                b.bonus.code,
                f"{d.words['bonus']}{d.colon}{b.bonus.name}",
                _n(d, b.bonus.max_points),
                mean,
                _n(d, b.points),
            ]
        )
    rows.append(
        _bold(d, ["", d.words["total"], _n(d, grid.total_cap), "", _n(d, result.rounded_total)])
    )
    headers = [
        d.field("code"),
        d.field("criterion"),
        d.words["maximum"],
        d.words["mean_score"],
        d.words["points"],
    ]
    story += [data_table(headers, rows, [20, 167, 22, 24, 24], d.styles, notes), Spacer(1, 4 * mm)]
    story.append(d.para(f"<b>{d.w('verdict')}{d.colon}{markup(_verdict(d, result))}</b>"))
    story += [d.bullet(markup(text)) for text in _reasons(d, result)]
    gender = f"{_n(d, grid.gender_minimum)} ({markup(grid.gender_criterion_code)})"
    threshold = f"{d.w('threshold')}{d.colon}{_n(d, grid.threshold)}"
    limits = f"{threshold} · {d.w('gender_minimum')}{d.colon}{gender}"
    story.append(d.para(limits, "small"))
    return story


def _n(d: Draft, value) -> str:
    """A figure as the language writes it; exact fractions shown to one decimal."""
    if value is None:
        return ""
    if isinstance(value, Fraction):
        value = scoring.round_half_away(value)
    return d.number(value)


def _bold(d: Draft, cells: list[str]) -> list:
    return [d.para(f"<b>{markup(str(c))}</b>", "cell") for c in cells]


def _verdict(d: Draft, result: scoring.Result) -> str:
    return {"funded": d.words["funded"], "not_funded": d.words["not_funded"]}.get(
        result.verdict, d.words["no_assessment"]
    )


def _reasons(d: Draft, result: scoring.Result) -> list[str]:
    out = []
    for r in result.reasons:
        p = r.params
        if r.code == "gate_failed":
            out.append(d.words["gate_failed"].format(code=p["code"]))
        elif r.code == "below_threshold":
            out.append(
                d.words["below_funding_threshold"].format(
                    total=_n(d, p["total"]), threshold=_n(d, p["threshold"])
                )
            )
        elif r.code == "below_gender_minimum":
            out.append(
                d.words["below_gender_minimum"].format(
                    code=p["code"], points=_n(d, p["points"]), minimum=_n(d, p["minimum"])
                )
            )
    return out
