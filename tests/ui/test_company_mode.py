"""The desktop app on a company server, as each person who works there.

PostgreSQL hides the rows a login may not read (``tests/company_server.py`` sets up the
company: Helena in HR; Ana manages Rui, who manages Ivo; Bruno manages Bia). The window is
opened the way ``cxcareer --db URL`` opens it (:func:`cxcareer.ui.app._open_main_window`, up to
the end of its start); the people it lists are exactly the ones the server shows, "Me" is the
person the login is granted to, every screen works for everyone visible although managers'
rows are hidden, and a write the server refuses is said in the person's language.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

import psycopg
import pytest
from PySide6.QtCore import QSettings, Qt, QTimer, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from cxcareer.service.meeting_rows import meeting_rows
from cxcareer.service.texts.store_errors import store_message
from cxcareer.store.database import open_database, resolve_location
from cxcareer.store.errors import ServerRefused
from cxcareer.store.records import (
    AssessmentItemRecord,
    Assessor,
    EvidenceKind,
    EvidenceStrength,
)
from cxcareer.store.services import actions, assessments, evidence, meetings, people
from cxcareer.ui import app as ui_app
from cxcareer.ui.i18n.loader import install_translators, remove_translators
from cxcareer.ui.main_window import MainWindow
from cxcareer.ui.meeting.note_key_dialog import NoteKeyDialog
from cxcareer.ui.meeting.page import MeetingPage
from cxcareer.ui.people.comparison_page import ComparisonPage
from cxcareer.ui.people.dock import PeopleDock
from cxcareer.ui.people.person_dialog import PersonDialog
from cxcareer.ui.skills.page import SkillsPage
from cxcareer.ui.skills.skills_model import MANAGER_COLUMN, SELF_COLUMN
from cxcareer.ui.team.page import TeamPage
from tests.company_server import Company

pytestmark = pytest.mark.postgres

#: Who each login sees, as the policies say (``cxcareer_visible()``).
SEES = {
    "ana": {"Ana", "Rui", "Ivo"},
    "rui": {"Rui", "Ivo"},
    "bia": {"Bia"},
    "helena": {"Helena", "Ana", "Rui", "Ivo", "Bruno", "Bia"},
}
MANAGERS = {"rui": "ana", "ivo": "rui", "bia": "bruno"}
REPORTS = {key.title() for key in MANAGERS}
SKILLS = ("communication", "escalation-management", "problem-solving", "cx-metrics")


def _fill(company: Company) -> None:
    """What a few months of use leave behind: targets, self and manager ratings, evidence, a
    plan action and a one-to-one for each report (written by the server's administrator)."""
    database = open_database(resolve_location(company.admin_url))
    today = date.today()
    try:
        with database.session() as session:
            for key, person_id in company.ids.items():
                people.set_targets(session, person_id, ["support-team-lead"])
                items = [AssessmentItemRecord(s, 2 + i % 2, None) for i, s in enumerate(SKILLS)]
                assessments.add_assessment(session, person_id, Assessor.SELF, key.title(), items)
                manager = MANAGERS.get(key)
                if manager is None:
                    continue
                assessments.add_assessment(
                    session,
                    person_id,
                    Assessor.MANAGER,
                    manager.title(),
                    [AssessmentItemRecord(s, 2, None) for s in SKILLS],
                )
                evidence.add_evidence(
                    session,
                    person_id,
                    SKILLS[0],
                    3,
                    today - timedelta(days=9),
                    next(iter(EvidenceKind)),
                    next(iter(EvidenceStrength)),
                    "Calmed an angry customer down and solved the refund",
                )
                action = actions.add_action(
                    session, person_id, "Shadow a senior on escalations", manager.title()
                )
                meetings.record_meeting(
                    session,
                    person_id,
                    today - timedelta(days=7),
                    manager.title(),
                    shared_notes="Talked about the next step.",
                    agreed_actions=[action.id],
                )
    finally:
        database.close()


class _Started:
    """The start-up watcher: told when the start is over (engine made, people read)."""

    def __init__(self) -> None:
        self.done = False

    def opening_shown(self, _opening: object) -> None:
        pass

    def main_window_built(self, _window: MainWindow) -> None:
        pass

    def everything_open(self, _window: MainWindow) -> None:
        self.done = True


@pytest.fixture
def open_as(
    qapp: QApplication, qtbot: QtBot, company: Company, tmp_path: Path
) -> Iterator[Callable[..., MainWindow]]:
    """Opens the window connected as a person, in a language, as ``cxcareer --db URL --lang``
    does, at 1024×700."""
    _fill(company)
    opened: list[MainWindow] = []
    installed: list[QTranslator] = []

    def switch(lang: str) -> None:
        remove_translators(qapp, installed)
        installed[:] = install_translators(qapp, lang, cache_dir=tmp_path / "qm")

    def open_window(who: str, lang: str = "en") -> MainWindow:
        settings = QSettings(str(tmp_path / f"{who}.ini"), QSettings.Format.IniFormat)
        url = company.admin_url if who == "admin" else company.urls[who]
        args = ui_app.build_parser().parse_args(["--db", url, "--lang", lang])
        switch(lang)
        started = _Started()
        window = ui_app._open_main_window(args, qapp, settings, lang, switch, started)
        assert window is not None
        qtbot.addWidget(window)
        opened.append(window)
        window.resize(1024, 700)
        window.show()
        qtbot.waitUntil(lambda: started.done, timeout=10000)
        return window

    yield open_window
    from cxcareer.ui.common.tasks import wait_for_background_work

    wait_for_background_work()
    remove_translators(qapp, installed)
    QApplication.processEvents()  # the screens follow the language while the server is there
    for window in opened:
        window.close()
        window.controller.app.database.close()


def _listed(window: MainWindow) -> list[str]:
    dock = window.people_dock.widget()
    assert isinstance(dock, PeopleDock)
    model = dock.model
    names = []
    for group in range(model.rowCount()):
        parent = model.index(group, 0)
        names += [model.index(row, 0, parent).data() for row in range(model.rowCount(parent))]
    return names


def _texts(page: QWidget) -> str:
    return " ".join(label.text() for label in page.findChildren(QLabel) if label.isVisible())


@pytest.mark.parametrize(
    ("who", "lang"), [*((who, "en") for who in sorted(SEES)), ("bia", "pt-BR")]
)
def test_each_person_sees_the_people_the_server_shows_and_every_screen_works(
    qtbot: QtBot, open_as: Callable[..., MainWindow], company: Company, who: str, lang: str
) -> None:
    window = open_as(who, lang)
    controller = window.controller
    name = who.title()
    assert sorted(_listed(window)) == sorted(SEES[who])
    me = controller.me_id()
    assert me is not None
    assert controller.app.person(me).name == name, "the login says who is Me"
    assert controller.snapshot is not None
    assert controller.snapshot.person.name == name, "the window opens on the person themself"
    server = {"en": "company server", "pt-BR": "servidor da empresa"}[lang]
    assert window.location_label.fullText() == f"{name} · {server}"
    dock = window.people_dock.widget()
    assert isinstance(dock, PeopleDock)
    assert not dock.me_button.isVisible(), "nobody picks who they are on a company server"

    for person in controller.app.people():
        dock.tree.setCurrentIndex(dock.model.index_of(person.id))
        assert controller.snapshot is not None
        assert controller.snapshot.person.id == person.id
        for key in window.page_keys():
            action = window.findChild(QAction, f"action-page-{key}")
            assert isinstance(action, QAction)
            action.trigger()  # as its shortcut or the View menu does
            page = window.page(key)
            qtbot.waitUntil(page.isVisible, timeout=2000)
            QApplication.processEvents()
            shown = _texts(page)
            assert shown.strip(), f"{key} of {person.name} as {who} is empty"
            assert not any(i in shown for i in company.ids.values()), f"{key} shows an id"
            if key not in ("team", "frameworks", "ladder"):
                assert person.name in shown, f"{key} as {who} does not name {person.name}"
        meeting = window.show_page("meeting")
        assert isinstance(meeting, MeetingPage)
        holds = person.name != name and who != "helena"  # Helena is nobody's manager here
        assert meeting.new_actions.isEnabled() == holds, "recorded by the manager"
        comparison = window.show_page("comparison")
        assert isinstance(comparison, ComparisonPage)
        comparison.tabs.setCurrentIndex(0)  # self vs manager, skill by skill
        panel = comparison.skills  # the longest skill name titles its history and evidence
        view = controller.snapshot
        assert view is not None
        rows = [panel.model.comparison(row) for row in range(panel.model.rowCount())]
        panel.select_skill(max((r.skill for r in rows if r), key=lambda s: len(view.skill_name(s))))
        QApplication.processEvents()
        assert window.width() == 1024, "Self vs manager fits a 1024-pixel screen"
        comparison.tabs.setCurrentWidget(comparison.plan)  # the development plan
        QApplication.processEvents()
        assert comparison.plan.isVisible()
        assert comparison.plan.model.rowCount() == (1 if person.name in REPORTS else 0)
        mine = person.name == name
        rating = comparison.skills.rating
        offered = [rating.assessor.itemData(i) for i in range(rating.assessor.count())]
        theirs = person.name in SEES[who] - {name} and who != "helena"  # HR manages nobody here
        expected = ["self"] if mine else ["manager"] if theirs else []
        assert offered == expected, "the one side the server takes"
        assert panel.evidence.add_button.isEnabled() == mine, "each adds their own evidence"
        table = window.page("skills")
        assert isinstance(table, SkillsPage)
        editable = [
            bool(table.model.flags(table.model.index(0, column)) & Qt.ItemFlag.ItemIsEditable)
            for column in (SELF_COLUMN, MANAGER_COLUMN)
        ]
        assert editable == [mine, theirs]
    team = window.page("team")
    assert isinstance(team, TeamPage)
    scopes = [team.scope.itemText(i) for i in range(team.scope.count())]
    everyone = {"en": "Everyone you can see", "pt-BR": "Todas as pessoas que você pode ver"}
    assert scopes[-1] == everyone[lang]
    manages = who == "helena"
    assert dock.add_button.isEnabled() == manages, "people are added by HR"
    assert dock.archive_button.isEnabled() == manages
    assert dock.delete_button.isEnabled() == manages


def test_the_servers_administrator_sees_everyone_and_is_nobody_in_it(
    open_as: Callable[..., MainWindow],
) -> None:
    window = open_as("admin")
    assert sorted(_listed(window)) == sorted(SEES["helena"])
    assert window.location_label.fullText() == "Administrator · company server"
    assert window.controller.me_id() is None
    dock = window.people_dock.widget()
    assert isinstance(dock, PeopleDock)
    assert dock.me_button.isVisible(), "an administrator may still say which person is theirs"
    assert dock.add_button.isEnabled()


def test_an_employee_edits_their_profile_without_seeing_their_manager(
    qtbot: QtBot, open_as: Callable[..., MainWindow], company: Company
) -> None:
    window = open_as("bia")
    dock = window.people_dock.widget()
    assert isinstance(dock, PeopleDock)
    dock.edit_person()
    dialog = dock.dialog
    assert isinstance(dialog, PersonDialog)
    manager = dialog.manager.currentText()
    assert dialog.manager.currentData() == company.ids["bruno"], "her manager is kept"
    assert company.ids["bruno"] not in manager
    assert manager == "Unchanged (not visible to you)"
    assert not dialog.manager.isEnabled(), "only HR moves people"
    assert dialog.name.isReadOnly(), "only HR renames people: a name signs ratings"
    dialog.email.setText("bia@example.com")
    with qtbot.waitSignal(window.controller.changed, timeout=3000):
        dialog._check_and_accept()
    with company.connect("bruno") as conn:
        row = conn.execute(
            "SELECT email, manager_id FROM people WHERE id = %s", (company.ids["bia"],)
        ).fetchone()
    assert row == ("bia@example.com", company.ids["bruno"])


@pytest.mark.parametrize("lang", ["en", "pt-BR"])
def test_a_refused_write_is_said_plainly_in_the_persons_language(
    qtbot: QtBot,
    open_as: Callable[..., MainWindow],
    company: Company,
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
) -> None:
    """Bruno renames Bia (her profile is hers to change): the server says no, the dialog
    says why, and nothing changed."""
    window = open_as("bruno", lang)
    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, _title, text, *_rest: told.append(text)
    )
    dock = window.people_dock.widget()
    assert isinstance(dock, PeopleDock)
    dock.tree.setCurrentIndex(dock.model.index_of(company.ids["bia"]))
    dock.edit_person()
    dialog = dock.dialog
    assert isinstance(dialog, PersonDialog)
    dialog.name.setText("Beatriz")
    dialog._check_and_accept()
    expected = store_message(
        ServerRefused("not_allowed", role=company.logins["bruno"], table="people"), lang
    )
    assert told == [expected]
    assert "Traceback" not in told[0]
    assert window.controller.app.person(company.ids["bia"]).name == "Bia"


def test_a_private_note_is_sealed_by_the_app_and_read_back_by_its_author_only(
    qtbot: QtBot,
    open_as: Callable[..., MainWindow],
    company: Company,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Ana's first private note makes her key (the dialog says what losing it means), the
    server's superuser sees ciphertext only, Ana reads it back in the app, HR sees no note."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "ana-data"))
    window = open_as("ana")
    window.controller.select_person(company.ids["rui"])
    meeting = window.page("meeting")
    assert isinstance(meeting, MeetingPage)
    window.show_page("meeting")
    meeting.notes.set_texts("Went through the plan.", "Wants the Lisbon office")
    shown: list[str] = []

    def answer_the_key_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NoteKeyDialog)
        shown.append(dialog.explanation.text())
        dialog.accept()

    QTimer.singleShot(50, answer_the_key_dialog)
    assert meeting.save_meeting()
    assert shown
    assert "can never be read again" in shown[0]
    admin = make_url(company.admin_url)
    with psycopg.connect(
        dbname=admin.database, user=admin.username, host=str(admin.query["host"])
    ) as conn:
        (body,) = conn.execute("SELECT body FROM private_notes").fetchone() or ("",)
    assert str(body).startswith("cxseal1.")
    assert "Lisbon" not in str(body)
    rows = meeting_rows(window.controller.app, company.ids["rui"], viewer=None)
    assert rows[0].meeting.private_notes == "Wants the Lisbon office"
    dialog = meeting.open_meeting(0)
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert "Wants the Lisbon office" in dialog.browser.toPlainText()
    hr = open_as("helena")
    hr_rows = meeting_rows(hr.controller.app, company.ids["rui"], viewer="Ana")
    assert hr_rows[0].meeting.shared_notes == "Went through the plan."
    assert hr_rows[0].meeting.private_notes is None
