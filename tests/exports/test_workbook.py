"""The workbook read back: every row, tables, drop-downs, the chart, and hostile text as text."""

import copy
import os
import random
import re
import shutil
import subprocess
import zipfile
from io import BytesIO

import pytest
from openpyxl import load_workbook

from deseo_desktop.exports.errors import ExportCancelled
from deseo_desktop.exports.workbook import DATA_SHEETS, write_workbook
from deseo_desktop.exports.workbook_cells import CUT_MARK, MAX_CELL_TEXT
from deseo_desktop.model import Base
from deseo_desktop.rules.scoring import assessments_from_rows, grid_from_rows, score_grid
from deseo_desktop.terms import LANGUAGES, term

# Each sheet's main table and the design table whose rows it lists.
SOURCES = {
    "actors": "actor",
    "baseline": "actor",
    "resources": "pooled_resource",
    "contributions": "contribution",
    "uses": "resource_use",
    "exchanges": "skill_exchange",
    "improvements": "improvement_action",
    "governance": "seat",
    "budget": "budget_line",
    "valorisation": "valorisation_action",
    "indicators": "indicator",
    "measurements": "measurement",
    "commitments": "commitment",
    "signatories": "signatory",
    "workshops": "workshop",
}
HOSTILE = ["=1+1", "+CMD|' /C calc'!A0", "-2", "@SUM(A1)", "\t=x", "\r=y"]


def written(rows, language=None):
    out = BytesIO()
    write_workbook(rows, out, language)
    return out.getvalue()


def opened(data: bytes):
    return load_workbook(BytesIO(data))


def sheet(wb, key, language="en"):
    return wb[term("sheet", key, language)]


def data_rows(ws, table):
    """The table's data rows (without the header), empty ones left out."""
    rows = list(ws[table.ref])[1:]
    return [r for r in rows if any(c.value not in (None, "") for c in r)]


def first_table(ws):
    return min(ws.tables.values(), key=lambda t: t.ref)


def test_every_row_of_every_table_is_there(example_rows):
    wb = opened(written(example_rows))
    for key, source in SOURCES.items():
        ws = sheet(wb, key)
        rows = data_rows(ws, first_table(ws))
        assert len(rows) == len(example_rows[source]), key
    actors = sheet(wb, "actors")
    names = [r[0].value for r in data_rows(actors, first_table(actors))]
    assert names == [a["name"] for a in example_rows["actor"]]
    # Bodies and funders get their own tables beside the seats and the budget lines.
    assert len(sheet(wb, "governance").tables) == 2
    assert len(sheet(wb, "budget").tables) == 2


def test_words_names_money_and_dates_are_shown_as_such(example_rows):
    wb = opened(written(example_rows))
    actors = sheet(wb, "actors")
    first = [c.value for c in list(actors.iter_rows(min_row=2, max_row=2))[0]]
    assert term("actor_kind", example_rows["actor"][0]["kind"]) in first
    assert "Yes" in first and "social_cooperative" not in first
    contributions = sheet(wb, "contributions")
    amounts = [c for c in contributions["D"][1:] if isinstance(c.value, int | float)]
    cents = sorted(c["value_cents"] for c in example_rows["contribution"])
    assert sorted(round(c.value * 100) for c in amounts) == cents
    assert all("€" in c.number_format for c in amounts)
    resource = example_rows["pooled_resource"][0]["name"]
    assert contributions["A2"].value == resource  # a reference shows the name, never the id
    workshops = sheet(wb, "workshops")
    held = workshops["A2"]
    assert held.is_date and held.value.date() == example_rows["workshop"][0]["held_on"]


def test_sheet_names_fit_excel_in_every_language(example_rows):
    keys = [key for key, _ in DATA_SHEETS] + ["summary", "lists"]
    for language in LANGUAGES:
        for key in keys:
            assert len(term("sheet", key, language)) <= 31, (language, key)
        names = opened(written(example_rows, language)).sheetnames
        assert len(names) == len(keys) and all(len(n) <= 31 for n in names)
        assert len({n.casefold() for n in names}) == len(names)


def test_tables_have_headers_and_no_sheet_filter_on_top(example_rows):
    wb = opened(written(example_rows))
    display_names = []
    for key, _ in DATA_SHEETS:
        ws = sheet(wb, key)
        if key == "grid":
            assert not ws.tables
            continue
        assert ws.tables, key
        assert ws.freeze_panes == "A2"
        assert ws.auto_filter.ref is None
        for table in ws.tables.values():
            display_names.append(table.displayName)
            assert table.headerRowCount in (None, 1)
            assert table.ref.split(":")[0].endswith("1")
            header = list(ws[table.ref])[0]
            assert all(isinstance(c.value, str) and c.value for c in header)
            assert [c.name for c in table.tableColumns] == [c.value for c in header]
    assert len(set(display_names)) == len(display_names)


def test_list_columns_are_validated_from_the_hidden_lists_sheet(example_rows):
    wb = opened(written(example_rows))
    lists = sheet(wb, "lists")
    assert lists.sheet_state == "hidden"
    for key in ("actors", "governance", "contributions", "budget", "grid", "indicators"):
        validations = sheet(wb, key).data_validations.dataValidation
        assert validations, key
        for dv in validations:
            if dv.type == "list":
                assert dv.formula1.startswith(f"'{lists.title}'!$"), dv.formula1
    actors = sheet(wb, "actors")
    kind_column = "B"
    covered = [dv for dv in actors.data_validations.dataValidation if f"{kind_column}2" in dv.sqref]
    assert len(covered) == 1
    values = _range_values(wb, covered[0].formula1)
    assert term("actor_kind", "social_cooperative") in values
    grid = sheet(wb, "grid")
    levels = [dv for dv in grid.data_validations.dataValidation if dv.type == "list"]
    assert any(_range_values(wb, dv.formula1) == [0, 1, 3, 5] for dv in levels)


def _range_values(wb, formula):
    title, cells = formula.split("!")
    ws = wb[title.strip("'")]
    return [c[0].value for c in ws[cells.replace("$", "")]]


def test_a_native_bar_chart_and_document_properties(example_rows):
    data = written(example_rows)
    with zipfile.ZipFile(BytesIO(data)) as z:
        charts = [n for n in z.namelist() if n.startswith("xl/charts/chart")]
        assert len(charts) == 1
        xml = z.read(charts[0]).decode()
    assert "<barChart>" in xml and '<grouping val="percentStacked"' in xml
    wb = opened(data)
    props = wb.properties
    assert props.title == example_rows["design"][0]["title"]
    assert props.creator == "DESEO Cluster Designer"
    assert props.language == "en" and props.subject and props.created


def _free_text_columns():
    """Every Text column of the model (codes are String): what a person types."""
    from sqlalchemy import Text

    return {
        (t.name, c.name)
        for t in Base.metadata.sorted_tables
        for c in t.columns
        if isinstance(c.type, Text)
    }


def test_text_that_looks_like_a_formula_stays_text(example_rows):
    rows = copy.deepcopy(example_rows)
    free = _free_text_columns()
    i = 0
    for table, records in rows.items():
        for record in records:
            for column in record:
                if (table, column) in free:
                    record[column] = HOSTILE[i % len(HOSTILE)]
                    i += 1
    for k, actor in enumerate(rows["actor"]):
        actor["name"] = HOSTILE[k % len(HOSTILE)]
    data = written(rows)
    with zipfile.ZipFile(BytesIO(data)) as z:
        sheets = {n: z.read(n).decode() for n in z.namelist() if n.startswith("xl/worksheets/s")}
    formulas = [f for xml in sheets.values() for f in re.findall(r"<f>(.*?)</f>", xml, re.S)]
    assert formulas  # the grid, totals and shares are live
    for f in formulas:
        assert not any(bad in f for bad in ("1+1", "CMD", "SUM(A1)", "=x", "=y")), f
    wb = opened(data)
    actors = sheet(wb, "actors")
    assert not any(c.data_type == "f" for row in actors.iter_rows() for c in row)
    for cell in actors["A"][1:]:
        assert cell.data_type == "s" and cell.quotePrefix, repr(cell.value)
    texts = {c.value.replace("\n", "\r") for c in actors["A"][1:]}  # XML reads CR as LF
    assert texts == set(HOSTILE)


def test_control_characters_emoji_right_to_left_and_huge_text_export(example_rows):
    rows = copy.deepcopy(example_rows)
    rows["actor"][0]["name"] = "Coop \x01\x07\x1b 🌻👩‍👩‍👧 שלום עולם مرحبا \ud800"
    rows["actor"][1]["role"] = "tab\there\r\nnew line\x0b end"
    note = " ".join(["equality"] * 20_000)
    word = "x" * 5_000
    rows["measurement"][0]["note"] = note
    rows["commitment"][0]["text"] = word
    rows["pooled_resource"][0]["description"] = "🌻" * 20_000  # two UTF-16 units each
    wb = opened(written(rows))
    actors = sheet(wb, "actors")
    assert actors["A2"].value == "Coop  🌻👩‍👩‍👧 שלום עולם مرحبا "
    assert actors["E3"].value.startswith("tab\there") and "\x0b" not in actors["E3"].value
    (cut,) = [t for t in _texts(sheet(wb, "measurements")) if "equality" in t]
    assert cut.endswith(CUT_MARK) and len(cut) <= MAX_CELL_TEXT
    assert word in _texts(sheet(wb, "commitments"))
    (flowers,) = [t for t in _texts(sheet(wb, "resources")) if "🌻" in t]
    assert flowers.endswith(CUT_MARK)
    assert len(flowers.encode("utf-16-le")) // 2 <= MAX_CELL_TEXT


def _texts(ws):
    return [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]


def test_odd_numbers_survive(example_rows):
    rows = copy.deepcopy(example_rows)
    rows["indicator"][0]["baseline_value"] = float("nan")
    rows["indicator"][1]["baseline_value"] = float("inf")
    rows["contribution"][0]["value_cents"] = 2**60
    wb = opened(written(rows))
    amounts = [c.value for c in sheet(wb, "contributions")["D"]]
    assert str(2**60) in amounts  # as text: a number that large would come back changed
    indicators = sheet(wb, "indicators")
    assert indicators["L2"].value is None and indicators["L3"].value is None


def test_an_empty_design_exports_with_its_gaps(blank_rows):
    wb = opened(written(blank_rows))
    assert len(wb.sheetnames) == len(DATA_SHEETS) + 2
    for key in SOURCES:
        ws = sheet(wb, key)
        assert ws.tables and data_rows(ws, first_table(ws)) == []
    assert sheet(wb, "grid")["A1"].value == term("document", "no_grid")


def test_progress_is_reported_and_cancel_writes_nothing(example_rows, tmp_path):
    seen = []
    write_workbook(example_rows, tmp_path / "a.xlsx", progress=lambda d, t: seen.append((d, t)))
    assert seen[-1][0] == seen[-1][1] and [d for d, _ in seen] == list(range(1, len(seen) + 1))

    def cancel(done, total):
        if done == 3:
            raise ExportCancelled

    with pytest.raises(ExportCancelled):
        write_workbook(example_rows, tmp_path / "b.xlsx", progress=cancel)
    assert not (tmp_path / "b.xlsx").exists()


def test_language_comes_from_the_design_unless_given(example_rows):
    rows = copy.deepcopy(example_rows)
    rows["design"][0]["agreement_language"] = "it"
    wb = opened(written(rows))
    assert wb.properties.language == "it"
    assert opened(written(rows, "fr")).properties.language == "fr"


# LibreOffice recalculates the grid's formulas: they must give what rules.scoring gives.

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
needs_soffice = pytest.mark.skipif(
    SOFFICE is None and not os.environ.get("DESEO_REQUIRE_SOFFICE"),
    reason="LibreOffice is not installed (CI sets DESEO_REQUIRE_SOFFICE, so there it runs)",
)


def assessed(rows, rng, assessors, gate="yes", low_gender=False):
    """The rows with the grid re-assessed by `assessors` people at random (seeded)."""
    out = copy.deepcopy(rows)
    grid = out["financing_grid"][0]["id"]
    gender = {c["id"] for c in out["grid_criterion"] if c["code"] == "3"}
    people = [
        {
            "id": f"a{i}",
            "grid_id": grid,
            "position": i,
            "name": f"Assessor {i}",
            "organisation": "Province",
            "assessed_on": None,
        }
        for i in range(assessors)
    ]
    out["assessor"] = people
    gates = [g["id"] for g in out["grid_gate"]]
    out["gate_answer"] = [
        {"id": f"ga{p['id']}{g}", "assessor_id": p["id"], "gate_id": g, "passed": True, "note": ""}
        for p in people
        for g in gates
    ]
    if gate == "no":
        out["gate_answer"][-1]["passed"] = False
    elif gate == "blank":
        out["gate_answer"] = [a for a in out["gate_answer"] if a["gate_id"] != gates[0]]
    out["score"] = [
        {
            "id": f"s{p['id']}{s['id']}",
            "assessor_id": p["id"],
            "sub_criterion_id": s["id"],
            "score": rng.choice(
                (0, 1) if low_gender and s["criterion_id"] in gender else (0, 1, 3, 5, 5)
            ),
            "comment": "",
        }
        for p in people
        for s in out["grid_sub_criterion"]
        if rng.random() > 0.15
    ]
    out["bonus_award"] = [
        {
            "id": f"b{p['id']}{b['id']}",
            "assessor_id": p["id"],
            "bonus_id": b["id"],
            "points": rng.randint(0, b["max_points"]),
        }
        for p in people
        for b in out["grid_bonus"]
        if rng.random() > 0.2
    ]
    return out


def scored(rows):
    grid = grid_from_rows(rows)
    return score_grid(grid, assessments_from_rows(rows, grid))


def half_case(rows):
    """A seeded assessment whose exact total sits on a half at two decimals (x.x5)."""
    for seed in range(500):
        candidate = assessed(rows, random.Random(seed), 4)
        tenths = scored(candidate).total * 10
        if tenths.denominator == 2:
            return candidate
    raise AssertionError("no half case in 500 seeds")


@needs_soffice
def test_libreoffice_recalculates_the_verdict_the_app_computes(example_rows, tmp_path):
    assert SOFFICE, "DESEO_REQUIRE_SOFFICE is set but soffice is missing"
    cases = {
        "example": example_rows,
        "half": half_case(example_rows),
        "thirds": assessed(example_rows, random.Random(7), 3),
        "gate_no": assessed(example_rows, random.Random(8), 2, gate="no"),
        "gate_blank": assessed(example_rows, random.Random(9), 2, gate="blank"),
        "low_gender": assessed(example_rows, random.Random(10), 3, low_gender=True),
        # And a seeded sample of ordinary assessments: the app's total equals the sheet's.
        **{
            f"random{n}": assessed(example_rows, random.Random(100 + n), 1 + n % 4)
            for n in range(14)
        },
    }
    source, out = tmp_path / "in", tmp_path / "out"
    source.mkdir()
    for name, rows in cases.items():
        write_workbook(rows, source / f"{name}.xlsx")
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation=file://{tmp_path}/profile",
            "--headless",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(out),
            *sorted(map(str, source.iterdir())),
        ],
        check=True,
        capture_output=True,
        timeout=240,
    )
    verdict_words = {
        "funded": term("document", "funded"),
        "not_funded": term("document", "not_funded"),
        "not_assessed": term("document", "no_assessment"),
    }
    seen = set()
    for name, rows in cases.items():
        expected = scored(rows)
        values = _grid_results(load_workbook(out / f"{name}.xlsx", data_only=True))
        assert values["total"] == pytest.approx(float(expected.total), abs=1e-9), name
        assert values["rounded"] == float(expected.rounded_total), name
        assert values["gender"] == float(expected.rounded_gender_points), name
        assert values["verdict"] == verdict_words[expected.verdict], name
        seen.add(expected.verdict)
    assert seen == set(verdict_words)


def _grid_results(wb):
    """The figures of the grid's result block, by their labels in column B."""
    ws = sheet(wb, "grid")
    labels = {
        term("document", "total"): "total",
        term("document", "rounded_total"): "rounded",
        f"{term('field', 'criterion')} 3": "gender",
        term("document", "verdict"): "verdict",
    }
    values = {}
    for row in ws.iter_rows(min_col=2):
        key = labels.get(row[0].value)
        if key:
            values[key] = [c.value for c in row if c.value is not None][-1]
    return values


def test_measurements_from_too_few_women_or_men_are_suppressed_whole(example_rows):
    """The screens' rule (rules.progress.suppressed): the whole measurement, not one sex."""
    rows = copy.deepcopy(example_rows)
    by_sex = next(i for i in rows["indicator"] if i["disaggregation"] == "by_sex")
    single = next(i for i in rows["indicator"] if i["disaggregation"] == "single")
    base = rows["measurement"][0]
    rows["measurement"] = [
        dict(
            base,
            id="m1",
            indicator_id=by_sex["id"],
            period="few women",
            value_women=41.5,
            value_men=77.25,
            count_women=2,
            count_men=40,
        ),
        dict(
            base,
            id="m2",
            indicator_id=single["id"],
            period="single",
            value=3.0,
            value_women=None,
            value_men=None,
            count_women=1,
            count_men=1,
        ),
    ]
    ws = opened(written(rows))[term("sheet", "measurements")]
    values = [c.value for row in ws.iter_rows() for c in row]
    assert 41.5 not in values and 77.25 not in values
    assert values.count("suppressed") >= 2
    assert 3.0 in values  # a single value (organisations, money) is never suppressed
