# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QStackedWidget, QVBoxLayout,
    QWidget)

class Ui_ExportDialog(object):
    def setupUi(self, ExportDialog):
        if not ExportDialog.objectName():
            ExportDialog.setObjectName(u"ExportDialog")
        ExportDialog.resize(560, 340)
        self.mainLayout = QVBoxLayout(ExportDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.pages = QStackedWidget(ExportDialog)
        self.pages.setObjectName(u"pages")
        self.choose_page = QWidget()
        self.choose_page.setObjectName(u"choose_page")
        self.chooseLayout = QVBoxLayout(self.choose_page)
        self.chooseLayout.setObjectName(u"chooseLayout")
        self.chooseLayout.setContentsMargins(0, 0, 0, 0)
        self.intro_label = QLabel(self.choose_page)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.chooseLayout.addWidget(self.intro_label)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formats_label = QLabel(self.choose_page)
        self.formats_label.setObjectName(u"formats_label")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.formats_label)

        self.formatsLayout = QVBoxLayout()
        self.formatsLayout.setObjectName(u"formatsLayout")
        self.pdf_check = QCheckBox(self.choose_page)
        self.pdf_check.setObjectName(u"pdf_check")
        self.pdf_check.setChecked(True)

        self.formatsLayout.addWidget(self.pdf_check)

        self.xlsx_check = QCheckBox(self.choose_page)
        self.xlsx_check.setObjectName(u"xlsx_check")
        self.xlsx_check.setChecked(True)

        self.formatsLayout.addWidget(self.xlsx_check)


        self.formLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.formatsLayout)

        self.language_label = QLabel(self.choose_page)
        self.language_label.setObjectName(u"language_label")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.language_label)

        self.language_combo = QComboBox(self.choose_page)
        self.language_combo.setObjectName(u"language_combo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.language_combo)

        self.folder_label = QLabel(self.choose_page)
        self.folder_label.setObjectName(u"folder_label")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.folder_label)

        self.folderLayout = QHBoxLayout()
        self.folderLayout.setObjectName(u"folderLayout")
        self.folder_edit = QLineEdit(self.choose_page)
        self.folder_edit.setObjectName(u"folder_edit")

        self.folderLayout.addWidget(self.folder_edit)

        self.choose_button = QPushButton(self.choose_page)
        self.choose_button.setObjectName(u"choose_button")

        self.folderLayout.addWidget(self.choose_button)


        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.folderLayout)

        self.names_caption = QLabel(self.choose_page)
        self.names_caption.setObjectName(u"names_caption")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.names_caption)

        self.names_label = QLabel(self.choose_page)
        self.names_label.setObjectName(u"names_label")
        self.names_label.setWordWrap(True)
        self.names_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.names_label)


        self.chooseLayout.addLayout(self.formLayout)

        self.progress_bar = QProgressBar(self.choose_page)
        self.progress_bar.setObjectName(u"progress_bar")
        self.progress_bar.setValue(0)
        self.progress_bar.setTextVisible(False)

        self.chooseLayout.addWidget(self.progress_bar)

        self.status_label = QLabel(self.choose_page)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)

        self.chooseLayout.addWidget(self.status_label)

        self.chooseSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.chooseLayout.addItem(self.chooseSpacer)

        self.pages.addWidget(self.choose_page)
        self.done_page = QWidget()
        self.done_page.setObjectName(u"done_page")
        self.doneLayout = QVBoxLayout(self.done_page)
        self.doneLayout.setObjectName(u"doneLayout")
        self.doneLayout.setContentsMargins(0, 0, 0, 0)
        self.done_heading = QLabel(self.done_page)
        self.done_heading.setObjectName(u"done_heading")
        self.done_heading.setWordWrap(True)

        self.doneLayout.addWidget(self.done_heading)

        self.done_label = QLabel(self.done_page)
        self.done_label.setObjectName(u"done_label")
        self.done_label.setWordWrap(True)
        self.done_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.doneLayout.addWidget(self.done_label)

        self.openLayout = QHBoxLayout()
        self.openLayout.setObjectName(u"openLayout")
        self.open_pdf_button = QPushButton(self.done_page)
        self.open_pdf_button.setObjectName(u"open_pdf_button")

        self.openLayout.addWidget(self.open_pdf_button)

        self.open_xlsx_button = QPushButton(self.done_page)
        self.open_xlsx_button.setObjectName(u"open_xlsx_button")

        self.openLayout.addWidget(self.open_xlsx_button)

        self.show_folder_button = QPushButton(self.done_page)
        self.show_folder_button.setObjectName(u"show_folder_button")

        self.openLayout.addWidget(self.show_folder_button)

        self.openSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.openLayout.addItem(self.openSpacer)


        self.doneLayout.addLayout(self.openLayout)

        self.doneSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.doneLayout.addItem(self.doneSpacer)

        self.pages.addWidget(self.done_page)

        self.mainLayout.addWidget(self.pages)

        self.button_box = QDialogButtonBox(ExportDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.language_label.setBuddy(self.language_combo)
        self.folder_label.setBuddy(self.folder_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.pdf_check, self.xlsx_check)
        QWidget.setTabOrder(self.xlsx_check, self.language_combo)
        QWidget.setTabOrder(self.language_combo, self.folder_edit)
        QWidget.setTabOrder(self.folder_edit, self.choose_button)
        QWidget.setTabOrder(self.choose_button, self.open_pdf_button)
        QWidget.setTabOrder(self.open_pdf_button, self.open_xlsx_button)
        QWidget.setTabOrder(self.open_xlsx_button, self.show_folder_button)

        self.retranslateUi(ExportDialog)

        QMetaObject.connectSlotsByName(ExportDialog)
    # setupUi

    def retranslateUi(self, ExportDialog):
        ExportDialog.setWindowTitle(QCoreApplication.translate("ExportDialog", u"Export agreement", None))
        self.formats_label.setText(QCoreApplication.translate("ExportDialog", u"Files:", None))
        self.pdf_check.setText(QCoreApplication.translate("ExportDialog", u"&PDF document, to print and sign", None))
        self.xlsx_check.setText(QCoreApplication.translate("ExportDialog", u"E&xcel workbook, to work in", None))
        self.language_label.setText(QCoreApplication.translate("ExportDialog", u"Document &language:", None))
#if QT_CONFIG(accessibility)
        self.language_combo.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Document language", None))
#endif // QT_CONFIG(accessibility)
        self.folder_label.setText(QCoreApplication.translate("ExportDialog", u"&Folder:", None))
#if QT_CONFIG(accessibility)
        self.folder_edit.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Folder", None))
#endif // QT_CONFIG(accessibility)
        self.choose_button.setText(QCoreApplication.translate("ExportDialog", u"C&hoose\u2026", None))
        self.names_caption.setText(QCoreApplication.translate("ExportDialog", u"Names:", None))
#if QT_CONFIG(accessibility)
        self.progress_bar.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Export progress", None))
#endif // QT_CONFIG(accessibility)
        self.open_pdf_button.setText(QCoreApplication.translate("ExportDialog", u"&Open the file", None))
        self.open_xlsx_button.setText(QCoreApplication.translate("ExportDialog", u"Open the &workbook", None))
        self.show_folder_button.setText(QCoreApplication.translate("ExportDialog", u"&Show in folder", None))
    # retranslateUi

