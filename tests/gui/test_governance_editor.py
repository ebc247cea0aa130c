"""Step Governance: bodies, their seats with a live balance meter, management systems."""

import pytest

from deseo_desktop.gui.design_session import DesignSession
from deseo_desktop.gui.editors.base import EditorContext
from deseo_desktop.gui.editors.governance_editor import GovernanceEditor
from deseo_desktop.services import library, sections


def _editor(qtbot, session, threshold=40) -> GovernanceEditor:
    editor = GovernanceEditor(session, EditorContext("en", "EUR", threshold, "new"))
    qtbot.addWidget(editor)
    return editor


def _set(section, row: int, name: str, value) -> bool:
    column = [c.name for c in section.model.columns].index(name)
    return section.model.setData(section.model.index(row, column), value)


def _rows(session, table: str, where: dict) -> list[dict]:
    return sections.load_rows(session.db, table, where)


def _bodies(session) -> list[dict]:
    return _rows(session, "governance_body", {"design_id": session.design_id})


@pytest.fixture
def blank(app, db):
    session = DesignSession(db, library.create_blank(db, library.NewDesign("T", "Place")))
    for name in ("Coop Aurora", "Comune di San Vito"):
        session.push(sections.new_row(db, "actor", {"design_id": session.design_id}, name=name), "")
    session.undo_stack.clear()
    return session


@pytest.fixture
def example(app, db):
    return DesignSession(db, library.add_example(db))


def test_seats_move_the_meter_as_they_change(qtbot, blank):
    editor = _editor(qtbot, blank)
    aurora, _comune = (a for a, _ in sections.actor_names(blank.db, blank.design_id))
    assert "No figures yet" in editor.body_meter.text.text()
    assert not editor.seats.add_button.isEnabled()  # no body yet
    editor.bodies.add_button.click()
    assert _set(editor.bodies, 0, "name", "Comitato di pilotaggio <CdP> & 🌍")
    assert _set(editor.bodies, 0, "kind", "steering_committee")
    assert _set(editor.bodies, 0, "meetings_per_year", "10")
    [body] = _bodies(blank)
    assert (body["name"], body["kind"], body["meetings_per_year"]) == (
        "Comitato di pilotaggio <CdP> & 🌍",
        "steering_committee",
        10,
    )
    for holder, sex in (("Elena", "woman"), ("Marco", "man"), ("Paolo", "man")):
        editor.seats.add_button.click()
        row = editor.seats.model.rowCount() - 1
        assert _set(editor.seats, row, "holder", holder)
        assert _set(editor.seats, row, "sex", sex)
    assert _set(editor.seats, 0, "actor_id", aurora)
    assert _set(editor.seats, 0, "role", "chair")
    assert "Women 33% · Men 67% — too few women (under 40%)" in editor.body_meter.text.text()
    assert "too few women" in editor.all_meter.text.text()
    seats = _rows(blank, "seat", {"body_id": body["id"]})
    assert [(s["holder"], s["sex"]) for s in seats] == [
        ("Elena", "woman"),
        ("Marco", "man"),
        ("Paolo", "man"),
    ]
    assert (seats[0]["actor_id"], seats[0]["role"]) == (aurora, "chair")
    assert _set(editor.seats, 2, "sex", "woman")  # Paolo's seat goes to Paola
    assert "Women 67% · Men 33% — too few men (under 40%)" in editor.body_meter.text.text()
    assert _set(editor.seats, 1, "sex", "not_stated")
    assert "Women 100% · Men 0% — too few men" in editor.body_meter.text.text()
    assert "1 not stated" in editor.body_meter.text.text()
    blank.undo_stack.undo()
    blank.undo_stack.undo()
    assert "too few women" in editor.body_meter.text.text()
    assert "too few women" in editor.all_meter.text.text()


def test_a_body_at_the_threshold_is_balanced_and_the_threshold_is_the_designs(qtbot, example):
    editor = _editor(qtbot, example)
    assert "balanced" in editor.body_meter.text.text()  # the assembly: 5 women, 5 men
    strict = _editor(qtbot, example, threshold=50)
    assert _set(strict.seats, 0, "sex", "man")  # 4 women, 6 men
    assert "too few women (under 50%)" in strict.body_meter.text.text()
    assert "too few women (under 40%)" not in editor.body_meter.text.text()
    assert "balanced" in editor.body_meter.text.text()  # 40% is enough at 40


def test_switching_the_body_switches_its_seats_and_rules(qtbot, example):
    editor = _editor(qtbot, example)
    bodies = _bodies(example)
    for row in (1, 0):
        editor.bodies.select_row(row)
        body = bodies[row]
        seats = _rows(example, "seat", {"body_id": body["id"]})
        assert [s["id"] for s in editor.seats.model.rows] == [s["id"] for s in seats]
        assert editor.form.edits["decision_rule"].toPlainText() == body["decision_rule"]
        assert editor.form.edits["quorum"].toPlainText() == body["quorum"]
        assert body["name"] in editor.selected_label.text()
    all_seats = sum(len(_rows(example, "seat", {"body_id": b["id"]})) for b in bodies)
    women = sum(
        s["sex"] == "woman" for b in bodies for s in _rows(example, "seat", {"body_id": b["id"]})
    )
    share = round(100 * women / all_seats)
    assert f"Women {share}%" in editor.all_meter.text.text()


def test_decision_rule_is_saved_from_the_form(qtbot, example):
    editor = _editor(qtbot, example)
    editor.show()
    body = _bodies(example)[0]
    rule = editor.form.edits["decision_rule"]
    rule.setPlainText("")
    rule.insertPlainText("Two thirds — «maggioranza qualificata» <2/3> & 🗳")
    editor.flush()
    stored = sections.load_row(example.db, "governance_body", body["id"])
    assert stored["decision_rule"] == "Two thirds — «maggioranza qualificata» <2/3> & 🗳"
    example.undo_stack.undo()
    stored = sections.load_row(example.db, "governance_body", body["id"])
    assert stored["decision_rule"] == body["decision_rule"]
    assert rule.toPlainText() == body["decision_rule"]


def test_deleting_a_body_and_undoing_brings_back_its_seats(qtbot, example):
    editor = _editor(qtbot, example)
    body = _bodies(example)[0]
    assert editor.body_id == body["id"]
    assert _set(editor.seats, 9, "sex", "not_stated")  # so that the total shows the assembly
    seats = _rows(example, "seat", {"body_id": body["id"]})
    assert len(seats) == 10
    assert "(1 not stated)" in editor.all_meter.text.text()
    all_before = editor.all_meter.text.text()
    editor.bodies.remove_button.click()
    assert _rows(example, "seat", {"body_id": body["id"]}) == []
    assert body["id"] not in {b["id"] for b in _bodies(example)}
    assert editor.body_id != body["id"]
    assert "not stated" not in editor.all_meter.text.text()
    example.undo_stack.undo()
    assert _rows(example, "seat", {"body_id": body["id"]}) == seats  # same ids, same values
    assert editor.all_meter.text.text() == all_before
    editor.bodies.select_id(body["id"])
    assert [s["id"] for s in editor.seats.model.rows] == [s["id"] for s in seats]


def test_management_systems(qtbot, blank):
    editor = _editor(qtbot, blank)
    comune = sections.actor_names(blank.db, blank.design_id)[1][0]
    editor.systems.add_button.click()
    assert _set(editor.systems, 0, "name", "Dati di genere condivisi")
    assert _set(editor.systems, 0, "lead_actor_id", comune)
    assert _set(editor.systems, 0, "description", "Twice a year\nby sex")
    [system] = _rows(blank, "management_system", {"design_id": blank.design_id})
    assert (system["name"], system["lead_actor_id"], system["description"]) == (
        "Dati di genere condivisi",
        comune,
        "Twice a year\nby sex",
    )
    assert editor.systems.model.data(editor.systems.model.index(0, 1)) == "Comune di San Vito"
    blank.undo_stack.undo()
    assert _rows(blank, "management_system", {"design_id": blank.design_id})[0]["description"] == ""


def test_bad_values_are_refused_in_place(qtbot, example):
    editor = _editor(qtbot, example)
    body = _bodies(example)[0]
    assert not _set(editor.bodies, 0, "meetings_per_year", "-2")
    assert "negative" in editor.bodies.message_label.text()
    assert not _set(editor.bodies, 0, "meetings_per_year", "abc")
    assert "whole number" in editor.bodies.message_label.text()
    assert not _set(editor.seats, 0, "sex", "female")
    assert "list" in editor.seats.message_label.text()
    assert sections.load_row(example.db, "governance_body", body["id"]) == body
    assert example.undo_stack.count() == 0


def test_opens_on_the_example_design(qtbot, example):
    editor = _editor(qtbot, example)
    editor.resize(1280, 800)
    editor.show()
    bodies = _bodies(example)
    model = editor.bodies.model
    assert [model.data(model.index(r, 0)) for r in range(model.rowCount())] == [
        b["name"] for b in bodies
    ]
    assert model.data(model.index(0, 1)) == "Assembly of members"
    assert editor.seats.model.rowCount() == 10
    assert editor.seats.model.data(editor.seats.model.index(0, 2)) == "Woman"
    assert editor.systems.model.rowCount() == 2
    assert "Women 50% · Men 50% — balanced" in editor.body_meter.text.text()
    assert editor.bodies.table.isVisible() and editor.body_meter.isVisible()
    assert editor.title() == "Governance"
