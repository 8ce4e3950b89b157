"""One edit computes one snapshot; hidden screens do no work until they are shown.

Counted for real: every call of the one snapshot builder (the real one, wrapped to count), and
each screen's redraws (:class:`cxcareer.ui.common.refresh.RefreshOnChange.refreshes`).
"""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from cxcareer.service import snapshot as snapshot_module
from cxcareer.service.changes import Aspect, Changes
from cxcareer.ui.common.refresh import RefreshOnChange
from cxcareer.ui.controller import ProfileController
from cxcareer.ui.main_window import MainWindow
from cxcareer.ui.skills.skills_model import SELF_COLUMN


@pytest.fixture
def builds(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every snapshot built, by person id (the real builder still runs)."""
    built: list[str] = []
    real = snapshot_module.build_snapshot

    def counting(facts, basis, lang):  # type: ignore[no-untyped-def]
        built.append(facts.person.id)
        return real(facts, basis, lang)

    monkeypatch.setattr(snapshot_module, "build_snapshot", counting)
    monkeypatch.setattr("cxcareer.service.career.build_snapshot", counting)
    return built


def _refreshers(window: MainWindow) -> dict[str, RefreshOnChange]:
    found = {}
    for key in window.page_keys():
        refresher = window.page(key).findChild(RefreshOnChange)
        assert refresher is not None, f"the {key} screen does not follow changes"
        found[key] = refresher
    return found


def _counts(refreshers: dict[str, RefreshOnChange]) -> dict[str, int]:
    return {key: refresher.refreshes for key, refresher in refreshers.items()}


def test_one_edit_one_snapshot_and_hidden_screens_wait(
    qtbot: QtBot, main_window: MainWindow, controller: ProfileController, builds: list[str]
) -> None:
    for key in main_window.page_keys():  # every screen built and drawn once
        main_window.show_page(key)
    refreshers = _refreshers(main_window)
    skills = main_window.show_page("skills")
    model = skills.model  # type: ignore[attr-defined]
    row = model.row_of("communication")
    builds.clear()
    before = _counts(refreshers)

    assert model.setData(model.index(row, SELF_COLUMN), 3)

    assert builds == [controller.person_id], "one edit, one snapshot"
    after = _counts(refreshers)
    assert after["skills"] == before["skills"] + 1
    hidden = [key for key in refreshers if key != "skills"]
    assert {key: after[key] - before[key] for key in hidden} == dict.fromkeys(hidden, 0)
    # Screens that show ratings are stale; those that do not (the frameworks list) are not.
    for key in ("overview", "ladder", "paths", "comparison", "meeting", "team"):
        assert refreshers[key].stale, key
    assert not refreshers["frameworks"].stale

    main_window.show_page("ladder")
    assert _counts(refreshers)["ladder"] == before["ladder"] + 1
    assert not refreshers["ladder"].stale
    assert builds == [controller.person_id], "showing a stale screen reuses the snapshot"
    data = main_window.page("ladder").data  # type: ignore[attr-defined]
    assert data is not None
    assert data.levels["communication"] == 3, "the ladder shows the new rating once shown"


def test_changes_of_another_person_redraw_nothing_about_the_shown_one(
    qtbot: QtBot, main_window: MainWindow, controller: ProfileController, builds: list[str]
) -> None:
    for key in main_window.page_keys():
        main_window.show_page(key)
    main_window.show_page("overview")
    refreshers = _refreshers(main_window)
    other = controller.app.create_person("Bruno Lima").value
    builds.clear()
    before = _counts(refreshers)

    outcome = controller.app.rate(other.id, {"communication": 2})
    controller.apply(outcome.changes)

    assert builds == [], "the shown person did not change"
    after = _counts(refreshers)
    assert after["overview"] == before["overview"]
    assert refreshers["team"].stale, "the team grid shows everyone's ratings"
    assert not refreshers["skills"].stale


def test_a_language_switch_computes_no_snapshot(
    qtbot: QtBot, main_window: MainWindow, controller: ProfileController, builds: list[str]
) -> None:
    builds.clear()
    controller.set_language("pt-BR")
    try:
        assert builds == []
        assert controller.snapshot is not None
        assert controller.snapshot.lang == "pt-BR"
    finally:
        controller.set_language("en")


def test_apply_without_changes_emits_nothing(
    qtbot: QtBot, controller: ProfileController, builds: list[str]
) -> None:
    emitted: list[Changes] = []
    controller.changed.connect(emitted.append)
    controller.apply(Changes())
    controller.apply(Changes.of(Aspect.RATINGS, people={"someone-else"}))
    assert builds == []
    assert [c.aspects for c in emitted] == [frozenset({Aspect.RATINGS})]
