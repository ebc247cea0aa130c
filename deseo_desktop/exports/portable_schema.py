"""A small JSON Schema validator for the subset the design file's schema uses.

`jsonschema` is not a dependency; this checks type, const, required, properties,
additionalProperties, propertyNames, maxProperties, items, minItems, maxItems, minimum,
minLength, maxLength, pattern and local $ref, and refuses strings that are not valid Unicode
(a lone surrogate, which SQLite would refuse later).
"""

import json
import re
from functools import cache
from typing import Any

from deseo_desktop.resources import resource_path

SCHEMA_FILE = ("schema", "deseo-design-1.schema.json")
_TYPES = {
    "object": dict,
    "array": list,
    "string": str,
    "integer": int,
    "number": (int, float),
    "boolean": bool,
    "null": type(None),
}


class SchemaError(ValueError):
    """The document does not follow the schema; str() names where."""


@cache
def load_schema() -> dict:
    return json.loads(resource_path(*SCHEMA_FILE).read_text(encoding="utf-8"))


@cache
def _pattern(text: str) -> re.Pattern:
    return re.compile(text)


def validate(value: Any, schema: dict, root: dict | None = None, where: str = "$") -> None:
    root = root if root is not None else load_schema()
    if "$ref" in schema:
        name = schema["$ref"].removeprefix("#/$defs/")
        schema = root["$defs"][name]
    if "const" in schema and value != schema["const"]:
        raise SchemaError(f"{where}: must be {schema['const']!r}")
    if "type" in schema:
        types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        if not any(_is(value, t) for t in types):
            raise SchemaError(f"{where}: must be {' or '.join(types)}")
    if isinstance(value, str):
        _string(value, schema, where)
    elif isinstance(value, dict):
        _object(value, schema, root, where)
    elif isinstance(value, list):
        _array(value, schema, root, where)
    elif isinstance(value, int | float) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            raise SchemaError(f"{where}: below {schema['minimum']}")


def _is(value: Any, type_name: str) -> bool:
    if isinstance(value, bool):
        return type_name == "boolean"
    return isinstance(value, _TYPES[type_name])


def _string(value: str, schema: dict, where: str) -> None:
    if len(value) > schema.get("maxLength", len(value)):
        raise SchemaError(f"{where}: longer than {schema['maxLength']} characters")
    if len(value) < schema.get("minLength", 0):
        raise SchemaError(f"{where}: too short")
    if "pattern" in schema and not _pattern(schema["pattern"]).search(value):
        raise SchemaError(f"{where}: not in the expected form")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise SchemaError(f"{where}: not valid Unicode text") from None


def _object(value: dict, schema: dict, root: dict, where: str) -> None:
    for key in schema.get("required", ()):
        if key not in value:
            raise SchemaError(f"{where}: {key} is missing")
    if len(value) > schema.get("maxProperties", len(value)):
        raise SchemaError(f"{where}: too many keys")
    props = schema.get("properties", {})
    extra = schema.get("additionalProperties", True)
    names = schema.get("propertyNames")
    for key, item in value.items():
        if names is not None:
            validate(key, names, root, f"{where} key {key[:40]!r}")
        if key in props:
            validate(item, props[key], root, f"{where}.{key}")
        elif extra is False:
            raise SchemaError(f"{where}: unexpected key {key[:40]!r}")
        elif isinstance(extra, dict):
            validate(item, extra, root, f"{where}.{key}")


def _array(value: list, schema: dict, root: dict, where: str) -> None:
    if len(value) < schema.get("minItems", 0) or len(value) > schema.get("maxItems", len(value)):
        raise SchemaError(f"{where}: wrong number of items")
    items = schema.get("items")
    if items is not None:
        for i, item in enumerate(value):
            validate(item, items, root, f"{where}[{i}]")
