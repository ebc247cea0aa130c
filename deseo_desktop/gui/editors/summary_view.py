"""The review's one-page summary: what the design is, who takes part, its balance and money."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from deseo_desktop.formatting import format_money, format_number
from deseo_desktop.services.summary import DesignSummary
from deseo_desktop.terms import term

from ..style import sized
from ..widgets.balance_meter import BalanceMeter


class SummaryView(QFrame):
    def __init__(self, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.language = language
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Summary of the design"))
        self.heading = sized(QLabel(), 1.3)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.subheading = QLabel()
        self.subheading.setWordWrap(True)
        self.subheading.setTextFormat(Qt.TextFormat.PlainText)
        names = [
            self.tr("Cluster"),
            self.tr("Legal vehicle"),
            self.tr("Facilitator"),
            self.tr("Agreement"),
            self.tr("Organisations"),
            self.tr("Pooled resources"),
            self.tr("Skill exchanges"),
            self.tr("Governance bodies"),
            self.tr("Budget"),
            self.tr("Indicators"),
            self.tr("Commitments"),
            self.tr("Workshops"),
            self.tr("Financing grid"),
        ]
        self.facts = QGridLayout()
        self.facts.setColumnStretch(1, 1)
        self.facts.setColumnStretch(3, 1)
        self.facts.setHorizontalSpacing(12)
        self.values: list[QLabel] = []
        half = (len(names) + 1) // 2
        for i, name in enumerate(names):
            row, column = i % half, 2 * (i // half)
            label = QLabel(name + ":")
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            value = QLabel()
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            label.setBuddy(value)
            self.facts.addWidget(label, row, column)
            self.facts.addWidget(value, row, column + 1)
            self.values.append(value)
        self.meters = {
            "workforce": self.tr("Workforce"),
            "management": self.tr("Management"),
            "boards": self.tr("Boards"),
            "governance_seats": self.tr("Governance seats"),
        }
        meters = QGridLayout()
        meters.setColumnStretch(1, 1)
        for row, (key, caption) in enumerate(self.meters.items()):
            meter = BalanceMeter()
            meter.setAccessibleDescription(caption)
            meters.addWidget(QLabel(caption), row, 0)
            meters.addWidget(meter, row, 1)
            self.meters[key] = meter
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        layout.addLayout(self.facts)
        layout.addWidget(sized(QLabel(self.tr("Women and men in the cluster")), 1.0))
        layout.addLayout(meters)

    def show_summary(self, s: DesignSummary) -> None:
        lang, d, a = self.language, s.design, s.agreement
        self.heading.setText(d.get("title") or self.tr("(untitled)"))
        where = [
            d.get("territory_name") or self.tr("no territory"),
            term("territory_level", d.get("territory_level"), lang),
            term("country", d.get("country"), lang),
        ]
        self.subheading.setText(" · ".join(where))
        c = s.counts

        def money(cents: int) -> str:
            return format_money(cents, d.get("currency") or "EUR", lang)

        def n(value) -> str:
            return format_number(value, lang)

        values = [
            term("cluster_kind", d.get("cluster_kind"), lang),
            term("legal_vehicle", d.get("legal_vehicle"), lang),
            d.get("facilitator") or "—",
            self.tr("%1, version %2")
            .replace("%1", term("agreement_status", a.get("status"), lang))
            .replace("%2", n(a.get("version_number") or 1)),
            self.tr("%1, of which %2 sign")
            .replace("%1", n(c["actors"]))
            .replace("%2", n(c["signatories"])),
            self.tr("%1, worth %2")
            .replace("%1", n(c["pooled_resources"]))
            .replace("%2", money(s.contributions_cents)),
            n(c["skill_exchanges"]),
            n(c["governance_bodies"]),
            self.tr("%1 in cash, %2 in kind")
            .replace("%1", money(s.budget_cash_cents))
            .replace("%2", money(s.budget_in_kind_cents)),
            n(c["indicators"]),
            n(c["commitments"]),
            n(c["workshops"]),
            self._verdict(s),
        ]
        for label, value in zip(self.values, values, strict=True):
            label.setText(value)
        threshold = d.get("balance_threshold_pct") or 40
        for key, meter in self.meters.items():
            meter.set_counts(s.balance[key], threshold)

    def _verdict(self, s: DesignSummary) -> str:
        if s.verdict is None:
            return self.tr("none attached")
        words = {
            "funded": self.tr("funded (%1 points)"),
            "not_funded": self.tr("not funded (%1 points)"),
        }
        if s.verdict not in words:
            return self.tr("not assessed yet")
        return words[s.verdict].replace("%1", format_number(s.total, self.language))
