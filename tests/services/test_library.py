"""The library's services on a real database file."""

import pytest

from deseo_desktop.model import Actor, Contribution, PooledResource
from deseo_desktop.rules.text import TextTooLong
from deseo_desktop.services import library
from deseo_desktop.services.design_data import DesignDataError, dump_design, load_design
from deseo_desktop.services.library_list import filter_designs, list_designs
from deseo_desktop.services.overview import design_overview


def _new(db, title="Care", territory="Valdoria", **kw):
    return library.create_blank(db, library.NewDesign(title, territory, **kw))


def test_blank_design_has_its_agreement_and_articles(db):
    design_id = _new(db, cluster_kind="new")
    with db.session() as s:
        rows = dump_design(s.connection(), design_id)
    assert len(rows["agreement"]) == 1
    articles = {a["code"]: a["included"] for a in rows["article_choice"]}
    assert len(articles) == 23 and articles["improvement"] is False
    existing = _new(db, cluster_kind="existing")
    with db.session() as s:
        rows = dump_design(s.connection(), existing)
    assert {a["code"]: a["included"] for a in rows["article_choice"]}["improvement"] is True


def test_titles_are_stored_as_typed_and_limited(db):
    title = "Distretto <&> = +cmd 🌍 àèìòù Å"
    design_id = _new(db, title)
    assert list_designs(db)[0].title == title
    with pytest.raises(TextTooLong):
        library.rename(db, design_id, "x" * 10_000)
    assert list_designs(db)[0].title == title


def test_invalid_codes_are_refused(db):
    with pytest.raises(ValueError):
        _new(db, country="ZZ")
    assert list_designs(db) == []


def test_edits_raise_the_counters(db):
    design_id = _new(db)
    before = int(db.meta("change_count"))
    library.rename(db, design_id, "Renamed")
    assert int(db.meta("change_count")) == before + 1
    with db.session() as s:
        assert dump_design(s.connection(), design_id)["design"][0]["edit_count"] == 1


def test_duplicate_copies_every_row_with_new_ids(db):
    source = _new(db)
    with db.write(source) as s:
        a = Actor(design_id=source, name="Coop", is_signatory=True)
        r = PooledResource(design_id=source, name="Childcare")
        s.add_all([a, r])
        s.flush()
        s.add(Contribution(resource_id=r.id, actor_id=a.id, value_cents=12345))
    copy = library.duplicate(db, source, "Copy")
    with db.session() as s:
        old, new = dump_design(s.connection(), source), dump_design(s.connection(), copy)
    for table in old:
        assert len(old[table]) == len(new[table]), table
    old_ids = {r["id"] for rows in old.values() for r in rows}
    new_ids = {r["id"] for rows in new.values() for r in rows}
    assert not old_ids & new_ids
    [contribution] = new["contribution"]
    assert contribution["actor_id"] == new["actor"][0]["id"]
    assert contribution["value_cents"] == 12345


def test_loader_rejects_dangling_references(db):
    rows = {"design": [{"id": "d"}], "actor": [{"id": "a", "design_id": "nope"}]}
    with pytest.raises(DesignDataError), db.write() as s:
        load_design(s.connection(), rows)
    assert list_designs(db) == []


def test_archive_trash_restore_and_delete(db):
    a, b = _new(db, "A"), _new(db, "B")
    library.set_archived(db, a, True)
    designs = list_designs(db)
    assert [d.title for d in filter_designs(designs, view="active")] == ["B"]
    assert [d.title for d in filter_designs(designs, view="archived")] == ["A"]
    library.move_to_trash(db, b)
    assert [d.title for d in filter_designs(list_designs(db), view="trash")] == ["B"]
    library.restore_from_trash(db, b)
    assert filter_designs(list_designs(db), view="trash") == []
    library.move_to_trash(db, b)
    assert library.delete_forever(db, [a]) == 0  # only trashed designs can go for good
    assert library.empty_trash(db) == 1
    assert [d.title for d in list_designs(db)] == ["A"]


def test_delete_forever_removes_every_row(db):
    design_id = library.add_example(db)
    library.move_to_trash(db, design_id)
    library.empty_trash(db)
    with db.session() as s:
        rows = dump_design(s.connection(), design_id)
    assert all(not r for r in rows.values())
    from deseo_desktop.store.engine import integrity_problems

    assert integrity_problems(db.engine) == []


def test_resolve_by_id_or_unique_title(db):
    a = _new(db, "Same")
    _new(db, "Same")
    c = _new(db, "Unique")
    assert library.resolve(db, a) == a
    assert library.resolve(db, "Unique") == c
    with pytest.raises(library.DesignNotFound) as info:
        library.resolve(db, "Same")
    assert len(info.value.matches) == 2


def test_search_filters(db):
    _new(db, "Réseau", "Lyon", country="FR")
    _new(db, "Samverkan", "Umeå", country="SE")
    designs = list_designs(db)
    assert [d.title for d in filter_designs(designs, text="reseau")] == ["Réseau"]
    assert [d.title for d in filter_designs(designs, text="umea")] == ["Samverkan"]
    assert [d.title for d in filter_designs(designs, country="FR")] == ["Réseau"]
    assert filter_designs(designs, status="final") == []


def test_overview_counts_and_gaps(db):
    design_id = _new(db, cluster_kind="existing")
    overview = design_overview(db, design_id)
    assert overview.counts["actors"] == 0
    assert "existing_without_improvement" in [p.code for p in overview.missing]
    example = library.add_example(db)
    overview = design_overview(db, example)
    assert overview.counts["actors"] >= 3 and overview.counts["workshops"] >= 1
    assert overview.missing == []


def test_loader_ids_are_per_table_and_the_design_key_may_be_left_out(db):
    rows = {
        "design": [{"id": "d", "title": "Keys"}],
        "actor": [{"id": "x", "name": "Coop"}],  # no design_id: it belongs to the design
        "commitment": [{"id": "x", "actor_id": "x", "text": "Same readable id, other table"}],
        "financing_grid": [{"id": "g", "name": "Grid"}],
    }
    with db.write() as s:
        design_id = load_design(s.connection(), rows)
    with db.session() as s:
        loaded = dump_design(s.connection(), design_id)
    assert loaded["commitment"][0]["actor_id"] == loaded["actor"][0]["id"]
    assert loaded["financing_grid"][0]["design_id"] == design_id


def test_loader_refuses_a_reference_to_the_wrong_table(db):
    rows = {
        "design": [{"id": "d"}],
        "actor": [{"id": "a"}],
        "commitment": [{"id": "c", "actor_id": "d"}],
    }  # "d" is a design, not an actor
    with pytest.raises(DesignDataError), db.write() as s:
        load_design(s.connection(), rows)
