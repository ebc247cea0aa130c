"""Step 10, Agreement: its terms, articles, signatories and commitments, saved and undoable."""

from datetime import date

import pytest
from PySide6.QtCore import Qt

from deseo_desktop.gui.design_session import DesignSession
from deseo_desktop.gui.editors.agreement_editor import AgreementEditor
from deseo_desktop.gui.editors.base import EditorContext
from deseo_desktop.services import library, sections

CHECKED = Qt.CheckState.Checked.value
UNCHECKED = Qt.CheckState.Unchecked.value


def _editor(qtbot, db, design_id):
    session = DesignSession(db, design_id)
    editor = AgreementEditor(session, EditorContext("en", "EUR", 40, "new"))
    qtbot.addWidget(editor)
    return editor


@pytest.fixture
def blank(app, qtbot, db):
    return _editor(qtbot, db, library.create_blank(db, library.NewDesign("T", "Place")))


@pytest.fixture
def example(app, qtbot, db):
    return _editor(qtbot, db, library.add_example(db))


def _agreement(editor):
    return sections.load_row(editor.session.db, "agreement", editor.agreement_id)


def _rows(editor, table, **where):
    where = where or {"agreement_id": editor.agreement_id}
    return sections.load_rows(editor.session.db, table, where)


def _actor(editor, name):
    """The id of the actor so named (a design from the example gets ids of its own)."""
    names = sections.actor_names(editor.session.db, editor.session.design_id)
    return next(actor_id for actor_id, actor in names if actor.startswith(name))


def _choose(combo, code):
    combo.setCurrentIndex(combo.findData(code))


def test_the_editor_opens_on_the_example_design_and_shows_its_rows(example):
    articles, signatories = example.articles.model, example.signatories.model
    assert articles.rowCount() == 23
    assert [articles.index(r, 1).data() for r in (0, 10, 22)] == [
        "Definitions",
        "Commitments to equality between women and men",  # as the agreement texts name it
        "Applicable law and language",
    ]
    assert articles.index(8, 3).data() == "Added to the standard text"  # its own text
    assert signatories.rowCount() == 8
    assert signatories.index(0, 0).data() == "Aurora Social Co-operative"
    assert signatories.index(4, 2).data() == "President of the Province"
    assert example.commitments.model.rowCount() == 19
    assert example.place_edit.text() == "Valdoria, Palazzo della Provincia"
    assert example.version_date_edit.text() == "2026-03-01"
    assert example.kind_combo.currentData() == "both"


def test_every_field_of_the_agreement_is_saved_and_undone(blank, qtbot):
    before = _agreement(blank)
    stack = blank.session.undo_stack
    _choose(blank.kind_combo, "charter")
    _choose(blank.status_combo, "in_negotiation")
    _choose(blank.renewal_combo, "tacit")
    blank.version_spin.setValue(3)  # saved after the typing pause
    qtbot.waitUntil(lambda: _agreement(blank)["version_number"] == 3, timeout=3000)
    for edit, text in (
        (blank.version_date_edit, "2026-03-01"),
        (blank.duration_edit, "48"),
        (blank.force_edit, "2026-04-15"),
        (blank.place_edit, "Valdoria"),
        (blank.retention_edit, "7"),
        (blank.contact_edit, "Ufficio <Pari> & Opportunit"),
    ):
        edit.setFocus()
        edit.selectAll()
        qtbot.keyClicks(edit, text)
        qtbot.keyClick(edit, Qt.Key.Key_Return)  # leaving the field, or Enter, saves it
    blank.contact_edit.insert("à 🌍")  # QTest types ASCII only; the same field, the same step
    blank.flush()
    row = _agreement(blank)
    assert {k: row[k] for k in before if k not in ("updated_at",)} == {
        **{k: before[k] for k in before if k not in ("updated_at",)},
        "kind": "charter",
        "status": "in_negotiation",
        "renewal": "tacit",
        "version_number": 3,
        "version_date": date(2026, 3, 1),
        "duration_months": 48,
        "entry_into_force": date(2026, 4, 15),
        "place_of_signature": "Valdoria",
        "contact_point": "Ufficio <Pari> & Opportunità 🌍",
        "retention_years": 7,
    }
    assert stack.count() == 10  # one step per field
    while stack.canUndo():
        stack.undo()
    row = _agreement(blank)
    assert all(row[k] == before[k] for k in before if k != "updated_at")
    assert blank.place_edit.text() == "" and blank.kind_combo.currentData() == "both"
    assert blank.duration_edit.text() == "36"


def test_bad_values_are_refused_in_place(blank, qtbot):
    before = _agreement(blank)
    for edit, text, words in (
        (blank.duration_edit, "three years", "whole number"),
        (blank.retention_edit, "-2", "negative"),
        (blank.force_edit, "31/02/2026", "2026-03-01"),
        (blank.version_date_edit, "2026-02-30", "2026-03-01"),
    ):
        edit.setFocus()
        edit.selectAll()
        qtbot.keyClicks(edit, text)
        qtbot.keyClick(edit, Qt.Key.Key_Return)
        assert words in blank.error_label.text()
    blank.flush()
    assert _agreement(blank) == before
    assert blank.session.undo_stack.count() == 0
    blank.retention_edit.setText("10")
    blank.flush()
    assert _agreement(blank)["retention_years"] == 10
    assert blank.error_label.text() == ""


def test_raising_the_version_is_one_undo_step(example):
    stack = example.session.undo_stack
    example.raise_button.click()
    row = _agreement(example)
    assert (row["version_number"], row["version_date"]) == (2, date.today())
    assert example.version_spin.value() == 2
    assert stack.count() == 1
    stack.undo()
    row = _agreement(example)
    assert (row["version_number"], row["version_date"]) == (1, date(2026, 3, 1))
    assert example.version_date_edit.text() == "2026-03-01"


def test_an_article_left_out_and_its_own_text(blank, qtbot):
    model = blank.articles.model
    assert [model.rows[r]["number"] for r in range(23)] == list(range(1, 24))
    assert model.index(13, 1).data() == "Intellectual property and confidentiality"
    assert model.setData(model.index(13, 2), UNCHECKED, Qt.ItemDataRole.CheckStateRole)
    assert not blank.article_text_edit.isEnabled()  # nothing selected yet
    blank.articles.select_row(10)
    heading = "Article 11: Commitments to equality between women and men"
    assert blank.article_heading.text() == heading
    blank.article_text_edit.setFocus()
    blank.article_text_edit.insertPlainText("Each party names a focal person — <équipe> & 🌍.")
    _choose(blank.mode_combo, "replace")
    blank.flush()
    rows = {r["code"]: r for r in _rows(blank, "article_choice")}
    assert rows["intellectual_property"]["included"] is False
    assert rows["gender_equality"]["custom_text"] == (
        "Each party names a focal person — <équipe> & 🌍."
    )
    assert rows["gender_equality"]["custom_mode"] == "replace"
    assert model.index(10, 3).data() == "Replaces the standard text"
    assert blank.articles.current_row() == 10  # the table kept its place through the saves
    blank.articles.select_row(0)  # another article: its (empty) text
    assert blank.article_text_edit.toPlainText() == ""
    for _ in range(3):
        blank.session.undo_stack.undo()
    rows = {r["code"]: r for r in _rows(blank, "article_choice")}
    assert rows["intellectual_property"]["included"] is True
    assert rows["gender_equality"]["custom_text"] == ""
    assert rows["gender_equality"]["custom_mode"] == "extend"


def test_add_every_party_adds_exactly_the_missing_signatories(example):
    session = example.session
    section = example.signatories
    section.select_row(1)  # Il Ponte
    section.remove_button.click()
    ponte, fondazione = _actor(example, "Il Ponte"), _actor(example, "Fondazione")
    session.push(sections.FieldEdit("actor", fondazione, "is_signatory", True), "Signs")
    before = {r["id"] for r in _rows(example, "signatory")}
    count = session.undo_stack.count()
    example.add_parties_button.click()
    rows = _rows(example, "signatory")
    added = [r for r in rows if r["id"] not in before]
    assert sorted(r["actor_id"] for r in added) == sorted([ponte, fondazione])
    assert session.undo_stack.count() == count + 1
    assert "2 signatories" in section.message_label.text()
    example.add_parties_button.click()  # nobody is missing now
    assert len(_rows(example, "signatory")) == 9
    assert session.undo_stack.count() == count + 1
    assert "already" in section.message_label.text()
    session.undo_stack.undo()
    assert {r["id"] for r in _rows(example, "signatory")} == before


def test_signatories_are_edited_in_place_and_need_an_organisation(blank):
    section = blank.signatories
    section.add_button.click()  # no organisation in the design yet
    assert _rows(blank, "signatory") == []
    assert "Actors step" in section.message_label.text()
    session = blank.session
    for name, signs in (("Coop Aurora", True), ("Observer", False)):
        session.push(
            sections.new_row(
                session.db, "actor", {"design_id": session.design_id}, name=name, is_signatory=signs
            ),
            "Add actor",
        )
    blank.add_parties_button.click()
    [row] = _rows(blank, "signatory")
    model = section.model
    assert model.index(0, 0).data() == "Coop Aurora"
    assert not model.setData(model.index(0, 0), "")
    assert "Choose an organisation" in section.message_label.text()
    assert model.setData(model.index(0, 1), "Chiara Bellandi")
    assert model.setData(model.index(0, 2), "President")
    assert not model.setData(model.index(0, 4), "1 March")
    assert _rows(blank, "signatory")[0]["representative"] == "Chiara Bellandi"
    section.add_button.click()  # a second row takes an organisation without one
    assert sorted(model.index(r, 0).data() for r in range(2)) == ["Coop Aurora", "Observer"]


def test_commitments_filtered_by_party(example, qtbot):
    section, combo = example.commitments, example.party_combo
    design = {"design_id": example.session.design_id}
    assert combo.itemText(0) == "All parties"
    centro = _actor(example, "Centro Donne")
    _choose(combo, centro)
    model = section.model
    assert model.rowCount() == 3
    assert {r["actor_id"] for r in model.rows} == {centro}
    section.add_button.click()  # a commitment of the party shown
    assert model.rowCount() == 4
    new = model.rows[3]
    assert new["actor_id"] == centro
    assert model.setData(model.index(3, 1), "equality")
    assert model.setData(model.index(3, 2), date(2027, 6, 30))
    assert not model.flags(model.index(3, 3)) & Qt.ItemFlag.ItemIsEditable
    section.select_row(3)
    example.commitment_text_edit.setFocus()
    example.commitment_text_edit.insertPlainText("Run a yearly course.\nSecond line: détails")
    example.flush()
    saved = sections.load_row(example.session.db, "commitment", new["id"])
    assert (saved["area"], saved["deadline"]) == ("equality", date(2027, 6, 30))
    assert saved["text"] == "Run a yearly course.\nSecond line: détails"
    assert model.index(3, 3).data() == "Run a yearly course."  # its first line
    section.select_row(2)
    section.down_button.click()  # moves among this party's commitments
    ids = [r["id"] for r in model.rows]
    assert ids[2] == new["id"]
    _choose(combo, "")
    assert model.rowCount() == 20 == len(_rows(example, "commitment", **design))
    stack = example.session.undo_stack
    while stack.canUndo():
        stack.undo()
    assert len(_rows(example, "commitment", **design)) == 19


def test_a_review_problem_opens_its_signatory(example):
    province = example.signatories.model.rows[4]
    example.focus_ref(province["id"])
    assert example.tabs.currentWidget() is example.signatories.parentWidget()
    assert example.signatories.current_row() == 4
    example.signatories.select_row(0)
    example.focus_ref(province["actor_id"])  # a party named by a "final without" problem
    assert example.signatories.current_row() == 4


def test_leaving_a_long_text_saves_it_at_once(example, qtbot):
    example.show()
    qtbot.waitExposed(example)
    example.tabs.setCurrentIndex(3)
    example.commitments.select_row(0)
    edit = example.commitment_text_edit
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(edit, " Every weekday.")
    example.party_combo.setFocus()  # no typing pause waited for
    row_id = example.commitments.model.row_id(0)
    saved = sections.load_row(example.session.db, "commitment", row_id)["text"]
    assert saved.endswith("provide two educators. Every weekday.")
