"""Taking back an action on a company server: one added a moment ago goes (the Overview's undo
of a one-click add), with the row that opened it; one whose status changed, or that a meeting
agreed, is history and stays (closed, never deleted)."""

from __future__ import annotations

import pytest

from cxcareer.store.database import open_database, resolve_location
from cxcareer.store.errors import ServerRefused
from cxcareer.store.records import ActionStatus
from cxcareer.store.services import actions
from tests.company_server import Company

pytestmark = pytest.mark.postgres


def test_a_manager_takes_back_an_action_added_a_moment_ago(company: Company) -> None:
    db = open_database(resolve_location(company.urls["ana"]))
    try:
        with db.session() as session:
            added = actions.add_action(session, company.ids["rui"], "Shadow a lead", "Ana")
        with db.session() as session:
            actions.remove_action(session, added.id)
        with db.session() as session:
            left = actions.list_actions(session, company.ids["rui"])
    finally:
        db.close()
    assert added.id not in {a.id for a in left}


def test_an_action_with_history_stays(company: Company) -> None:
    db = open_database(resolve_location(company.urls["ana"]))
    try:
        with db.session() as session:
            added = actions.add_action(session, company.ids["rui"], "Shadow a lead", "Ana")
        with db.session() as session:
            actions.set_action_status(session, added.id, ActionStatus.DONE)
        with pytest.raises(ServerRefused) as refused, db.session() as session:
            actions.remove_action(session, added.id)
        with db.session() as session:
            left = actions.list_actions(session, company.ids["rui"])
    finally:
        db.close()
    assert refused.value.reason == "history"
    assert added.id in {a.id for a in left}
