"""Putting a design into a .deseo file and taking one out of it.

Export reads one design in one session and writes the file atomically; without personal data
every column marked personal holds a stable pseudonym (an HMAC of the value under a salt drawn
for this export, so one person keeps one pseudonym within the file but cannot be looked up).
Import reads and validates the whole file first, then writes in one transaction: a new design
keeps the file's ids; a design already here is a ConflictError unless the caller says to keep
both (new ids, "(imported)" in the title) or to replace the local one (after a backup).
"""

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Float, Integer, String, delete
from sqlalchemy.exc import IntegrityError

from deseo_desktop.exports.portable import read_design_file, write_design_file
from deseo_desktop.model import Design
from deseo_desktop.rules.text import TextTooLong, clean_text

from .database import Database
from .design_data import (
    DESIGN_TABLES,
    PARENT,
    DesignDataError,
    Rows,
    _typed,
    dump_design,
    jsonable,
    load_design,
)
from .errors import DesignNotFound

IMPORTED_SUFFIX = " (imported)"
TEXT_MAX = 1_000_000  # the schema's limit; notes are capped at 100,000 where they are typed
DESIGN_TABLES_BY_NAME = {t.name: t for t in DESIGN_TABLES}
_TS = ("created_at", "updated_at")


class ConflictError(Exception):
    """The file's design is already here; the caller must choose keep_both or replace."""

    def __init__(self, title: str, local: datetime | None, file: datetime | None):
        self.title, self.local_updated, self.file_updated = title, _stamp(local), _stamp(file)
        self.local_is_newer = bool(local and file and local > file)
        warning = " The local one is NEWER than the file." if self.local_is_newer else ""
        super().__init__(
            f"The design {title!r} is already here (local copy changed {self.local_updated} UTC, "
            f"file's copy changed {self.file_updated} UTC).{warning} Choose to keep both "
            "(the import gets new ids and '(imported)' in its title) or to replace the local one "
            "(a backup is taken first)."
        )


@dataclass(frozen=True)
class Imported:
    design_id: str
    title: str
    mode: str  # "new", "keep_both" or "replace"


def export_design(db: Database, design_id: str, path: str | Path, personal: bool = True) -> Path:
    with db.session() as s:
        rows = dump_design(s.connection(), design_id)
    if not rows["design"]:
        raise DesignNotFound(design_id)
    if not personal:
        rows = pseudonymised(rows, secrets.token_bytes(16))
    return write_design_file(path, jsonable(rows))


def pseudonymised(rows: Rows, salt: bytes) -> Rows:
    """Every personal column's value replaced by a pseudonym stable for one salt."""
    personal = {
        t.name: [c.name for c in t.columns if c.info.get("personal")] for t in DESIGN_TABLES
    }
    out: Rows = {}
    for table, table_rows in rows.items():
        cols = personal.get(table, [])
        out[table] = [
            {k: _pseudonym(salt, v) if k in cols else v for k, v in r.items()} for r in table_rows
        ]
    return out


def _pseudonym(salt: bytes, value: Any) -> Any:
    if value is None or value == "":
        return value
    digest = hmac.new(salt, str(value).encode("utf-8"), hashlib.sha256).hexdigest()
    return f"person-{digest[:10]}"


def import_design(db: Database, path: str | Path, mode: str | None = None) -> Imported:
    """Read, validate, then write in one transaction (nothing written on any refusal)."""
    if mode not in (None, "keep_both", "replace"):
        raise ValueError(f"unknown import mode {mode!r}")
    _, rows = read_design_file(path)
    prepared = prepare(rows)
    design = prepared["design"][0]
    design_id, title = design["id"], design.get("title") or ""
    with db.session() as s:
        local = s.get(Design, design_id)
        local_updated = local.updated_at if local is not None else None
    if local is not None and mode is None:
        raise ConflictError(title, local_updated, design.get("updated_at"))
    if local is not None and mode == "replace":
        db.backup("import-replace")
    try:
        return _write(db, prepared, local is not None, mode)
    except IntegrityError:
        raise DesignDataError("its rows clash with rows already here (ids or values)") from None


def _write(db: Database, prepared: Rows, exists: bool, mode: str | None) -> Imported:
    design = prepared["design"][0]
    design_id, title = design["id"], design.get("title") or ""
    with db.write() as s:
        conn = s.connection()
        if exists and mode == "keep_both":
            title += IMPORTED_SUFFIX
            return Imported(load_design(conn, prepared, title=title), title, "keep_both")
        if exists:
            s.execute(delete(Design).where(Design.id == design_id))
        for table in DESIGN_TABLES:
            if prepared.get(table.name):
                conn.execute(table.insert(), prepared[table.name])
    return Imported(design_id, title, "replace" if exists else "new")


def _value(table: str, column, value: Any) -> Any:
    """A file's value checked against its column's type (SQLite would store anything)."""
    if value is None:
        return None
    kind = column.type
    ok = True
    if isinstance(kind, Boolean):
        ok = isinstance(value, bool)
    elif isinstance(kind, Integer):  # BigInteger too
        ok = type(value) is int and -(2**63) <= value < 2**63
    elif isinstance(kind, Float):
        ok = type(value) in (int, float)
    elif isinstance(kind, Date | DateTime):
        try:
            return _typed(column, value) if isinstance(value, str) else _fail(table, column)
        except ValueError:
            ok = False
    elif isinstance(kind, String):  # Text too
        if not isinstance(value, str):
            ok = False
        else:
            try:
                return clean_text(value, TEXT_MAX)
            except TextTooLong:
                raise DesignDataError(f"{table}.{column.name}: text too long") from None
    if not ok:
        _fail(table, column)
    return value


def _fail(table: str, column) -> Any:
    raise DesignDataError(f"{table}.{column.name}: not a {type(column.type).__name__.lower()}")


def _stamp(value: Any) -> str:
    if isinstance(value, datetime | date):
        return value.isoformat(sep=" ", timespec="seconds")
    return str(value or "unknown")[:19].replace("T", " ")


def prepare(rows: Rows) -> Rows:
    """Rows typed for insertion with their own ids; every reference must stay inside the file."""
    unknown = set(rows) - set(PARENT)
    if unknown:
        raise DesignDataError(f"unknown tables: {sorted(unknown)[:5]}")
    seen: dict[str, set[str]] = {}
    out: Rows = {}
    for table in DESIGN_TABLES:
        targets = {
            c.name: next(iter(c.foreign_keys)).column.table.name
            for c in table.columns
            if c.foreign_keys
        }
        parent_fk = PARENT[table.name][0]
        ids = seen.setdefault(table.name, set())
        columns = set(table.c.keys())
        typed = []
        for row in rows.get(table.name, []):
            extra = set(row) - columns
            if extra:
                raise DesignDataError(f"{table.name}: unknown columns {sorted(extra)[:5]}")
            if row["id"] in ids:
                raise DesignDataError(f"{table.name}: id {row['id']!r} used twice")
            values = {}
            for column in table.columns:
                name, value = column.name, row.get(column.name)
                if name in targets and name != "id":
                    if value is not None and value not in seen.get(targets[name], ()):
                        raise DesignDataError(f"{table.name}.{name}: unknown reference")
                    if value is None and name == parent_fk:
                        raise DesignDataError(f"{table.name}.{name}: missing")
                if name not in row and column.default is not None and column.default.is_scalar:
                    value = column.default.arg
                values[name] = _value(table.name, column, value)
            ids.add(row["id"])
            typed.append(values)
        out[table.name] = typed
    return out
