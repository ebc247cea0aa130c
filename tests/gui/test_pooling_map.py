"""The pooling map page: its nodes and links are the design's rows, selection highlights
exactly a node's links, it opens rows, saves pictures, and lays out the same in every process."""

import os
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QWheelEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog

from deseo_desktop.gui.design_session import DesignSession
from deseo_desktop.gui.editors.base import EditorContext
from deseo_desktop.gui.pooling_map_page import PoolingMapPage
from deseo_desktop.services import library, sections, synthetic


def _page(qtbot, session, size=(1100, 700)) -> PoolingMapPage:
    page = PoolingMapPage(session, EditorContext("en", "EUR", 40, "new"))
    qtbot.addWidget(page)
    page.resize(*size)
    page.show()
    qtbot.waitExposed(page)
    return page


def _rows(session, table: str) -> list[dict]:
    if table in ("actor", "pooled_resource"):
        return sections.load_rows(session.db, table, {"design_id": session.design_id})
    out = []
    for resource in _rows(session, "pooled_resource"):
        out += sections.load_rows(session.db, table, {"resource_id": resource["id"]})
    return out


def _seen(page):
    """The part of the map the view shows, in scene units."""
    return page.view.mapToScene(page.view.viewport().rect()).boundingRect()


@pytest.fixture
def example(app, db):
    return DesignSession(db, library.add_example(db))


def test_nodes_are_actors_and_resources_links_are_contributions_and_uses(qtbot, example):
    page = _page(qtbot, example)
    actors, resources = _rows(example, "actor"), _rows(example, "pooled_resource")
    contributions, uses = _rows(example, "contribution"), _rows(example, "resource_use")
    assert len(actors) == 10 and len(resources) == 6 and len(contributions) == 12
    assert set(page.view.nodes) == {r["id"] for r in actors + resources}
    assert sorted(page.view.ends) == sorted(r["id"] for r in contributions + uses)
    for row in contributions + uses:
        assert page.view.ends[row["id"]] == (row["actor_id"], row["resource_id"])
    assert not page.view.thin_links() and page.legend.widths_vary  # few links: value widths
    legend = page.legend.accessibleDescription()
    assert "Social co-operative: 3" in legend and "Local authority: 2" in legend


def test_selecting_a_node_highlights_exactly_its_links_and_neighbours(qtbot, example):
    page = _page(qtbot, example)
    links = _rows(example, "contribution") + _rows(example, "resource_use")
    assert page.view.highlighted_links() == []
    for node_id in [*page.view.nodes][:3] + [*page.view.nodes][-2:]:
        page.view.select_node(node_id)
        own = [r for r in links if node_id in (r["actor_id"], r["resource_id"])]
        assert own, "every node of the example has a link"
        assert sorted(page.view.highlighted_links()) == sorted(r["id"] for r in own)
        near = {node_id} | {r["actor_id"] for r in own} | {r["resource_id"] for r in own}
        assert set(page.view.highlighted_nodes()) == near
        assert page.view.nodes[node_id].state == "focus"
    page.view.scene().clearSelection()
    assert page.view.highlighted_links() == [] and page.view.highlighted_nodes() == []


def test_clicking_a_node_selects_it_and_describes_it(qtbot, example):
    page = _page(qtbot, example)
    [aurora] = [a for a in _rows(example, "actor") if a["name"].startswith("Aurora")]
    item = page.view.nodes[aurora["id"]]
    spot = page.view.mapFromScene(item.scenePos())
    QTest.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert page.view.selected_node() == aurora["id"]
    text = page.details_label.text()
    assert "Aurora Social Co-operative" in text and "contributes to 2 resources" in text
    assert "€46,500.00" in text  # 42,000 to the nursery and 4,500 to the rota software
    assert page.open_button.isEnabled() and "Actors" in page.open_button.text()
    resource = _rows(example, "pooled_resource")[-1]["id"]
    spot = page.view.mapFromScene(page.view.nodes[resource].scenePos())
    ctrl = Qt.KeyboardModifier.ControlModifier  # adds to a selection elsewhere: not here
    QTest.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, ctrl, spot)
    assert [i.node_id for i in page.view.scene().selectedItems()] == [resource]
    assert set(page.view.highlighted_nodes()) == {resource} | {
        r["actor_id"]
        for r in _rows(example, "contribution") + _rows(example, "resource_use")
        if r["resource_id"] == resource
    }
    QTest.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(2, 2))
    assert page.view.selected_node() == "" and not page.open_button.isEnabled()


def test_a_node_opens_its_row_in_its_step(qtbot, example):
    page = _page(qtbot, example)
    actor = _rows(example, "actor")[0]["id"]
    resource = _rows(example, "pooled_resource")[0]["id"]
    with qtbot.waitSignal(page.open_row) as opened:
        page.view.select_node(resource)
        page.open_button.click()
    assert opened.args == ["pooling", resource]
    with qtbot.waitSignal(page.open_row) as opened:
        spot = page.view.mapFromScene(page.view.nodes[actor].scenePos())
        QTest.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert opened.args == ["actors", actor]
    page.view.setFocus()
    with qtbot.waitSignal(page.open_row) as opened:
        QTest.keyClick(page.view, Qt.Key.Key_Return)
    assert opened.args == ["actors", actor]


def test_the_arrow_keys_walk_the_map(qtbot, example):
    page = _page(qtbot, example)
    page.view.setFocus()
    names = {n.id: n.name for n in page.map.nodes}

    def press(key) -> str:
        QTest.keyClick(page.view, key)
        return names[page.view.selected_node()]

    assert press(Qt.Key.Key_Down) == "Aurora Social Co-operative"  # the first node
    assert press(Qt.Key.Key_Down) == "Il Ponte Work-Integration Co-operative"
    assert press(Qt.Key.Key_Up) == "Aurora Social Co-operative"
    assert press(Qt.Key.Key_Up) == "Aurora Social Co-operative"  # the top stays the top
    aurora = page.view.nodes[page.view.selected_node()]
    resource = press(Qt.Key.Key_Right)
    resources = [n for n in page.map.nodes if not n.is_actor]
    assert resource in {n.name for n in resources}
    gaps = {abs(page.view.nodes[n.id].y() - aurora.y()) for n in resources}
    assert abs(page.view.nodes[page.view.selected_node()].y() - aurora.y()) == min(gaps)
    partner = press(Qt.Key.Key_Right)
    assert page.view.nodes[page.view.selected_node()].side == "right"
    assert press(Qt.Key.Key_Right) == partner  # nothing further right
    QTest.keyClick(page.view, Qt.Key.Key_Escape)
    assert page.view.selected_node() == ""


def test_find_selects_a_node_by_name(qtbot, example):
    page = _page(qtbot, example)
    assert page.find("vehicle pool")
    [pool] = [r for r in _rows(example, "pooled_resource") if r["name"].startswith("Vehicle")]
    assert page.view.selected_node() == pool["id"]
    assert not page.find("no such thing")
    assert "no such thing" in page.details_label.text()


def test_zoom_keys_buttons_and_fit(qtbot, example):
    page = _page(qtbot, example)
    fitted = page.view.zoom()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=3000)
    page.view.setFocus()
    QTest.keyClick(page.view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert page.view.zoom() == pytest.approx(fitted * 1.25)
    QTest.keyClick(page.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(page.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert page.view.zoom() == pytest.approx(fitted / 1.25)
    centre = QPointF(page.view.viewport().rect().center())
    wheel = QWheelEvent(
        centre,
        page.view.viewport().mapToGlobal(centre),
        QPoint(0, 0),
        QPoint(0, 240),  # two notches away from the person: closer in
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(page.view.viewport(), wheel)
    assert page.view.zoom() == pytest.approx(fitted)  # two notches make one step: back in
    QTest.keyClick(page.view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    page.fit_action.trigger()
    assert page.view.zoom() == pytest.approx(fitted)
    qtbot.waitUntil(lambda: _seen(page).contains(page.view.sceneRect().adjusted(1, 1, -1, -1)))


def test_the_map_follows_an_edit_made_elsewhere(qtbot, example):
    page = _page(qtbot, example)
    actor = _rows(example, "actor")[-1]["id"]
    resource = _rows(example, "pooled_resource")[-1]["id"]
    before = len(page.view.ends)
    edit = sections.new_row(example.db, "resource_use", {"resource_id": resource}, actor_id=actor)
    example.push(edit, "Add use")
    qtbot.waitUntil(lambda: len(page.view.ends) == before + 1)
    assert edit.values["id"] in page.view.ends
    example.undo_stack.undo()
    qtbot.waitUntil(lambda: len(page.view.ends) == before)


@pytest.mark.parametrize(
    ("name", "chosen_filter", "written"),
    [
        ("map.png", "PNG image (*.png)", "map.png"),
        ("map.svg", "PNG image (*.png)", "map.svg"),
        ("map", "SVG drawing (*.svg)", "map.svg"),
    ],
)
def test_save_as_png_or_svg(qtbot, example, tmp_path, monkeypatch, name, chosen_filter, written):
    page = _page(qtbot, example)
    asked = []

    def answer(parent, caption, start, filters):
        asked.append((caption, start, filters))
        return str(tmp_path / name), chosen_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    path = page.save_image()
    assert path == tmp_path / written and path.is_file()
    assert "*.png" in asked[0][2] and "*.svg" in asked[0][2]
    assert asked[0][1].endswith(".png")
    if written.endswith(".png"):
        image = QImage(str(path))
        assert not image.isNull() and image.width() > page.view.sceneRect().width()
    else:
        assert QSvgRenderer(str(path)).isValid()
        text = path.read_text(encoding="utf-8")
        assert "Vehicle pool for home-care rounds" in text and "Social co-operative" in text


def test_cancelling_the_dialog_writes_nothing(qtbot, example, tmp_path, monkeypatch):
    page = _page(qtbot, example)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: ("", ""))
    assert page.save_image() is None


def test_an_empty_design_says_what_to_add(qtbot, app, db):
    session = DesignSession(db, library.create_blank(db, library.NewDesign("T", "Place")))
    page = _page(qtbot, session)
    assert page.view.nodes == {} and page.view.ends == {}
    assert "Nothing to map yet" in page.details_label.text()
    assert page.legend.isHidden()


def test_three_hundred_organisations_names_appear_as_one_zooms_in(qtbot, app, db):
    session = DesignSession(db, synthetic.add_large_design(db, seed=3))
    page = _page(qtbot, session, (1280, 800))
    assert len(page.view.nodes) == 450 and len(page.view.ends) == 1000
    assert page.view.thin_links() and not page.legend.widths_vary  # hairlines, no width key
    far = page.view.zoom()
    node = page.view.nodes[_rows(session, "actor")[150]["id"]]
    assert far < 0.5 and not node.shows_label(far)  # the whole map: dots, headers, links
    qtbot.waitUntil(lambda: _seen(page).contains(page.view.sceneRect().adjusted(1, 1, -1, -1)))
    assert page.find(_rows(session, "actor")[150]["name"])
    assert node.shows_label(page.view.zoom())
    assert _seen(page).contains(node.sceneBoundingRect())


POSITIONS = textwrap.dedent(
    """
    import sys
    from PySide6.QtWidgets import QApplication
    from deseo_desktop.gui.design_session import DesignSession
    from deseo_desktop.gui.editors.base import EditorContext
    from deseo_desktop.gui.pooling_map_page import PoolingMapPage
    from deseo_desktop.services.database import Database

    app = QApplication([])
    db = Database.open(sys.argv[1])
    page = PoolingMapPage(DesignSession(db, sys.argv[2]), EditorContext())
    page.refresh()
    for node_id, item in sorted(page.view.nodes.items()):
        print(node_id, item.pos().x(), item.pos().y())
    db.close()
    """
)


def test_node_positions_are_the_same_whatever_the_hash_seed(db, db_path):
    design_id = synthetic.add_large_design(db, seed=2)
    db.close()
    outputs = []
    for seed in ("1", "4242"):
        env = dict(os.environ, PYTHONHASHSEED=seed, QT_QPA_PLATFORM="offscreen")
        done = subprocess.run(
            [sys.executable, "-c", POSITIONS, str(db_path), design_id],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        outputs.append(done.stdout.splitlines())
    assert len(outputs[0]) == 300 + 150
    assert outputs[0] == outputs[1]
