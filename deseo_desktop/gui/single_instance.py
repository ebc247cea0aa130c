"""One window per database: a QLockFile beside it, and a local socket to hand over to.

A second launch on the same database asks the first window to come forward, handing over the
design file it was started with (a double-click on a .deseo file), then exits.
The server name is derived from the database path, so tests side by side never collide.
"""

from PySide6.QtCore import QLockFile, QObject, Signal

from deseo_desktop.services.instance import Instance

HANDOVER_TIMEOUT_MS = 1500
MESSAGE_MAX = 8192  # a path, at most; a longer line is cut, then refused as no such file


class SingleInstance(QObject):
    activation_requested = Signal()
    file_requested = Signal(str)  # a design file a later launch was started with

    def __init__(self, instance: Instance, parent=None):
        super().__init__(parent)
        self.instance = instance
        self.lock = QLockFile(str(instance.lock_file))
        self.lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
        self.server = None

    def acquire(self) -> bool:
        """True when this process now holds the database; False if another window does."""
        if not self.lock.tryLock(200):
            if self.lock.error() == QLockFile.LockError.LockFailedError:
                return False
            return True  # the folder cannot hold a lock (read-only): inspection will say so
        return True

    def listen(self) -> None:
        """Accept hand-overs from later launches (called once the window is on screen)."""
        from PySide6.QtNetwork import QLocalServer

        if self.server is not None or not self.lock.isLocked():
            return
        # A window killed with -9 leaves its socket file: remove it now the lock is ours.
        QLocalServer.removeServer(self.instance.server_name)
        self.server = QLocalServer(self)
        if self.server.listen(self.instance.server_name):
            self.server.newConnection.connect(self._on_server_new_connection)

    def hand_over(self, path: str | None = None) -> bool:
        """Ask the window holding the database to come forward (and to import `path`);
        True if it answered."""
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(self.instance.server_name)
        if not socket.waitForConnected(HANDOVER_TIMEOUT_MS):
            return False
        socket.write(b"activate\n" if path is None else f"open {path}\n".encode())
        socket.waitForBytesWritten(HANDOVER_TIMEOUT_MS)
        socket.disconnectFromServer()
        return True

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
        self.lock.unlock()

    def _on_server_new_connection(self) -> None:
        while self.server.hasPendingConnections():
            connection = self.server.nextPendingConnection()
            connection.readyRead.connect(self._on_connection_ready_read)
            connection.disconnected.connect(connection.deleteLater)
            self.activation_requested.emit()

    def _on_connection_ready_read(self) -> None:
        connection = self.sender()
        while connection.canReadLine():
            line = bytes(connection.readLine(MESSAGE_MAX)).decode("utf-8", "replace").rstrip("\n")
            if line.startswith("open "):
                self.file_requested.emit(line[len("open ") :])
