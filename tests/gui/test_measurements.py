"""Measurements on the evaluation step: the table, suppression, the progress of the latest
measurement, the indicator's chart and the design's scorecard, on the example design."""

from datetime import date

import pytest
from PySide6.QtCharts import QAreaSeries, QLineSeries
from PySide6.QtCore import QDate, Qt

from deseo_desktop.gui.design_session import DesignSession
from deseo_desktop.gui.editors.base import EditorContext
from deseo_desktop.gui.editors.evaluation_editor import EvaluationEditor
from deseo_desktop.gui.widgets.indicator_chart import day_x
from deseo_desktop.services import library, sections

CONTEXT = EditorContext("en", "EUR", 40, "new")


@pytest.fixture
def editor(app, db, qtbot):
    editor = EvaluationEditor(DesignSession(db, library.add_example(db)), CONTEXT)
    qtbot.addWidget(editor)
    editor.resize(1100, 1900)
    return editor


def select(editor, code):
    codes = [r["catalogue_code"] for r in editor.model.rows]
    editor.section.select_row(codes.index(code))
    return editor.measurements


def cell(panel, row, name, role=Qt.ItemDataRole.DisplayRole):
    model = panel.model
    return model.data(model.index(row, [c.name for c in model.columns].index(name)), role)


def set_cell(panel, row, name, value) -> bool:
    model = panel.model
    return model.setData(model.index(row, [c.name for c in model.columns].index(name)), value)


def lines(panel) -> dict:
    """The chart's series by legend name: points as (x, y), a band as its two edges."""
    out = {}
    for series in panel.chart.chart().series():
        if isinstance(series, QAreaSeries):
            edges = (series.lowerSeries(), series.upperSeries())
            out[series.name()] = [[(p.x(), p.y()) for p in e.points()] for e in edges]
        else:
            assert isinstance(series, QLineSeries)
            out[series.name()] = [(p.x(), p.y()) for p in series.points()]
    return out


def axis_titles(panel) -> list[str]:
    return [axis.titleText() for axis in panel.chart.chart().axes()]


def test_the_chart_draws_the_data(editor):
    panel = select(editor, "W4")  # the gap between women and men, from 13 to at most 5
    assert panel.section.title_label.text() == "Measurements of W4 · Open-ended contracts, by sex"
    start, end = day_x(date(2025, 12, 31)), day_x(date(2028, 12, 31))
    assert lines(panel) == {
        "Target (at most)": [(start, 5), (end, 5)],
        "Expected path": [(start, 13), (end, 5)],
        "Measured": [(day_x(date(2026, 6, 30)), 9), (day_x(date(2026, 12, 31)), 6)],
    }
    assert axis_titles(panel) == ["Date", "Gap between women and men (%)"]
    assert panel.chart.chart().legend().isVisible()
    assert panel.status_chip.text() == "✓ On track"
    assert "6 measured, 10.3 expected" in panel.status_label.text()
    assert "at most 5 by 31 Dec 2028" in panel.status_label.text()
    assert [cell(panel, r, "status") for r in range(2)] == ["✓ On track", "✓ On track"]
    table = panel.section.table
    hidden = [c.name for i, c in enumerate(panel.model.columns) if table.isColumnHidden(i)]
    assert hidden == ["value"]  # by sex: the women's and men's columns, and their counts
    panel = select(editor, "V1")  # one figure that counts organisations: never suppressed
    hidden = [c.name for i, c in enumerate(panel.model.columns) if table.isColumnHidden(i)]
    assert hidden == ["value_women", "value_men", "count_women", "count_men"]
    assert set(lines(panel)) == {"Target (at least)", "Expected path", "Measured"}
    assert panel.status_chip.text() == "✗ Off track"


def test_suppressed_figures_are_words_in_the_table_and_absent_from_the_chart(editor, qtbot):
    panel = select(editor, "K3")  # the first half-year had 9 women and 2 men
    assert [cell(panel, r, "period") for r in range(2)] == ["2026 H1", "2026 H2"]
    assert cell(panel, 0, "value_women") == cell(panel, 0, "value_men") == "suppressed"
    assert cell(panel, 0, "value_women", Qt.ItemDataRole.EditRole) == ""  # not in the editor
    assert "Fewer than 3 women" in cell(panel, 0, "value_men", Qt.ItemDataRole.ToolTipRole)
    assert cell(panel, 0, "status") == "Suppressed"
    assert (cell(panel, 1, "value_women"), cell(panel, 1, "count_men")) == ("28", "11")
    band = lines(panel)["Target range"]
    assert [y for _x, y in band[0]] == [40, 40] and [y for _x, y in band[1]] == [60, 60]
    assert lines(panel)["Measured"] == [(day_x(date(2026, 12, 31)), pytest.approx(2800 / 39))]
    assert axis_titles(panel)[1] == "Women's share (%)"
    assert panel.status_chip.text() == "! At risk"
    assert set_cell(panel, 0, "value_men", "")  # the editor left empty: the figure is kept
    assert cell(panel, 0, "value_men", Qt.ItemDataRole.EditRole) == ""
    rows = sections.load_rows(
        editor.session.db, "measurement", {"indicator_id": panel.indicator_id}
    )
    assert sorted(r["value_men"] for r in rows) == [2, 11]
    assert set_cell(panel, 0, "count_men", "3")  # three men: shown again, and drawn
    assert cell(panel, 0, "value_men") == "2"
    assert len(lines(panel)["Measured"]) == 2
    # The design's minimum (the Start step's advanced part) is read from the design row.
    session = editor.session
    session.push(sections.FieldEdit("design", session.design_id, "suppression_min", 12), "Minimum")
    assert [cell(panel, r, "value_women") for r in range(2)] == ["suppressed", "suppressed"]
    assert "Measured" not in lines(panel)
    assert panel.status_chip.text() == "Not measured"
    assert "fewer than 12 women or 12 men" in panel.status_label.text()
    assert editor.measurements.scorecard.lines[-1][4] == "2"  # K3 and P1 not measured now
    session.undo_stack.undo()
    assert panel.status_chip.text() == "! At risk"


def test_adding_a_measurement_updates_the_status_chart_and_scorecard(editor, qtbot):
    panel = select(editor, "V1")
    assert panel.scorecard.lines[-1] == ["All indicators", "5", "1", "2", "0", "62%"]
    assert ["Violence", "0", "0", "1", "0", "0%"] in panel.scorecard.lines
    panel.section.add_button.click()
    assert panel.model.rowCount() == 2 and panel.section.current_row() == 1
    assert cell(panel, 1, "status") == "No figure"
    for name, value in (
        ("period", "2027 H1"),
        ("measured_on", QDate(2027, 6, 30)),
        ("value", "100"),
        ("method", "survey"),
        ("note", "All eight"),
    ):
        assert set_cell(panel, 1, name, value), name
    rows = sections.load_rows(
        editor.session.db, "measurement", {"indicator_id": panel.indicator_id}
    )
    added = next(r for r in rows if r["period"] == "2027 H1")
    assert (added["measured_on"], added["value"], added["method"]) == (
        date(2027, 6, 30),
        100,
        "survey",
    )
    assert cell(panel, 1, "method") == "Survey" and cell(panel, 1, "status") == "✓ On track"
    assert panel.status_chip.text() == "✓ On track"
    assert lines(panel)["Measured"] == [
        (day_x(date(2026, 12, 31)), 62.5),
        (day_x(date(2027, 6, 30)), 100),
    ]
    assert panel.scorecard.lines[-1] == ["All indicators", "6", "1", "1", "0", "75%"]
    assert ["Violence", "1", "0", "0", "0", "100%"] in panel.scorecard.lines
    stack = editor.session.undo_stack
    for _ in range(6):  # the five values, then the row itself
        stack.undo()
    assert panel.model.rowCount() == 1 and len(lines(panel)["Measured"]) == 1
    assert panel.status_chip.text() == "✗ Off track"
    assert panel.scorecard.lines[-1][1] == "5"
    panel.section.select_row(0)
    panel.section.remove_button.click()
    assert panel.model.rowCount() == 0 and "Measured" not in lines(panel)
    assert panel.status_chip.text() == "Not measured"
    assert "No dated measurement yet" in panel.status_label.text()
    stack.undo()
    assert panel.model.rowCount() == 1 and cell(panel, 0, "value") == "62.5"


def test_a_trend_by_sex_draws_women_and_men_without_progress(editor):
    editor.section.add_button.click()  # a hand-written indicator: by sex, "at least"
    editor.target_kind_combo.setCurrentIndex(editor.target_kind_combo.findData("trend"))
    panel = editor.measurements
    assert panel.section.title_label.text() == "Measurements of the selected indicator"
    panel.section.add_button.click()
    for name, value in (
        ("measured_on", "2026-05-31"),
        ("value_women", "12"),
        ("value_men", "8"),
        ("count_women", "30"),
        ("count_men", "25"),
    ):
        assert set_cell(panel, 0, name, value), name
    x = day_x(date(2026, 5, 31))
    assert lines(panel) == {"Women": [(x, 12)], "Men": [(x, 8)]}
    assert axis_titles(panel) == ["Date", "Women and men (%)"]
    assert cell(panel, 0, "status") == "Not assessed"
    assert panel.status_chip.text() == "Not measured"
    assert "trend" in panel.status_label.text()
    assert panel.scorecard.lines[-1] == ["All indicators", "5", "1", "2", "1", "62%"]


def test_no_indicator_selected(editor):
    panel = editor.measurements
    assert panel.indicator_id == "" and panel.model.rowCount() == 0
    assert not panel.section.add_button.isEnabled()
    assert "Select an indicator" in panel.hint_label.text()
    assert panel.chart.chart().series() == [] and panel.status_chip.isHidden()
    select(editor, "T1")
    assert panel.section.add_button.isEnabled() and panel.model.rowCount() == 1


def test_the_start_steps_minimum_reaches_the_evaluation_page(window):
    """The per-design thresholds live on the Start step's advanced part, in the design row."""
    design_id = library.add_example(window.db)
    window.reload(select=design_id)
    window.open_design(design_id)
    page = window.design_page
    page.show_step("evaluation")
    panel = select(page.editor("evaluation"), "P1")  # 3 women and 3 men on the board
    assert cell(panel, 0, "value_women") == "50" and "Measured" in lines(panel)
    page.show_step("start")
    start = page.editor("start")
    start.suppression_spin.setValue(4)
    start.flush()  # what leaving the step does: the typing pause is not waited for
    page.show_step("evaluation")
    assert cell(panel, 0, "value_women") == "suppressed" and "Measured" not in lines(panel)
    assert "fewer than 4 women or 4 men" in panel.status_label.text()
