"""Stress test for a PySide6 defect: methods that return nothing must not leak references to None.

PySide6 6.12.0 on Python 3.11 gives back a reference to ``None`` that it never took; after about
3,700 such calls the interpreter aborts ("Fatal Python error: none_dealloc: deallocating None").
Python 3.12+ hides it (``None`` is immortal there), and a short GUI test passes, but a real user's
window dies within seconds. pyproject.toml keeps PySide6 below 6.12 on Python < 3.12; this test
makes tens of thousands of such calls so that any release with the same defect fails CI.

The calls run in a child interpreter: an abort there is reported as a clear test failure
instead of killing the whole test run.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

CALLS_PER_KIND = 30_000

STRESS = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QObject, Signal
    from PySide6.QtGui import QColor, QImage, QPainter, QPen
    from PySide6.QtWidgets import QApplication, QLabel

    calls = int(sys.argv[1])
    app = QApplication([])
    before = sys.getrefcount(None)

    label = QLabel()
    for number in range(calls):
        label.setText("黃嘉敏 %d" % number)
        label.update()

    class Emitter(QObject):
        moved = Signal(int)

    emitter = Emitter()
    received = []
    emitter.moved.connect(received.append)
    for number in range(calls):
        emitter.moved.emit(number)

    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    pen = QPen(QColor("red"))
    for _ in range(calls):
        painter.setPen(pen)
    painter.end()

    drift = before - sys.getrefcount(None)
    print(f"done {len(received)} drift {drift}")
    """
)


def test_void_methods_survive_tens_of_thousands_of_calls():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    completed = subprocess.run(
        [sys.executable, "-c", STRESS, str(CALLS_PER_KIND)],
        capture_output=True, text=True, env=env, timeout=300, check=False,
    )
    assert completed.returncode == 0, (
        "PySide6 aborted after many calls of methods that return nothing; is this the 6.12.0 "
        f"none_dealloc defect on Python < 3.12? stderr: {completed.stderr[-2000:]}"
    )
    counts = completed.stdout.split()
    assert counts[:2] == ["done", str(CALLS_PER_KIND)], completed.stdout
    # A leak of one None reference per call shows as a drift of about 4 × CALLS_PER_KIND.
    assert abs(int(counts[3])) < CALLS_PER_KIND // 10, completed.stdout
