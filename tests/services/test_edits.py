"""Edits apply and revert exactly; deleting an actor and undoing it restores everything."""

from deseo_desktop.model import new_id
from deseo_desktop.services import edits, library
from deseo_desktop.services.design_data import dump_design


def _snapshot(db, design_id):
    with db.session() as s:
        rows = dump_design(s.connection(), design_id)
    for table in rows.values():
        for row in table:
            row.pop("updated_at", None)
    rows["design"][0].pop("edit_count")
    return {t: sorted(r, key=lambda row: row["id"]) for t, r in rows.items()}


def test_field_edit_and_revert(db):
    design_id = library.create_blank(db, library.NewDesign("Before", "Valdoria"))
    edit = edits.FieldEdit("design", design_id, "title", "After <&> 🌍")
    edits.apply(db, design_id, edit)
    assert _snapshot(db, design_id)["design"][0]["title"] == "After <&> 🌍"
    edits.revert(db, design_id, edit)
    assert _snapshot(db, design_id)["design"][0]["title"] == "Before"


def test_insert_and_revert(db):
    design_id = library.create_blank(db, library.NewDesign("D", "T"))
    edit = edits.RowInsert(
        "actor", {"id": new_id(), "design_id": design_id, "name": "Coop", "position": 0}
    )
    edits.apply(db, design_id, edit)
    assert [a["name"] for a in _snapshot(db, design_id)["actor"]] == ["Coop"]
    edits.revert(db, design_id, edit)
    assert _snapshot(db, design_id)["actor"] == []


def test_deleting_an_actor_and_undoing_restores_every_row_with_the_same_ids(db):
    design_id = library.add_example(db)
    before = _snapshot(db, design_id)

    # The actor with the most rows hanging off it: contributions, seats, commitments...
    def weight(actor_id):
        return sum(
            1
            for rows in before.values()
            for r in rows
            if actor_id
            in (
                r.get("actor_id"),
                r.get("owner_id"),
                r.get("responsible_id"),
                r.get("provider_id"),
                r.get("recipient_id"),
            )
        )

    actor = max(before["actor"], key=lambda a: weight(a["id"]))
    assert weight(actor["id"]) >= 3
    edit = edits.RowDelete("actor", actor["id"])
    edits.apply(db, design_id, edit)
    after = _snapshot(db, design_id)
    assert actor["id"] not in {a["id"] for a in after["actor"]}
    assert not any(c["actor_id"] == actor["id"] for c in after["contribution"])
    assert not any(c["actor_id"] == actor["id"] for c in after["commitment"])
    edits.revert(db, design_id, edit)
    assert _snapshot(db, design_id) == before


def test_move_and_revert(db):
    design_id = library.create_blank(db, library.NewDesign("D", "T"))
    ids = [new_id() for _ in range(3)]
    for i, rid in enumerate(ids):
        edits.apply(
            db,
            design_id,
            edits.RowInsert(
                "actor", {"id": rid, "design_id": design_id, "name": f"A{i}", "position": i}
            ),
        )

    def names():
        with db.session() as s:
            return [a["name"] for a in dump_design(s.connection(), design_id)["actor"]]

    move = edits.RowMove("actor", ids[2], "design_id", 0)
    edits.apply(db, design_id, move)
    assert names() == ["A2", "A0", "A1"]
    edits.revert(db, design_id, move)
    assert names() == ["A0", "A1", "A2"]
