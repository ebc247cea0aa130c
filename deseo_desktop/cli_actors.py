"""`deseo import-actors DESIGN PATH [--mapping FILE] [--dry-run]`: actors from a spreadsheet.

Registered by cli.py; heavy modules load only when the command runs.
"""

MAPPING_MAX_BYTES = 64 * 1024

PROBLEM_WORDS = {
    "missing_name": "no name",
    "bad_email": "not an e-mail address",
    "not_a_whole_number": "not a whole number",
    "negative": "negative",
    "too_large": "too large",
    "too_long": "too long",
    "duplicate_in_file": "same name as line {line}",
    "already_in_design": "the design already has an actor of this name",
}
MAPPING_WORDS = {
    "no_header": "No row among the first {rows} names two known columns (name, e-mail, "
    "women, men...); give the columns with --mapping FILE.",
    "no_name_column": "No column holds the organisations' names.",
    "bad_mapping": 'The mapping must be a JSON object such as {{"name": "Organisation"}}.',
    "unknown_field": "The mapping names an unknown field {field!r}.",
    "headers_not_found": "No row holds all the headers of the mapping: {headers}.",
    "changed_meanwhile": "The design's actors changed meanwhile; run the command again.",
}


def register(sub) -> None:
    from deseo_desktop import cli

    p = sub.add_parser("import-actors", help="add a design's actors from a .xlsx or .csv file")
    p.add_argument("design", metavar="DESIGN", help="the design's id or exact title")
    p.add_argument("path", metavar="PATH", help="the spreadsheet (.xlsx or .csv)")
    p.add_argument(
        "--mapping",
        metavar="FILE",
        help='JSON file naming the column of each field, e.g. {"name": "Organisation"}',
    )
    p.add_argument("--dry-run", action="store_true", help="check and print, write nothing")
    cli.COMMANDS["import-actors"] = cmd_import_actors
    t = sub.add_parser("actors-template", help="save an empty actors spreadsheet to fill in")
    t.add_argument("path", metavar="PATH", help="the .xlsx file to write")
    cli.COMMANDS["actors-template"] = cmd_actors_template


def read_mapping(path: str) -> dict:
    import json

    def no_duplicates(pairs):
        keys = [k for k, _ in pairs]
        if len(keys) != len(set(keys)):
            raise ValueError("a key is given twice")
        return dict(pairs)

    def no_constant(name):
        raise ValueError(f"{name} is not allowed")

    try:
        with open(path, "rb") as f:
            data = f.read(MAPPING_MAX_BYTES + 1)
        if len(data) > MAPPING_MAX_BYTES:
            raise ValueError("the file is too large")
        mapping = json.loads(
            data.decode("utf-8-sig"), object_pairs_hook=no_duplicates, parse_constant=no_constant
        )
    except (OSError, ValueError, RecursionError) as e:
        raise _failure(f"The mapping file {path} cannot be used: {e}") from None
    return mapping


def _failure(message: str) -> Exception:
    from deseo_desktop.cli import _Failure

    return _Failure(message)


def problem_words(result) -> str:
    parts = []
    for field, code in result.problems:
        words = PROBLEM_WORDS.get(code, code).format(line=result.duplicate_of)
        parts.append(
            words if code in ("missing_name", "already_in_design") else f"{field}: {words}"
        )
    return "; ".join(parts)


def cmd_import_actors(args) -> int:
    from deseo_desktop import cli
    from deseo_desktop.rules.actor_import import MappingError
    from deseo_desktop.services.actor_import import SheetError, import_actors, preview_file

    mapping = read_mapping(args.mapping) if args.mapping else None
    db = cli._open(args, write=not args.dry_run)
    try:
        design_id = cli._design_named(db, args.design)
        try:
            preview = preview_file(db, design_id, args.path, mapping)
            done = None if args.dry_run else import_actors(db, design_id, preview)
        except SheetError as e:
            raise _failure(f"Nothing was imported: {e}") from e
        except MappingError as e:
            words = MAPPING_WORDS.get(e.code, e.code).format(**e.params)
            raise _failure(f"Nothing was imported: {words}") from e
    finally:
        db.close()
    for result in preview.rows:
        name = result.values.get("name") or ""
        if result.good:
            print(f"line {result.line}: {'would import' if done is None else 'imported'} {name}")
        else:
            print(f"line {result.line}: skipped {name!r}: {problem_words(result)}")
    good, bad = len(preview.good_rows), len(preview.bad_rows)
    verb = "would be imported" if done is None else "imported"
    actors, rows = "actor" if good == 1 else "actors", "row" if bad == 1 else "rows"
    print(f"{good} {actors} {verb}, {bad} {rows} skipped.")
    return 0


def cmd_actors_template(args) -> int:
    from pathlib import Path

    from deseo_desktop.exports.errors import ExportFailed
    from deseo_desktop.exports.sheet_template import save_template

    path = Path(args.path).absolute()
    if path.suffix.casefold() != ".xlsx":
        path = path.with_name(path.name + ".xlsx")
    try:
        save_template(path)
    except ExportFailed as e:
        raise _failure(f"The template was not saved: {e}") from e
    print(path)
    return 0
