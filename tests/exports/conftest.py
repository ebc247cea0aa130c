"""Designs as exporters receive them: plain rows read from a real database file."""

import pytest

from deseo_desktop.services import library
from deseo_desktop.services.design_data import dump_design


def rows_of(db, design_id: str):
    with db.session() as session:
        return dump_design(session.connection(), design_id)


@pytest.fixture
def example_rows(db):
    return rows_of(db, library.add_example(db))


@pytest.fixture
def blank_rows(db):
    return rows_of(
        db, library.create_blank(db, library.NewDesign(title="Empty", territory="Nowhere"))
    )
