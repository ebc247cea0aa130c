"""The main window: menus, the library and a design's overview, autosaved throughout.

The window paints before the database is touched: `start()` runs from the event loop,
lists the designs through plain sqlite3, and only then loads the ORM (and takes the
start-up backup). Modules that import SQLAlchemy are imported inside the methods that
need them for that reason.
"""

from pathlib import Path

from PySide6 import QtCore
from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QUndoGroup, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenuBar,
    QMessageBox,
    QStackedWidget,
)

from deseo_desktop import APP_NAME
from deseo_desktop.services.errors import DatabaseProblem
from deseo_desktop.services.instance import Instance, looks_synced_or_remote

from . import settings as opt
from .library_page import LibraryPage
from .menus import build_menus
from .problems import problem_text
from .style import rescale, text_scale

BACKUP_CHECK_MS = 5 * 60 * 1000
BACKUP_EVERY_MINUTES = 30


class MainWindow(QMainWindow):
    designs_loaded = Signal()
    database_ready = Signal()

    def __init__(self, settings: opt.Settings, instance: Instance, language: str):
        super().__init__()
        self.settings = settings
        self.instance = instance
        self.language = language
        self.db = None  # the services' Database, opened by start() after the first paint
        # The library's edits and each open design's have their own stack; Edit → Undo acts
        # on the one in front.
        self.undo_group = QUndoGroup(self)
        self.undo_stack = QUndoStack(self.undo_group)
        self.undo_group.addStack(self.undo_stack)
        self.undo_group.setActiveStack(self.undo_stack)
        self.design_page = None
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(720, 480)
        self.library_page = LibraryPage(language)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.library_page)
        self.setCentralWidget(self.pages)
        self.saved_label = QLabel()
        self.statusBar().addPermanentWidget(self.saved_label)
        self.actions = build_menus(self)
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(BACKUP_CHECK_MS)
        self._connect_library_signals()
        self._connect_signals()
        self._restore_geometry()
        self._update_actions()
        self.setAcceptDrops(True)  # a .deseo file dropped on the window is imported
        self.pending_import: str | None = None  # a file the app was opened with
        self.switching = False  # a language change is being followed

    def _connect_library_signals(self) -> None:
        page = self.library_page
        page.open_requested.connect(self.open_design)
        page.new_requested.connect(self.new_design)
        page.example_requested.connect(self.open_example)
        page.restore_requested.connect(self.restore_from_trash)
        page.delete_forever_requested.connect(self.delete_forever)
        page.empty_trash_requested.connect(self.empty_trash)
        page.selection_changed.connect(self._update_actions)
        page.view_changed.connect(self._update_actions)

    def _connect_signals(self) -> None:
        self.pages.currentChanged.connect(self._update_actions)
        self.undo_stack.indexChanged.connect(self._update_actions)
        self.backup_timer.timeout.connect(self._on_backup_timer_timeout)

    # --- start and end -----------------------------------------------------------------

    def start(self) -> bool:
        """Open the database and list the designs; False when the app must stop."""
        from .startup import open_or_explain

        db = open_or_explain(self, self.instance)
        if db is None:
            return False
        self.db = db
        self.reload()
        self.designs_loaded.emit()
        QTimer.singleShot(0, self._open_writer)
        if looks_synced_or_remote(self.instance):
            self.statusBar().showMessage(
                self.tr(
                    "Your designs are in a folder that seems to be synchronised or on a network "
                    "drive. Keep them on this computer's own disk (see Preferences)."
                ),
                30000,
            )
        return True

    def open_design_file(self, path: str) -> None:
        """A design file handed over by the system (macOS's file-open event) or by a second
        start (a double-click while the window is open): imported now, or as soon as the
        database can be written."""
        if not path.lower().endswith(".deseo"):
            return
        if self.db is None or self.db.engine is None:
            self.pending_import = path
            return
        from .design_file import import_design_file

        self.raise_window()
        import_design_file(self, path)

    def dragEnterEvent(self, event) -> None:
        if _design_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        from .design_file import import_design_file

        for path in _design_files(event.mimeData()):
            import_design_file(self, path)
        event.acceptProposedAction()

    def _open_writer(self) -> None:
        try:
            self.db.open_writer()
        except DatabaseProblem as e:
            QMessageBox.critical(self, APP_NAME, problem_text(e))
            self.close()
            return
        self.reload()
        self._backup("start")
        self.backup_timer.start()
        if self.pending_import:
            from .design_file import import_design_file

            path, self.pending_import = self.pending_import, None
            import_design_file(self, path)
        self.saved_label.setText(self.tr("All changes saved"))
        self._update_actions()
        self.database_ready.emit()

    def closeEvent(self, event) -> None:
        if self.design_page is not None:
            self.design_page.flush()
        self.settings.set(opt.WINDOW_GEOMETRY, self.saveGeometry())
        self.settings.set(opt.WINDOW_STATE, self.saveState())
        if self.db is not None:
            self.db.close()
        super().closeEvent(event)

    def _restore_geometry(self) -> None:
        geometry = self.settings.get(opt.WINDOW_GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(1200, 760)
        self.restoreState(self.settings.get(opt.WINDOW_STATE))

    def _backup(self, reason: str, min_minutes: float = 0) -> None:
        try:
            taken = self.db.backup_if_changed(reason, min_minutes)
        except DatabaseProblem as e:
            import logging

            logging.getLogger(__name__).error("backup failed: %s", e.code)
            self.statusBar().showMessage(problem_text(e), 10000)
            return
        if taken is not None:
            self.statusBar().showMessage(self.tr("Backup taken."), 4000)

    def _on_backup_timer_timeout(self) -> None:
        self._backup("periodic", BACKUP_EVERY_MINUTES)

    # --- the library -------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        from deseo_desktop.services.library_list import list_designs

        self.library_page.set_designs(list_designs(self.db), select=select)
        self.actions.refresh_recent(self.library_page.model)
        if self.design_page is not None:
            self.design_page.refresh_overview()

    @property
    def overview_page(self):
        """The open design's overview (the workspace's first page)."""
        return self.design_page.overview if self.design_page is not None else None

    def on_overview(self) -> bool:
        """Whether a design is open (rather than the library)."""
        return self.design_page is not None and self.pages.currentWidget() is self.design_page

    def _after_edit(self, design_id: str) -> None:
        self.reload(select=design_id)

    def _push(self, command) -> None:
        try:
            self.undo_stack.push(command)
        except DatabaseProblem as e:
            QMessageBox.warning(self, APP_NAME, problem_text(e))

    def selected_id(self) -> str | None:
        if self.on_overview():
            return self.design_page.session.design_id
        ids = self.library_page.selected_ids()
        return ids[0] if ids else None

    def new_design(self, template: str = "") -> None:
        from .new_design_dialog import NewDesignDialog

        defaults = {
            "country": self.settings.get(opt.DEFAULT_COUNTRY),
            "currency": self.settings.get(opt.DEFAULT_CURRENCY),
            "agreement_language": self.settings.get(opt.DEFAULT_AGREEMENT_LANGUAGE),
        }
        dialog = NewDesignDialog(self.language, defaults, template, self)
        if dialog.exec() != NewDesignDialog.DialogCode.Accepted:
            return
        self.create_design(dialog.template(), dialog.values())

    def create_design(self, template: str, values: dict) -> str | None:
        from deseo_desktop.rules.text import TextTooLong
        from deseo_desktop.services import library

        try:
            if template:
                design_id = library.create_from_template(
                    self.db, template, values.get("title") or None, self.language
                )
            else:
                design_id = library.create_blank(self.db, library.NewDesign(**values))
                self.settings.set(opt.DEFAULT_COUNTRY, values["country"])
        except TextTooLong as e:
            text = (
                self.tr("The territory is too long: at most %1 characters.")
                if e.field == "territory"
                else self.tr("The title is too long: at most %1 characters.")
            )
            QMessageBox.warning(self, APP_NAME, text.replace("%1", str(e.limit)))
            return None
        self.reload(select=design_id)
        self.open_design(design_id)
        return design_id

    def open_example(self) -> None:
        self.create_design("example", {})

    def open_design(self, design_id: str) -> None:
        """The design in the wizard while it is unfinished, otherwise in the workspace."""
        from deseo_desktop.services.sections import load_row

        from .design_session import DesignSession

        self._close_design_page()
        design = load_row(self.db, "design", design_id)
        if design is None or design["trashed_at"] is not None:
            self.settings.forget_recent(design_id)
            self.actions.refresh_recent(self.library_page.model)
            return
        self.settings.remember_recent(design_id)
        self.actions.refresh_recent(self.library_page.model)
        session = DesignSession(self.db, design_id)
        session.saving.connect(self._on_session_saving)
        session.failed.connect(self._on_session_failed)
        self.undo_group.addStack(session.undo_stack)
        self.undo_group.setActiveStack(session.undo_stack)
        self._show_design_page(session)
        self.setWindowTitle(f"{design['title'][:80]} — {APP_NAME}")

    def _show_design_page(self, session) -> None:
        from .design_page import DesignPage

        page = DesignPage(session, self.language)
        page.set_presenting(self.actions.presentation.isChecked())
        session.setParent(page)  # the design's undo stack goes when its page goes
        page.closed.connect(self.show_library)
        self.design_page = page
        self.pages.addWidget(page)
        self.pages.setCurrentWidget(page)

    def _on_session_failed(self, detail: str) -> None:
        QMessageBox.warning(
            self,
            APP_NAME,
            self.tr("This change could not be saved; the design is as it was before it.")
            + "\n\n"
            + detail,
        )

    def _on_session_saving(self, saving: bool) -> None:
        self.saved_label.setText(self.tr("Saving…") if saving else self.tr("All changes saved"))

    def _close_design_page(self) -> None:
        if self.design_page is None:
            return
        self.design_page.flush()
        self.undo_group.removeStack(self.design_page.session.undo_stack)
        self.undo_group.setActiveStack(self.undo_stack)
        self.pages.removeWidget(self.design_page)
        self.design_page.deleteLater()
        self.design_page = None

    def show_library(self) -> None:
        design_id = self.design_page.session.design_id if self.design_page else None
        self._close_design_page()
        self.reload()
        self.pages.setCurrentWidget(self.library_page)
        self.setWindowTitle(APP_NAME)
        if design_id:
            self.library_page.select(design_id)
        self.library_page.table.setFocus()

    def rename_selected(self) -> None:
        from deseo_desktop.rules.text import TITLE_MAX, TextTooLong, clean_text

        from .library_commands import RenameCommand

        summary = self.library_page.model.find(self.selected_id() or "")
        if summary is None:
            return
        title, ok = QInputDialog.getText(
            self, self.tr("Rename design"), self.tr("New title:"), text=summary.title
        )
        if not ok or not title.strip() or title == summary.title:
            return
        try:
            clean_text(title, TITLE_MAX, single_line=True)
        except TextTooLong as e:
            QMessageBox.warning(
                self,
                APP_NAME,
                self.tr("The title is too long: at most %1 characters.").replace(
                    "%1", str(e.limit)
                ),
            )
            return
        self._push(
            RenameCommand(
                self.db,
                summary.id,
                self._after_edit,
                title.strip(),
                self.tr("Rename “%1”").replace("%1", summary.title[:40]),
            )
        )

    def duplicate_selected(self) -> None:
        from .library_commands import DuplicateCommand

        summary = self.library_page.model.find(self.selected_id() or "")
        if summary is None:
            return
        title = self.tr("%1 (copy)").replace("%1", summary.title)
        self._push(
            DuplicateCommand(
                self.db,
                summary.id,
                self._after_edit,
                title[:500],
                self.tr("Duplicate “%1”").replace("%1", summary.title[:40]),
            )
        )

    def toggle_archive_selected(self) -> None:
        from .library_commands import ArchiveCommand

        summary = self.library_page.model.find(self.selected_id() or "")
        if summary is None:
            return
        text = self.tr("Unarchive “%1”") if summary.archived else self.tr("Archive “%1”")
        self._push(
            ArchiveCommand(
                self.db,
                summary.id,
                self._after_edit,
                not summary.archived,
                text.replace("%1", summary.title[:40]),
            )
        )

    def trash_selected(self) -> None:
        from .library_commands import TrashCommand

        summary = self.library_page.model.find(self.selected_id() or "")
        if summary is None or summary.trashed:
            return
        self.show_library()
        self._push(
            TrashCommand(
                self.db,
                summary.id,
                self._after_edit,
                self.tr("Move “%1” to the trash").replace("%1", summary.title[:40]),
            )
        )
        self.statusBar().showMessage(
            self.tr("“%1” was moved to the trash. Edit → Undo brings it back.").replace(
                "%1", summary.title[:60]
            ),
            8000,
        )

    def restore_from_trash(self, ids: list[str]) -> None:
        from .library_commands import RestoreFromTrashCommand

        for design_id in ids:
            summary = self.library_page.model.find(design_id)
            self._push(
                RestoreFromTrashCommand(
                    self.db,
                    design_id,
                    self._after_edit,
                    self.tr("Restore “%1”").replace("%1", summary.title[:40] if summary else ""),
                )
            )

    def delete_forever(self, ids: list[str]) -> None:
        if ids and self._confirm_delete(len(ids)):
            from deseo_desktop.services import library

            library.delete_forever(self.db, ids)
            self.undo_stack.clear()  # the deleted designs can no longer be brought back
            self.reload()

    def empty_trash(self) -> None:
        ids = self.library_page.model.trashed_ids()
        self.delete_forever(ids)

    def _confirm_delete(self, n: int) -> bool:
        answer = QMessageBox.warning(
            self,
            self.tr("Delete for good"),
            self.tr(
                "Delete %n design(s) for good? This cannot be undone, but a backup is taken first.",
                "",
                n,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    # --- preferences, backups, about ---------------------------------------------------

    def preferences_dialog(self):
        from .preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self.db, self.instance, self.language, self)
        dialog.restore_requested.connect(self.restore_backup)
        return dialog

    def show_preferences(self) -> None:
        from .language import install_translations, ui_language

        if self.preferences_dialog().exec():
            language = ui_language(self.settings)
            if language != self.language:
                install_translations(QApplication.instance(), language)

    # --- the interface language ------------------------------------------------------------

    def changeEvent(self, event) -> None:
        """A new language was installed: rebuild menus and pages once every translator is in."""
        super().changeEvent(event)
        if event.type() == QtCore.QEvent.Type.LanguageChange and not self.switching:
            self.switching = True
            QTimer.singleShot(0, self._follow_language)

    def _follow_language(self) -> None:
        """Menus and pages again in the current language; the open design stays open, at the
        same step, with its undo history (its session is kept, only its widgets are new)."""
        from .language import current_language

        self.switching = False
        language = current_language()
        if language == self.language:
            return
        self.language = language
        old_library, view = self.library_page, self.library_page.view
        self.library_page = LibraryPage(language)
        self.pages.insertWidget(0, self.library_page)
        self._connect_library_signals()
        presenting = self.actions.presentation.isChecked()
        old_actions, self.actions = self.actions, None
        self.setMenuBar(QMenuBar())
        self.actions = build_menus(self)
        old_actions.deleteLater()
        self.actions.presentation.setChecked(presenting)
        if self.design_page is not None:
            old_page, step = self.design_page, self.design_page.current_step()
            old_page.flush()
            self._show_design_page(old_page.session)
            self.design_page.show_step(step)
            self.pages.removeWidget(old_page)
            old_page.deleteLater()
        else:
            self.pages.setCurrentWidget(self.library_page)
        self.pages.removeWidget(old_library)
        old_library.deleteLater()
        if self.db is not None:
            self.reload()
            self.library_page.show_view(view)
            self.saved_label.setText(self.tr("All changes saved"))
        if presenting:
            rescale(self, text_scale(True))
        self._update_actions()

    def restore_backup(self, path: Path) -> None:
        try:
            self.db.restore(path)
            self.db.open_writer()
        except DatabaseProblem as e:
            QMessageBox.critical(self, APP_NAME, problem_text(e))
            return
        self.undo_stack.clear()
        self.show_library()
        self.reload()
        self.statusBar().showMessage(self.tr("The backup was restored."), 8000)

    def backup_now(self) -> None:
        try:
            self.db.backup("manual")
        except DatabaseProblem as e:
            QMessageBox.warning(self, APP_NAME, problem_text(e))
            return
        self.statusBar().showMessage(self.tr("Backup taken."), 4000)

    def toggle_presentation(self) -> None:
        """Larger text everywhere in the window, for a room looking at a projector."""
        on = self.actions.presentation.isChecked()
        font = self.font()
        font.setPointSizeF(QApplication.font().pointSizeF() * text_scale(on))
        self.setFont(font)
        rescale(self, text_scale(on))
        if self.design_page is not None:
            self.design_page.set_presenting(on)

    def show_about(self) -> None:
        from .about_dialog import AboutDialog

        AboutDialog(self).exec()

    # --- which actions apply now -------------------------------------------------------

    def _update_actions(self, *_args) -> None:
        self.actions.update(self)

    def raise_window(self) -> None:
        self.setWindowState(self.windowState() & ~QtCore.Qt.WindowState.WindowMinimized)
        self.show()
        self.raise_()
        self.activateWindow()


def _design_files(mime) -> list[str]:
    """The local .deseo files among what is being dragged."""
    if not mime.hasUrls():
        return []
    paths = [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
    return [p for p in paths if p.lower().endswith(".deseo")]
