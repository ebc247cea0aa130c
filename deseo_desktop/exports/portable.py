"""The portable design file (.deseo): one design as strict, versioned JSON inside a zip.

A .deseo file is a zip holding exactly two members: `manifest.json` (format, format_version,
app_version and the SHA-256 of design.json) and `design.json` ({"tables": {table: [row]}},
sorted keys, no NaN). Reading trusts nothing: members are read into memory with caps, never
extracted; the JSON is parsed strictly (no duplicate keys, no NaN or Infinity, no huge numbers,
no deep nesting, UTF-8 only) and checked against resources/schema/deseo-design-1.schema.json.
Every refusal is a PortableError with a plain reason code. No database work here.
"""

import hashlib
import io
import json
import zipfile
import zlib
from pathlib import Path
from typing import Any

from deseo_desktop import __version__

from .files import atomic_write
from .portable_schema import SchemaError, load_schema, validate

FORMAT = "deseo-design"
FORMAT_VERSION = 1
MANIFEST, DESIGN = "manifest.json", "design.json"
MAX_MEMBERS = 16
MAX_TOTAL_BYTES = 50 * 1024 * 1024
MAX_MANIFEST_BYTES = 64 * 1024
MAX_NUMBER_CHARS = 40

Rows = dict[str, list[dict[str, Any]]]

REASONS = {
    "not_a_zip": "it is not a DESEO design file (not a zip archive)",
    "damaged": "the file is damaged (truncated or corrupt compressed data)",
    "too_many_members": "it holds too many files to be a design file",
    "too_large": "it unpacks to more than 50 MB, too much for a design file",
    "bad_member_name": "it holds a file with an unsafe name (a path outside the archive)",
    "missing_member": "manifest.json or design.json is missing",
    "unexpected_member": "it holds files a design file never has",
    "not_utf8": "its text is not valid UTF-8",
    "bad_json": "its JSON is malformed",
    "duplicate_key": "its JSON repeats a key",
    "not_a_number": "its JSON holds NaN or Infinity",
    "huge_number": "its JSON holds a number too long to be a value",
    "too_deep": "its JSON is nested too deeply",
    "not_deseo": "it is not a DESEO design file (wrong format name)",
    "newer_format": "it was written by a newer DESEO (format {found}); install DESEO {needed} "
    "or later to open it",
    "bad_checksum": "design.json does not match the checksum in the manifest",
    "schema": "it does not follow the design file format ({detail})",
}


class PortableError(ValueError):
    """A file refused; `reason` is one of REASONS' codes, str() a plain sentence."""

    def __init__(self, reason: str, **params: Any):
        self.reason = reason
        self.params = params
        super().__init__(REASONS.get(reason, reason).format_map({"detail": "", **params}))


def encode_design(rows: Rows) -> bytes:
    """design.json's bytes: rows must already be JSON-able (dates as ISO text)."""
    doc = {"tables": rows}
    return json.dumps(doc, allow_nan=False, sort_keys=True, ensure_ascii=False).encode("utf-8")


def write_design_file(path: str | Path, rows: Rows) -> Path:
    """Write a .deseo file atomically; returns its path."""
    body = encode_design(rows)
    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "app_version": __version__,
        "checksum": "sha256:" + hashlib.sha256(body).hexdigest(),
    }

    def write(f) -> None:
        with zipfile.ZipFile(f, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as z:
            z.writestr(MANIFEST, json.dumps(manifest, sort_keys=True, indent=1))
            z.writestr(DESIGN, body)

    atomic_write(path, write)
    return Path(path)


def read_design_file(path: str | Path) -> tuple[dict, Rows]:
    """(manifest, rows) from a .deseo file, or PortableError. Reads at most 50 MB."""
    with open(path, "rb") as f:
        data = f.read(MAX_TOTAL_BYTES + 1)
    if len(data) > MAX_TOTAL_BYTES:
        raise PortableError("too_large")
    return read_design_bytes(data)


def read_design_bytes(data: bytes) -> tuple[dict, Rows]:
    members = _read_members(data)
    manifest = parse_json(members[MANIFEST])
    _check_manifest(manifest)
    body = members[DESIGN]
    if manifest["checksum"] != "sha256:" + hashlib.sha256(body).hexdigest():
        raise PortableError("bad_checksum")
    doc = _upgrade(parse_json(body), manifest["format_version"])
    try:
        validate(doc, load_schema()["$defs"]["design"])
    except SchemaError as e:
        raise PortableError("schema", detail=str(e)) from None
    return manifest, doc["tables"]


def _read_members(data: bytes) -> dict[str, bytes]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            infos = z.infolist()
            if len(infos) > MAX_MEMBERS:
                raise PortableError("too_many_members")
            for info in infos:
                _check_name(info.filename)
            names = [i.filename for i in infos]
            if len(set(names)) != len(names) or set(names) - {MANIFEST, DESIGN}:
                raise PortableError("unexpected_member")
            if set(names) != {MANIFEST, DESIGN}:
                raise PortableError("missing_member")
            out, total = {}, 0
            for info in infos:
                with z.open(info) as member:
                    content = member.read(MAX_TOTAL_BYTES - total + 1)
                total += len(content)
                if total > MAX_TOTAL_BYTES:
                    raise PortableError("too_large")
                out[info.filename] = content
            return out
    except PortableError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, OSError):
        raise PortableError("damaged" if data[:2] == b"PK" else "not_a_zip") from None
    except (RuntimeError, ValueError):  # encrypted members, bad headers
        raise PortableError("damaged") from None


def _check_name(name: str) -> None:
    if (
        "\\" in name
        or name.startswith("/")
        or (len(name) > 1 and name[1] == ":")
        or ".." in name.split("/")
        or "\x00" in name
    ):
        raise PortableError("bad_member_name")


def _pairs(pairs: list[tuple[str, Any]]) -> dict:
    out = dict(pairs)
    if len(out) != len(pairs):
        raise PortableError("duplicate_key")
    return out


def _constant(_name: str):
    raise PortableError("not_a_number")


def _int(text: str) -> int:
    if len(text) > MAX_NUMBER_CHARS:
        raise PortableError("huge_number")
    return int(text)


def _float(text: str) -> float:
    if len(text) > MAX_NUMBER_CHARS:
        raise PortableError("huge_number")
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise PortableError("huge_number")
    return value


def parse_json(data: bytes) -> Any:
    """Strict JSON from UTF-8 bytes (PortableError on anything loose or hostile)."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise PortableError("not_utf8") from None
    try:
        return json.loads(
            text,
            object_pairs_hook=_pairs,
            parse_constant=_constant,
            parse_int=_int,
            parse_float=_float,
        )
    except RecursionError:
        raise PortableError("too_deep") from None
    except ValueError as e:
        if isinstance(e, PortableError):
            raise
        raise PortableError("bad_json") from None


def _check_manifest(manifest: Any) -> None:
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise PortableError("not_deseo")
    version = manifest.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise PortableError("newer_format", found=version, needed=_app_needed(manifest))
    try:
        validate(manifest, load_schema()["$defs"]["manifest"])
    except SchemaError as e:
        raise PortableError("schema", detail=f"manifest: {e}") from None


def _app_needed(manifest: dict) -> str:
    app = manifest.get("app_version")
    return app if isinstance(app, str) and len(app) < 40 else "a newer version"


def _upgrade(doc: Any, version: int) -> Any:
    """Bring an older format version's document up to FORMAT_VERSION, one step at a time.

    Only version 1 exists; a step for version n -> n+1 goes here when version 2 comes.
    """
    steps: dict[int, Any] = {}
    while version < FORMAT_VERSION:
        doc = steps[version](doc)
        version += 1
    return doc
