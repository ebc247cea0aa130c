"""About: version, licences, and the notice the DejaVu fonts' licence asks for."""

import html

from PySide6.QtWidgets import QDialog

from deseo_desktop import __version__
from deseo_desktop.resources import resource_path

from .forms.ui_about_dialog import Ui_AboutDialog
from .style import styled

THIRD_PARTY = (
    ("Qt 6 and PySide6", "LGPL-3.0"),
    ("SQLAlchemy", "MIT"),
    ("Alembic", "MIT"),
    ("ReportLab", "BSD"),
    ("openpyxl", "MIT"),
    ("Babel", "BSD-3-Clause"),
    ("defusedxml", "PSF-2.0"),
    ("DejaVu fonts", "Bitstream Vera licence; DejaVu changes in the public domain"),
)


class AboutDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        styled(self)
        self.ui.name_label.setObjectName("aboutName")
        self.ui.version_label.setText(self.tr("Version %1").replace("%1", __version__))
        rows = "".join(
            f"<tr><td>{html.escape(name)}</td><td>&nbsp;&nbsp;{html.escape(lic)}</td></tr>"
            for name, lic in THIRD_PARTY
        )
        self.ui.licences_browser.setHtml(
            "<p>"
            + html.escape(
                self.tr(
                    "DESEO Cluster Designer is free software under the GNU "
                    "General Public License, version 3 or later."
                )
            )
            + "</p><p>"
            + html.escape(self.tr("It is built on:"))
            + "</p>"
            + f"<table>{rows}</table>"
        )
        notice = resource_path("fonts", "LICENSE-DejaVu.txt").read_text(encoding="utf-8")
        self.ui.font_browser.setPlainText(
            self.tr(
                "The interface and the documents use the DejaVu Sans font, shipped with the "
                "app under this licence:"
            )
            + "\n\n"
            + notice
        )
        self.ui.button_box.rejected.connect(self.reject)
