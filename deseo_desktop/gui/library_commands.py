"""Library edits as undoable commands; each calls a service to apply and to revert."""

from PySide6.QtGui import QUndoCommand

from deseo_desktop.services import library
from deseo_desktop.services.database import Database


class LibraryCommand(QUndoCommand):
    """After apply or revert, `on_done(design_id)` lets the window reload and reselect."""

    def __init__(self, db: Database, design_id: str, on_done, text: str):
        super().__init__(text)
        self.db = db
        self.design_id = design_id
        self.on_done = on_done

    def redo(self) -> None:
        self.apply()
        self.on_done(self.design_id)

    def undo(self) -> None:
        self.revert()
        self.on_done(self.design_id)


class RenameCommand(LibraryCommand):
    def __init__(self, db, design_id, on_done, title: str, text: str):
        super().__init__(db, design_id, on_done, text)
        self.title = title
        self.old_title: str | None = None

    def apply(self):
        self.old_title = library.rename(self.db, self.design_id, self.title)

    def revert(self):
        library.rename(self.db, self.design_id, self.old_title)


class ArchiveCommand(LibraryCommand):
    def __init__(self, db, design_id, on_done, archived: bool, text: str):
        super().__init__(db, design_id, on_done, text)
        self.archived = archived

    def apply(self):
        library.set_archived(self.db, self.design_id, self.archived)

    def revert(self):
        library.set_archived(self.db, self.design_id, not self.archived)


class TrashCommand(LibraryCommand):
    def apply(self):
        library.move_to_trash(self.db, self.design_id)

    def revert(self):
        library.restore_from_trash(self.db, self.design_id)


class RestoreFromTrashCommand(LibraryCommand):
    def apply(self):
        library.restore_from_trash(self.db, self.design_id)

    def revert(self):
        library.move_to_trash(self.db, self.design_id)


class DuplicateCommand(LibraryCommand):
    """Undo sends the copy to the trash (so even that can be brought back)."""

    def __init__(self, db, source_id, on_done, title: str, text: str):
        super().__init__(db, source_id, on_done, text)
        self.source_id = source_id
        self.title = title
        self.copy_id: str | None = None

    def apply(self):
        if self.copy_id is None:
            self.copy_id = library.duplicate(self.db, self.source_id, self.title)
        else:
            library.restore_from_trash(self.db, self.copy_id)
        self.design_id = self.copy_id

    def revert(self):
        library.move_to_trash(self.db, self.copy_id)
        self.design_id = self.source_id
