"""A person writing to the company server in plain SQL: what they may do, and what they try."""

from __future__ import annotations

import random
import time
from collections.abc import Callable

import psycopg

from tests.company.crowd import (
    FORBIDDEN_SHARE,
    SKILLS,
    Key,
    Ledger,
    Member,
    Writes,
    ciphertext,
    new_id,
)


class SqlWriter:
    """A person typing SQL over their own connection; every method is one transaction."""

    def __init__(self, me: Member, org: dict[str, Member], conn: psycopg.Connection) -> None:
        self.me = me
        self.conn = conn
        self.rng = random.Random(me.key)
        self.my_actions: dict[str, list[str]] = {}  # action id -> statuses so far
        self.my_items: list[str] = []
        self.my_assessments: list[str] = []
        self.others = [m for m in org.values() if m.id != me.id]

    def run(self, sql: str, *params: object) -> int:
        cur = self.conn.execute(sql, params)
        return cur.rowcount

    def scalar(self, sql: str, *params: object) -> object:
        row = self.conn.execute(sql, params).fetchone()
        return None if row is None else row[0]

    # allowed

    def _assessment(self, person: str, kind: str, assessor: str, name: str) -> Writes:
        aid = new_id()
        self.run(
            "INSERT INTO assessments (id, person_id, assessor_kind, assessor_name, assessor_id, "
            "assessed_at, status, created_at) VALUES (%s, %s, %s, %s, %s, "
            "now() AT TIME ZONE 'UTC', 'shared', now() AT TIME ZONE 'UTC')",
            aid,
            person,
            kind,
            name,
            assessor,
        )
        writes = Writes(inserted=[("assessments", aid)])
        for skill in self.rng.sample(SKILLS, 2):
            iid = new_id()
            self.run(
                "INSERT INTO assessment_items (id, assessment_id, skill_id, level, comment) "
                "VALUES (%s, %s, %s, %s, 'seen in the queue')",
                iid,
                aid,
                skill,
                self.rng.randint(1, 4),
            )
            writes.inserted.append(("assessment_items", iid))
        return writes

    def self_rating(self) -> Writes:
        writes = self._assessment(self.me.id, "self", self.me.id, self.me.name)
        self.my_assessments.append(writes.inserted[0][1])
        self.my_items += [k for t, k in writes.inserted if t == "assessment_items"]
        return writes

    def manager_rating(self) -> Writes:
        if not self.me.below:
            return Writes()
        person = self.rng.choice(self.me.below)
        return self._assessment(person, "manager", self.me.id, self.me.name)

    def _evidence(self, person: str, strength: str) -> Writes:
        eid = new_id()
        self.run(
            "INSERT INTO evidence (id, person_id, skill_id, level, observed_on, kind, strength, "
            "text, created_at) VALUES (%s, %s, %s, 3, current_date, 'work', %s, "
            "'Closed a hard escalation', now() AT TIME ZONE 'UTC')",
            eid,
            person,
            self.rng.choice(SKILLS),
            strength,
        )
        return Writes(inserted=[("evidence", eid)])

    def own_evidence(self) -> Writes:
        return self._evidence(self.me.id, self.rng.choice(("claim", "example")))

    def _action(self, person: str) -> Writes:
        aid, cid = new_id(), new_id()
        self.run(
            "INSERT INTO actions (id, person_id, title, owner, status, created_at) "
            "VALUES (%s, %s, 'Shadow a lead', %s, 'open', now() AT TIME ZONE 'UTC')",
            aid,
            person,
            self.me.name,
        )
        self.run(
            "INSERT INTO action_status_changes (id, action_id, seq, old_status, new_status, "
            "changed_at) VALUES (%s, %s, 1, NULL, 'open', now() AT TIME ZONE 'UTC')",
            cid,
            aid,
        )
        self.my_actions[aid] = ["open"]
        return Writes(inserted=[("actions", aid), ("action_status_changes", cid)])

    def action(self) -> Writes:
        return self._action(self.rng.choice((self.me.id, *self.me.below)))

    def status_change(self) -> Writes:
        if not self.my_actions:
            return Writes()
        aid = self.rng.choice(sorted(self.my_actions))
        history = self.my_actions[aid]
        new = self.rng.choice([s for s in ("open", "done", "dropped") if s != history[-1]])
        cid = new_id()
        self.run(
            "INSERT INTO action_status_changes (id, action_id, seq, old_status, new_status, "
            "changed_at) VALUES (%s, %s, %s, %s, %s, now() AT TIME ZONE 'UTC')",
            cid,
            aid,
            len(history) + 1,
            history[-1],
            new,
        )
        changed = self.run(
            "UPDATE actions SET status = %s, completed_at = CASE WHEN %s = 'open' THEN NULL "
            "ELSE now() AT TIME ZONE 'UTC' END WHERE id = %s",
            new,
            new,
            aid,
        )
        assert changed == 1
        history.append(new)
        return Writes(inserted=[("action_status_changes", cid)], updated=[("actions", aid)])

    def meeting(self, *, author_role: str | None = None, author: Member | None = None) -> Writes:
        if not self.me.below:
            return Writes()
        person = self.rng.choice(self.me.below)
        author = author or self.me
        mid = new_id()
        self.run(
            "INSERT INTO meetings (id, person_id, held_on, author, author_id, shared_notes, "
            "created_at) VALUES (%s, %s, current_date, %s, %s, 'Went well', "
            "now() AT TIME ZONE 'UTC')",
            mid,
            person,
            author.name,
            author.id,
        )
        self.run(
            "INSERT INTO private_notes (meeting_id, author_role, body) VALUES (%s, %s, %s)",
            mid,
            author_role or self.me.login,
            ciphertext(),
        )
        writes = Writes(inserted=[("meetings", mid), ("private_notes", mid)])
        agreed = self.scalar(
            "SELECT id FROM actions WHERE person_id = %s ORDER BY random() LIMIT 1", person
        )
        if agreed is not None:
            self.run(
                "INSERT INTO meeting_actions (meeting_id, action_id, relation) "
                "VALUES (%s, %s, 'agreed')",
                mid,
                agreed,
            )
            writes.inserted.append(("meeting_actions", f"{mid}/{agreed}"))
        return writes

    def verify(self) -> Writes:
        if not self.me.directs:
            return Writes()
        found = self.scalar(
            "SELECT id FROM evidence WHERE person_id = ANY(%s) AND strength <> 'verified' "
            "ORDER BY random() LIMIT 1",
            list(self.me.directs),
        )
        if found is None:
            return Writes()
        changed = self.run(
            "UPDATE evidence SET strength = 'verified', "
            "text = rtrim(text) || E'\\n' || chr(10004) || ' ' || %s || ', ' || current_date "
            "WHERE id = %s",
            self.me.name,
            found,
        )
        assert changed == 1
        return Writes(updated=[("evidence", str(found))])

    def new_hire(self) -> Writes:
        pid = new_id()
        self.run(
            'INSERT INTO people (id, name, framework_version_id, "current_role", created_at, '
            "updated_at, archived) SELECT %s, 'New hire', framework_version_id, "
            "'support-specialist', now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC', false "
            "FROM people WHERE id = %s",
            pid,
            self.me.id,
        )
        return Writes(inserted=[("people", pid)])

    def profile(self) -> Writes:
        changed = self.run(
            "UPDATE people SET email = %s, updated_at = now() AT TIME ZONE 'UTC' WHERE id = %s",
            f"{self.me.key}+{self.rng.randint(1, 10**6)}@example.com",
            self.me.id,
        )
        assert changed == 1
        return Writes(updated=[("people", self.me.id)])

    def allowed(self) -> list[Callable[[], Writes]]:
        mine = [self.self_rating, self.own_evidence, self.action, self.status_change, self.profile]
        if self.me.below:
            mine += [self.manager_rating, self.meeting, self.meeting, self.verify]
        if self.me.hr:
            mine.append(self.new_hire)
        return mine

    # forbidden: each returns how many rows it changed (0 when the server refused quietly)

    def _outsider(self) -> Member:
        return self.rng.choice([m for m in self.others if m.id not in self.me.below])

    def rating_in_anothers_name(self) -> int:
        other = self.rng.choice(self.others)
        writes = self._assessment(self.me.id, "self", other.id, other.name)
        return len(writes.inserted)

    def rating_as_manager_of_outsider(self) -> int:
        writes = self._assessment(self._outsider().id, "manager", self.me.id, self.me.name)
        return len(writes.inserted)

    def evidence_for_another(self) -> int:
        return len(self._evidence(self.rng.choice(self.others).id, "example").inserted)

    def evidence_self_verified(self) -> int:
        return len(self._evidence(self.me.id, "verified").inserted)

    def move_someone(self) -> int:
        # HR may move people; for everyone else the column is not theirs to write.
        target = self.rng.choice(self.me.below or (self.me.id,))
        return self.run("UPDATE people SET manager_id = %s WHERE id = %s", self.me.id, target)

    def meeting_as_another(self) -> int:
        other = self.rng.choice([m for m in self.others if m.below and m.id != self.me.id])
        if self.me.below:
            return len(self.meeting(author=other).inserted)
        return len(self.meeting_for_outsider_as(other))

    def meeting_for_outsider_as(self, author: Member) -> list[Key]:
        mid = new_id()
        self.run(
            "INSERT INTO meetings (id, person_id, held_on, author, author_id, shared_notes, "
            "created_at) VALUES (%s, %s, current_date, %s, %s, '', now() AT TIME ZONE 'UTC')",
            mid,
            self.me.id,
            author.name,
            author.id,
        )
        return [("meetings", mid)]

    def note_with_anothers_role(self) -> int:
        if not self.me.below:
            return len(self.meeting_for_outsider_as(self.me))
        other = self.rng.choice(self.others)
        return len(self.meeting(author_role=other.login).inserted)

    def note_on_anothers_meeting(self) -> int:
        found = self.scalar(
            "SELECT id FROM meetings WHERE author_id IS DISTINCT FROM %s LIMIT 1", self.me.id
        )
        if found is None:  # nobody else's meeting visible yet: try the next person's
            return len(self.meeting_for_outsider_as(self._outsider()))
        return self.run(
            "INSERT INTO private_notes (meeting_id, author_role, body) VALUES (%s, %s, %s)",
            found,
            self.me.login,
            ciphertext(),
        )

    def rewrite_history(self) -> int:
        if self.my_items and self.rng.random() < 0.5:
            return self.run(
                "UPDATE assessment_items SET level = 1 WHERE id = %s",
                self.rng.choice(self.my_items),
            )
        if self.my_assessments:
            return self.run(
                "UPDATE assessments SET status = 'draft' WHERE id = %s",
                self.rng.choice(self.my_assessments),
            )
        return self.run("DELETE FROM action_status_changes WHERE action_id = %s", new_id())

    def forget_history(self) -> int:
        if self.me.hr:
            return self.run("DELETE FROM audit_log")
        return self.run(
            "DELETE FROM action_status_changes WHERE action_id = ANY(%s)", list(self.my_actions)
        )

    def hire_without_hr(self) -> int:
        return len(self.new_hire().inserted)

    def forbidden(self) -> list[Callable[[], int]]:
        mine = [
            self.rating_in_anothers_name,
            self.rating_as_manager_of_outsider,
            self.evidence_for_another,
            self.evidence_self_verified,
            self.meeting_as_another,
            self.note_with_anothers_role,
            self.note_on_anothers_meeting,
            self.rewrite_history,
            self.forget_history,
        ]
        if not self.me.hr:
            mine += [self.move_someone, self.hire_without_hr]
        return mine


def sql_loop(writer: SqlWriter, ledger: Ledger, until: float) -> None:
    conn, rng = writer.conn, writer.rng
    allowed, forbidden = writer.allowed(), writer.forbidden()
    while time.monotonic() < until:
        if rng.random() < FORBIDDEN_SHARE:
            attempt = rng.choice(forbidden)
            try:
                changed = attempt()
            except psycopg.Error as exc:
                conn.rollback()
                if exc.sqlstate != "42501":
                    ledger.errors.append(f"{attempt.__name__}: {exc.sqlstate} {exc}")
                else:
                    ledger.refused += 1
                continue
            conn.commit()  # kept, so the checks at the end see what got through
            if changed:
                ledger.forbidden_but_written.append(f"{writer.me.key}: {attempt.__name__}")
            else:
                ledger.refused += 1
            continue
        action = rng.choice(allowed)
        try:
            writes = action()
            conn.commit()
        except Exception as exc:  # an allowed write refused, or a lost race: both reported
            conn.rollback()
            ledger.errors.append(f"{writer.me.key} {action.__name__}: {exc!r}")
            continue
        if writes:
            ledger.acknowledged += 1
            ledger.inserted += [(t, k) for t, k in writes.inserted]
            ledger.updated += writes.updated
