"""`deseo`: with no command, the window; with one, headless work for scripts and tests.

Errors go to stderr in plain words with a non-zero exit code, never a traceback.
"""

import sys
from pathlib import Path

from deseo_desktop import __version__, cli_actors, cli_portable
from deseo_desktop.terms import LANGUAGES

EXIT_PROBLEM = 1
EXIT_USAGE = 2

PROBLEMS = {
    "is_directory": "{path} is a folder, not a database file.",
    "not_a_database": "{path} is not a DESEO database (it is not an SQLite file).",
    "not_deseo": "{path} is an SQLite file, but not a DESEO database.",
    "damaged": "{path} is damaged and cannot be opened ({detail}).",
    "newer_schema": "{path} was made by a newer version of DESEO Cluster Designer "
    "(schema {schema}); this version ({version}) cannot open it. Install the newer version.",
    "read_only": "{path} cannot be written here (read-only file or folder).",
    "unreadable": "{path} cannot be read ({detail}).",
    "pragma_mismatch": "{path}: the database settings could not be applied ({detail}).",
    "migration_failed": "{path} could not be upgraded; it was left as it was ({detail}).",
    "backup_failed": "The backup {path} could not be written or failed its check ({detail}).",
}


def problem_text(problem) -> str:
    template = PROBLEMS.get(problem.code, "{path}: {detail}")
    return template.format(
        path=problem.path, detail=problem.detail, version=__version__, **problem.params
    )


def _parser():
    import argparse  # not needed to open the window

    p = argparse.ArgumentParser(
        prog="deseo",
        description="DESEO Cluster Designer. With no command, opens the window.",
    )
    p.add_argument("--version", action="version", version=f"deseo {__version__}")
    p.add_argument(
        "--db",
        metavar="PATH",
        help="the database file (default: DESEO_DB, or designs.db in your data folder)",
    )
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    ls = sub.add_parser("list", help="list the designs")
    ls.add_argument("--json", action="store_true", help="as JSON")
    ls.add_argument("--all", action="store_true", help="include archived and trashed designs")
    new = sub.add_parser("new", help="create a blank design; prints its id last")
    new.add_argument("title")
    new.add_argument("--territory", default="")
    new.add_argument("--country", default="IT", help="IT, FR, SE, ES, IE or XX")
    new.add_argument("--existing", action="store_true", help="improves an existing cluster")
    sub.add_parser("demo", help="add the example design; prints its id last")
    sub.add_parser("check", help="check settings, integrity and foreign keys")
    bk = sub.add_parser("backup", help="take a checked backup")
    bk.add_argument("--to", metavar="PATH", help="write it here instead of the backups folder")
    rs = sub.add_parser("restore", help="replace the database with a backup")
    rs.add_argument("file")
    sub.add_parser("backups", help="list this database's backups, newest first")
    gen = sub.add_parser("generate", help="add synthetic designs (for benchmarks)")
    gen.add_argument("--large", action="store_true", help="one large design")
    gen.add_argument("--small", type=int, default=0, metavar="N", help="N small designs")
    gen.add_argument("--seed", type=int, default=1)
    ex = sub.add_parser(
        "export-agreement", help="write a design's agreement draft as PDF and/or Excel"
    )
    ex.add_argument("design", metavar="DESIGN", help="the design's id or exact title")
    ex.add_argument("--pdf", metavar="PATH", help="write the PDF here")
    ex.add_argument("--xlsx", metavar="PATH", help="write the Excel workbook here")
    ex.add_argument(
        "--lang",
        choices=LANGUAGES,
        help="the document language (default: the design's agreement language)",
    )
    sc = sub.add_parser(
        "self-check",
        help="check that this computer can show the window, draw its text and export "
        "(on a database of its own in FOLDER)",
    )
    sc.add_argument("folder", metavar="FOLDER")
    cli_actors.register(sub)
    cli_portable.register(sub)
    return p


def _started_by_multiprocessing(argv: list[str]) -> bool:
    """multiprocessing's own arguments (installers/pyinstaller/rthooks says why it matters)."""
    return "-c" in argv or any(a.startswith("--multiprocessing-fork") for a in argv)


def main(argv: list[str] | None = None) -> int:
    if getattr(sys, "frozen", False) and _started_by_multiprocessing(sys.argv):
        # A built program starts the export's process as itself: that process goes no further.
        import multiprocessing

        multiprocessing.freeze_support()
    given = sys.argv[1:] if argv is None else argv
    if not given:
        # The window, the way most people start it: no argument parsing before it paints.
        from deseo_desktop.gui.app import run

        return run(None)
    if len(given) == 1 and given[0].lower().endswith(".deseo"):
        # `deseo PATH.deseo`, the way a double-clicked design file arrives: import it.
        from deseo_desktop.gui.app import run

        return run(None, open_file=given[0])
    args = _parser().parse_args(argv)
    if args.command is None:
        from deseo_desktop.gui.app import run

        return run(args.db)
    from deseo_desktop.services.database import DatabaseProblem, WindowHoldsDatabase

    try:
        return COMMANDS[args.command](args)
    except DatabaseProblem as e:
        print(problem_text(e), file=sys.stderr)
    except WindowHoldsDatabase as e:
        print(
            f"The DESEO window (process {e.pid}) has this database open. "
            "Close it, or do this from the window.",
            file=sys.stderr,
        )
    except _Failure as e:
        print(str(e), file=sys.stderr)
    except KeyboardInterrupt:
        print("Interrupted.", file=sys.stderr)
    except Exception as e:  # the last resort: a plain sentence, the details in the log
        import logging

        logging.getLogger(__name__).exception("command %s failed", args.command)
        print(f"The command failed: {e.__class__.__name__}: {e}", file=sys.stderr)
    return EXIT_PROBLEM


class _Failure(Exception):
    pass


def _open(args, write: bool):
    from deseo_desktop.services.database import Database

    db = Database.inspect(args.db, need_write=write)
    if write:
        db.refuse_if_window_open()
        db.open_writer()
    return db


def cmd_list(args) -> int:
    from deseo_desktop.services.library_list import filter_designs, list_designs

    db = _open(args, write=False)
    designs = list_designs(db)
    if not args.all:
        designs = filter_designs(designs, view="active")
    if args.json:
        import json

        out = [
            {
                "id": d.id,
                "title": d.title,
                "territory": d.territory,
                "country": d.country,
                "cluster_kind": d.cluster_kind,
                "status": d.status,
                "updated_at": d.updated_at.isoformat(timespec="seconds") + "Z",
                "archived": d.archived,
                "trashed": d.trashed,
            }
            for d in designs
        ]
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    for d in designs:
        flags = " [archived]" if d.archived else " [trash]" if d.trashed else ""
        print(f"{d.id}  {d.title}  ({d.territory}, {d.country}, {d.status}){flags}")
    if not designs:
        print(
            "No designs yet. Create one with: deseo new TITLE, or add the example: deseo demo",
            file=sys.stderr,
        )
    return 0


def cmd_new(args) -> int:
    from deseo_desktop.rules.text import TextTooLong
    from deseo_desktop.services import library

    db = _open(args, write=True)
    try:
        design_id = library.create_blank(
            db,
            library.NewDesign(
                title=args.title,
                territory=args.territory,
                country=args.country.upper(),
                cluster_kind="existing" if args.existing else "new",
            ),
        )
    except TextTooLong as e:
        raise _Failure(
            f"The {e.field or 'text'} is too long: {e.length} characters, at most {e.limit}."
        ) from e
    except ValueError as e:
        raise _Failure(
            f"Not a country this app knows: {args.country} (use IT, FR, SE, ES, IE or XX)."
        ) from e
    finally:
        db.close()
    print(design_id)
    return 0


def cmd_demo(args) -> int:
    from deseo_desktop.services import library

    db = _open(args, write=True)
    try:
        design_id = library.add_example(db)
    finally:
        db.close()
    print(design_id)
    return 0


def cmd_check(args) -> int:
    from deseo_desktop.store.engine import integrity_problems

    db = _open(args, write=False)
    if not db.inspection.exists:
        print(f"{db.path}: no database yet (it is created when first used).")
        return 0
    if db.writable():
        db.open_writer()  # reads every pragma back and refuses when one differs
        try:
            problems = integrity_problems(db.engine)
        finally:
            db.close()
    else:
        print(f"{db.path} is read-only here: its settings were not checked.")
        problems = db.read_only_problems()
    if problems:
        print(f"{db.path}: problems found:", file=sys.stderr)
        for p in problems:
            print(f"  {p}", file=sys.stderr)
        return EXIT_PROBLEM
    print(f"{db.path}: ok (settings, integrity and foreign keys)")
    return 0


def cmd_backup(args) -> int:
    db = _open(args, write=True)
    try:
        taken = db.backup("manual", to=Path(args.to).absolute() if args.to else None)
    finally:
        db.close()
    print(taken.path)
    return 0


def cmd_backups(args) -> int:
    from deseo_desktop.store.backups import list_backups
    from deseo_desktop.store.paths import resolve_db_path

    path, _ = resolve_db_path(args.db)
    for b in list_backups(path):
        print(f"{b.taken_at.isoformat(sep=' ')} UTC  {b.reason:<12} {b.path}")
    return 0


def cmd_restore(args) -> int:
    from deseo_desktop.services.database import Database, DatabaseProblem, restore_damaged

    backup = Path(args.file).absolute()
    if not backup.is_file():
        raise _Failure(f"{backup} is not a file.")
    try:
        db = _open(args, write=True)
    except DatabaseProblem as e:
        if e.code not in ("damaged", "not_a_database", "not_deseo"):
            raise
        kept = restore_damaged(args.db, backup)
        if kept:
            print(f"The damaged database was kept as {kept}.")
    else:
        db.restore(backup)
    Database.open(args.db).close()  # the restored file opens and upgrades like any other
    print(f"Restored from {backup}.")
    return 0


def cmd_generate(args) -> int:
    from deseo_desktop.services import synthetic

    db = _open(args, write=True)
    try:
        print(synthetic.describe(), file=sys.stderr)
        if args.large:
            print(synthetic.add_large_design(db, seed=args.seed))
        if args.small:
            ids = synthetic.add_small_designs(db, args.small, seed=args.seed)
            print(f"{len(ids)} small designs added.")
    finally:
        db.close()
    return 0


def cmd_self_check(args) -> int:
    from deseo_desktop.gui.self_check import self_check

    return self_check(Path(args.folder).absolute())


def cmd_export_agreement(args) -> int:
    from deseo_desktop.exports.errors import ExportFailed
    from deseo_desktop.services.export import agreement_snapshot, export_agreement

    if not args.pdf and not args.xlsx:
        print("Say what to write: --pdf PATH, --xlsx PATH, or both.", file=sys.stderr)
        return EXIT_USAGE
    pdf = Path(args.pdf).absolute() if args.pdf else None
    xlsx = Path(args.xlsx).absolute() if args.xlsx else None
    if pdf is not None and pdf == xlsx:
        print("--pdf and --xlsx name the same file; give each its own.", file=sys.stderr)
        return EXIT_USAGE
    db = _open(args, write=False)
    try:
        rows = agreement_snapshot(db, _design_named(db, args.design))
        try:
            done = export_agreement(rows, pdf=pdf, xlsx=xlsx, language=args.lang)
        except ExportFailed as e:
            raise _Failure(f"Nothing was exported: {e}") from e
    finally:
        db.close()
    if done.pdf is not None:
        print(f"{done.pdf}  ({done.pages} pages)")
    if done.xlsx is not None:
        print(done.xlsx)
    return 0


def _design_named(db, ref: str) -> str:
    """The id of the design `ref` names (an id, or a title only one design has), else a plain
    refusal that says what the database holds."""
    from deseo_desktop.services import library
    from deseo_desktop.services.errors import DesignNotFound

    if not db.inspection.exists:
        raise _Failure(f"{db.path}: no database yet, so no design {ref!r}.")
    try:
        return library.resolve(db, ref)
    except DesignNotFound as e:
        raise _Failure(_not_found(ref, e.matches)) from e


def _not_found(ref: str, matches: list[tuple[str, str]]) -> str:
    if not matches:
        return f"No design has the id or title {ref!r} (deseo list shows them)."
    shown = ", ".join(f"{title!r} ({design_id})" for design_id, title in matches[:3])
    more = f" and {len(matches) - 3} more" if len(matches) > 3 else ""
    return f"{ref!r} is not one design's exact title; it matches {shown}{more}. Give the id."


COMMANDS = {
    "list": cmd_list,
    "new": cmd_new,
    "demo": cmd_demo,
    "self-check": cmd_self_check,
    "check": cmd_check,
    "backup": cmd_backup,
    "backups": cmd_backups,
    "restore": cmd_restore,
    "generate": cmd_generate,
    "export-agreement": cmd_export_agreement,
}
