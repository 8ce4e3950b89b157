"""``server grant`` refuses a login no policy would hold for.

Why CREATEROLE too: on PostgreSQL 15 and older a role with CREATEROLE may grant itself any
non-superuser role, the group that owns every table included, and a table's owner may switch
row-level security off and read every private note. A login already in the owner or guard
group is refused for the same reason.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, create_engine

from cxcareer.store import server_admin
from cxcareer.store.errors import StoreError
from cxcareer.store.server_roles import ServerRoles
from tests.company_server import Company

pytestmark = pytest.mark.postgres


@pytest.fixture
def admin(company: Company) -> Iterator[Engine]:
    engine = create_engine(company.admin_url)
    try:
        yield engine
    finally:
        engine.dispose()


def _login_of(admin: Engine, person_id: str) -> str | None:
    with admin.connect() as conn:
        return conn.exec_driver_sql(
            "SELECT login_role FROM people WHERE id = %(p)s", {"p": person_id}
        ).scalar()


@pytest.mark.parametrize("power", ["CREATEROLE", "owner group", "guard group", "BYPASSRLS"])
def test_a_login_that_could_lift_the_policies_is_refused(
    company: Company, admin: Engine, power: str
) -> None:
    login = f"mallory_{company.logins['bia'].split('_', 1)[1]}"
    with admin.begin() as conn:
        roles = ServerRoles.for_connection(conn)
        attribute = power if power in ("CREATEROLE", "BYPASSRLS") else ""
        conn.exec_driver_sql(f'CREATE ROLE "{login}" LOGIN {attribute}')
        if power.endswith("group"):
            group = roles.owner if power == "owner group" else roles.guard
            conn.exec_driver_sql(f'GRANT "{group}" TO "{login}"')
    company.logins["mallory"] = login  # dropped with the fixture's logins
    before = _login_of(admin, company.ids["bia"])

    with pytest.raises(StoreError, match="no policy would hold"):
        server_admin.grant(admin, company.ids["bia"], login)

    assert _login_of(admin, company.ids["bia"]) == before
    with admin.connect() as conn:
        member = conn.exec_driver_sql(
            "SELECT pg_has_role(%(l)s, %(m)s, 'MEMBER')", {"l": login, "m": roles.member}
        ).scalar()
    assert member is False
