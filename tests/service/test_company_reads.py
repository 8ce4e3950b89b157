"""What the service reads for a person on a company server, where their manager may be hidden.

An employee cannot read their manager's row (``tests/company_server.py``: Bruno manages Bia;
Ana manages Rui, who manages Ivo). The summary ``cxcareer person show`` prints and the pack's
content leave the manager out for them instead of failing; whoever may read the manager's row
still gets the name.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from cxcareer.service.career import CareerApp
from cxcareer.service.person_summary import summarise_person
from cxcareer.service.report_content import build_report
from cxcareer.store.database import open_database, resolve_location
from tests.company_server import Company

pytestmark = pytest.mark.postgres


@pytest.fixture
def app_as(company: Company) -> Iterator[Callable[[str], CareerApp]]:
    opened: list[CareerApp] = []

    def connect(who: str) -> CareerApp:
        app = CareerApp(open_database(resolve_location(company.urls[who])), lang="en")
        opened.append(app)
        return app

    yield connect
    for app in opened:
        app.database.close()


@pytest.mark.parametrize(("who", "person"), [("bia", "bia"), ("rui", "rui")])
def test_a_hidden_manager_is_left_out(
    app_as: Callable[[str], CareerApp], company: Company, who: str, person: str
) -> None:
    app = app_as(who)
    assert app.person(company.ids[person]).manager_id is not None, "the link is still there"
    assert summarise_person(app, company.ids[person]).manager is None
    assert build_report(app, company.ids[person]).manager == ""


@pytest.mark.parametrize(
    ("who", "person", "manager"), [("rui", "ivo", "Rui"), ("helena", "bia", "Bruno")]
)
def test_a_visible_manager_is_named(
    app_as: Callable[[str], CareerApp], company: Company, who: str, person: str, manager: str
) -> None:
    app = app_as(who)
    summary = summarise_person(app, company.ids[person])
    assert summary.manager is not None
    assert summary.manager.name == manager
    assert build_report(app, company.ids[person]).manager == manager
