# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'about_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QLabel, QSizePolicy, QTabWidget, QTextBrowser,
    QVBoxLayout, QWidget)

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog):
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        AboutDialog.resize(600, 520)
        self.mainLayout = QVBoxLayout(AboutDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.name_label = QLabel(AboutDialog)
        self.name_label.setObjectName(u"name_label")

        self.mainLayout.addWidget(self.name_label)

        self.version_label = QLabel(AboutDialog)
        self.version_label.setObjectName(u"version_label")

        self.mainLayout.addWidget(self.version_label)

        self.summary_label = QLabel(AboutDialog)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setWordWrap(True)

        self.mainLayout.addWidget(self.summary_label)

        self.tabs = QTabWidget(AboutDialog)
        self.tabs.setObjectName(u"tabs")
        self.licences_tab = QWidget()
        self.licences_tab.setObjectName(u"licences_tab")
        self.licencesLayout = QVBoxLayout(self.licences_tab)
        self.licencesLayout.setObjectName(u"licencesLayout")
        self.licences_browser = QTextBrowser(self.licences_tab)
        self.licences_browser.setObjectName(u"licences_browser")
        self.licences_browser.setOpenLinks(False)

        self.licencesLayout.addWidget(self.licences_browser)

        self.tabs.addTab(self.licences_tab, "")
        self.font_tab = QWidget()
        self.font_tab.setObjectName(u"font_tab")
        self.fontLayout = QVBoxLayout(self.font_tab)
        self.fontLayout.setObjectName(u"fontLayout")
        self.font_browser = QTextBrowser(self.font_tab)
        self.font_browser.setObjectName(u"font_browser")

        self.fontLayout.addWidget(self.font_browser)

        self.tabs.addTab(self.font_tab, "")

        self.mainLayout.addWidget(self.tabs)

        self.button_box = QDialogButtonBox(AboutDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Close)

        self.mainLayout.addWidget(self.button_box)


        self.retranslateUi(AboutDialog)

        QMetaObject.connectSlotsByName(AboutDialog)
    # setupUi

    def retranslateUi(self, AboutDialog):
        AboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"About DESEO Cluster Designer", None))
        self.name_label.setText(QCoreApplication.translate("AboutDialog", u"DESEO Cluster Designer", None))
        self.summary_label.setText(QCoreApplication.translate("AboutDialog", u"Design local social-economy clusters that give women and men equal access to economic and social life, and draft their local agreements. It carries on the work of the EU project DESEO (REVES network, 2006-2008).", None))
        self.tabs.setTabText(self.tabs.indexOf(self.licences_tab), QCoreApplication.translate("AboutDialog", u"Licences", None))
        self.tabs.setTabText(self.tabs.indexOf(self.font_tab), QCoreApplication.translate("AboutDialog", u"DejaVu fonts", None))
    # retranslateUi

