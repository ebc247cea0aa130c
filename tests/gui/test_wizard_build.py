"""A whole design built through the wizard's editors on a real file, then reopened and read back.

Both branches: a new cluster (no step (b)) and the improvement of an existing one.
"""

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from deseo_desktop.services import library, sections
from deseo_desktop.services.review import review_design


def cell(section, row, name, value):
    model = section.model
    column = [c.name for c in model.columns].index(name)
    index = model.index(row, column)
    if model.columns[column].kind == "bool":
        role, value = (
            Qt.ItemDataRole.CheckStateRole,
            (Qt.CheckState.Checked if value else Qt.CheckState.Unchecked).value,
        )
    else:
        role = Qt.ItemDataRole.EditRole
    assert model.setData(index, value, role), (name, value, section.message_label.text())


def add(section, **values):
    section.add_button.click()
    row = section.current_row()
    assert row >= 0
    for name, value in values.items():
        cell(section, row, name, value)
    return section.model.row_id(row)


def rows(db, table, **where):
    return sections.load_rows(db, table, where)


ACTORS = (
    ("Coop Aurora", "social_cooperative", 30, 10, 3, 2, 3, 2),
    ("Province of Valdoria", "local_authority", 200, 180, 10, 9, 5, 5),
    ("Centro Donne Libere", "womens_centre", 9, 1, 2, 1, 3, 2),
)


def build(window, qtbot, kind):
    design_id = library.create_blank(window.db, library.NewDesign("", "", cluster_kind=kind))
    window.reload(select=design_id)
    window.open_design(design_id)
    page = window.design_page
    assert page.wizard and page.current_step() == "start"

    start = page.editor("start")
    start.title_edit.setText("Care Together <&> 🌍")
    start.territory_edit.setText("Provincia di Valdoria")
    start.facilitator_edit.setText("Giulia Ferraris")
    start.level_combo.setCurrentIndex(start.level_combo.findData("province"))
    start.vehicle_combo.setCurrentIndex(start.vehicle_combo.findData("social_coop_consortium"))
    page.next_button.click()

    actors = page.editor("actors").section
    for name, actor_kind, *_ in ACTORS:
        add(
            actors,
            name=name,
            kind=actor_kind,
            is_signatory=True,
            contact_email=f"{name.split()[0].lower()}@example.org",
        )
    page.next_button.click()

    baseline = page.editor("baseline").section
    for row, (_name, _kind, ww, wm, mw, mm, bw, bm) in enumerate(ACTORS):
        for column, value in (
            ("workforce_women", ww),
            ("workforce_men", wm),
            ("managers_women", mw),
            ("managers_men", mm),
            ("board_women", bw),
            ("board_men", bm),
        ):
            cell(baseline, row, column, str(value))
    actor_ids = [a["id"] for a in rows(window.db, "actor", design_id=design_id)]
    page.next_button.click()

    pooling = page.editor("pooling")
    add(pooling.resources, name="Shared nursery", category="childcare")
    pooling.form.edits["equality_benefit"].setPlainText("Full shifts for parents.")
    pooling.form.flush()
    add(pooling.contributions, actor_id=actor_ids[1], kind="in_kind", value_cents="18000,50")
    add(pooling.uses, actor_id=actor_ids[0], users_women="6", users_men="2")
    add(
        pooling.exchanges,
        provider_id=actor_ids[2],
        recipient_id=actor_ids[0],
        kind="mentoring",
        topic="Equality plans",
        hours="12",
    )
    page.next_button.click()

    if kind == "existing":
        assert page.current_step() == "existing_services"
        services = page.editor("existing_services")
        add(
            services.section,
            service="Home care",
            owner_id=actor_ids[0],
            priority="high",
            deadline=QDate(2027, 6, 30),
        )
        page.next_button.click()

    governance = page.editor("governance")
    add(governance.bodies, name="Steering committee", kind="steering_committee")
    for holder, sex in (("Anna", "woman"), ("Marco", "man"), ("Lucia", "woman"), ("Paolo", "man")):
        add(governance.seats, holder=holder, sex=sex, actor_id=actor_ids[0])
    assert "balanced" in governance.body_meter.text.text()
    page.next_button.click()

    financing = page.editor("financing")
    financing.coordination_button.click()
    line = financing.budget_section.current_row()
    cell(financing.budget_section, line, "label", "Cluster coordinator")
    cell(financing.budget_section, line, "amount_cents", "30000")
    cell(financing.budget_section, line, "year", "2027")
    page.next_button.click()

    valorisation = page.editor("valorisation")
    add(
        valorisation.section,
        kind="event",
        title="Launch day",
        speakers_women="2",
        speakers_men="2",
        planned_on=QDate(2027, 3, 8),
    )
    page.next_button.click()

    evaluation = page.editor("evaluation")
    add(
        evaluation.section,
        name="Women on the steering committee",
        disaggregation="single",
        unit="%",
        baseline_date=QDate(2026, 1, 1),
        baseline_value="40",
        target_date=QDate(2028, 1, 1),
        target_value="50",
    )
    page.next_button.click()

    agreement = page.editor("agreement")
    agreement.add_parties_button.click()
    signatories = agreement.signatories
    for row in range(signatories.model.rowCount()):
        cell(signatories, row, "representative", f"Rep {row}")
        cell(signatories, row, "capacity", "President")
    page.next_button.click()

    assert page.current_step() == "review"
    assert review_design(window.db, design_id) == []
    page.next_button.click()  # Finish
    assert not page.wizard
    return design_id


@pytest.mark.parametrize("kind", ["new", "existing"])
def test_a_whole_design_through_the_wizard_then_reopened(window, make_window, qtbot, kind):
    design_id = build(window, qtbot, kind)
    window.close()
    again = make_window()  # a new window on the same file: every value read back from disk
    again.open_design(design_id)
    db = again.db
    design = sections.load_row(db, "design", design_id)
    assert (design["title"], design["territory_name"], design["facilitator"]) == (
        "Care Together <&> 🌍",
        "Provincia di Valdoria",
        "Giulia Ferraris",
    )
    assert (design["territory_level"], design["legal_vehicle"], design["wizard_done"]) == (
        "province",
        "social_coop_consortium",
        True,
    )
    actors = rows(db, "actor", design_id=design_id)
    assert [(a["name"], a["kind"], a["is_signatory"]) for a in actors] == [
        (n, k, True) for n, k, *_ in ACTORS
    ]
    assert [(a["workforce_women"], a["board_men"]) for a in actors] == [
        (ww, bm) for *_, ww, _wm, _mw, _mm, _bw, bm in ACTORS
    ]
    [resource] = rows(db, "pooled_resource", design_id=design_id)
    assert resource["equality_benefit"] == "Full shifts for parents."
    [contribution] = rows(db, "contribution", resource_id=resource["id"])
    assert contribution["value_cents"] == 1800050
    assert (
        len(rows(db, "seat", body_id=rows(db, "governance_body", design_id=design_id)[0]["id"]))
        == 4
    )
    [line] = rows(db, "budget_line", design_id=design_id)
    assert (line["category"], line["amount_cents"], line["year"]) == ("coordination", 3000000, 2027)
    [indicator] = rows(db, "indicator", design_id=design_id)
    assert indicator["target_date"] == date(2028, 1, 1)
    agreement = rows(db, "agreement", design_id=design_id)[0]
    assert len(rows(db, "signatory", agreement_id=agreement["id"])) == 3
    improvements = rows(db, "improvement_action", design_id=design_id)
    assert len(improvements) == (1 if kind == "existing" else 0)
    assert review_design(db, design_id) == []
    assert again.design_page.current_step() == "overview"  # finished: the workspace
