"""The financing grid page: scored through its lists, the verdict and its reasons move; the grid's
structure edited in place; the library's grids saved and copied in; every change undoable."""

import pytest
from keyboard_run import label_of
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QInputDialog, QLabel, QMessageBox

from deseo_desktop.gui.design_session import DesignSession
from deseo_desktop.gui.editors import grid_page as page_module
from deseo_desktop.gui.editors.base import EditorContext
from deseo_desktop.gui.editors.grid_library import LibraryGridsDialog
from deseo_desktop.gui.editors.grid_page import GridPage
from deseo_desktop.services import grids, library

CONTEXT = EditorContext("en", "EUR", 40, "new")


@pytest.fixture
def make_page(app, db, qtbot):
    def make(design_id):
        session = DesignSession(db, design_id)
        page = GridPage(session, CONTEXT)
        session.setParent(page)  # as the window does: the design goes with its page
        qtbot.addWidget(page)
        page.resize(1100, 800)
        page.show()
        return page

    return make


@pytest.fixture
def example(db, make_page):
    return make_page(library.add_example(db))


def verdict(page) -> str:
    return page.card.verdict_label.text()


def reasons(page) -> str:
    return page.card.reasons_label.text()


def choose(combo, value) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def combo_of(page, table: str, code: str):
    grid = page.grid
    targets = {
        "gate_answer": {g.code: g.id for g in grid.gates},
        "score": {s.code: s.id for c in grid.criteria for s in c.sub_criteria},
        "bonus_award": {b.code: b.id for b in grid.bonuses},
    }
    return page.scoring.widgets[(table, targets[table][code])][0]


def cell(page, code: str, column: int) -> str:
    sub = next(s for c in page.grid.criteria for s in c.sub_criteria if s.code == code)
    return page.scoring.criteria.item(page.scoring.sub_rows[sub.id], column).text()


def test_scoring_through_the_page_moves_the_verdict_and_says_why(example):
    page = example
    assert verdict(page) == "Funded"
    assert "The total, 77.8, reaches the threshold of 60." in reasons(page)
    choose(page.scoring.assessor_box, page.rows["assessor"][1]["id"])  # Stefano Gatti
    choose(combo_of(page, "gate_answer", "G4"), False)
    assert verdict(page) == "Not funded"
    assert "Gate G4 is not met: Stefano Gatti answered no" in reasons(page)
    assert page.scoring.gates.item(3, 4).text() == "Not met (Stefano Gatti)"
    page.session.undo_stack.undo()
    assert verdict(page) == "Funded"
    assert combo_of(page, "gate_answer", "G4").currentData() is True  # the list follows undo

    for who in (0, 1):  # both assessors give 1 to every gender-equality sub-criterion
        choose(page.scoring.assessor_box, page.rows["assessor"][who]["id"])
        for code in ("3.1", "3.2", "3.3", "3.4"):
            choose(combo_of(page, "score", code), 1)
    # Criterion 3: four sub-criteria of 5 points, each 1 / 5 * 5 = 1.0, so 4.0 (was 17.0);
    # the total 77.8 - 17 + 4 = 64.8 still passes 60, but the minimum of 10 is missed by 6.
    assert verdict(page) == "Not funded"
    assert "Criterion 3 has 4.0 points, 6.0 short of its minimum of 10." in reasons(page)
    assert "The total, 64.8, reaches the threshold of 60." in reasons(page)
    assert (cell(page, "3.1", 4), cell(page, "3.1", 5)) == ("1.0", "1.0")
    stored = grids.load_answers(page.session.db, [a["id"] for a in page.rows["assessor"]])
    sub_ids = {s.id for s in page.grid.criteria[2].sub_criteria}
    assert (
        sorted(r["score"] for r in stored["score"] if r["sub_criterion_id"] in sub_ids) == [1] * 8
    )


def test_a_new_assessor_counts_only_where_they_answered(example):
    page = example
    page.scoring.assessors.add_button.click()
    assert page.scoring.assessor_box.count() == 3
    choose(page.scoring.assessor_box, page.rows["assessor"][2]["id"])
    assert combo_of(page, "score", "3.1").currentData() is None  # blank: not a 0
    assert verdict(page) == "Funded" and "77.8" in page.card.total_label.text()
    choose(combo_of(page, "score", "3.1"), 0)
    # 3.1: scores 3, 3 and 0 → mean 2 → 2 / 5 * 5 = 2.0 points (was 3.0): total 76.8.
    assert (cell(page, "3.1", 4), cell(page, "3.1", 5)) == ("2.0", "2.0")
    assert page.card.total_label.text().startswith("76.8 points of 100")
    choose(combo_of(page, "score", "3.1"), None)  # blank again: the row goes
    assert cell(page, "3.1", 4) == "3.0"


def test_score_levels_show_what_they_mean(example):
    page = example
    combo = combo_of(page, "score", "1.1")
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert texts == [
        "—",
        "0 · absent",
        "1 · mentioned, no evidence",
        "3 · described, partly evidenced or resourced",
        "5 · specific, evidenced, resourced and dated",
    ]
    assert combo.toolTip() == "specific, evidenced, resourced and dated"  # Laura gave 5
    structure = page.structure
    criterion = next(r for r in structure.criteria.model.rows if r["code"] == "1")
    structure.criteria.select_id(criterion["id"])
    structure.subs.select_row(0)  # 1.1
    edit = structure.sub_levels.edits[5]
    assert edit.placeholderText() == "specific, evidenced, resourced and dated"
    edit.setText("a survey by sex, less than two years old")
    edit.editingFinished.emit()
    combo = combo_of(page, "score", "1.1")
    assert combo.itemText(4) == "5 · a survey by sex, less than two years old"
    assert combo_of(page, "score", "1.2").itemText(4).endswith("resourced and dated")


def test_the_threshold_and_a_new_gate_change_the_verdict(example):
    page = example
    page.structure.threshold_spin.setValue(80)
    page.flush()  # what the typing pause would save
    assert verdict(page) == "Not funded"
    assert "The total, 77.8, is 2.2 short of the threshold of 80." in reasons(page)
    page.session.undo_stack.undo()
    assert verdict(page) == "Funded"

    page.structure.gates.add_button.click()
    assert [g.code for g in page.grid.gates][-1] == "G7"
    assert page.scoring.gates.rowCount() == 7
    assert verdict(page) == "Not assessed yet"
    assert "Gate G7 has no answer yet" in reasons(page)
    choose(combo_of(page, "gate_answer", "G7"), True)
    assert verdict(page) == "Funded"


def test_a_sub_criterion_maximum_that_does_not_add_up_is_pointed_out(example):
    page = example
    structure = page.structure
    criterion = next(r for r in structure.criteria.model.rows if r["code"] == "2")
    structure.criteria.select_id(criterion["id"])
    model = structure.subs.model
    assert model.setData(model.index(0, 2), "10")  # 2.1: 8 → 10
    text = structure.notes_label.text()
    assert "Criterion 2: its sub-criteria add up to 22, not its maximum of 20." in text
    assert "The criteria add up" not in text
    assert cell(page, "2.1", 2) == "10"


def test_a_blank_design_starts_from_the_default_grid_and_undo_empties_it(db, make_page):
    page = make_page(library.create_blank(db, library.NewDesign("Blank", "Valdoria")))
    assert page.empty.isVisible() and not page.grid_widgets.isVisible()
    assert not page.copy_button.isEnabled()  # nothing in the library to copy
    page.default_button.click()
    assert page.grid_widgets.isVisible() and page.scoring.criteria.rowCount() == 7 + 17
    assert verdict(page) == "Not assessed yet"
    assert reasons(page) == "• No assessor yet: add one to score the project."
    assert not page.scoring.criteria.isEnabled()
    page.session.undo_stack.undo()
    assert page.empty.isVisible()


def test_save_to_the_library_and_copy_into_the_design_with_undo(example, monkeypatch):
    page = example
    db = page.session.db
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Valdoria fund", True))
    assert not page.replace_button.isEnabled()
    page.save_button.click()
    assert page.replace_button.isEnabled()
    (saved,) = grids.library_grids(db)
    assert saved.name == "Valdoria fund" and "Valdoria fund" in page.message_label.text()

    def use_first(dialog):
        dialog.chosen = dialog.grids[0].id
        return 1

    asked = []
    monkeypatch.setattr(LibraryGridsDialog, "exec", use_first)
    monkeypatch.setattr(
        page_module.QMessageBox,
        "question",
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes,
    )
    page.replace_button.click()
    assert asked and "assessors" in asked[0]
    assert page.rows["financing_grid"][0]["source_grid_id"] == saved.id
    assert page.scoring.assessor_box.count() == 0 and verdict(page) == "Not assessed yet"
    page.session.undo_stack.undo()
    assert verdict(page) == "Funded" and page.scoring.assessor_box.count() == 2


def test_declining_the_question_keeps_the_grid(example, monkeypatch):
    page = example
    grids.save_to_library(page.session.db, page.grid_id, "Other")
    before = page.grid_id

    def use_first(dialog):
        dialog.chosen = dialog.grids[0].id
        return 1

    monkeypatch.setattr(LibraryGridsDialog, "exec", use_first)
    monkeypatch.setattr(
        page_module.QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No
    )
    page.replace_button.click()
    assert page.grid_id == before and page.session.undo_stack.count() == 0


def test_the_library_dialog_lists_and_deletes(example, qtbot, monkeypatch):
    db = example.session.db
    grids.save_to_library(db, example.grid_id, "B grid")
    grids.save_to_library(db, example.grid_id, "a grid")
    dialog = LibraryGridsDialog(db, "en")
    qtbot.addWidget(dialog)
    assert [dialog.table.item(r, 0).text() for r in range(2)] == ["a grid", "B grid"]
    assert dialog.table.item(0, 2).text() == "6 · 7 · 2"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.delete_button.click()
    assert [g.name for g in grids.library_grids(db)] == ["B grid"]
    dialog.use_button.click()
    assert dialog.chosen == grids.library_grids(db)[0].id


# --- keyboard ---------------------------------------------------------------------------------

# Taken by the window around the page: the menus (File, Edit, View, Help) and the design
# page's Back, Next, Library and Workshops buttons.
TAKEN = set("FEVHBNLW")


def test_every_tab_stop_has_a_name_and_no_mnemonic_clashes(example, qtbot):
    page = example
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        page.activateWindow()
        qtbot.waitUntil(page.isActiveWindow)
        page.tabs.tabBar().setFocus()
        stops = [QApplication.focusWidget()]
        for _ in range(400):
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            if QApplication.focusWidget() is stops[0]:
                break
            stops.append(QApplication.focusWidget())
        else:
            pytest.fail("Tab did not come round")
        unnamed = [type(w).__name__ for w in stops if not label_of(w)]
        assert unnamed == [], unnamed
        assert len(stops) > 20
        keys = {}
        texts = [w.text() for w in page.findChildren(QLabel) if w.isVisible() and w.buddy()]
        texts += [w.text() for w in page.findChildren(QAbstractButton) if w.isVisible()]
        bar = page.tabs.tabBar()
        texts += [bar.tabText(i) for i in range(bar.count())]
        for text in texts:
            key = QKeySequence.mnemonic(text).toString()
            if key:
                assert key.removeprefix("Alt+") not in TAKEN, text
                assert key not in keys, (text, keys[key])
                keys[key] = text
        assert len(keys) >= 4  # the page's own mnemonics were read


def test_placeholders_are_filled_once_so_typed_text_stays_as_typed():
    from deseo_desktop.gui.editors.grid_results import fill

    assert fill("Gate %1 (%2): %3", "G1", "50%2 of %1", "x") == "Gate G1 (50%2 of %1): x"
