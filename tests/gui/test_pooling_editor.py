"""Step (a) Pooling: resources, who contributes and uses them, skill exchanges, long texts."""

import pytest

from deseo_desktop.gui.design_session import DesignSession
from deseo_desktop.gui.editors.base import EditorContext
from deseo_desktop.gui.editors.pooling_editor import PoolingEditor
from deseo_desktop.services import library, sections


def _editor(qtbot, session) -> PoolingEditor:
    editor = PoolingEditor(session, EditorContext("en", "EUR", 40, "new"))
    qtbot.addWidget(editor)
    return editor


def _column(section, name: str) -> int:
    return [c.name for c in section.model.columns].index(name)


def _set(section, row: int, name: str, value) -> bool:
    model = section.model
    return model.setData(model.index(row, _column(section, name)), value)


def _rows(session, table: str, where: dict) -> list[dict]:
    return sections.load_rows(session.db, table, where)


@pytest.fixture
def blank(app, db):
    """A blank design with two actors."""
    session = DesignSession(db, library.create_blank(db, library.NewDesign("T", "Place")))
    for name in ("Coop Aurora", "Comune di San Vito"):
        edit = sections.new_row(db, "actor", {"design_id": session.design_id}, name=name)
        session.push(edit, "Add actor")
    session.undo_stack.clear()
    return session


@pytest.fixture
def example(app, db):
    return DesignSession(db, library.add_example(db))


def test_add_resource_contribution_use_and_exchange(qtbot, blank):
    editor = _editor(qtbot, blank)
    aurora, comune = (a for a, _ in sections.actor_names(blank.db, blank.design_id))
    assert not editor.contributions.add_button.isEnabled()  # no resource selected yet
    editor.resources.add_button.click()
    assert _set(editor.resources, 0, "name", "Crèche <partagée> & 🌍")
    assert _set(editor.resources, 0, "category", "childcare")
    [resource] = _rows(blank, "pooled_resource", {"design_id": blank.design_id})
    assert (resource["name"], resource["category"]) == ("Crèche <partagée> & 🌍", "childcare")
    assert editor.resource_id == resource["id"]
    assert "Crèche" in editor.selected_label.text()

    editor.contributions.add_button.click()
    assert _set(editor.contributions, 0, "actor_id", comune)
    assert _set(editor.contributions, 0, "kind", "cash")
    assert _set(editor.contributions, 0, "value_cents", "1250,50")
    assert _set(editor.contributions, 0, "unit", "m² per year")
    [contribution] = _rows(blank, "contribution", {"resource_id": resource["id"]})
    assert contribution["actor_id"] == comune
    assert (contribution["kind"], contribution["value_cents"]) == ("cash", 125050)
    assert contribution["unit"] == "m² per year"
    assert "€1,250.50" in editor.total_label.text()
    assert "€1,250.50 in cash" in editor.total_label.text()

    editor.uses.add_button.click()
    assert _set(editor.uses, 0, "users_women", "14")
    assert _set(editor.uses, 0, "users_men", "3")
    [use] = _rows(blank, "resource_use", {"resource_id": resource["id"]})
    assert (use["actor_id"], use["users_women"], use["users_men"]) == (aurora, 14, 3)

    editor.exchanges.add_button.click()
    assert _set(editor.exchanges, 0, "provider_id", aurora)
    assert _set(editor.exchanges, 0, "recipient_id", comune)
    assert _set(editor.exchanges, 0, "kind", "job_shadowing")
    assert _set(editor.exchanges, 0, "hours", "12")
    assert _set(editor.exchanges, 0, "participants_women", "5")
    [exchange] = _rows(blank, "skill_exchange", {"design_id": blank.design_id})
    assert (exchange["provider_id"], exchange["recipient_id"]) == (aurora, comune)
    assert (exchange["kind"], exchange["hours"], exchange["participants_women"]) == (
        "job_shadowing",
        12,
        5,
    )

    for _ in range(6):  # the exchange and its five values
        blank.undo_stack.undo()
    assert _rows(blank, "skill_exchange", {"design_id": blank.design_id}) == []
    for _ in range(3):  # the use and its two counts
        blank.undo_stack.undo()
    assert _rows(blank, "resource_use", {"resource_id": resource["id"]}) == []
    blank.undo_stack.undo()  # the unit
    blank.undo_stack.undo()  # the value
    assert _rows(blank, "contribution", {"resource_id": resource["id"]})[0]["value_cents"] == 0
    assert "€0.00" in editor.total_label.text()
    while blank.undo_stack.canUndo():
        blank.undo_stack.undo()
    assert _rows(blank, "pooled_resource", {"design_id": blank.design_id}) == []
    assert editor.resource_id == "" and editor.contributions.model.rowCount() == 0
    assert not editor.form.isEnabled()


def test_switching_the_resource_switches_the_details(qtbot, example):
    editor = _editor(qtbot, example)
    resources = _rows(example, "pooled_resource", {"design_id": example.design_id})
    for row in (1, 3, 0):
        editor.resources.select_row(row)
        resource = resources[row]
        assert editor.resource_id == resource["id"]
        shown = {r["id"] for r in editor.contributions.model.rows}
        assert shown == {
            r["id"] for r in _rows(example, "contribution", {"resource_id": resource["id"]})
        }
        shown = {r["id"] for r in editor.uses.model.rows}
        assert shown == {
            r["id"] for r in _rows(example, "resource_use", {"resource_id": resource["id"]})
        }
        assert editor.form.edits["description"].toPlainText() == resource["description"]
        assert editor.form.edits["cost_sharing"].toPlainText() == resource["cost_sharing"]
        assert resource["name"] in editor.selected_label.text()
    # editing a resource's name reloads the table, and the selection stays where it was
    assert _set(editor.resources, 0, "name", "Nido condiviso")
    assert editor.resources.current_row() == 0 and editor.resource_id == resources[0]["id"]
    assert "Nido condiviso" in editor.selected_label.text()


def test_long_text_is_saved_from_the_form(qtbot, example):
    editor = _editor(qtbot, example)
    first, second = _rows(example, "pooled_resource", {"design_id": example.design_id})[:2]
    benefit = editor.form.edits["equality_benefit"]
    benefit.setPlainText("Fathers use it too — 4 <so far> & counting 👶\nSecond line.")
    qtbot.waitUntil(
        lambda: sections.load_row(example.db, "pooled_resource", first["id"])[
            "equality_benefit"
        ].startswith("Fathers"),
        timeout=3000,
    )
    # typed, then straight to another resource before the pause: it belongs to the first
    editor.form.edits["access_rules"].setPlainText("Staff of any member")
    editor.resources.select_row(1)
    stored = sections.load_row(example.db, "pooled_resource", first["id"])
    assert stored["access_rules"] == "Staff of any member"
    assert (
        stored["equality_benefit"] == "Fathers use it too — 4 <so far> & counting 👶\nSecond line."
    )
    assert editor.form.edits["access_rules"].toPlainText() == second["access_rules"]
    assert sections.load_row(example.db, "pooled_resource", second["id"]) == second
    example.undo_stack.undo()
    example.undo_stack.undo()
    stored = sections.load_row(example.db, "pooled_resource", first["id"])
    assert (stored["access_rules"], stored["equality_benefit"]) == (
        first["access_rules"],
        first["equality_benefit"],
    )


def test_bad_values_are_refused_in_place(qtbot, example):
    editor = _editor(qtbot, example)
    contributions, uses, exchanges = editor.contributions, editor.uses, editor.exchanges
    before = dict(contributions.model.rows[0])
    assert not _set(contributions, 0, "value_cents", "abc")
    assert "number" in contributions.message_label.text()
    assert not _set(contributions, 0, "value_cents", "-5")
    assert "negative" in contributions.message_label.text()
    assert not _set(contributions, 0, "actor_id", "")
    assert "organisation" in contributions.message_label.text()
    assert sections.load_row(example.db, "contribution", before["id"]) == before
    assert not _set(uses, 0, "users_women", "-3")
    assert "negative" in uses.message_label.text()
    assert not _set(uses, 0, "users_men", "three")
    assert "whole number" in uses.message_label.text()
    assert not _set(exchanges, 0, "hours", "-1")
    assert not _set(exchanges, 0, "participants_men", "2.5")
    assert "whole number" in exchanges.message_label.text()
    assert example.undo_stack.count() == 0


def test_a_design_with_no_actors_cannot_get_contributions(qtbot, app, db):
    session = DesignSession(db, library.create_blank(db, library.NewDesign("T", "Place")))
    editor = _editor(qtbot, session)
    editor.resources.add_button.click()
    editor.contributions.add_button.click()
    assert "Actors step" in editor.contributions.message_label.text()
    assert editor.contributions.model.rowCount() == 0


def test_removing_a_resource_and_undoing_brings_back_its_rows(qtbot, example):
    editor = _editor(qtbot, example)
    resource_id = editor.resource_id
    contributions = _rows(example, "contribution", {"resource_id": resource_id})
    uses = _rows(example, "resource_use", {"resource_id": resource_id})
    editor.resources.remove_button.click()
    assert _rows(example, "contribution", {"resource_id": resource_id}) == []
    assert editor.resource_id != resource_id  # the next resource is selected
    example.undo_stack.undo()
    assert _rows(example, "contribution", {"resource_id": resource_id}) == contributions
    assert _rows(example, "resource_use", {"resource_id": resource_id}) == uses
    editor.resources.select_id(resource_id)
    assert {r["id"] for r in editor.contributions.model.rows} == {r["id"] for r in contributions}


def test_opens_on_the_example_design(qtbot, example):
    editor = _editor(qtbot, example)
    editor.resize(1280, 800)
    editor.show()
    resources = _rows(example, "pooled_resource", {"design_id": example.design_id})
    assert editor.resources.model.rowCount() == len(resources) >= 5
    model = editor.resources.model
    assert [model.data(model.index(r, 0)) for r in range(model.rowCount())] == [
        r["name"] for r in resources
    ]
    assert model.data(model.index(0, 1)) == "Childcare"
    assert editor.resources.table.isVisible()
    assert editor.contributions.model.rowCount() == 3
    assert "€85,000.00" in editor.total_label.text()  # 18,000 + 42,000 in kind, 25,000 cash
    assert "€25,000.00 in cash" in editor.total_label.text()
    assert editor.exchanges.model.rowCount() == 4
    assert editor.form.isEnabled() and editor.form.edits["description"].toPlainText()
    assert editor.title() == "(a) Pooling"


def test_saving_one_box_keeps_what_is_being_typed_in_another(qtbot, example):
    editor = _editor(qtbot, example)
    resource_id = editor.resource_id
    description, benefit = editor.form.edits["description"], editor.form.edits["equality_benefit"]
    description.setPlainText("Nido aziendale")
    benefit.setPlainText("Turni pieni per le educatrici")  # still waiting for its pause
    editor.form.binder.bindings[0].commit()  # the description's pause comes first
    assert benefit.toPlainText() == "Turni pieni per le educatrici"
    editor.flush()
    stored = sections.load_row(example.db, "pooled_resource", resource_id)
    assert (stored["description"], stored["equality_benefit"]) == (
        "Nido aziendale",
        "Turni pieni per le educatrici",
    )
