"""New design: blank or from a template, with the few facts a design starts from."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem

from deseo_desktop.rules.text import TITLE_MAX
from deseo_desktop.terms import terms

from .forms.ui_new_design_dialog import Ui_NewDesignDialog
from .style import styled

BLANK = ""


class NewDesignDialog(QDialog):
    def __init__(self, language: str, defaults: dict, template: str = BLANK, parent=None):
        super().__init__(parent)
        self.ui = Ui_NewDesignDialog()
        self.ui.setupUi(self)
        styled(self)
        self.ui.error_label.setObjectName("errorLabel")
        self.ui.title_edit.setMaxLength(TITLE_MAX)
        self.ui.territory_edit.setMaxLength(TITLE_MAX)
        starts = (
            (
                BLANK,
                self.tr("Blank design"),
                self.tr("An empty design: you fill in every step yourself."),
            ),
            (
                "example",
                self.tr("The example: care services in a province"),
                self.tr(
                    "A complete, fictional design with every area filled in: the quickest "
                    "way to see what a finished design looks like."
                ),
            ),
            (
                "back_office",
                self.tr("Shared back-office cluster"),
                self.tr(
                    "Social-economy enterprises pool accounts, payroll, ICT and purchasing, "
                    "and use the time saved for work-life balance and women's careers."
                ),
            ),
            (
                "womens_entrepreneurship",
                self.tr("Women's entrepreneurship cluster"),
                self.tr(
                    "Co-operatives, a women's-rights centre and the local authority support "
                    "women who start or grow social enterprises: mentoring, premises, "
                    "childcare and access to public procurement."
                ),
            ),
        )
        self._descriptions = {}
        for key, label, description in starts:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.ui.template_list.addItem(item)
            self._descriptions[key] = description
            if key == template:
                self.ui.template_list.setCurrentItem(item)
        if self.ui.template_list.currentItem() is None:
            self.ui.template_list.setCurrentRow(0)
        self.ui.template_list.setMaximumHeight(110)
        for code, label in terms("country", language).items():
            self.ui.country_combo.addItem(label, code)
        for code, label in terms("currency", language).items():
            self.ui.currency_combo.addItem(label, code)
        for code, label in terms("language", language).items():
            self.ui.language_combo.addItem(label, code)
        _select(self.ui.country_combo, defaults.get("country", "IT"))
        _select(self.ui.currency_combo, defaults.get("currency", "EUR"))
        _select(self.ui.language_combo, defaults.get("agreement_language", "en"))
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        self._connect_signals()
        self._on_template_list_changed()
        self.ui.title_edit.setFocus()

    def _connect_signals(self) -> None:
        self.ui.template_list.currentItemChanged.connect(self._on_template_list_changed)
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)

    def template(self) -> str:
        item = self.ui.template_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else BLANK

    def values(self) -> dict:
        return {
            "title": self.ui.title_edit.text().strip(),
            "territory": self.ui.territory_edit.text().strip(),
            "country": self.ui.country_combo.currentData(),
            "cluster_kind": "existing" if self.ui.existing_radio.isChecked() else "new",
            "currency": self.ui.currency_combo.currentData(),
            "agreement_language": self.ui.language_combo.currentData(),
        }

    def _on_template_list_changed(self, *_args) -> None:
        key = self.template()
        self.ui.template_description.setText(self._descriptions.get(key, ""))
        blank = key == BLANK
        # A template brings its own place and kind; only the title may be given.
        for w in (
            self.ui.territory_edit,
            self.ui.country_combo,
            self.ui.new_radio,
            self.ui.existing_radio,
            self.ui.currency_combo,
            self.ui.language_combo,
        ):
            w.setEnabled(blank)
        self.ui.title_edit.setPlaceholderText(
            self.tr("For example: Care Together, Valdoria")
            if blank
            else self.tr("Leave empty to keep the template's title")
        )

    def accept(self) -> None:
        if self.template() == BLANK and not self.ui.title_edit.text().strip():
            self.ui.error_label.setText(self.tr("Give the design a title."))
            self.ui.title_edit.setFocus()
            return
        super().accept()


def _select(combo, code) -> None:
    index = combo.findData(code)
    if index >= 0:
        combo.setCurrentIndex(index)
