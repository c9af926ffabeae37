"""One window per database: a second launch on the same file raises the running window."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

RAISE_MESSAGE = b"raise"


def _server_name(database: Path) -> str:
    digest = hashlib.sha1(str(database.resolve()).encode("utf-8")).hexdigest()[:16]
    return f"warroom-{digest}"


class SingleInstance(QObject):
    """Holds a lock beside the database and listens for later launches."""

    def __init__(self, database: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = _server_name(database)
        self._lock = QLockFile(str(database.with_name(database.name + ".lock")))
        self._lock.setStaleLockTime(0)  # a crashed owner's lock is detected by its dead pid
        self._server: QLocalServer | None = None
        self._window: QWidget | None = None

    def acquire(self) -> bool:
        """True when this process is the first on the database; otherwise asks the owner to
        raise its window and returns False."""
        if self._lock.tryLock(100):
            QLocalServer.removeServer(self._name)
            self._server = QLocalServer(self)
            self._server.newConnection.connect(self._on_new_connection)
            self._server.listen(self._name)
            return True
        socket = QLocalSocket(self)
        socket.connectToServer(self._name)
        if socket.waitForConnected(1000):
            socket.write(RAISE_MESSAGE)
            socket.waitForBytesWritten(1000)
            socket.disconnectFromServer()
        return False

    def set_window(self, window: QWidget) -> None:
        self._window = window

    @Slot()
    def _on_new_connection(self) -> None:
        assert self._server is not None
        connection = self._server.nextPendingConnection()
        connection.readyRead.connect(self._on_ready_read)
        connection.disconnected.connect(connection.deleteLater)

    @Slot()
    def _on_ready_read(self) -> None:
        socket = self.sender()
        if isinstance(socket, QLocalSocket) and socket.readAll().data() == RAISE_MESSAGE:
            self.raise_window()

    def raise_window(self) -> None:
        if self._window is not None:
            self._window.showNormal()
            self._window.raise_()
            self._window.activateWindow()

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
        self._lock.unlock()
