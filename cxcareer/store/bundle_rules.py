"""What a signed bundle may change here: checked before the first write, every problem named.

Why: a bundle is another laptop speaking about one person. Its signature says who speaks (the
service checks it, :mod:`cxcareer.service.bundle_signing`); these rules say what that speaker
may add, so a file can never speak for someone else:

* The signer is the bundle's person, or that person's manager — the manager this database
  names for them, or, when it names none (the person is new here, or has no manager here), the
  manager the bundle names. Anyone else may add nothing.
* The person adds their own self-ratings, evidence (not verified), plan actions and their
  status changes. The manager adds manager ratings, evidence (verified too), one-to-ones with
  their notes, and plan actions agreed with the person. Entries already here, unchanged, are
  fine whoever signed (importing twice changes nothing; a bundle carries back the other side's
  earlier entries).
* Refused and named: an id that is another person's entry (or another action's status
  change), a correction of another person's rating, a one-to-one linked to another person's
  action, private notes in a bundle that says it has none, and dates more than a day or two
  in the future (clocks differ; "assessed in 2099" is not a clock).
* A profile changes only when signed by the person themself (:func:`may_edit_profile`); a
  manager's bundle never edits the person's profile, and no bundle touches any other row.
* The framework is the one its content says: the id and version stored are read from the
  content, and a database that already has that id and version with other content refuses
  the bundle (two different frameworks never pass as one "id version").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cxcareer.framework import Framework
from cxcareer.store.bundle_bulk import values_by_id
from cxcareer.store.orm import (
    Action,
    ActionStatusChange,
    Assessment,
    Evidence,
    FrameworkVersion,
    Meeting,
    Person,
    PrivateNote,
)

__all__ = [
    "FUTURE_SLACK",
    "Authority",
    "authority_of",
    "framework_problems",
    "reference_problems",
    "rule_problems",
]

#: How far in the future a date may lie (time zones and unset clocks), no further.
FUTURE_SLACK = timedelta(days=2)
_STATUS_ORDER = {"draft": 0, "shared": 1, "final": 2}


@dataclass(frozen=True)
class Authority:
    """Who signed, relative to the bundle's person."""

    signer_id: str
    is_person: bool
    is_manager: bool

    @property
    def may_edit_profile(self) -> bool:
        """Only the person edits their own profile (never their manager, never anyone else)."""
        return self.is_person


def authority_of(session: Session, bundle: dict[str, Any], signer_id: str) -> Authority:
    """Whether ``signer_id`` is the bundle's person, their manager, or neither."""
    person = bundle["person"]
    row = session.get(Person, person["id"])
    manager = row.manager_id if row is not None and row.manager_id else person["manager_id"]
    return Authority(
        signer_id=signer_id,
        is_person=signer_id == person["id"],
        is_manager=manager is not None and signer_id == manager and signer_id != person["id"],
    )


def _too_late(text: str | None, limit: datetime) -> bool:
    if text is None:
        return False
    if len(text) == 10:  # a day
        return date.fromisoformat(text) > limit.date()
    return datetime.fromisoformat(text) > limit


def _future_problems(bundle: dict[str, Any], now: datetime) -> list[str]:
    limit = now + FUTURE_SLACK
    problems: list[str] = []

    def check(place: str, entry: dict[str, Any], keys: Iterable[str]) -> None:
        for key in keys:
            if _too_late(entry.get(key), limit):
                problems.append(f"{place}.{key}: {entry[key]} is in the future")

    check("bundle", bundle, ("exported_at",))
    check("person", bundle["person"], ("created_at", "updated_at"))
    for i, a in enumerate(bundle["assessments"]):
        check(f"assessments[{i}]", a, ("assessed_at", "created_at"))
    for i, e in enumerate(bundle["evidence"]):
        check(f"evidence[{i}]", e, ("observed_on", "created_at"))
    for i, act in enumerate(bundle["actions"]):
        check(f"actions[{i}]", act, ("created_at", "completed_at"))
        for j, h in enumerate(act["history"]):
            check(f"actions[{i}].history[{j}]", h, ("changed_at",))
    for i, m in enumerate(bundle["meetings"]):
        check(f"meetings[{i}]", m, ("held_on", "created_at"))
    return problems


class _Checker:
    """The rules, one kind of entry at a time; ``problems`` collects every finding."""

    def __init__(self, session: Session, bundle: dict[str, Any], who: Authority) -> None:
        self.session = session
        self.bundle = bundle
        self.who = who
        self.person_id: str = bundle["person"]["id"]
        self.problems: list[str] = []
        name = bundle.get("signed_by", {}).get("name") or who.signer_id
        self.signer = repr(name)

    def refuse(self, place: str, what: str, needs: str) -> None:
        self.problems.append(f"{place}: {what} needs the signature of {needs}, not {self.signer}")

    def person_or_manager(self, place: str, what: str) -> None:
        if not (self.who.is_person or self.who.is_manager):
            self.refuse(place, what, "the person or their manager")

    def person_only(self, place: str, what: str) -> None:
        if not self.who.is_person:
            self.refuse(place, what, "the person themself")

    def manager_only(self, place: str, what: str) -> None:
        if not self.who.is_manager:
            self.refuse(place, what, "the person's manager")

    def profile(self) -> None:
        if self.session.get(Person, self.person_id) is None:
            self.person_or_manager("person", "a new person")

    def assessments(self) -> None:
        entries = self.bundle["assessments"]
        in_bundle = {a["id"] for a in entries}
        statuses = values_by_id(self.session, Assessment.status, in_bundle)
        corrected = (a["corrects_id"] for a in entries if a["corrects_id"])
        owners = values_by_id(self.session, Assessment.person_id, corrected)
        for i, a in enumerate(entries):
            place = f"assessments[{i}]"
            status = statuses.get(a["id"])
            new = status is None
            moves = status is not None and _STATUS_ORDER[a["status"]] > _STATUS_ORDER[status]
            if new or moves:
                rule = self.manager_only if a["assessor"] == "manager" else self.person_only
                rule(place, f"a {a['assessor']} rating")
            corrects = a["corrects_id"]
            if new and corrects and corrects not in in_bundle:
                owner = owners.get(corrects)
                if owner is not None and owner != self.person_id:
                    self.problems.append(
                        f"{place}.corrects_id: corrects a rating of another person"
                    )

    def evidence(self) -> None:
        entries = self.bundle["evidence"]
        known = values_by_id(self.session, Evidence.person_id, (e["id"] for e in entries))
        for i, e in enumerate(entries):
            if e["id"] in known:
                continue
            if e["strength"] == "verified":
                self.manager_only(f"evidence[{i}]", "verified evidence")
            else:
                self.person_or_manager(f"evidence[{i}]", "evidence")

    def actions(self) -> None:
        entries = self.bundle["actions"]
        known = values_by_id(self.session, Action.person_id, (a["id"] for a in entries))
        changes = (h["id"] for act in entries for h in act["history"])
        change_owners = values_by_id(self.session, ActionStatusChange.action_id, changes)
        for i, act in enumerate(entries):
            place = f"actions[{i}]"
            stored = act["id"] in known
            if not stored:
                self.person_or_manager(place, "a plan action")
            for j, h in enumerate(act["history"]):
                owner = change_owners.get(h["id"])
                if owner is None and stored:
                    self.person_or_manager(f"{place}.history[{j}]", "a status change")
                elif owner is not None and owner != act["id"]:
                    self.problems.append(
                        f"{place}.history[{j}]: its id belongs to another action in this database"
                    )

    def meetings(self) -> None:
        entries = self.bundle["meetings"]
        private_declared = bool(self.bundle["includes_private"])
        in_bundle = {a["id"] for a in self.bundle["actions"]}
        ids = [m["id"] for m in entries]
        known = values_by_id(self.session, Meeting.person_id, ids)
        noted = values_by_id(self.session, PrivateNote.meeting_id, ids, key=PrivateNote.meeting_id)
        linked = (link["action_id"] for m in entries for link in m["actions"])
        action_owners = values_by_id(self.session, Action.person_id, linked)
        for i, m in enumerate(entries):
            place = f"meetings[{i}]"
            if "private_notes" in m and not private_declared:
                self.problems.append(
                    f"{place}.private_notes: private notes in a bundle that says it has none"
                )
            if m["id"] not in known:
                self.manager_only(place, "a one-to-one")
            elif m.get("private_notes") and m["id"] not in noted:
                self.manager_only(f"{place}.private_notes", "a one-to-one's private notes")
            for j, link in enumerate(m["actions"]):
                if link["action_id"] in in_bundle:
                    continue
                owner = action_owners.get(link["action_id"])
                if owner is not None and owner != self.person_id:
                    self.problems.append(
                        f"{place}.actions[{j}]: links another person's action to this one-to-one"
                    )


def rule_problems(
    session: Session, bundle: dict[str, Any], who: Authority, now: datetime | None = None
) -> list[str]:
    """Every way ``bundle`` reaches beyond what its signer ``who`` may add (empty: none)."""
    checker = _Checker(session, bundle, who)
    steps: tuple[Callable[[], None], ...] = (
        checker.profile,
        checker.assessments,
        checker.evidence,
        checker.actions,
        checker.meetings,
    )
    for step in steps:
        step()
    return _future_problems(bundle, now or datetime.now(UTC)) + checker.problems


def framework_problems(session: Session, bundle: dict[str, Any], framework: Framework) -> list[str]:
    """The bundle's framework as its content says, and no clash with another of the same name."""
    fw = bundle["framework"]
    problems = []
    if fw["framework_id"] != framework.id:
        problems.append(
            f"framework.framework_id: says {fw['framework_id']!r}, its content {framework.id!r}"
        )
    if fw["version"] != framework.version:
        problems.append(
            f"framework.version: says {fw['version']!r}, its content {framework.version!r}"
        )
    clash = session.scalar(
        select(FrameworkVersion.id).where(
            FrameworkVersion.framework_id == framework.id,
            FrameworkVersion.version == framework.version,
            FrameworkVersion.content_hash != fw["content_hash"],
        )
    )
    if clash is not None:
        problems.append(
            f"framework: this database has another {framework.id} {framework.version} with "
            "different content; the sender's framework needs a version of its own"
        )
    return problems


def reference_problems(bundle: dict[str, Any], framework: Framework) -> list[str]:
    """Roles, skills and levels named in the bundle, checked against its framework."""
    problems: list[str] = []

    def role(place: str, value: str | None) -> None:
        if value is not None and value not in framework.roles:
            problems.append(f"{place}: unknown role {value!r} in {framework.id}")

    def skill(place: str, value: str | None, level: int | None = None) -> None:
        if value is not None and value not in framework.skills:
            problems.append(f"{place}: unknown skill {value!r} in {framework.id}")
        elif level is not None and level not in framework.scale:
            problems.append(f"{place}: level {level} is off the scale of {framework.id}")

    person = bundle["person"]
    role("person.current_role", person["current_role"])
    for i, target in enumerate(person["targets"]):
        role(f"person.targets[{i}]", target)
    if len(person["targets"]) > 3 or len(set(person["targets"])) != len(person["targets"]):
        problems.append("person.targets: at most three different roles")
    for i, a in enumerate(bundle["assessments"]):
        for j, item in enumerate(a["items"]):
            skill(f"assessments[{i}].items[{j}]", item["skill"], item["level"])
    for i, e in enumerate(bundle["evidence"]):
        skill(f"evidence[{i}]", e["skill"], e["level"])
    for i, act in enumerate(bundle["actions"]):
        skill(f"actions[{i}].skill", act["skill"])
        role(f"actions[{i}].target_role", act["target_role"])
    return problems
