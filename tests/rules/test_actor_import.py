"""Actor import rules: header row and columns in five languages, per-row problems, duplicates."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deseo_desktop.rules.actor_import import (
    _SYNONYMS,
    HEADERS,
    MappingError,
    explicit_columns,
    find_header,
    header_key,
    preview_rows,
)


def test_no_header_word_means_two_fields():
    seen: dict[str, str] = {}
    for name, words in _SYNONYMS.items():
        for word in words.split("|"):
            key = header_key(word)
            assert seen.setdefault(key, name) == name, (word, name, seen[key])
    assert HEADERS[header_key("E-mail")] == "contact_email"


@pytest.mark.parametrize(
    "header, expected",
    [
        (["Name", "E-mail", "Women", "Men"], ["name", "contact_email", "workforce_women"]),
        (["Denominazione", "Posta elettronica", "Donne", "Uomini"], ["name", "contact_email"]),
        (["Nom", "Courriel", "Femmes", "Hommes"], ["name", "contact_email", "workforce_men"]),
        (["Namn", "E-post", "Kvinnor", "Män"], ["name", "contact_email", "workforce_men"]),
        (["Razón social", "Correo electrónico", "Mujeres", "Hombres"], ["name", "workforce_men"]),
    ],
)
def test_headers_in_five_languages(header, expected):
    index, columns = find_header([["Council of Somewhere: list 2026"], [], header])
    assert index == 2
    assert set(expected) <= set(columns.values())
    assert columns[0] == "name"


def test_no_header_is_refused():
    with pytest.raises(MappingError) as e:
        find_header([["a", "b"], ["c", "d"]])
    assert e.value.code == "no_header"


def test_explicit_mapping():
    rows = [["Title"], ["Ragione", "Posta", "Misc"], ["Alpha", "a@b.it", "x"]]
    index, columns = explicit_columns(rows, {"name": "ragione", "contact_email": "POSTA"})
    assert index == 1 and columns == {0: "name", 1: "contact_email"}
    for mapping, code in [
        ({"nonsense": "x", "name": "Ragione"}, "unknown_field"),
        ({"contact_email": "Posta"}, "no_name_column"),
        ({"name": "Absent"}, "headers_not_found"),
        ([], "bad_mapping"),
        ({"name": 3}, "bad_mapping"),
    ]:
        with pytest.raises(MappingError) as e:
            explicit_columns(rows, mapping)
        assert e.value.code == code


def test_row_problems_and_duplicates():
    rows = [
        ["Name", "Email", "Women", "Men"],
        ["Alpha", "a@b.it", "3", "4"],
        ["", "x@y.fr", "1", ""],
        ["Beta", "not an address", "2", ""],
        ["Gamma", "", "three", "-1"],
        ["", "", "", ""],
        ["ALPHA", "", "", ""],
        ["Économie Sociale", "", "1 200", ""],
        ["Delta", "", "", ""],
    ]
    preview = preview_rows(rows, existing_names=["delta "])
    by_line = {r.line: r for r in preview.rows}
    assert preview.header_line == 1
    assert by_line[2].good and by_line[2].values["workforce_women"] == 3
    assert by_line[3].problems == [("name", "missing_name")]
    assert by_line[4].problems == [("contact_email", "bad_email")]
    assert by_line[5].problems == [
        ("workforce_women", "not_a_whole_number"),
        ("workforce_men", "negative"),
    ]
    assert 6 not in by_line  # an empty row is no row
    assert by_line[7].problems == [("name", "duplicate_in_file")] and by_line[7].duplicate_of == 2
    assert by_line[8].good and by_line[8].values["workforce_women"] == 1200
    assert by_line[9].problems == [("name", "already_in_design")]
    assert [r.line for r in preview.good_rows] == [2, 8]


def test_accents_and_case_make_a_duplicate():
    rows = [["Name", "Email"], ["Coopérative Été", ""], ["cooperative ete", ""]]
    preview = preview_rows(rows, [])
    assert preview.rows[1].problems == [("name", "duplicate_in_file")]
    preview = preview_rows(rows[:2], ["COOPERATIVE  ÉTÉ"])
    assert preview.rows[0].problems == [("name", "already_in_design")]


CELLS = st.sampled_from(["Name", "E-mail", "Donne", "", "x", "-1", "3", "é@"]) | st.text(max_size=8)


@given(st.lists(st.lists(CELLS, max_size=6), max_size=12), st.lists(st.text(max_size=8)))
def test_any_rows_give_a_preview_or_a_mapping_error(rows, existing):
    try:
        preview = preview_rows(rows, existing)
    except MappingError:
        return
    assert all(r.good == (not r.problems) for r in preview.rows)
    assert all(isinstance(r.values.get("name", ""), str) for r in preview.rows)
