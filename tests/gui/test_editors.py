"""The editing framework: tables and forms edit a real database through undoable edits."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit

from deseo_desktop.gui.design_session import DesignSession
from deseo_desktop.gui.editors.columns import Column
from deseo_desktop.gui.editors.form import FormBinder
from deseo_desktop.gui.editors.rows_model import RowsModel
from deseo_desktop.gui.editors.table_section import TableSection
from deseo_desktop.services import library, sections

ACTOR_COLUMNS = [
    Column("name", "Organisation"),
    Column("kind", "Kind", "choice", "actor_kind"),
    Column("contact_email", "E-mail", "email"),
    Column("workforce_women", "Women", "count"),
    Column("is_signatory", "Signatory", "bool"),
]


@pytest.fixture
def session(app, db):
    design_id = library.create_blank(db, library.NewDesign("Editing", "Valdoria"))
    return DesignSession(db, design_id)


@pytest.fixture
def actors(session, qtbot):
    model = RowsModel(session, "actor", ACTOR_COLUMNS, {"design_id": session.design_id})
    section = TableSection("Actors", model, "design_id", "actor")
    qtbot.addWidget(section)
    return section


def stored(session):
    return sections.load_rows(session.db, "actor", {"design_id": session.design_id})


def test_add_edit_and_undo_in_a_table(actors, session):
    actors.add_button.click()
    model = actors.model
    assert model.rowCount() == 1
    assert model.setData(model.index(0, 0), "Coop <Aurora> & = 🌍")
    assert model.setData(model.index(0, 1), "womens_centre")
    assert model.setData(model.index(0, 3), "12")
    assert model.setData(
        model.index(0, 4), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    [row] = stored(session)
    assert (row["name"], row["kind"], row["workforce_women"], row["is_signatory"]) == (
        "Coop <Aurora> & = 🌍",
        "womens_centre",
        12,
        True,
    )
    assert model.data(model.index(0, 1)) == "Women's-rights centre"
    for _ in range(4):
        session.undo_stack.undo()
    [row] = stored(session)
    assert row["name"] == "" and row["workforce_women"] is None
    session.undo_stack.undo()
    assert stored(session) == [] and model.rowCount() == 0
    session.undo_stack.redo()
    assert len(stored(session)) == 1


def test_bad_values_are_refused_in_place(actors, session):
    actors.add_button.click()
    model = actors.model
    assert not model.setData(model.index(0, 2), "not an address")
    assert "@" in actors.message_label.text()
    assert not model.setData(model.index(0, 3), "-4")
    assert "negative" in actors.message_label.text()
    assert not model.setData(model.index(0, 3), "twelve")
    [row] = stored(session)
    assert row["contact_email"] == "" and row["workforce_women"] is None


def test_remove_and_reorder(actors, session):
    for name in ("A", "B", "C"):
        actors.add_button.click()
        actors.model.setData(actors.model.index(actors.model.rowCount() - 1, 0), name)
    actors.select_row(2)
    actors.up_button.click()
    assert [r["name"] for r in stored(session)] == ["A", "C", "B"]
    actors.select_row(0)
    actors.remove_button.click()
    assert [r["name"] for r in stored(session)] == ["C", "B"]
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert [r["name"] for r in stored(session)] == ["A", "B", "C"]


def test_form_saves_after_a_pause_and_merges_typing(session, qtbot):
    title = QLineEdit()
    kind = QComboBox()
    kind.addItem("New", "new")
    kind.addItem("Existing", "existing")
    done = QCheckBox()
    error = QLabel()
    for w in (title, kind, done, error):
        qtbot.addWidget(w)
    binder = FormBinder(session, "design", error)
    binder.bind(title, "title", "Title")
    binder.bind(kind, "cluster_kind", "Cluster", "choice", "cluster_kind")
    binder.bind(done, "cemr_charter_signed", "Charter", "bool")
    binder.load(session.design_id)
    assert title.text() == "Editing"
    title.setFocus()
    qtbot.keyClicks(title, " plan")
    qtbot.waitUntil(
        lambda: (
            sections.load_row(session.db, "design", session.design_id)["title"] == "Editing plan"
        ),
        timeout=3000,
    )
    qtbot.keyClicks(title, " B")
    binder.flush()
    assert sections.load_row(session.db, "design", session.design_id)["title"] == "Editing plan B"
    assert session.undo_stack.count() == 1  # one field, one undo step
    kind.setCurrentIndex(1)
    done.setChecked(True)
    row = sections.load_row(session.db, "design", session.design_id)
    assert row["cluster_kind"] == "existing" and row["cemr_charter_signed"] is True
    session.undo_stack.undo()
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert title.text() == "Editing" and kind.currentData() == "new" and not done.isChecked()


def test_an_edit_the_database_refuses_changes_nothing(actors, session, qtbot):
    actors.add_button.click()
    before = stored(session)
    count = session.undo_stack.count()
    bad = sections.FieldEdit("actor", before[0]["id"], "design_id", "no-such-design")
    with qtbot.waitSignal(session.failed) as refused:
        assert not session.push(bad, "Break the design link")
    assert "FOREIGN KEY" in refused.args[0].upper()
    assert session.undo_stack.count() == count and stored(session) == before
