# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'preferences_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTabWidget, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_PreferencesDialog(object):
    def setupUi(self, PreferencesDialog):
        if not PreferencesDialog.objectName():
            PreferencesDialog.setObjectName(u"PreferencesDialog")
        PreferencesDialog.resize(680, 520)
        self.mainLayout = QVBoxLayout(PreferencesDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.tabs = QTabWidget(PreferencesDialog)
        self.tabs.setObjectName(u"tabs")
        self.general_tab = QWidget()
        self.general_tab.setObjectName(u"general_tab")
        self.generalLayout = QVBoxLayout(self.general_tab)
        self.generalLayout.setObjectName(u"generalLayout")
        self.generalForm = QFormLayout()
        self.generalForm.setObjectName(u"generalForm")
        self.ui_language_label = QLabel(self.general_tab)
        self.ui_language_label.setObjectName(u"ui_language_label")

        self.generalForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.ui_language_label)

        self.ui_language_combo = QComboBox(self.general_tab)
        self.ui_language_combo.setObjectName(u"ui_language_combo")

        self.generalForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.ui_language_combo)

        self.agreement_language_label = QLabel(self.general_tab)
        self.agreement_language_label.setObjectName(u"agreement_language_label")

        self.generalForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.agreement_language_label)

        self.agreement_language_combo = QComboBox(self.general_tab)
        self.agreement_language_combo.setObjectName(u"agreement_language_combo")

        self.generalForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.agreement_language_combo)

        self.currency_label = QLabel(self.general_tab)
        self.currency_label.setObjectName(u"currency_label")

        self.generalForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.currency_label)

        self.currency_combo = QComboBox(self.general_tab)
        self.currency_combo.setObjectName(u"currency_combo")

        self.generalForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.currency_combo)


        self.generalLayout.addLayout(self.generalForm)

        self.generalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.generalLayout.addItem(self.generalSpacer)

        self.tabs.addTab(self.general_tab, "")
        self.data_tab = QWidget()
        self.data_tab.setObjectName(u"data_tab")
        self.dataLayout = QVBoxLayout(self.data_tab)
        self.dataLayout.setObjectName(u"dataLayout")
        self.data_intro_label = QLabel(self.data_tab)
        self.data_intro_label.setObjectName(u"data_intro_label")
        self.data_intro_label.setWordWrap(True)

        self.dataLayout.addWidget(self.data_intro_label)

        self.dataForm = QFormLayout()
        self.dataForm.setObjectName(u"dataForm")
        self.folder_label = QLabel(self.data_tab)
        self.folder_label.setObjectName(u"folder_label")

        self.dataForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.folder_label)

        self.folderLayout = QHBoxLayout()
        self.folderLayout.setObjectName(u"folderLayout")
        self.folder_edit = QLineEdit(self.data_tab)
        self.folder_edit.setObjectName(u"folder_edit")
        self.folder_edit.setReadOnly(True)

        self.folderLayout.addWidget(self.folder_edit)

        self.open_folder_button = QPushButton(self.data_tab)
        self.open_folder_button.setObjectName(u"open_folder_button")

        self.folderLayout.addWidget(self.open_folder_button)


        self.dataForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.folderLayout)

        self.database_label = QLabel(self.data_tab)
        self.database_label.setObjectName(u"database_label")

        self.dataForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.database_label)

        self.database_edit = QLineEdit(self.data_tab)
        self.database_edit.setObjectName(u"database_edit")
        self.database_edit.setReadOnly(True)

        self.dataForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.database_edit)


        self.dataLayout.addLayout(self.dataForm)

        self.warning_label = QLabel(self.data_tab)
        self.warning_label.setObjectName(u"warning_label")
        self.warning_label.setWordWrap(True)

        self.dataLayout.addWidget(self.warning_label)

        self.backups_label = QLabel(self.data_tab)
        self.backups_label.setObjectName(u"backups_label")

        self.dataLayout.addWidget(self.backups_label)

        self.backups_table = QTableWidget(self.data_tab)
        self.backups_table.setObjectName(u"backups_table")

        self.dataLayout.addWidget(self.backups_table)

        self.backupButtons = QHBoxLayout()
        self.backupButtons.setObjectName(u"backupButtons")
        self.backup_now_button = QPushButton(self.data_tab)
        self.backup_now_button.setObjectName(u"backup_now_button")

        self.backupButtons.addWidget(self.backup_now_button)

        self.open_backups_button = QPushButton(self.data_tab)
        self.open_backups_button.setObjectName(u"open_backups_button")

        self.backupButtons.addWidget(self.open_backups_button)

        self.backupSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.backupButtons.addItem(self.backupSpacer)

        self.restore_button = QPushButton(self.data_tab)
        self.restore_button.setObjectName(u"restore_button")

        self.backupButtons.addWidget(self.restore_button)


        self.dataLayout.addLayout(self.backupButtons)

        self.tabs.addTab(self.data_tab, "")

        self.mainLayout.addWidget(self.tabs)

        self.button_box = QDialogButtonBox(PreferencesDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.ui_language_label.setBuddy(self.ui_language_combo)
        self.agreement_language_label.setBuddy(self.agreement_language_combo)
        self.currency_label.setBuddy(self.currency_combo)
        self.folder_label.setBuddy(self.folder_edit)
        self.database_label.setBuddy(self.database_edit)
        self.backups_label.setBuddy(self.backups_table)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PreferencesDialog)

        QMetaObject.connectSlotsByName(PreferencesDialog)
    # setupUi

    def retranslateUi(self, PreferencesDialog):
        PreferencesDialog.setWindowTitle(QCoreApplication.translate("PreferencesDialog", u"Preferences", None))
        self.ui_language_label.setText(QCoreApplication.translate("PreferencesDialog", u"&Interface language:", None))
#if QT_CONFIG(accessibility)
        self.ui_language_combo.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Interface language", None))
#endif // QT_CONFIG(accessibility)
        self.agreement_language_label.setText(QCoreApplication.translate("PreferencesDialog", u"Default &agreement language:", None))
#if QT_CONFIG(accessibility)
        self.agreement_language_combo.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Default agreement language", None))
#endif // QT_CONFIG(accessibility)
        self.currency_label.setText(QCoreApplication.translate("PreferencesDialog", u"Default &currency:", None))
#if QT_CONFIG(accessibility)
        self.currency_combo.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Default currency", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.general_tab), QCoreApplication.translate("PreferencesDialog", u"General", None))
        self.data_intro_label.setText(QCoreApplication.translate("PreferencesDialog", u"Your designs are kept in one database file on this computer. Backups are taken automatically and checked before they are kept.", None))
        self.folder_label.setText(QCoreApplication.translate("PreferencesDialog", u"Data folder:", None))
#if QT_CONFIG(accessibility)
        self.folder_edit.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Data folder", None))
#endif // QT_CONFIG(accessibility)
        self.open_folder_button.setText(QCoreApplication.translate("PreferencesDialog", u"&Open folder", None))
        self.database_label.setText(QCoreApplication.translate("PreferencesDialog", u"Database file:", None))
#if QT_CONFIG(accessibility)
        self.database_edit.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Database file", None))
#endif // QT_CONFIG(accessibility)
        self.backups_label.setText(QCoreApplication.translate("PreferencesDialog", u"&Backups (newest first):", None))
#if QT_CONFIG(accessibility)
        self.backups_table.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Backups", None))
#endif // QT_CONFIG(accessibility)
        self.backup_now_button.setText(QCoreApplication.translate("PreferencesDialog", u"&Back up now", None))
        self.open_backups_button.setText(QCoreApplication.translate("PreferencesDialog", u"Open backups &folder", None))
        self.restore_button.setText(QCoreApplication.translate("PreferencesDialog", u"&Restore this backup\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.data_tab), QCoreApplication.translate("PreferencesDialog", u"Data and backups", None))
    # retranslateUi

