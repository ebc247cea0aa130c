"""Step 10, Agreement: the agreement's terms, its articles, who signs it and who commits to what.

Four tabs, so each table has the whole height of the page on a projector. Long texts (an
article's own text, a commitment) are shown by their first line in the table and edited in a
form under it, for the selected row.
"""

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from deseo_desktop.exports.agreement_texts import agreement_texts
from deseo_desktop.pseudo import CODE as PSEUDO
from deseo_desktop.pseudo import pseudo
from deseo_desktop.services import sections
from deseo_desktop.terms import terms

from ..style import sized
from .base import SectionEditor
from .columns import Column
from .form import FormBinder, LongTextForm, choice_box, field_name
from .rows_model import RowsModel
from .table_section import TableSection, heading_label

ERROR_STYLE = "color: #9b2c1f;"
READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class AgreementRows(RowsModel):
    """Rows of one table of the agreement: some columns only shown (edited in a form, or fixed),
    some shown as words of the editor's own."""

    def __init__(self, session, table, columns, where, context, parent, read_only=(), words=None):
        self.read_only = set(read_only)
        self.words = words or {}  # column → callable(row) → the text shown
        super().__init__(session, table, columns, where, context.language, context.currency, parent)

    def endResetModel(self) -> None:
        if self.table == "article_choice":  # no position column: the outline's number orders
            self.rows.sort(key=lambda r: r["number"])
        super().endResetModel()

    def flags(self, index):
        if self.columns[index.column()].name in self.read_only:
            return READ_ONLY
        return super().flags(index)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        name = self.columns[index.column()].name if index.isValid() else ""
        if role == Qt.ItemDataRole.DisplayRole and name in self.words:
            return self.words[name](self.rows[index.row()])
        return super().data(index, role)

    def move_row(self, row: int, to: int, parent_column: str, text: str) -> None:
        # The view may show some of the siblings (one party's commitments): move past the
        # neighbour seen, wherever it stands among all of them.
        siblings = sections.load_rows(
            self.session.db, self.table, {parent_column: self.rows[row][parent_column]}
        )
        index = [r["id"] for r in siblings].index(self.row_id(to))
        super().move_row(row, index, parent_column, text)


class AgreementEditor(SectionEditor):
    step = "agreement"

    def __init__(self, session, context, parent=None):
        super().__init__(session, context, parent)
        rows = sections.load_rows(session.db, "agreement", {"design_id": session.design_id})
        self.agreement_id = rows[0]["id"]  # every design has its agreement from creation
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._build_terms(), self.tr("Terms"))
        self.tabs.addTab(self._build_articles(), self.tr("Articles"))
        self.tabs.addTab(self._build_signatories(), self.tr("Signatories"))
        self.tabs.addTab(self._build_commitments(), self.tr("Commitments"))
        self.body_layout.addWidget(self.tabs, 1)
        self._connect_signals()
        self.binder.load(self.agreement_id)
        self._fill_party_filter()

    def title(self) -> str:
        return self.tr("Agreement")

    # --- the terms ------------------------------------------------------------------------

    def _build_terms(self) -> QWidget:
        lang = self.context.language
        self.error_label = QLabel()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.binder = FormBinder(self.session, "agreement", self.error_label, self)
        self.kind_combo = self._combo("agreement_kind", lang)
        self.status_combo = self._combo("agreement_status", lang)
        self.version_spin = QSpinBox()
        self.version_spin.setRange(1, 999)
        self.version_spin.setPrefix("v")
        self.version_date_edit = self._short_edit(self.tr("such as 2026-03-01"), 170)
        self.raise_button = QPushButton(self.tr("&Raise the version"))
        self.raise_button.setToolTip(
            self.tr("Add 1 to the version number and date it today, as one step.")
        )
        self.duration_edit = self._short_edit("", 90)
        self.renewal_combo = self._combo("renewal", lang)
        self.force_edit = self._short_edit(self.tr("such as 2026-03-01"), 170)
        self.place_edit = QLineEdit()
        self.contact_edit = QLineEdit()
        self.retention_edit = self._short_edit("", 90)
        dated_label = QLabel(self.tr("da&ted"))
        dated_label.setBuddy(self.version_date_edit)
        version_row = QHBoxLayout()
        for widget in (self.version_spin, dated_label, self.version_date_edit):
            version_row.addWidget(widget)
        version_row.addWidget(self.raise_button)
        version_row.addStretch()
        boxes = [
            QGroupBox(self.tr("The agreement")),
            QGroupBox(self.tr("Duration and signature")),
            QGroupBox(self.tr("Data protection")),
        ]
        forms = [QFormLayout(box) for box in boxes]
        for form in forms:  # large text in a narrow window: labels above their fields
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        fields = (
            (0, self.tr("&Kind:"), self.kind_combo, "kind", "choice", "agreement_kind"),
            (0, self.tr("&Status:"), self.status_combo, "status", "choice", "agreement_status"),
            (0, self.tr("Versi&on:"), self.version_spin, "version_number", "count", ""),
            (0, self.tr("Version date"), self.version_date_edit, "version_date", "date", ""),
            (1, self.tr("&Duration (months):"), self.duration_edit, "duration_months", "count", ""),
            (1, self.tr("Renew&al:"), self.renewal_combo, "renewal", "choice", "renewal"),
            (1, self.tr("Entry &into force:"), self.force_edit, "entry_into_force", "date", ""),
            (1, self.tr("&Place of signature:"), self.place_edit, "place_of_signature", "text", ""),
            (2, self.tr("&Contact point:"), self.contact_edit, "contact_point", "text", ""),
            (
                2,
                self.tr("Keep the data for (&years):"),
                self.retention_edit,
                "retention_years",
                "count",
                "",
            ),
        )
        for box, label, widget, column, kind, group in fields:
            header = field_name(label)
            widget.setAccessibleName(header)
            binding = self.binder.bind(widget, column, header, kind, group)
            if widget is self.version_spin:
                widget.editingFinished.connect(binding.commit)
                forms[box].addRow(label, version_row)
                forms[box].labelForField(version_row).setBuddy(widget)
            elif widget is not self.version_date_edit:
                forms[box].addRow(label, widget)
        note = QLabel(
            self.tr(
                "The version is the one the parties see on the draft (for example "
                "\u201cv2, 1 March 2026\u201d): raise it when you send them a new draft."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #4a5a5c;")
        sized(note, 0.9, bold=False)  # a style sheet stops the window's size reaching it
        forms[0].addRow(note)
        self.contact_edit.setToolTip(
            self.tr("Who people can write to about their personal data (GDPR art. 26).")
        )
        page = QWidget()
        page.setMaximumWidth(980)
        layout = QVBoxLayout(page)
        for box in boxes:
            layout.addWidget(box)
        layout.addWidget(self.error_label)
        layout.addStretch()
        return page

    def _combo(self, group: str, lang: str) -> QComboBox:
        combo = choice_box()
        for code, label in terms(group, lang).items():
            combo.addItem(label, code)
        return combo

    def _short_edit(self, placeholder: str, width: int) -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        edit.setFixedWidth(width)
        return edit

    def _on_raise_button_clicked(self) -> None:
        self.binder.flush()
        row = sections.load_row(self.session.db, "agreement", self.agreement_id) or {}
        number = (row.get("version_number") or 0) + 1
        text = self.tr("Raise the agreement version to %1").replace("%1", str(number))
        stack = self.session.undo_stack
        stack.beginMacro(text)
        for column, value in (("version_number", number), ("version_date", date.today())):
            self.session.push(
                sections.FieldEdit("agreement", self.agreement_id, column, value), text
            )
        stack.endMacro()

    # --- the tables -----------------------------------------------------------------------

    def _section(self, title, noun, table, columns, where, parent_column, **options):
        model = AgreementRows(self.session, table, columns, where, self.context, self, **options)
        section = TableSection(title, model, parent_column, noun)
        section.table.setMinimumHeight(220)
        # A saved value reloads the rows (no dataChanged): the refusal shown no longer applies.
        model.modelReset.connect(section.message_label.clear)
        return section

    def _selected_box(self, heading: QLabel, *parts) -> QFrame:
        """The frame under a table for the long texts of its selected row."""
        box = QFrame()
        box.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(box)
        layout.addWidget(heading)
        for part in parts:
            if isinstance(part, QWidget):
                layout.addWidget(part)
            else:
                layout.addLayout(part)
        return box

    def _build_articles(self) -> QWidget:
        names = self._article_titles()
        modes = {
            "extend": self.tr("Added to the standard text"),
            "replace": self.tr("Replaces the standard text"),
        }
        columns = [
            Column("number", self.tr("No."), "count", width=50),
            Column("code", self.tr("Article"), width=330),
            Column("included", self.tr("Included"), "bool", width=80),
            Column("custom_mode", self.tr("Your text"), width=210),
            Column("custom_text", self.tr("Beginning of your text"), "note", width=300),
        ]
        self.articles = self._section(
            self.tr("Articles of the agreement"),
            self.tr("article"),
            "article_choice",
            columns,
            {"agreement_id": self.agreement_id},
            "agreement_id",
            read_only=("number", "code", "custom_mode", "custom_text"),
            words={
                "code": lambda r: names.get(r["code"], r["code"]),
                "custom_mode": lambda r: (
                    modes.get(r["custom_mode"], "") if r["custom_text"].strip() else ""
                ),
            },
        )
        self.articles.table.verticalHeader().hide()  # the article's own number is shown
        for button in (
            self.articles.add_button,
            self.articles.remove_button,
            self.articles.up_button,
            self.articles.down_button,
        ):
            button.hide()  # the outline is fixed: an article is left out, not removed
        self.article_form = LongTextForm(
            self.session, "article_choice", [("custom_text", self.tr("Your &text:"))], 1
        )
        self.article_text_edit = self.article_form.edits["custom_text"]
        # Saved by its own edit, after the text typed so far (see _on_mode_combo_changed).
        self.mode_combo = choice_box()
        self.mode_combo.addItem(self.tr("Add it after the standard text of the article"), "extend")
        self.mode_combo.addItem(self.tr("Use it instead of the standard text"), "replace")
        self.mode_combo.setAccessibleName(self.tr("How your text is used"))
        mode_row = QFormLayout()
        mode_row.addRow(self.tr("H&ow:"), self.mode_combo)
        self.article_heading = heading_label()
        box = self._selected_box(self.article_heading, self.article_form, mode_row)
        self.articles.current_row_changed.connect(self._on_articles_current_row_changed)
        self._on_articles_current_row_changed("")
        return self._page(self.articles, box)

    def _on_articles_current_row_changed(self, row_id: str) -> None:
        self.article_form.show_row(row_id)
        self._show_article()

    def _show_article(self) -> None:
        row = self.article_form.binder.row if self.article_form.binder.row_id else {}
        self.mode_combo.setEnabled(bool(row))
        self.mode_combo.blockSignals(True)
        self.mode_combo.setCurrentIndex(max(self.mode_combo.findData(row.get("custom_mode")), 0))
        self.mode_combo.blockSignals(False)
        if not row:
            self.article_heading.setText(self.tr("Select an article to write its own text."))
            return
        name = self._article_titles().get(row["code"], row["code"])
        self.article_heading.setText(
            self.tr("Article %1: %2").replace("%1", str(row["number"])).replace("%2", name)
        )

    def _on_mode_combo_changed(self, _index: int) -> None:
        binder = self.article_form.binder
        if not binder.row_id:
            return
        value = self.mode_combo.currentData()
        binder.flush()  # the text typed so far first (its save shows the row again)
        if binder.row.get("custom_mode") != value:
            self.session.push(
                sections.FieldEdit("article_choice", binder.row_id, "custom_mode", value),
                self.tr("Change %1").replace("%1", self.tr("How your text is used")),
            )

    def _article_titles(self) -> dict[str, str]:
        """Each article's title as the agreement draft in the person's language names it."""
        language = self.context.language
        mark = pseudo if language == PSEUDO else str
        articles = agreement_texts(language)["articles"]
        return {code: mark(article["title"]) for code, article in articles.items()}

    def _build_signatories(self) -> QWidget:
        columns = [
            Column("actor_id", self.tr("Organisation"), "actor", width=280, required=True),
            Column("representative", self.tr("Representative"), width=180),
            Column("capacity", self.tr("Capacity"), width=210),
            Column("place", self.tr("Place"), width=150),
            Column("signed_on", self.tr("Signed on"), "date", width=120),
        ]
        self.signatories = self._section(
            self.tr("Signatories"),
            self.tr("signatory"),
            "signatory",
            columns,
            {"agreement_id": self.agreement_id},
            "agreement_id",
        )
        self.add_parties_button = QPushButton(self.tr("Add every &party"))
        self.add_parties_button.setToolTip(
            self.tr("Add a signatory for each organisation marked as signing that has none yet.")
        )
        self.signatories.buttons.insertWidget(1, self.add_parties_button)
        hint = QLabel(
            self.tr(
                "Every organisation marked as signing on the Actors step needs a row here: who "
                "signs for it, in which capacity (such as President), where and when. \u201cAdd "
                "every party\u201d adds the rows still missing."
            )
        )
        hint.setWordWrap(True)
        return self._page(self.signatories, hint)

    def _on_add_parties_button_clicked(self) -> None:
        model = self.signatories.model
        signing = sections.load_rows(
            self.session.db, "actor", {"design_id": self.session.design_id}
        )
        have = {r["actor_id"] for r in model.rows}
        missing = [a["id"] for a in signing if a["is_signatory"] and a["id"] not in have]
        message = self.signatories.message_label
        if not missing:
            message.setText(self.tr("Every organisation that signs already has a signatory."))
            return
        text = self.tr("Add every party as a signatory")
        self.session.undo_stack.beginMacro(text)
        for actor_id in missing:
            model.add_row(text, actor_id=actor_id)
        self.session.undo_stack.endMacro()
        message.setText(self.tr("Added %n signatories.", "", len(missing)))

    def _build_commitments(self) -> QWidget:
        self.party_combo = choice_box()
        self.party_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.party_combo.setAccessibleName(self.tr("Show the commitments of"))
        self.party_combo.setMinimumContentsLength(12)
        columns = [
            Column("actor_id", self.tr("Party"), "actor", width=280, required=True),
            Column("area", self.tr("Area"), "choice", "commitment_area", 250),
            Column("deadline", self.tr("Deadline"), "date", width=120),
            Column("text", self.tr("Commitment"), "note", width=400),
        ]
        self.commitments = self._section(
            self.tr("Commitments of each party"),
            self.tr("commitment"),
            "commitment",
            columns,
            {"design_id": self.session.design_id},
            "design_id",
            read_only=("text",),
        )
        show_label = QLabel(self.tr("Sh&ow:"))
        show_label.setBuddy(self.party_combo)
        # The filter on a line of its own, under the title and buttons: narrow screens.
        filter_row = QHBoxLayout()
        filter_row.addWidget(show_label)
        filter_row.addWidget(self.party_combo)
        filter_row.addStretch()
        self.commitments.layout().insertLayout(1, filter_row)
        self.commitment_form = LongTextForm(
            self.session, "commitment", [("text", self.tr("The &commitment:"))], 1
        )
        self.commitment_text_edit = self.commitment_form.edits["text"]
        self.commitments.current_row_changed.connect(self.commitment_form.show_row)
        QWidget.setTabOrder(self.party_combo, self.commitments.table)  # the filter, then its rows
        box = self._selected_box(
            heading_label(self.tr("The selected commitment")), self.commitment_form
        )
        return self._page(self.commitments, box)

    def _fill_party_filter(self) -> None:
        chosen = self.party_combo.currentData()
        self.party_combo.blockSignals(True)
        self.party_combo.clear()
        self.party_combo.addItem(self.tr("All parties"), "")
        for actor_id, name in sections.actor_names(self.session.db, self.session.design_id):
            self.party_combo.addItem(name, actor_id)
        self.party_combo.setCurrentIndex(max(self.party_combo.findData(chosen or ""), 0))
        self.party_combo.blockSignals(False)
        if self.party_combo.currentData() != (chosen or ""):
            self._on_party_combo_changed()

    def _on_party_combo_changed(self, *_args) -> None:
        where = {"design_id": self.session.design_id}
        if self.party_combo.currentData():
            where["actor_id"] = self.party_combo.currentData()
        self.commitments.model.set_where(where)

    # --- the page -------------------------------------------------------------------------

    def _page(self, *widgets: QWidget) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        for i, widget in enumerate(widgets):
            layout.addWidget(widget, 1 if i == 0 else 0)
        return page

    def _connect_signals(self) -> None:
        self.raise_button.clicked.connect(self._on_raise_button_clicked)
        self.add_parties_button.clicked.connect(self._on_add_parties_button_clicked)
        self.party_combo.currentIndexChanged.connect(self._on_party_combo_changed)
        self.mode_combo.currentIndexChanged.connect(self._on_mode_combo_changed)
        self.session.changed.connect(self._on_session_changed)
        for edit in (self.version_date_edit, self.force_edit):
            # A date is saved when the person leaves the field (or presses Enter), so a date
            # half typed is not refused while they are still typing it.
            edit.textEdited.disconnect()

    def _on_session_changed(self, table: str) -> None:
        if table == "actor":
            self._fill_party_filter()
        elif table == "article_choice":
            self._show_article()

    def refresh(self) -> None:
        self.binder.refresh()
        self._fill_party_filter()
        for section in (self.articles, self.signatories, self.commitments):
            section.model.reload()
        for form in (self.article_form, self.commitment_form):
            if form.binder.row_id:
                form.binder.refresh()

    def flush(self) -> None:
        self.binder.flush()
        self.article_form.flush()
        self.commitment_form.flush()

    def focus_ref(self, ref: str | None) -> None:
        """A review problem names a signatory, or a party with no signatory yet."""
        self.tabs.setCurrentWidget(self.signatories.parentWidget())
        model = self.signatories.model
        for row in range(model.rowCount()):
            if ref in (model.rows[row]["id"], model.rows[row]["actor_id"]):
                self.signatories.select_row(row)
                self.signatories.table.setFocus()
                return
        self.add_parties_button.setFocus()
