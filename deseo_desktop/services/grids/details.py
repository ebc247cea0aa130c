"""The small pieces of a grid: one answer's edit, descriptors per score level, and what looks
wrong in a grid's structure (codes and figures for the page to put in words)."""

import json
from dataclasses import dataclass, field
from typing import Any

from ..database import Database
from ..design_data import Rows
from ..edits import FieldEdit, RowDelete, RowInsert
from ..sections import new_row

# The column each answer table holds the answer in (a row exists only once answered).
ANSWER_COLUMN = {"gate_answer": "passed", "score": "score", "bonus_award": "points"}


# --- scoring ---------------------------------------------------------------------------------


def answer_edit(
    db: Database, table: str, existing: dict[str, Any] | None, keys: dict[str, str], value
) -> FieldEdit | RowInsert | RowDelete | None:
    """The edit that records one answer: a gate's yes/no, a score, a bonus's points.

    None (blank) removes the answer's row, since a blank is no answer at all (not a 0 and not a
    "no"); the row's note goes with it and comes back on undo. None when nothing changes.
    """
    column = ANSWER_COLUMN[table]
    if value is None:
        return RowDelete(table, existing["id"]) if existing else None
    if existing is None:
        return new_row(db, table, keys, **{column: value})
    if existing[column] == value:
        return None
    return FieldEdit(table, existing["id"], column, value)


# --- descriptors per score level ----------------------------------------------------------------


def parse_descriptors(text: str | None) -> dict[str, dict[str, str]]:
    """{language: {level: text}} from the stored JSON; {} for anything unreadable."""
    try:
        data = json.loads(text or "{}")
    except ValueError:
        return {}
    if not isinstance(data, dict):
        return {}
    return {
        lang: {str(k): str(v) for k, v in texts.items() if v}
        for lang, texts in data.items()
        if isinstance(texts, dict)
    }


def descriptors_in(text: str | None, language: str) -> dict[str, str]:
    """The descriptors in `language`, else English, else the first language the grid has."""
    data = parse_descriptors(text)
    for lang in (language, "en", *data):
        if data.get(lang):
            return data[lang]
    return {}


def with_descriptor(text: str | None, language: str, level: int | str, value: str) -> str:
    """The JSON with one level's descriptor set in `language` (blank removes it).

    A language the grid has no descriptors in starts from the ones shown (English or the first),
    so writing one level in French does not leave the other levels blank.
    """
    data = parse_descriptors(text)
    texts = dict(data.get(language) or descriptors_in(text, language))
    if value.strip():
        texts[str(level)] = value.strip()
    else:
        texts.pop(str(level), None)
    data[language] = texts
    data = {lang: t for lang, t in data.items() if t}
    return json.dumps(data, ensure_ascii=False, sort_keys=True) if data else ""


# --- what looks wrong in a grid's structure ------------------------------------------------------


@dataclass(frozen=True)
class Note:
    code: str
    params: dict[str, Any] = field(default_factory=dict)


def structure_notes(rows: Rows) -> list[Note]:
    """Inconsistencies a grid's author should see (codes and figures, never words).

    - sub_criteria_sum [code, sum, maximum]: a criterion's sub-criteria do not add up to it
    - criteria_sum [sum, cap]: the criteria's maxima do not add up to the total's cap
    - no_gender_criterion [code]: no criterion has the gender-equality criterion's code
    - no_criteria
    """
    (grid,) = rows["financing_grid"]
    criteria = rows.get("grid_criterion", [])
    if not criteria:
        return [Note("no_criteria")]
    notes = []
    for c in criteria:
        total = sum(
            s["max_points"] or 0
            for s in rows.get("grid_sub_criterion", [])
            if s["criterion_id"] == c["id"]
        )
        if total != (c["max_points"] or 0):
            notes.append(
                Note(
                    "sub_criteria_sum",
                    {"code": c["code"], "sum": total, "maximum": c["max_points"] or 0},
                )
            )
    total = sum(c["max_points"] or 0 for c in criteria)
    if total != grid["total_cap"]:
        notes.append(Note("criteria_sum", {"sum": total, "cap": grid["total_cap"]}))
    if not any(c["code"] == grid["gender_criterion_code"] for c in criteria):
        notes.append(Note("no_gender_criterion", {"code": grid["gender_criterion_code"]}))
    return notes
