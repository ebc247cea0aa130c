"""The SQLAlchemy engine: one writer connection with its pragmas set and read back.

A pragma sent inside a transaction silently does nothing, so the driver runs in autocommit
(isolation_level=None), the pragmas are set on the raw connection when it is made, and the
`begin` listener emits BEGIN IMMEDIATE itself (SQLAlchemy's documented recipe for pysqlite).
With that, a migration is one transaction and rolls back whole.
"""

from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import StaticPool

from .errors import DatabaseProblem

BUSY_TIMEOUT_MS = 5000

# What every connection must have, and the value PRAGMA reads back.
EXPECTED_PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": 2,  # FULL: durable across power loss, not only across crashes
    "foreign_keys": 1,
    "busy_timeout": BUSY_TIMEOUT_MS,
    "secure_delete": 1,  # deleted personal data must not stay in the file
}


def make_engine(path: Path, foreign_keys: bool = True) -> Engine:
    """An engine over exactly one connection (the writer), used by one thread.

    Work off the GUI thread takes a plain-data snapshot or its own read-only connection.
    """
    engine = create_engine(
        f"sqlite:///{path}",
        poolclass=StaticPool,
        connect_args={"check_same_thread": False, "isolation_level": None},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        dbapi_connection.isolation_level = None
        cur = dbapi_connection.cursor()
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = FULL")
        cur.execute("PRAGMA secure_delete = ON")
        cur.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        # IMMEDIATE takes the write lock at once, so a second writer waits (busy_timeout)
        # instead of failing halfway through a transaction.
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def _raw(engine: Engine):
    """The writer's DBAPI connection, outside any transaction (pragmas need that)."""
    return engine.raw_connection()


def read_pragmas(engine: Engine) -> dict[str, object]:
    raw = _raw(engine)
    try:
        out = {}
        for name in EXPECTED_PRAGMAS:
            value = raw.driver_connection.execute(f"PRAGMA {name}").fetchone()[0]
            out[name] = value.lower() if isinstance(value, str) else value
    finally:
        raw.close()
    return out


def verify_pragmas(engine: Engine, path: Path, foreign_keys: bool = True) -> None:
    """Refuse to run when any pragma did not take."""
    expected = dict(EXPECTED_PRAGMAS, foreign_keys=1 if foreign_keys else 0)
    actual = read_pragmas(engine)
    wrong = {k: (actual[k], v) for k, v in expected.items() if actual[k] != v}
    if wrong:
        detail = ", ".join(f"{k}={a!r} (expected {e!r})" for k, (a, e) in wrong.items())
        raise DatabaseProblem("pragma_mismatch", str(path), detail)


def checkpoint_and_dispose(engine: Engine) -> None:
    """On a clean exit: fold the WAL back into the file (no -wal left), then close."""
    raw = _raw(engine)
    try:
        raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        raw.close()
    engine.dispose()


def integrity_problems(engine: Engine) -> list[str]:
    """integrity_check and foreign_key_check; an empty list when the file is sound."""
    problems: list[str] = []
    raw = _raw(engine)
    try:
        con = raw.driver_connection
        rows = [r[0] for r in con.execute("PRAGMA integrity_check").fetchall()]
        if rows != ["ok"]:
            problems.extend(f"integrity: {r}" for r in rows[:20])
        for row in con.execute("PRAGMA foreign_key_check").fetchall()[:20]:
            problems.append(f"foreign key: table {row[0]} row {row[1]} -> {row[2]}")
    finally:
        raw.close()
    return problems
