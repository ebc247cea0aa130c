"""The verdict of a financing grid in words: funded or not, the figures, and why.

The figures come from `rules.scoring` (exact until its one final rounding); this module only
writes them the language's way and turns the rules' reason codes into sentences. A funded
verdict has reasons too: the total reaches the threshold, the gender criterion its minimum.
"""

import re
from fractions import Fraction

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout

from deseo_desktop.formatting import format_number, format_points
from deseo_desktop.rules import scoring

from ..style import sized, styled

VERDICT_COLOURS = {"funded": "#1f5e3a", "not_funded": "#9b2c1f", "not_assessed": "#4d5654"}


def figure(value, language: str) -> str:
    """A score the language's way, one decimal as the rules round it: "77.8", "77,8"."""
    if isinstance(value, Fraction):
        value = scoring.round_half_away(value)
    return format_points(value, language)


def whole(value: int, language: str) -> str:
    return format_number(value, language)


# Called by this name (not through a helper) so that lupdate finds the sentences.
translate = QCoreApplication.translate


def verdict_text(verdict: str) -> str:
    return {
        "funded": translate("GridResults", "Funded"),
        "not_funded": translate("GridResults", "Not funded"),
    }.get(verdict, translate("GridResults", "Not assessed yet"))


def fill(text: str, *values: str) -> str:
    """%1, %2… replaced in one pass, so a value holding "%2" (a gate's text) stays as typed."""
    return re.sub(
        r"%(\d)", lambda m: values[int(m[1]) - 1] if int(m[1]) <= len(values) else m[0], text
    )


def reason_lines(grid: scoring.Grid, result: scoring.Result, language: str) -> list[str]:
    """Why the verdict is what it is, one sentence per reason, in the rules' order."""
    n = lambda v: figure(v, language)  # noqa: E731
    lines = []
    codes = {r.code for r in result.reasons}
    for r in result.reasons:
        p = r.params
        if r.code == "gate_failed":
            lines.append(
                fill(
                    translate("GridResults", "Gate %1 is not met: %2 answered no to “%3”"),
                    p["code"],
                    ", ".join(
                        name or translate("GridResults", "an assessor") for name in p["failed_by"]
                    ),
                    p["gate"] or p["code"],
                )
            )
        elif r.code == "gate_not_assessed":
            lines.append(
                fill(
                    translate(
                        "GridResults", "Gate %1 has no answer yet: every gate needs one (%2)."
                    ),
                    p["code"],
                    p["gate"],
                )
            )
        elif r.code == "no_assessors":
            lines.append(translate("GridResults", "No assessor yet: add one to score the project."))
            break  # the figures below would only say that nothing is scored
        elif r.code == "not_scored":
            name = p["sub_criterion"] or p["code"]
            lines.append(
                fill(
                    translate(
                        "GridResults", "Sub-criterion %1 (%2) has no score yet; it counts as 0."
                    ),
                    p["code"],
                    name,
                )
            )
        elif r.code == "below_threshold":
            lines.append(
                fill(
                    translate("GridResults", "The total, %1, is %2 short of the threshold of %3."),
                    n(p["total"]),
                    n(p["short_by"]),
                    whole(p["threshold"], language),
                )
            )
        elif r.code == "below_gender_minimum":
            lines.append(
                fill(
                    translate(
                        "GridResults", "Criterion %1 has %2 points, %3 short of its minimum of %4."
                    ),
                    p["code"],
                    n(p["points"]),
                    n(p["short_by"]),
                    whole(p["minimum"], language),
                )
            )
    if "no_assessors" in codes:
        return lines
    if result.gates and not codes & {"gate_failed", "gate_not_assessed"}:
        lines.insert(0, translate("GridResults", "Every eligibility gate is met."))
    if "below_threshold" not in codes:
        lines.append(
            fill(
                translate("GridResults", "The total, %1, reaches the threshold of %2."),
                n(result.rounded_total),
                whole(grid.threshold, language),
            )
        )
    if "below_gender_minimum" not in codes:
        lines.append(
            fill(
                translate("GridResults", "Criterion %1 has %2 points, at least its minimum of %3."),
                grid.gender_criterion_code,
                n(result.rounded_gender_points),
                whole(grid.gender_minimum, language),
            )
        )
    return lines


class ResultsCard(QFrame):
    """The verdict, the total against the threshold, the gender criterion, and the reasons."""

    def __init__(self, language: str, parent=None):
        super().__init__(parent)
        self.language = language
        self.setObjectName("countCard")
        styled(self)
        self.setAccessibleName(self.tr("Verdict of the financing grid"))
        self.verdict_label = sized(QLabel(), 1.45)
        self.verdict_label.setAccessibleName(self.tr("Verdict"))
        self.total_label = sized(QLabel(), 1.1)
        # Every label sized (not left to inherit): a styled frame stops the window's larger
        # font in presentation mode from reaching its children.
        self.gender_label = sized(QLabel(), 1.0, bold=False)
        self.parts_label = sized(QLabel(), 0.95, bold=False)
        self.parts_label.setObjectName("overviewMeta")
        self.reasons_heading = sized(QLabel(self.tr("Why")), 1.0)
        self.reasons_label = sized(QLabel(), 1.0, bold=False)
        self.reasons_label.setAccessibleName(self.tr("Reasons for the verdict"))
        for label in (self.gender_label, self.parts_label, self.reasons_label):
            label.setWordWrap(True)
        for label in (self.verdict_label, self.total_label, self.gender_label, self.reasons_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        figures = QVBoxLayout()
        figures.setSpacing(2)
        for label in (self.verdict_label, self.total_label, self.gender_label, self.parts_label):
            figures.addWidget(label)
        figures.addStretch()
        reasons = QVBoxLayout()
        reasons.setSpacing(2)
        reasons.addWidget(self.reasons_heading)
        reasons.addWidget(self.reasons_label)
        reasons.addStretch()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addLayout(figures, 2)
        layout.addSpacing(18)
        layout.addLayout(reasons, 3)

    def show_result(self, grid: scoring.Grid, result: scoring.Result) -> None:
        lang = self.language
        self.verdict = result.verdict
        self.verdict_label.setText(verdict_text(result.verdict))
        palette = self.verdict_label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(VERDICT_COLOURS[result.verdict]))
        self.verdict_label.setPalette(palette)
        self.total_label.setText(
            fill(
                self.tr("%1 points of %2 · threshold %3"),
                figure(result.rounded_total, lang),
                whole(grid.total_cap, lang),
                whole(grid.threshold, lang),
            )
        )
        gender = next((c for c in grid.criteria if c.code == grid.gender_criterion_code), None)
        self.gender_label.setText(
            fill(
                self.tr("Criterion %1 (%2): %3 points · minimum %4"),
                grid.gender_criterion_code,
                gender.name if gender else self.tr("none with this code"),
                figure(result.rounded_gender_points, lang),
                whole(grid.gender_minimum, lang),
            )
        )
        self.parts_label.setText(
            fill(
                self.tr("Criteria %1 + bonus %2 (bonus capped at %3, total at %4)"),
                figure(result.criteria_points, lang),
                figure(result.bonus, lang),
                whole(grid.bonus_cap, lang),
                whole(grid.total_cap, lang),
            )
        )
        lines = reason_lines(grid, result, lang)
        self.reasons_label.setText("\n".join(f"• {line}" for line in lines))
