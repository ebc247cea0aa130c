"""Bring a database to the schema this code knows, in one transaction.

Alembic is configured here in code (no alembic.ini, no env.py). The upgrade runs with foreign
keys OFF — batch mode recreates tables, and with them ON it deletes every child row of a table
declared ON DELETE CASCADE — then checks `foreign_key_check` inside the same transaction.
A database newer than the code is refused and left untouched.
"""

import logging
from pathlib import Path

from alembic.config import Config
from alembic.runtime.environment import EnvironmentContext
from alembic.script import ScriptDirectory

from .engine import make_engine
from .errors import DatabaseProblem
from .inspect import CURRENT_SCHEMA, header_schema

log = logging.getLogger(__name__)
MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(_config()).get_current_head()


def upgrade(path: Path) -> None:
    """Upgrade (or create) the schema; the caller has already backed up an existing file."""
    from deseo_desktop.model import Base

    if path.exists() and header_schema(path) > CURRENT_SCHEMA:  # before WAL touches it
        raise DatabaseProblem("newer_schema", str(path), schema=header_schema(path))
    config = _config()
    script = ScriptDirectory.from_config(config)
    engine = make_engine(path, foreign_keys=False)
    try:
        with engine.begin() as conn:
            version = conn.exec_driver_sql("PRAGMA user_version").scalar()
            if version > CURRENT_SCHEMA:
                raise DatabaseProblem("newer_schema", str(path), schema=version)

            def _upgrade_steps(rev, _context):
                return script._upgrade_revs("head", rev)

            env = EnvironmentContext(config, script, fn=_upgrade_steps)
            env.configure(connection=conn, target_metadata=Base.metadata, render_as_batch=True)
            with env.begin_transaction():
                env.run_migrations()
            bad = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if bad:
                raise DatabaseProblem("migration_failed", str(path), f"foreign keys: {bad[:5]}")
        log.info("schema at %s", CURRENT_SCHEMA)
    except DatabaseProblem:
        raise
    except Exception as e:  # the transaction rolled back: the file is as it was
        log.exception("migration failed")
        raise DatabaseProblem("migration_failed", str(path), str(e)) from e
    finally:
        engine.dispose()
