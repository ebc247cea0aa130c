"""Step 2, Actors: the organisations of the cluster, typed or imported from a spreadsheet."""

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton

from .base import SectionEditor
from .columns import Column


class ActorsEditor(SectionEditor):
    step = "actors"

    def __init__(self, session, context, parent=None):
        super().__init__(session, context, parent)
        columns = [
            Column("name", self.tr("Organisation"), width=220),
            Column("kind", self.tr("Kind"), "choice", "actor_kind", 170),
            Column("legal_form", self.tr("Legal form"), width=140),
            Column("social_economy", self.tr("Social economy"), "bool", width=110),
            Column("role", self.tr("Role in the cluster"), width=200),
            Column("contact_name", self.tr("Contact person"), width=150),
            Column("contact_email", self.tr("E-mail"), "email", width=180),
            Column("is_signatory", self.tr("Signs"), "bool", width=70),
            Column("women_led", self.tr("Women-led"), "bool", width=90),
        ]
        self.section = self.table_section(
            "actor", columns, self.tr("Organisations"), self.tr("actor")
        )
        self.model = self.section.model
        self.body_layout.addWidget(self.section, 1)
        self.import_button = QPushButton(self.tr("&Import from a Spreadsheet…"))
        self.import_button.setToolTip(
            self.tr("Add organisations from an .xlsx or .csv file, after a preview")
        )
        self.template_button = QPushButton(self.tr("Save a &Template…"))
        self.template_button.setToolTip(
            self.tr("A spreadsheet with the columns the import expects, to fill in")
        )
        row = QHBoxLayout()
        row.addWidget(self.import_button)
        row.addWidget(self.template_button)
        row.addStretch()
        self.body_layout.addLayout(row)
        self.import_button.clicked.connect(self._on_import_button_clicked)
        self.template_button.clicked.connect(self._on_template_button_clicked)

    def title(self) -> str:
        return self.tr("Actors")

    def refresh(self) -> None:
        self.model.reload()

    def _on_import_button_clicked(self) -> None:
        from ..actor_import_dialog import import_actors_from_file

        if import_actors_from_file(self):
            self.model.reload()

    def _on_template_button_clicked(self) -> None:
        from deseo_desktop.exports.sheet_template import save_template

        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save a Template"), "actors.xlsx", self.tr("Spreadsheets (*.xlsx)")
        )
        if path:
            save_template(path if path.endswith(".xlsx") else path + ".xlsx")

    def focus_ref(self, ref: str | None) -> None:
        if ref:
            self.section.select_id(ref)
        self.section.table.setFocus()
