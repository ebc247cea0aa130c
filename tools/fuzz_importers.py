"""Coverage-guided fuzzing of both importers with atheris (`make fuzz`; not part of the suite).

Each importer must return a result or refuse with its own error; any other exception, a hang
or a crash is a finding. The suite runs the same contract with hypothesis (tests/exports,
tests/services); this digs deeper for as long as it is given.

    python tools/fuzz_importers.py design|csv|xlsx -max_total_time=60
"""

import sys

import atheris

with atheris.instrument_imports():
    from deseo_desktop.exports.portable import PortableError, read_design_bytes
    from deseo_desktop.exports.sheet_reader import SheetError, read_csv_bytes
    from deseo_desktop.exports.sheet_xlsx import read_xlsx
    from deseo_desktop.rules.actor_import import MappingError, preview_rows
    from deseo_desktop.services.design_data import DesignDataError
    from deseo_desktop.services.portable import prepare

REFUSALS = (PortableError, DesignDataError, SheetError, MappingError)


def design(data: bytes) -> None:
    try:
        _, rows = read_design_bytes(data)
        prepare(rows)
    except REFUSALS:
        pass


def sheet(read):
    def target(data: bytes) -> None:
        try:
            rows = read(data)
            preview_rows(getattr(rows, "rows", rows), ["Existing"])
        except REFUSALS:
            pass

    return target


TARGETS = {"design": design, "csv": sheet(read_csv_bytes), "xlsx": sheet(read_xlsx)}

if __name__ == "__main__":
    target = TARGETS[sys.argv.pop(1)]
    atheris.Setup(sys.argv, target)
    atheris.Fuzz()
