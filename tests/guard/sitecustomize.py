"""No test may open a network connection: any socket but a local (Unix) one fails.

Loaded by the test process (conftest) and by every Python subprocess a test starts
(PYTHONPATH points here), so the app's own code is held to it too.
"""

import socket

_LOCAL = {getattr(socket, "AF_UNIX", None)}


class NetworkForbidden(OSError):
    pass


def _guard(name):
    original = getattr(socket.socket, name)

    def guarded(self, *args, **kwargs):
        if self.family not in _LOCAL:
            raise NetworkForbidden(f"network access attempted in a test: socket.{name}{args!r}")
        return original(self, *args, **kwargs)

    return guarded


if not getattr(socket, "_deseo_guarded", False):
    for _name in ("connect", "connect_ex", "bind", "sendto"):
        setattr(socket.socket, _name, _guard(_name))
    _create = socket.create_connection

    def _no_create_connection(address, *args, **kwargs):
        raise NetworkForbidden(f"network access attempted in a test: {address!r}")

    socket.create_connection = _no_create_connection
    socket._deseo_guarded = True
