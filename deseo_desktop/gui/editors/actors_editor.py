"""Step 2, Actors: the organisations of the cluster."""

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

    def title(self) -> str:
        return self.tr("Actors")

    def refresh(self) -> None:
        self.model.reload()

    def focus_ref(self, ref: str | None) -> None:
        if ref:
            self.section.select_id(ref)
        self.section.table.setFocus()
