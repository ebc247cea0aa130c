"""Migrations: the committed first-schema database opens and upgrades with every row kept; a
failed migration leaves the file as it was; a file newer than the code is refused untouched.

Upgrades beyond today's head are simulated with a temporary copy of the migrations folder
holding an extra revision (store.migrate.MIGRATIONS_DIR and CURRENT_SCHEMA monkeypatched).
"""

import shutil
import sqlite3
import sys
from pathlib import Path

import pytest
from helpers import FIXTURES, integrity, read_only_rows, sha256, sidecars, table_names

from deseo_desktop.services.database import Database
from deseo_desktop.store import backups, migrate
from deseo_desktop.store import inspect as store_inspect
from deseo_desktop.store.errors import DatabaseProblem

FIXTURE = FIXTURES / "schema_1.db"
FIXTURE_SCHEMA = 1


def _snapshot(path: Path) -> dict[str, tuple[list[str], list[tuple]]]:
    """Every table's columns and rows (sorted), read without writing a byte."""
    out = {}
    for table in table_names(path):
        cols = [r[1] for r in read_only_rows(path, f'PRAGMA table_info("{table}")')]
        rows = read_only_rows(path, f'SELECT * FROM "{table}"')
        out[table] = (cols, sorted(rows, key=repr))
    return out


def _rows_still_there(before: dict, after_path: Path) -> None:
    """Every row of every table, in its original columns, is still in the upgraded file."""
    for table, (cols, rows) in before.items():
        if table == "alembic_version":
            continue
        select = ", ".join(f'"{c}"' for c in cols)
        now = sorted(read_only_rows(after_path, f'SELECT {select} FROM "{table}"'), key=repr)
        if table == "app_meta":  # counters move on; the keys stay
            assert {r[0] for r in rows} <= {r[0] for r in now}
            continue
        assert now == rows, f"table {table} changed"


@pytest.fixture
def schema_1(tmp_path) -> Path:
    assert FIXTURE.exists(), "tests/fixtures/schema_1.db is committed (make_schema_1.py)"
    assert sidecars(FIXTURE) == [], "the fixture was closed cleanly"
    copy = tmp_path / "designs.db"
    shutil.copyfile(FIXTURE, copy)
    return copy


def test_fixture_is_the_first_schema(schema_1):
    assert read_only_rows(schema_1, "PRAGMA user_version") == [(FIXTURE_SCHEMA,)]
    assert read_only_rows(schema_1, "SELECT version_num FROM alembic_version") == [("0001",)]
    titles = sorted(r[0] for r in read_only_rows(schema_1, "SELECT title FROM design"))
    assert titles == ["Schema 1: care services", "Schéma 1 : bureau partagé <&>"]
    assert len(read_only_rows(schema_1, "SELECT id FROM actor")) == 5


def test_first_schema_opens_at_head_with_every_row(schema_1):
    before = _snapshot(schema_1)
    upgraded = store_inspect.CURRENT_SCHEMA > FIXTURE_SCHEMA

    db = Database.open(schema_1)
    try:
        assert db.inspection.schema == FIXTURE_SCHEMA
        from deseo_desktop.store.engine import integrity_problems

        assert integrity_problems(db.engine) == []
    finally:
        db.close()

    assert read_only_rows(schema_1, "SELECT version_num FROM alembic_version") == [
        (migrate.head_revision(),)
    ]
    assert read_only_rows(schema_1, "PRAGMA user_version") == [(store_inspect.CURRENT_SCHEMA,)]
    assert read_only_rows(schema_1, "PRAGMA application_id") == [(store_inspect.APPLICATION_ID,)]
    assert integrity(schema_1) == ["ok"]
    _rows_still_there(before, schema_1)
    taken = [b for b in backups.list_backups(schema_1) if b.reason == "migration"]
    if upgraded:
        assert len(taken) == 1, "an upgrade is preceded by a checked backup"
        assert read_only_rows(taken[0].path, "PRAGMA user_version") == [(FIXTURE_SCHEMA,)]
    else:
        assert taken == [], "nothing to upgrade: no migration backup"


# --- simulated next schema --------------------------------------------------------------------

GOOD_REVISION = '''"""Simulated second schema: a column on design (batch recreates the table)."""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("design") as batch_op:
        batch_op.add_column(sa.Column("nickname", sa.Text(), nullable=False, server_default=""))
    op.execute("PRAGMA user_version = 2")
'''

BROKEN_REVISION = '''"""Simulated second schema that fails halfway."""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("half_done", sa.Column("id", sa.Integer(), primary_key=True))
    op.execute("INSERT INTO half_done (id) VALUES (1)")
    with op.batch_alter_table("design") as batch_op:
        batch_op.add_column(sa.Column("nickname", sa.Text(), nullable=False, server_default=""))
    op.execute("DELETE FROM actor")
    op.execute("PRAGMA user_version = 2")
    raise RuntimeError("halfway through the simulated migration")
'''


def _migrations_with(tmp_path: Path, monkeypatch, revision_source: str) -> None:
    folder = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, folder, ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "versions" / "0002_simulated.py").write_text(revision_source, encoding="utf-8")
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", folder)
    # Every module that imported the schema number by name sees the simulated one.
    for name, module in list(sys.modules.items()):
        if name.startswith("deseo_desktop") and hasattr(module, "CURRENT_SCHEMA"):
            monkeypatch.setattr(module, "CURRENT_SCHEMA", 2)
    assert migrate.head_revision() == "0002"


def test_an_upgrade_keeps_every_row_and_backs_up_first(schema_1, tmp_path, monkeypatch):
    _migrations_with(tmp_path, monkeypatch, GOOD_REVISION)
    before = _snapshot(schema_1)
    original = sha256(schema_1)

    db = Database.open(schema_1)
    db.close()

    assert read_only_rows(schema_1, "SELECT version_num FROM alembic_version") == [("0002",)]
    assert read_only_rows(schema_1, "PRAGMA user_version") == [(2,)]
    assert integrity(schema_1) == ["ok"]
    assert read_only_rows(schema_1, "PRAGMA foreign_key_check") == []
    # Batch mode recreated `design`; with foreign keys on, that would have emptied `actor`.
    _rows_still_there(before, schema_1)
    assert "nickname" in [r[1] for r in read_only_rows(schema_1, "PRAGMA table_info(design)")]
    taken = backups.list_backups(schema_1)
    assert [b.reason for b in taken] == ["migration"]
    assert read_only_rows(taken[0].path, "PRAGMA user_version") == [(1,)]
    assert _snapshot(taken[0].path) == before
    assert sha256(schema_1) != original


def test_a_failed_migration_leaves_the_file_as_it_was(schema_1, tmp_path, monkeypatch):
    _migrations_with(tmp_path, monkeypatch, BROKEN_REVISION)
    before = sha256(schema_1)
    tables = table_names(schema_1)

    with pytest.raises(DatabaseProblem) as caught:
        migrate.upgrade(schema_1)

    assert caught.value.code == "migration_failed"
    assert "halfway" in caught.value.detail
    assert sha256(schema_1) == before
    assert table_names(schema_1) == tables
    assert sidecars(schema_1) == []


def test_a_failed_migration_through_open(schema_1, tmp_path, monkeypatch):
    _migrations_with(tmp_path, monkeypatch, BROKEN_REVISION)
    before_hash = sha256(schema_1)
    before = _snapshot(schema_1)

    with pytest.raises(DatabaseProblem) as caught:
        Database.open(schema_1)

    assert caught.value.code == "migration_failed"
    assert sha256(schema_1) == before_hash
    assert _snapshot(schema_1) == before
    assert sidecars(schema_1) == []
    taken = backups.list_backups(schema_1)
    assert [b.reason for b in taken] == ["migration"]
    assert _snapshot(taken[0].path) == before


def test_a_failed_migration_raised_by_alembic_itself(schema_1, monkeypatch):
    """run_migrations creates a table, then fails: the transaction rolls back whole."""
    from alembic.runtime.environment import EnvironmentContext

    real = EnvironmentContext.run_migrations

    def create_then_fail(self, **kw):
        real(self, **kw)  # at head already: nothing to run
        self.get_context().connection.exec_driver_sql("CREATE TABLE stray (id INTEGER)")
        raise RuntimeError("alembic failed")

    monkeypatch.setattr(EnvironmentContext, "run_migrations", create_then_fail)
    before = sha256(schema_1)
    tables = table_names(schema_1)

    with pytest.raises(DatabaseProblem) as caught:
        migrate.upgrade(schema_1)

    assert caught.value.code == "migration_failed"
    assert sha256(schema_1) == before
    assert table_names(schema_1) == tables
    assert "stray" not in table_names(schema_1)


# --- newer than the code ----------------------------------------------------------------------


def _make_newer(path: Path, journal_mode: str | None = None) -> None:
    con = sqlite3.connect(path)
    if journal_mode:
        con.execute(f"PRAGMA journal_mode = {journal_mode}")
    con.execute("PRAGMA user_version = 99")
    con.close()
    assert sidecars(path) == []


def test_a_newer_database_is_refused_untouched(schema_1):
    _make_newer(schema_1)
    before = sha256(schema_1)

    with pytest.raises(DatabaseProblem) as caught:
        Database.inspect(schema_1)
    assert caught.value.code == "newer_schema"
    with pytest.raises(DatabaseProblem) as caught:
        Database.open(schema_1)
    assert caught.value.code == "newer_schema"
    with pytest.raises(DatabaseProblem) as caught:
        migrate.upgrade(schema_1)
    assert caught.value.code == "newer_schema"

    assert sha256(schema_1) == before
    assert sidecars(schema_1) == []
    assert backups.list_backups(schema_1) == []


def test_a_newer_rollback_journal_file_is_refused_untouched_by_upgrade(schema_1):
    _make_newer(schema_1, journal_mode="DELETE")
    before = sha256(schema_1)
    with pytest.raises(DatabaseProblem) as caught:
        migrate.upgrade(schema_1)
    assert caught.value.code == "newer_schema"
    assert sha256(schema_1) == before
