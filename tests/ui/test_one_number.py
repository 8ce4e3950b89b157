"""One person's readiness is one number on every face: the set-up wizard's summary, the Overview,
the Team heat-map, Paths, the one-to-one pack and ``cxcareer person show``.

Each face is asked the way a person reads it (the text shown), for every person with a target,
on the demo team and on a generated team whose ratings land on many different fractions.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cxcareer.cli import main
from cxcareer.service.career import CareerApp
from cxcareer.service.demo import create_demo
from cxcareer.service.formats import percent
from cxcareer.service.report_content import build_report
from cxcareer.store.database import open_database, resolve_location
from cxcareer.store.records import Assessor
from cxcareer.ui.controller import ProfileController
from cxcareer.ui.onboarding.wizard import OnboardingWizard
from cxcareer.ui.overview.page import OverviewPage
from cxcareer.ui.paths.page import PathsPage
from cxcareer.ui.report.pack_html import pack_html
from cxcareer.ui.team.page import TeamPage

_NUMBER = re.compile(r"(\d+)\s?%")


def _number(text: str) -> str:
    found = _NUMBER.search(text)
    assert found is not None, f"no percentage in {text!r}"
    return found.group(1)


def _generated(app: CareerApp, seed: int = 20261202) -> None:
    """Eight people on the built-in ladder with random targets and self and manager ratings."""
    rng = random.Random(seed)
    framework = app.framework(app.builtin_version().id)
    roles = sorted(framework.roles)
    skills = sorted(framework.skills)
    for n in range(8):
        current, target = rng.sample(roles, 2)
        person = app.create_person(f"Person {n}", current_role=current, targets=[target]).value
        for assessor in (Assessor.SELF, Assessor.MANAGER):
            rated = rng.sample(skills, rng.randint(3, len(skills)))
            levels = {str(skill): rng.randint(0, framework.scale.max) for skill in rated}
            app.rate(person.id, levels, assessor=assessor)


@pytest.fixture(params=["demo", "generated"])
def team(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    """A database file holding the team, closed (the CLI and the app take turns on it)."""
    path = tmp_path / "team.db"
    database = open_database(resolve_location(str(path)))
    try:
        app = CareerApp(database, lang="en", user="Tester")
        if request.param == "demo":
            create_demo(app)
        else:
            _generated(app)
    finally:
        database.close()
    return path


def _cli_readiness(
    path: Path, person_id: str, target: str, capsys: pytest.CaptureFixture[str]
) -> str:
    """The number ``cxcareer person show`` prints for ``target``."""
    assert main(["person", "show", person_id, "--db", str(path), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    return _number(next(line for line in out.splitlines() if f"({target})" in line and "%" in line))


def _faces(
    qtbot: QtBot, app: CareerApp, settings: QSettings, person_id: str, target: str
) -> dict[str, str]:
    """The readiness for ``target`` as each face writes it (the number only)."""
    controller = ProfileController(app, settings)
    controller.select_person(person_id)
    snapshot = controller.snapshot
    assert snapshot is not None
    title = snapshot.role_title(target)
    shown: dict[str, str] = {}

    overview = OverviewPage(controller)
    qtbot.addWidget(overview)
    leading = overview.card.recommendation()
    if leading is not None and leading.role == target:
        shown["overview"] = _number(overview.card.readiness.text())
    else:
        model = overview.moves_model
        row = next(r for r in range(model.rowCount()) if model.role_at(r) == target)
        shown["overview"] = _number(str(model.index(row, 1).data(Qt.ItemDataRole.DisplayRole)))

    team = TeamPage(controller)
    qtbot.addWidget(team)
    team.scope.setCurrentIndex(team.scope.count() - 1)  # "Everyone" ends the list
    team.reload()
    grid = team.model
    team_row = next(
        r for r in range(grid.rowCount()) if grid.index(r, 0).data() == snapshot.person.name
    )
    shown["team"] = _number(str(grid.index(team_row, 3).data(Qt.ItemDataRole.DisplayRole)))

    paths = PathsPage(controller)
    qtbot.addWidget(paths)
    paths.set_target(target)
    card = paths.cards[0]
    if card.option is not None:  # a route leads there (else Paths says so, with no number)
        steps = card.model
        last = steps.role_count() - 1
        assert steps.role_at(last) == target
        shown["paths"] = _number(str(steps.index(last, 1).data(Qt.ItemDataRole.DisplayRole)))

    controller.set_me(person_id)
    wizard = OnboardingWizard(controller)
    qtbot.addWidget(wizard)
    wizard.finish_page.initializePage()
    line = next(line for line in wizard.finish_page.summary.text().split("<br>") if title in line)
    shown["wizard"] = _number(line)

    content = build_report(app, person_id, lang="en")
    html = pack_html(content)
    section = html[html.index(title, html.index("Readiness")) :]
    shown["pdf"] = _number(section)
    return shown


def test_readiness_is_one_number_on_every_face(
    qtbot: QtBot,
    qapp: QApplication,
    team: Path,
    ui_settings: QSettings,
    capsys: pytest.CaptureFixture[str],
) -> None:
    database = open_database(resolve_location(str(team)))
    app = CareerApp(database, lang="en", user="Tester")
    people = [p for p in app.people() if p.targets]
    database.close()
    assert len(people) >= 3
    cli = {p.id: _cli_readiness(team, p.id, p.targets[0], capsys) for p in people}

    database = open_database(resolve_location(str(team)))
    try:
        app = CareerApp(database, lang="en", user="Tester")
        for person in people:
            target = person.targets[0]
            expected = percent(app.person_snapshot(person.id).readiness[target], "en")
            faces = _faces(qtbot, app, ui_settings, person.id, target)
            faces["cli"] = cli[person.id]
            assert set(faces) >= {"overview", "team", "wizard", "pdf", "cli"}
            assert faces == dict.fromkeys(faces, expected.rstrip("%")), (person.name, faces)
    finally:
        database.close()
