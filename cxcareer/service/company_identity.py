"""Who writes, on a company server: the connected person, never a name typed in.

Why in the service and in the server both: the server's policies refuse a rating, a meeting
or a verification written under someone else's name whatever the client does
(:mod:`cxcareer.store.server_policies`); this module makes the app and the CLI fill those
fields from :attr:`Database.identity <cxcareer.store.database.Database.identity>` and refuse,
before anything is sent, what the server would refuse anyway — in a sentence that says why
("on the company server a rating is recorded under your own name"), not a policy name.

On a laptop's SQLite file (no identity) every function here keeps the old behaviour: names
are what the person typed, notes are stored as written.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cxcareer.service import note_seal
from cxcareer.service.rules import Refused
from cxcareer.store.records import Assessor, MeetingRecord, PersonRecord

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from cxcareer.service.career import CareerApp
    from cxcareer.store.server_identity import ServerIdentity

__all__ = [
    "Author",
    "company_person",
    "default_assessor",
    "meeting_author",
    "needs_a_key",
    "rating_author",
    "readable_meeting",
    "sealed_private_notes",
    "verifier",
]


@dataclass(frozen=True)
class Author:
    """Who a write is recorded under: a name, and on a company server a person and a role."""

    name: str
    person_id: str | None = None
    role: str | None = None


def company_person(app: CareerApp) -> ServerIdentity | None:
    """The connected person on a company server; None on a laptop (or for its administrator)."""
    identity = app.database.identity
    return identity if identity is not None and identity.is_person else None


def _same(given: str | None, name: str) -> bool:
    return given is None or given.strip().casefold() == name.casefold()


def rating_sides(app: CareerApp, person_id: str) -> tuple[Assessor, ...]:
    """Which ratings of ``person_id`` this user may record: both on a laptop; on a company
    server their own self rating, or a manager rating of one of their reports, or nothing."""
    me = company_person(app)
    if me is None:
        return (Assessor.MANAGER, Assessor.SELF)
    if person_id == me.person_id:
        return (Assessor.SELF,)
    return (Assessor.MANAGER,) if person_id in me.reports else ()


def rating_author(
    app: CareerApp, person: PersonRecord, assessor: Assessor, given: str | None
) -> Author | None:
    """Who a rating of ``person`` by ``assessor`` is recorded under (None: the old default).

    Raises:
        Refused: on a company server, another name given, a self rating of someone else, or
            a "manager" rating of oneself.
    """
    me = company_person(app)
    if me is None or me.name is None:
        return None
    if not _same(given, me.name):
        raise Refused("assessor_is_you", name=me.name)
    if assessor is Assessor.SELF and person.id != me.person_id:
        raise Refused("self_rating_of_other", name=me.name)
    if assessor is Assessor.MANAGER and person.id == me.person_id:
        raise Refused("manager_rating_of_self")
    return Author(me.name, me.person_id, me.role)


def default_assessor(session: Session, person: PersonRecord, assessor: Assessor) -> str:
    """Who rated when nobody said, on a laptop: the person themself, else their manager."""
    from cxcareer.store.errors import NotFound
    from cxcareer.store.services import people as people_services

    if assessor is Assessor.SELF:
        return person.name
    if person.manager_id is None:
        return "manager"
    try:
        return people_services.find_person(session, person.manager_id).name
    except NotFound:  # a manager this connection may not see
        return "manager"


def meeting_author(app: CareerApp, given: str | None) -> Author | None:
    """Who a one-to-one is recorded under on a company server (None on a laptop).

    Raises:
        Refused: another name given than the connected person's.
    """
    me = company_person(app)
    if me is None or me.name is None:
        return None
    if not _same(given, me.name):
        raise Refused("author_is_you", name=me.name)
    return Author(me.name, me.person_id, me.role)


def verifier(app: CareerApp, given: str) -> str:
    """The verifier's name: the connected person's on a company server, else ``given``."""
    me = company_person(app)
    if me is None or me.name is None:
        return given
    if not _same(given, me.name):
        raise Refused("verifier_is_you", name=me.name)
    return me.name


def sealed_private_notes(app: CareerApp, text: str) -> str:
    """``text`` as the store keeps it: sealed on a company server, as written on a laptop.

    Raises:
        Refused: a note to seal but no key on this computer yet (``key_missing``: the app
            offers to make one with its backup first; the CLI makes it and says where).
    """
    if not text or company_person(app) is None:
        return text
    key = note_seal.current_key()
    if key is None:
        raise Refused("key_missing")
    return note_seal.seal(text, key)


def needs_a_key(app: CareerApp) -> bool:
    """Whether a private note written now needs a key this computer does not have yet."""
    return company_person(app) is not None and note_seal.current_key() is None


def readable_meeting(record: MeetingRecord, lang: str) -> MeetingRecord:
    """``record`` with its private notes opened (a sentence instead when the key is missing)."""
    if not record.private_notes or not note_seal.is_sealed(record.private_notes):
        return record
    from cxcareer.service.texts import say

    try:
        text = note_seal.unseal(record.private_notes)
    except note_seal.NoteLocked as locked:
        text = say("note_locked", lang, fingerprint=locked.fingerprint)
    return dataclasses.replace(record, private_notes=text)
