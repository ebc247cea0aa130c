"""The data sheets: one Excel table per table of the design, in the document's words.

Codes are shown as their words (`term`), references as the names they point to, money in
currency units, dates as dates. Each function writes one sheet and returns where its table
landed, for the summary's formulas.
"""

from collections.abc import Sequence

from openpyxl.worksheet.worksheet import Worksheet

from deseo_desktop.rules.progress import Thresholds, suppressed

from .workbook_cells import put_formula, put_text, text_literal
from .workbook_tables import Book, Column, Placed, Row, write_table

SEX_GROUPS = ("workforce", "managers", "board")


def _enum(book: Book, key: str, group: str, field: str | None = None) -> Column:
    field = field or key
    return Column(key, lambda r: book.word(group, r.get(field)), choices=group)


def _yes_no(book: Book, key: str) -> Column:
    return Column(key, lambda r: book.yes_no(r.get(key)), choices="yes_no")


def _ref(book: Book, key: str, table: str, field: str) -> Column:
    return Column(key, lambda r: book.name(table, r.get(field)), choices=table)


def actors(book: Book, ws: Worksheet) -> Placed:
    columns = [
        Column("name"),
        _enum(book, "kind", "actor_kind"),
        Column("legal_form"),
        _yes_no(book, "social_economy"),
        Column("role", kind="long"),
        Column("contact_name"),
        Column("contact_email"),
        Column("contact_phone"),
        _yes_no(book, "is_signatory"),
        _yes_no(book, "women_led"),
    ]
    return write_table(book, ws, "actors", columns, book.rows.get("actor", []))


def _share(group: str) -> Column:
    def formula(ref):
        women, men = ref(f"{group}_women"), ref(f"{group}_men")
        return f'=IF(N({women})+N({men})=0,"",N({women})/(N({women})+N({men})))'

    return Column(f"{group}_share", kind="percent", formula=formula)


def baseline(book: Book, ws: Worksheet) -> Placed:
    """Counts by sex per organisation, the share of women computed live, and a total row."""
    share = book.word("field", "share_women").lower()
    columns = [_ref(book, "actor", "actor", "id"), Column("baseline_date", kind="date")]
    for group, label in zip(SEX_GROUPS, ("workforce", "management", "boards"), strict=True):
        columns += [
            Column(f"{group}_women", kind="int"),
            Column(f"{group}_men", kind="int"),
            Column(f"{group}_not_stated", kind="int"),
        ]
        share_column = _share(group)
        columns.append(
            Column(
                share_column.key,
                kind="percent",
                formula=share_column.formula,
                header=f"{book.word('document', label)}: {share}",
            )
        )
    placed = write_table(book, ws, "baseline", columns, book.rows.get("actor", []))
    total_row(book, ws, placed, columns, book.word("document", "total"))
    return placed


def total_row(book: Book, ws: Worksheet, placed: Placed, columns: Sequence[Column], label: str):
    """Sums right under the table (outside it, so sorting and filtering leave it in place)."""
    row = max(placed.last_row, placed.first_row) + 1
    first = ws[f"{placed.letters[columns[0].key]}{row}"]
    put_text(first, label)
    book.styles.apply(first, "total_text")
    for column in columns[1:]:
        cell = ws[f"{placed.letters[column.key]}{row}"]
        if column.kind in ("int", "money"):
            book.styles.apply(cell, f"total_{column.kind}")
            put_formula(cell, f"=SUM({placed.column_range(column.key)})")
        elif column.kind == "percent" and column.formula is not None:
            book.styles.apply(cell, "total_percent")
            put_formula(cell, column.formula(lambda k: f"{placed.letters[k]}{row}"))
        else:
            book.styles.apply(cell, "total_text")
    placed.total_row = row


def resources(book: Book, ws: Worksheet) -> Placed:
    columns = [
        Column("name"),
        _enum(book, "category", "resource_category"),
        Column("description", kind="long"),
        Column("equality_benefit", kind="long"),
        Column("access_rules", kind="long"),
        Column("cost_sharing", kind="long"),
    ]
    return write_table(book, ws, "resources", columns, book.rows.get("pooled_resource", []))


def contributions(book: Book, ws: Worksheet) -> Placed:
    columns = [
        _ref(book, "resource", "pooled_resource", "resource_id"),
        _ref(book, "actor", "actor", "actor_id"),
        _enum(book, "kind", "contribution_kind"),
        Column("value", lambda r: r.get("value_cents"), kind="money"),
        Column("quantity"),
        Column("unit"),
        Column("description", kind="long"),
    ]
    placed = write_table(book, ws, "contributions", columns, _by_resource(book, "contribution"))
    total_row(book, ws, placed, columns, book.word("document", "total"))
    return placed


def _by_resource(book: Book, table: str) -> list[Row]:
    order = {r["id"]: i for i, r in enumerate(book.rows.get("pooled_resource", []))}
    return sorted(book.rows.get(table, []), key=lambda r: order.get(r.get("resource_id"), 0))


def uses(book: Book, ws: Worksheet) -> Placed:
    columns = [
        _ref(book, "resource", "pooled_resource", "resource_id"),
        _ref(book, "actor", "actor", "actor_id"),
        Column("users_women", kind="int"),
        Column("users_men", kind="int"),
        Column("note", kind="long"),
    ]
    return write_table(book, ws, "uses", columns, _by_resource(book, "resource_use"))


def exchanges(book: Book, ws: Worksheet) -> Placed:
    columns = [
        _ref(book, "provider", "actor", "provider_id"),
        _ref(book, "recipient", "actor", "recipient_id"),
        _enum(book, "kind", "exchange_kind"),
        Column("topic", kind="long"),
        Column("hours", kind="int"),
        Column("participants_women", kind="int"),
        Column("participants_men", kind="int"),
    ]
    return write_table(book, ws, "exchanges", columns, book.rows.get("skill_exchange", []))


def improvements(book: Book, ws: Worksheet) -> Placed:
    columns = [
        Column("service"),
        Column("gap", kind="long"),
        Column("action", kind="long"),
        _ref(book, "owner", "actor", "owner_id"),
        Column("deadline", kind="date"),
        _enum(book, "priority", "priority"),
    ]
    return write_table(book, ws, "improvements", columns, book.rows.get("improvement_action", []))


def governance(book: Book, ws: Worksheet) -> Placed:
    """One row per seat; the bodies themselves in a second table to the right."""
    bodies = book.rows.get("governance_body", [])
    order = {b["id"]: i for i, b in enumerate(bodies)}
    seats = sorted(
        book.rows.get("seat", []),
        key=lambda s: (order.get(s.get("body_id"), 0), s.get("position") or 0),
    )
    columns = [
        _ref(book, "body", "governance_body", "body_id"),
        Column("holder"),
        _ref(book, "organisation", "actor", "actor_id"),
        _enum(book, "sex", "sex"),
        _enum(book, "role", "seat_role"),
    ]
    placed = write_table(book, ws, "seats", columns, seats)
    body_columns = [
        Column("name"),
        _enum(book, "kind", "body_kind"),
        Column("decision_rule", kind="long"),
        Column("quorum", kind="long"),
        Column("meetings_per_year", kind="int"),
    ]
    write_table(book, ws, "bodies", body_columns, bodies, first_column=len(columns) + 2)
    return placed


def budget(book: Book, ws: Worksheet) -> Placed:
    """Budget lines with a total; the funders in a second table to the right."""
    columns = [
        _enum(book, "category", "budget_category"),
        Column("label"),
        Column("year", kind="year"),
        Column("amount", lambda r: r.get("amount_cents"), kind="money"),
        _enum(book, "kind", "contribution_kind"),
        _ref(book, "funder", "funder", "funder_id"),
    ]
    placed = write_table(book, ws, "budget", columns, book.rows.get("budget_line", []))
    total_row(book, ws, placed, columns, book.word("document", "total"))
    funder_columns = [
        Column("funder", lambda r: r.get("name")),
        _enum(book, "kind", "funder_kind"),
        _ref(book, "actor", "actor", "actor_id"),
    ]
    write_table(book, ws, "funders", funder_columns, book.rows.get("funder", []), len(columns) + 2)
    return placed


def valorisation(book: Book, ws: Worksheet) -> Placed:
    columns = [
        _enum(book, "kind", "valorisation_kind"),
        Column("title"),
        Column("description", kind="long"),
        Column("audience"),
        Column("planned_on", kind="date"),
        _ref(book, "responsible", "actor", "responsible_id"),
        Column("speakers_women", kind="int"),
        Column("speakers_men", kind="int"),
        Column("speakers_not_stated", kind="int"),
    ]
    rows = book.rows.get("valorisation_action", [])
    return write_table(book, ws, "valorisation", columns, rows)


def indicators(book: Book, ws: Worksheet) -> Placed:
    columns = [
        Column("catalogue_code"),
        Column("name"),
        Column("description", kind="long"),
        _enum(book, "domain", "indicator_domain"),
        Column("unit"),
        _enum(book, "disaggregation", "disaggregation"),
        _enum(book, "direction", "direction"),
        _enum(book, "target_kind", "target_kind"),
        Column("baseline_date", kind="date"),
        Column("baseline_women", kind="number"),
        Column("baseline_men", kind="number"),
        Column("baseline_value", kind="number"),
        Column("target_date", kind="date"),
        Column("target_women", kind="number"),
        Column("target_men", kind="number"),
        Column("target_value", kind="number"),
        Column("target_high", kind="number"),
        Column("source", kind="long"),
        _enum(book, "frequency", "frequency"),
        _ref(book, "responsible", "actor", "responsible_id"),
    ]
    return write_table(book, ws, "indicators", columns, book.rows.get("indicator", []))


def measurements(book: Book, ws: Worksheet) -> Placed:
    """Figures from fewer than `suppression_min` women or men are shown as suppressed, by the
    same rule as the screens (rules.progress.suppressed: the whole measurement, never one sex)."""
    minimum = Thresholds.of(book.design).suppression_min
    hidden = book.word("document", "suppressed")
    indicators = {i["id"]: i for i in book.rows.get("indicator", [])}

    def shown(row: Row, field: str):
        value = row.get(field)
        indicator = indicators.get(row.get("indicator_id"), {})
        return hidden if value is not None and suppressed(indicator, row, minimum) else value

    order = {r["id"]: i for i, r in enumerate(book.rows.get("indicator", []))}
    rows = sorted(
        book.rows.get("measurement", []),
        key=lambda m: (order.get(m.get("indicator_id"), 0), str(m.get("measured_on") or "")),
    )
    columns = [
        _ref(book, "indicator", "indicator", "indicator_id"),
        Column("period"),
        Column("measured_on", kind="date"),
        Column("value_women", lambda r: shown(r, "value_women"), "number"),
        Column("value_men", lambda r: shown(r, "value_men"), "number"),
        Column("value", lambda r: shown(r, "value"), "number"),
        Column("count_women", kind="int"),
        Column("count_men", kind="int"),
        _enum(book, "method", "measurement_method"),
        Column("note", kind="long"),
    ]
    return write_table(book, ws, "measurements", columns, rows)


def commitments(book: Book, ws: Worksheet) -> Placed:
    columns = [
        _ref(book, "actor", "actor", "actor_id"),
        _enum(book, "area", "commitment_area"),
        Column("text", kind="long"),
        Column("deadline", kind="date"),
    ]
    return write_table(book, ws, "commitments", columns, book.rows.get("commitment", []))


def signatories(book: Book, ws: Worksheet) -> Placed:
    columns = [
        _ref(book, "actor", "actor", "actor_id"),
        Column("representative"),
        Column("capacity"),
        Column("place"),
        Column("signed_on", kind="date"),
    ]
    return write_table(book, ws, "signatories", columns, book.rows.get("signatory", []))


def workshops(book: Book, ws: Worksheet) -> Placed:
    def steps(row: Row) -> str:
        codes = [c.strip() for c in (row.get("steps") or "").split(",") if c.strip()]
        return ", ".join(book.word("wizard_step", c) for c in codes)

    columns = [
        Column("held_on", kind="date"),
        Column("place"),
        Column("attendance_women", kind="int"),
        Column("attendance_men", kind="int"),
        Column("attendance_not_stated", kind="int"),
        Column("steps", steps),
        Column("decisions", kind="long"),
    ]
    return write_table(book, ws, "workshops", columns, book.rows.get("workshop", []))


def count_formula(ws_title_ref: str, placed: Placed, key: str, word: str) -> str:
    """How many cells of a column hold `word` (a seat's sex, for the summary's balance)."""
    return f"=COUNTIF({ws_title_ref}!{placed.column_range(key, True)},{text_literal(word)})"
