import socket
import subprocess
import sys

import pytest


def test_inet_sockets_fail():
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    with pytest.raises(OSError, match="network access"):
        s.connect(("127.0.0.1", 9))
    s.close()
    with pytest.raises(OSError, match="network access"):
        socket.create_connection(("example.org", 80))


def test_unix_sockets_allowed(tmp_path):
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(tmp_path / "s"))
    server.close()


def test_subprocesses_are_guarded():
    code = "import socket; socket.socket().connect(('127.0.0.1', 9))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode != 0
    assert "network access attempted" in done.stderr
