# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_design_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_NewDesignDialog(object):
    def setupUi(self, NewDesignDialog):
        if not NewDesignDialog.objectName():
            NewDesignDialog.setObjectName(u"NewDesignDialog")
        NewDesignDialog.resize(560, 460)
        self.mainLayout = QVBoxLayout(NewDesignDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.intro_label = QLabel(NewDesignDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.mainLayout.addWidget(self.intro_label)

        self.start_group = QGroupBox(NewDesignDialog)
        self.start_group.setObjectName(u"start_group")
        self.startLayout = QVBoxLayout(self.start_group)
        self.startLayout.setObjectName(u"startLayout")
        self.template_list = QListWidget(self.start_group)
        self.template_list.setObjectName(u"template_list")

        self.startLayout.addWidget(self.template_list)

        self.template_description = QLabel(self.start_group)
        self.template_description.setObjectName(u"template_description")
        self.template_description.setWordWrap(True)

        self.startLayout.addWidget(self.template_description)


        self.mainLayout.addWidget(self.start_group)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.title_label = QLabel(NewDesignDialog)
        self.title_label.setObjectName(u"title_label")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title_edit = QLineEdit(NewDesignDialog)
        self.title_edit.setObjectName(u"title_edit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title_edit)

        self.territory_label = QLabel(NewDesignDialog)
        self.territory_label.setObjectName(u"territory_label")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.territory_label)

        self.territory_edit = QLineEdit(NewDesignDialog)
        self.territory_edit.setObjectName(u"territory_edit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.territory_edit)

        self.country_label = QLabel(NewDesignDialog)
        self.country_label.setObjectName(u"country_label")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.country_label)

        self.country_combo = QComboBox(NewDesignDialog)
        self.country_combo.setObjectName(u"country_combo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.country_combo)

        self.kind_label = QLabel(NewDesignDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kindLayout = QHBoxLayout()
        self.kindLayout.setObjectName(u"kindLayout")
        self.new_radio = QRadioButton(NewDesignDialog)
        self.new_radio.setObjectName(u"new_radio")
        self.new_radio.setChecked(True)

        self.kindLayout.addWidget(self.new_radio)

        self.existing_radio = QRadioButton(NewDesignDialog)
        self.existing_radio.setObjectName(u"existing_radio")

        self.kindLayout.addWidget(self.existing_radio)

        self.kindSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.kindLayout.addItem(self.kindSpacer)


        self.formLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.kindLayout)

        self.currency_label = QLabel(NewDesignDialog)
        self.currency_label.setObjectName(u"currency_label")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.currency_label)

        self.currency_combo = QComboBox(NewDesignDialog)
        self.currency_combo.setObjectName(u"currency_combo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.currency_combo)

        self.language_label = QLabel(NewDesignDialog)
        self.language_label.setObjectName(u"language_label")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.language_label)

        self.language_combo = QComboBox(NewDesignDialog)
        self.language_combo.setObjectName(u"language_combo")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.language_combo)


        self.mainLayout.addLayout(self.formLayout)

        self.error_label = QLabel(NewDesignDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.mainLayout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(NewDesignDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.title_label.setBuddy(self.title_edit)
        self.territory_label.setBuddy(self.territory_edit)
        self.country_label.setBuddy(self.country_combo)
        self.currency_label.setBuddy(self.currency_combo)
        self.language_label.setBuddy(self.language_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.template_list, self.title_edit)
        QWidget.setTabOrder(self.title_edit, self.territory_edit)
        QWidget.setTabOrder(self.territory_edit, self.country_combo)
        QWidget.setTabOrder(self.country_combo, self.new_radio)
        QWidget.setTabOrder(self.new_radio, self.existing_radio)
        QWidget.setTabOrder(self.existing_radio, self.currency_combo)
        QWidget.setTabOrder(self.currency_combo, self.language_combo)

        self.retranslateUi(NewDesignDialog)

        QMetaObject.connectSlotsByName(NewDesignDialog)
    # setupUi

    def retranslateUi(self, NewDesignDialog):
        NewDesignDialog.setWindowTitle(QCoreApplication.translate("NewDesignDialog", u"New design", None))
        self.intro_label.setText(QCoreApplication.translate("NewDesignDialog", u"Start from a blank design or from a complete starting point you can adapt. Everything can be changed later.", None))
        self.start_group.setTitle(QCoreApplication.translate("NewDesignDialog", u"Start from", None))
#if QT_CONFIG(accessibility)
        self.template_list.setAccessibleName(QCoreApplication.translate("NewDesignDialog", u"Start from", None))
#endif // QT_CONFIG(accessibility)
        self.title_label.setText(QCoreApplication.translate("NewDesignDialog", u"&Title:", None))
#if QT_CONFIG(accessibility)
        self.title_edit.setAccessibleName(QCoreApplication.translate("NewDesignDialog", u"Title", None))
#endif // QT_CONFIG(accessibility)
        self.territory_label.setText(QCoreApplication.translate("NewDesignDialog", u"Te&rritory:", None))
#if QT_CONFIG(accessibility)
        self.territory_edit.setAccessibleName(QCoreApplication.translate("NewDesignDialog", u"Territory", None))
#endif // QT_CONFIG(accessibility)
        self.country_label.setText(QCoreApplication.translate("NewDesignDialog", u"&Country:", None))
#if QT_CONFIG(accessibility)
        self.country_combo.setAccessibleName(QCoreApplication.translate("NewDesignDialog", u"Country", None))
#endif // QT_CONFIG(accessibility)
        self.kind_label.setText(QCoreApplication.translate("NewDesignDialog", u"Cluster:", None))
        self.new_radio.setText(QCoreApplication.translate("NewDesignDialog", u"&New cluster", None))
        self.existing_radio.setText(QCoreApplication.translate("NewDesignDialog", u"&Improve an existing cluster", None))
        self.currency_label.setText(QCoreApplication.translate("NewDesignDialog", u"C&urrency:", None))
#if QT_CONFIG(accessibility)
        self.currency_combo.setAccessibleName(QCoreApplication.translate("NewDesignDialog", u"Currency", None))
#endif // QT_CONFIG(accessibility)
        self.language_label.setText(QCoreApplication.translate("NewDesignDialog", u"Agreement &language:", None))
#if QT_CONFIG(accessibility)
        self.language_combo.setAccessibleName(QCoreApplication.translate("NewDesignDialog", u"Agreement language", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

