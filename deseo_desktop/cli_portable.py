"""`deseo export-design DESIGN PATH [--no-personal]` and `deseo import-design PATH [...]`."""

import sys
from pathlib import Path


def register(sub) -> None:
    from deseo_desktop import cli

    ex = sub.add_parser("export-design", help="write one design to a portable .deseo file")
    ex.add_argument("design", metavar="DESIGN", help="the design's id or exact title")
    ex.add_argument("path", metavar="PATH")
    ex.add_argument(
        "--no-personal", action="store_true", help="replace personal data by pseudonyms"
    )
    im = sub.add_parser("import-design", help="add a design from a .deseo file")
    im.add_argument("path", metavar="PATH")
    how = im.add_mutually_exclusive_group()
    how.add_argument("--keep-both", action="store_true", help="if it exists: import as a copy")
    how.add_argument("--replace", action="store_true", help="if it exists: replace it (backup)")
    cli.COMMANDS["export-design"] = cmd_export_design
    cli.COMMANDS["import-design"] = cmd_import_design


def cmd_export_design(args) -> int:
    from deseo_desktop.cli import _design_named, _Failure, _open
    from deseo_desktop.exports.errors import ExportFailed
    from deseo_desktop.services.portable import export_design

    db = _open(args, write=False)
    try:
        design_id = _design_named(db, args.design)
        try:
            path = export_design(
                db, design_id, Path(args.path).absolute(), personal=not args.no_personal
            )
        except ExportFailed as e:
            raise _Failure(f"Nothing was exported: {e}") from e
    finally:
        db.close()
    print(path)
    return 0


def cmd_import_design(args) -> int:
    from deseo_desktop.cli import _Failure, _open
    from deseo_desktop.exports.portable import PortableError
    from deseo_desktop.services.design_data import DesignDataError
    from deseo_desktop.services.portable import ConflictError, import_design

    path = Path(args.path).absolute()
    if not path.is_file():
        raise _Failure(f"{path} is not a file.")
    mode = "keep_both" if args.keep_both else "replace" if args.replace else None
    db = _open(args, write=True)
    try:
        done = import_design(db, path, mode)
    except ConflictError as e:
        raise _Failure(f"Nothing was imported. {e} Use --keep-both or --replace.") from e
    except (PortableError, DesignDataError) as e:
        raise _Failure(f"Nothing was imported: {path.name}: {e}.") from e
    except OSError as e:
        raise _Failure(f"Nothing was imported: {path} cannot be read ({e.strerror}).") from e
    finally:
        db.close()
    print(f"Imported {done.title!r} ({done.mode}).", file=sys.stderr)
    print(done.design_id)
    return 0
