"""Choosing indicators from the starter catalogue, by domain, to add to a design."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from deseo_desktop.formatting import format_number, percent_sign
from deseo_desktop.services.catalogue import CatalogueEntry, indicator_catalogue
from deseo_desktop.terms import term, terms

from .style import widen

CODE_ROLE = Qt.ItemDataRole.UserRole + 1


class CatalogueDialog(QDialog):
    """Lists the catalogue grouped by domain; `chosen()` is what the person ticked."""

    def __init__(self, language: str = "en", present_codes=(), parent=None):
        super().__init__(parent)
        self.language = language
        self.entries = {e.code: e for e in indicator_catalogue(language)}
        self.present = set(present_codes)
        self.setWindowTitle(self.tr("Indicators from the catalogue"))
        self.resize(920, 620)
        self.domain_combo = QComboBox()
        self.domain_combo.addItem(self.tr("All domains"), "")
        for code, label in terms("indicator_domain", language).items():
            self.domain_combo.addItem(label, code)
        self.domain_combo.setAccessibleName(self.tr("Domain"))
        self.find_edit = QLineEdit()
        self.find_edit.setPlaceholderText(self.tr("Code or words of the name"))
        self.find_edit.setAccessibleName(self.tr("Find an indicator"))
        self.find_edit.setClearButtonEnabled(True)
        filters = QFormLayout()
        domain_label = QLabel(self.tr("&Domain:"))
        domain_label.setBuddy(self.domain_combo)
        find_label = QLabel(self.tr("&Find:"))
        find_label.setBuddy(self.find_edit)
        row = QHBoxLayout()
        row.addWidget(domain_label)
        row.addWidget(self.domain_combo)
        row.addSpacing(16)
        row.addWidget(find_label)
        row.addWidget(self.find_edit, 1)
        filters.addRow(row)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Catalogue indicators: tick the ones to add"))
        self.tree.setHeaderLabels(
            [self.tr("Code"), self.tr("Indicator"), self.tr("Unit"), self.tr("Default target")]
        )
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 110), (2, 70), (3, 260)):
            widen(header, column, width)
        self.details_label = QLabel()
        self.details_label.setWordWrap(True)
        self.details_label.setTextFormat(Qt.TextFormat.PlainText)
        self.details_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details_label.setMinimumHeight(90)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.add_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.details_label)
        layout.addWidget(self.buttons)
        self._fill()
        self._connect_signals()
        self._update_add_button()
        self._on_tree_current_item_changed(None, None)

    def _connect_signals(self) -> None:
        self.domain_combo.currentIndexChanged.connect(self._apply_filter)
        self.find_edit.textChanged.connect(self._apply_filter)
        self.tree.itemChanged.connect(lambda *_: self._update_add_button())
        self.tree.currentItemChanged.connect(self._on_tree_current_item_changed)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _fill(self) -> None:
        groups: dict[str, QTreeWidgetItem] = {}
        for entry in self.entries.values():
            group = groups.get(entry.domain)
            if group is None:
                group = QTreeWidgetItem([term("indicator_domain", entry.domain, self.language)])
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                group.setData(0, CODE_ROLE, "")
                self.tree.addTopLevelItem(group)
                group.setFirstColumnSpanned(True)
                groups[entry.domain] = group
            item = QTreeWidgetItem(
                [entry.code, entry.name, entry.unit_name, self.target_text(entry)]
            )
            item.setData(0, CODE_ROLE, entry.code)
            item.setToolTip(1, entry.description)
            item.setToolTip(3, item.text(3))
            if entry.code in self.present:
                item.setFlags(Qt.ItemFlag.ItemIsSelectable)  # shown, greyed, not ticked again
                item.setText(1, self.tr("%1 (already in the design)").replace("%1", entry.name))
            else:
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsUserCheckable
                )
                item.setCheckState(0, Qt.CheckState.Unchecked)
            group.addChild(item)
        self.groups = groups
        self.tree.expandAll()

    def target_text(self, entry: CatalogueEntry) -> str:
        """The catalogue's default target in words."""
        if entry.target_text:
            return entry.target_text

        def amount(value) -> str:
            text = format_number(value, self.language)
            if entry.unit == "%":
                return text + percent_sign(self.language)
            return text if entry.unit in ("count", "ratio") else f"{text} {entry.unit_name}"

        low, high = entry.target_low, entry.target_high
        if low is None:
            return ""
        if entry.target_kind == "range" and high is not None:
            text = self.tr("%1 to %2").replace("%2", amount(high))
        else:
            text = {
                "at_least": self.tr("at least %1"),
                "at_most": self.tr("at most %1"),
                "gap_at_most": self.tr("a gap of at most %1"),
            }.get(entry.target_kind, "%1")
        return text.replace("%1", amount(low))

    # --- choosing ------------------------------------------------------------------------

    def item_for(self, code: str) -> QTreeWidgetItem | None:
        for group in self.groups.values():
            for i in range(group.childCount()):
                if group.child(i).data(0, CODE_ROLE) == code:
                    return group.child(i)
        return None

    def chosen(self) -> list[CatalogueEntry]:
        """The ticked entries, in the catalogue's order (hidden by a filter or not)."""
        out = []
        for code, entry in self.entries.items():
            item = self.item_for(code)
            if item is not None and item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                if item.checkState(0) == Qt.CheckState.Checked:
                    out.append(entry)
        return out

    def _update_add_button(self) -> None:
        n = len(self.chosen())
        self.add_button.setEnabled(n > 0)
        self.add_button.setText(
            self.tr("&Add the ticked indicators (%1)").replace("%1", str(n))
            if n
            else self.tr("&Add")
        )

    def _apply_filter(self, *_args) -> None:
        domain = self.domain_combo.currentData()
        words = self.find_edit.text().strip().casefold()
        for code, group in self.groups.items():
            visible_children = 0
            for i in range(group.childCount()):
                item = group.child(i)
                entry = self.entries[item.data(0, CODE_ROLE)]
                shown = (not domain or domain == code) and (
                    not words
                    or words in entry.code.casefold()
                    or words in entry.name.casefold()
                    or words in entry.description.casefold()
                )
                item.setHidden(not shown)
                visible_children += shown
            group.setHidden(visible_children == 0)

    def _on_tree_current_item_changed(self, current, _previous) -> None:
        code = current.data(0, CODE_ROLE) if current is not None else ""
        entry = self.entries.get(code)
        if entry is None:
            self.details_label.setText(
                self.tr("Tick the indicators to add. Select one to read what it measures.")
            )
            return
        measured = term("disaggregation", entry.disaggregation, self.language)
        lines = [f"{entry.code} · {entry.name}", entry.description, ""]
        lines.append(
            self.tr("Measured: %1. Unit: %2.")
            .replace("%1", measured)
            .replace("%2", entry.unit_name)
        )
        target = self.target_text(entry)
        if target:
            lines.append(self.tr("Default target: %1.").replace("%1", target))
        self.details_label.setText("\n".join(lines))
