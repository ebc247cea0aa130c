"""The Qt binding the app pins keeps Python's reference counts straight.

PySide6 6.12.0 dropped a reference to True on every Signal.emit(): after some thousands of
edits the process aborted with "bool_dealloc". This fails on such a release.
"""

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    flag = Signal(bool)
    text = Signal(str)


def test_emitting_signals_keeps_reference_counts(qapp):
    emitter = _Emitter()
    received = []
    emitter.flag.connect(received.append)
    before = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(200):
        emitter.flag.emit(True)
        emitter.flag.emit(False)
        emitter.text.emit("x")
    assert len(received) == 400
    received.clear()  # the list held 200 references to each
    assert (sys.getrefcount(True), sys.getrefcount(False)) == before
