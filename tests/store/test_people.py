"""People: creation on the built-in framework, lookup by id or name, targets and managers."""

from __future__ import annotations

import pytest

from cxcareer.framework import UnknownIdError
from cxcareer.store.database import Database
from cxcareer.store.errors import AmbiguousName, NotFound
from cxcareer.store.person_reads import read_person_facts
from cxcareer.store.services import people
from cxcareer.store.services.common import session_rows


def test_person_created_on_builtin_framework_with_ordered_targets(db: Database) -> None:
    with db.session() as s:
        ana = people.create_person(
            s,
            "Ana Souza",
            email="ana@example.com",
            current_role="support-representative",
            targets=["support-team-lead", "support-specialist"],
        )
    with db.session() as s:
        found = people.find_person(s, ana.id)
    assert found == ana
    assert found.targets == ("support-team-lead", "support-specialist")
    assert found.created_at.tzinfo is not None
    assert not found.archived


def test_people_read_back_their_own_current_role_on_every_backend(db: Database) -> None:
    """PostgreSQL reads a bare ``current_role`` as the connected role: the column is quoted."""
    with db.session() as s:
        ana = people.create_person(s, "Ana", current_role="support-representative")
    with db.session() as s:
        listed = people.list_people(s)
        facts = read_person_facts(session_rows(s), ana.id)
    assert [p.current_role for p in listed] == ["support-representative"]
    assert facts is not None
    assert facts.person.current_role == "support-representative"


def test_at_most_three_targets_and_ids_checked(db: Database) -> None:
    with db.session() as s:
        p = people.create_person(s, "Bo")
        with pytest.raises(ValueError, match="at most 3"):
            people.set_targets(
                s, p.id, ["support-specialist", "support-team-lead", "cx-manager", "cx-director"]
            )
        with pytest.raises(UnknownIdError) as err:
            people.set_targets(s, p.id, ["support-team-leed"])
        assert "support-team-lead" in err.value.suggestions
        updated = people.set_targets(s, p.id, ["support-team-lead"])
    assert updated.targets == ("support-team-lead",)


def test_lookup_by_unique_name_ambiguous_and_unknown(db: Database) -> None:
    with db.session() as s:
        a = people.create_person(s, "Carla Lima")
        people.create_person(s, "Dan Ito")
        people.create_person(s, "Dan Ito")
    with db.session() as s:
        assert people.find_person(s, "carla lima").id == a.id
        with pytest.raises(AmbiguousName) as amb:
            people.find_person(s, "Dan Ito")
        assert len(amb.value.candidates) == 2
        with pytest.raises(NotFound, match="Carla Lima"):
            people.find_person(s, "Carla Lma")


def test_manager_link_and_not_own_manager(db: Database) -> None:
    with db.session() as s:
        boss = people.create_person(s, "Eva Boss")
        rep = people.create_person(s, "Fay Rep", manager="Eva Boss")
        assert rep.manager_id == boss.id
        with pytest.raises(ValueError, match="own manager"):
            people.set_manager(s, boss.id, boss.id)
        assert people.set_manager(s, rep.id, None).manager_id is None


def test_archived_people_leave_lists_but_stay_stored(db: Database) -> None:
    with db.session() as s:
        p = people.create_person(s, "Gil")
        people.archive_person(s, p.id)
    with db.session() as s:
        assert people.list_people(s) == []
        assert [x.id for x in people.list_people(s, include_archived=True)] == [p.id]


def _statements(db: Database, count: int) -> int:
    """How many SQL statements listing everyone takes with ``count`` people stored."""
    from sqlalchemy import event

    with db.session() as s:
        have = len(people.list_people(s, include_archived=True))
        for n in range(have, count):
            people.create_person(s, f"Person {n:03d}", targets=["support-specialist"])
    seen: list[str] = []

    def record(*args: object) -> None:
        seen.append(str(args[2]))

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        with db.session() as s:
            assert len(people.list_people(s)) == count
    finally:
        event.remove(db.engine, "before_cursor_execute", record)
    return len([sql for sql in seen if sql.lstrip().upper().startswith("SELECT")])


def test_listing_people_takes_the_same_statements_for_5_or_60(db: Database) -> None:
    """No query per person (targets included): the list costs the same at any head count."""
    few = _statements(db, 5)
    many = _statements(db, 60)
    assert few == many <= 2
