"""Financing grids: the design's grid from the default, the library's grids saved and copied,
replacement undone with every id back, answers as edits, descriptors and structure notes."""

import json
from fractions import Fraction

import pytest

from deseo_desktop.rules import scoring
from deseo_desktop.services import edits, grids, library, sections
from deseo_desktop.services.design_data import dump_design


def _dump(db, design_id):
    with db.session() as s:
        rows = dump_design(s.connection(), design_id)
    for table in rows.values():
        for row in table:
            row.pop("updated_at", None)
    rows["design"][0].pop("edit_count")
    rows["design"][0].pop("updated_at", None)
    return {t: sorted(r, key=lambda row: row["id"]) for t, r in rows.items()}


GRID_KEYS = (
    "name",
    "threshold",
    "gender_criterion_code",
    "gender_minimum",
    "bonus_cap",
    "total_cap",
    "score_levels",
    "descriptors",
)


def _structure(rows):
    """A grid's structure without ids: what a copy must keep."""
    (grid,) = rows["financing_grid"]
    criteria = {c["id"]: c["code"] for c in rows["grid_criterion"]}
    return {
        "grid": {k: grid[k] for k in GRID_KEYS},
        "gates": sorted((g["position"], g["code"], g["text"]) for g in rows["grid_gate"]),
        "criteria": sorted((c["code"], c["name"], c["max_points"]) for c in rows["grid_criterion"]),
        "subs": sorted(
            (criteria[s["criterion_id"]], s["code"], s["name"], s["max_points"])
            for s in rows["grid_sub_criterion"]
        ),
        "bonuses": sorted((b["code"], b["name"], b["max_points"]) for b in rows["grid_bonus"]),
    }


def _verdict(db, grid_id):
    rows = grids.load_grid(db, grid_id)
    grid = scoring.grid_from_rows(rows, grid_id)
    return scoring.score_grid(grid, scoring.assessments_from_rows(rows, grid))


@pytest.fixture
def blank(db):
    return library.create_blank(db, library.NewDesign("Blank", "Valdoria"))


# --- the design's grid ------------------------------------------------------------------------


def test_a_design_without_a_grid_gets_the_default_one_once(db, blank):
    assert grids.design_grid_id(db, blank) is None
    grid_id = grids.ensure_design_grid(db, blank)
    assert grids.ensure_design_grid(db, blank) == grid_id
    rows = grids.load_grid(db, grid_id)
    assert rows["financing_grid"][0]["design_id"] == blank
    assert _structure(rows) == _structure(grids.default_grid_rows())
    assert len(rows["grid_sub_criterion"]) == 17 and rows["assessor"] == []
    result = _verdict(db, grid_id)
    assert result.verdict == "not_assessed" and result.reasons[0].code == "no_assessors"


def test_starting_from_the_default_grid_is_one_undoable_edit(db, blank):
    edit = grids.use_default_grid(blank)
    edits.apply(db, blank, edit)
    assert grids.design_grid_id(db, blank) == edit.grid_id
    edits.revert(db, blank, edit)
    assert grids.design_grid_id(db, blank) is None
    assert _dump(db, blank)["grid_gate"] == []
    edits.apply(db, blank, edit)  # redo: the same ids again
    assert grids.design_grid_id(db, blank) == edit.grid_id


# --- the library ------------------------------------------------------------------------------


def test_saving_to_the_library_copies_the_structure_but_no_assessment(db):
    example = library.add_example(db)
    before = _dump(db, example)
    grid_id = grids.design_grid_id(db, example)
    saved = grids.save_to_library(db, grid_id, "  Valdoria fund 2026 ")
    (entry,) = grids.library_grids(db)
    assert (entry.id, entry.name, entry.authority) == (
        saved,
        "Valdoria fund 2026",
        "Province of Valdoria",
    )
    assert (entry.gates, entry.criteria, entry.bonuses, entry.threshold) == (6, 7, 2, 60)
    rows = grids.load_grid(db, saved)
    assert rows["financing_grid"][0]["design_id"] is None
    assert rows["assessor"] == [] and rows["score"] == []
    original = _structure(grids.load_grid(db, grid_id))
    original["grid"]["name"] = "Valdoria fund 2026"
    assert _structure(rows) == original
    assert _dump(db, example) == before  # the design is untouched, the library grid not in it


def test_copying_a_library_grid_replaces_the_designs_grid_and_undo_restores_it(db):
    example = library.add_example(db)
    before = _dump(db, example)
    old_grid = grids.design_grid_id(db, example)
    saved = grids.save_to_library(db, old_grid, "Fund")
    edit = grids.use_library_grid(db, example, saved)
    edits.apply(db, example, edit)

    after = _dump(db, example)
    (grid,) = after["financing_grid"]
    assert grid["id"] == edit.grid_id != old_grid and grid["source_grid_id"] == saved
    assert after["assessor"] == after["score"] == after["gate_answer"] == []
    assert _structure(grids.load_grid(db, grid["id"])) == _structure(grids.load_grid(db, saved))
    assert _verdict(db, grid["id"]).verdict == "not_assessed"

    edits.revert(db, example, edit)
    assert _dump(db, example) == before  # assessors, answers and scores back with their ids
    assert _verdict(db, old_grid).verdict == "funded"
    edits.apply(db, example, edit)  # redo
    assert grids.design_grid_id(db, example) == edit.grid_id


def test_a_copy_is_independent_of_the_library_grid(db, blank):
    grid_id = grids.ensure_design_grid(db, blank)
    saved = grids.save_to_library(db, grid_id, "Mine")
    copy = grids.use_library_grid(db, blank, saved)
    edits.apply(db, blank, copy)
    edits.apply(db, blank, edits.FieldEdit("financing_grid", copy.grid_id, "threshold", 70))
    assert grids.library_grids(db)[0].threshold == 60
    grids.delete_library_grid(db, saved)
    assert grids.library_grids(db) == []
    assert grids.load_grid(db, copy.grid_id)["financing_grid"][0]["threshold"] == 70


def test_deleting_from_the_library_never_deletes_a_designs_grid(db, blank):
    grid_id = grids.ensure_design_grid(db, blank)
    grids.delete_library_grid(db, grid_id)
    assert grids.design_grid_id(db, blank) == grid_id


def test_an_unknown_library_grid_is_refused(db, blank):
    with pytest.raises(KeyError):
        grids.use_library_grid(db, blank, "no-such-grid")


# --- answers ----------------------------------------------------------------------------------


def test_answers_are_inserted_changed_and_removed_as_edits(db, blank):
    grid_id = grids.ensure_design_grid(db, blank)
    rows = grids.load_grid(db, grid_id)
    assessor = sections.new_row(db, "assessor", {"grid_id": grid_id}, name="Ada")
    edits.apply(db, blank, assessor)
    aid = assessor.values["id"]
    sub = next(s for s in rows["grid_sub_criterion"] if s["code"] == "1.1")  # maximum 8
    keys = {"assessor_id": aid, "sub_criterion_id": sub["id"]}

    def stored():
        return {r["sub_criterion_id"]: r for r in grids.load_answers(db, [aid])["score"]}

    insert = grids.answer_edit(db, "score", None, keys, 3)
    assert isinstance(insert, edits.RowInsert)
    edits.apply(db, blank, insert)
    assert stored()[sub["id"]]["score"] == 3
    assert grids.answer_edit(db, "score", stored()[sub["id"]], keys, 3) is None
    change = grids.answer_edit(db, "score", stored()[sub["id"]], keys, 5)
    edits.apply(db, blank, change)
    assert _verdict(db, grid_id).criteria[0].subs[0].sub.id == sub["id"]
    assert _verdict(db, grid_id).criteria[0].subs[0].points == 8
    remove = grids.answer_edit(db, "score", stored()[sub["id"]], keys, None)
    edits.apply(db, blank, remove)
    assert sub["id"] not in stored()
    edits.revert(db, blank, remove)
    assert stored()[sub["id"]]["score"] == 5
    assert grids.answer_edit(db, "gate_answer", None, {"assessor_id": aid}, None) is None


def test_one_no_at_a_gate_through_the_edits_gives_the_reason(db):
    example = library.add_example(db)
    grid_id = grids.design_grid_id(db, example)
    rows = grids.load_grid(db, grid_id)
    second = rows["assessor"][1]
    gate = next(g for g in rows["grid_gate"] if g["code"] == "G4")
    answer = next(
        a
        for a in rows["gate_answer"]
        if a["assessor_id"] == second["id"] and a["gate_id"] == gate["id"]
    )
    keys = {"assessor_id": second["id"], "gate_id": gate["id"]}
    edits.apply(db, example, grids.answer_edit(db, "gate_answer", answer, keys, False))
    result = _verdict(db, grid_id)
    assert result.verdict == "not_funded"
    (reason,) = result.reasons
    assert reason.code == "gate_failed"
    assert reason.params["code"] == "G4" and reason.params["failed_by"] == ("Stefano Gatti",)
    assert result.total == Fraction(778, 10)  # the score stands; the gate alone stops it


# --- descriptors and notes --------------------------------------------------------------------


def test_descriptors_fall_back_and_a_new_language_starts_from_the_shown_words():
    stored = json.dumps({"en": {"0": "absent", "5": "specific"}})
    assert grids.descriptors_in(stored, "fr") == {"0": "absent", "5": "specific"}
    changed = grids.with_descriptor(stored, "fr", 5, " précis, daté ")
    data = json.loads(changed)
    assert data["fr"] == {"0": "absent", "5": "précis, daté"} and data["en"]["5"] == "specific"
    assert grids.with_descriptor("", "en", 3, "described") == '{"en": {"3": "described"}}'
    assert grids.with_descriptor('{"en": {"3": "described"}}', "en", 3, "  ") == ""
    assert grids.descriptors_in("not json", "en") == {} and grids.parse_descriptors("[1]") == {}


def test_structure_notes_name_what_does_not_add_up():
    rows = grids.default_grid_rows()
    assert grids.structure_notes(rows) == []
    rows = json.loads(json.dumps(rows))
    rows["grid_sub_criterion"][0]["max_points"] = 10  # 1.1: 8 -> 10, criterion 1 still 15
    rows["financing_grid"][0]["gender_criterion_code"] = "9"
    codes = [(n.code, n.params) for n in grids.structure_notes(rows)]
    assert codes == [
        ("sub_criteria_sum", {"code": "1", "sum": 17, "maximum": 15}),
        ("no_gender_criterion", {"code": "9"}),
    ]
    rows["grid_criterion"][0]["max_points"] = 17
    assert grids.structure_notes(rows)[0] == grids.Note("criteria_sum", {"sum": 102, "cap": 100})
    rows["grid_criterion"] = []
    assert [n.code for n in grids.structure_notes(rows)] == ["no_criteria"]
