"""A gender-balance meter: the share of women and men, the threshold, and a word for the state.

The state is written out, never told by colour alone.
"""

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from deseo_desktop.rules.balance import SexCounts, balance

WOMEN = QColor("#7b4f9e")
MEN = QColor("#d9a441")
TRACK = QColor("#e4e7e6")


class _Bar(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.women_share = None
        self.threshold = 0.4
        self.setMinimumSize(160, 18)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def paintEvent(self, _event):
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = QRectF(self.rect()).adjusted(1, 3, -1, -3)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(TRACK)
        p.drawRoundedRect(r, 4, 4)
        if self.women_share is not None:
            w = r.width() * self.women_share
            p.setBrush(WOMEN)
            p.drawRoundedRect(QRectF(r.left(), r.top(), w, r.height()), 4, 4)
            p.setBrush(MEN)
            p.drawRoundedRect(QRectF(r.left() + w, r.top(), r.width() - w, r.height()), 4, 4)
        p.setPen(QPen(QColor("#1f3d40"), 2, Qt.PenStyle.DashLine))
        for x in (self.threshold, 1 - self.threshold):
            px = r.left() + r.width() * x
            p.drawLine(int(px), int(r.top()) - 3, int(px), int(r.bottom()) + 3)


class BalanceMeter(QWidget):
    def __init__(self, label: str = "", parent=None):
        super().__init__(parent)
        self.caption = QLabel(label)
        self.bar = _Bar()
        self.text = QLabel()
        self.text.setWordWrap(True)  # a narrow window or large text wraps it, never cuts it
        self.text.setMinimumWidth(160)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if label:
            layout.addWidget(self.caption)
        layout.addWidget(self.bar, 2)
        layout.addWidget(self.text, 3)
        self.set_counts(SexCounts())

    def set_counts(self, counts: SexCounts, threshold_pct: int = 40) -> str:
        result = balance(counts, threshold_pct)
        self.bar.threshold = threshold_pct / 100
        self.bar.women_share = float(result.women_share) if result.women_share is not None else None
        if result.status == "no_data":
            text = self.tr("No figures yet")
        else:
            shares = (
                self.tr("Women %1% · Men %2%")
                .replace("%1", f"{float(result.women_share) * 100:.0f}")
                .replace("%2", f"{float(result.men_share) * 100:.0f}")
            )
            state = {
                "balanced": self.tr("balanced"),
                "few_women": self.tr("too few women (under %1%)"),
                "few_men": self.tr("too few men (under %1%)"),
            }[result.status].replace("%1", str(threshold_pct))
            text = f"{shares} — {state}"
            if result.not_stated:
                text += " " + self.tr("(%n not stated)", "", result.not_stated)
        self.text.setText(text)
        self.setAccessibleName(text)
        self.bar.update()
        return result.status
