"""Annex H: the financing scoring grid, with the assessors' means and the verdict when scored."""

from .pdf_draft import Draft
from .pdf_tables import Notes, data_table


def grid_story(d: Draft, grid: dict, notes: Notes) -> list:
    story = [d.user(grid.get("name") or "", "h3")]
    gates = [g for g in d.c.table("grid_gate") if g["grid_id"] == grid["id"]]
    if gates:
        rows = [[g["code"], g.get("text") or ""] for g in gates]
        story.append(
            data_table([d.field("code"), d.field("text")], rows, [20, 237], d.styles, notes)
        )
    criteria = [c for c in d.c.table("grid_criterion") if c["grid_id"] == grid["id"]]
    subs = d.c.table("grid_sub_criterion")
    rows = []
    for c in criteria:
        rows.append([c["code"], c.get("name") or "", d.number(c.get("max_points") or 0)])
        for s in subs:
            if s["criterion_id"] == c["id"]:
                rows.append([s["code"], s.get("name") or "", d.number(s.get("max_points") or 0)])
    if rows:
        headers = [d.field("code"), d.field("criterion"), d.words["maximum"]]
        story.append(data_table(headers, rows, [20, 207, 30], d.styles, notes))
    return story
