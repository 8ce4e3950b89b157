"""After ``cxcareer --demo`` quits, nothing of it is left in the temporary folder.

A real process: the app starts on the demo (offscreen, its own TMPDIR), takes a backup as it
does before deleting a person or importing a framework (that used to leave ``backups/``
behind), writes a rating (so SQLite has its WAL and SHM files), quits through the window's
Quit like a person, and the process ends. Then the temporary folder is read.
"""

from __future__ import annotations

from pathlib import Path

from cxcareer.ui.demo_session import remove_demo
from tests.app_process import isolated_env, run_python

#: Started as ``python -c``: the app's own run(), told by a watcher when everything is open.
_RUN_THE_DEMO = """
import sys
from PySide6.QtCore import QTimer
from cxcareer.service.backups import backup_now
from cxcareer.ui import app


class QuitWhenOpen:
    def opening_shown(self, opening):
        pass

    def main_window_built(self, window):
        pass

    def everything_open(self, window):
        controller = window.controller
        location = controller.app.database.location
        made = backup_now(location, "before-delete", only_if_changed=False)
        controller.app.rate(controller.person_id, {"communication": 5})
        print("folder", location.path.parent, flush=True)
        print("backup", made, flush=True)
        QTimer.singleShot(0, window.close)


sys.exit(app.run(["--demo", "--lang", "en"], watcher=QuitWhenOpen()))
"""


def test_quitting_the_demo_leaves_the_temporary_folder_empty(tmp_path: Path) -> None:
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    done = run_python(["-c", _RUN_THE_DEMO], isolated_env(tmp_path, TMPDIR=str(temporary)))
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    said = dict(line.split(" ", 1) for line in done.stdout.splitlines() if " " in line)
    folder = Path(said["folder"])
    assert folder.parent == temporary, "the demo lived in the temporary folder"
    assert Path(said["backup"]).is_relative_to(folder / "backups"), "a backup was made"
    assert list(temporary.iterdir()) == []
    settings = (tmp_path / "config" / "cxcareer" / "cxcareer.conf").read_text(encoding="utf-8")
    assert "cxcareer-demo" not in settings, "no setting keyed by the demo's path stays"


def test_removing_the_demo_takes_its_whole_folder(tmp_path: Path) -> None:
    folder = tmp_path / "cxcareer-demo-x"
    (folder / "backups" / "cxcareer-demo").mkdir(parents=True)
    for name in ("cxcareer-demo.db", "cxcareer-demo.db-wal", "cxcareer-demo.db-shm"):
        (folder / name).write_bytes(b"x")
    (folder / "backups" / "cxcareer-demo" / "one.db").write_bytes(b"x")
    remove_demo(folder / "cxcareer-demo.db")
    assert list(tmp_path.iterdir()) == []
