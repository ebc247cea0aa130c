"""The dashboard page on a real database file: its charts hold the figures of the design."""

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCharts import QAbstractBarSeries, QLineSeries
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog

from deseo_desktop.gui.dashboard_page import ACTOR_BARS, CONTRIBUTOR_BARS, DashboardPage
from deseo_desktop.gui.design_session import DesignSession
from deseo_desktop.gui.editors.base import EditorContext
from deseo_desktop.services import edits, library, sections, synthetic
from deseo_desktop.services.dashboard import actor_bars, dashboard


@pytest.fixture
def open_page(app, qtbot, db):
    """The page in a window of its own, with the English translations (plural forms)."""

    def make(design_id, language="en", width=1200):
        session = DesignSession(db, design_id)
        page = DashboardPage(session, EditorContext(language, "EUR", 40, "existing"))
        session.setParent(page)
        qtbot.addWidget(page)
        page.resize(width, 800)
        page.show()
        qtbot.waitExposed(page)
        return page

    return make


@pytest.fixture
def example(db):
    return library.add_example(db)


def bar_sets(card):
    """Each set's values from the top bar down (Qt holds them bottom-up)."""
    (series,) = [s for s in card.chart().series() if isinstance(s, QAbstractBarSeries)]
    return {s.label(): [s.at(i) for i in reversed(range(s.count()))] for s in series.barSets()}


def lines(card):
    return [s for s in card.chart().series() if isinstance(s, QLineSeries)]


def categories(card):
    """The bar names from the top, as a person reads them (Qt lists them bottom-up)."""
    axis = next(a for a in card.chart().axes() if hasattr(a, "categories"))
    return list(reversed(axis.categories()))


def assert_titled(card):
    chart = card.chart()
    assert chart.title()
    assert len(chart.axes()) == 2 and all(a.titleText() for a in chart.axes())
    assert chart.legend().isVisible()


def test_the_cluster_chart_shows_each_group_by_sex(open_page, db, example):
    page = open_page(example)
    data = dashboard(db, example)
    card = page.cluster_card
    assert_titled(card)
    sets = bar_sets(card)
    assert list(sets) == ["Women", "Men"]
    assert len(categories(card)) == len(data.cluster) == 6
    for i, counts in enumerate(data.cluster.values()):
        women, men = sets["Women"][i], sets["Men"][i]
        assert women == round(100 * counts.women / counts.stated) and women + men == 100
    assert categories(card)[0] == f"Workforce ({data.cluster['workforce'].stated})"
    threshold = [s for s in lines(card) if s.name()]
    assert [s.name() for s in threshold] == ["Balance: each sex at least 40%"]
    assert {p.x() for s in lines(card) for p in s.points()} == {40, 60}
    assert "not stated" in card.note_label.text()
    assert "Workshop attendance: 37 women" in card.tips[4]
    value, note = page.tiles["workforce"]
    assert value.text() == "58%" and "722" in note.text()


def test_three_hundred_organisations_and_the_actor_choices(open_page, db):
    design_id = synthetic.add_large_design(db, seed=1)
    page = open_page(design_id)
    data = dashboard(db, design_id)
    card = page.actors_card
    assert_titled(card)
    names = categories(card)
    assert len(names) == ACTOR_BARS
    assert names[-1].startswith(f"{300 - 19 - 33} other organisations (")  # 33 gave no figures
    page.measure_combo.setCurrentIndex(page.measure_combo.findData("managers"))
    page.order_combo.setCurrentIndex(page.order_combo.findData("fewest_women"))
    assert card.chart().title() == "Women and men by organisation: management"
    bars, _missing = actor_bars(data.actors, "managers", "fewest_women", ACTOR_BARS)
    women = bar_sets(card)["Women"]
    assert women == [round(100 * b.counts.women / b.counts.stated) for b in bars]
    assert women[:-1] == sorted(women[:-1])
    contributors = page.contributor_card
    assert len(bar_sets(contributors)["Cash"]) == CONTRIBUTOR_BARS
    more = len(data.by_contributor) - CONTRIBUTOR_BARS
    titles = [a.titleText() for a in contributors.chart().axes()]
    assert any(t.startswith(f"Contributor; {more} others: €") for t in titles)


def test_pooled_value_charts_hold_cash_and_in_kind(open_page, db, example):
    page = open_page(example)
    data = dashboard(db, example)
    for card, bars in (
        (page.category_card, data.by_category),
        (page.contributor_card, data.by_contributor),
    ):
        assert_titled(card)
        sets = bar_sets(card)
        assert list(sets) == ["Cash", "In kind"]
        assert sets["Cash"] == [b.cash_cents / 100 for b in bars]
        assert sets["In kind"] == [b.in_kind_cents / 100 for b in bars]
    assert categories(page.category_card)[0] == "Childcare (€85K)"
    value, note = page.tiles["pooled"]
    assert value.text() == "€193K" and note.text() == "71% in kind"


def test_the_financing_chart_marks_the_threshold_and_the_gender_minimum(open_page, db, example):
    page = open_page(example)
    score = dashboard(db, example).financing
    card = page.financing_card
    assert_titled(card)
    assert card.chart().title() == "Financing score: 77.8 of 100, funded"
    sets = bar_sets(card)
    points = [float(score.total), *(float(c.points) for c in score.criteria), float(score.bonus)]
    assert sets["Points"] == pytest.approx(points)
    maxima = [100, *(c.max_points for c in score.criteria), score.bonus_cap]
    assert [p + rest for p, rest in zip(sets["Points"], sets["Not earned"], strict=True)] == (
        pytest.approx(maxima)
    )
    threshold, minimum = lines(card)
    assert threshold.name() == "Threshold (60)" and {p.x() for p in threshold.points()} == {60}
    assert minimum.name() == "Criterion 3 minimum (10)"
    rows = len(points)
    gender_row = 1 + [c.code for c in score.criteria].index("3")
    spans = sorted(p.y() for p in minimum.points())  # across that one bar (Qt counts bottom-up)
    assert spans == pytest.approx([rows - 1 - gender_row - 0.45, rows - 1 - gender_row + 0.45])


def test_the_indicator_chart_counts_statuses_by_domain(open_page, db, example):
    page = open_page(example)
    card_data = dashboard(db, example).scorecard
    card = page.progress_card
    assert_titled(card)
    sets = bar_sets(card)
    assert list(sets) == ["On track", "At risk", "Off track", "Not measured"]
    tallies = [card_data.overall, *card_data.domains.values()]
    assert sets["On track"] == [t.on_track for t in tallies]
    assert sets["Off track"] == [t.off_track for t in tallies]
    assert len(categories(card)) == 1 + len(card_data.domains)


def same_picture(saved: QImage, shown: QImage) -> bool:
    """Whether the saved picture, brought to the screen's size, looks like the chart shown."""
    small = saved.scaled(shown.size()).convertToFormat(QImage.Format.Format_RGB32)
    shown = shown.convertToFormat(QImage.Format.Format_RGB32)
    differ = 0
    for y in range(0, shown.height(), 4):
        for x in range(0, shown.width(), 4):
            a, b = small.pixelColor(x, y), shown.pixelColor(x, y)
            differ += abs(a.red() - b.red()) + abs(a.green() - b.green()) > 120
    return differ < 0.05 * (shown.height() // 4) * (shown.width() // 4)


@pytest.mark.parametrize("suffix,chosen", [(".png", "PNG"), (".svg", "SVG"), ("", "SVG")])
def test_saving_a_chart_writes_a_valid_picture(
    open_page, example, tmp_path, monkeypatch, suffix, chosen
):
    page = open_page(example)
    card = page.cluster_card
    asked = {}

    def pick(parent, caption, start, filters):
        asked.update(caption=caption, start=start, filters=filters)
        picked = next(f for f in filters.split(";;") if f.startswith(chosen))
        return str(tmp_path / f"balance{suffix}"), picked

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(pick))
    path = card.save()
    assert asked["start"].endswith("women-and-men-in-the-cluster.png")
    if chosen == "PNG":
        image = QImage(path)
        assert not image.isNull()
        assert image.width() == 2 * card.view.width() and image.height() == 2 * card.view.height()
        assert image.pixelColor(image.width() // 2, 4).name() == "#ffffff"
        assert same_picture(image, card.view.grab().toImage())  # the whole chart, not a part
    else:
        assert path.endswith(".svg")
        root = ET.parse(path).getroot()
        assert root.tag.endswith("svg")
        text = open(path, encoding="utf-8").read()
        assert "Women and men in the cluster" in text and "each sex at least" in text


def test_cancelling_the_dialog_writes_nothing(open_page, example, tmp_path, monkeypatch):
    page = open_page(example)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: ("", "")))
    assert page.financing_card.save() is None
    assert list(tmp_path.glob("*.png")) == []


def test_a_blank_design_says_what_is_missing(open_page, db):
    design_id = library.create_blank(db, library.NewDesign("Blank", "Valdoria"))
    page = open_page(design_id)
    for card in page.cards:
        assert card.empty_label.isVisible() and not card.save_button.isEnabled()
        assert not card.view.isVisible()
    assert page.actors_card.empty_label.text() == (
        "Women and men by organisation\nNo organisation has given these figures yet."
    )
    assert page.tiles["score"][0].text() == "—"


def test_an_edit_while_shown_redraws_and_a_hidden_page_waits(open_page, qtbot, db, example):
    page = open_page(example)
    contribution = sections.load_rows(db, "contribution", {})[0]
    before = page.data.pooled.total_cents
    edit = edits.FieldEdit("contribution", contribution["id"], "value_cents", 0)
    page.session.push(edit, "value")
    qtbot.waitUntil(lambda: page.data.pooled.total_cents == before - contribution["value_cents"])
    page.hide()
    page.session.undo_stack.undo()
    assert page.stale and page.data.pooled.total_cents != before
    page.show()
    assert page.data.pooled.total_cents == before and not page.stale


def test_two_columns_when_wide_one_when_narrow(open_page, qtbot, example):
    page = open_page(example, width=1400)
    assert page.columns == 2
    assert page.wide_layout.indexOf(page.actors_card) == 0
    page.resize(700, 800)
    qtbot.waitUntil(lambda: page.columns == 1)
    assert page.column_layouts[0].indexOf(page.actors_card) == 1
    assert page.column_layouts[1].count() == 1  # only its stretch
