"""The design's scorecard: the share of its indicators on track, by domain and overall.

Indicators that cannot be assessed (no target, no dated measurement, a latest figure that is
suppressed or missing) are counted in their own column, never as off track: the share on
track is of the indicators assessed, and says of how many.
"""

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QSizePolicy, QVBoxLayout, QWidget

from deseo_desktop.formatting import format_percent
from deseo_desktop.rules.progress import Scorecard, Tally
from deseo_desktop.terms import term

from .. import style
from .measurements_model import COLOURS, status_text

COLUMNS = ("on_track", "at_risk", "off_track", "not_measured")


class ShareBar(QWidget):
    """A small bar of the share on track (its figure is written beside it)."""

    def __init__(self, share: float | None, parent=None):
        super().__init__(parent)
        self.share = share
        self.setMinimumSize(40, 14)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def paintEvent(self, _event):
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = QRectF(self.rect()).adjusted(1, 2, -1, -2)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("#e4e7e6"))
        p.drawRoundedRect(r, 3, 3)
        if self.share:
            p.setBrush(QColor(COLOURS["on_track"]))
            p.drawRoundedRect(QRectF(r.left(), r.top(), r.width() * self.share, r.height()), 3, 3)


class ScorecardBox(QGroupBox):
    def __init__(self, language: str = "en", parent=None):
        super().__init__(self.tr("Scorecard: indicators on track"), parent)
        self.language = language
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(14)
        self.grid.setVerticalSpacing(4)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addLayout(self.grid)
        self.lines: list[list[str]] = []  # the texts shown, row by row (for tests and reading)
        self.show_scorecard(Scorecard())

    def show_scorecard(self, card: Scorecard) -> None:
        """Show `card`; the grid is built again only when what it says has changed (every
        edit on the page refreshes the panel)."""
        headers = [self.tr("Domain"), *(status_text(c) for c in COLUMNS), self.tr("Share on track")]
        rows = [(term("indicator_domain", d, self.language), t) for d, t in card.domains.items()]
        if rows:
            rows.append((self.tr("All indicators"), card.overall))
        lines = [headers]
        lines += [[n, *(str(getattr(t, c)) for c in COLUMNS), self._share(t)] for n, t in rows]
        self.summary_label.setText(self._summary(card.overall))
        if lines == self.lines:
            return
        self.lines = lines
        while self.grid.count():
            widget = self.grid.takeAt(0).widget()
            widget.hide()  # at once: a widget waiting for deletion would still be painted
            widget.deleteLater()
        for column, text in enumerate(headers):
            self._cell(0, column, text, bold=True).setWordWrap(True)  # large text: two lines
        for number, ((_name, tally), texts) in enumerate(
            zip(rows, lines[1:], strict=True), start=1
        ):
            for column, text in enumerate(texts):
                self._cell(number, column, text, bold=number == len(rows))
            share = tally.share_on_track
            self.grid.addWidget(ShareBar(None if share is None else float(share)), number, 6)
        self.grid.setColumnStretch(len(headers), 1)

    def _share(self, tally: Tally) -> str:
        if tally.share_on_track is None:
            return "—"
        return format_percent(float(tally.share_on_track), self.language)

    def _summary(self, overall: Tally) -> str:
        if not overall.assessed and not overall.not_measured:
            return self.tr("No indicators yet: add them above.")
        if not overall.assessed:
            return self.tr(
                "No indicator can be assessed yet: each needs a target and a measurement."
            )
        return (
            self.tr("%1 of the %2 indicators assessed are on track; %3 not measured yet.")
            .replace("%1", str(overall.on_track))
            .replace("%2", str(overall.assessed))
            .replace("%3", str(overall.not_measured))
        )

    def _cell(self, row: int, column: int, text: str, bold: bool = False) -> QLabel:
        label = QLabel(text)
        if bold:
            style.bold(label)
        align = Qt.AlignmentFlag.AlignRight if 0 < column else Qt.AlignmentFlag.AlignLeft
        label.setAlignment(align | Qt.AlignmentFlag.AlignVCenter)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.grid.addWidget(label, row, column)
        return label
