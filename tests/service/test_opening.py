"""Opening a database for one command: the start-of-use backup, plain errors, read-only."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from cxcareer.service import database_care
from cxcareer.service.opening import open_for_use
from cxcareer.store.database import resolve_location
from cxcareer.store.errors import StoreError
from cxcareer.store.sqlite_errors import database_error


def test_backs_up_when_due_and_never_read_only(tmp_path: Path) -> None:
    location = resolve_location(str(tmp_path / "p.db"))
    open_for_use(location).close()  # the first backup of a database
    assert len(database_care.list_backups(location)) == 1
    database = open_for_use(location)
    with database.session() as session:
        session.connection().exec_driver_sql("CREATE TABLE scratch (x)")
    database.close()
    open_for_use(location).close()  # changed, but the newest backup is not half an hour old
    open_for_use(location, reason="before-test").close()  # "before" backs up any change
    reasons = sorted(b.reason for b in database_care.list_backups(location))
    assert reasons == ["before-test", "start"]
    reader = open_for_use(location, read_only=True, reason="before-test")
    assert reader.read_only
    reader.close()
    assert len(database_care.list_backups(location)) == 2


def test_a_server_that_cannot_be_reached_is_one_plain_line() -> None:
    location = resolve_location("postgresql://nobody@/cx?host=/nonexistent-socket-dir")
    with pytest.raises(StoreError) as raised:
        open_for_use(location)
    message = str(raised.value)
    assert message.startswith(str(location) + ": ")
    assert "\n" not in message


def test_driver_errors_and_others() -> None:
    said = database_error(sqlite3.OperationalError("database is locked"), "/d/p.db")
    assert type(said).__name__ == "DatabaseLocked"
    odd = database_error(sqlite3.OperationalError("something odd\nsecond line"), "/d/p.db")
    assert str(odd) == "/d/p.db: something odd"
    assert database_error(OSError(30, "Read-only file system"), "/d/p.db") is None
    assert database_error(ValueError("a bug"), "/d/p.db") is None
