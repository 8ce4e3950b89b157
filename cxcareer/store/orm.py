"""The tables of the profile store as a typed SQLAlchemy 2.x model.

Why it looks like this:

* Primary keys are UUID strings so two laptops' bundles can be merged without id clashes.
* Times are timezone-aware UTC in Python and naive UTC in the database (:class:`UTCDateTime`),
  which SQLite and PostgreSQL store and sort alike.
* History is append-only: an assessment is never updated into a new rating (a correction is a
  new assessment), an action's status changes are recorded in :class:`ActionStatusChange`.
* Constraint names follow one naming convention, so Alembic batch migrations on SQLite can find
  them again and autogenerate-style comparison with the migrated schema comes out empty.

Only :mod:`cxcareer.store` imports this module; rows never leave the service layer.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

__all__ = [
    "Action",
    "ActionStatusChange",
    "Assessment",
    "AssessmentItem",
    "Base",
    "Evidence",
    "FrameworkVersion",
    "Meeting",
    "MeetingAction",
    "Person",
    "PersonTarget",
    "PrivateNote",
    "UTCDateTime",
    "new_id",
    "utcnow",
]

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

ID = String(36)


def new_id() -> str:
    """A fresh random UUID string, the primary key of every row that is merged across copies."""
    return str(uuid.uuid4())


def utcnow() -> datetime:
    """The current time, timezone-aware in UTC."""
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes in Python, naive UTC in the database (portable and sortable).

    Naive datetimes are refused on the way in: guessing their zone is how history gets reordered.
    """

    impl = DateTime(timezone=False)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the store; use an aware (UTC) datetime")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if isinstance(value, str):  # raw SQLite text, e.g. from a text() query
            value = datetime.fromisoformat(value)
        return value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    """Declarative base sharing one metadata with the naming convention."""

    metadata = MetaData(naming_convention=NAMING)


class FrameworkVersion(Base):
    """One framework file exactly as imported; people point at the version they were built on."""

    __tablename__ = "framework_versions"

    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    framework_id: Mapped[str] = mapped_column(String(200), index=True)
    version: Mapped[str] = mapped_column(String(100))
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    content: Mapped[bytes] = mapped_column(LargeBinary)
    filename: Mapped[str] = mapped_column(String(500))
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Person(Base):
    """Someone whose career is planned here; ``manager_id`` points at another person."""

    __tablename__ = "people"
    __table_args__ = (
        CheckConstraint("manager_id IS NULL OR manager_id <> id", name="not_own_manager"),
    )

    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(200), index=True)
    email: Mapped[str | None] = mapped_column(String(320))
    framework_version_id: Mapped[str] = mapped_column(
        ForeignKey("framework_versions.id"), index=True
    )
    current_role: Mapped[str | None] = mapped_column(String(200))
    manager_id: Mapped[str | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    archived: Mapped[bool] = mapped_column(default=False, server_default=false())
    #: The database role this person connects as on a company server (``server grant``).
    login_role: Mapped[str | None] = mapped_column(String(63), unique=True)


class PersonTarget(Base):
    """One of up to three target roles, ``position`` 1 being the main one."""

    __tablename__ = "person_targets"
    __table_args__ = (CheckConstraint("position BETWEEN 1 AND 3", name="position_1_to_3"),)

    person_id: Mapped[str] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    role_id: Mapped[str] = mapped_column(String(200))


class Assessment(Base):
    """A rating session by the person (``self``) or their manager; never edited into another."""

    __tablename__ = "assessments"
    __table_args__ = (
        CheckConstraint("assessor_kind IN ('self', 'manager')", name="assessor_kind"),
        CheckConstraint("status IN ('draft', 'shared', 'final')", name="status"),
        Index("ix_assessments_person_kind_time", "person_id", "assessor_kind", "assessed_at"),
    )

    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    assessor_kind: Mapped[str] = mapped_column(String(10))
    assessor_name: Mapped[str] = mapped_column(String(200))
    #: Who rated, as a person: set from the connected role on a company server, else None.
    assessor_id: Mapped[str | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), index=True
    )
    assessed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    status: Mapped[str] = mapped_column(String(10))
    corrects_id: Mapped[str | None] = mapped_column(
        ForeignKey("assessments.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class AssessmentItem(Base):
    """One skill rated at one level inside an assessment."""

    __tablename__ = "assessment_items"
    __table_args__ = (UniqueConstraint("assessment_id", "skill_id"),)

    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    assessment_id: Mapped[str] = mapped_column(ForeignKey("assessments.id", ondelete="CASCADE"))
    skill_id: Mapped[str] = mapped_column(String(200))
    level: Mapped[int] = mapped_column(Integer)
    comment: Mapped[str | None] = mapped_column(Text)


class Evidence(Base):
    """Something that shows a skill at a level: work, training, feedback or a certificate."""

    __tablename__ = "evidence"
    __table_args__ = (
        CheckConstraint("kind IN ('work', 'training', 'feedback', 'certification')", name="kind"),
        CheckConstraint("strength IN ('claim', 'example', 'verified')", name="strength"),
    )

    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    skill_id: Mapped[str] = mapped_column(String(200))
    level: Mapped[int] = mapped_column(Integer)
    observed_on: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(20))
    strength: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text)
    link: Mapped[str | None] = mapped_column(String(2000))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Action(Base):
    """A development action; status changes are also logged in :class:`ActionStatusChange`."""

    __tablename__ = "actions"
    __table_args__ = (CheckConstraint("status IN ('open', 'done', 'dropped')", name="status"),)

    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(500))
    skill_id: Mapped[str | None] = mapped_column(String(200))
    target_role_id: Mapped[str | None] = mapped_column(String(200))
    owner: Mapped[str] = mapped_column(String(200))
    due_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10), default="open")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class ActionStatusChange(Base):
    """Append-only log of an action's status changes, with when they happened."""

    __tablename__ = "action_status_changes"
    __table_args__ = (UniqueConstraint("action_id", "seq"),)

    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    action_id: Mapped[str] = mapped_column(ForeignKey("actions.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    old_status: Mapped[str | None] = mapped_column(String(10))
    new_status: Mapped[str] = mapped_column(String(10))
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Meeting(Base):
    """A one-to-one; its private notes (:class:`PrivateNote`) belong to ``author`` alone."""

    __tablename__ = "meetings"
    __table_args__ = (Index("ix_meetings_person_held", "person_id", "held_on"),)

    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    held_on: Mapped[date] = mapped_column(Date)
    author: Mapped[str] = mapped_column(String(200))
    #: The author as a person: set from the connected role on a company server, else None.
    author_id: Mapped[str | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), index=True
    )
    shared_notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class PrivateNote(Base):
    """A meeting's private notes, in a table of their own so a server can hide the whole row.

    Why not a column of ``meetings``: PostgreSQL's row-level security decides which *rows* a
    role reads, not which columns of a row; on a company server only ``author_role`` reads this
    row, and ``body`` is sealed on the author's machine (:mod:`cxcareer.service.note_seal`).
    On a laptop's SQLite file ``author_role`` is None and ``body`` is plain text.
    """

    __tablename__ = "private_notes"

    meeting_id: Mapped[str] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), primary_key=True
    )
    author_role: Mapped[str | None] = mapped_column(String(63))
    body: Mapped[str] = mapped_column(Text)


class MeetingAction(Base):
    """An action agreed at a meeting (``agreed``) or brought over still open (``carried``)."""

    __tablename__ = "meeting_actions"
    __table_args__ = (CheckConstraint("relation IN ('agreed', 'carried')", name="relation"),)

    meeting_id: Mapped[str] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), primary_key=True
    )
    action_id: Mapped[str] = mapped_column(
        ForeignKey("actions.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    relation: Mapped[str] = mapped_column(String(10))
