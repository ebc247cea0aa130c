"""Step 1, Start: what the design is, where, under which legal vehicle, in which language."""

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
)

from deseo_desktop.formatting import percent_sign
from deseo_desktop.model.enums import VEHICLES_BY_COUNTRY, Country
from deseo_desktop.rules.text import TITLE_MAX
from deseo_desktop.terms import term, terms

from .base import SectionEditor
from .form import FormBinder, choice_box, field_name


class StartEditor(SectionEditor):
    step = "start"

    def __init__(self, session, context, parent=None):
        super().__init__(session, context, parent)
        lang = context.language
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #9b2c1f;")
        self.binder = FormBinder(session, "design", self.error_label, self)
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(TITLE_MAX)
        self.territory_edit = QLineEdit()
        self.territory_edit.setMaxLength(TITLE_MAX)
        self.level_combo = self._combo("territory_level", lang)
        self.country_combo = self._combo("country", lang)
        self.kind_combo = self._combo("cluster_kind", lang)
        self.vehicle_combo = choice_box()
        self.facilitator_edit = QLineEdit()
        self.currency_combo = self._combo("currency", lang)
        self.language_combo = self._combo("language", lang)
        self.charter_check = QCheckBox(self.tr("Signed by the local authority"))
        self.charter_check.setToolTip(
            self.tr("The CEMR European Charter for Equality of Women and Men in Local Life")
        )
        form = QFormLayout()
        rows = (
            (self.tr("&Title:"), self.title_edit, "title", "text", ""),
            (self.tr("Te&rritory:"), self.territory_edit, "territory_name", "text", ""),
            (self.tr("Level:"), self.level_combo, "territory_level", "choice", "territory_level"),
            (self.tr("C&ountry:"), self.country_combo, "country", "choice", "country"),
            (self.tr("&Cluster:"), self.kind_combo, "cluster_kind", "choice", "cluster_kind"),
            (
                self.tr("Le&gal vehicle:"),
                self.vehicle_combo,
                "legal_vehicle",
                "choice",
                "legal_vehicle",
            ),
            (self.tr("Fac&ilitator:"), self.facilitator_edit, "facilitator", "text", ""),
            (self.tr("C&urrency:"), self.currency_combo, "currency", "choice", "currency"),
            (
                self.tr("&Agreement language:"),
                self.language_combo,
                "agreement_language",
                "choice",
                "language",
            ),
        )
        for label, widget, column, kind, group in rows:
            form.addRow(label, widget)
            widget.setAccessibleName(field_name(label))
            binding = self.binder.bind(widget, column, field_name(label), kind, group)
            if column == "legal_vehicle":
                self.vehicle_binding = binding
        form.addRow(self.tr("CEMR charter:"), self.charter_check)
        self.binder.bind(self.charter_check, "cemr_charter_signed", self.tr("CEMR charter"), "bool")
        advanced = QGroupBox(self.tr("Advanced: thresholds"))
        # A grid, not a form: a long label wraps beside its short field in every language.
        advanced_grid = QGridLayout(advanced)
        advanced_grid.setColumnStretch(0, 1)
        percent = percent_sign(self.context.language)
        self.threshold_spin = self._spin(0, 50, percent)
        self.suppression_spin = self._spin(1, 50, "")
        self.tolerance_spin = self._spin(0, 50, percent)
        thresholds = (
            (
                self.tr("Balance threshold (each sex at least):"),
                self.threshold_spin,
                "balance_threshold_pct",
            ),
            (
                self.tr("Suppress figures from fewer than this many women or men:"),
                self.suppression_spin,
                "suppression_min",
            ),
            (self.tr("Progress tolerance:"), self.tolerance_spin, "progress_tolerance_pct"),
        )
        width = max(spin.sizeHint().width() for _label, spin, _column in thresholds)
        for row, (label, widget, column) in enumerate(thresholds):
            widget.setMinimumWidth(width)
            text = QLabel(label)
            text.setWordWrap(True)
            text.setBuddy(widget)
            advanced_grid.addWidget(text, row, 0)
            advanced_grid.addWidget(widget, row, 1)
            widget.setAccessibleName(field_name(label))
            self.binder.bind(widget, column, field_name(label), "count")
        self.body_layout.addLayout(form)
        self.body_layout.addWidget(self.error_label)
        self.body_layout.addWidget(advanced)
        self.body_layout.addStretch()
        self.country_combo.currentIndexChanged.connect(self._on_country_changed)
        self.binder.load(session.design_id)
        self._on_country_changed()

    def title(self) -> str:
        return self.tr("Start")

    def _combo(self, group: str, lang: str) -> QComboBox:
        combo = choice_box()
        for code, label in terms(group, lang if group != "language" else "en").items():
            combo.addItem(label, code)
        return combo

    def _spin(self, low: int, high: int, suffix: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setSuffix(suffix)
        return spin

    def _on_country_changed(self, *_args) -> None:
        """Offer the legal vehicles of the chosen country (DOMAIN.md), a charter anywhere."""
        country = self.country_combo.currentData() or Country.OTHER
        current = self.binder.row.get("legal_vehicle")
        self.vehicle_combo.blockSignals(True)
        self.vehicle_combo.clear()
        for code in VEHICLES_BY_COUNTRY.get(Country(country), ()):
            self.vehicle_combo.addItem(term("legal_vehicle", code, self.context.language), code)
        self.vehicle_combo.blockSignals(False)
        index = self.vehicle_combo.findData(current)
        if index >= 0:
            self.vehicle_combo.setCurrentIndex(index)
        elif current is not None:
            self.vehicle_combo.setCurrentIndex(self.vehicle_combo.count() - 1)  # the charter
            self.vehicle_binding.commit()

    def refresh(self) -> None:
        self.binder.refresh()
        self._on_country_changed()

    def flush(self) -> None:
        self.binder.flush()

    def focus_ref(self, ref: str | None) -> None:
        (self.territory_edit if ref == "territory" else self.title_edit).setFocus()
