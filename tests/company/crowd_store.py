"""A person writing through the store's services on their own URL, as the app does."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from datetime import UTC, date, datetime

from sqlalchemy import select

from cxcareer.store.database import Database
from cxcareer.store.errors import ServerRefused
from cxcareer.store.orm import Action, ActionStatusChange, Assessment, AssessmentItem
from cxcareer.store.records import ActionStatus, EvidenceKind, EvidenceStrength
from cxcareer.store.services import actions, evidence, meetings, people
from tests.company.crowd import FORBIDDEN_SHARE, SKILLS, Ledger, Member, Writes, ciphertext


class StoreWriter:
    """A person using the store's services on a database opened with their own URL."""

    def __init__(self, me: Member, org: dict[str, Member], db: Database) -> None:
        self.me = me
        self.db = db
        self.rng = random.Random(me.key)
        self.my_actions: list[str] = []
        self.others = [m for m in org.values() if m.id != me.id]

    def _rating(self, person: str, kind: str, assessor: Member) -> Writes:
        now = datetime.now(UTC)
        with self.db.session() as session:
            row = Assessment(
                person_id=person,
                assessor_kind=kind,
                assessor_name=assessor.name,
                assessor_id=assessor.id,
                assessed_at=now,
                status="shared",
            )
            session.add(row)
            session.flush()
            items = [
                AssessmentItem(assessment_id=row.id, skill_id=skill, level=3)
                for skill in self.rng.sample(SKILLS, 2)
            ]
            session.add_all(items)
            session.flush()
            return Writes(
                inserted=[("assessments", row.id)] + [("assessment_items", i.id) for i in items]
            )

    def rating(self) -> Writes:
        if self.me.below and self.rng.random() < 0.5:
            return self._rating(self.rng.choice(self.me.below), "manager", self.me)
        return self._rating(self.me.id, "self", self.me)

    def _evidence(self, strength: EvidenceStrength, text: str) -> Writes:
        with self.db.session() as session:
            record = evidence.add_evidence(
                session,
                self.me.id,
                self.rng.choice(SKILLS),
                3,
                date.today(),
                EvidenceKind.TRAINING,
                strength,
                text,
            )
        return Writes(inserted=[("evidence", record.id)])

    def own_evidence(self) -> Writes:
        return self._evidence(EvidenceStrength.CLAIM, "Finished the de-escalation course")

    def action(self) -> Writes:
        person = self.rng.choice((self.me.id, *self.me.below))
        with self.db.session() as session:
            record = actions.add_action(session, person, "Lead the weekly review", self.me.name)
            change = session.scalars(
                select(ActionStatusChange.id).where(ActionStatusChange.action_id == record.id)
            ).one()
        self.my_actions.append(record.id)
        return Writes(inserted=[("actions", record.id), ("action_status_changes", change)])

    def status_change(self) -> Writes:
        if not self.my_actions:
            return Writes()
        aid = self.rng.choice(self.my_actions)
        with self.db.session() as session:
            current = actions.action_record(session.get_one(Action, aid)).status
            new = self.rng.choice([s for s in ActionStatus if s is not current])
            actions.set_action_status(session, aid, new)
            change = session.scalars(
                select(ActionStatusChange.id)
                .where(ActionStatusChange.action_id == aid)
                .order_by(ActionStatusChange.seq.desc())
                .limit(1)
            ).one()
        return Writes(inserted=[("action_status_changes", change)], updated=[("actions", aid)])

    def meeting(self, author: Member | None = None) -> Writes:
        if not self.me.below:
            return Writes()
        author = author or self.me
        person = self.rng.choice(self.me.below)
        with self.db.session() as session:
            record = meetings.record_meeting(
                session,
                person,
                date.today(),
                author.name,
                shared_notes="Talked about the next step",
                private_notes=ciphertext(),
                author_id=author.id,
                author_role=author.login,
            )
        links = [*record.agreed, *record.carried_over]
        return Writes(
            inserted=[("meetings", record.id), ("private_notes", record.id)]
            + [("meeting_actions", f"{record.id}/{a}") for a in links]
        )

    def verify(self) -> Writes:
        if not self.me.directs:
            return Writes()
        with self.db.session() as session:
            person = self.rng.choice(self.me.directs)
            open_ones = [
                e
                for e in evidence.list_evidence(session, person)
                if e.strength is not EvidenceStrength.VERIFIED
            ]
            if not open_ones:
                return Writes()
            record = evidence.verify_evidence(session, self.rng.choice(open_ones).id, self.me.name)
        return Writes(updated=[("evidence", record.id)])

    def allowed(self) -> list[Callable[[], Writes]]:
        mine = [self.rating, self.own_evidence, self.action, self.status_change]
        if self.me.below:
            mine += [self.meeting, self.meeting, self.verify]
        return mine

    # forbidden: each should end in ServerRefused

    def rating_in_anothers_name(self) -> Writes:
        return self._rating(self.me.id, "self", self.rng.choice(self.others))

    def verified_evidence(self) -> Writes:
        return self._evidence(EvidenceStrength.VERIFIED, "Vouched for by myself")

    def verify_own(self) -> Writes:
        with self.db.session() as session:
            mine = evidence.list_evidence(session, self.me.id)
            unverified = [e for e in mine if e.strength is not EvidenceStrength.VERIFIED]
            if not unverified:  # nothing of one's own to verify yet
                return self.verified_evidence()
            record = evidence.verify_evidence(session, unverified[0].id, self.me.name)
        return Writes(updated=[("evidence", record.id)])

    def meeting_as_another(self) -> Writes:
        other = self.rng.choice([m for m in self.others if m.below])
        if self.me.below:
            return self.meeting(author=other)
        with self.db.session() as session:
            record = meetings.record_meeting(
                session, self.me.id, date.today(), other.name, author_id=other.id
            )
        return Writes(inserted=[("meetings", record.id)])

    def move_out_of_the_team(self) -> Writes:
        """A manager lets a report go, an employee leaves their manager: HR's call, not theirs."""
        who = self.me.directs[0] if self.me.directs else self.me.id
        with self.db.session() as session:
            people.set_manager(session, who, None)
        return Writes(updated=[("people", who)])

    def forbidden(self) -> list[Callable[[], Writes]]:
        return [
            self.rating_in_anothers_name,
            self.verified_evidence,
            self.verify_own,
            self.meeting_as_another,
            self.move_out_of_the_team,
        ]


def store_loop(writer: StoreWriter, ledger: Ledger, until: float) -> None:
    rng = writer.rng
    allowed, forbidden = writer.allowed(), writer.forbidden()
    while time.monotonic() < until:
        if rng.random() < FORBIDDEN_SHARE:
            attempt = rng.choice(forbidden)
            try:
                attempt()
            except ServerRefused as exc:
                if exc.reason not in ("not_allowed", "history"):
                    ledger.errors.append(f"{attempt.__name__}: {exc.reason}")
                ledger.refused += 1
            except Exception as exc:
                ledger.errors.append(f"{writer.me.key} {attempt.__name__}: {exc!r}")
            else:
                ledger.forbidden_but_written.append(f"{writer.me.key}: {attempt.__name__}")
            continue
        action = rng.choice(allowed)
        try:
            writes = action()
        except Exception as exc:
            ledger.errors.append(f"{writer.me.key} {action.__name__}: {exc!r}")
            continue
        if writes:
            ledger.acknowledged += 1
            ledger.inserted += writes.inserted
            ledger.updated += writes.updated
