"""Step (c) Financing: funders, budget lines with coordination first, totals by year and kind."""

import pytest

from deseo_desktop.gui.design_session import DesignSession
from deseo_desktop.gui.editors.base import EditorContext
from deseo_desktop.gui.editors.financing_editor import FinancingEditor
from deseo_desktop.services import library, sections

CONTEXT = EditorContext("en", "EUR", 40, "new")


@pytest.fixture
def make_editor(app, db, qtbot):
    def make(design_id):
        session = DesignSession(db, design_id)
        editor = FinancingEditor(session, CONTEXT)
        qtbot.addWidget(editor)
        return editor

    return make


@pytest.fixture
def editor(db, make_editor):
    return make_editor(library.create_blank(db, library.NewDesign("T", "Place")))


def rows(editor, table="budget_line"):
    return sections.load_rows(editor.session.db, table, {"design_id": editor.session.design_id})


def col(model, name):
    return [c.name for c in model.columns].index(name)


def add_line(editor, category, year, amount, kind="cash", label=""):
    model = editor.budget_model
    editor.budget_section.add_button.click()
    row = model.rowCount() - 1
    for name, value in (
        ("category", category),
        ("label", label),
        ("year", year),
        ("amount_cents", amount),
        ("kind", kind),
    ):
        assert model.setData(model.index(row, col(model, name)), value), name
    return model.row_id(row)


def totals(editor) -> list[list[str]]:
    grid = editor.totals_grid
    return [
        [grid.itemAtPosition(r, c).widget().text() for c in range(4)]
        for r in range(grid.rowCount())
        if grid.itemAtPosition(r, 0) is not None
    ]


def test_funder_and_budget_line_with_money_typed_with_a_comma(editor):
    editor.funders_section.add_button.click()
    funders = editor.funders_model
    assert funders.setData(funders.index(0, col(funders, "name")), "Fondazione <Valdoria> & 🌍")
    assert funders.setData(funders.index(0, col(funders, "kind")), "foundation")
    [funder] = rows(editor, "funder")
    line = add_line(editor, "training", "2026", "1250,50", "in_kind", "Joint training")
    model = editor.budget_model
    assert model.setData(model.index(0, col(model, "funder_id")), funder["id"])
    [row] = rows(editor)
    assert (row["id"], row["category"], row["year"], row["amount_cents"], row["kind"]) == (
        line,
        "training",
        2026,
        125050,
        "in_kind",
    )
    assert row["funder_id"] == funder["id"]
    assert funder["name"] == "Fondazione <Valdoria> & 🌍" and funder["kind"] == "foundation"
    assert model.data(model.index(0, col(model, "amount_cents"))) == "€1,250.50"
    assert model.data(model.index(0, col(model, "funder_id"))) == "Fondazione <Valdoria> & 🌍"
    editor.session.undo_stack.undo()  # the funder
    editor.session.undo_stack.undo()  # in kind
    editor.session.undo_stack.undo()  # the amount
    [row] = rows(editor)
    assert (row["amount_cents"], row["kind"], row["funder_id"]) == (0, "cash", None)


def test_bad_amounts_are_refused_in_place(editor):
    add_line(editor, "other", "", "0")
    model = editor.budget_model
    amount = model.index(0, col(model, "amount_cents"))
    assert not model.setData(amount, "-5")
    assert "negative" in editor.budget_section.message_label.text()
    assert not model.setData(amount, "twelve")
    assert "number" in editor.budget_section.message_label.text()
    assert not model.setData(model.index(0, col(model, "year")), "2026.5")
    assert rows(editor)[0]["amount_cents"] == 0 and rows(editor)[0]["year"] is None


def test_coordination_button_puts_a_coordination_line_first(editor):
    add_line(editor, "training", "2027", "100")
    add_line(editor, "equipment", "2026", "200")
    assert not editor.coordination_label.isHidden()
    assert "coordination" in editor.coordination_label.text()
    before = [r["id"] for r in rows(editor)]
    steps = editor.session.undo_stack.count()
    editor.coordination_button.click()
    lines = rows(editor)
    assert [r["category"] for r in lines] == ["coordination", "training", "equipment"]
    assert lines[0]["year"] == 2026  # the budget's first year
    assert [r["position"] for r in lines] == [0, 1, 2]
    assert editor.coordination_label.isHidden()
    assert editor.budget_section.current_row() == 0
    assert editor.session.undo_stack.count() == steps + 1  # one step: added and moved
    editor.session.undo_stack.undo()
    assert [r["id"] for r in rows(editor)] == before
    assert not editor.coordination_label.isHidden()
    editor.session.undo_stack.redo()
    assert rows(editor)[0]["category"] == "coordination"


def test_coordination_not_first_is_pointed_out(editor):
    add_line(editor, "training", "2026", "100")
    add_line(editor, "coordination", "2026", "100")
    assert "top" in editor.coordination_label.text()
    editor.budget_section.select_row(1)
    editor.budget_section.up_button.click()
    assert editor.coordination_label.isHidden()


def test_totals_by_year_and_by_kind(editor):
    assert totals(editor)[1:] == [["All years", "€0.00", "€0.00", "€0.00"]]
    assert editor.totals_summary.text() == "No amounts yet."
    add_line(editor, "coordination", "2026", "1000")
    add_line(editor, "pooled_services", "2026", "500", "in_kind")
    add_line(editor, "evaluation", "2027", "200,25")
    add_line(editor, "other", "", "10")
    assert totals(editor) == [
        ["Year", "Cash", "In kind", "Total"],
        ["2026", "€1,000.00", "€500.00", "€1,500.00"],
        ["2027", "€200.25", "€0.00", "€200.25"],
        ["No year", "€10.00", "€0.00", "€10.00"],
        ["All years", "€1,210.25", "€500.00", "€1,710.25"],
    ]
    assert editor.totals_summary.text() == "The whole budget is €1,710.25, of which 29% in kind."
    editor.session.undo_stack.undo()  # the last line's amount
    assert totals(editor)[3] == ["No year", "€0.00", "€0.00", "€0.00"]


def test_the_example_design(db, make_editor):
    editor = make_editor(library.add_example(db))
    assert editor.funders_model.rowCount() == 3
    assert editor.budget_model.rowCount() == 7
    model = editor.budget_model
    assert model.data(model.index(0, col(model, "category"))) == "Coordination"
    assert model.data(model.index(0, col(model, "amount_cents"))) == "€24,000.00"
    assert model.data(model.index(0, col(model, "funder_id"))) == "Fondazione Cassa di Valdoria"
    funders = editor.funders_model
    assert funders.data(funders.index(0, col(funders, "actor_id"))) == "Province of Valdoria"
    assert editor.coordination_label.isHidden()
    assert totals(editor)[-1] == ["All years", "€140,000.00", "€47,000.00", "€187,000.00"]


def test_a_selected_line_stays_selected_while_editing(editor):
    add_line(editor, "training", "2026", "100")
    add_line(editor, "training", "2026", "200")
    editor.budget_section.select_row(1)
    model = editor.budget_model
    assert model.setData(model.index(1, col(model, "label")), "Courses")
    assert editor.budget_section.current_row() == 1
    editor.budget_section.remove_button.click()
    editor.session.undo_stack.undo()
    assert len(rows(editor)) == 2
