"""Keyboard only (issue 3): the whole wizard completed with keys sent to the focused widget.

After the design is opened, every key goes to `QApplication.focusWidget()`: Tab and Shift+Tab to
move, typing, Space, Enter, Escape, arrows, F2 and the mnemonics (Alt+N for Next). No widget is
picked by name to receive a key; names are only read to know where the focus is, as a screen
reader user hears them.

The problems this run found are fixed and keep a test each at the end.
"""

from collections import defaultdict
from dataclasses import dataclass

import pytest
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

from deseo_desktop.services import library, sections
from deseo_desktop.services.review import review_design

K = Qt.Key
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
NONE = Qt.KeyboardModifier.NoModifier


# --- keys to the focused widget only ---------------------------------------------------------


def focused():
    widget = QApplication.focusWidget()
    assert widget is not None, "no widget has the keyboard focus"
    return widget


def label_of(widget) -> str:
    """What a screen reader says for the widget: its accessible name, else its label."""
    if widget is None:
        return ""
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton):  # a button's or check box's own text
        return widget.text().replace("&", "")
    if isinstance(widget, QTabBar):
        return widget.tabText(widget.currentIndex()).replace("&", "")
    for label in widget.window().findChildren(QLabel):
        if label.buddy() is widget:
            return label.text().replace("&", "").rstrip(":")
    return ""


def press(qtbot, key, modifier=NONE):
    qtbot.keyClick(focused(), key, modifier)
    QApplication.processEvents()  # Enter commits a cell through a queued call


def type_text(qtbot, text: str):
    for char in text:  # each key to whatever has the focus now (the first may open an editor)
        qtbot.keyClick(focused(), char)
    QApplication.processEvents()


def tab(qtbot, n: int = 1, back: bool = False):
    for _ in range(n):
        press(qtbot, K.Key_Tab, SHIFT if back else NONE)


def tab_to(qtbot, name: str, back: bool = False, limit: int = 40) -> int:
    """Tab (or Shift+Tab) until the focused widget is called `name`; how many presses."""
    heard = []
    for n in range(1, limit + 1):
        tab(qtbot, back=back)
        heard.append(label_of(QApplication.focusWidget()))
        if heard[-1] == name:
            return n
    raise AssertionError(f"Tab never reached {name!r}; it went through {heard}")


def in_table(name: str) -> bool:
    """Whether the focus is on the table called `name` or on an editor open in one of its cells."""
    widget = QApplication.focusWidget()
    while widget is not None and not isinstance(widget, QAbstractItemView):
        widget = widget.parentWidget()
    return widget is not None and widget.accessibleName() == name


def back_into(qtbot, table: str):
    """Finding 1: committing a cell can throw the focus out of its table; Shift+Tab back."""
    if not in_table(table):
        tab_to(qtbot, table, back=True)


def next_step(qtbot, page, step: str):
    press(qtbot, K.Key_N, ALT)  # "&Next >": the button clicks itself after a short animation
    qtbot.waitUntil(lambda: page.current_step() == step, timeout=3000)


def start_keyboard_run(window, qtbot, design_id: str):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.open_design(design_id)
    QApplication.processEvents()
    focused()  # from here on, keys only
    return window.design_page


def rows(db, table, **where):
    return sections.load_rows(db, table, where)


# --- the run -------------------------------------------------------------------------------------

ACTORS = (  # name, the key picking its kind in the combo box (None: keep the default)
    ("Coop Aurora", None),  # social co-operative
    ("Province of Valdoria", K.Key_L),  # local authority
    ("Centro Donne Libere", K.Key_W),  # women's-rights centre
)
BASELINES = (  # workforce, managers, board: women, men, not stated ("" left empty)
    ("30", "10", "1", "3", "2", "", "3", "2", ""),
    ("200", "180", "", "10", "9", "", "5", "5", "0"),
    ("9", "1", "", "2", "0", "", "3", "2", ""),
)


def test_the_whole_wizard_with_the_keyboard_only(window, qtbot):
    db = window.db
    design_id = library.create_blank(db, library.NewDesign("", ""))
    page = start_keyboard_run(window, qtbot, design_id)
    assert page.wizard and page.current_step() == "start"

    # 1 Start: the focus is on the outline; Tab into the form.
    tab_to(qtbot, "Title")
    type_text(qtbot, "Care Together")
    tab(qtbot)
    type_text(qtbot, "Province of Valdoria")
    tab_to(qtbot, "Cluster")
    press(qtbot, K.Key_Down)  # an existing cluster: step (b) joins the wizard
    tab_to(qtbot, "Facilitator")
    type_text(qtbot, "Giulia Ferraris")
    next_step(qtbot, page, "actors")

    # 2 Actors: Add, then the row is typed cell by cell (Tab commits and opens the next one).
    for row, (name, kind_key) in enumerate(ACTORS):
        tab_to(qtbot, "Add a row to Organisations", back=row > 0)
        press(qtbot, K.Key_Space)
        type_text(qtbot, name)
        tab(qtbot)  # the kind's combo box
        column = 1
        if kind_key is not None:
            press(qtbot, kind_key)
            tab(qtbot)  # commits the kind, opens the legal form
            column = 2
        press(qtbot, K.Key_Escape)  # leaves the open cell as it was; the focus stays in the table
        assert in_table("Organisations")
        for _ in range(7 - column):  # to "Signs"
            press(qtbot, K.Key_Right)
        press(qtbot, K.Key_Space)  # "Signs" is ticked
    press(qtbot, K.Key_Left)  # the last actor's e-mail, then Tab onto a check box cell
    type_text(qtbot, "info@centrodonne.example")
    tab(qtbot)
    back_into(qtbot, "Organisations")  # finding 1: the focus went to the outline
    press(qtbot, K.Key_Right)
    press(qtbot, K.Key_Space)  # women-led
    actors = rows(db, "actor", design_id=design_id)
    assert [(a["name"], a["is_signatory"]) for a in actors] == [(n, True) for n, _ in ACTORS]
    assert [a["kind"] for a in actors] == ["social_cooperative", "local_authority", "womens_centre"]
    assert actors[2]["contact_email"] == "info@centrodonne.example" and actors[2]["women_led"]
    next_step(qtbot, page, "baseline")

    # 3 Gender baseline: one Tab per count, row after row.
    tab_to(qtbot, "Women and men in each organisation")
    press(qtbot, K.Key_Right)
    for values in BASELINES:
        for value in values:
            type_text(qtbot, value)
            tab(qtbot)
        tab(qtbot)  # past the organisation's name, to the next row's first count
    press(qtbot, K.Key_Escape)
    for actor, values in zip(rows(db, "actor", design_id=design_id), BASELINES, strict=True):
        stored = [
            actor[f"{g}_{s}"]
            for g in ("workforce", "managers", "board")
            for s in ("women", "men", "not_stated")
        ]
        assert stored == [int(v) if v else None for v in values]
    next_step(qtbot, page, "pooling")

    # 4 (a) Pooling: a resource, its texts, who contributes and who uses it.
    tab_to(qtbot, "Add a row to Pooled resources and services")
    press(qtbot, K.Key_Space)
    type_text(qtbot, "Shared nursery")
    tab(qtbot)
    press(qtbot, K.Key_C)  # Childcare
    tab(qtbot)  # commits; the editor wraps to the name
    press(qtbot, K.Key_Escape)
    tab_to(qtbot, "What it is")
    type_text(qtbot, "Places for the children of staff, 7:00 to 19:30")
    tab(qtbot)
    type_text(qtbot, "Women can take full shifts")
    tab_to(qtbot, "Add a row to Who contributes")
    press(qtbot, K.Key_Space)  # the organisation's combo box opens
    press(qtbot, K.Key_Down)  # the second actor
    tab(qtbot)  # cash or in kind
    tab(qtbot)  # value
    type_text(qtbot, "18000")
    tab(qtbot)
    press(qtbot, K.Key_Escape)
    tab_to(qtbot, "Add a row to Who uses it")
    press(qtbot, K.Key_Space)
    press(qtbot, K.Key_Down)
    press(qtbot, K.Key_Down)  # the third actor
    tab(qtbot)
    type_text(qtbot, "12")
    tab(qtbot)
    type_text(qtbot, "4")
    tab(qtbot)
    press(qtbot, K.Key_Escape)
    (resource,) = rows(db, "pooled_resource", design_id=design_id)
    assert (resource["name"], resource["category"]) == ("Shared nursery", "childcare")
    assert resource["equality_benefit"] == "Women can take full shifts"
    (contribution,) = rows(db, "contribution", resource_id=resource["id"])
    assert (contribution["actor_id"], contribution["value_cents"]) == (actors[1]["id"], 1800000)
    (use,) = rows(db, "resource_use", resource_id=resource["id"])
    assert (use["actor_id"], use["users_women"], use["users_men"]) == (actors[2]["id"], 12, 4)
    next_step(qtbot, page, "existing_services")

    # 5 (b) Existing services: one improvement action.
    tab_to(qtbot, "Add a row to Improvement actions")
    press(qtbot, K.Key_Space)
    type_text(qtbot, "Day centre for elders")
    tab(qtbot)  # the owner
    press(qtbot, K.Key_Down)
    tab(qtbot)  # the deadline's date editor: leave it untouched
    press(qtbot, K.Key_Escape)
    tab_to(qtbot, "The gap found")
    type_text(qtbot, "Closes at 16:00")
    tab(qtbot)
    type_text(qtbot, "Open until 18:30")
    (improvement,) = rows(db, "improvement_action", design_id=design_id)
    assert improvement["service"] == "Day centre for elders"
    assert improvement["owner_id"] == actors[0]["id"]
    next_step(qtbot, page, "governance")
    assert rows(db, "improvement_action", design_id=design_id)[0]["action"] == "Open until 18:30"

    # 6 Governance: a body with one woman and one man.
    tab_to(qtbot, "Add a row to Governance bodies")
    press(qtbot, K.Key_Space)
    type_text(qtbot, "Steering committee")
    tab(qtbot)
    press(qtbot, K.Key_Escape)  # its kind stays a steering committee
    tab_to(qtbot, "How decisions are taken")
    type_text(qtbot, "By consensus")
    for n, (holder, sex_key) in enumerate((("Ana Rossi", K.Key_W), ("Marco Neri", K.Key_M))):
        tab_to(qtbot, "Add a row to Seats", back=n > 0)
        press(qtbot, K.Key_Space)
        type_text(qtbot, holder)
        tab(qtbot)  # the organisation
        for _ in range(n + 1):
            press(qtbot, K.Key_Down)
        tab(qtbot)  # the sex
        press(qtbot, sex_key)
        tab(qtbot)  # the role
        press(qtbot, K.Key_Escape)
    (body,) = rows(db, "governance_body", design_id=design_id)
    assert (body["name"], body["decision_rule"]) == ("Steering committee", "By consensus")
    seats = rows(db, "seat", body_id=body["id"])
    assert [(s["holder"], s["sex"]) for s in seats] == [
        ("Ana Rossi", "woman"),
        ("Marco Neri", "man"),
    ]
    assert [s["actor_id"] for s in seats] == [actors[0]["id"], actors[1]["id"]]
    next_step(qtbot, page, "financing")

    # 7 (c) Financing: the coordination line, through its own button.
    tab_to(qtbot, "Add a coordination line at the top of the budget")
    press(qtbot, K.Key_Space)  # adds the line and opens its label
    type_text(qtbot, "Cluster coordinator")
    tab(qtbot)
    type_text(qtbot, "2026")
    tab(qtbot)
    type_text(qtbot, "12000")
    tab(qtbot)
    press(qtbot, K.Key_Escape)
    (line,) = rows(db, "budget_line", design_id=design_id)
    assert (line["category"], line["label"], line["year"], line["amount_cents"]) == (
        "coordination",
        "Cluster coordinator",
        2026,
        1200000,
    )
    next_step(qtbot, page, "valorisation")

    # 8 (d) Valorisation: an action with its speakers.
    tab_to(qtbot, "Add a row to Valorisation actions")
    press(qtbot, K.Key_Space)  # its kind's combo box
    tab(qtbot)
    type_text(qtbot, "Open day at the nursery")
    tab(qtbot)
    type_text(qtbot, "Families")
    tab(qtbot)  # the date
    tab(qtbot)  # the responsible organisation
    press(qtbot, K.Key_Down)
    tab(qtbot)
    type_text(qtbot, "2")
    tab(qtbot)
    type_text(qtbot, "2")
    tab(qtbot)
    press(qtbot, K.Key_Escape)
    tab_to(qtbot, "Description of the selected action")
    type_text(qtbot, "Fathers and mothers visit the nursery")
    next_step(qtbot, page, "evaluation")
    (action,) = rows(db, "valorisation_action", design_id=design_id)
    assert (action["title"], action["audience"]) == ("Open day at the nursery", "Families")
    assert (action["speakers_women"], action["speakers_men"]) == (2, 2)
    assert action["description"] == "Fathers and mothers visit the nursery"

    # 9 (e) Evaluation: an indicator by sex, baseline a year back, target a year ahead.
    tab_to(qtbot, "Add a row to Indicators")
    press(qtbot, K.Key_Space)
    type_text(qtbot, "Women among managers")
    tab(qtbot, 4)  # domain, unit, measured, to the baseline date
    for key in (K.Key_End, K.Key_Down, K.Key_Home, K.Key_Down):  # earlier in any date format
        press(qtbot, key)
    tab(qtbot)
    type_text(qtbot, "20")
    tab(qtbot)
    type_text(qtbot, "80")
    tab(qtbot)  # the one-figure baseline does not apply to this indicator: not editable
    back_into(qtbot, "Indicators")  # finding 1 again
    press(qtbot, K.Key_Right)  # the target date
    press(qtbot, K.Key_F2)
    for key in (K.Key_End, K.Key_Up, K.Key_Home, K.Key_Up):  # later in any date format
        press(qtbot, key)
    tab(qtbot)
    type_text(qtbot, "40")
    tab(qtbot)
    type_text(qtbot, "60")
    tab(qtbot)
    press(qtbot, K.Key_Escape)
    (indicator,) = rows(db, "indicator", design_id=design_id)
    assert indicator["name"] == "Women among managers"
    assert (indicator["baseline_women"], indicator["baseline_men"]) == (20, 80)
    assert (indicator["target_women"], indicator["target_men"]) == (40, 60)
    assert indicator["baseline_date"] < indicator["target_date"]
    next_step(qtbot, page, "agreement")

    # 10 Agreement: the Signatories tab, a row for every party, a representative in each.
    tab_to(qtbot, "Terms")  # the tab bar
    press(qtbot, K.Key_Right)
    press(qtbot, K.Key_Right)
    assert label_of(focused()) == "Signatories"
    tab_to(qtbot, "Add every party")
    press(qtbot, K.Key_Space)
    tab_to(qtbot, "Signatories", back=True)  # the table
    press(qtbot, K.Key_Home, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, K.Key_Right)
    for who, capacity in (
        ("Chiara Bellandi", "President"),
        ("Ornella Vitali", "President"),
        ("Sara Lombardo", "Coordinator"),
    ):
        type_text(qtbot, who)
        tab(qtbot)
        type_text(qtbot, capacity)
        tab(qtbot)  # the place
        press(qtbot, K.Key_Escape)
        for key in (K.Key_Down, K.Key_Left, K.Key_Left):
            press(qtbot, key)
    agreement = rows(db, "agreement", design_id=design_id)[0]
    signatories = rows(db, "signatory", agreement_id=agreement["id"])
    assert {s["actor_id"] for s in signatories} == {a["id"] for a in actors}
    assert all(s["representative"] and s["capacity"] for s in signatories)
    assert all(s["signed_on"] is None for s in signatories)
    next_step(qtbot, page, "review")

    # 11 Review, then Finish (Tab to it: its mnemonic Alt+F opens the File menu, finding 2).
    review = page.editor("review")
    assert review.problems == [], [p.code for p in review.problems]
    tab_to(qtbot, "Finish")
    press(qtbot, K.Key_Space)
    assert not page.wizard and page.current_step() == "overview"

    design = sections.load_row(db, "design", design_id)
    assert (design["title"], design["territory_name"]) == ("Care Together", "Province of Valdoria")
    assert (design["cluster_kind"], design["facilitator"]) == ("existing", "Giulia Ferraris")
    assert design["wizard_done"]
    assert review_design(db, design_id) == []


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
