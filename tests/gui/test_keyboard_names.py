"""Keyboard only (issue 3): every input of every step is reached by Tab and has a name, and the
problems the keyboard run found stay fixed."""

from collections import defaultdict
from dataclasses import dataclass

import pytest
from keyboard_run import (
    ALT,
    K,
    focused,
    in_table,
    label_of,
    press,
    rows,
    start_keyboard_run,
    tab,
    tab_to,
    type_text,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMenuBar,
    QPlainTextEdit,
    QTabBar,
    QTableView,
    QTabWidget,
)

from deseo_desktop.services import library

# --- every input has a name --------------------------------------------------------------------

INPUTS = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
)


def walk(qtbot, limit: int = 200) -> list:
    """Every widget Tab stops on, from the focused one round to it again. A table reached
    with no current row gets one (Down), so that the details of its row can be reached."""
    first = focused()
    stops = [first]
    for _ in range(limit):
        tab(qtbot)
        widget = focused()
        if widget is first:
            return stops
        view = widget if isinstance(widget, QAbstractItemView) else None
        if view is not None and not view.currentIndex().isValid() and view.model().rowCount():
            press(qtbot, K.Key_Down)
        if widget not in stops:
            stops.append(widget)
    raise AssertionError(
        f"Tab did not come back to {label_of(first)!r}: {[label_of(w) for w in stops][-25:]}"
    )


def walk_with_tabs(qtbot) -> list:
    """`walk`, then again from each tab bar met, once for each of its other pages."""
    stops = walk(qtbot)
    for bar in [w for w in stops if isinstance(w, QTabBar)]:
        for _ in range(1, bar.count()):
            for _ in range(len(stops) + 10):  # round to the tab bar itself
                if focused() is bar:
                    break
                tab(qtbot)
            press(qtbot, K.Key_Right)
            stops += [w for w in walk(qtbot) if w not in stops]
    return stops


@dataclass(frozen=True)
class Stop:
    """A Tab stop, as read when the focus was on it."""

    kind: str  # the widget's class
    name: str  # what a screen reader says for it (label_of)
    is_input: bool
    headless: tuple[int, ...] = ()  # columns of a table with no header


def stop(widget) -> Stop:
    headless = ()
    if isinstance(widget, QTableView):
        model = widget.model()
        headless = tuple(
            c
            for c in range(model.columnCount())
            if not model.headerData(c, Qt.Orientation.Horizontal)
        )
    return Stop(type(widget).__name__, label_of(widget), isinstance(widget, INPUTS), headless)


def every_stop(window, qtbot) -> dict[str, list[Stop]]:
    """The Tab stops of every step of the example (in the wizard), of the Workshops dialog and
    of the catalogue dialog."""
    design_id = library.add_example(window.db)  # an existing cluster: every step applies
    library.set_wizard_state(window.db, design_id, "start", False)
    page = start_keyboard_run(window, qtbot, design_id)
    found = {}
    for step in page.steps():
        page.show_step(step)
        page.outline.setFocus()
        found[step] = [stop(w) for w in walk_with_tabs(qtbot)]
    for step, mnemonic in (("actors", K.Key_W), ("evaluation", K.Key_C)):
        page.show_step(step)
        page.outline.setFocus()
        press(qtbot, mnemonic, ALT)  # Workshops…, Add from the catalogue…
        # The dialog is up and holds the focus (it may take the focus an event later).
        qtbot.waitUntil(
            lambda: (
                QApplication.activeModalWidget() is not None
                and QApplication.activeModalWidget().isAncestorOf(QApplication.focusWidget())
            ),
            timeout=3000,
        )
        found[f"{QApplication.activeModalWidget().windowTitle()} dialog"] = [
            stop(w) for w in walk(qtbot)
        ]
        press(qtbot, K.Key_Escape)
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=3000)
        window.activateWindow()  # no window manager here to give the focus back
        qtbot.waitUntil(window.isActiveWindow)
    return found


def test_every_input_of_every_step_has_a_name(window, qtbot):
    found = every_stop(window, qtbot)
    steps = {"start", "actors", "baseline", "pooling", "existing_services", "governance"}
    steps |= {"financing", "valorisation", "evaluation", "agreement", "review"}
    assert steps < set(found) and len(found) == len(steps) + 2  # and the two dialogs
    unnamed = [
        f"{where}: {s.kind}"
        for where, stops in found.items()
        for s in stops
        if s.is_input and not s.name
    ]
    assert unnamed == [], unnamed
    headless = [
        f"{where}: {s.name} {s.headless}"
        for where, stops in found.items()
        for s in stops
        if s.headless
    ]
    assert headless == [], headless  # a column's header is its cells' label
    agreement = {s.name for s in found["agreement"]}
    walked = {"Kind", "Add every party", "Signatories", "Show the commitments of"}
    assert walked | {"How your text is used"} <= agreement  # its four tabs
    pooling = {s.name for s in found["pooling"]}
    assert {"What it is", "Who contributes", "Who uses it"} <= pooling  # the selected row's


# --- what the keyboard run found, fixed: each keeps a test -------------------------------------


def _blank_in_wizard(window, qtbot, step: str):
    design_id = library.create_blank(window.db, library.NewDesign("T", "Place"))
    library.set_wizard_state(window.db, design_id, step, False)
    return design_id, start_keyboard_run(window, qtbot, design_id)


def test_a_cell_committed_with_enter_keeps_the_focus_in_its_table(window, qtbot):
    _blank_in_wizard(window, qtbot, "actors")
    tab_to(qtbot, "Add a row to Organisations")
    press(qtbot, K.Key_Space)
    type_text(qtbot, "Coop Aurora")
    press(qtbot, K.Key_Return)
    assert in_table("Organisations"), label_of(QApplication.focusWidget())


def test_the_finish_mnemonic_finishes_the_wizard(window, qtbot):
    _design_id, page = _blank_in_wizard(window, qtbot, "review")
    press(qtbot, QKeySequence.mnemonic(page.next_button.text())[0].key(), ALT)
    if QApplication.activePopupWidget() is not None:
        press(qtbot, K.Key_Escape)
        pytest.fail("the mnemonic opened a menu")
    qtbot.waitUntil(lambda: not page.wizard, timeout=1000)


def _mnemonic_clashes(window) -> list[str]:
    keys = defaultdict(list)
    texts = [w.text() for w in window.findChildren(QLabel) if w.isVisible() and w.buddy()]
    texts += [w.text() for w in window.findChildren(QAbstractButton) if w.isVisible()]
    texts += [a.text() for bar in window.findChildren(QMenuBar) for a in bar.actions()]
    for text in texts:
        key = QKeySequence.mnemonic(text).toString()
        if key:
            keys[key].append(text)
    return [f"{k}: {' / '.join(v)}" for k, v in sorted(keys.items()) if len(v) > 1]


def test_no_two_visible_controls_share_a_mnemonic(window, qtbot):
    design_id = library.add_example(window.db)
    library.set_wizard_state(window.db, design_id, "start", False)
    page = start_keyboard_run(window, qtbot, design_id)
    clashes = []
    for step in page.steps():
        page.show_step(step)
        tabs = page.editor(step).findChildren(QTabWidget)
        for index in range(tabs[0].count() if tabs else 1):
            if tabs:
                tabs[0].setCurrentIndex(index)
            clashes += [f"{step} {index}: {c}" for c in _mnemonic_clashes(window)]
    assert clashes == [], clashes


def test_tab_order_follows_the_layout(window, qtbot):
    _design_id, page = _blank_in_wizard(window, qtbot, "start")
    page.outline.setFocus()
    heard = [label_of(w) for w in walk(qtbot)]
    assert heard[1] == "Title", heard
    assert (
        heard.index("Progress tolerance")
        < heard.index("Next >")
        < heard.index("Help for this step")
    ), heard


def test_every_tab_stop_has_a_name(window, qtbot):
    found = every_stop(window, qtbot)
    unnamed = [f"{where}: {s.kind}" for where, stops in found.items() for s in stops if not s.name]
    assert unnamed == [], unnamed


def test_tabbing_across_an_empty_date_leaves_it_empty(window, qtbot):
    design_id, _page = _blank_in_wizard(window, qtbot, "valorisation")
    tab_to(qtbot, "Add a row to Valorisation actions")
    press(qtbot, K.Key_Space)  # its kind
    tab(qtbot)
    type_text(qtbot, "Fair")
    tab(qtbot, 3)  # audience, date, responsible
    press(qtbot, K.Key_Escape)
    (action,) = rows(window.db, "valorisation_action", design_id=design_id)
    assert action["title"] == "Fair"
    assert action["planned_on"] is None
