"""What the documents say, worked out once from a design's plain rows.

Exporters receive the rows `dump_design` reads (a snapshot: nothing here touches the database)
and ask this module for the derived facts both documents show: who the parties are, each
resource's contributors and users, seats by sex, the dated action plan, budget totals.
"""

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from deseo_desktop.model.enums import ARTICLE_CODES, ClusterKind
from deseo_desktop.rules.balance import SexCounts, total

Row = dict[str, Any]
Rows = dict[str, list[Row]]

# The columns the model marks personal (info={"personal": True}), by table: Annex G names
# them. Written out so the export's child process need not load SQLAlchemy for the model;
# tests/exports/test_content.py keeps the two equal.
PERSONAL_COLUMNS = {
    "design": ("facilitator",),
    "agreement": ("contact_point",),
    "actor": ("contact_name", "contact_email", "contact_phone"),
    "signatory": ("representative",),
    "seat": ("holder",),
    "assessor": ("name",),
}


def counts(row: Row, prefix: str) -> SexCounts:
    """`workforce_women`, `workforce_men`, `workforce_not_stated` as counts (missing is 0)."""
    return SexCounts(
        row.get(f"{prefix}_women") or 0,
        row.get(f"{prefix}_men") or 0,
        row.get(f"{prefix}_not_stated") or 0,
    )


@dataclass
class DatedAction:
    when: date
    kind: str  # improvement | valorisation | commitment | indicator_target
    text: str
    responsible: str


@dataclass
class Content:
    rows: Rows
    design: Row = field(init=False)
    agreement: Row = field(init=False)
    actors: dict[str, Row] = field(init=False)

    def __post_init__(self):
        self.design = self.rows["design"][0]
        agreements = self.rows.get("agreement") or [{}]
        self.agreement = agreements[0]
        self.actors = {a["id"]: a for a in self.rows.get("actor", [])}

    def table(self, name: str) -> list[Row]:
        return self.rows.get(name, [])

    def actor_name(self, actor_id: str | None) -> str:
        actor = self.actors.get(actor_id or "")
        return actor["name"] if actor else ""

    @property
    def existing_cluster(self) -> bool:
        return self.design.get("cluster_kind") == ClusterKind.EXISTING

    def articles(self) -> list[tuple[str, Row]]:
        """The articles the draft holds, in outline order, with the person's choice for each.

        An article with no saved choice is included, except "improvement", which only an
        existing cluster has.
        """
        chosen = {c["code"]: c for c in self.table("article_choice")}
        out = []
        for code in ARTICLE_CODES:
            choice = chosen.get(code, {"included": True, "custom_text": "", "custom_mode": ""})
            if code == "improvement" and not self.existing_cluster:
                continue
            if choice.get("included", True):
                out.append((code, choice))
        return out

    def signatories(self) -> list[Row]:
        """Signature rows; an actor marked signatory without one still gets a blank block."""
        rows = [
            dict(s, organisation=self.actor_name(s["actor_id"])) for s in self.table("signatory")
        ]
        named = {s["actor_id"] for s in rows}
        for actor in self.actors.values():
            if actor.get("is_signatory") and actor["id"] not in named:
                rows.append({"actor_id": actor["id"], "organisation": actor["name"]})
        return rows

    def commitments_by_party(self) -> list[tuple[Row, list[Row]]]:
        by_actor: dict[str, list[Row]] = {}
        for c in self.table("commitment"):
            by_actor.setdefault(c["actor_id"], []).append(c)
        return [(a, by_actor[a["id"]]) for a in self.actors.values() if a["id"] in by_actor]

    def resource_parts(self, resource_id: str) -> tuple[list[Row], list[Row]]:
        """A resource's contributions and uses."""
        if not hasattr(self, "_parts"):
            self._parts: dict[str, tuple[list[Row], list[Row]]] = {}
            for index, table in ((0, "contribution"), (1, "resource_use")):
                for row in self.table(table):
                    self._parts.setdefault(row["resource_id"], ([], []))[index].append(row)
        return self._parts.get(resource_id, ([], []))

    def seats_by_body(self) -> list[tuple[Row, list[Row]]]:
        seats: dict[str, list[Row]] = {}
        for s in self.table("seat"):
            seats.setdefault(s["body_id"], []).append(s)
        return [(b, seats.get(b["id"], [])) for b in self.table("governance_body")]

    def seat_counts(self, seats: list[Row]) -> SexCounts:
        women = sum(1 for s in seats if s.get("sex") == "woman")
        men = sum(1 for s in seats if s.get("sex") == "man")
        return SexCounts(women, men, len(seats) - women - men)

    def balance_groups(self) -> dict[str, SexCounts]:
        """The four groups of the balance chart: members' workforce, management, boards; seats."""
        actors = list(self.actors.values())
        return {
            "workforce": total([counts(a, "workforce") for a in actors]),
            "management": total([counts(a, "managers") for a in actors]),
            "boards": total([counts(a, "board") for a in actors]),
            "governance_seats": self.seat_counts(self.table("seat")),
        }

    def budget_totals(self) -> tuple[int, int]:
        """(cash, in kind) in cents."""
        cash = sum(b["amount_cents"] or 0 for b in self.table("budget_line") if b["kind"] == "cash")
        kind = sum(b["amount_cents"] or 0 for b in self.table("budget_line") if b["kind"] != "cash")
        return cash, kind

    def funder_name(self, funder_id: str | None) -> str:
        for f in self.table("funder"):
            if f["id"] == funder_id:
                return f["name"]
        return ""

    def dated_actions(self) -> list[DatedAction]:
        """Annex F: every dated action of the design, in date order."""
        out = []
        for a in self.table("improvement_action"):
            if a.get("deadline"):
                text = " — ".join(t for t in (a["service"], a["action"]) if t)
                out.append(
                    DatedAction(a["deadline"], "improvement", text, self.actor_name(a["owner_id"]))
                )
        for v in self.table("valorisation_action"):
            if v.get("planned_on"):
                out.append(
                    DatedAction(
                        v["planned_on"],
                        "valorisation",
                        v["title"],
                        self.actor_name(v["responsible_id"]),
                    )
                )
        for c in self.table("commitment"):
            if c.get("deadline"):
                out.append(
                    DatedAction(
                        c["deadline"], "commitment", c["text"], self.actor_name(c["actor_id"])
                    )
                )
        for i in self.table("indicator"):
            if i.get("target_date"):
                name = (
                    f"{i['catalogue_code']} {i['name']}" if i.get("catalogue_code") else i["name"]
                )
                out.append(
                    DatedAction(
                        i["target_date"],
                        "indicator_target",
                        name,
                        self.actor_name(i["responsible_id"]),
                    )
                )
        out.sort(key=lambda a: (a.when, a.kind))
        return out

    def personal_fields_held(self) -> list[str]:
        """Annex G: the personal columns that hold something in this design, as field names
        ("assessor" for an assessor's name)."""
        return [
            "assessor" if table == "assessor" else column
            for table, columns in PERSONAL_COLUMNS.items()
            for column in columns
            if any(r.get(column) for r in self.table(table))
        ]

    def financing_grid(self) -> Row | None:
        grids = self.table("financing_grid")
        return grids[0] if grids else None
