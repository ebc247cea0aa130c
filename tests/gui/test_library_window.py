"""Every library action through the window, on a real database file."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox

from deseo_desktop.gui.library_model import CHANGED, TITLE
from deseo_desktop.services import library
from deseo_desktop.services.library_list import list_designs


def _new(window, title, territory="Valdoria", country="IT"):
    return library.create_blank(window.db, library.NewDesign(title, territory, country))


def test_empty_state_offers_new_and_example(window):
    page = window.library_page
    assert page.stack.currentWidget() is page.empty_state
    assert page.empty_state.new_button.isVisible()
    assert page.empty_state.example_button.isVisible()
    assert window.saved_label.text() == "All changes saved"


def test_open_the_example_from_the_empty_state(window, qtbot, titles):
    qtbot.mouseClick(window.library_page.empty_state.example_button, Qt.MouseButton.LeftButton)
    # The example's wizard is finished: it opens in the workspace, on its overview.
    assert window.pages.currentWidget() is window.design_page
    assert window.design_page.current_step() == "overview"
    counts = {k: int(v.text()) for k, v in window.overview_page.count_values.items()}
    assert counts["actors"] >= 3 and counts["indicators"] > 0 and counts["workshops"] > 0
    assert counts["pooled_resources"] > 0
    window.show_library()
    assert len(titles(window)) == 1


def test_new_design_dialog_creates_and_opens(window, monkeypatch):
    def fill(dialog):
        dialog.ui.title_edit.setText("Care <&> = 🌍 Équipe")
        dialog.ui.territory_edit.setText("Valdoria")
        dialog.ui.country_combo.setCurrentIndex(dialog.ui.country_combo.findData("FR"))
        dialog.ui.existing_radio.setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr("deseo_desktop.gui.new_design_dialog.NewDesignDialog.exec", fill)
    window.actions.new.trigger()
    # A new design opens in the wizard, at its first step.
    page = window.design_page
    assert window.pages.currentWidget() is page and page.wizard
    assert page.current_step() == "start"
    assert page.editor("start").title_edit.text() == "Care <&> = 🌍 Équipe"
    [summary] = list_designs(window.db)
    assert (summary.title, summary.territory, summary.country, summary.cluster_kind) == (
        "Care <&> = 🌍 Équipe",
        "Valdoria",
        "FR",
        "existing",
    )
    assert window.actions.recent_menu.actions()[0].text() == "Care <&&> = 🌍 Équipe"


@pytest.mark.parametrize("template", ["back_office", "womens_entrepreneurship", "example"])
def test_new_from_template(window, template, monkeypatch):
    def choose(dialog):
        for row in range(dialog.ui.template_list.count()):
            if dialog.ui.template_list.item(row).data(Qt.ItemDataRole.UserRole) == template:
                dialog.ui.template_list.setCurrentRow(row)
        assert not dialog.ui.territory_edit.isEnabled()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr("deseo_desktop.gui.new_design_dialog.NewDesignDialog.exec", choose)
    window.actions.new.trigger()
    assert window.pages.currentWidget() is window.design_page
    [summary] = list_designs(window.db)
    assert summary.title


def test_blank_design_needs_a_title(app, qtbot):
    from deseo_desktop.gui.new_design_dialog import NewDesignDialog

    dialog = NewDesignDialog("en", {})
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.ui.error_label.text()


def test_rename_with_undo_and_redo(window, monkeypatch, titles):
    design_id = _new(window, "Old title")
    window.reload(select=design_id)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("New title", True))
    window.actions.rename.trigger()
    assert titles(window) == ["New title"]
    window.actions.undo.trigger()
    assert titles(window) == ["Old title"]
    window.actions.redo.trigger()
    assert titles(window) == ["New title"]
    assert window.library_page.selected_ids() == [design_id]


def test_rename_refuses_an_overlong_title(window, monkeypatch, titles):
    design_id = _new(window, "Kept")
    window.reload(select=design_id)
    warnings = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("x" * 10_000, True))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    window.actions.rename.trigger()
    assert titles(window) == ["Kept"]
    assert "at most 500 characters" in warnings[0]


def test_duplicate_copies_everything_with_new_ids(window):
    source = library.add_example(window.db)
    window.reload(select=source)
    window.actions.duplicate.trigger()
    designs = {d.title: d for d in list_designs(window.db)}
    assert len(designs) == 2
    copy = next(d for t, d in designs.items() if t.endswith("(copy)"))
    assert copy.id != source
    from deseo_desktop.services.overview import design_overview

    assert design_overview(window.db, copy.id).counts == design_overview(window.db, source).counts
    window.actions.undo.trigger()
    assert [d.title for d in list_designs(window.db) if not d.trashed] == [
        designs[t].title for t in designs if t != copy.title
    ]


def test_archive_moves_between_views_and_undoes(window, titles):
    design_id = _new(window, "To archive")
    window.reload(select=design_id)
    window.actions.archive.trigger()
    assert titles(window) == []
    window.actions.view_archived.trigger()
    assert titles(window) == ["To archive"]
    assert (
        "archived" in window.library_page.model.data(window.library_page.model.index(0, 4)).lower()
    )
    window.actions.undo.trigger()
    assert titles(window) == []
    window.actions.view_designs.trigger()
    assert titles(window) == ["To archive"]


def test_trash_undo_restore_and_delete_forever(window, monkeypatch, titles):
    keep = _new(window, "Keep")
    drop = _new(window, "Drop")
    window.reload(select=drop)
    window.actions.trash.trigger()
    assert titles(window) == ["Keep"]
    assert "moved to the trash" in window.statusBar().currentMessage()
    assert any(b.reason == "trash" for b in window.db.list_backups())
    window.actions.undo.trigger()
    assert sorted(titles(window)) == ["Drop", "Keep"]
    window.actions.redo.trigger()
    window.actions.view_trash.trigger()
    page = window.library_page
    assert titles(window) == ["Drop"]
    assert page.restore_button.isVisible() and page.empty_trash_button.isEnabled()
    page.select(drop)
    page.restore_button.click()
    assert titles(window) == []
    window.actions.view_designs.trigger()
    assert sorted(titles(window)) == ["Drop", "Keep"]
    window.library_page.select(drop)
    window.actions.trash.trigger()
    window.actions.view_trash.trigger()
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.empty_trash_button.click()
    assert titles(window) == []
    assert [d.id for d in list_designs(window.db)] == [keep]
    assert any(b.reason == "empty-trash" for b in window.db.list_backups())
    assert not window.undo_stack.canUndo()


def test_delete_forever_asks_first(window, monkeypatch, titles):
    drop = _new(window, "Drop")
    library.move_to_trash(window.db, drop)
    window.reload()
    window.actions.view_trash.trigger()
    window.library_page.select(drop)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    window.library_page.delete_button.click()
    assert titles(window) == ["Drop"]


def test_search_by_title_territory_and_actor_ignoring_accents(window, titles):
    example = library.add_example(window.db)
    _new(window, "Réseau d'entraide", territory="Lyon", country="FR")
    _new(window, "Samverkan", territory="Umeå", country="SE")
    window.reload()
    page = window.library_page
    page.search_edit.setText("reseau")
    assert titles(window) == ["Réseau d'entraide"]
    page.search_edit.setText("UMEA")
    assert titles(window) == ["Samverkan"]
    from deseo_desktop.services.design_data import dump_design

    with window.db.session() as s:
        actor = dump_design(s.connection(), example)["actor"][0]["name"]
    page.search_edit.setText(actor[:12])
    assert example in [page.model.summary(r).id for r in range(page.model.rowCount())]
    page.search_edit.setText("no such thing at all")
    assert page.list_stack.currentWidget() is page.no_match_label
    assert "No design matches" in page.no_match_label.text()
    page.search_edit.clear()
    page.country_combo.setCurrentIndex(page.country_combo.findData("SE"))
    assert titles(window) == ["Samverkan"]
    page.country_combo.setCurrentIndex(0)
    page.status_combo.setCurrentIndex(page.status_combo.findData("final"))
    assert titles(window) == []
    assert page.stack.currentWidget() is page.library_frame  # not the first-run empty state


def test_sorting_by_header(window, qtbot, titles):
    for t in ("Bravo", "alpha", "Charlie"):
        _new(window, t)
    window.reload()
    table = window.library_page.table
    table.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
    assert titles(window) == ["alpha", "Bravo", "Charlie"]
    table.sortByColumn(TITLE, Qt.SortOrder.DescendingOrder)
    assert titles(window) == ["Charlie", "Bravo", "alpha"]
    table.sortByColumn(CHANGED, Qt.SortOrder.DescendingOrder)
    assert titles(window)[0] == "Charlie"


def test_open_from_the_table_and_back(window, qtbot):
    design_id = _new(window, "Open me")
    window.reload(select=design_id)
    table = window.library_page.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.design_page
    assert "Open me" in window.windowTitle()
    window.actions.close_design.trigger()
    assert window.pages.currentWidget() is window.library_page


def test_recent_designs_menu(window):
    a, b = _new(window, "First"), _new(window, "Second")
    window.reload()
    window.open_design(a)
    window.open_design(b)
    recent = window.actions.recent_menu.actions()
    assert [x.text() for x in recent] == ["Second", "First"]
    window.show_library()
    window.actions.recent_menu.actions()[1].trigger()
    assert window.design_page.session.design_id == a


def test_standard_shortcuts(window):
    a = window.actions
    for action, key in (
        (a.new, QKeySequence.StandardKey.New),
        (a.undo, QKeySequence.StandardKey.Undo),
        (a.redo, QKeySequence.StandardKey.Redo),
        (a.find, QKeySequence.StandardKey.Find),
        (a.quit, QKeySequence.StandardKey.Quit),
    ):
        bindings = QKeySequence.keyBindings(key)
        # The platform's own binding where it has one; otherwise the common one.
        assert action.shortcuts() and (not bindings or action.shortcuts()[0] == bindings[0])
    assert a.preferences.shortcuts()  # a binding even where the platform has none


def test_window_geometry_is_remembered(make_window, gui_settings):
    first = make_window()
    first.resize(780, 560)  # the offscreen screen is 800 × 600
    first.close()
    second = make_window(size=None)
    assert (second.size().width(), second.size().height()) == (780, 560)


def test_app_font_is_dejavu(app):
    from PySide6.QtGui import QFontInfo

    assert QFontInfo(app.font()).family() == "DejaVu Sans"


def test_ten_thousand_character_title_via_service_is_refused(window):
    from deseo_desktop.rules.text import TextTooLong

    with pytest.raises(TextTooLong):
        _new(window, "x" * 10_000)
    assert list_designs(window.db) == []


def test_table_context_menu_offers_the_design_commands(window):
    actions = window.library_page.table.actions()
    a = window.actions
    for expected in (a.open, a.rename, a.duplicate, a.archive, a.trash):
        assert expected in actions


def test_a_synchronised_folder_is_warned_about(make_window, tmp_path):
    window = make_window(tmp_path / "Dropbox" / "designs.db")
    assert "synchronised" in window.statusBar().currentMessage()


def test_commands_are_disabled_without_a_selection(window, titles):
    assert not window.actions.rename.isEnabled()
    assert not window.actions.trash.isEnabled()
    design_id = _new(window, "Selectable")
    window.reload(select=design_id)
    assert window.actions.rename.isEnabled() and window.actions.trash.isEnabled()


def test_presentation_mode_enlarges_text(window, app):
    normal = window.library_page.search_edit.font().pointSizeF()
    window.actions.presentation.trigger()
    assert window.library_page.search_edit.font().pointSizeF() == pytest.approx(normal * 1.5)
    window.actions.presentation.trigger()
    assert window.library_page.search_edit.font().pointSizeF() == pytest.approx(normal)
