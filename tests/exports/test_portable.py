"""The .deseo format: written strictly, read with caps, every hostile file refused by reason."""

import hashlib
import io
import json
import os
import zipfile
from functools import cache

import pytest

from deseo_desktop.exports import portable
from deseo_desktop.exports.portable import PortableError, read_design_bytes, write_design_file
from deseo_desktop.exports.portable_schema import SchemaError, load_schema, validate

ROWS = {
    "design": [{"id": "d1", "title": "Café 🌍 <b>&amp;</b>", "balance_threshold_pct": 40}],
    "actor": [{"id": "a1", "design_id": "d1", "name": "Coop", "workforce_women": 3}],
}


def manifest_for(body: bytes, version: int = 1, app: str = "0.1") -> bytes:
    return json.dumps(
        {
            "format": "deseo-design",
            "format_version": version,
            "app_version": app,
            "checksum": "sha256:" + hashlib.sha256(body).hexdigest(),
        }
    ).encode()


def zipped(members: list[tuple[str, bytes]], method=zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=method) as z:
        for name, data in members:
            z.writestr(zipfile.ZipInfo(name), data, compress_type=method)
    return buf.getvalue()


def with_body(body: bytes, **manifest) -> bytes:
    return zipped([("manifest.json", manifest_for(body, **manifest)), ("design.json", body)])


def good_file() -> bytes:
    return with_body(portable.encode_design(ROWS))


def zip_bomb() -> bytes:
    """design.json unpacking to 60 MB of one repeated byte (a file of some 60 kB)."""
    buf = io.BytesIO()
    body_info = zipfile.ZipInfo("design.json")
    body_info.compress_type = zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("manifest.json", manifest_for(b""))
        with z.open(body_info, "w", force_zip64=True) as w:
            chunk = b" " * (1024 * 1024)
            for _ in range(60):
                w.write(chunk)
    return buf.getvalue()


def corrupt_deflate() -> bytes:
    body = json.dumps({"tables": {"design": [{"id": "x", "note": "y" * 5000}]}}).encode()
    data = bytearray(with_body(os.urandom(20000).hex().encode() + body))
    start = data.index(b"design.json") + len("design.json") + 200
    for i in range(start, start + 64):
        data[i] ^= 0x5A
    return bytes(data)


@cache
def hostile_files() -> dict[str, tuple[bytes, str]]:
    """name -> (file bytes, the PortableError reason expected)."""
    good = good_file()
    return {
        "random_bytes": (os.urandom(4096), "not_a_zip"),
        "empty": (b"", "not_a_zip"),
        "truncated_zip": (good[: len(good) // 2], "damaged"),
        "corrupt_deflate": (corrupt_deflate(), "damaged"),
        "dot_dot_name": (
            zipped([("../manifest.json", b"{}"), ("design.json", b"{}")]),
            "bad_member_name",
        ),
        "absolute_name": (zipped([("/etc/manifest.json", b"{}")]), "bad_member_name"),
        "backslash_name": (zipped([("..\\design.json", b"{}")]), "bad_member_name"),
        "zip_bomb": (zip_bomb(), "too_large"),
        "ten_thousand_members": (
            zipped([(f"m{i}.json", b"") for i in range(10_000)], zipfile.ZIP_STORED),
            "too_many_members",
        ),
        "extra_member": (
            zipped([("manifest.json", b"{}"), ("design.json", b"{}"), ("evil.py", b"")]),
            "unexpected_member",
        ),
        "nan": (with_body(b'{"tables": {"design": [{"id": "d", "x": NaN}]}}'), "not_a_number"),
        "infinity": (
            with_body(b'{"tables": {"design": [{"id": "d", "x": -Infinity}]}}'),
            "not_a_number",
        ),
        "overflowing_float": (
            with_body(b'{"tables": {"design": [{"id": "d", "x": 1e400}]}}'),
            "huge_number",
        ),
        "duplicate_keys": (
            with_body(b'{"tables": {"design": [{"id": "d", "id": "e"}]}}'),
            "duplicate_key",
        ),
        "five_thousand_digits": (
            with_body(b'{"tables": {"design": [{"id": "d", "x": ' + b"9" * 5000 + b"}]}}"),
            "huge_number",
        ),
        "deep_nesting": (with_body(b"[" * 5000 + b"]" * 5000), "too_deep"),
        "invalid_utf8": (with_body(b'{"tables": {"design": [{"id": "\xff\xfe"}]}}'), "not_utf8"),
        "lone_surrogate": (with_body(b'{"tables": {"design": [{"id": "\\ud800"}]}}'), "schema"),
        "bad_checksum": (
            zipped(
                [
                    ("manifest.json", manifest_for(b"other")),
                    ("design.json", portable.encode_design(ROWS)),
                ]
            ),
            "bad_checksum",
        ),
        "not_deseo": (
            zipped([("manifest.json", b'{"format": "other"}'), ("design.json", b"{}")]),
            "not_deseo",
        ),
        "newer_format": (
            with_body(portable.encode_design(ROWS), version=9, app="7.2"),
            "newer_format",
        ),
        "schema_violation": (with_body(b'{"tables": {"design": [{"id": ["nested"]}]}}'), "schema"),
    }


@pytest.mark.parametrize("name", sorted(hostile_files()))
def test_each_hostile_file_is_refused_with_its_reason(name):
    data, reason = hostile_files()[name]
    with pytest.raises(PortableError) as refused:
        read_design_bytes(data)
    assert refused.value.reason == reason, name
    assert str(refused.value) and "Traceback" not in str(refused.value)


def test_a_newer_format_names_the_app_version_needed():
    data, _ = hostile_files()["newer_format"]
    with pytest.raises(PortableError, match="install DESEO 7.2"):
        read_design_bytes(data)


def test_a_long_repeated_note_is_no_bomb():
    rows = {"design": [{"id": "d", "description": "la la " * 150_000}]}
    body = portable.encode_design(rows)
    data = with_body(body)
    assert len(body) / len(data) > 300  # compresses hundreds to one and is still read
    assert read_design_bytes(data)[1] == rows


def test_written_file_round_trips_and_follows_the_schema(tmp_path):
    path = write_design_file(tmp_path / "d.deseo", ROWS)
    manifest, rows = portable.read_design_file(path)
    assert rows == ROWS
    assert manifest["format_version"] == portable.FORMAT_VERSION
    with zipfile.ZipFile(path) as z:
        assert z.namelist() == ["manifest.json", "design.json"]
        schema = load_schema()
        validate(json.loads(z.read("manifest.json")), schema["$defs"]["manifest"])
        body = z.read("design.json")
        validate(json.loads(body), schema["$defs"]["design"])
    assert body == json.dumps(json.loads(body), sort_keys=True, ensure_ascii=False).encode()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_nan_is_never_written(tmp_path):
    with pytest.raises(ValueError):
        write_design_file(tmp_path / "d.deseo", {"design": [{"id": "d", "x": float("nan")}]})
    assert not (tmp_path / "d.deseo").exists()


def test_the_schema_validator_refuses_what_the_schema_forbids():
    design = load_schema()["$defs"]["design"]
    for doc in (
        {},
        {"tables": {}},
        {"tables": {"design": []}},
        {"tables": {"design": [{"title": "no id"}]}},
        {"tables": {"design": [{"id": "d"}]}, "more": 1},
        {"tables": {"design": [{"id": "d", "Bad Key": 1}]}},
        {"tables": {"design": [{"id": "d"}], "actor": {"not": "a list"}}},
    ):
        with pytest.raises(SchemaError):
            validate(doc, design)


def test_the_example_exported_passes_the_reference_json_schema_validator(example_rows, tmp_path):
    """The schema is a real JSON Schema (checked by the jsonschema library, not only ours)."""
    import jsonschema

    from deseo_desktop.services.design_data import jsonable

    schema = load_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    path = write_design_file(tmp_path / "example.deseo", jsonable(example_rows))
    with zipfile.ZipFile(path) as z:
        for member, part in (("manifest.json", "manifest"), ("design.json", "design")):
            sub = {**schema["$defs"][part], "$defs": schema["$defs"]}
            jsonschema.validate(json.loads(z.read(member)), sub)
