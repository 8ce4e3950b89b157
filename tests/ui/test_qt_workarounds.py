"""The reference-count work-around keeps long sessions alive (see cxcareer.ui.qt_workarounds).

Each check runs in a child process: without the work-around the interpreter aborts, which
would take the whole test run down with it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

_CALLS = 120_000


def _run(body: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(body)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize(
    "loop",
    [
        "for _ in range(N): label.setText('x'); label.setVisible(True)",
        "for _ in range(N): label.windowTitleChanged.emit('x')",
    ],
    ids=["void-methods", "signal-emits"],
)
def test_many_qt_calls_do_not_abort(loop: str) -> None:
    done = _run(
        f"""
        import cxcareer.ui  # applies the work-around
        from PySide6.QtWidgets import QApplication, QLabel
        app = QApplication([])
        label = QLabel()
        N = {_CALLS}
        {loop}
        print("survived")
        """
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "survived"
