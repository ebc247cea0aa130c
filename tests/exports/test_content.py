"""The derived facts the documents share."""

from deseo_desktop.exports.content import PERSONAL_COLUMNS, Content
from deseo_desktop.model import Base


def test_personal_columns_are_the_ones_the_model_marks():
    marked = {
        t.name: tuple(c.name for c in t.columns if c.info.get("personal"))
        for t in Base.metadata.sorted_tables
    }
    assert {t: cols for t, cols in marked.items() if cols} == PERSONAL_COLUMNS


def test_annex_g_names_the_personal_data_the_example_holds(example_rows):
    held = Content(example_rows).personal_fields_held()
    assert {"facilitator", "contact_name", "contact_email", "representative", "holder"} <= set(held)
    assert "assessor" in held
