"""Every connection has its pragmas, read back at start-up; writes are whole; files are private."""

import stat

import pytest
from helpers import sidecars
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from deseo_desktop.model import Actor, Design
from deseo_desktop.services import library
from deseo_desktop.services.database import Database
from deseo_desktop.store import engine as store_engine
from deseo_desktop.store.errors import DatabaseProblem


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_open_database_has_every_pragma(db):
    assert store_engine.read_pragmas(db.engine) == {
        "journal_mode": "wal",
        "synchronous": 2,
        "foreign_keys": 1,
        "busy_timeout": 5000,
        "secure_delete": 1,
    }
    assert store_engine.read_pragmas(db.engine) == store_engine.EXPECTED_PRAGMAS


def test_pragmas_hold_after_writes(db):
    library.create_blank(db, library.NewDesign(title="A"))
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Design)) == 1
    assert store_engine.read_pragmas(db.engine) == store_engine.EXPECTED_PRAGMAS


def test_a_pragma_that_differs_is_refused(db_path):
    Database.open(db_path).close()
    engine = store_engine.make_engine(db_path, foreign_keys=False)
    try:
        with pytest.raises(DatabaseProblem) as caught:
            store_engine.verify_pragmas(engine, db_path)
    finally:
        engine.dispose()
    assert caught.value.code == "pragma_mismatch"
    assert "foreign_keys" in caught.value.detail
    assert caught.value.path == str(db_path)


def test_the_expectation_can_be_foreign_keys_off(db_path):
    """The migration engine runs with foreign keys OFF on purpose; that is not a mismatch."""
    Database.open(db_path).close()
    engine = store_engine.make_engine(db_path, foreign_keys=False)
    try:
        store_engine.verify_pragmas(engine, db_path, foreign_keys=False)
        with pytest.raises(DatabaseProblem, match="pragma_mismatch"):
            store_engine.verify_pragmas(engine, db_path, foreign_keys=True)
    finally:
        engine.dispose()


def test_a_failing_write_rolls_back_whole(db):
    design_id = library.create_blank(db, library.NewDesign(title="Kept"))
    count_before = db.meta("change_count")

    class Boom(Exception):
        pass

    with pytest.raises(Boom):
        with db.write(design_id) as s:
            s.get(Design, design_id).title = "Changed"
            s.add(Design(title="Half-made"))
            s.flush()  # both changes reached the database inside the transaction
            raise Boom

    with db.session() as s:
        assert s.scalars(select(Design.title)).all() == ["Kept"]
        assert s.get(Design, design_id).edit_count == 0
    assert db.meta("change_count") == count_before


def test_a_foreign_key_violation_rolls_back_the_whole_write(db):
    design_id = library.create_blank(db, library.NewDesign(title="Kept"))
    with pytest.raises(IntegrityError):
        with db.write(design_id) as s:
            s.get(Design, design_id).title = "Changed"
            s.add(Actor(design_id="no-such-design", name="Orphan"))
    with db.session() as s:
        assert s.get(Design, design_id).title == "Kept"
        assert s.scalar(select(func.count()).select_from(Actor)) == 0


def test_clean_close_leaves_no_wal_or_shm(db_path):
    db = Database.open(db_path)
    library.create_blank(db, library.NewDesign(title="A"))
    assert sidecars(db_path), "an open WAL database has its -wal/-shm"
    db.close()
    assert sidecars(db_path) == []
    # ...and everything is in the main file.
    db = Database.open(db_path)
    try:
        with db.session() as s:
            assert s.scalars(select(Design.title)).all() == ["A"]
    finally:
        db.close()
    assert sidecars(db_path) == []


def test_default_database_and_its_folder_are_private(private_home):
    db = Database.open()
    try:
        library.create_blank(db, library.NewDesign(title="Private"))
        expected = private_home / ".local" / "share" / "DESEO Cluster Designer" / "designs.db"
        assert db.path == expected
        assert db.named is False
        assert _mode(db.path) == 0o600
        assert _mode(db.path.parent) == 0o700
        for side in sidecars(db.path):  # -wal/-shm hold the same personal data
            assert _mode(side) == 0o600, side
        taken = db.backup("manual")
        assert _mode(taken.path) == 0o600
        assert _mode(taken.path.parent) == 0o700
    finally:
        db.close()
    assert _mode(expected) == 0o600
