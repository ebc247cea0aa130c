"""A design's overview: what it is, what it holds, what is still missing."""

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from deseo_desktop.formatting import format_stamp
from deseo_desktop.services.overview import DesignOverview
from deseo_desktop.terms import term

from .problem_text import problem_text
from .style import styled


class OverviewPage(QWidget):
    back_requested = Signal()

    COUNT_LABELS = (
        ("actors", lambda: QCoreApplication.translate("OverviewPage", "Actors")),
        ("signatories", lambda: QCoreApplication.translate("OverviewPage", "Signatories")),
        (
            "pooled_resources",
            lambda: QCoreApplication.translate("OverviewPage", "Pooled resources"),
        ),
        ("skill_exchanges", lambda: QCoreApplication.translate("OverviewPage", "Skill exchanges")),
        (
            "governance_bodies",
            lambda: QCoreApplication.translate("OverviewPage", "Governance bodies"),
        ),
        ("budget_lines", lambda: QCoreApplication.translate("OverviewPage", "Budget lines")),
        ("indicators", lambda: QCoreApplication.translate("OverviewPage", "Indicators")),
        ("workshops", lambda: QCoreApplication.translate("OverviewPage", "Workshops")),
    )

    def __init__(self, language: str = "en", parent=None):
        super().__init__(parent)
        self.language = language
        self.design_id: str | None = None
        self.back_button = QPushButton(self.tr("← Library"))
        self.back_button.setObjectName("linkButton")
        self.back_button.setToolTip(self.tr("Back to the library"))
        self.title_label = QLabel()
        self.title_label.setObjectName("overviewTitle")
        self.title_label.setWordWrap(True)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle_label = QLabel()
        self.subtitle_label.setObjectName("overviewSubtitle")
        self.subtitle_label.setWordWrap(True)
        self.meta_label = QLabel()
        self.meta_label.setObjectName("overviewMeta")

        self.count_values: dict[str, QLabel] = {}
        counts = QGridLayout()
        counts.setHorizontalSpacing(12)
        counts.setVerticalSpacing(12)
        for i, (key, label) in enumerate(self.COUNT_LABELS):
            card = QFrame()
            card.setObjectName("countCard")
            value = QLabel("0")
            value.setObjectName("countValue")
            caption = QLabel(label())
            caption.setObjectName("countCaption")
            box = QVBoxLayout(card)
            box.addWidget(value)
            box.addWidget(caption)
            self.count_values[key] = value
            counts.addWidget(card, i // 4, i % 4)

        self.missing_heading = QLabel(self.tr("Still missing"))
        self.missing_heading.setObjectName("sectionHeading")
        self.missing_label = QLabel()
        self.missing_label.setWordWrap(True)
        self.missing_label.setObjectName("missingList")
        self.missing_label.setTextFormat(Qt.TextFormat.PlainText)

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addStretch()
        body = QWidget()
        body.setObjectName("overviewBody")
        column = QVBoxLayout(body)
        column.setContentsMargins(32, 16, 32, 24)
        column.addLayout(top)
        column.addWidget(self.title_label)
        column.addWidget(self.subtitle_label)
        column.addWidget(self.meta_label)
        column.addSpacing(12)
        column.addLayout(counts)
        column.addSpacing(16)
        column.addWidget(self.missing_heading)
        column.addWidget(self.missing_label)
        column.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.back_button.clicked.connect(self.back_requested)
        styled(self)

    def show_overview(self, o: DesignOverview) -> None:
        lang = self.language
        self.design_id = o.id
        self.title_label.setText(o.title or self.tr("(untitled)"))
        place = ", ".join(
            p
            for p in (
                o.territory,
                term("territory_level", o.territory_level, lang),
                term("country", o.country, lang),
            )
            if p
        )
        self.subtitle_label.setText(
            f"{place} · {term('cluster_kind', o.cluster_kind, lang)} · "
            f"{term('legal_vehicle', o.legal_vehicle, lang)}"
        )
        self.meta_label.setText(
            self.tr("Agreement: %1, version %2 · Last change: %3")
            .replace("%1", term("agreement_status", o.status, lang))
            .replace("%2", str(o.agreement_version))
            .replace("%3", format_stamp(o.updated_at, lang))
        )
        for key, label in self.count_values.items():
            label.setText(str(o.counts.get(key, 0)))
        if o.missing:
            self.missing_label.setText("\n".join("•  " + problem_text(p) for p in o.missing))
        else:
            self.missing_label.setText(self.tr("Nothing: every part of the design has content."))
