"""Keyboard only (issue 3): the whole wizard completed with keys sent to the focused widget.

After the design is opened, every key goes to `QApplication.focusWidget()`: Tab and Shift+Tab to
move, typing, Space, Enter, Escape, arrows, F2 and the mnemonics (Alt+N for Next). No widget is
picked by name to receive a key; names are only read to know where the focus is, as a screen
reader user hears them.

The problems this run found are fixed and keep a test each at the end.
"""

from keyboard_run import (
    K,
    focused,
    in_table,
    label_of,
    next_step,
    press,
    rows,
    start_keyboard_run,
    tab,
    tab_to,
    type_text,
)
from PySide6.QtCore import Qt

from deseo_desktop.services import library, sections
from deseo_desktop.services.review import review_design

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
    assert in_table("Organisations"), label_of(focused())  # a saved cell keeps the focus
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
    assert in_table("Indicators"), label_of(focused())  # a saved cell keeps the focus
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

    # 11 Review, then Finish.
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
