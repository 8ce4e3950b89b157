"""The command line refuses what the app refuses, with the same sentence in the same language.

Each case runs the real command on a real SQLite file (``cxcareer.cli.main``), then asks the
app's door for the same thing — the service call its screen makes, on the same database — and
says the error the way the app does (:func:`cxcareer.ui.common.errors.describe_error`, with the
app's translators installed for that language). The command's one stderr line must be that
sentence word for word, in English and in Brazilian Portuguese, with exit status 1, no
traceback, and nothing stored. The read-only case runs both faces on a read-only medium.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from cxcareer.cli import main
from cxcareer.framework import UnknownIdError
from cxcareer.graph import InvalidLevelError
from cxcareer.service import development
from cxcareer.service.career import CareerApp
from cxcareer.service.meeting_rows import record_meeting
from cxcareer.service.problems import describe_problem
from cxcareer.service.rules import Refused
from cxcareer.store.database import open_database, resolve_location
from cxcareer.ui.common.errors import describe_error
from cxcareer.ui.i18n.loader import install_translators, remove_translators
from tests.read_only_medium import on_read_only_medium

ROOT = Path(__file__).resolve().parents[2]
ROLE = "support-representative"
LANGUAGES = ["en", "pt-BR"]
TABLES = ("people", "assessments", "assessment_items", "actions", "meetings")

#: The app's side of each case: the service call its screen makes with the same input.
AppCall = Callable[[CareerApp, str], object]

CASES: dict[str, tuple[list[str], AppCall]] = {
    "blank action owner": (
        ["action", "add", "Ana Souza", "--title", "Shadow a lead", "--owner", "   "],
        lambda app, ana: development.add_action(app, ana, "Shadow a lead", "   "),
    ),
    "blank meeting author": (
        ["meeting", "add", "Ana Souza", "--shared", "x", "--author", ""],
        lambda app, ana: record_meeting(app, ana, date.today(), "", shared_notes="x"),
    ),
    "level outside the scale": (
        ["assess", "Ana Souza", "communication=9"],
        lambda app, ana: app.rate(ana, {"communication": 9}),
    ),
    "unknown skill": (
        ["assess", "Ana Souza", "comunication=3"],
        lambda app, ana: app.rate(ana, {"comunication": 3}),
    ),
    "blank person name": (
        ["person", "add", "--name", "   ", "--role", ROLE],
        lambda app, _ana: app.create_person("   ", current_role=ROLE),
    ),
}


@pytest.fixture
def database(tmp_path: Path) -> tuple[Path, str]:
    """A database file holding Ana Souza, and her id."""
    path = tmp_path / "medium" / "profiles.db"
    opened = open_database(resolve_location(str(path)))
    try:
        ana = CareerApp(opened).create_person("Ana Souza", current_role=ROLE).value.id
    finally:
        opened.close()
    return path, ana


@pytest.fixture
def app_language(qapp: QApplication, tmp_path: Path) -> Iterator[Callable[[str], None]]:
    """Switch the app's translators to a language, as its language menu does."""
    installed: list[QTranslator] = []

    def switch(lang: str) -> None:
        remove_translators(qapp, installed)
        installed[:] = install_translators(qapp, lang, cache_dir=tmp_path / "qm")

    yield switch
    remove_translators(qapp, installed)
    install_translators(qapp, "en")


def stored(path: Path) -> dict[str, int]:
    connection = sqlite3.connect(path)
    try:
        return {t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    finally:
        connection.close()


def what_the_app_shows(path: Path, ana: str, call: AppCall, lang: str) -> str:
    """The sentence the app's error dialog shows when its screen makes ``call``."""
    opened = open_database(resolve_location(str(path)))
    try:
        with pytest.raises((Refused, UnknownIdError, InvalidLevelError)) as refused:
            call(CareerApp(opened, lang=lang, user="Tester"), ana)
    finally:
        opened.close()
    said = describe_error(refused.value)
    assert said == describe_problem(refused.value, lang)  # the app said it in its language
    return said


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("case", sorted(CASES))
def test_the_same_refusal_in_the_same_words(
    case: str,
    lang: str,
    database: tuple[Path, str],
    app_language: Callable[[str], None],
    capsys: pytest.CaptureFixture[str],
) -> None:
    path, ana = database
    argv, app_call = CASES[case]
    before = stored(path)

    code = main([*argv, "--db", str(path), "--lang", lang])
    out, err = capsys.readouterr()

    assert code == 1, (out, err)
    assert "Traceback" not in err
    assert err.endswith("\n")
    assert err.count("\n") == 1, err
    assert stored(path) == before

    app_language(lang)
    shown = what_the_app_shows(path, ana, app_call, lang)
    assert err == f"cxcareer: {shown}\n"
    assert stored(path) == before


def test_the_unknown_skill_names_the_closest_ids(
    database: tuple[Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ana = database
    assert main(["assess", "Ana Souza", "comunication=3", "--db", str(path), "--lang", "en"]) == 1
    assert capsys.readouterr().err == (
        "cxcareer: unknown skill 'comunication' — closest: communication, "
        "communication-tools, strategic-communication\n"
    )
    assert main(["assess", "Ana Souza", "comunication=3", "--db", str(path), "--lang", "pt-BR"])
    assert capsys.readouterr().err == (
        "cxcareer: competência desconhecida: 'comunication' — mais próximos: communication, "
        "communication-tools, strategic-communication\n"
    )


#: Run inside the read-only medium: the command, then the app's door on the same file.
BOTH_FACES = """
import contextlib, io, json, os, sys
from pathlib import Path
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication
from cxcareer.cli import main
from cxcareer.framework import UnknownIdError
from cxcareer.graph import InvalidLevelError
from cxcareer.service import development
from cxcareer.service.career import CareerApp
from cxcareer.store.database import resolve_location
from cxcareer.ui.app import open_for_ui
from cxcareer.ui.common.errors import describe_error
from cxcareer.ui.i18n.loader import install_translators

db, lang, cache, argv = sys.argv[1], sys.argv[2], sys.argv[3], json.loads(sys.argv[4])
err = io.StringIO()
with contextlib.redirect_stderr(err):
    code = main([*argv, "--db", db, "--lang", lang])
qapp = QApplication([])
translators = install_translators(qapp, lang, cache_dir=Path(cache))  # kept: Qt drops them
database = open_for_ui(resolve_location(db), defer_engine=True)
app = CareerApp(database, lang=lang, user="Tester")
try:
    development.add_action(app, app.person("Ana Souza").id, "Shadow a lead", "Ana")
    shown = None
except Exception as error:
    shown = describe_error(error)
print(json.dumps({"code": code, "err": err.getvalue(), "shown": shown,
                  "read_only": database.read_only}))
"""


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_read_only_medium(lang: str, database: tuple[Path, str], tmp_path: Path) -> None:
    path, _ana = database
    before = stored(path)
    files = sorted(p.name for p in path.parent.iterdir())
    argv = ["action", "add", "Ana Souza", "--title", "Shadow a lead"]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CXCAREER_DEBUG": ""}
    command = [sys.executable, "-c", BOTH_FACES, str(path), lang, str(tmp_path / "qm")]
    done = on_read_only_medium(path.parent, [*command, json.dumps(argv)], env=env)

    assert done.returncode == 0, done.stderr
    faces = json.loads(done.stdout)
    assert faces["read_only"] is True
    assert faces["code"] == 1
    assert "Traceback" not in faces["err"]
    assert faces["shown"] is not None
    assert str(path) in faces["shown"]
    assert faces["err"] == f"cxcareer: {faces['shown']}\n"
    assert stored(path) == before
    assert sorted(p.name for p in path.parent.iterdir()) == files
