"""What every section editor is: one widget per step, hosted by the wizard and the workspace."""

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from ..design_session import DesignSession


@dataclass
class EditorContext:
    """What editors need to know about the design besides its rows."""

    language: str = "en"  # the interface language (for labels and formats)
    currency: str = "EUR"  # the design's currency
    threshold_pct: int = 40  # the design's balance threshold
    cluster_kind: str = "new"


class SectionEditor(QWidget):
    """Base of the section editors. Subclasses set `step` and build their widgets."""

    step = ""

    def __init__(self, session: DesignSession, context: EditorContext, parent=None):
        super().__init__(parent)
        self.session = session
        self.context = context
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, not the frame
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def table_section(
        self,
        table: str,
        columns,
        title: str,
        noun: str,
        where=None,
        parent_column: str = "design_id",
        model_class=None,
    ):
        """A table of `table` rows edited in place, with its buttons (the design's rows
        unless `where` says otherwise)."""
        from .rows_model import RowsModel
        from .table_section import TableSection

        where = {"design_id": self.session.design_id} if where is None else where
        model = (model_class or RowsModel)(
            self.session, table, columns, where, self.context.language, self.context.currency, self
        )
        return TableSection(title, model, parent_column, noun)

    def title(self) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        """Read the design again (after an undo elsewhere, or when shown)."""

    def flush(self) -> None:
        """Save what is still waiting for the typing pause."""

    def focus_ref(self, ref: str | None) -> None:
        """Show the row or field a review problem points at."""
