"""The administrator's steps for a company server and each person's private-notes key.

Why a service module: the command line reaches the store only through the service layer, and
the same steps will be offered by the app. Server steps open their own short-lived engine on
the given URL (they run as the database's administrator, not as a person) and say driver
failures as the store's errors; key steps work on this computer's key folder only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from cxcareer.service import note_seal
from cxcareer.service.opening import plainly
from cxcareer.service.rules import Refused
from cxcareer.store.server_admin import Grant
from cxcareer.store.server_roles import ServerRoles

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from cxcareer.store.database import Location

__all__ = [
    "Grant",
    "ServerRoles",
    "grant_login",
    "init_server",
    "key_backup",
    "key_create",
    "key_restore",
    "key_show",
    "revoke_login",
]

_T = TypeVar("_T")


@contextmanager
def _engine(location: Location) -> Iterator[Engine]:
    if location.is_sqlite:
        raise Refused("server_needs_postgresql", location=str(location))
    from sqlalchemy import create_engine

    engine = create_engine(location.url)
    try:
        with plainly(location):
            yield engine
    finally:
        engine.dispose()


def _on_server(location: Location, step: Callable[[Engine], _T]) -> _T:
    with _engine(location) as engine:
        return step(engine)


def init_server(location: Location) -> ServerRoles:
    """Apply the schema and the roles, privileges, policies and triggers (idempotent)."""
    from cxcareer.store import server_admin

    return _on_server(location, server_admin.init)


def grant_login(location: Location, person: str, login: str, *, hr: bool = False) -> Grant:
    """Let the database role ``login`` act as ``person`` (HR when ``hr``)."""
    from cxcareer.store import server_admin

    return _on_server(location, lambda engine: server_admin.grant(engine, person, login, hr=hr))


def revoke_login(location: Location, person: str) -> Grant:
    """Take the person's login away."""
    from cxcareer.store import server_admin

    return _on_server(location, lambda engine: server_admin.revoke(engine, person))


def _key_problem(problem: note_seal.KeyFileProblem) -> Refused:
    return Refused(f"key_{problem.reason}", file=str(problem.path))


def key_create(folder: Path | None = None) -> tuple[note_seal.NoteKey, Path]:
    """Make this computer's private-notes key; refused when one exists (never replaced)."""
    try:
        key = note_seal.create_key(folder)
    except note_seal.KeyFileProblem as problem:
        raise _key_problem(problem) from None
    return key, (folder or note_seal.key_folder()) / note_seal.KEY_FILE


def key_show(folder: Path | None = None) -> note_seal.NoteKey:
    """The key in use (refused when there is none yet)."""
    try:
        key = note_seal.current_key(folder)
    except note_seal.KeyFileProblem as problem:
        raise _key_problem(problem) from None
    if key is None:
        raise Refused("key_unreadable", file=str((folder or note_seal.key_folder()) / "*.key"))
    return key


def key_backup(to: Path, folder: Path | None = None) -> note_seal.NoteKey:
    """Copy the key to a new file ``to`` (kept apart from this computer, e.g. a USB stick)."""
    try:
        return note_seal.back_up_key(to, folder)
    except note_seal.KeyFileProblem as problem:
        raise _key_problem(problem) from None


def key_restore(source: Path, folder: Path | None = None) -> note_seal.NoteKey:
    """Bring back a key from its backup file."""
    try:
        return note_seal.restore_key(source, folder)
    except note_seal.KeyFileProblem as problem:
        raise _key_problem(problem) from None
