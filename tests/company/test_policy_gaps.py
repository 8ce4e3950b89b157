"""What the policy table promises but the server does not do yet (for the policies' owner).

Each test states the promise and is marked ``xfail(strict=True)`` with the reason, so it turns
red the day the server keeps the promise and the mark should go.
"""

from __future__ import annotations

import pytest

from cxcareer.store.database import open_database, resolve_location
from cxcareer.store.errors import ServerRefused
from cxcareer.store.services import actions
from tests.company.conftest import Company

pytestmark = pytest.mark.postgres


@pytest.mark.xfail(
    strict=True,
    raises=ServerRefused,
    reason="server_policies/server_guards: 'actions: read and write own / reports'' but an "
    "action the app adds always has its first status row, DELETE on action_status_changes is "
    "not granted and cxcareer_keep_history() refuses the cascade, so actions.remove_action "
    "(the Overview's undo of a one-click add) is always refused",
)
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
