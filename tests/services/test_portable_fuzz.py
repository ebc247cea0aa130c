"""Fuzzing the design import: values changed at random in a valid file are imported or refused
with the importer's own errors (PortableError, DesignDataError), never anything else."""

import json
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from deseo_desktop.exports.portable import PortableError, write_design_file
from deseo_desktop.services import library
from deseo_desktop.services.design_data import DesignDataError
from deseo_desktop.services.portable import export_design, import_design

VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**70), 2**70),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=30),
    st.sampled_from(["2026-02-30", "2026-01-01", "2026-01-01T10:00:00", "", "design", "x" * 70]),
)


@pytest.fixture
def example_file(db, tmp_path):
    design_id = library.add_example(db)
    path = export_design(db, design_id, tmp_path / "example.deseo")
    return json.loads(zipfile.ZipFile(path).read("design.json"))["tables"]


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_random_values_are_imported_or_refused_cleanly(db, tmp_path, example_file, data):
    rows = json.loads(json.dumps(example_file))
    for _ in range(data.draw(st.integers(1, 4))):
        table = data.draw(st.sampled_from(sorted(rows)))
        if not rows[table]:
            continue
        row = data.draw(st.sampled_from(rows[table]))
        column = data.draw(st.sampled_from(sorted(row)))
        row[column] = data.draw(VALUES)
    path = tmp_path / "fuzzed.deseo"
    try:
        write_design_file(path, rows)
    except ValueError:
        return  # not writable as strict JSON
    try:
        import_design(db, path, "keep_both")
    except (PortableError, DesignDataError):
        pass
