"""One open design: its undo stack, and every edit applied (and saved) through it.

Each edit is committed to the database when it is pushed, so there is nothing to save;
typing in one field merges into one undo step while the person keeps typing there.
"""

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from deseo_desktop.services import edits
from deseo_desktop.services.database import Database
from deseo_desktop.services.errors import EditRefused

_MERGE_ID = 1


class EditCommand(QUndoCommand):
    def __init__(self, session: "DesignSession", edit, text: str, merge_key=None):
        super().__init__(text)
        self.session = session
        self.edit = edit
        self.merge_key = merge_key
        self.saved = True  # pushed only once saved: the stack's first redo has nothing to do

    def id(self) -> int:
        return _MERGE_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditCommand) or other.merge_key != self.merge_key:
            return False
        # `other` is already saved; undoing the merged step goes back to our old value.
        self.edit.new = other.edit.new
        return True

    def redo(self) -> None:
        if self.saved:
            self.saved = False
            return
        self.session.apply(self.edit)

    def undo(self) -> None:
        self.session.revert(self.edit)


class DesignSession(QObject):
    """Give it a parent (its page, as the window does): left to Python's cycle collector, a
    session with commands on its stack was torn down in an order that crashed in
    QUndoStack::clear (seen in the tests, never with a parent)."""

    changed = Signal(str)  # the table that changed
    saving = Signal(bool)  # True while an edit is being written
    failed = Signal(str)  # why an edit could not be saved

    def __init__(self, db: Database, design_id: str, parent=None):
        super().__init__(parent)
        self.db = db
        self.design_id = design_id
        self.undo_stack = QUndoStack(self)

    def push(self, edit, text: str, merge_key=None) -> bool:
        """Save the edit, then make it undoable. An edit the database refuses is reported
        (`failed`) and leaves the design and the stack as they were. True when saved."""
        try:
            self.apply(edit)
        except EditRefused as e:
            self.failed.emit(str(e))
            return False
        self.undo_stack.push(EditCommand(self, edit, text, merge_key))
        return True

    def apply(self, edit) -> None:
        self._run(edits.apply, edit)

    def revert(self, edit) -> None:
        self._run(edits.revert, edit)

    def _run(self, action, edit) -> None:
        self.saving.emit(True)
        try:
            action(self.db, self.design_id, edit)
        finally:
            self.saving.emit(False)
        self.changed.emit(edit.table)
