"""The menu bar: every command with its standard shortcut, enabled only where it applies."""

from functools import partial

from PySide6 import QtCore
from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

Key = QKeySequence.StandardKey


class WindowActions(QObject):
    def __init__(self, window):
        super().__init__(window)
        w = window

        def action(text, slot, shortcut=None, fallback=None):
            a = QAction(text, self)  # owned here, so a new language can replace them all
            keys = QKeySequence.keyBindings(shortcut) if isinstance(shortcut, Key) else []
            if shortcut is not None and not isinstance(shortcut, Key):
                keys = [QKeySequence(shortcut)]
            if not keys and fallback:
                keys = [QKeySequence(fallback)]  # no platform binding (Preferences on Linux)
            a.setShortcuts(keys)
            a.triggered.connect(lambda _checked=False: slot())
            return a

        self.new = action(self.tr("&New Design…"), w.new_design, Key.New)
        self.new_example = action(self.tr("The &Example"), partial(w.new_design, "example"))
        self.new_back_office = action(
            self.tr("Shared &Back-Office Cluster"), partial(w.new_design, "back_office")
        )
        self.new_women = action(
            self.tr("&Women's Entrepreneurship Cluster"),
            partial(w.new_design, "womens_entrepreneurship"),
        )
        self.open = action(self.tr("&Open"), self._open_selected(w), Key.Open)
        self.close_design = action(self.tr("&Close Design"), w.show_library, Key.Close)
        self.export_agreement = action(
            self.tr("&Export Agreement…"), partial(self._export_agreement, w)
        )
        self.export_design = action(
            self.tr("Export &Design File…"), partial(self._design_file, w, "export")
        )
        self.import_design = action(
            self.tr("&Import Design File…"), partial(self._design_file, w, "import")
        )
        self.backup = action(self.tr("&Back Up Now"), w.backup_now)
        self.preferences = action(
            self.tr("&Preferences…"), w.show_preferences, Key.Preferences, "Ctrl+,"
        )
        self.quit = action(self.tr("&Quit"), w.close, Key.Quit, "Ctrl+Q")
        self.undo = w.undo_group.createUndoAction(self, self.tr("&Undo"))
        self.undo.setShortcuts(QKeySequence.keyBindings(Key.Undo))
        self.redo = w.undo_group.createRedoAction(self, self.tr("&Redo"))
        self.redo.setShortcuts(QKeySequence.keyBindings(Key.Redo))
        self.rename = action(self.tr("Re&name…"), w.rename_selected, "F2")
        self.duplicate = action(self.tr("&Duplicate"), w.duplicate_selected, "Ctrl+D")
        self.archive = action(self.tr("&Archive"), w.toggle_archive_selected, "Ctrl+E")
        self.trash = action(self.tr("Move to &Trash"), w.trash_selected, Key.Delete)
        self.find = action(self.tr("&Find…"), lambda: w.library_page.focus_search(), Key.Find)
        self.view_designs = action(self.tr("&Designs"), partial(self._view, w, "active"), "Ctrl+1")
        self.view_archived = action(
            self.tr("&Archived"), partial(self._view, w, "archived"), "Ctrl+2"
        )
        self.view_trash = action(self.tr("&Trash"), partial(self._view, w, "trash"), "Ctrl+3")
        self.presentation = action(self.tr("&Presentation Mode"), w.toggle_presentation, "F5")
        self.presentation.setCheckable(True)
        self.presentation.setToolTip(self.tr("Larger text, for a projector"))
        self.about = action(self.tr("&About DESEO Cluster Designer"), w.show_about)
        self.about_qt = action(self.tr("About &Qt"), self._about_qt(w))
        self._build(w)

    @staticmethod
    def _open_selected(w):
        return lambda: w.selected_id() and w.open_design(w.selected_id())

    @staticmethod
    def _export_agreement(w):
        from .export_dialog import export_agreement_of_open_design  # loads the services late

        export_agreement_of_open_design(w)

    @staticmethod
    def _design_file(w, what):
        from . import design_file

        if what == "export":
            design_file.export_design_file(w)
        else:
            design_file.import_design_file(w)

    @staticmethod
    def _view(w, view):
        w.show_library()
        w.library_page.show_view(view)

    @staticmethod
    def _about_qt(w):
        from PySide6.QtWidgets import QApplication

        return lambda: QApplication.aboutQt()

    def _build(self, w) -> None:
        bar = w.menuBar()
        file = bar.addMenu(self.tr("&File"))
        file.addAction(self.new)
        templates = file.addMenu(self.tr("New from &Template"))
        for a in (self.new_example, self.new_back_office, self.new_women):
            templates.addAction(a)
        file.addAction(self.open)
        self.recent_menu = file.addMenu(self.tr("Open &Recent"))
        file.addAction(self.close_design)
        file.addSeparator()
        file.addAction(self.export_agreement)
        file.addAction(self.export_design)
        file.addAction(self.import_design)
        file.addSeparator()
        file.addAction(self.backup)
        file.addSeparator()
        file.addAction(self.quit)
        edit = bar.addMenu(self.tr("&Edit"))
        for a in (
            self.undo,
            self.redo,
            None,
            self.rename,
            self.duplicate,
            self.archive,
            self.trash,
            None,
            self.find,
            None,
            self.preferences,
        ):
            edit.addSeparator() if a is None else edit.addAction(a)
        view = bar.addMenu(self.tr("&View"))
        for a in (self.view_designs, self.view_archived, self.view_trash):
            view.addAction(a)
        view.addSeparator()
        view.addAction(self.presentation)
        helpm = bar.addMenu(self.tr("&Help"))
        helpm.addAction(self.about)
        helpm.addAction(self.about_qt)
        w.library_page.frame_built.connect(self._library_table_menu)
        self.window = w

    def _library_table_menu(self) -> None:
        """The library table's right-click menu, once the table exists."""
        w = self.window
        table = w.library_page.table
        table.setContextMenuPolicy(QtCore.Qt.ContextMenuPolicy.ActionsContextMenu)
        separator = QAction(self)
        separator.setSeparator(True)
        table.addActions(
            [self.open, separator, self.rename, self.duplicate, self.archive, self.trash]
        )

    def refresh_recent(self, model) -> None:
        from . import settings as opt

        w = self.window
        self.recent_menu.clear()
        for design_id in w.settings.get(opt.RECENT_DESIGNS):
            summary = model.find(design_id)
            if summary is None or summary.trashed:
                continue
            title = summary.title[:60] or self.tr("(untitled)")
            a = self.recent_menu.addAction(title.replace("&", "&&"))
            a.triggered.connect(partial(w.open_design, design_id))
        self.recent_menu.setEnabled(not self.recent_menu.isEmpty())

    def update(self, w) -> None:
        ready = w.db is not None and w.db.engine is not None
        on_overview = w.on_overview()
        model = w.library_page.model
        selected = model.find(w.selected_id() or "") if model is not None else None
        usable = ready and selected is not None and not selected.trashed
        for a in (
            self.new,
            self.new_example,
            self.new_back_office,
            self.new_women,
            self.backup,
            self.preferences,
        ):
            a.setEnabled(ready)
        self.open.setEnabled(usable and not on_overview)
        self.close_design.setEnabled(on_overview)
        self.export_agreement.setEnabled(ready and on_overview)
        self.export_design.setEnabled(ready and (on_overview or usable))
        self.import_design.setEnabled(ready)
        for a in (self.rename, self.duplicate, self.archive, self.trash):
            a.setEnabled(usable)
        self.archive.setText(
            self.tr("Un&archive") if usable and selected.archived else self.tr("&Archive")
        )
        self.find.setEnabled(not on_overview)
        if not ready:
            self.undo.setEnabled(False)
            self.redo.setEnabled(False)


def build_menus(window) -> WindowActions:
    return WindowActions(window)
