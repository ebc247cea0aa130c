"""A design opened for editing: steps, help, saving as typed, undo from the Edit menu."""

import pytest
from PySide6.QtCore import Qt

from deseo_desktop.services import library, sections


def _open(window, design_id):
    window.reload(select=design_id)
    window.open_design(design_id)
    return window.design_page


def test_wizard_steps_save_as_typed_and_undo(window, qtbot):
    design_id = library.create_blank(window.db, library.NewDesign("Wizard", "Valdoria"))
    page = _open(window, design_id)
    assert page.wizard and page.current_step() == "start"
    assert "Start" in page.step_title.text()
    assert page.help.toPlainText().strip()  # the handbook page for the step
    start = page.editor("start")
    start.title_edit.setFocus()
    qtbot.keyClicks(start.title_edit, " <&>")
    start.title_edit.insert(" 🌍")  # QTest types ASCII only
    start.flush()
    assert sections.load_row(window.db, "design", design_id)["title"] == "Wizard <&> 🌍"
    assert window.saved_label.text() == "All changes saved"
    page.next_button.click()
    assert page.current_step() == "actors"
    assert sections.load_row(window.db, "design", design_id)["wizard_step"] == "actors"
    actors = page.editor("actors").section
    actors.add_button.click()
    actors.model.setData(actors.model.index(0, 0), "Coop Aurora")
    window.actions.undo.trigger()
    assert sections.load_rows(window.db, "actor", {"design_id": design_id})[0]["name"] == ""
    window.actions.redo.trigger()
    page.next_button.click()
    baseline = page.editor("baseline")
    baseline.model.setData(baseline.model.index(0, 1), "3")
    baseline.model.setData(baseline.model.index(0, 2), "7")
    assert "too few women" in baseline.cluster_meters["workforce"].text.text()
    page.back_button.click()
    assert page.current_step() == "actors"
    page.close_button.click()
    assert window.pages.currentWidget() is window.library_page
    window.actions.undo.trigger()  # the library's stack again: nothing to undo there
    assert sections.load_rows(window.db, "actor", {"design_id": design_id})[0]["name"] == (
        "Coop Aurora"
    )


def test_reopening_resumes_the_wizard_at_its_last_step(window):
    design_id = library.create_blank(window.db, library.NewDesign("Resume", "Valdoria"))
    page = _open(window, design_id)
    page.next_button.click()
    page.next_button.click()
    window.show_library()
    page = _open(window, design_id)
    assert page.current_step() == "baseline"


def test_country_offers_its_legal_vehicles(window):
    design_id = library.create_blank(window.db, library.NewDesign("Vehicles", "Lyon", country="FR"))
    start = _open(window, design_id).editor("start")
    codes = [start.vehicle_combo.itemData(i) for i in range(start.vehicle_combo.count())]
    assert codes == ["ptce", "scic", "charter"]
    start.country_combo.setCurrentIndex(start.country_combo.findData("SE"))
    codes = [start.vehicle_combo.itemData(i) for i in range(start.vehicle_combo.count())]
    assert codes == ["economic_association", "charter"]
    row = sections.load_row(window.db, "design", design_id)
    assert row["country"] == "SE" and row["legal_vehicle"] == "charter"


def test_bad_email_is_refused_in_place(window):
    design_id = library.create_blank(window.db, library.NewDesign("Mail", "Valdoria"))
    page = _open(window, design_id)
    page.show_step("actors")
    actors = page.editor("actors").section
    actors.add_button.click()
    column = [c.name for c in actors.model.columns].index("contact_email")
    assert not actors.model.setData(actors.model.index(0, column), "ana.coop.it")
    assert "@" in actors.message_label.text()
    assert actors.table.isVisible()
    assert Qt.ItemFlag.ItemIsEditable in actors.model.flags(actors.model.index(0, column))


def test_every_review_code_has_a_sentence(app):
    from deseo_desktop.gui.problem_text import problem_text
    from deseo_desktop.rules.review import CODES, Problem

    for code in sorted(CODES):
        text = problem_text(Problem(code, "start", None, {"count": 1, "actor": "Coop A"}))
        assert text != code and not any(m in text for m in ("%1", "%2", "%n")), code


def test_outline_shows_each_steps_state(window):
    design_id = library.create_blank(window.db, library.NewDesign("States", "Valdoria"))
    page = _open(window, design_id)
    texts = {
        page.outline.item(i).data(Qt.ItemDataRole.UserRole + 1): page.outline.item(i).toolTip()
        for i in range(page.outline.count())
    }
    assert texts["start"] == "Complete" and texts["actors"] == "Not started"
    actors = page.editor("actors").section
    actors.add_button.click()
    page.update_states()
    assert page.outline.item(1).toolTip() == "In progress"


def test_review_lists_problems_and_opens_the_field(window):
    design_id = library.create_blank(window.db, library.NewDesign("", "Valdoria"))
    page = _open(window, design_id)
    page.show_step("actors")
    actors = page.editor("actors").section
    actors.add_button.click()
    actor_id = actors.model.row_id(0)
    page.show_step("review")
    review = page.editor("review")
    problems = {
        review.tree.topLevelItem(i).child(j).text(0)
        for i in range(review.tree.topLevelItemCount())
        for j in range(review.tree.topLevelItem(i).childCount())
    }
    assert "The design has no title." in problems
    baseline_group = next(
        review.tree.topLevelItem(i)
        for i in range(review.tree.topLevelItemCount())
        if "baseline" in review.tree.topLevelItem(i).text(0)
    )
    review.tree.itemActivated.emit(baseline_group.child(0), 0)
    assert page.current_step() == "baseline"
    baseline = page.editor("baseline").section
    assert baseline.model.row_id(baseline.current_row()) == actor_id


def test_finishing_the_wizard_opens_the_workspace(window):
    design_id = library.create_blank(window.db, library.NewDesign("Done", "Valdoria"))
    page = _open(window, design_id)
    page.show_step("review")
    assert page.next_button.text() == "Fi&nish"
    page.next_button.click()
    assert not page.wizard and page.current_step() == "overview"
    assert not page.next_button.isVisible()
    window.show_library()
    page = _open(window, design_id)
    assert not page.wizard and page.current_step() == "overview"


def test_every_step_has_its_editor_and_the_workshops_open_from_any_step(window):
    design_id = library.add_example(window.db)
    page = _open(window, design_id)
    assert page.steps() == [
        "overview",
        "start",
        "actors",
        "baseline",
        "pooling",
        "existing_services",
        "governance",
        "financing",
        "valorisation",
        "evaluation",
        "agreement",
        "review",
        "grid",
        "dashboard",
        "pooling_map",
    ]
    for step in page.steps()[1:]:
        page.show_step(step)
        assert page.stack.currentWidget() is page.page(step)
        assert page.step_title.text()
    dialog = page.show_workshops()
    assert dialog.isVisible()
    dialog.close()


def test_the_existing_services_step_follows_the_kind_of_cluster(window):
    design_id = library.create_blank(window.db, library.NewDesign("Kind", "Valdoria"))
    page = _open(window, design_id)
    assert "existing_services" not in page.steps()
    start = page.editor("start")
    start.kind_combo.setCurrentIndex(start.kind_combo.findData("existing"))
    assert "existing_services" in page.steps()
    window.actions.undo.trigger()
    assert "existing_services" not in page.steps()


def test_presentation_mode_gives_the_room_the_step_not_the_help(window):
    design_id = library.add_example(window.db)
    page = _open(window, design_id)
    page.show_step("actors")
    assert page.help.isVisible()
    window.actions.presentation.trigger()
    assert not page.help.isVisible()
    page.show_step("governance")
    assert not page.help.isVisible()
    window.actions.presentation.trigger()
    assert page.help.isVisible()


def test_presentation_mode_enlarges_headings_tables_and_pages_opened_later(window):
    from PySide6.QtWidgets import QTableView

    page = _open(window, library.add_example(window.db))
    page.show_step("actors")
    title = page.step_title.font().pointSizeF()
    header = page.editor("actors").findChild(QTableView).horizontalHeader()
    header_size = header.font().pointSizeF()
    window.actions.presentation.trigger()
    assert page.step_title.font().pointSizeF() == pytest.approx(title * 1.5)
    assert header.font().pointSizeF() == pytest.approx(header_size * 1.5)
    page.show_step("evaluation")  # built after the switch
    later = page.editor("evaluation").findChild(QTableView).horizontalHeader()
    assert later.font().pointSizeF() == pytest.approx(header_size * 1.5)
    window.actions.presentation.trigger()
    assert later.font().pointSizeF() == pytest.approx(header_size)
    assert page.step_title.font().pointSizeF() == pytest.approx(title)


def test_every_step_fits_1024_by_768_in_presentation_mode(window, app):
    """No page needs a sideways scroll: long choices, meters and labels wrap or shrink."""
    from PySide6.QtWidgets import QScrollArea

    window.resize(1024, 768)
    page = _open(window, library.add_example(window.db))
    window.actions.presentation.trigger()
    for step in page.steps():
        page.show_step(step)
        app.processEvents()
        for area in page.editor(step).findChildren(QScrollArea):
            if area.widget() is not None and area.isVisible():
                needed = area.widget().minimumSizeHint().width()
                assert needed <= area.viewport().width(), (step, needed, area.viewport().width())


def test_review_summarises_the_design_on_one_page(window):
    page = _open(window, library.add_example(window.db))
    page.show_step("review")
    summary = page.editor("review").summary
    values = [label.text() for label in summary.values]
    assert summary.heading.text() == "Care Together — Province of Valdoria"
    assert "Province of Valdoria · Province · Italy" == summary.subheading.text()
    assert "10, of which 8 sign" in values
    assert "6, worth €192,500.00" in values
    assert "€140,000.00 in cash, €47,000.00 in kind" in values
    assert "funded (77.8 points)" in values
    meter = summary.meters["workforce"]
    assert meter.text.text().startswith("Women 58% · Men 42%")
    assert not page.editor("review").tree.isVisible()
