"""Edit → Preferences: languages, defaults, and where the data and its backups are."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QMessageBox,
    QTableWidgetItem,
)

from deseo_desktop.formatting import format_number, format_stamp
from deseo_desktop.services.database import Database, DatabaseProblem
from deseo_desktop.services.instance import Instance, looks_synced_or_remote
from deseo_desktop.terms import terms

from . import settings as opt
from .forms.ui_preferences_dialog import Ui_PreferencesDialog
from .problems import problem_text
from .style import styled


def reason_text(reason: str) -> str:
    """Why a backup was taken, in words."""
    labels = {
        "start": lambda: QCoreApplication.translate("PreferencesDialog", "At start"),
        "periodic": lambda: QCoreApplication.translate(
            "PreferencesDialog", "After 30 minutes of changes"
        ),
        "migration": lambda: QCoreApplication.translate("PreferencesDialog", "Before an upgrade"),
        "trash": lambda: QCoreApplication.translate(
            "PreferencesDialog", "Before moving a design to the trash"
        ),
        "empty-trash": lambda: QCoreApplication.translate(
            "PreferencesDialog", "Before emptying the trash"
        ),
        "manual": lambda: QCoreApplication.translate("PreferencesDialog", "Taken by hand"),
        "restore": lambda: QCoreApplication.translate("PreferencesDialog", "Before a restore"),
        "import": lambda: QCoreApplication.translate("PreferencesDialog", "Before an import"),
    }
    return labels[reason]() if reason in labels else reason


class PreferencesDialog(QDialog):
    restore_requested = Signal(Path)

    def __init__(
        self, settings: opt.Settings, db: Database, instance: Instance, language: str, parent=None
    ):
        super().__init__(parent)
        self.settings = settings
        self.db = db
        self.instance = instance
        self.language = language
        self.ui = Ui_PreferencesDialog()
        self.ui.setupUi(self)
        styled(self)
        self.ui.warning_label.setObjectName("warningLabel")
        self._fill()
        self._connect_signals()
        self.refresh_backups()

    def _fill(self) -> None:
        ui = self.ui
        ui.ui_language_combo.addItem(self.tr("Same as the computer"), "")
        for code, label in terms("language").items():  # each language in its own name
            ui.ui_language_combo.addItem(label, code)
            ui.agreement_language_combo.addItem(label, code)
        for code, label in terms("currency", self.language).items():
            ui.currency_combo.addItem(label, code)
        _select(ui.ui_language_combo, self.settings.get(opt.UI_LANGUAGE))
        _select(ui.agreement_language_combo, self.settings.get(opt.DEFAULT_AGREEMENT_LANGUAGE))
        _select(ui.currency_combo, self.settings.get(opt.DEFAULT_CURRENCY))
        ui.folder_edit.setText(str(self.instance.data_dir))
        ui.database_edit.setText(str(self.instance.db_path))
        if looks_synced_or_remote(self.instance):
            ui.warning_label.setText(
                self.tr(
                    "This folder seems to be synchronised by a cloud service or to be on a network "
                    "drive. Keep the database on this computer's own disk: synchronising it while "
                    "the app runs can damage it."
                )
            )
        else:
            ui.warning_label.hide()
        table = ui.backups_table
        table.setColumnCount(3)
        table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Why"), self.tr("Size")])
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().resizeSection(0, 170)

    def _connect_signals(self) -> None:
        ui = self.ui
        ui.open_folder_button.clicked.connect(self._on_open_folder_button_clicked)
        ui.open_backups_button.clicked.connect(self._on_open_backups_button_clicked)
        ui.backup_now_button.clicked.connect(self._on_backup_now_button_clicked)
        ui.restore_button.clicked.connect(self._on_restore_button_clicked)
        ui.backups_table.itemSelectionChanged.connect(self._update_buttons)
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)

    def refresh_backups(self) -> None:
        table = self.ui.backups_table
        self._backups = self.db.list_backups()
        table.setRowCount(len(self._backups))
        for row, b in enumerate(self._backups):
            kilobytes = format_number(max(1, b.size // 1024), self.language)
            size = self.tr("%1 KB").replace("%1", kilobytes)
            for column, text in enumerate(
                (format_stamp(b.taken_at, self.language), reason_text(b.reason), size)
            ):
                table.setItem(row, column, QTableWidgetItem(text))
        self._update_buttons()

    def selected_backup(self):
        rows = self.ui.backups_table.selectionModel().selectedRows()
        return self._backups[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        self.ui.restore_button.setEnabled(self.selected_backup() is not None)

    def accept(self) -> None:
        self.settings.set(opt.UI_LANGUAGE, self.ui.ui_language_combo.currentData())
        self.settings.set(
            opt.DEFAULT_AGREEMENT_LANGUAGE, self.ui.agreement_language_combo.currentData()
        )
        self.settings.set(opt.DEFAULT_CURRENCY, self.ui.currency_combo.currentData())
        super().accept()

    def _on_open_folder_button_clicked(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.instance.data_dir)))

    def _on_open_backups_button_clicked(self) -> None:
        self.instance.backups_dir.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.instance.backups_dir)))

    def _on_backup_now_button_clicked(self) -> None:
        try:
            self.db.backup("manual")
        except DatabaseProblem as e:
            QMessageBox.warning(self, self.tr("Backup"), problem_text(e))
        self.refresh_backups()

    def _on_restore_button_clicked(self) -> None:
        backup = self.selected_backup()
        if backup is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore a backup"),
            self.tr(
                "Replace all your designs with the backup taken %1?\n\nWhat you have now "
                "is backed up first, so this can be undone by restoring that backup."
            ).replace("%1", format_stamp(backup.taken_at, self.language)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_requested.emit(backup.path)
            self.refresh_backups()


def _select(combo, code) -> None:
    index = combo.findData(code)
    if index >= 0:
        combo.setCurrentIndex(index)
