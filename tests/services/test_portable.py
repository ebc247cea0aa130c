"""Designs through a .deseo file: every table equal, conflicts, personal data, no partial import."""

import copy
import hashlib
import json
import zipfile
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete

from deseo_desktop.exports.portable import PortableError, encode_design
from deseo_desktop.model import Design
from deseo_desktop.services import library, portable, synthetic
from deseo_desktop.services.database import Database
from deseo_desktop.services.design_data import DesignDataError, dump_design, load_design
from deseo_desktop.services.portable import ConflictError, export_design, import_design


def dump(db, design_id):
    with db.session() as s:
        return dump_design(s.connection(), design_id)


def without_ids(rows):
    """Rows with ids, references and stamps left out, for comparing copies with new ids."""
    drop = {"id", "created_at", "updated_at", "title"}
    return {
        t: sorted(
            json.dumps(
                {k: v for k, v in r.items() if k not in drop and not k.endswith("_id")},
                sort_keys=True,
                default=str,
            )
            for r in rs
        )
        for t, rs in rows.items()
    }


@pytest.fixture
def other_db(tmp_path):
    database = Database.open(tmp_path / "other.db")
    yield database
    database.close()


@pytest.mark.parametrize("which", ["example", "large"])
def test_a_design_arrives_on_another_machine_with_every_table_equal(db, other_db, tmp_path, which):
    design_id = library.add_example(db) if which == "example" else synthetic.add_large_design(db)
    path = export_design(db, design_id, tmp_path / "d.deseo")
    done = import_design(other_db, path)
    assert (done.design_id, done.mode) == (design_id, "new")
    before, after = dump(db, design_id), dump(other_db, design_id)
    assert set(before) == set(after)
    for table in before:
        assert after[table] == before[table], table


def test_the_same_design_again_is_a_conflict_naming_both_dates(db, tmp_path):
    design_id = library.add_example(db)
    path = export_design(db, design_id, tmp_path / "d.deseo")
    library.rename(db, design_id, "Changed here")
    digest = hashlib.sha256(db.path.read_bytes()).hexdigest()
    with pytest.raises(ConflictError) as conflict:
        import_design(db, path)
    assert conflict.value.local_is_newer
    assert "NEWER" in str(conflict.value) and conflict.value.file_updated in str(conflict.value)
    assert hashlib.sha256(db.path.read_bytes()).hexdigest() == digest


def test_keep_both_gives_new_ids_and_an_imported_title(db, tmp_path):
    design_id = library.add_example(db)
    path = export_design(db, design_id, tmp_path / "d.deseo")
    done = import_design(db, path, "keep_both")
    assert done.design_id != design_id and done.mode == "keep_both"
    copy_rows, original = dump(db, done.design_id), dump(db, design_id)
    assert copy_rows["design"][0]["title"] == original["design"][0]["title"] + " (imported)"
    assert without_ids(copy_rows) == without_ids(original)
    assert not {r["id"] for r in copy_rows["actor"]} & {r["id"] for r in original["actor"]}


def test_replace_backs_up_then_puts_the_files_design_in_place(db, tmp_path):
    design_id = library.add_example(db)
    path = export_design(db, design_id, tmp_path / "d.deseo")
    exported = dump(db, design_id)
    library.rename(db, design_id, "Changed here")
    backups = len(db.list_backups())
    done = import_design(db, path, "replace")
    assert (done.design_id, done.mode) == (design_id, "replace")
    assert len(db.list_backups()) == backups + 1
    assert dump(db, design_id) == exported


def test_without_personal_data_every_personal_column_is_a_stable_pseudonym(db, other_db, tmp_path):
    design_id = library.add_example(db)
    original = dump(db, design_id)
    paths = [export_design(db, design_id, tmp_path / f"{i}.deseo", personal=False) for i in (1, 2)]
    import_design(other_db, paths[0])
    shared = dump(other_db, design_id)
    seen, checked = {}, 0
    for table, rows in original.items():
        cols = [
            c.name for c in portable.DESIGN_TABLES_BY_NAME[table].columns if c.info.get("personal")
        ]
        for before, after in zip(rows, shared[table], strict=True):
            for col in cols:
                if before[col]:
                    checked += 1
                    assert after[col] != before[col] and after[col].startswith("person-")
                    assert seen.setdefault(before[col], after[col]) == after[col]
    assert checked > 10
    with zipfile.ZipFile(paths[0]) as a, zipfile.ZipFile(paths[1]) as b:
        assert a.read("design.json") != b.read("design.json")  # a new salt per export
        assert b"Chiara Bellandi" not in a.read("design.json")


def hostile_rows(tmp_path, rows, name="bad.deseo"):
    from deseo_desktop.exports.portable import write_design_file

    return write_design_file(tmp_path / name, rows)


@pytest.mark.parametrize(
    "rows",
    [
        {"design": [{"id": "d"}], "actor": [{"id": "a", "design_id": "elsewhere", "name": "x"}]},
        {"design": [{"id": "d"}], "nonsense": [{"id": "n"}]},
        {"design": [{"id": "d", "no_such_column": 1}]},
        {"design": [{"id": "d", "created_at": "not a date"}]},
        {"design": [{"id": "d"}], "actor": [{"id": "a", "design_id": "d"}] * 2},
        {"design": [{"id": "d", "balance_threshold_pct": 2**63}]},
        {"design": [{"id": "d", "balance_threshold_pct": "forty"}]},
        {"design": [{"id": "d", "balance_threshold_pct": True}]},
        {"design": [{"id": "d", "wizard_done": 1}]},
        {"design": [{"id": "d", "title": 42}]},
        {"design": [{"id": "d", "archived_at": 20260101}]},
    ],
)
def test_bad_rows_are_refused_before_anything_is_written(db, tmp_path, rows):
    library.add_example(db)
    db.close()
    digest = hashlib.sha256(db.path.read_bytes()).hexdigest()
    with pytest.raises(DesignDataError):
        import_design(db, hostile_rows(tmp_path, rows))
    db.close()
    assert hashlib.sha256(db.path.read_bytes()).hexdigest() == digest


def test_rows_clashing_with_another_design_leave_nothing_behind(db, tmp_path):
    first = library.add_example(db)
    path = export_design(db, first, tmp_path / "d.deseo")
    rows = json.loads(zipfile.ZipFile(path).read("design.json"))["tables"]
    rows["design"][0]["id"] = "another-design"
    for table in ("actor", "commitment"):
        for row in rows[table]:
            row["design_id"] = "another-design"
    with pytest.raises(DesignDataError):
        import_design(db, hostile_rows(tmp_path, rows, "clash.deseo"))
    with db.session() as s:
        assert s.get(Design, "another-design") is None


def test_a_hostile_file_is_a_portable_error(db, tmp_path):
    (tmp_path / "x.deseo").write_bytes(b"PK\x03\x04 broken")
    with pytest.raises(PortableError):
        import_design(db, tmp_path / "x.deseo")


TEXT = st.text(
    st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("🌍👩‍👩‍👧<b>&amp;\"'\\\n\t"),
    max_size=40,
)
BASE = library.template_rows("example")


@st.composite
def variations(draw):
    rows = copy.deepcopy(BASE)
    rows["design"][0]["title"] = draw(TEXT.filter(lambda t: t.strip()))[:500]
    rows["design"][0]["description"] = draw(TEXT)
    for actor in rows["actor"]:
        actor["name"] = draw(TEXT)
        actor["contact_name"] = draw(TEXT)
        actor["workforce_women"] = draw(st.integers(0, 2**31))
        actor["baseline_date"] = draw(st.dates(date(1900, 1, 1), date(2200, 1, 1))).isoformat()
    for m in rows["measurement"]:
        m["value"] = draw(st.floats(-1e12, 1e12, allow_nan=False, allow_infinity=False))
        m["note"] = draw(TEXT)
    return rows


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=variations())
def test_any_variation_of_the_example_exports_and_imports_back_equal(db, tmp_path, rows):
    with db.write() as s:
        design_id = load_design(s.connection(), rows)
    before = dump(db, design_id)
    path = export_design(db, design_id, tmp_path / "v.deseo")
    with db.write() as s:
        s.execute(delete(Design).where(Design.id == design_id))
    import_design(db, path)
    assert dump(db, design_id) == before


def test_the_file_is_json_sorted_and_strict(db, tmp_path):
    design_id = library.add_example(db)
    path = export_design(db, design_id, tmp_path / "d.deseo")
    body = zipfile.ZipFile(path).read("design.json")
    tables = json.loads(body)["tables"]
    assert body == encode_design(tables)


def test_text_is_cleaned_where_it_enters(db, tmp_path):
    design_id = library.add_example(db)
    path = export_design(db, design_id, tmp_path / "d.deseo")
    rows = json.loads(zipfile.ZipFile(path).read("design.json"))["tables"]
    rows["design"][0].update(title="A\x00B\r\nC", description="x\x07y")
    with db.write() as s:
        s.execute(delete(Design).where(Design.id == design_id))
    import_design(db, hostile_rows(tmp_path, rows))
    design = dump(db, design_id)["design"][0]
    assert (design["title"], design["description"]) == ("AB\nC", "xy")
